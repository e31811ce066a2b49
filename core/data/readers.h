// The dataset readers: each turns one kind of source into a DecodedDataset via DatasetBuilder.
#pragma once

#include "api/dataset_info.h"
#include "data/decoded_dataset.h"
#include "data/import_settings.h"

#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

struct ReadContext {
    ImportSettings settings;
    ProgressCallback progress;
    std::stop_token stop;

    void report(double fraction, const std::string& message) const {
        if (progress)
            progress(fraction, message);
    }
    void throwIfStopped(const std::string& path) const;
};

// Image folders, recursive; two or more first-level subfolders with images become classes.
DecodedDataset readImageFolder(const std::string& path, const ReadContext& context);
// A zip archive laid out like an image folder (a single top-level folder is looked through).
DecodedDataset readZipArchive(const std::string& path, const ReadContext& context);
// IDX (MNIST family), raw or gzip; a directory picks its train images, labels found beside them.
DecodedDataset readIdx(const std::string& path, const ReadContext& context);
// CIFAR-10/100 binary batches: one .bin file or a directory of them.
DecodedDataset readCifar(const std::string& path, const ReadContext& context);

// Class layout from relative paths ('/'-separated): first-level folders with images are classes
// when there are two or more of them; label -1 marks an image outside every class folder.
struct ClassLayout {
    std::vector<std::string> classNames;
    std::vector<int> labels; // per path; all -1 when unlabelled
};
ClassLayout assignClasses(const std::vector<std::string>& relativePaths);

} // namespace ganlab
