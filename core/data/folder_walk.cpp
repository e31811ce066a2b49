// walkFolder: a recursive directory iteration that follows links, each real folder once.
#include "data/folder_walk.h"

#include "api/error.h"

#include <set>

namespace fs = std::filesystem;

namespace ganlab {

void walkFolder(const fs::path& root, const std::function<void(const WalkEntry&)>& visit) {
    std::set<fs::path> walked;
    std::error_code ec;
    walked.insert(fs::canonical(root, ec));
    const auto options = fs::directory_options::skip_permission_denied |
                         fs::directory_options::follow_directory_symlink;
    fs::recursive_directory_iterator it(root, options, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string rel = it->path().lexically_relative(root).generic_string();
        std::error_code statError;
        const bool directory = it->is_directory(statError);
        if (rel.empty() || rel.front() == '.' || rel.find("/.") != std::string::npos) {
            if (directory)
                it.disable_recursion_pending();
            continue; // hidden files and folders
        }
        using Kind = WalkEntry::Kind;
        if (directory) { // every folder once, however it is reached
            const fs::path real = fs::canonical(it->path(), statError);
            if (statError || !walked.insert(real).second) {
                it.disable_recursion_pending();
                visit({Kind::RepeatedFolder, it->path(), rel});
            }
        } else if (!fs::exists(it->path(), statError) && it->is_symlink(statError)) {
            visit({Kind::BrokenLink, it->path(), rel});
        } else {
            visit(
                {it->is_regular_file(statError) ? Kind::File : Kind::NotRegular, it->path(), rel});
        }
    }
    if (ec)
        throw Error(ErrorKind::Io, root.string(),
                    message(MessageCode::CannotListFolder, ec.message()));
}

} // namespace ganlab
