// walkFolder: every file below a folder once, symbolic links followed (linked images and class
// folders belong to the dataset, as with DVC, git-annex or a folder of links to a subset), with
// loops, second ways to a folder and broken links reported instead of followed.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace ganlab {

struct WalkEntry {
    enum class Kind {
        File,           // a regular file (or a link to one)
        NotRegular,     // a pipe, a socket, a device
        BrokenLink,     // a link to nothing
        RepeatedFolder, // a link to a folder already walked (a loop, or a second way there)
    };
    Kind kind;
    std::filesystem::path path;
    std::string relative; // to the root, with '/' separators
};

// Calls visit for each entry below root, hidden files and folders (".name") left out. Throws
// Error (ErrorKind::Io) naming root when it cannot be listed.
void walkFolder(const std::filesystem::path& root,
                const std::function<void(const WalkEntry&)>& visit);

} // namespace ganlab
