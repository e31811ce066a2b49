// fuzz_make_corpus OUT: writes the seed corpus of every fuzz target (except fuzz_checkpoint's valid
// checkpoint, which that harness writes itself) under OUT/<target>/ — a few small valid inputs and
// a few broken ones each. Deterministic: the same build writes the same bytes.
#include "api/presets.h"
#include "api/settings.h"

#include <opencv2/imgcodecs.hpp>
#include <zip.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;

namespace {

fs::path gOut;

void put(const std::string& target, const std::string& name, const Bytes& bytes) {
    const fs::path dir = gOut / target;
    fs::create_directories(dir);
    std::ofstream out(dir / name, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", (dir / name).c_str());
        std::exit(1);
    }
}
void put(const std::string& target, const std::string& name, const std::string& text) {
    put(target, name, Bytes(text.begin(), text.end()));
}

Bytes operator+(Bytes a, const Bytes& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}
Bytes bytesOf(const std::string& s) {
    return Bytes(s.begin(), s.end());
}
// A string literal's bytes, NULs included.
template <std::size_t N> Bytes lit(const char (&text)[N]) {
    return Bytes(text, text + N - 1);
}
Bytes head(const Bytes& b, std::size_t n) {
    return Bytes(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(std::min(n, b.size())));
}

// A small test picture (a gradient), gray or BGR.
cv::Mat picture(int width, int height, int channels, int seed = 0) {
    cv::Mat m(height, width, CV_8UC(channels));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < channels; ++c)
                m.ptr<std::uint8_t>(y)[x * channels + c] =
                    static_cast<std::uint8_t>(x * 40 + y * 25 + c * 70 + seed * 13);
    return m;
}

Bytes encode(const std::string& ext, const cv::Mat& image, std::vector<int> params = {}) {
    Bytes out;
    if (!cv::imencode(ext, image, out, params)) {
        std::fprintf(stderr, "cannot encode %s\n", ext.c_str());
        std::exit(1);
    }
    return out;
}

Bytes gzip(const Bytes& raw) {
    const fs::path tmp = gOut / ".tmp.gz";
    gzFile f = gzopen(tmp.c_str(), "wb9");
    gzwrite(f, raw.data(), static_cast<unsigned>(raw.size()));
    gzclose(f);
    std::ifstream in(tmp, std::ios::binary);
    Bytes out((std::istreambuf_iterator<char>(in)), {});
    fs::remove(tmp);
    return out;
}

// A zip of (name, bytes) entries; `store` keeps entries uncompressed (mutations stay meaningful).
Bytes zipOf(const std::vector<std::pair<std::string, Bytes>>& entries, bool store = true) {
    const fs::path tmp = gOut / ".tmp.zip";
    fs::remove(tmp);
    int err = 0;
    zip_t* z = zip_open(tmp.c_str(), ZIP_CREATE | ZIP_EXCL, &err);
    if (!z)
        std::exit(1);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
        const zip_int64_t index = zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(index),
                                 store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(z, static_cast<zip_uint64_t>(index), 0, 0);
    }
    if (zip_close(z) != 0)
        std::exit(1);
    std::ifstream in(tmp, std::ios::binary);
    Bytes out((std::istreambuf_iterator<char>(in)), {});
    fs::remove(tmp);
    return out;
}

Bytes be32(std::uint32_t v) {
    return {std::uint8_t(v >> 24), std::uint8_t(v >> 16), std::uint8_t(v >> 8), std::uint8_t(v)};
}

// An IDX array of unsigned bytes: magic 0 0 8 ndims, the dims big-endian, then the data.
Bytes idx(const std::vector<std::uint32_t>& dims, std::uint8_t fill = 0) {
    Bytes b{0, 0, 8, static_cast<std::uint8_t>(dims.size())};
    std::size_t total = 1;
    for (auto d : dims) {
        b = b + be32(d);
        total *= d;
    }
    for (std::size_t i = 0; i < total; ++i)
        b.push_back(static_cast<std::uint8_t>(fill + i * 7));
    return b;
}

void imageHeaders() {
    const std::string t = "fuzz_image_header";
    const cv::Mat rgb = picture(6, 5, 3), gray = picture(6, 5, 1);
    put(t, "valid.png", encode(".png", rgb));
    put(t, "valid-gray.png", encode(".png", gray));
    put(t, "valid.jpg", encode(".jpg", rgb, {cv::IMWRITE_JPEG_QUALITY, 50}));
    put(t, "valid.bmp", encode(".bmp", gray));
    put(t, "valid.webp", encode(".webp", rgb, {cv::IMWRITE_WEBP_QUALITY, 101}));
    put(t, "valid.tif", encode(".tiff", rgb));
    put(t, "valid.pgm", encode(".pgm", gray));
    put(t, "valid.ppm", encode(".ppm", rgb));
    put(t, "valid-comment.pnm", std::string("P5\n# a comment\n6 5\n255\n") + std::string(30, 'x'));
    put(t, "broken-png-short.png", head(encode(".png", rgb), 20));
    put(t, "broken-jpeg-no-sof.jpg", lit("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\xFF\xD9xxxxxxxxxx"));
    put(t, "broken-bmp-negative.bmp",
        bytesOf("BM") + Bytes(16, 0) + Bytes{0x06, 0, 0, 0, 0xFB, 0xFF, 0xFF, 0xFF, 1, 0});
    put(t, "broken-tiff-ifd-outside.tif", Bytes{'M', 'M', 0, 42, 0x7F, 0xFF, 0xFF, 0xFF});
    put(t, "broken-pnm-huge.pgm", std::string("P6 99999999999999 1\n255\n"));
    put(t, "broken-webp-vp8x.webp", lit("RIFF\x20\0\0\0WEBPVP8X") + Bytes(14, 0xFF));
}

void idxFiles() {
    const std::string t = "fuzz_idx";
    const Bytes images = idx({3, 4, 4}, 10), labels = idx({3}, 0);
    const Bytes separator = bytesOf("\n--labels--\n");
    put(t, "valid-3x4x4", images);
    put(t, "valid-with-labels", images + separator + Bytes{0, 0, 8, 1, 0, 0, 0, 3, 0, 1, 2});
    put(t, "valid-rgb-2x3x3x3", idx({2, 3, 3, 3}, 50));
    put(t, "valid-rgba-1x2x2x4", idx({1, 2, 2, 4}, 200));
    put(t, "valid-gzip", gzip(images));
    put(t, "broken-labels-count", images + separator + idx({2}));
    put(t, "broken-labels-rank", images + separator + idx({3, 1}));
    put(t, "broken-bad-magic", Bytes{1, 2, 3, 4, 0, 0, 0, 1});
    put(t, "broken-element-type",
        Bytes{0, 0, 0x0D, 3, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0});
    put(t, "broken-truncated-data", head(images, images.size() - 5));
    put(t, "broken-huge-dims", Bytes{0, 0, 8, 3} + be32(0xFFFFFFFF) + be32(0xFFFF) + be32(0xFFFF));
    put(t, "broken-zero-images", idx({0, 4, 4}));
    put(t, "broken-gzip-cut", head(gzip(images), 20));
    (void)labels;
}

void cifarFiles() {
    const std::string t = "fuzz_cifar";
    auto records = [](int count, std::size_t labelBytes) {
        Bytes b;
        for (int r = 0; r < count; ++r) {
            for (std::size_t l = 0; l < labelBytes; ++l)
                b.push_back(static_cast<std::uint8_t>(r * 3 + l));
            for (int p = 0; p < 3072; ++p)
                b.push_back(static_cast<std::uint8_t>(p / 4 + r * 50));
        }
        return b;
    };
    put(t, "valid-cifar10-2-records.bin", records(2, 1));
    put(t, "valid-cifar100-1-record.bin", records(1, 2)); // 3074 bytes: read as train.bin
    put(t, "broken-cifar10-partial-record.bin", head(records(2, 1), 3073 + 100));
    put(t, "broken-tiny.bin", Bytes{9, 1, 2, 3});
}

void zipFiles() {
    const std::string t = "fuzz_zip";
    const Bytes png = encode(".png", picture(4, 4, 3, 1)),
                pgm = encode(".pgm", picture(5, 4, 1, 2));
    const Bytes jpg = encode(".jpg", picture(4, 4, 3, 3), {cv::IMWRITE_JPEG_QUALITY, 40});
    put(t, "valid-classes.zip",
        zipOf({{"cats/a.png", png}, {"dogs/b.pgm", pgm}, {"dogs/c.jpg", jpg}}));
    put(t, "valid-top-folder.zip", zipOf({{"set/a.png", png}, {"set/b.pgm", pgm}}));
    put(t, "valid-flat-deflate.zip",
        zipOf({{"a.png", png},
               {"notes.txt", bytesOf("not an image")},
               {"b.bmp", encode(".bmp", picture(3, 3, 1))}},
              false));
    put(t, "valid-meta-and-hidden.zip",
        zipOf({{"__MACOSX/._a.png", png}, {".hidden.png", png}, {"x/y/z.png", png}, {"x/", {}}}));
    put(t, "broken-entries.zip",
        zipOf({{"a.png", head(png, 30)},
               {"b.jpg", bytesOf("\xFF\xD8 not a jpeg")},
               {"c.pgm", bytesOf("P5 70000 70000 255\n")}}));
    put(t, "broken-cut.zip", head(zipOf({{"a.png", png}, {"b.png", png}}), 80));
    put(t, "broken-empty-archive.zip", lit("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"));
    put(t, "broken-not-a-zip.zip", bytesOf("PK\x03\x04 not really"));
}

void configs() {
    const std::string t = "fuzz_config_json";
    for (const char* preset : {"cpu-quick", "pggan", "biggan", "projected"})
        put(t, std::string("valid-preset-") + preset + ".json",
            ganlab::toJson(ganlab::presetConfig(preset)));
    put(t, "valid-partial.json",
        std::string(R"({"resolution": 16, "model": "resnet", "classes": ["a", "b"],)"
                    R"( "background": [0, 10, 20], "lr_g": 1e-4, "unknown_key": null})"));
    put(t, "valid-empty-object.json", std::string("{}"));
    put(t, "broken-types.json",
        std::string(
            R"({"resolution": "32", "steps": 1.5, "classes": [1], "background": [1, 2], "ema": true})"));
    put(t, "broken-ranges.json",
        std::string(
            R"({"resolution": 4294967328, "steps": -1, "lr_g": 1e308, "seed": 18446744073709551615})"));
    put(t, "broken-not-object.json", std::string("[1, 2, 3]"));
    put(t, "broken-truncated.json", std::string(R"({"model": "dcgan", "loss": )"));
}

void metricsFiles() {
    const std::string t = "fuzz_metrics_jsonl";
    put(t, "valid-current.jsonl",
        std::string(
            R"({"step":1,"elapsed_s":0.5,"loss_d":1.38,"loss_g":0.69,"grad_norm_d":0.2,"grad_norm_g":0.02,"images_per_s":3000,"step_ms":12,"terms":{"d_real":0.1,"d_fake":0.2},"health":{"sigma0_g_first_ratio":1.0,"sigma0_g_first":0.27,"sigma1_g_first":null}})"
            "\n"
            R"({"step":2,"elapsed_s":1.0,"loss_d":1.30,"loss_g":0.70,"growth":{"level":1,"alpha":0.5,"resolution":8,"images_shown":64}})"
            "\n"
            R"({"step":2,"kind":"eval","results":[{"name":"FD[random]","metric":"fd","parent":"","value":12.5},{"name":"Accuracy/0","metric":"accuracy","parent":"Accuracy","value":0.5}]})"
            "\n"));
    put(t, "valid-legacy-flat.jsonl",
        std::string(
            R"({"Accuracy[classifier:data]":0.5,"Accuracy[classifier:data]/class0":0.0,"FD[classifier:data]":13442.68,"kind":"eval","step":2})"
            "\n"
            R"({"d_fake":0.003,"d_real":0.002,"elapsed_s":0.01,"loss_d":1.38,"loss_g":0.69,"sigma0_d_first":0.16,"sigma0_g_first_ratio":1.0,"growth_level":0,"step":2})"
            "\n"));
    put(t, "valid-evaluations.csv",
        std::string("step,name,metric,network,value,stddev,samples,seconds,note\n"
                    "10,\"FD[random]\",fd,\"random\",12.5,,10,0.005,\"10 real vs 10 generated\"\n"
                    "10,\"acc/0\",accuracy,\"classifier:data\",0.25,,10,0.001,\"a \"\"quoted\"\" "
                    "note\"\n"));
    put(t, "broken-torn-lines.jsonl",
        std::string(R"({"step":1,"loss_d":1.0})"
                    "\n"
                    R"({"step":2,"loss_d")"
                    "\n"
                    "[1,2]\n"
                    R"({"loss_d":3})"
                    "\n"
                    R"({"step":"3"})"
                    "\n"));
    put(t, "broken-odd-types.jsonl",
        std::string(
            R"({"step":1,"kind":"eval","results":[{"name":"x","metric":"fd","value":"v"},7,{"name":2}]})"
            "\n"
            R"({"step":2,"terms":[1,2],"health":"no","growth":{"level":"x"}})"
            "\n"));
    put(t, "broken-csv-quotes.csv", std::string("step,name,metric\n1,\"unterminated,fd\n2,,\n"));
}

void cliArgs() {
    const std::string t = "fuzz_cli_args";
    auto args = [](std::vector<std::string> list) {
        std::string out;
        for (std::size_t i = 0; i < list.size(); ++i)
            out += (i ? "\n" : "") + list[i];
        return out;
    };
    put(t, "valid-train",
        args({"--data", "fashion-mnist", "--resolution", "16", "--lr-g", "0.0001", "--ema", "0.99",
              "--steps", "10", "--out", "runs/x"}));
    put(t, "valid-shorthands",
        args({"--model", "pggan", "--load", "g", "--grow-images", "2000", "--no-aux-fake-in-d",
              "--classes", "a,b", "--background", "0,0,0"}));
    put(t, "valid-sample",
        args({"runs/x", "--rows", "2", "--cols", "3", "--truncation", "0.7", "--seed", "5", "--out",
              "grid.png"}));
    put(t, "valid-pairs",
        args({"lr_g", "0.5", "model", "biggan", "preset", "quality", "width", "0.25",
              "eval_metrics", "fd,kid", "classes", "none"}));
    put(t, "valid-help", args({"--help"}));
    put(t, "broken-values",
        args({"--resolution", "abc", "--lr-g", "-1", "--steps", "99999999999999999999", "--unknown",
              "--model="}));
    put(t, "broken-empty-args", std::string("\n\n\0--\0-", 6));
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    gOut = argv[1];
    fs::create_directories(gOut);
    imageHeaders();
    idxFiles();
    cifarFiles();
    zipFiles();
    configs();
    metricsFiles();
    cliArgs();
    return 0;
}
