// toQImage: a deep copy of a core Image (gray or RGB) as a QImage.
#pragma once

#include "api/image.h"

#include <QImage>

namespace ganlab::widgets {

QImage toQImage(const Image& image);

} // namespace ganlab::widgets
