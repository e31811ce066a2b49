// Decode-once dataset cache files: header, names, labels and pixels, written atomically.
#include "data/dataset_cache.h"

#include "api/error.h"
#include "data/folder_walk.h"
#include "util/atomic_file.h"
#include "util/stable_hash.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr char kMagic[8] = {'G', 'L', 'D', 'S', 'E', 'T', '0', '2'};

template <typename T> void put(std::ostream& out, const T& v) {
    out.write(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T> bool get(std::istream& in, T& v) {
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&v), sizeof v));
}
void putString(std::ostream& out, const std::string& s) {
    put<std::uint32_t>(out, static_cast<std::uint32_t>(s.size()));
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
}
bool getString(std::istream& in, std::string& s) {
    std::uint32_t n = 0;
    if (!get(in, n) || n > (1u << 20))
        return false;
    s.resize(n);
    return static_cast<bool>(in.read(s.data(), n));
}

} // namespace

std::string sourceIdentity(const std::string& path) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(path, ec);
    std::uintmax_t bytes = 0, files = 0;
    fs::file_time_type newest{};
    auto visit = [&](const fs::path& p) {
        const auto t = fs::last_write_time(p, ec);
        if (!ec && t > newest)
            newest = t;
        const auto size = fs::file_size(p, ec);
        if (!ec)
            bytes += size;
        ++files;
    };
    if (fs::is_directory(canonical)) {
        try { // the files the reader sees, linked ones included
            walkFolder(canonical, [&](const WalkEntry& e) {
                if (e.kind == WalkEntry::Kind::File)
                    visit(e.path);
            });
        } catch (const Error&) {
            ++files; // unlistable: the reader says why
        }
    } else {
        visit(canonical);
    }
    std::ostringstream id;
    id << canonical.string() << '|' << bytes << '|' << files << '|'
       << newest.time_since_epoch().count();
    return id.str();
}

std::string cacheFileFor(const std::string& cacheDir, const std::string& identity,
                         const ImportSettings& s) {
    std::ostringstream key;
    key << identity << '|' << s.resolution << '|' << s.channels << '|' << int(s.fit) << '|'
        << s.background[0] << ',' << s.background[1] << ',' << s.background[2] << '|'
        << std::string(kMagic, sizeof kMagic);
    return (fs::path(cacheDir) / "datasets" / (stableHash(key.str()) + ".bin")).string();
}

std::optional<DecodedDataset> readDatasetCache(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    char magic[sizeof kMagic];
    if (!in.read(magic, sizeof magic) || !std::equal(magic, magic + sizeof magic, kMagic))
        return std::nullopt;
    DecodedDataset d;
    std::uint32_t names = 0, examples = 0;
    std::uint8_t labelled = 0;
    if (!getString(in, d.path) || !getString(in, d.format) || !get(in, d.count) ||
        !get(in, d.channels) || !get(in, d.resolution) || !get(in, labelled) || !get(in, names) ||
        names > 100000)
        return std::nullopt;
    if (d.count <= 0 || d.channels <= 0 || d.resolution <= 0 || d.resolution > 4096)
        return std::nullopt;
    d.classNames.resize(names);
    for (auto& n : d.classNames)
        if (!getString(in, n))
            return std::nullopt;
    if (!get(in, d.report.skipped) || !get(in, d.report.ignored) || !get(in, examples) ||
        examples > 100)
        return std::nullopt;
    d.report.skippedExamples.resize(examples);
    for (auto& e : d.report.skippedExamples)
        if (!getString(in, e))
            return std::nullopt;
    if (labelled) {
        d.labels.resize(d.count);
        if (!in.read(reinterpret_cast<char*>(d.labels.data()), d.count * sizeof(std::int32_t)))
            return std::nullopt;
    }
    d.pixels.resize(d.count * d.imageBytes());
    if (!in.read(reinterpret_cast<char*>(d.pixels.data()),
                 static_cast<std::streamsize>(d.pixels.size())))
        return std::nullopt;
    if (in.peek() != std::char_traits<char>::eof())
        return std::nullopt; // trailing bytes: not what we wrote
    d.report.fromCache = true;
    return d;
}

void writeDatasetCache(const std::string& file, const DecodedDataset& d) {
    try {
        writeFileAtomically(file, [&](std::ostream& out) {
            out.write(kMagic, sizeof kMagic);
            putString(out, d.path);
            putString(out, d.format);
            put(out, d.count);
            put(out, d.channels);
            put(out, d.resolution);
            put<std::uint8_t>(out, d.labelled() ? 1 : 0);
            put<std::uint32_t>(out, static_cast<std::uint32_t>(d.classNames.size()));
            for (const auto& n : d.classNames)
                putString(out, n);
            put(out, d.report.skipped);
            put(out, d.report.ignored);
            put<std::uint32_t>(out, static_cast<std::uint32_t>(d.report.skippedExamples.size()));
            for (const auto& e : d.report.skippedExamples)
                putString(out, e);
            if (d.labelled())
                out.write(reinterpret_cast<const char*>(d.labels.data()),
                          d.count * sizeof(std::int32_t));
            out.write(reinterpret_cast<const char*>(d.pixels.data()),
                      static_cast<std::streamsize>(d.pixels.size()));
        });
    } catch (const std::exception& e) {
        spdlog::warn("dataset cache not written: {}", e.what());
    }
}

} // namespace ganlab
