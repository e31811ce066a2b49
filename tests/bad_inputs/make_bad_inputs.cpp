// The bad-input corpus's writer: images, folders, zips, IDX and CIFAR files broken on purpose.
#include "bad_inputs/make_bad_inputs.h"

#include "support/test_data.h"

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace ganlab::testing {
namespace {

using Bytes = std::vector<std::uint8_t>;

void be32(Bytes& out, std::uint32_t v) {
    for (int s = 24; s >= 0; s -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> s));
}
void le16(Bytes& out, std::uint32_t v) {
    out.push_back(static_cast<std::uint8_t>(v));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}
void le32(Bytes& out, std::uint32_t v) {
    le16(out, v & 0xFFFF);
    le16(out, v >> 16);
}

std::uint32_t crcOf(const Bytes& bytes) {
    return static_cast<std::uint32_t>(crc32(0, bytes.data(), static_cast<uInt>(bytes.size())));
}

Bytes zlibPacked(const Bytes& raw) {
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    Bytes packed(size);
    compress(packed.data(), &size, raw.data(), static_cast<uLong>(raw.size()));
    packed.resize(size);
    return packed;
}

// Raw deflate (no zlib header), as a zip entry holds it; `crc` gets the input's CRC-32.
// `zeros` more zero bytes follow `data`, fed in chunks so a large bomb needs no large buffer.
Bytes rawDeflate(const Bytes& data, std::uint64_t zeros, std::uint32_t& crc) {
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    Bytes out;
    Bytes chunk(1 << 16);
    const Bytes zeroChunk(1 << 20, 0);
    crc = static_cast<std::uint32_t>(crc32(0, data.data(), static_cast<uInt>(data.size())));
    auto feed = [&](const std::uint8_t* in, std::size_t n, int flush) {
        z.next_in = const_cast<std::uint8_t*>(in);
        z.avail_in = static_cast<uInt>(n);
        do {
            z.next_out = chunk.data();
            z.avail_out = static_cast<uInt>(chunk.size());
            deflate(&z, flush);
            out.insert(out.end(), chunk.data(), chunk.data() + (chunk.size() - z.avail_out));
        } while (z.avail_out == 0);
    };
    feed(data.data(), data.size(), Z_NO_FLUSH);
    for (std::uint64_t left = zeros; left > 0;) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(left, 1 << 20));
        crc = static_cast<std::uint32_t>(crc32(crc, zeroChunk.data(), static_cast<uInt>(n)));
        feed(zeroChunk.data(), n, Z_NO_FLUSH);
        left -= n;
    }
    feed(nullptr, 0, Z_FINISH);
    deflateEnd(&z);
    return out;
}

// --- PNG, JPEG and BMP, written byte by byte where OpenCV would not write them ---------------

void pngChunk(Bytes& out, const char* type, const Bytes& data) {
    be32(out, static_cast<std::uint32_t>(data.size()));
    Bytes body(type, type + 4);
    body.insert(body.end(), data.begin(), data.end());
    out.insert(out.end(), body.begin(), body.end());
    be32(out, crcOf(body));
}

// A PNG of w×h with the given bit depth and colour type; `rows` are the filtered scanlines
// (each starting with its filter byte), compressed as they are.
Bytes rawPng(std::uint32_t w, std::uint32_t h, int depth, int colourType, const Bytes& rows) {
    Bytes out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    Bytes ihdr;
    be32(ihdr, w);
    be32(ihdr, h);
    ihdr.insert(ihdr.end(),
                {static_cast<std::uint8_t>(depth), static_cast<std::uint8_t>(colourType), 0, 0, 0});
    pngChunk(out, "IHDR", ihdr);
    pngChunk(out, "IDAT", zlibPacked(rows));
    pngChunk(out, "IEND", {});
    return out;
}

// Gray + alpha (colour type 4), 8-bit: a gradient, half transparent.
Bytes grayAlphaPng(int size) {
    Bytes rows;
    for (int y = 0; y < size; ++y) {
        rows.push_back(0);
        for (int x = 0; x < size; ++x)
            rows.insert(rows.end(), {static_cast<std::uint8_t>(x * 16 + y), 128});
    }
    return rawPng(size, size, 8, 4, rows);
}

Bytes encoded(const std::string& ext, const cv::Mat& image) {
    Bytes out;
    cv::imencode(ext, image, out);
    return out;
}

cv::Mat gradient(int rows, int cols, int type) {
    cv::Mat m(rows, cols, type);
    const int channels = m.channels();
    const double scale = m.depth() == CV_16U ? 257.0 : 1.0;
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < cols; ++x)
            for (int c = 0; c < channels; ++c) {
                const double v = ((x * 7 + y * 13 + c * 60) % 256) * scale;
                if (m.depth() == CV_16U)
                    m.ptr<std::uint16_t>(y)[x * channels + c] = static_cast<std::uint16_t>(v);
                else
                    m.ptr<std::uint8_t>(y)[x * channels + c] = static_cast<std::uint8_t>(v);
            }
    return m;
}

Bytes jpeg(int size) {
    return encoded(".jpg", gradient(size, size, CV_8UC3));
}

// A 24-bit BMP of w × |h| (a negative height is a top-down image, as the format allows); the
// pixel array is written for |h| rows unless `pixels` is false (a header alone).
Bytes bmp(std::int32_t w, std::int32_t h, bool pixels = true) {
    const std::uint32_t rowBytes = (static_cast<std::uint32_t>(w) * 3 + 3) & ~3u;
    const std::uint32_t rows = h < 0 ? static_cast<std::uint32_t>(-static_cast<std::int64_t>(h))
                                     : static_cast<std::uint32_t>(h);
    const std::uint32_t data = pixels ? rowBytes * rows : 0;
    Bytes out = {'B', 'M'};
    le32(out, 54 + data);
    le32(out, 0);
    le32(out, 54);
    le32(out, 40);
    le32(out, static_cast<std::uint32_t>(w));
    le32(out, static_cast<std::uint32_t>(h));
    le16(out, 1);
    le16(out, 24);
    le32(out, 0);
    le32(out, data);
    for (int i = 0; i < 4; ++i)
        le32(out, 0);
    for (std::uint32_t i = 0; i < data; ++i)
        out.push_back(static_cast<std::uint8_t>(i * 5));
    return out;
}

// An 8-bit BMP of 8×8 whose header claims `colours` palette entries (at most 256 are possible).
Bytes bmpWithPalette(std::uint32_t colours) {
    Bytes out = bmp(8, 8, false);
    out[28] = 8;                // bits per pixel
    for (int i = 0; i < 4; ++i) // colours used, at offset 46
        out[46 + i] = static_cast<std::uint8_t>(colours >> (8 * i));
    out.insert(out.end(), 64 + 4 * 256, 0);
    return out;
}

// A little-endian TIFF of one IFD; entries are (tag, type, count, value), `tail` follows it.
Bytes tiff(const std::vector<std::array<std::uint32_t, 4>>& entries, std::size_t tail) {
    Bytes out = {'I', 'I', 42, 0};
    le32(out, 8);
    le16(out, static_cast<std::uint32_t>(entries.size()));
    for (const auto& [tag, type, count, value] : entries) {
        le16(out, tag);
        le16(out, type);
        le32(out, count);
        le32(out, value);
    }
    le32(out, 0); // no next IFD
    out.insert(out.end(), tail, 0x55);
    return out;
}

// A 1×1 8-bit TIFF of `samples` samples per pixel whose one strip lies at `stripOffset`.
Bytes tiffOnePixel(std::uint32_t samples, std::uint32_t stripOffset) {
    return tiff({{256, 3, 1, 1},
                 {257, 3, 1, 1},
                 {258, 3, 1, 8},
                 {259, 3, 1, 1},
                 {262, 3, 1, 1},
                 {273, 4, 1, stripOffset},
                 {277, 3, 1, samples},
                 {278, 3, 1, 1},
                 {279, 4, 1, 1}},
                300);
}

Bytes cut(Bytes bytes, double fraction) {
    bytes.resize(static_cast<std::size_t>(bytes.size() * fraction));
    return bytes;
}

Bytes text(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

// --- Zip archives written by hand: what libzip would refuse to write ---------------------------

struct ZipItem {
    std::string name;
    Bytes stored; // the entry's bytes as they lie in the archive
    std::uint16_t method = 0, flags = 0;
    std::uint32_t crc = 0, size = 0; // declared CRC-32 and uncompressed size
};

ZipItem storedItem(const std::string& name, const Bytes& data) {
    return {name, data, 0, 0, crcOf(data), static_cast<std::uint32_t>(data.size())};
}

ZipItem deflatedItem(const std::string& name, const Bytes& data, std::uint64_t zeros = 0) {
    ZipItem item{name, {}, 8, 0, 0, static_cast<std::uint32_t>(data.size() + zeros)};
    item.stored = rawDeflate(data, zeros, item.crc);
    return item;
}

Bytes zipBytes(const std::vector<ZipItem>& items) {
    Bytes out, central;
    auto common = [](Bytes& b, const ZipItem& e) {
        le16(b, e.flags);
        le16(b, e.method);
        le16(b, 0);    // time
        le16(b, 0x21); // date: 1980-01-01
        le32(b, e.crc);
        le32(b, static_cast<std::uint32_t>(e.stored.size()));
        le32(b, e.size);
        le16(b, static_cast<std::uint32_t>(e.name.size()));
        le16(b, 0); // extra field
    };
    for (const auto& e : items) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        le32(out, 0x04034b50);
        le16(out, 20);
        common(out, e);
        out.insert(out.end(), e.name.begin(), e.name.end());
        out.insert(out.end(), e.stored.begin(), e.stored.end());
        le32(central, 0x02014b50);
        le16(central, 20);
        le16(central, 20);
        common(central, e);
        le16(central, 0); // comment
        le16(central, 0); // disk
        le16(central, 0); // internal attributes
        le32(central, e.name.back() == '/' ? 0x10 : 0);
        le32(central, offset);
        central.insert(central.end(), e.name.begin(), e.name.end());
    }
    const auto centralAt = static_cast<std::uint32_t>(out.size());
    out.insert(out.end(), central.begin(), central.end());
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, static_cast<std::uint32_t>(items.size()));
    le16(out, static_cast<std::uint32_t>(items.size()));
    le32(out, static_cast<std::uint32_t>(central.size()));
    le32(out, centralAt);
    le16(out, 0);
    return out;
}

// --- IDX and CIFAR ---------------------------------------------------------------------------

Bytes idxHeader(std::uint8_t type, const std::vector<std::uint32_t>& dims) {
    Bytes out = {0, 0, type, static_cast<std::uint8_t>(dims.size())};
    for (auto d : dims)
        be32(out, d);
    return out;
}

Bytes idxImages(std::uint32_t n, std::uint32_t h, std::uint32_t w) {
    Bytes out = idxHeader(8, {n, h, w});
    for (std::uint32_t i = 0; i < n * h * w; ++i)
        out.push_back(static_cast<std::uint8_t>(i * 3));
    return out;
}

Bytes idxLabels(std::uint32_t n) {
    Bytes out = idxHeader(8, {n});
    for (std::uint32_t i = 0; i < n; ++i)
        out.push_back(static_cast<std::uint8_t>(i % 3));
    return out;
}

Bytes gzipped(const Bytes& raw) {
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    Bytes out(deflateBound(&z, static_cast<uLong>(raw.size())) + 32);
    z.next_in = const_cast<std::uint8_t*>(raw.data());
    z.avail_in = static_cast<uInt>(raw.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

Bytes cifarRecord(int label) {
    Bytes out(1 + 3072);
    out[0] = static_cast<std::uint8_t>(label);
    for (std::size_t i = 1; i < out.size(); ++i)
        out[i] = static_cast<std::uint8_t>(i * 7);
    return out;
}

// --- The file system's odd members -----------------------------------------------------------

void makeFifo(const fs::path& path) {
    fs::create_directories(path.parent_path());
    if (mkfifo(path.c_str(), 0644) != 0)
        throw std::runtime_error("mkfifo failed: " + path.string());
}

void makeLink(const fs::path& target, const fs::path& link) {
    fs::create_directories(link.parent_path());
    fs::create_symlink(target, link);
}

// A sparse file: `size` bytes that take no room on disk.
void sparseFile(const fs::path& path, std::uintmax_t size) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary).put('\0');
    fs::resize_file(path, size);
}

// --- The corpus --------------------------------------------------------------------------------

class Corpus {
public:
    explicit Corpus(const std::string& dir)
        : m_root(dir) {}

    // A case whose dataset is its own folder; `write` fills it.
    template <typename Write>
    void folder(const std::string& name, const std::string& exercises, Outcome expected,
                std::int64_t images, std::int64_t skipped, Write write) {
        const fs::path dir = m_root / name;
        fs::create_directories(dir);
        write(dir);
        add(name, dir, exercises, expected, images, skipped);
    }

    // A case whose dataset is one path inside its folder (a file, a link, nothing at all).
    template <typename Write>
    void file(const std::string& name, const std::string& relative, const std::string& exercises,
              Outcome expected, std::int64_t images, std::int64_t skipped, Write write) {
        const fs::path dir = m_root / name;
        fs::create_directories(dir);
        write(dir);
        add(name, dir / relative, exercises, expected, images, skipped);
    }

    // Two valid 8×8 colour PNGs, the good part of a folder with one bad file.
    static void twoGood(const fs::path& dir) {
        writeBytes((dir / "good1.png").string(), encodedPng(8, 3, 1));
        writeBytes((dir / "good2.png").string(), encodedPng(8, 3, 2));
    }

    std::vector<BadInput> take() { return std::move(m_cases); }

private:
    void add(const std::string& name, const fs::path& path, const std::string& exercises,
             Outcome expected, std::int64_t images, std::int64_t skipped) {
        m_cases.push_back({name, path.string(), exercises, expected, images, skipped});
    }

    fs::path m_root;
    std::vector<BadInput> m_cases;
};

void put(const fs::path& path, const Bytes& bytes) {
    writeBytes(path.string(), bytes);
}

constexpr Outcome I = Outcome::Imports;
constexpr Outcome R = Outcome::Refused;

void imageFolderCases(Corpus& c) {
    c.folder("empty-folder", "a folder with nothing in it", R, 0, 0, [](auto&) {});
    c.folder("only-non-images", "text and CSV files, no image", R, 0, 0, [](const fs::path& d) {
        put(d / "readme.txt", text("hello\n"));
        put(d / "labels.csv", text("a,b\n1,2\n"));
    });
    c.folder("zero-byte-png", "a single empty .png", R, 0, 0,
             [](const fs::path& d) { put(d / "empty.png", {}); });
    c.folder("png-bad-crc", "a PNG whose IHDR CRC is wrong", I, 2, 1, [](const fs::path& d) {
        Corpus::twoGood(d);
        Bytes png = encodedPng(8, 3, 3);
        png[29] ^= 0xFF; // IHDR's CRC: bytes 29–32
        put(d / "bad-crc.png", png);
    });
    c.folder("png-bomb-header", "a PNG header claiming 100000×100000", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "bomb.png", rawPng(100000, 100000, 8, 2, Bytes(301, 0)));
             });
    c.folder("png-claims-10000x10000", "a PNG header at the pixel limit, with almost no data", I, 2,
             1, [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "claims.png", rawPng(10000, 10000, 8, 0, Bytes(10001, 0)));
             });
    c.folder("png-truncated", "a PNG cut in the middle of its data", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "cut.png", cut(encoded(".png", gradient(32, 32, CV_8UC3)), 0.6));
             });
    c.folder("jpeg-truncated", "a JPEG cut in the middle of its scan", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "cut.jpg", cut(jpeg(32), 0.6));
             });
    c.folder("jpeg-no-sof", "a JPEG with no frame header (SOF)", I, 2, 1, [](const fs::path& d) {
        Corpus::twoGood(d);
        Bytes b = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F',  0,
                   1,    1,    0,    0,    1,    0,    1,   0,   0,   0xFF, 0xD9};
        put(d / "nosof.jpg", b);
    });
    c.folder("text-as-png", "a text file named .png", I, 2, 1, [](const fs::path& d) {
        Corpus::twoGood(d);
        put(d / "notes.png", text("this is not a picture\n"));
    });
    c.folder("bmp-negative-height", "a top-down BMP (negative height, valid)", I, 3, 0,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "topdown.bmp", bmp(8, -8));
             });
    c.folder("bmp-huge-dims", "BMP headers of 2^31-1 × 1 and 1 × -2^31", I, 2, 2,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "wide.bmp", bmp(0x7FFFFFFF, 1, false));
                 put(d / "tall.bmp", bmp(1, INT32_MIN, false));
             });
    c.folder("bmp-truncated", "a BMP cut in the middle of its pixels", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "cut.bmp", cut(bmp(64, 64), 0.2));
             });
    c.folder("bmp-palette-overflow", "a BMP claiming 2^32-1 palette colours", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "palette.bmp", bmpWithPalette(0xFFFFFFFF));
             });
    c.folder("pnm-bad-maxval", "a PGM whose maximum value is 70000", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 Bytes pgm = text("P5 2 2 70000\n");
                 pgm.insert(pgm.end(), 8, 0);
                 put(d / "maxval.pgm", pgm);
             });
    c.folder("pnm-short-data", "a PPM of 64×64 holding 10 bytes of pixels", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 Bytes ppm = text("P6 64 64 255\n");
                 ppm.insert(ppm.end(), 10, 0);
                 put(d / "short.ppm", ppm);
             });
    c.folder("tiff-strip-outside", "a TIFF whose strip lies past the end of the file", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "strip.tif", tiffOnePixel(1, 0xFFFFFF00));
             });
    c.folder("tiff-65535-channels", "a TIFF of 65535 samples per pixel", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "channels.tiff", tiffOnePixel(65535, 200));
             });
    c.folder("png-16-bit", "16-bit colour and gray PNGs", I, 2, 0, [](const fs::path& d) {
        put(d / "rgb16.png", encoded(".png", gradient(8, 8, CV_16UC3)));
        put(d / "gray16.png", encoded(".png", gradient(8, 8, CV_16UC1)));
    });
    c.folder("png-palette", "palette PNGs (colour type 3)", I, 2, 0, [](const fs::path& d) {
        const Bytes palette = {255, 0, 0, 0, 255, 0, 0, 0, 255, 250, 250, 250};
        put(d / "p1.png", palettePng(8, 8, palette));
        put(d / "p2.png", palettePng(12, 9, palette));
    });
    c.folder("png-rgba", "RGBA PNGs", I, 2, 0, [](const fs::path& d) {
        put(d / "a.png", encodedPng(8, 4, 1));
        put(d / "b.png", encodedPng(8, 4, 2));
    });
    c.folder("png-gray-alpha", "gray + alpha PNGs (colour type 4)", I, 2, 0, [](const fs::path& d) {
        put(d / "ga1.png", grayAlphaPng(8));
        put(d / "ga2.png", grayAlphaPng(11));
    });
    c.folder("image-1x1", "one image of one pixel (fewer images than a batch)", I, 1, 0,
             [](const fs::path& d) { put(d / "dot.png", encodedPng(1, 3, 1)); });
    c.folder("image-10000x1", "a 10000×1 and a 1×10000 image", I, 2, 0, [](const fs::path& d) {
        put(d / "wide.png", encoded(".png", gradient(1, 10000, CV_8UC1)));
        put(d / "tall.png", encoded(".png", gradient(10000, 1, CV_8UC3)));
    });
    c.folder("mixed-sizes", "images from 3×5 to 64×20 px", I, 4, 0, [](const fs::path& d) {
        put(d / "a.png", encoded(".png", gradient(3, 5, CV_8UC3)));
        put(d / "b.png", encoded(".png", gradient(16, 16, CV_8UC3)));
        put(d / "c.png", encoded(".png", gradient(64, 20, CV_8UC3)));
        put(d / "d.jpg", jpeg(33));
    });
    c.folder("mixed-gray-colour", "gray and colour images together", I, 4, 0,
             [](const fs::path& d) {
                 put(d / "g1.png", encodedPng(8, 1, 1));
                 put(d / "g2.png", encodedPng(8, 1, 2));
                 put(d / "c1.png", encodedPng(8, 3, 3));
                 put(d / "c2.bmp", bmp(8, 8));
             });
    c.folder("uppercase-extensions", ".PNG, .JpEg and .Bmp", I, 3, 0, [](const fs::path& d) {
        put(d / "A.PNG", encodedPng(8, 3, 1));
        put(d / "B.JpEg", jpeg(8));
        put(d / "C.Bmp", bmp(8, 8));
    });
    c.folder("unicode-names", "class folders and files named in Chinese, accents, emoji", I, 3, 0,
             [](const fs::path& d) {
                 put(d / "猫" / "图片.png", encodedPng(8, 3, 1));
                 put(d / "chiens-été" / "ünïcødé.png", encodedPng(8, 3, 2));
                 put(d / "chiens-été" / "😀.png", encodedPng(8, 3, 3));
             });
    c.folder("names-with-spaces-newlines", "spaces, a newline, a tab and quotes in names", I, 4, 0,
             [](const fs::path& d) {
                 put(d / "a b.png", encodedPng(8, 3, 1));
                 put(d / "line\nbreak.png", encodedPng(8, 3, 2));
                 put(d / "tab\there.png", encodedPng(8, 3, 3));
                 put(d / "quote\"'$(x).png", encodedPng(8, 3, 4));
             });
    c.folder("hidden-only", "only hidden files and a hidden folder", R, 0, 0,
             [](const fs::path& d) {
                 put(d / ".a.png", encodedPng(8, 3, 1));
                 put(d / ".git" / "b.png", encodedPng(8, 3, 2));
             });
    c.folder("deep-nesting-50", "images 50 folders down", I, 2, 0, [](const fs::path& d) {
        fs::path deep = d;
        for (int i = 0; i < 50; ++i)
            deep /= "d";
        Corpus::twoGood(deep);
    });
    c.folder("empty-class-folder", "a class folder with nothing in it beside two others", I, 3, 0,
             [](const fs::path& d) {
                 Corpus::twoGood(d / "cats");
                 put(d / "dogs" / "x.png", encodedPng(8, 3, 3));
                 fs::create_directories(d / "birds");
             });
    c.folder("one-class-only", "a single class folder (unlabelled)", I, 2, 0,
             [](const fs::path& d) { Corpus::twoGood(d / "only"); });
    c.folder("classes-300", "300 class folders named by numbers, one image each", I, 300, 0,
             [](const fs::path& d) {
                 const Bytes png = encodedPng(4, 3, 1);
                 for (int i = 0; i < 300; ++i) // numbers as names: "1000" … "1299"
                     put(d / std::to_string(1000 + i) / "x.png", png);
             });
    c.folder("outside-class-folders", "an image beside the class folders", I, 2, 1,
             [](const fs::path& d) {
                 put(d / "a" / "1.png", encodedPng(8, 3, 1));
                 put(d / "b" / "2.png", encodedPng(8, 3, 2));
                 put(d / "loose.png", encodedPng(8, 3, 3));
             });
    c.folder("sparse-huge-png", "a 600 MB (sparse) file named .png", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 sparseFile(d / "huge.png", 600ull << 20);
             });
    c.folder("folder-named-zip", "a folder whose name ends in .zip", I, 2, 0,
             [](const fs::path& d) { Corpus::twoGood(d / "data.zip"); });
}

void fileSystemCases(Corpus& c) {
    c.folder("symlink-loop", "links back to the folder itself and to its parent", I, 3, 2,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "sub" / "x.png", encodedPng(8, 3, 3));
                 makeLink(".", d / "self");
                 makeLink("..", d / "sub" / "back");
             });
    c.folder("broken-symlink", "a link to nothing named .png", I, 2, 1, [](const fs::path& d) {
        Corpus::twoGood(d);
        makeLink("nowhere.png", d / "dead.png");
    });
    c.file("symlinked-class-folder", "data", "a class folder and an image that are links", I, 5, 0,
           [](const fs::path& d) {
               Corpus::twoGood(d / "store" / "cats");
               put(d / "store" / "x.png", encodedPng(8, 3, 5));
               Corpus::twoGood(d / "data" / "dogs");
               makeLink("../store/cats", d / "data" / "cats");
               makeLink("../../store/x.png", d / "data" / "dogs" / "linked.png");
           });
    c.file("symlink-as-dataset", "link", "the dataset path itself a link to a folder", I, 2, 0,
           [](const fs::path& d) {
               Corpus::twoGood(d / "real");
               makeLink("real", d / "link");
           });
    c.folder("fifo-named-png", "a FIFO named x.png beside images", I, 2, 1, [](const fs::path& d) {
        Corpus::twoGood(d);
        makeFifo(d / "x.png");
    });
    c.folder("device-link-png", "a link to /dev/zero named zero.png", I, 2, 1,
             [](const fs::path& d) {
                 Corpus::twoGood(d);
                 makeLink("/dev/zero", d / "zero.png");
             });
    const bool root = geteuid() == 0; // root reads a file whatever its mode
    c.folder("unreadable-file", "a chmod 000 image (root still reads it)", I, root ? 3 : 2,
             root ? 0 : 1, [](const fs::path& d) {
                 Corpus::twoGood(d);
                 put(d / "locked.png", encodedPng(8, 3, 3));
                 fs::permissions(d / "locked.png", fs::perms::none);
             });
    c.folder("unreadable-class-folder", "a chmod 000 class folder (root still reads it)", I,
             root ? 4 : -1, root ? 0 : -1, [](const fs::path& d) {
                 Corpus::twoGood(d / "open");
                 Corpus::twoGood(d / "locked");
                 fs::permissions(d / "locked", fs::perms::none);
             });
    c.file("fifo-as-dataset", "stream.zip", "a FIFO named .zip given as the dataset", R, 0, 0,
           [](const fs::path& d) { makeFifo(d / "stream.zip"); });
    c.file("device-as-dataset", "null.zip", "a link to /dev/null named .zip as the dataset", R, 0,
           0, [](const fs::path& d) { makeLink("/dev/null", d / "null.zip"); });
    c.file("single-image-file", "one.png", "a single image given as the dataset", R, 0, 0,
           [](const fs::path& d) { put(d / "one.png", encodedPng(8, 3, 1)); });
    c.file("missing-path", "does-not-exist", "a path that does not exist", R, 0, 0,
           [](const fs::path&) {});
    c.file("unknown-extension", "data.xyz", "a regular file of no known kind", R, 0, 0,
           [](const fs::path& d) { put(d / "data.xyz", text("\x01\x02garbage")); });
}

void zipCases(Corpus& c) {
    const Bytes a = encodedPng(8, 3, 1), b = encodedPng(8, 3, 2);
    c.file("zip-empty", "empty.zip", "a zip with no entries", R, 0, 0,
           [](const fs::path& d) { put(d / "empty.zip", zipBytes({})); });
    c.file("zip-zero-bytes", "zero.zip", "an empty file named .zip", R, 0, 0,
           [](const fs::path& d) { put(d / "zero.zip", {}); });
    c.file("zip-truncated", "cut.zip", "a zip cut in half (no central directory)", R, 0, 0,
           [&](const fs::path& d) {
               put(d / "cut.zip",
                   cut(zipBytes({storedItem("a.png", a), storedItem("b.png", b)}), 0.5));
           });
    c.file("zip-not-a-zip", "text.zip", "a text file named .zip", R, 0, 0,
           [](const fs::path& d) { put(d / "text.zip", text("PK? not really\n")); });
    c.file("zip-traversal", "t.zip", "a ../ entry beside good ones (stored and deflated)", I, 2, 1,
           [&](const fs::path& d) {
               put(d / "t.zip", zipBytes({storedItem("../evil.png", a), storedItem("ok/a.png", a),
                                          deflatedItem("ok/b.png", b)}));
           });
    c.file("zip-absolute", "abs.zip", "absolute and drive-letter entry names", I, 2, 0,
           [&](const fs::path& d) {
               put(d / "abs.zip",
                   zipBytes({storedItem("/abs/a.png", a), storedItem("C:\\abs\\b.png", b)}));
           });
    c.file("zip-backslash", "bs.zip", "entries named with backslashes (two classes)", I, 3, 0,
           [&](const fs::path& d) {
               put(d / "bs.zip",
                   zipBytes({storedItem("cats\\a.png", a), storedItem("cats\\b.png", b),
                             deflatedItem("dogs\\c.png", a)}));
           });
    c.file("zip-duplicate-names", "dup.zip", "two entries of the same name", I, -1, -1,
           [&](const fs::path& d) {
               put(d / "dup.zip", zipBytes({storedItem("a.png", a), storedItem("a.png", b),
                                            storedItem("c.png", b)}));
           });
    c.file("zip-bomb-200mb", "bomb.zip", "an entry inflating to 200 MB of zeros", I, 2, 1,
           [&](const fs::path& d) {
               put(d / "bomb.zip", zipBytes({storedItem("a.png", a), storedItem("b.png", b),
                                             deflatedItem("bomb.png", {}, 200ull << 20)}));
           });
    c.file("zip-size-lie", "lie.zip", "an entry declaring 100 MB that holds 1 KB", I, 2, 1,
           [&](const fs::path& d) {
               ZipItem liar = deflatedItem("liar.png", a, 1024);
               liar.size = 100u << 20;
               put(d / "lie.zip", zipBytes({storedItem("a.png", a), storedItem("b.png", b), liar}));
           });
    c.file(
        "zip-encrypted", "enc.zip", "an entry flagged encrypted", I, 2, 1, [&](const fs::path& d) {
            ZipItem locked = storedItem("locked.png", a);
            locked.flags = 1;
            put(d / "enc.zip", zipBytes({storedItem("a.png", a), storedItem("b.png", b), locked}));
        });
    c.file("zip-bad-crc", "crc.zip", "an entry whose CRC-32 is wrong", I, 2, 1,
           [&](const fs::path& d) {
               ZipItem bad = storedItem("bad.png", a);
               bad.crc ^= 0xDEADBEEF;
               put(d / "crc.zip", zipBytes({storedItem("a.png", a), storedItem("b.png", b), bad}));
           });
    c.file(
        "zip-unknown-method", "method.zip", "an entry of an unknown compression method", I, 2, 1,
        [&](const fs::path& d) {
            ZipItem odd = storedItem("odd.png", a);
            odd.method = 97;
            put(d / "method.zip", zipBytes({storedItem("a.png", a), storedItem("b.png", b), odd}));
        });
    c.file("zip-directories-only", "dirs.zip", "a zip of folders only", R, 0, 0,
           [](const fs::path& d) {
               put(d / "dirs.zip", zipBytes({storedItem("a/", {}), storedItem("a/b/", {})}));
           });
    c.file("zip-nested", "outer.zip", "a zip holding only another zip of images", R, 0, 0,
           [&](const fs::path& d) {
               const Bytes inner = zipBytes({storedItem("a.png", a), storedItem("b.png", b)});
               put(d / "outer.zip", zipBytes({deflatedItem("inner.zip", inner)}));
           });
}

void idxCases(Corpus& c) {
    const std::string images = "train-images-idx3-ubyte", labels = "train-labels-idx1-ubyte";
    auto idxFile = [&](const std::string& name, const std::string& exercises, const Bytes& bytes) {
        c.file(name, images, exercises, R, 0, 0,
               [&](const fs::path& d) { put(d / images, bytes); });
    };
    Bytes badMagic = idxImages(2, 4, 4);
    badMagic[0] = 1;
    idxFile("idx-bad-magic", "an IDX file with a bad magic number", badMagic);
    Bytes wrongType = idxImages(2, 4, 4);
    wrongType[2] = 0x0D; // float
    idxFile("idx-wrong-type", "an IDX file of floats", wrongType);
    idxFile("idx-dims-overflow", "IDX dims 65536×65536×0xffffffff",
            idxHeader(8, {65536, 65536, 0xFFFFFFFF}));
    idxFile("idx-truncated-data", "an IDX header promising more than the file holds",
            cut(idxImages(10, 16, 16), 0.3));
    idxFile("idx-zero-images", "an IDX file of zero images", idxHeader(8, {0, 16, 16}));
    idxFile("idx-zero-height", "IDX images 0 px high", idxHeader(8, {2, 0, 16}));
    Bytes rank2 = idxHeader(8, {4, 4});
    rank2.insert(rank2.end(), 16, 9);
    idxFile("idx-rank-2", "an IDX array of rank 2 (4×4 bytes)", rank2);
    idxFile("idx-png-inside", "a PNG named like an IDX file", encodedPng(8, 3, 1));
    c.file("idx-labels-mismatch", images, "4 labels for 5 images", R, 0, 0, [&](const fs::path& d) {
        put(d / images, idxImages(5, 8, 8));
        put(d / labels, idxLabels(4));
    });
    c.file("idx-labels-folder", images, "valid images beside a folder named as their labels", R, 0,
           0, [&](const fs::path& d) {
               put(d / images, idxImages(4, 8, 8));
               fs::create_directories(d / labels);
           });
    c.file("idx-gzip-cut", images + ".gz", "a gzip IDX file cut short", R, 0, 0,
           [&](const fs::path& d) {
               put(d / (images + ".gz"), cut(gzipped(idxImages(20, 16, 16)), 0.5));
           });
    c.folder("idx-fifo-in-folder", "a FIFO named train-images-idx3-ubyte", R, 0, 0,
             [&](const fs::path& d) { makeFifo(d / images); });
    c.file("idx-labels-fifo", images, "valid images beside a FIFO named as their labels", R, 0, 0,
           [&](const fs::path& d) {
               put(d / images, idxImages(4, 8, 8));
               makeFifo(d / labels);
           });
}

void cifarCases(Corpus& c) {
    const std::string batch = "data_batch_1.bin";
    c.file("cifar-partial-record", batch, "a CIFAR batch with a partial record", R, 0, 0,
           [&](const fs::path& d) { put(d / batch, cut(cifarRecord(1), 0.5)); });
    c.file("cifar-empty", batch, "an empty CIFAR batch", R, 0, 0,
           [&](const fs::path& d) { put(d / batch, {}); });
    c.file("cifar-label-200", batch, "one CIFAR-10 record labelled 200", I, 1, 0,
           [&](const fs::path& d) { put(d / batch, cifarRecord(200)); });
    c.folder("cifar-fifo-in-folder", "a FIFO named data_batch_1.bin", R, 0, 0,
             [&](const fs::path& d) { makeFifo(d / batch); });
    c.file("cifar-meta-fifo", batch, "a good batch beside a FIFO named batches.meta.txt", I, 1, 0,
           [&](const fs::path& d) {
               put(d / batch, cifarRecord(4));
               makeFifo(d / "batches.meta.txt");
           });
    c.folder("cifar-second-batch-bad", "a good batch and a torn one", R, 0, 0,
             [&](const fs::path& d) {
                 Bytes two = cifarRecord(1);
                 const Bytes more = cifarRecord(2);
                 two.insert(two.end(), more.begin(), more.end());
                 put(d / batch, two);
                 put(d / "data_batch_2.bin", cut(cifarRecord(3), 0.9));
             });
    c.file("cifar100-bad-size", "train.bin", "a CIFAR-100 file of 2 records and a byte", R, 0, 0,
           [](const fs::path& d) {
               Bytes b(2 * 3074 + 1, 7);
               put(d / "train.bin", b);
           });
}

} // namespace

const char* outcomeName(Outcome outcome) {
    return outcome == Outcome::Imports ? "imports" : "refused";
}

std::vector<BadInput> writeBadInputs(const std::string& dir) {
    fs::create_directories(dir);
    Corpus corpus(dir);
    imageFolderCases(corpus);
    fileSystemCases(corpus);
    zipCases(corpus);
    idxCases(corpus);
    cifarCases(corpus);
    return corpus.take();
}

void releaseBadInputs(const std::string& dir) {
    std::error_code ec;
    for (const char* locked : {"unreadable-file/locked.png", "unreadable-class-folder/locked"})
        fs::permissions(fs::path(dir) / locked, fs::perms::owner_all, fs::perm_options::add, ec);
}

} // namespace ganlab::testing
