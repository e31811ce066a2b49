// The torch headers of core/, precompiled once for the core target (never included by api/).
#pragma once

#include <torch/torch.h>
