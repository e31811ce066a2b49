// readZipArchive: images inside a zip (libzip), laid out like an image folder.
#include "data/dataset_builder.h"
#include "data/dataset_format.h"
#include "data/image_header.h"

#include "api/error.h"

#include <zip.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace ganlab {
namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

bool hiddenOrMeta(const std::string& name) {
    return name.rfind("__MACOSX/", 0) == 0 || name.front() == '.' ||
           name.find("/.") != std::string::npos;
}

// An entry's name as a relative path: backslashes (written by some Windows tools) are folder
// separators, a leading "/" or drive is dropped, "." parts go; a ".." part makes it no path of the
// dataset (nothing is ever written from a zip, but labels come from these names).
std::optional<std::string> entryPath(std::string name) {
    std::replace(name.begin(), name.end(), '\\', '/');
    if (name.size() > 1 && name[1] == ':' && std::isalpha(static_cast<unsigned char>(name[0])))
        name.erase(0, 2);
    std::string out;
    std::size_t start = 0;
    while (start <= name.size()) {
        const auto end = std::min(name.find('/', start), name.size());
        const std::string part = name.substr(start, end - start);
        if (part == "..")
            return std::nullopt;
        if (!part.empty() && part != ".")
            out += (out.empty() ? "" : "/") + part;
        start = end + 1;
    }
    if (!name.empty() && name.back() == '/')
        out += '/';
    return out;
}

// Drops one leading folder shared by every entry ("dataset/cats/1.png" → "cats/1.png").
std::vector<std::string> stripCommonTop(std::vector<std::string> names) {
    if (names.empty())
        return names;
    const auto first = names.front().find('/');
    if (first == std::string::npos)
        return names;
    const std::string top = names.front().substr(0, first + 1);
    for (const auto& n : names)
        if (n.rfind(top, 0) != 0)
            return names;
    for (auto& n : names)
        n = n.substr(top.size());
    return names;
}

} // namespace

DecodedDataset readZipArchive(const std::string& path, const ReadContext& context) {
    int err = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(path.c_str(), ZIP_RDONLY, &err));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, err);
        std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw Error(ErrorKind::Data, path, message(MessageCode::NotAZip, why));
    }
    DatasetBuilder builder(path, "zip", context.settings);
    struct Entry {
        zip_uint64_t index;
        std::string name;
        zip_uint64_t size;
    };
    std::vector<Entry> entries;
    const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive.get(), i, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        const auto path = entryPath(st.name);
        if (!path) {
            builder.skip(st.name, "a path out of the archive (\"..\")");
            continue;
        }
        const std::string name = *path;
        if (name.empty() || name.back() == '/' || hiddenOrMeta(name))
            continue;
        if (!hasImageExtension(name)) {
            builder.ignore();
            continue;
        }
        entries.push_back({static_cast<zip_uint64_t>(i), name, st.size});
    }
    std::sort(entries.begin(), entries.end(), [](auto& a, auto& b) { return a.name < b.name; });
    std::vector<std::string> names;
    for (const auto& e : entries)
        names.push_back(e.name);
    const ClassLayout layout = assignClasses(stripCommonTop(names));
    const bool labelled = !layout.classNames.empty();
    std::vector<std::uint8_t> bytes;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        context.throwIfStopped(path);
        if (i % 64 == 0)
            context.report(double(i) / entries.size(), "decoding " + entries[i].name);
        const auto& e = entries[i];
        if (labelled && layout.labels[i] < 0) {
            builder.skip(e.name, "outside every class folder");
            continue;
        }
        if (static_cast<std::int64_t>(e.size) > context.settings.maxFileBytes) {
            builder.skip(e.name, "entry expands beyond " +
                                     std::to_string(context.settings.maxFileBytes >> 20) + " MiB");
            continue;
        }
        zip_file_t* file = zip_fopen_index(archive.get(), e.index, 0);
        if (!file) {
            builder.skip(e.name, "cannot open entry (encrypted or unsupported compression)");
            continue;
        }
        bytes.resize(e.size);
        const zip_int64_t got = zip_fread(file, bytes.data(), e.size);
        // libzip checks an entry's CRC only when a read reaches its end: one more read must
        // give 0 (-1 for a CRC mismatch, 1 for more data than the entry declares).
        const bool whole = got == static_cast<zip_int64_t>(e.size);
        std::uint8_t past = 0;
        const bool checked = whole && zip_fread(file, &past, 1) == 0;
        zip_fclose(file);
        if (!checked) {
            builder.skip(e.name, "truncated or corrupt entry");
            continue;
        }
        builder.addEncoded(bytes, e.name, layout.labels[i]);
    }
    context.report(1.0, "decoded " + std::to_string(entries.size()) + " entries");
    return builder.finish(layout.classNames);
}

// A zip archive laid out like an image folder (a single top-level folder is looked through).
GANLAB_REGISTER_DATASET_FORMAT({.name = "zip",
                                .description = ".zip",
                                .detectOrder = 10,
                                .detect =
                                    [](const std::filesystem::path& p, bool isFolder) {
                                        return !isFolder &&
                                               lowerCase(p.filename().string()).ends_with(".zip");
                                    },
                                .read = readZipArchive});

} // namespace ganlab
