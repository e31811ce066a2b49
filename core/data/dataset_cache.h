// The decode-once cache: a DecodedDataset on disk, keyed by source identity and import settings.
#pragma once

#include "data/decoded_dataset.h"
#include "data/import_settings.h"

#include <optional>
#include <string>

namespace ganlab {

// Identity of a source: its canonical path, total size, newest mtime and file count.
std::string sourceIdentity(const std::string& path);
// The cache file for a source at the given settings (under cacheDir).
std::string cacheFileFor(const std::string& cacheDir, const std::string& identity,
                         const ImportSettings& settings);

// Reads a cache file; nullopt (never a throw) when absent, stale-format or corrupt.
std::optional<DecodedDataset> readDatasetCache(const std::string& file);
// Writes atomically; failure only logs (the cache is an optimisation).
void writeDatasetCache(const std::string& file, const DecodedDataset& data);

} // namespace ganlab
