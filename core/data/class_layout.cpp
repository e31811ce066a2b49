// assignClasses: first-level subfolders as class labels, shared by the folder and zip readers.
#include "data/readers.h"

#include "api/error.h"

#include <algorithm>
#include <map>

namespace ganlab {

ClassLayout assignClasses(const std::vector<std::string>& relativePaths) {
    std::map<std::string, int> folders; // sorted: class ids follow folder names
    for (const auto& p : relativePaths) {
        const auto slash = p.find('/');
        if (slash != std::string::npos)
            folders.emplace(p.substr(0, slash), 0);
    }
    ClassLayout layout;
    layout.labels.assign(relativePaths.size(), -1);
    if (folders.size() < 2)
        return layout;
    for (auto& [name, id] : folders) {
        id = static_cast<int>(layout.classNames.size());
        layout.classNames.push_back(name);
    }
    for (std::size_t i = 0; i < relativePaths.size(); ++i) {
        const auto slash = relativePaths[i].find('/');
        if (slash != std::string::npos)
            layout.labels[i] = folders.at(relativePaths[i].substr(0, slash));
    }
    return layout;
}

void ReadContext::throwIfStopped(const std::string& path) const {
    if (stop.stop_requested())
        throw Error(ErrorKind::Cancelled, path, message(MessageCode::ImportCancelled));
}

} // namespace ganlab
