// Tiny datasets written by tests themselves: image folders, zips, IDX and CIFAR files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab::testing {

// Writes `perClass` PNGs per class into dir/<class>/ (or dir/ when classes is 1), each a
// distinct smooth pattern of the given size and channel count (1 gray, 3 colour, 4 with alpha).
void writeImageFolder(const std::string& dir, int classes, int perClass, int size, int channels);

// A labelled folder a classifier can learn: class k is a bright disc at its own place (k-th of
// `classes` positions along the diagonal), jittered by up to 2 px, on a noisy background.
void writeShapesFolder(const std::string& dir, int classes, int perClass, int size);

// Writes bytes to a file (creating folders).
void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes);
std::vector<std::uint8_t> readBytes(const std::string& path);

// An IDX images file (N,H,W) and labels file; gzip when gz is true.
void writeIdx(const std::string& imagesPath, const std::string& labelsPath, int count, int size,
              bool gz);
// CIFAR-10 (labelBytes 1) or CIFAR-100 (labelBytes 2) records with label i % classes.
void writeCifar(const std::string& path, int records, int labelBytes, int classes);
// A zip archive with the given entry names and contents.
void writeZip(const std::string& path,
              const std::vector<std::pair<std::string, std::vector<std::uint8_t>>>& entries);
// A PNG-encoded pattern image.
std::vector<std::uint8_t> encodedPng(int size, int channels, int seed);
// A valid 8-bit palette PNG (colour type 3) of w×h whose pixel (x,y) has palette index (x+y)%4,
// palette entries given as RGB triples.
std::vector<std::uint8_t> palettePng(int w, int h, const std::vector<std::uint8_t>& paletteRgb);

// A fresh temporary folder removed with the object.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return m_path; }
    std::string operator/(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

} // namespace ganlab::testing
