// Tests of the study charts: sizes, series colours in the pixels, log axes, degenerate data
// (empty, NaN, one point, all equal, huge and tiny magnitudes), strips, stacks, ASCII text and a
// PNG round trip.
#include "study/chart.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>

using namespace ganlab;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

// Pixels within `tolerance` of an RGB colour in each channel.
int countNear(const Image& image, int r, int g, int b, int tolerance = 12) {
    int count = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (std::abs(image.at(x, y, 0) - r) <= tolerance &&
                std::abs(image.at(x, y, 1) - g) <= tolerance &&
                std::abs(image.at(x, y, 2) - b) <= tolerance)
                ++count;
    return count;
}

int countNonWhite(const Image& image) {
    int count = 0;
    for (std::size_t i = 0; i < image.pixels.size(); ++i)
        count += image.pixels[i] < 200;
    return count;
}

void expectChart(const Image& image, int width, int height) {
    ASSERT_EQ(image.channels, 3);
    ASSERT_EQ(image.width, width);
    ASSERT_EQ(image.height, height);
    ASSERT_EQ(image.pixels.size(), std::size_t(width) * height * 3);
    ASSERT_EQ(int(image.at(0, 0, 0)), 255); // white background
}

ChartSeries curve(const std::string& name, double scale, int n = 20) {
    ChartSeries s{.name = name};
    for (int i = 0; i < n; ++i) {
        s.x.push_back(1000.0 * i);
        s.y.push_back(scale * (100.0 / (1 + i) + 5));
    }
    return s;
}

ChartSpec demoSpec() {
    ChartPanel fd{.title = "FD against images shown",
                  .xLabel = "images shown",
                  .yLabel = "FD (lower is better)",
                  .series = {curve("baseline", 1.0), curve("DiffAugment", 0.8)},
                  .hLines = {30}};
    fd.series[1].dashed = true;
    fd.series[0].y[7] = kNaN; // a gap in the line
    ChartPanel minutes = fd;
    minutes.title = "FD against training time";
    minutes.xLabel = "training minutes";
    minutes.logY = true;
    for (auto& s : minutes.series)
        for (auto& x : s.x)
            x /= 3000.0;
    ChartSeries tradeoff{.name = "precision vs recall", .pointLabels = {}};
    const double thresholds[] = {0.25, 0.5, 0.75, 1.0, 1.5};
    for (int i = 0; i < 5; ++i) {
        tradeoff.x.push_back(0.2 + 0.12 * i);
        tradeoff.y.push_back(0.9 - 0.09 * i * i / 4.0);
        tradeoff.pointLabels.push_back("psi=" + std::to_string(thresholds[i]).substr(0, 4));
    }
    ChartSeries scatter{.name = "classes", .line = false};
    for (int i = 0; i < 30; ++i) {
        scatter.x.push_back(0.1 + 0.02 * i);
        scatter.y.push_back(0.12 + 0.018 * i + 0.03 * std::sin(i));
    }
    ChartSeries equal{.name = "equally diverse", .markers = false, .dashed = true};
    equal.x = {0.1, 0.7};
    equal.y = {0.1, 0.7};
    ChartPanel pr{.title = "Precision against recall (ψ ← truncation)",
                  .xLabel = "recall",
                  .yLabel = "precision",
                  .series = {tradeoff}};
    ChartPanel msssim{.title = "MS-SSIM per class — samples ± real",
                      .xLabel = "real MS-SSIM",
                      .yLabel = "sample MS-SSIM",
                      .series = {scatter, equal}};
    return {.panels = {fd, minutes, pr, msssim},
            .columns = 2,
            .caption = "Study figure: four panels; σ of three seeds is not shown."};
}

} // namespace

TEST(TestChart, sizeFollowsPanelsAndColumns) {
    ChartPanel p{.title = "t", .series = {curve("a", 1)}};
    const Image one = drawChart({.panels = {p}, .panelWidth = 300, .panelHeight = 200});
    expectChart(one, 300, 200);
    // Three panels in a row: three widths; with two columns: two rows.
    ChartPanel q{.title = "u", .series = {curve("b", 1)}};
    expectChart(drawChart({.panels = {p, q, p}, .panelWidth = 300, .panelHeight = 200}), 900, 200);
    expectChart(
        drawChart({.panels = {p, q, p}, .panelWidth = 300, .panelHeight = 200, .columns = 2}), 600,
        400);
    // No panels at all: one empty panel saying so.
    expectChart(drawChart({}), 520, 380);
    // A caption adds room below; so does a legend shared by panels with the same series.
    const Image captioned =
        drawChart({.panels = {p}, .panelWidth = 300, .panelHeight = 200, .caption = "note"});
    ASSERT_EQ(captioned.width, 300);
    ASSERT_GT(captioned.height, 200);
    const Image shared =
        drawChart({.panels = {p, p}, .panelWidth = 300, .panelHeight = 200, .columns = 2});
    ASSERT_EQ(shared.width, 600);
    ASSERT_GT(shared.height, 200);
}

TEST(TestChart, seriesColoursAppearAndHiddenSeriesAreHarmless) {
    ChartSeries empty{.name = "empty"};
    ChartSeries allNaN{.name = "nan", .x = {1, 2, 3}, .y = {kNaN, kInf, -kInf}};
    ChartSeries ragged{.name = "ragged", .x = {1, 2, 3}, .y = {1}};
    ChartPanel p{.title = "colours",
                 .series = {curve("blue", 1), empty, allNaN, ragged, curve("purple", 2)}};
    const Image image = drawChart({.panels = {p}});
    expectChart(image, 520, 380);
    // tab10 in order of appearance: blue, orange (empty), green (nan), red (ragged), purple.
    ASSERT_GT(countNear(image, 31, 119, 180), 50);
    ASSERT_GT(countNear(image, 148, 103, 189), 50);
    ASSERT_GT(countNear(image, 214, 39, 40), 0);     // "ragged" has one point: a marker
    ASSERT_EQ(countNear(image, 44, 160, 44, 30), 0); // all NaN: nothing drawn, not in the legend
    // The same name keeps its colour in another panel, wherever it comes in the list.
    ChartPanel other{.series = {curve("purple", 1)}};
    const Image two = drawChart({.panels = {p, other}});
    ASSERT_GT(countNear(two, 148, 103, 189), 100);
    ASSERT_EQ(countNear(two, 31, 119, 180) > 0, true);
}

TEST(TestChart, logAxisSkipsNonPositiveValues) {
    ChartSeries s{.name = "s", .x = {-1, 0, 1, 10, 100}, .y = {5, 5, 1, 10, 100}};
    ChartPanel logPanel{.title = "log", .logX = true, .logY = true, .series = {s}};
    const Image image = drawChart({.panels = {logPanel}});
    expectChart(image, 520, 380);
    ASSERT_GT(countNear(image, 31, 119, 180), 50);
    // The same as without the non-positive points (they come first: no gap in the line).
    ChartSeries positive{.name = "s", .x = {1, 10, 100}, .y = {1, 10, 100}};
    ChartPanel positivePanel{.title = "log", .logX = true, .logY = true, .series = {positive}};
    ASSERT_EQ(drawChart({.panels = {positivePanel}}).pixels, image.pixels);
    // Nothing positive: no data (and no series colour), but no crash either.
    ChartSeries bad{.name = "bad", .x = {-1, 0}, .y = {1, 2}};
    const Image none = drawChart({.panels = {{.title = "nothing", .logX = true, .series = {bad}}}});
    expectChart(none, 520, 380);
    ASSERT_EQ(countNear(none, 31, 119, 180, 30), 0);
    ASSERT_GT(countNonWhite(none), 0); // title and "no data"
    // A narrow log range (under a decade) and a wide one (many decades).
    ChartSeries narrow{.x = {2, 3, 4}, .y = {1e-9, 1e3, 1e12}};
    expectChart(drawChart({.panels = {{.logX = true, .logY = true, .series = {narrow}}}}), 520,
                380);
}

TEST(TestChart, degenerateDataDrawsSomething) {
    const std::vector<ChartSeries> cases = {
        {.name = "one point", .x = {3}, .y = {7}},
        {.name = "all equal", .x = {1, 2, 3}, .y = {5, 5, 5}},
        {.name = "all zero", .x = {0, 0}, .y = {0, 0}},
        {.name = "huge", .x = {-1e308, 1e308}, .y = {1e300, -1e300}},
        {.name = "tiny", .x = {1e-300, 2e-300}, .y = {4e-320, 5e-320}},
        {.name = "close", .x = {1e15, 1e15 + 1}, .y = {1, 1 + 1e-15}},
        {.name = "one point no markers", .x = {1}, .y = {1}, .markers = false},
        {.name = "labels", .x = {1, 2}, .y = {1, 2}, .pointLabels = {"a long label ≈", ""}},
    };
    for (const auto& s : cases) {
        SCOPED_TRACE(s.name);
        const Image image = drawChart({.panels = {{.title = s.name, .series = {s}}}});
        expectChart(image, 520, 380);
        ASSERT_GT(countNear(image, 31, 119, 180), 0);
    }
    // Reference lines only, an empty panel, a tiny panel, many series and a long title.
    expectChart(drawChart({.panels = {{.hLines = {1, kNaN}}, {}}}), 1040, 380);
    expectChart(
        drawChart({.panels = {{.series = {curve("a", 1)}}}, .panelWidth = 10, .panelHeight = 10}),
        64, 64);
    ChartPanel crowded{.title = std::string(300, 'T')};
    for (int i = 0; i < 25; ++i)
        crowded.series.push_back(curve("series number " + std::to_string(i), 1 + i));
    expectChart(drawChart({.panels = {crowded}}), 520, 380);
}

TEST(TestChart, stripAndStack) {
    Image gray{.width = 8, .height = 8, .channels = 1, .pixels = std::vector<std::uint8_t>(64, 0)};
    Image rgb{.width = 16, .height = 8, .channels = 3, .pixels = {}};
    for (int i = 0; i < 16 * 8; ++i)
        rgb.pixels.insert(rgb.pixels.end(), {200, 20, 20});
    const Image one = labelledStrip({gray}, {"one"}, 64);
    const Image two = labelledStrip({gray, gray}, {"one", "two"}, 64);
    ASSERT_EQ(one.channels, 1); // all gray stays gray
    ASSERT_GT(two.width, one.width + 60);
    ASSERT_GT(one.height, 64); // the captions above
    ASSERT_LT(one.height, 64 + 60);
    const Image uncaptioned = labelledStrip({gray}, {}, 64);
    ASSERT_LT(uncaptioned.height, one.height);
    ASSERT_EQ(uncaptioned.height, 64 + 16);
    // Mixed: RGB, the gray image (scaled by nearest neighbour: still pure black) and red.
    const Image mixed = labelledStrip({gray, rgb, Image{}}, {"gray ψ", "red", "empty"}, 80);
    ASSERT_EQ(mixed.channels, 3);
    ASSERT_GT(countNear(mixed, 200, 20, 20, 0), 80 * 150);
    ASSERT_GE(countNear(mixed, 0, 0, 0, 0), 80 * 80);
    ASSERT_TRUE(labelledStrip({}, {}).empty());

    const Image stacked = stackVertically({gray, rgb}, 4);
    ASSERT_EQ(stacked.width, 16);
    ASSERT_EQ(stacked.height, 20);
    ASSERT_EQ(stacked.channels, 3);
    ASSERT_EQ(int(stacked.at(0, 0, 0)), 255); // centred: white beside the narrow one
    ASSERT_EQ(int(stacked.at(4, 0, 0)), 0);
    ASSERT_EQ(int(stacked.at(0, 12, 0)), 200);
    ASSERT_TRUE(stackVertically({}).empty());
}

TEST(TestChart, textBecomesAscii) {
    ASSERT_EQ(chartText("FD ← ψ ± σ — done"), "FD <- psi +/- sigma - done");
    ASSERT_EQ(chartText("Ψ Σ Δ"), "Psi Sigma Delta");
    ASSERT_EQ(chartText("≤ ≥ × … “q”"), "<= >= x ... \"q\"");
    ASSERT_EQ(chartText("café naïve"), "cafe naive");
    ASSERT_EQ(chartText("中"), "?");
    ASSERT_EQ(chartText(std::string("a\xff"
                                    "b\xe2\x86")),
              "a?b??");
    ASSERT_EQ(chartText("line\nbreak"), "line break");
}

TEST(TestChart, pngRoundTripAndDemo) {
    const Image chart = drawChart(demoSpec());
    expectChart(chart, 1040, chart.height);
    ASSERT_GT(chart.height, 760);
    const auto dir = std::filesystem::temp_directory_path() / "ganlab_tst_chart";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "chart.png").string();
    writePng(chart, path);
    const Image back = readImage(path);
    ASSERT_EQ(back.width, chart.width);
    ASSERT_EQ(back.height, chart.height);
    ASSERT_EQ(back.channels, 3);
    ASSERT_EQ(back.pixels, chart.pixels);
    std::filesystem::remove_all(dir);
    // GANLAB_CHART_DEMO=path keeps a figure to look at.
    if (const char* demo = std::getenv("GANLAB_CHART_DEMO")) {
        Image strip = labelledStrip({chart}, {"the demo chart, as a strip"}, 200);
        writePng(stackVertically({chart, strip}), demo);
    }
}
