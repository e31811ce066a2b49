// What the dataset readers share: the read context (settings, progress, stop) and the class layout
// of relative paths. Each reader turns one kind of source into a DecodedDataset via DatasetBuilder.
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

// The readers themselves are registered dataset formats (data/dataset_format.h): image folders
// (folder_reader.cpp), zip archives, IDX (MNIST family) and CIFAR binary batches.

// Class layout from relative paths ('/'-separated): first-level folders with images are classes
// when there are two or more of them; label -1 marks an image outside every class folder.
struct ClassLayout {
    std::vector<std::string> classNames;
    std::vector<int> labels; // per path; all -1 when unlabelled
};
ClassLayout assignClasses(const std::vector<std::string>& relativePaths);

} // namespace ganlab
