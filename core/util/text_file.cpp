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

} // namespace ganlab
