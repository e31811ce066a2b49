// loadCheckedArchive and saveArchiveAtomically: the one way torch archives meet the disk.
#include "train/archive_file.h"

#include "train/checkpoint_file.h"
#include "util/atomic_file.h"

#include <sstream>

namespace ganlab {

void loadCheckedArchive(torch::serialize::InputArchive& archive, const std::string& path,
                        ErrorKind kind, c10::optional<torch::Device> device) {
    if (auto problem = checkCheckpointFile(path))
        throw Error(kind, path, std::move(*problem));
    archive.load_from(path, device);
}

void saveArchiveAtomically(torch::serialize::OutputArchive& archive, const std::string& path,
                           const std::function<void(const std::string& temp)>& verify) {
    std::ostringstream bytes;
    archive.save_to(bytes);
    commitFileAtomically(
        path, [&](const std::string& temp) { writeBytesChecked(temp, bytes.view()); },
        [&](const std::string& temp) { // read back what was written before trusting it
            if (checkCheckpointFile(temp))
                throw Error(ErrorKind::Checkpoint, path,
                            message(MessageCode::CheckpointVerifyFailed));
            if (verify)
                verify(temp);
        });
}

} // namespace ganlab
