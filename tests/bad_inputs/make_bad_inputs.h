// The bad-input corpus: broken, hostile and awkward datasets, each with the outcome it must have.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab::testing {

// What importing a case must give: the dataset (files it cannot use skipped and counted) or a
// clear error that names the dataset or the file inside it.
enum class Outcome { Imports, Refused };

struct BadInput {
    std::string name;      // short and unique: "png-bad-crc"
    std::string path;      // the dataset path to give (a folder, a file, or nothing at all)
    std::string exercises; // what the case tries, in a few words
    Outcome expected = Outcome::Imports;
    std::int64_t images = -1;  // Imports: the image count, when fixed (-1: any above 0)
    std::int64_t skipped = -1; // Imports: the skipped count, when fixed (-1: any)
};

// Writes every case under `dir` (created; one folder per case, and nothing outside `dir`) and
// returns them in a fixed order: a few MB on disk (mostly folders), written in about a second.
std::vector<BadInput> writeBadInputs(const std::string& dir);

// Gives back what the corpus took away (permissions), so `dir` can be listed and removed.
void releaseBadInputs(const std::string& dir);

const char* outcomeName(Outcome outcome);

} // namespace ganlab::testing
