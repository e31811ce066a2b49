// Checkpoint files as bytes: the zip container checked entry by entry (libzip checks each CRC-32
// as an entry is read to its end).
#include "train/checkpoint_file.h"

#include "api/error.h"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <sstream>
#include <string_view>
#include <vector>

namespace ganlab {
namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

bool consume(std::string_view& text, std::string_view prefix) {
    if (text.substr(0, prefix.size()) != prefix)
        return false;
    text.remove_prefix(prefix.size());
    return true;
}

// "name": any characters but a quote or a backslash.
bool consumeQuoted(std::string_view& text) {
    if (!consume(text, "\""))
        return false;
    const auto end = text.find_first_of("\"\\");
    if (end == std::string_view::npos || text[end] != '"')
        return false;
    text.remove_prefix(end + 1);
    return true;
}

bool isIdentifier(std::string_view text) {
    const auto wordChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    };
    return !text.empty() && !std::isdigit(static_cast<unsigned char>(text.front())) &&
           std::all_of(text.begin(), text.end(), wordChar);
}

bool isArchiveType(std::string_view type) {
    for (std::string_view known :
         {"Tensor", "str", "int", "float", "bool", "Tuple[float, float]", "__torch__.Module"})
        if (type == known)
            return true;
    if (!consume(type, "__torch__.___torch_mangle_"))
        return false;
    std::size_t digits = 0;
    while (digits < type.size() && std::isdigit(static_cast<unsigned char>(type[digits])))
        ++digits;
    return digits > 0 && type.substr(digits) == ".Module";
}

// ["a", "b", ]
bool isNameList(std::string_view text) {
    if (!consume(text, "["))
        return false;
    while (!consume(text, "]"))
        if (!consumeQuoted(text) || !consume(text, ", "))
            return false;
    return text.empty();
}

// The TorchScript declarations torch writes for an archive of tensors, strings, numbers and
// nested archives (a checkpoint, a classifier): anything else is not a file ganlab wrote, and is
// refused before LibTorch's script parser sees it (that parser is not hardened against hostile
// input: a crafted class body crashes it).
bool isArchiveDeclaration(std::string_view line) {
    if (line.empty() || line == "class Module(Module):" || line == "  __annotations__ = []")
        return true;
    if (!consume(line, "  "))
        return false;
    if (consume(line, "__parameters__ = ") || consume(line, "__buffers__ = "))
        return isNameList(line);
    if (consume(line, "__annotations__["))
        return consumeQuoted(line) && consume(line, "] = ") && isArchiveType(line);
    const auto colon = line.find(" : ");
    return colon != std::string_view::npos && isIdentifier(line.substr(0, colon)) &&
           isArchiveType(line.substr(colon + 3));
}

bool isScriptEntry(const std::string& name) {
    return name.find("/code/") != std::string::npos && name.size() > 3 &&
           name.compare(name.size() - 3, 3, ".py") == 0;
}

// Reads an entry to its end (libzip compares the CRC-32 there) and checks a script entry's lines.
std::optional<Message> readEntry(zip_t* archive, zip_uint64_t index) {
    const char* name = zip_get_name(archive, index, 0);
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive, index, 0));
    if (!file)
        return message(MessageCode::CheckpointEntryDamaged, name ? name : "?",
                       zip_strerror(archive));
    const bool script = name && isScriptEntry(name);
    std::string text;
    std::vector<char> buffer(1 << 16);
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
        if (n < 0)
            return message(MessageCode::CheckpointEntryDamaged, name ? name : "?",
                           zip_file_strerror(file.get()));
        if (n == 0)
            break;
        if (script && text.size() < (1u << 20))
            text.append(buffer.data(), static_cast<std::size_t>(n));
    }
    std::istringstream lines(text);
    for (std::string line; script && std::getline(lines, line);)
        if (!isArchiveDeclaration(line))
            return message(MessageCode::CheckpointUnreadable, std::string(name) +
                                                                  ": unexpected declaration \"" +
                                                                  line.substr(0, 80) + "\"");
    return std::nullopt;
}

} // namespace

std::optional<Message> checkCheckpointFile(const std::string& path) {
    int err = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, err);
        Message m = message(MessageCode::CheckpointNotAContainer, zip_error_strerror(&error));
        zip_error_fini(&error);
        return m;
    }
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    if (entries <= 0)
        return message(MessageCode::CheckpointNotAContainer, "no entries");
    for (zip_int64_t i = 0; i < entries; ++i)
        if (auto problem = readEntry(archive.get(), static_cast<zip_uint64_t>(i)))
            return problem;
    return std::nullopt;
}

} // namespace ganlab
