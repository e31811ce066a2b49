// Tests of sample rendering (train/sample_render) with tiny registered generators: grid geometry,
// seeds, one row per class, truncation, interpolation strips, fade previews and the refusals.
#include "torch_prelude.h" // torch first, as in the other torch tests

#include "api/error.h"
#include "models/model_registry.h"
#include "train/sample_render.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

using namespace ganlab;

namespace {

constexpr int kRes = 16;

ModelSpec specOf(int channels, int classes) {
    ModelSpec s;
    s.resolution = kRes;
    s.channels = channels;
    s.latentDim = 8;
    s.numClasses = classes;
    s.width = 0.125;
    return s;
}

// A tiny generator whose pictures depend visibly on z and the class: DCGAN's N(0, 0.02) start
// gives a flat grey (127–128) in eval mode, where no batch statistics rescale the activations, so
// every weight tensor is redrawn with a spread that keeps the activations near unit scale.
GeneratorPtr makeGenerator(const std::string& family, const ModelSpec& spec) {
    torch::manual_seed(7);
    auto g = findModel(family).makeGenerator(spec);
    torch::NoGradGuard guard;
    for (auto& p : g->parameters())
        if (p.dim() >= 2)
            p.normal_(0, 2.0 / std::sqrt(double(p.numel() / p.size(1))));
    return g;
}

SampleRequest request(int rows, int cols, std::uint64_t seed, int padding = 2) {
    SampleRequest r;
    r.rows = rows;
    r.cols = cols;
    r.seed = seed;
    r.padding = padding;
    r.padValue = 77;
    return r;
}

int gridSide(int cells, int padding) {
    return cells * kRes + (cells + 1) * padding;
}

// The pixels of one tile (row, col) of a grid with the given padding.
std::vector<std::uint8_t> tile(const Image& im, int row, int col, int padding) {
    std::vector<std::uint8_t> out;
    const int x0 = padding + col * (kRes + padding), y0 = padding + row * (kRes + padding);
    for (int y = 0; y < kRes; ++y)
        for (int x = 0; x < kRes; ++x)
            for (int c = 0; c < im.channels; ++c)
                out.push_back(im.at(x0 + x, y0 + y, c));
    return out;
}

int maxDifference(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
    int worst = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        worst = std::max(worst, std::abs(int(a[i]) - int(b[i])));
    return worst;
}

MessageCode refusalCode(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Usage);
        return e.message().code;
    }
    ADD_FAILURE() << "no Error thrown";
    return MessageCode::Text;
}

} // namespace

class TestSampleRenderChannels : public ::testing::TestWithParam<int> {};

TEST_P(TestSampleRenderChannels, gridGeometry) {
    const int channels = GetParam();
    const ModelSpec spec = specOf(channels, 0);
    auto g = makeGenerator("dcgan", spec);
    const Image im = renderSampleGrid(*g, spec, request(2, 3, 1));
    EXPECT_EQ(im.width, gridSide(3, 2));
    EXPECT_EQ(im.height, gridSide(2, 2));
    EXPECT_EQ(im.channels, channels);
    ASSERT_EQ(im.pixels.size(), std::size_t(im.width) * im.height * channels);
    for (int c = 0; c < channels; ++c) {
        EXPECT_EQ(im.at(0, 0, c), 77);
        EXPECT_EQ(im.at(im.width - 1, im.height - 1, c), 77);
        EXPECT_EQ(im.at(kRes + 2, 5, c), 77); // the gutter between the first two columns
    }
    // Other padding: no gutter at all.
    const Image tight = renderSampleGrid(*g, spec, request(4, 1, 1, 0));
    EXPECT_EQ(tight.width, kRes);
    EXPECT_EQ(tight.height, 4 * kRes);
}

INSTANTIATE_TEST_SUITE_P(Channels, TestSampleRenderChannels, ::testing::Values(1, 3),
                         [](const auto& info) { return info.param == 1 ? "gray" : "rgb"; });

TEST(TestSampleRender, seedDecidesThePixels) {
    const ModelSpec spec = specOf(3, 0);
    auto g = makeGenerator("dcgan", spec);
    const Image a = renderSampleGrid(*g, spec, request(2, 2, 11));
    const Image b = renderSampleGrid(*g, spec, request(2, 2, 11));
    const Image c = renderSampleGrid(*g, spec, request(2, 2, 12));
    EXPECT_EQ(a.pixels, b.pixels);
    ASSERT_EQ(a.pixels.size(), c.pixels.size());
    EXPECT_NE(a.pixels, c.pixels);
    // The tiles of one grid differ from each other (each cell its own latent).
    EXPECT_NE(tile(a, 0, 0, 2), tile(a, 1, 1, 2));
}

TEST(TestSampleRender, trainingModeIsRestored) {
    const ModelSpec spec = specOf(1, 0);
    auto g = makeGenerator("dcgan", spec);
    g->train(true);
    renderSampleGrid(*g, spec, request(1, 2, 3));
    EXPECT_TRUE(g->is_training());
    g->eval();
    renderSampleGrid(*g, spec, request(1, 2, 3));
    EXPECT_FALSE(g->is_training());
}

TEST(TestSampleRender, oneRowPerListedClass) {
    const ModelSpec spec = specOf(1, 2);
    auto g = makeGenerator("dcgan", spec);
    SampleRequest r = request(5, 2, 21);
    r.classes = {1, 0, 1};
    const Image listed = renderSampleGrid(*g, spec, r);
    EXPECT_EQ(listed.height, gridSide(3, 2)); // rows come from the classes, not from r.rows
    EXPECT_EQ(listed.width, gridSide(2, 2));

    // Without classes, row k shows class k % 2: the same latents as classes {0, 1}.
    SampleRequest plain = request(2, 2, 21);
    SampleRequest inOrder = plain;
    inOrder.classes = {0, 1};
    SampleRequest swapped = plain;
    swapped.classes = {1, 0};
    const Image p = renderSampleGrid(*g, spec, plain);
    EXPECT_EQ(renderSampleGrid(*g, spec, inOrder).pixels, p.pixels);
    const Image s = renderSampleGrid(*g, spec, swapped);
    ASSERT_EQ(s.pixels.size(), p.pixels.size());
    EXPECT_NE(s.pixels, p.pixels); // the class changes the image of the same latent

    // A single listed class: every row of that class.
    SampleRequest ones = request(1, 2, 21);
    ones.classes = {1};
    SampleRequest zeros = ones;
    zeros.classes = {0};
    EXPECT_EQ(renderSampleGrid(*g, spec, zeros).pixels,
              renderSampleGrid(*g, spec, request(1, 2, 21)).pixels);
    EXPECT_NE(renderSampleGrid(*g, spec, ones).pixels, renderSampleGrid(*g, spec, zeros).pixels);
}

TEST(TestSampleRender, truncationStillRenders) {
    const ModelSpec spec = specOf(3, 0);
    auto g = makeGenerator("dcgan", spec);
    SampleRequest r = request(2, 2, 5);
    const Image full = renderSampleGrid(*g, spec, r);
    r.truncation = 0.5;
    const Image truncated = renderSampleGrid(*g, spec, r);
    EXPECT_EQ(truncated.width, full.width);
    EXPECT_EQ(truncated.height, full.height);
    ASSERT_EQ(truncated.pixels.size(), full.pixels.size());
    EXPECT_NE(truncated.pixels, full.pixels);
    EXPECT_EQ(renderSampleGrid(*g, spec, r).pixels, truncated.pixels); // still seeded
    r.truncation = 0.05; // far below 1: resampling gives up and clamps, still an image
    EXPECT_EQ(renderSampleGrid(*g, spec, r).pixels.size(), full.pixels.size());
}

TEST(TestSampleRender, gridCellsRefused) {
    const ModelSpec spec = specOf(1, 0);
    auto g = makeGenerator("dcgan", spec);
    // Products past int's range (46341², 65536²) are refused too, not wrapped into the limit.
    for (auto [rows, cols] :
         {std::pair{0, 4}, {4, 0}, {-1, 4}, {65, 64}, {1, 4097}, {46341, 46341}, {65536, 65536}}) {
        EXPECT_EQ(refusalCode([&] { renderSampleGrid(*g, spec, request(rows, cols, 1)); }),
                  MessageCode::GridCells)
            << rows << "×" << cols;
    }
    SampleRequest tooManyClasses = request(1, 2, 1);
    tooManyClasses.classes.assign(2049, 0);
    EXPECT_EQ(refusalCode([&] { renderSampleGrid(*g, spec, tooManyClasses); }),
              MessageCode::GridCells);
    // The largest grid allowed renders.
    const Image widest = renderSampleGrid(*g, spec, request(1, 4096, 1, 0));
    EXPECT_EQ(widest.width, 4096 * kRes);
    EXPECT_EQ(widest.height, kRes);
}

TEST(TestSampleRender, classOutOfRangeRefused) {
    const ModelSpec spec = specOf(1, 2);
    auto g = makeGenerator("dcgan", spec);
    for (int bad : {2, -1, 100}) {
        SampleRequest r = request(1, 2, 1);
        r.classes = {0, bad};
        try {
            renderSampleGrid(*g, spec, r);
            ADD_FAILURE() << "class " << bad << " accepted";
        } catch (const Error& e) {
            EXPECT_EQ(e.message().code, MessageCode::ClassOutOfRange);
            EXPECT_EQ(e.message().args, (std::vector<std::string>{std::to_string(bad), "1"}));
        }
    }
}

TEST(TestSampleRender, interpolationStrip) {
    const ModelSpec spec = specOf(3, 0);
    auto g = makeGenerator("dcgan", spec);
    const SampleRequest grid = request(2, 3, 9);
    const Image strip = renderInterpolation(*g, spec, grid, 0, 5, 5);
    EXPECT_EQ(strip.width, gridSide(5, 2));
    EXPECT_EQ(strip.height, gridSide(1, 2));
    EXPECT_EQ(strip.channels, 3);
    EXPECT_EQ(strip.at(0, 0), 77);
    // The ends are the two cells themselves (up to a rounding step of another batch size).
    const Image cells = renderSampleGrid(*g, spec, grid);
    EXPECT_LE(maxDifference(tile(strip, 0, 0, 2), tile(cells, 0, 0, 2)), 1);
    EXPECT_LE(maxDifference(tile(strip, 0, 4, 2), tile(cells, 1, 2, 2)), 1);
    EXPECT_GT(maxDifference(tile(strip, 0, 0, 2), tile(strip, 0, 4, 2)), 1);
    // Same request, same strip.
    EXPECT_EQ(renderInterpolation(*g, spec, grid, 0, 5, 5).pixels, strip.pixels);
    EXPECT_EQ(renderInterpolation(*g, spec, grid, 1, 2, 2).width, gridSide(2, 2));
    EXPECT_EQ(renderInterpolation(*g, spec, grid, 3, 3, 64).width, gridSide(64, 2));
}

TEST(TestSampleRender, interpolationOfConditionalGrid) {
    const ModelSpec spec = specOf(1, 2);
    auto g = makeGenerator("dcgan", spec);
    SampleRequest grid = request(1, 2, 4);
    grid.classes = {0, 1};
    const Image strip = renderInterpolation(*g, spec, grid, 0, 3, 3);
    EXPECT_EQ(strip.width, gridSide(3, 2));
    const Image cells = renderSampleGrid(*g, spec, grid);
    EXPECT_LE(maxDifference(tile(strip, 0, 2, 2), tile(cells, 1, 1, 2)), 1);
}

TEST(TestSampleRender, interpolationRefusals) {
    const ModelSpec spec = specOf(1, 0);
    auto g = makeGenerator("dcgan", spec);
    const SampleRequest grid = request(2, 3, 1);
    for (auto [from, to] : {std::pair{-1, 0}, {0, -1}, {6, 0}, {0, 6}, {0, 100}})
        EXPECT_EQ(refusalCode([&] { renderInterpolation(*g, spec, grid, from, to, 4); }),
                  MessageCode::InterpolationCellsOutside)
            << from << "→" << to;
    for (int frames : {-3, 0, 1, 65, 1000})
        EXPECT_EQ(refusalCode([&] { renderInterpolation(*g, spec, grid, 0, 1, frames); }),
                  MessageCode::InterpolationFrames)
            << frames;
    EXPECT_EQ(refusalCode([&] { renderInterpolation(*g, spec, request(0, 3, 1), 0, 1, 4); }),
              MessageCode::GridCells);
}

TEST(TestSampleRender, noFadePreviewForFixedModel) {
    const ModelSpec spec = specOf(1, 0);
    auto g = makeGenerator("dcgan", spec);
    EXPECT_FALSE(renderFadePreview(*g, spec, request(2, 3, 1), -1).has_value());
    EXPECT_FALSE(renderFadePreview(*g, spec, request(2, 3, 1), 0.5).has_value());
}

TEST(TestSampleRender, fadePreviewOfGrowingModel) {
    const ModelSpec spec = specOf(1, 0);
    auto g = makeGenerator("pggan", spec);
    ASSERT_TRUE(setGrowth(*g, {0, 1.0}));
    EXPECT_FALSE(renderFadePreview(*g, spec, request(2, 3, 1), -1).has_value()); // first level
    ASSERT_TRUE(setGrowth(*g, {1, 0.25}));
    const auto own = renderFadePreview(*g, spec, request(2, 3, 1), -1);
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->level, 1);
    EXPECT_DOUBLE_EQ(own->alpha, 0.25);
    EXPECT_EQ(own->lowerResolution, 4);
    EXPECT_EQ(own->upperResolution, 8);
    for (const Image* strip : {&own->lower, &own->upper, &own->blend}) {
        EXPECT_EQ(strip->width, gridSide(3, 2)); // one row of the request's columns
        EXPECT_EQ(strip->height, gridSide(1, 2));
    }
    EXPECT_NE(own->lower.pixels, own->upper.pixels);
    const auto clamped = renderFadePreview(*g, spec, request(2, 3, 1), 2.0);
    ASSERT_TRUE(clamped.has_value());
    EXPECT_DOUBLE_EQ(clamped->alpha, 1.0);
    EXPECT_LE(maxDifference(clamped->blend.pixels, clamped->upper.pixels), 1); // lerp at 1
}
