// Torch archives on disk (checkpoints, classifiers, cached feature statistics): read only once the
// file is whole and declares nothing but what ganlab writes (train/checkpoint_file.h), and written
// from memory with checked writes, atomically (util/atomic_file.h).
#pragma once

#include "api/error.h"

#include <torch/serialize/archive.h>

#include <functional>
#include <string>

namespace ganlab {

// Loads `path` into `archive`; a damaged or foreign file throws Error(kind, path) with the
// container's problem before LibTorch reads a byte of it. Tensors are read onto `device` (default:
// where they were saved from, which for ganlab's files is the CPU).
void loadCheckedArchive(torch::serialize::InputArchive& archive, const std::string& path,
                        ErrorKind kind, c10::optional<torch::Device> device = c10::nullopt);

// Serialises `archive` in memory (torch's own file writer aborts on a full disk), writes it beside
// `path` with checked writes, checks the container and runs `verify` on the temporary, and only
// then renames it over `path`. Errors name `path`.
void saveArchiveAtomically(torch::serialize::OutputArchive& archive, const std::string& path,
                           const std::function<void(const std::string& temp)>& verify = {});

} // namespace ganlab
