// Opens any supported dataset path (format detection) through the decode-once cache.
#pragma once

#include "data/decoded_dataset.h"
#include "data/readers.h"

#include <string>

namespace ganlab {

// The embedded default: Fashion-MNIST from Debian's dataset-fashion-mnist package.
std::string defaultDatasetPath();
// Expands aliases ("fashion-mnist", "default") to paths; other paths are returned unchanged.
std::string resolveDatasetPath(const std::string& path);

// Refuses (Error, ErrorKind::Usage, with a Problem per setting) a size, channel count or
// background the settings table does not allow.
void checkImportSettings(const ImportSettings& settings);

// Imports a dataset, from the cache when the same source was imported at the same settings.
DecodedDataset loadDataset(const std::string& path, const ReadContext& context);

// Where caches live: $GANLAB_CACHE_DIR, else $XDG_CACHE_HOME/ganlab, else ~/.cache/ganlab.
std::string cacheDirectory();

} // namespace ganlab
