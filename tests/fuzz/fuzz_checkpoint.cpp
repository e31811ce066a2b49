// fuzz_checkpoint: a run's checkpoint file replaced by the input, then TrainingRun::open and a
// sample grid. The run (cpu-quick's DCGAN at 8 px, width 0.125, 2 steps on 16 tiny gray images) is
// made once per process; every input gets a fresh copy of it. After a refused or accepted input
// the original run must still open and draw the same grid as before (no state left behind).
// GANLAB_FUZZ_WRITE_CHECKPOINT=FILE copies the valid checkpoint there (the seed corpus's).
// A checkpoint is a zip whose entries are CRC-checked before torch reads them, so blind mutations
// stop at the CRC; the custom mutator below mostly mutates one entry's content and rewrites the
// zip with fresh CRCs, which takes the fuzzer into torch's archive, pickle and TorchScript readers.
#include "api/presets.h"
#include "api/settings.h"
#include "api/training_run.h"
#include "fuzz_support.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Fixture {
    fs::path pristine;   // the run as saved: never opened again for writing
    fs::path work;       // a copy per input
    fs::path checkpoint; // relative to the run folder
    ganlab::SampleRequest request;
    ganlab::Image reference; // the grid the pristine run draws
};

void writeGrayPgm(const fs::path& path, int size, int seed) {
    std::string pgm = "P5\n" + std::to_string(size) + " " + std::to_string(size) + "\n255\n";
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            pgm.push_back(static_cast<char>((x * 16 + y * 8 + seed * 37) & 0xFF));
    ganlab::fuzz::writeFile(path, pgm);
}

ganlab::Image drawGrid(const fs::path& run, const ganlab::SampleRequest& request) {
    ganlab::TrainingRun opened = ganlab::TrainingRun::open(run.string());
    return opened.sampleGrid(request);
}

const Fixture& fixture() {
    static const Fixture f = [] {
        using namespace ganlab;
        Fixture x;
        const fs::path root = fuzz::scratchDir();
        const fs::path images = root / "images";
        fs::create_directories(images);
        for (int i = 0; i < 16; ++i)
            writeGrayPgm(images / ("img" + std::to_string(i) + ".pgm"), 12, i);

        TrainConfig config = presetConfig("cpu-quick");
        config.dataPath = images.string();
        config.resolution = 8;
        config.width = 0.125;
        config.latentDim = 8;
        config.batchSize = 4;
        config.steps = 2;
        config.sampleEvery = 1000;
        config.checkpointEvery = 1000;
        config.evalEvery = 0;
        config.healthEvery = 0;
        config.logEvery = 1;
        if (const auto problems = validateConfig(config); !problems.empty())
            fuzz::fail("the fixture's config is refused: " + problemsText(problems));

        x.pristine = root / "pristine-run";
        x.work = root / "work-run";
        {
            TrainingRun run = TrainingRun::create(config, x.pristine.string());
            run.train(config.steps, {});
            const CheckpointInfo saved = run.saveCheckpoint();
            x.checkpoint = fs::relative(saved.path, x.pristine);
        }
        x.request.rows = 2;
        x.request.cols = 2;
        x.request.seed = 7;
        x.reference = drawGrid(x.pristine, x.request);
        if (x.reference.empty())
            fuzz::fail("the fixture's run draws an empty grid");
        if (const char* out = std::getenv("GANLAB_FUZZ_WRITE_CHECKPOINT"))
            fs::copy_file(x.pristine / x.checkpoint, out, fs::copy_options::overwrite_existing);
        return x;
    }();
    return f;
}

using Entries = std::vector<std::pair<std::string, std::vector<std::uint8_t>>>;

// The entries of a zip held in memory, in order; nothing when it does not open or read whole.
std::optional<Entries> unzip(const std::uint8_t* data, std::size_t size) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(data, size, 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return std::nullopt;
    }
    Entries entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count && i < 4096; ++i) {
        zip_stat_t st;
        zip_file_t* file = nullptr;
        if (zip_stat_index(archive, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
            st.size > (1u << 24) || !(file = zip_fopen_index(archive, i, 0))) {
            zip_discard(archive);
            return std::nullopt;
        }
        std::vector<std::uint8_t> bytes(st.size);
        const zip_int64_t got = zip_fread(file, bytes.data(), bytes.size());
        zip_fclose(file);
        if (got != static_cast<zip_int64_t>(bytes.size())) {
            zip_discard(archive);
            return std::nullopt;
        }
        entries.emplace_back(st.name, std::move(bytes));
    }
    zip_discard(archive);
    return entries;
}

// A zip of those entries, stored (as torch writes them), with their CRCs.
std::vector<std::uint8_t> rezip(const Entries& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive)
        std::abort();
    zip_source_keep(target);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* part = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), part, ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(part);
            continue;
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    std::vector<std::uint8_t> out;
    if (zip_close(archive) != 0) {
        zip_discard(archive);
    } else if (zip_source_open(target) == 0) {
        std::uint8_t chunk[1 << 14];
        for (zip_int64_t n; (n = zip_source_read(target, chunk, sizeof chunk)) > 0;)
            out.insert(out.end(), chunk, chunk + n);
        zip_source_close(target);
    }
    zip_source_free(target);
    return out;
}

} // namespace

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t maxSize);

// One in four mutations is of the file's bytes (the container, its CRCs); the others mutate one
// entry — the pickles and TorchScript code half the time — and rewrite the zip around it.
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t maxSize, unsigned int seed) {
    std::minstd_rand random(seed);
    std::optional<Entries> entries;
    if (random() % 4 != 0)
        entries = unzip(data, size);
    if (!entries || entries->empty())
        return LLVMFuzzerMutate(data, size, maxSize);
    std::vector<std::size_t> structural;
    for (std::size_t i = 0; i < entries->size(); ++i)
        if (!(*entries)[i].first.starts_with("archive/data/") ||
            (*entries)[i].first.ends_with(".pkl"))
            structural.push_back(i);
    const std::size_t pick = !structural.empty() && random() % 2 == 0
                                 ? structural[random() % structural.size()]
                                 : random() % entries->size();
    auto& bytes = (*entries)[pick].second;
    const std::size_t before = bytes.size();
    bytes.resize(before + 256);
    bytes.resize(LLVMFuzzerMutate(bytes.data(), before, bytes.size()));
    const std::vector<std::uint8_t> out = rezip(*entries);
    if (out.empty() || out.size() > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, out.data(), out.size());
    return out.size();
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ganlab;
    const Fixture& f = fixture();
    fs::remove_all(f.work);
    fs::copy(f.pristine, f.work, fs::copy_options::recursive);
    fuzz::writeFile(f.work / f.checkpoint, data, size);
    GANLAB_FUZZ_EXPECT_ERROR({
        TrainingRun run = TrainingRun::open(f.work.string());
        const Image grid = run.sampleGrid(f.request);
        if (grid.width != f.reference.width || grid.height != f.reference.height ||
            grid.channels != f.reference.channels ||
            grid.pixels.size() !=
                static_cast<std::size_t>(grid.width) * grid.height * grid.channels)
            fuzz::fail("a grid of " + std::to_string(grid.width) + "x" +
                       std::to_string(grid.height) + "x" + std::to_string(grid.channels) +
                       " instead of the reference's shape");
    });
    // Nothing of that input may linger: the good run opens and draws exactly as before.
    try {
        if (drawGrid(f.pristine, f.request).pixels != f.reference.pixels)
            fuzz::fail("the pristine run draws a different grid after this input");
    } catch (const Error& e) {
        fuzz::fail(std::string("the pristine run no longer opens after this input: ") + e.what());
    }
    return 0;
}
