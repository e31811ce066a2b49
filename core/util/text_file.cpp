// readTextFile implementation.
#include "util/text_file.h"

#include "api/error.h"

#include <fstream>
#include <sstream>

namespace ganlab {

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, path, message(MessageCode::CannotRead));
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string jsonErrorText(const std::exception& e) {
    std::string what = e.what();
    if (what.rfind("[json.exception.", 0) == 0)
        if (const auto end = what.find("] "); end != std::string::npos)
            what.erase(0, end + 2);
    return what;
}

} // namespace ganlab
