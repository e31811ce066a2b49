// Chart: line and scatter charts rasterized with OpenCV — drawn anti-aliased at twice the size and
// averaged down, ticks on 1-2-5 values (decades on log axes), tab10 colours and marker shapes by
// series name, the legend in the emptiest corner of the plot or under the panels.
#include "study/chart.h"
#include "study/chart_axes.h"
#include "study/chart_canvas.h"
#include "study/chart_legend.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace ganlab {
namespace {

using namespace chart;

// ---- series ----

// The key of a panel's n-th unnamed series (no name can start with \x01).
std::string unnamedKey(int n) {
    std::string key(1, '\x01');
    key += std::to_string(n);
    return key;
}

// Colour and marker by series name (unnamed ones by their place among a panel's unnamed), in
// order of first appearance over all panels.
std::map<std::string, Style> assignStyles(const std::vector<ChartPanel>& panels) {
    std::map<std::string, Style> styles;
    int next = 0;
    for (const auto& p : panels) {
        int unnamed = 0;
        for (const auto& s : p.series) {
            const std::string key = s.name.empty() ? unnamedKey(unnamed++) : s.name;
            if (!styles.count(key)) {
                styles[key] = {kPalette[next % kPalette.size()], next % kMarkerShapes};
                ++next;
            }
        }
    }
    return styles;
}

Style styleOf(const std::map<std::string, Style>& styles, const ChartPanel& p, std::size_t index) {
    int unnamed = 0;
    for (std::size_t i = 0; i < index; ++i)
        unnamed += p.series[i].name.empty();
    const auto& s = p.series[index];
    const auto it = styles.find(s.name.empty() ? unnamedKey(unnamed) : s.name);
    return it != styles.end() ? it->second : Style{kPalette[0], 0};
}

// A series in output pixels: its unbroken runs of points, and the labelled points.
struct PlacedSeries {
    const ChartSeries* series;
    Style style;
    std::vector<std::vector<cv::Point2d>> runs;
    std::vector<std::pair<cv::Point2d, std::string>> labels;
    std::size_t points = 0;
};

std::vector<LegendEntry> panelEntries(const ChartPanel& p,
                                      const std::map<std::string, Style>& styles, bool withDataOnly,
                                      const std::vector<bool>& hasData) {
    std::vector<LegendEntry> entries;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < p.series.size(); ++i) {
        const auto& s = p.series[i];
        if (s.name.empty() || (withDataOnly && !hasData[i]) || !seen.insert(s.name).second)
            continue;
        entries.push_back({chartText(s.name), styleOf(styles, p, i), s.line, s.markers, s.dashed});
    }
    return entries;
}

cv::Rect2d grown(const cv::Rect2d& r, double by) {
    return {r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by};
}

// Coarse counts of what is drawn where, in 4 px cells: where a legend or a label hides least.
class Occupancy {
public:
    explicit Occupancy(const cv::Rect2d& area)
        : origin_(area.tl())
        , cols_(std::max(1, static_cast<int>(std::ceil(area.width / kCell))))
        , rows_(std::max(1, static_cast<int>(std::ceil(area.height / kCell))))
        , drawn_(static_cast<std::size_t>(cols_) * rows_, 0)
        , labels_(drawn_.size(), 0) {}

    void addPoint(cv::Point2d p, int weight) {
        const int x = cell(p.x - origin_.x, cols_), y = cell(p.y - origin_.y, rows_);
        if (x >= 0 && x < cols_ && y >= 0 && y < rows_)
            drawn_[static_cast<std::size_t>(y) * cols_ + x] += weight;
    }
    void addSegment(cv::Point2d a, cv::Point2d b) {
        const int samples = std::clamp(static_cast<int>(cv::norm(b - a) / 2), 1, 4000);
        for (int k = 1; k <= samples; ++k)
            addPoint(a + (b - a) * (double(k) / samples), 1);
    }
    void addLabel(const cv::Rect2d& r) {
        forCells(r, [&](std::size_t i) { ++labels_[i]; });
    }
    // What lies under `r`; each label cell counts `labelWeight`.
    long cost(const cv::Rect2d& r, long labelWeight) const {
        long sum = 0;
        forCells(r, [&](std::size_t i) { sum += drawn_[i] + labelWeight * labels_[i]; });
        return sum;
    }

private:
    static constexpr double kCell = 4;
    static int cell(double offset, int count) {
        return static_cast<int>(std::floor(std::clamp(offset / kCell, -1.0, double(count))));
    }
    template <typename F> void forCells(const cv::Rect2d& r, F f) const {
        const int x0 = std::max(0, cell(r.x - origin_.x, cols_)),
                  x1 = std::min(cols_ - 1, cell(r.x + r.width - origin_.x, cols_)),
                  y0 = std::max(0, cell(r.y - origin_.y, rows_)),
                  y1 = std::min(rows_ - 1, cell(r.y + r.height - origin_.y, rows_));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f(static_cast<std::size_t>(y) * cols_ + x);
    }

    cv::Point2d origin_;
    int cols_, rows_;
    std::vector<int> drawn_, labels_;
};

// Point labels beside their points where they cover the least: not outside the plot, not over
// each other.
void drawPointLabels(cv::Mat& m, const std::vector<PlacedSeries>& placed, Occupancy& occupancy,
                     const cv::Rect2d& plot) {
    const cv::Rect2d allowed = grown(plot, 4);
    for (const auto& ps : placed) {
        const Color dark = ps.style.color * 0.72;
        for (const auto& [pt, text] : ps.labels) {
            const auto size = measure(text, kPointFont);
            const double w = size.width, h = size.height, gap = 6;
            const std::array<cv::Point2d, 6> origins = {
                // baseline starts
                cv::Point2d(pt.x + gap, pt.y - gap),
                cv::Point2d(pt.x + gap, pt.y + gap + h),
                cv::Point2d(pt.x - gap - w, pt.y - gap),
                cv::Point2d(pt.x - gap - w, pt.y + gap + h),
                cv::Point2d(pt.x + gap + 2, pt.y + h / 2),
                cv::Point2d(pt.x - gap - 2 - w, pt.y + h / 2)};
            int best = 0;
            long bestScore = -1;
            for (std::size_t c = 0; c < origins.size(); ++c) {
                const cv::Rect2d r(origins[c].x, origins[c].y - h, w, h + size.descent);
                long score = occupancy.cost(grown(r, 1), 100);
                if ((r & allowed).area() < r.area() - 1e-6)
                    score += 100000;
                if (bestScore < 0 || score < bestScore) {
                    best = static_cast<int>(c);
                    bestScore = score;
                }
            }
            occupancy.addLabel({origins[best].x, origins[best].y - h, w, h + size.descent});
            drawTextWithHalo(m, text, origins[best].x, origins[best].y, kPointFont, dark);
        }
    }
}

// One panel in `box` (output px) of the canvas.
void drawPanel(cv::Mat& m, const ChartPanel& p, const cv::Rect2d& box,
               const std::map<std::string, Style>& styles, bool ownLegend) {
    const std::string title = chartText(p.title), xLabel = chartText(p.xLabel),
                      yLabel = chartText(p.yLabel);
    // The data's extent.
    Axis xAxis, yAxis;
    xAxis.log = p.logX;
    yAxis.log = p.logY;
    long double xLo = INFINITY, xHi = -INFINITY, yLo = INFINITY, yHi = -INFINITY;
    std::vector<bool> hasData(p.series.size(), false);
    for (std::size_t i = 0; i < p.series.size(); ++i) {
        const auto& s = p.series[i];
        for (std::size_t k = 0; k < std::min(s.x.size(), s.y.size()); ++k) {
            if (!usable(s.x[k], xAxis.log) || !usable(s.y[k], yAxis.log))
                continue;
            const long double x = toAxis(s.x[k], xAxis.log), y = toAxis(s.y[k], yAxis.log);
            xLo = std::min(xLo, x);
            xHi = std::max(xHi, x);
            yLo = std::min(yLo, y);
            yHi = std::max(yHi, y);
            hasData[i] = true;
        }
    }
    const bool anyData = std::isfinite(xLo);
    std::vector<long double> hLines;
    for (double h : p.hLines)
        if (usable(h, yAxis.log)) {
            hLines.push_back(toAxis(h, yAxis.log));
            if (anyData) {
                yLo = std::min(yLo, hLines.back());
                yHi = std::max(yHi, hLines.back());
            }
        }

    // Margins, then the ticks that fit.
    const auto titleSize = measure("Hg", kTitleFont);
    const auto labelSize = measure("Hg", kLabelFont);
    const auto tickSize = measure("0", kTickFont);
    const double top = 10 + (title.empty() ? 4 : titleSize.height + titleSize.descent + 12);
    const double bottom = 7 + 5 + tickSize.height + 8 +
                          (xLabel.empty() ? 0 : labelSize.height + labelSize.descent + 8) + 4;
    const double right = 20;
    double left = 12 + (yLabel.empty() ? 0 : labelSize.height + labelSize.descent + 10);
    const double plotY0 = box.y + top, plotH = box.height - top - bottom;

    auto drawTitle = [&](double centre) {
        const auto [text, font] = fitText(title, kTitleFont, box.width - 12);
        const auto size = measure(text, font);
        const double x =
            std::clamp(centre - size.width / 2, box.x + 6, box.x + box.width - 6 - size.width);
        drawText(m, text, x, box.y + 10 + titleSize.height, font, kTitle);
    };
    if (!anyData || plotH < 24) {
        drawTitle(box.x + box.width / 2);
        const auto [note, font] = fitText("no data", kNoteFont, box.width - 12);
        const auto size = measure(note, font);
        drawText(m, note, box.x + (box.width - size.width) / 2,
                 box.y + (box.height + size.height) / 2, font, kReference);
        return;
    }
    setRange(xAxis, xLo, xHi);
    setRange(yAxis, yLo, yHi);
    placeTicks(yAxis, plotH, yAxis.log ? 26 : 34, false);
    double widestY = 0;
    for (const auto& l : yAxis.labels)
        widestY = std::max(widestY, measure(l, kTickFont).width);
    left += widestY + 5 + 7;
    const double plotX0 = box.x + left, plotW = box.width - left - right;
    if (plotW < 24) {
        drawTitle(box.x + box.width / 2);
        return;
    }
    placeTicks(xAxis, plotW, xAxis.log ? 40 : 64, true);
    const double plotX1 = plotX0 + plotW, plotY1 = plotY0 + plotH;
    auto px = [&](long double pos) {
        return plotX0 + static_cast<double>(xAxis.fraction(pos)) * plotW;
    };
    auto py = [&](long double pos) {
        return plotY1 - static_cast<double>(yAxis.fraction(pos)) * plotH;
    };

    // Grid, reference lines.
    for (const auto& t : xAxis.ticks)
        drawLine(m, {px(t.pos), plotY0}, {px(t.pos), plotY1}, kGridColor, 1);
    for (const auto& t : yAxis.ticks)
        drawLine(m, {plotX0, py(t.pos)}, {plotX1, py(t.pos)}, kGridColor, 1);
    std::vector<double> hLineYs;
    for (long double h : hLines) {
        hLineYs.push_back(py(h));
        drawDashed(m, {{plotX0, hLineYs.back()}, {plotX1, hLineYs.back()}}, kReference, 1.3, 6, 4);
    }

    // The series.
    std::vector<PlacedSeries> placed;
    for (std::size_t i = 0; i < p.series.size(); ++i) {
        const auto& s = p.series[i];
        PlacedSeries ps{&s, styleOf(styles, p, i), {{}}, {}, 0};
        for (std::size_t k = 0; k < std::min(s.x.size(), s.y.size()); ++k) {
            if (!usable(s.x[k], xAxis.log) || !usable(s.y[k], yAxis.log)) {
                if (!ps.runs.back().empty())
                    ps.runs.emplace_back();
                continue;
            }
            const cv::Point2d pt(px(toAxis(s.x[k], xAxis.log)), py(toAxis(s.y[k], yAxis.log)));
            ps.runs.back().push_back(pt);
            ++ps.points;
            if (k < s.pointLabels.size() && !s.pointLabels[k].empty())
                ps.labels.push_back({pt, chartText(s.pointLabels[k])});
        }
        placed.push_back(std::move(ps));
    }
    for (const auto& ps : placed) {
        const auto& s = *ps.series;
        if (s.line || !s.markers)
            for (const auto& run : ps.runs) {
                if (s.dashed)
                    drawDashed(m, run, ps.style.color, 2);
                else
                    drawPolyline(m, run, ps.style.color, 2);
                if (run.size() == 1 && !s.markers) // a lone point of a line without markers
                    fillCircle(m, run[0], 2.2, ps.style.color);
            }
        if (s.markers) {
            // A long line shows every n-th marker (enough to tell the series apart); a scatter
            // shows all, smaller when they are many.
            const std::size_t every = s.line ? std::max<std::size_t>(1, (ps.points + 29) / 30) : 1;
            const double r = every > 1 || ps.points <= 40 ? 3.6 : ps.points <= 150 ? 2.7 : 1.9;
            std::size_t index = 0;
            for (const auto& run : ps.runs)
                for (const auto& pt : run)
                    if (index++ % every == 0)
                        drawMarkerWithHalo(m, ps.style.marker, pt, r, ps.style.color);
        }
    }
    Occupancy occupancy(box);
    for (const auto& ps : placed)
        for (const auto& run : ps.runs)
            for (std::size_t i = 0; i < run.size(); ++i) {
                occupancy.addPoint(run[i], 3);
                if (i > 0 && (ps.series->line || !ps.series->markers))
                    occupancy.addSegment(run[i - 1], run[i]);
            }
    for (double y : hLineYs)
        occupancy.addSegment({plotX0, y}, {plotX1, y});
    drawPointLabels(m, placed, occupancy, {plotX0, plotY0, plotW, plotH});

    // Axes, ticks and their labels, axis labels, title.
    drawLine(m, {plotX0, plotY1}, {plotX1, plotY1}, kAxisColor, 1);
    drawLine(m, {plotX0, plotY0}, {plotX0, plotY1}, kAxisColor, 1);
    for (std::size_t i = 0; i < xAxis.ticks.size(); ++i) {
        const double x = px(xAxis.ticks[i].pos);
        drawLine(m, {x, plotY1}, {x, plotY1 + 4}, kAxisColor, 1);
        const auto size = measure(xAxis.labels[i], kTickFont);
        const double tx =
            std::clamp(x - size.width / 2, box.x + 2, box.x + box.width - 2 - size.width);
        drawText(m, xAxis.labels[i], tx, plotY1 + 7 + 5 + size.height, kTickFont, kTickText);
    }
    for (std::size_t i = 0; i < yAxis.ticks.size(); ++i) {
        const double y = py(yAxis.ticks[i].pos);
        drawLine(m, {plotX0 - 4, y}, {plotX0, y}, kAxisColor, 1);
        const auto size = measure(yAxis.labels[i], kTickFont);
        drawText(m, yAxis.labels[i], plotX0 - 8 - size.width, y + size.height / 2, kTickFont,
                 kTickText);
    }
    if (!xLabel.empty()) {
        const auto [text, font] = fitText(xLabel, kLabelFont, box.width - 12);
        const auto size = measure(text, font);
        const double x = std::clamp(plotX0 + (plotW - size.width) / 2, box.x + 6,
                                    box.x + box.width - 6 - size.width);
        drawText(m, text, x, box.y + box.height - 4 - labelSize.descent - 4, font, kText);
    }
    if (!yLabel.empty()) {
        const auto [text, font] = fitText(yLabel, kLabelFont, box.height - 12);
        const double cy = std::clamp(plotY0 + plotH / 2, box.y + measure(text, font).width / 2,
                                     box.y + box.height - measure(text, font).width / 2);
        drawTextUpwards(m, text, box.x + 8 + (labelSize.height + labelSize.descent) / 2, cy, font,
                        kText);
    }
    drawTitle(plotX0 + plotW / 2);

    // The legend in the corner where it hides least.
    if (!ownLegend)
        return;
    const auto entries = panelEntries(p, styles, true, hasData);
    if (entries.empty())
        return;
    const LegendBox legend = layoutLegendBox(entries, plotW * 0.62, plotH - 12);
    const double inset = 8;
    const std::array<cv::Point2d, 4> corners = {
        cv::Point2d(plotX1 - inset - legend.width, plotY0 + inset),
        cv::Point2d(plotX0 + inset, plotY0 + inset),
        cv::Point2d(plotX1 - inset - legend.width, plotY1 - inset - legend.height),
        cv::Point2d(plotX0 + inset, plotY1 - inset - legend.height)};
    int best = 0;
    long bestScore = -1;
    for (int c = 0; c < 4; ++c) {
        const long score =
            occupancy.cost(grown({corners[c].x, corners[c].y, legend.width, legend.height}, 4), 2);
        if (bestScore < 0 || score < bestScore) {
            best = c;
            bestScore = score;
        }
    }
    drawLegendBox(m, legend, corners[best].x, corners[best].y);
}

cv::Mat toMat(const Image& image) {
    return cv::Mat(image.height, image.width, CV_8UC(image.channels),
                   const_cast<std::uint8_t*>(image.pixels.data()))
        .clone();
}

Image toImage(const cv::Mat& mat) {
    Image image;
    image.width = mat.cols;
    image.height = mat.rows;
    image.channels = mat.channels();
    image.pixels.reserve(static_cast<std::size_t>(mat.total()) * mat.channels());
    for (int y = 0; y < mat.rows; ++y)
        image.pixels.insert(image.pixels.end(), mat.ptr<std::uint8_t>(y),
                            mat.ptr<std::uint8_t>(y) +
                                static_cast<std::size_t>(mat.cols) * mat.channels());
    return image;
}

bool wellFormed(const Image& image) {
    return image.width > 0 && image.height > 0 && (image.channels == 1 || image.channels == 3) &&
           image.pixels.size() ==
               static_cast<std::size_t>(image.width) * image.height * image.channels;
}

// The large canvas averaged down to output size.
cv::Mat shrink(const cv::Mat& large, int width, int height) {
    cv::Mat out;
    cv::resize(large, out, {width, height}, 0, 0, cv::INTER_AREA);
    return out;
}

} // namespace

Image drawChart(const ChartSpec& spec) {
    std::vector<ChartPanel> panels = spec.panels;
    if (panels.empty())
        panels.emplace_back();
    const int n = static_cast<int>(panels.size());
    const int columns = spec.columns <= 0 ? n : std::min(spec.columns, n);
    const int rows = (n + columns - 1) / columns;
    const int pw = std::clamp(spec.panelWidth, 64, 4096),
              ph = std::clamp(spec.panelHeight, 64, 4096);
    const int width = columns * pw;
    const auto styles = assignStyles(panels);

    // A shared legend when every panel names the same series (and there are several panels).
    auto names = [](const ChartPanel& p) {
        std::set<std::string> s;
        for (const auto& series : p.series)
            if (!series.name.empty())
                s.insert(series.name);
        return s;
    };
    bool shared = n > 1 && !names(panels[0]).empty();
    for (int i = 1; shared && i < n; ++i)
        shared = names(panels[i]) == names(panels[0]);
    std::vector<std::vector<LegendEntry>> legend;
    double legendHeight = 0;
    if (shared) {
        std::vector<LegendEntry> entries;
        std::set<std::string> seen;
        for (const auto& p : panels)
            for (auto& e : panelEntries(p, styles, false, std::vector<bool>(p.series.size())))
                if (seen.insert(e.name).second)
                    entries.push_back(e);
        legend = legendRows(entries, width);
        legendHeight = legend.size() * legendRowHeight() + 10;
    }
    const Font captionFont = kLabelFont;
    const auto captionLines = wrapText(chartText(spec.caption), captionFont, width - 24);
    const double captionLine = lineHeight(captionFont);
    const double captionHeight = captionLines.empty() ? 0 : captionLines.size() * captionLine + 8;
    const int height = rows * ph + static_cast<int>(std::ceil(legendHeight + captionHeight));

    cv::Mat canvas(height * kSuper, width * kSuper, CV_8UC3, kWhite);
    for (int i = 0; i < n; ++i)
        drawPanel(canvas, panels[i],
                  cv::Rect2d(double(i % columns) * pw, double(i / columns) * ph, pw, ph), styles,
                  !shared);
    const double below = double(rows) * ph;
    if (shared)
        drawLegendRows(canvas, legend, below + 2, width);
    for (std::size_t i = 0; i < captionLines.size(); ++i) {
        const auto [text, font] = fitText(captionLines[i], captionFont, width - 12);
        const auto size = measure(text, font);
        drawText(canvas, text, (width - size.width) / 2,
                 below + legendHeight + captionLine * i + size.height + 4, font, kText);
    }
    return toImage(shrink(canvas, width, height));
}

Image labelledStrip(const std::vector<Image>& images, const std::vector<std::string>& captions,
                    int height) {
    height = std::clamp(height, 8, 4096);
    constexpr int kPad = 8, kGap = 14;
    struct Cell {
        cv::Mat picture;
        std::vector<std::string> lines;
        int width = 0;
    };
    bool colour = false;
    for (const auto& image : images)
        colour = colour || (wellFormed(image) && image.channels == 3);
    std::vector<Cell> cells;
    std::size_t captionRows = 0;
    for (std::size_t i = 0; i < images.size(); ++i) {
        if (!wellFormed(images[i]))
            continue;
        Cell cell;
        const cv::Mat source = toMat(images[i]);
        const double scale = double(height) / source.rows;
        const int w = std::clamp(static_cast<int>(std::lround(source.cols * scale)), 1, 16384);
        cv::resize(source, cell.picture, {w, height}, 0, 0,
                   scale >= 1 ? cv::INTER_NEAREST : cv::INTER_AREA);
        if (colour && cell.picture.channels() == 1)
            cv::cvtColor(cell.picture, cell.picture, cv::COLOR_GRAY2RGB);
        cell.width = w;
        const std::string caption = i < captions.size() ? chartText(captions[i]) : "";
        const double captionMax = std::max(w, 150);
        cell.lines = wrapText(caption, kLabelFont, captionMax);
        if (cell.lines.size() > 3) {
            cell.lines.resize(3);
            cell.lines[2] += " ...";
        }
        for (auto& line : cell.lines) {
            line = fitText(line, kLabelFont, captionMax).first;
            cell.width =
                std::max(cell.width, static_cast<int>(std::ceil(measure(line, kLabelFont).width)));
        }
        captionRows = std::max(captionRows, cell.lines.size());
        cells.push_back(std::move(cell));
    }
    if (cells.empty())
        return {};
    int width = 2 * kPad + kGap * (static_cast<int>(cells.size()) - 1);
    for (const auto& c : cells)
        width += c.width;
    const double row = lineHeight(kLabelFont);
    const int captionHeight = captionRows ? static_cast<int>(std::ceil(captionRows * row)) + 6 : 0;
    const int total = kPad + captionHeight + height + kPad;

    // Captions drawn large and averaged down, pictures pasted as they are.
    cv::Mat band((captionHeight + kPad) * kSuper, width * kSuper, CV_8UC3, kWhite);
    int x = kPad;
    for (const auto& c : cells) {
        for (std::size_t l = 0; l < c.lines.size(); ++l) {
            const auto size = measure(c.lines[l], kLabelFont);
            const double y0 = kPad + (captionRows - c.lines.size()) * row; // bottom-aligned
            drawText(band, c.lines[l], x + (c.width - size.width) / 2,
                     y0 + row * l + size.height + 2, kLabelFont, kText);
        }
        x += c.width + kGap;
    }
    cv::Mat out(total, width, colour ? CV_8UC3 : CV_8UC1, cv::Scalar::all(255));
    cv::Mat text = shrink(band, width, captionHeight + kPad);
    if (!colour)
        cv::cvtColor(text, text, cv::COLOR_RGB2GRAY);
    text.copyTo(out(cv::Rect(0, 0, width, captionHeight + kPad)));
    x = kPad;
    for (const auto& c : cells) {
        c.picture.copyTo(out(cv::Rect(x + (c.width - c.picture.cols) / 2, kPad + captionHeight,
                                      c.picture.cols, c.picture.rows)));
        x += c.width + kGap;
    }
    return toImage(out);
}

Image stackVertically(const std::vector<Image>& images, int gap) {
    gap = std::max(0, gap);
    int width = 0, height = 0, count = 0;
    bool colour = false;
    for (const auto& image : images) {
        if (!wellFormed(image))
            continue;
        width = std::max(width, image.width);
        height += (count++ ? gap : 0) + image.height;
        colour = colour || image.channels == 3;
    }
    if (!count)
        return {};
    cv::Mat out(height, width, colour ? CV_8UC3 : CV_8UC1, cv::Scalar::all(255));
    int y = 0;
    for (const auto& image : images) {
        if (!wellFormed(image))
            continue;
        cv::Mat m = toMat(image);
        if (colour && m.channels() == 1)
            cv::cvtColor(m, m, cv::COLOR_GRAY2RGB);
        m.copyTo(out(cv::Rect((width - image.width) / 2, y, image.width, image.height)));
        y += image.height + gap;
    }
    return toImage(out);
}

} // namespace ganlab
