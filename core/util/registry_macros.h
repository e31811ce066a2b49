// Helpers for the self-registration macros of the model and loss registries.
#pragma once

#define GANLAB_CONCAT_INNER(a, b) a##b
#define GANLAB_CONCAT(a, b) GANLAB_CONCAT_INNER(a, b)
