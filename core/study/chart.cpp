// Chart: line and scatter charts rasterized with OpenCV — drawn anti-aliased at twice the size and
// averaged down, ticks on 1-2-5 values (decades on log axes), tab10 colours and marker shapes by
// series name, the legend in the emptiest corner of the plot or under the panels.
#include "study/chart.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace ganlab {
namespace {

constexpr int kSuper = 2; // the figure is drawn at twice its size, then averaged down
constexpr int kShift = 4; // sub-pixel bits of the coordinates given to cv::line, circle, fillPoly
constexpr int kFontFace = cv::FONT_HERSHEY_SIMPLEX;
constexpr int kMarkerShapes = 7;

using Color = cv::Scalar; // R, G, B: the canvas is RGB

const Color kWhite(255, 255, 255);
const Color kTitle(25, 25, 25);
const Color kText(55, 55, 55);
const Color kTickText(85, 85, 85);
const Color kGridColor(234, 234, 234);
const Color kAxisColor(120, 120, 120);
const Color kReference(150, 150, 150);
const Color kLegendBorder(205, 205, 205);

// matplotlib's tab10
const std::array<Color, 10> kPalette = {
    Color(31, 119, 180),  Color(255, 127, 14), Color(44, 160, 44),   Color(214, 39, 40),
    Color(148, 103, 189), Color(140, 86, 75),  Color(227, 119, 194), Color(127, 127, 127),
    Color(188, 189, 34),  Color(23, 190, 207)};

struct Font {
    double scale;
    double weight; // stroke width in output pixels
};
const Font kTitleFont{0.52, 1.35};
const Font kLabelFont{0.44, 1.0};
const Font kTickFont{0.4, 1.0};
const Font kLegendFont{0.42, 1.0};
const Font kPointFont{0.36, 1.0};
const Font kNoteFont{0.6, 1.0};

// ---- drawing in output pixels on a canvas kSuper times larger ----

int fixedPoint(double v) { // sub-pixel coordinate on the large canvas
    return static_cast<int>(std::lround(std::clamp(v, -1e5, 1e5) * kSuper * (1 << kShift)));
}
cv::Point fixedPoint(cv::Point2d p) {
    return {fixedPoint(p.x), fixedPoint(p.y)};
}
int superPixel(double v) {
    return static_cast<int>(std::lround(std::clamp(v, -1e5, 1e5) * kSuper));
}
int strokeWidth(double w) {
    return std::max(1, static_cast<int>(std::lround(w * kSuper)));
}

void drawLine(cv::Mat& m, cv::Point2d a, cv::Point2d b, const Color& c, double width) {
    cv::line(m, fixedPoint(a), fixedPoint(b), c, strokeWidth(width), cv::LINE_AA, kShift);
}

void drawPolyline(cv::Mat& m, const std::vector<cv::Point2d>& pts, const Color& c, double width) {
    if (pts.size() < 2)
        return;
    std::vector<cv::Point> fixed;
    fixed.reserve(pts.size());
    for (const auto& p : pts)
        fixed.push_back(fixedPoint(p));
    cv::polylines(m, fixed, false, c, strokeWidth(width), cv::LINE_AA, kShift);
}

// Dashes of `dash` px with `gap` px between them, the pattern carried across the points.
void drawDashed(cv::Mat& m, const std::vector<cv::Point2d>& pts, const Color& c, double width,
                double dash = 7, double gap = 5) {
    double phase = 0;
    bool on = true;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const cv::Point2d a = pts[i - 1], b = pts[i];
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        if (!(len > 0) || !std::isfinite(len))
            continue;
        double t = 0;
        while (t < len) {
            const double piece = std::min((on ? dash : gap) - phase, len - t);
            if (on)
                drawLine(m, a + (b - a) * (t / len), a + (b - a) * ((t + piece) / len), c, width);
            t += piece;
            phase += piece;
            if (phase >= (on ? dash : gap) - 1e-9) {
                phase = 0;
                on = !on;
            }
        }
    }
}

void fillPolygon(cv::Mat& m, const std::vector<cv::Point2d>& pts, const Color& c) {
    std::vector<cv::Point> fixed;
    for (const auto& p : pts)
        fixed.push_back(fixedPoint(p));
    cv::fillPoly(m, std::vector<std::vector<cv::Point>>{fixed}, c, cv::LINE_AA, kShift);
}

void fillCircle(cv::Mat& m, cv::Point2d centre, double r, const Color& c) {
    cv::circle(m, fixedPoint(centre), fixedPoint(r), c, cv::FILLED, cv::LINE_AA, kShift);
}

// A filled marker of radius about r; `halo` > 0 grows it by that many px (a white outline drawn
// first).
void drawMarker(cv::Mat& m, int shape, cv::Point2d p, double r, const Color& c, double halo = 0) {
    const double x = p.x, y = p.y;
    switch (shape % kMarkerShapes) {
    case 0:
        fillCircle(m, p, r + halo, c);
        break;
    case 1: {
        const double h = r * 0.88 + halo;
        fillPolygon(m, {{x - h, y - h}, {x + h, y - h}, {x + h, y + h}, {x - h, y + h}}, c);
        break;
    }
    case 2: {
        const double s = r * 1.25 + halo * 1.6;
        fillPolygon(m, {{x, y - s}, {x + s * 0.95, y + s * 0.6}, {x - s * 0.95, y + s * 0.6}}, c);
        break;
    }
    case 3: {
        const double s = r * 1.2 + halo * 1.3;
        fillPolygon(m, {{x, y - s * 1.1}, {x + s * 0.85, y}, {x, y + s * 1.1}, {x - s * 0.85, y}},
                    c);
        break;
    }
    case 4: {
        const double s = r * 1.25 + halo * 1.6;
        fillPolygon(m, {{x, y + s}, {x + s * 0.95, y - s * 0.6}, {x - s * 0.95, y - s * 0.6}}, c);
        break;
    }
    case 5: { // ×
        const double s = r * 0.95, w = std::max(1.4, r * 0.6) + 2 * halo;
        drawLine(m, {x - s, y - s}, {x + s, y + s}, c, w);
        drawLine(m, {x - s, y + s}, {x + s, y - s}, c, w);
        break;
    }
    default: { // +
        const double s = r * 1.2, w = std::max(1.4, r * 0.6) + 2 * halo;
        drawLine(m, {x - s, y}, {x + s, y}, c, w);
        drawLine(m, {x, y - s}, {x, y + s}, c, w);
        break;
    }
    }
}

void drawMarkerWithHalo(cv::Mat& m, int shape, cv::Point2d p, double r, const Color& c) {
    drawMarker(m, shape, p, r, kWhite, 1.1);
    drawMarker(m, shape, p, r, c);
}

// ---- text ----

struct TextSize {
    double width = 0, height = 0, descent = 0; // output px; height: above the baseline
};

int textThickness(const Font& f) {
    return strokeWidth(f.weight);
}

TextSize measure(const std::string& s, const Font& f) {
    if (s.empty())
        return {};
    int baseline = 0;
    const cv::Size size =
        cv::getTextSize(s, kFontFace, f.scale * kSuper, textThickness(f), &baseline);
    return {double(size.width) / kSuper, double(size.height) / kSuper, double(baseline) / kSuper};
}

// A line of text and the space under it (Hershey capitals are about 22 × scale px high).
double lineHeight(const Font& f) {
    return f.scale * 36;
}

// Text with its baseline starting at (x, y).
void drawText(cv::Mat& m, const std::string& s, double x, double y, const Font& f, const Color& c) {
    if (!s.empty())
        cv::putText(m, s, {superPixel(x), superPixel(y)}, kFontFace, f.scale * kSuper, c,
                    textThickness(f), cv::LINE_AA);
}

// Text with a white outline first, readable over lines and grid.
void drawTextWithHalo(cv::Mat& m, const std::string& s, double x, double y, const Font& f,
                      const Color& c) {
    if (s.empty())
        return;
    cv::putText(m, s, {superPixel(x), superPixel(y)}, kFontFace, f.scale * kSuper, kWhite,
                textThickness(f) + 2 * kSuper, cv::LINE_AA);
    drawText(m, s, x, y, f, c);
}

// Text centred on (cx, cy), turned to read from bottom to top (a y axis label). Drawn dark on
// white, so the darker of it and the canvas is kept.
void drawTextUpwards(cv::Mat& m, const std::string& s, double cx, double cy, const Font& f,
                     const Color& c) {
    if (s.empty())
        return;
    int baseline = 0;
    const cv::Size size =
        cv::getTextSize(s, kFontFace, f.scale * kSuper, textThickness(f), &baseline);
    const int pad = 2 * kSuper;
    cv::Mat flat(size.height + baseline + 2 * pad, size.width + 2 * pad, CV_8UC3, kWhite);
    cv::putText(flat, s, {pad, pad + size.height}, kFontFace, f.scale * kSuper, c, textThickness(f),
                cv::LINE_AA);
    cv::Mat turned;
    cv::rotate(flat, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
    const cv::Rect target(superPixel(cx) - turned.cols / 2, superPixel(cy) - turned.rows / 2,
                          turned.cols, turned.rows);
    const cv::Rect inside = target & cv::Rect(0, 0, m.cols, m.rows);
    if (inside.empty())
        return;
    cv::Mat dst = m(inside);
    cv::min(dst, turned(inside - target.tl()), dst);
}

// The text shrunk (down to 3/4) and then cut short with "..." until it fits `maxWidth`.
std::pair<std::string, Font> fitText(std::string s, Font f, double maxWidth) {
    if (maxWidth <= 0)
        return {"", f};
    const double minScale = f.scale * 0.75;
    while (measure(s, f).width > maxWidth && f.scale > minScale)
        f.scale = std::max(minScale, f.scale - 0.02);
    if (measure(s, f).width <= maxWidth)
        return {s, f};
    while (!s.empty() && measure(s + "...", f).width > maxWidth)
        s.pop_back();
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return {s.empty() ? "" : s + "...", f};
}

// Words wrapped into lines at most `maxWidth` wide (a word longer than that stands alone).
std::vector<std::string> wrapText(const std::string& text, const Font& f, double maxWidth) {
    std::vector<std::string> lines;
    std::string line, word;
    auto flushWord = [&] {
        if (word.empty())
            return;
        const std::string joined = line.empty() ? word : line + " " + word;
        if (!line.empty() && measure(joined, f).width > maxWidth) {
            lines.push_back(line);
            line = word;
        } else {
            line = joined;
        }
        word.clear();
    };
    for (char ch : text) {
        if (ch == ' ')
            flushWord();
        else
            word += ch;
    }
    flushWord();
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

// ---- numbers ----

std::string trimZeros(std::string s) {
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

// Decimals that resolve `step` (a power of ten or 2 or 5 times one) in units of `unit`.
int decimalsFor(double step, double unit) {
    if (!(step > 0) || !std::isfinite(step / unit))
        return 0;
    return std::clamp(static_cast<int>(-std::floor(std::log10(step / unit) + 1e-9)), 0, 8);
}

// A tick label: 0.04, 250, 1.5k, 20k, 3M, 2.5e-5; `step` is the spacing it must tell apart.
std::string formatTick(double v, double step) {
    if (v == 0 || !std::isfinite(v))
        return std::isfinite(v) ? "0" : "?";
    char buf[64];
    const double a = std::fabs(v);
    if (a >= 1e15 || a < 1e-3) {
        int e = static_cast<int>(std::floor(std::log10(a)));
        const double unit = std::pow(10.0, e);
        const int d = std::min(decimalsFor(step, unit), 3);
        std::snprintf(buf, sizeof buf, "%.*f", d, v / unit);
        std::string mantissa = trimZeros(buf);
        if (mantissa == "10" || mantissa == "-10") { // rounded up to the next power
            mantissa = v < 0 ? "-1" : "1";
            ++e;
        }
        return mantissa + "e" + std::to_string(e);
    }
    double unit = 1;
    const char* suffix = "";
    if (a >= 1e12) {
        unit = 1e12;
        suffix = "T";
    } else if (a >= 1e9) {
        unit = 1e9;
        suffix = "G";
    } else if (a >= 1e6) {
        unit = 1e6;
        suffix = "M";
    } else if (a >= 1e3) {
        unit = 1e3;
        suffix = "k";
    }
    std::snprintf(buf, sizeof buf, "%.*f", decimalsFor(step, unit), v / unit);
    return trimZeros(buf) + suffix;
}

// ---- axes ----

struct Tick {
    long double pos; // in axis space (log10 of the value on a log axis)
    double value;
    double resolution; // what its label must resolve
};

struct Axis {
    bool log = false;
    long double lo = 0, hi = 1; // in axis space
    std::vector<Tick> ticks;
    std::vector<std::string> labels;

    long double fraction(long double pos) const { return (pos - lo) / (hi - lo); }
};

bool usable(double v, bool log) {
    return std::isfinite(v) && (!log || v > 0);
}
long double toAxis(double v, bool log) {
    return log ? std::log10(static_cast<long double>(v)) : static_cast<long double>(v);
}

// The data's range [lo, hi] (axis space) padded by 5 % each side; a point or all-equal values
// get a range around them.
void setRange(Axis& a, long double lo, long double hi) {
    const long double magnitude = std::max(std::fabs(lo), std::fabs(hi));
    if (hi - lo <= magnitude * 1e-12L) {
        const long double centre = (lo + hi) / 2;
        const long double half = a.log ? 0.5L : (centre == 0 ? 1.0L : std::fabs(centre) * 0.1L);
        lo = centre - half;
        hi = centre + half;
    }
    const long double pad = (hi - lo) * 0.05L;
    a.lo = lo - pad;
    a.hi = hi + pad;
}

long double niceStep(long double raw) {
    const long double magnitude = std::pow(10.0L, std::floor(std::log10(raw)));
    const long double r = raw / magnitude;
    return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
}

// Ticks every 1, 2 or 5 × 10^k over the values [lo, hi], at least about `minGap` of `pixels`
// apart; on a log axis (`log`) only the positive ones, placed at their log10.
std::vector<Tick> linearTicks(long double lo, long double hi, double pixels, double minGap,
                              bool log) {
    std::vector<Tick> ticks;
    const long double span = hi - lo;
    if (!(span > 0) || !std::isfinite(span))
        return ticks;
    const int target = std::max(2, static_cast<int>(pixels / minGap));
    const long double step = niceStep(span / target);
    if (!(step > 0) || !std::isfinite(step))
        return ticks;
    const long double first = std::ceil(lo / step);
    for (int i = 0; i < 64; ++i) {
        long double v = (first + i) * step;
        if (v > hi + step * 1e-9L)
            break;
        if (std::fabs(v) < step * 1e-9L)
            v = 0;
        if (log && v <= 0)
            continue;
        const double value = static_cast<double>(v);
        if (std::isfinite(value))
            ticks.push_back({log ? std::log10(v) : v, value, static_cast<double>(step)});
    }
    return ticks;
}

double smallestGap(const std::vector<Tick>& ticks, long double pxPerUnit) {
    double gap = 1e9;
    for (std::size_t i = 1; i < ticks.size(); ++i)
        gap = std::min(gap, static_cast<double>((ticks[i].pos - ticks[i - 1].pos) * pxPerUnit));
    return gap;
}

// Decades, with 2 and 5 between them where there is room, every n-th decade where there is not;
// ranges under a decade get 1…9 or plain 1-2-5 steps.
std::vector<Tick> logTicks(const Axis& a, double pixels, double minGap) {
    const long double pxPerDecade = pixels / (a.hi - a.lo);
    auto collect = [&](std::vector<int> multiples, long double every) {
        std::vector<Tick> ticks;
        const long double d0 = std::floor(a.lo), d1 = std::ceil(a.hi);
        for (long double d = d0; d <= d1 && ticks.size() < 64; d += 1) {
            if (every > 1 && std::fmod(d, every) != 0)
                continue;
            for (int k : multiples) {
                const long double pos = d + std::log10(static_cast<long double>(k));
                const double value = k * std::pow(10.0, static_cast<double>(d));
                if (pos >= a.lo && pos <= a.hi && value > 0 && std::isfinite(value))
                    ticks.push_back({pos, value, value});
            }
        }
        return ticks;
    };
    auto fits = [&](const std::vector<Tick>& t) {
        return t.size() >= 2 && smallestGap(t, pxPerDecade) >= minGap;
    };
    const auto with25 = collect({1, 2, 5}, 1);
    if (with25.size() < 4) // about a decade: 1…9, or 1, 2, 3, 5, where there is room
        for (const auto& multiples : {std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 5}})
            if (const auto more = collect(multiples, 1); fits(more))
                return more;
    if (fits(with25))
        return with25;
    const auto decades = collect({1}, 1);
    if (fits(decades))
        return decades;
    if (decades.size() >= 2)
        return collect({1}, std::ceil(minGap / pxPerDecade));
    const auto linear = linearTicks(std::pow(10.0L, a.lo), std::pow(10.0L, a.hi), pixels,
                                    std::max(minGap, 40.0), true);
    if (linear.size() >= 2)
        return linear;
    return with25;
}

// Ticks and labels for `pixels` of axis, at least `minGap` px apart; `labelWidths`: also as far
// apart as their labels are wide (the x axis).
void placeTicks(Axis& a, double pixels, double minGap, bool labelWidths) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        a.ticks =
            a.log ? logTicks(a, pixels, minGap) : linearTicks(a.lo, a.hi, pixels, minGap, false);
        a.labels.clear();
        double widest = 0;
        for (const auto& t : a.ticks) {
            a.labels.push_back(formatTick(t.value, t.resolution));
            widest = std::max(widest, measure(a.labels.back(), kTickFont).width);
        }
        if (!labelWidths || a.ticks.size() < 2 ||
            smallestGap(a.ticks, pixels / (a.hi - a.lo)) >= widest + 12)
            return;
        minGap = std::max(minGap * 1.4, widest + 12);
    }
}

// ---- series ----

struct Style {
    Color color;
    int marker = 0;
};

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

struct LegendEntry {
    std::string name;
    Style style;
    bool line = true, markers = true, dashed = false;
};

constexpr double kSampleWidth = 26, kLegendPad = 7, kLegendGap = 6;

double legendRowHeight() {
    return std::max(17.0, measure("Hg", kLegendFont).height + 9);
}

void drawLegendSample(cv::Mat& m, const LegendEntry& e, double x, double cy) {
    if (e.line || !e.markers) {
        const std::vector<cv::Point2d> pts = {{x, cy}, {x + kSampleWidth, cy}};
        if (e.dashed)
            drawDashed(m, pts, e.style.color, 2, 6, 4);
        else
            drawPolyline(m, pts, e.style.color, 2);
    }
    if (e.markers)
        drawMarkerWithHalo(m, e.style.marker, {x + kSampleWidth / 2, cy}, 3.6, e.style.color);
}

double entryWidth(const LegendEntry& e) {
    return kSampleWidth + kLegendGap + measure(e.name, kLegendFont).width;
}

// A column of entries in a box: its size, and the entries that fit `maxHeight` (the last row
// then says how many are left out).
struct LegendBox {
    std::vector<LegendEntry> entries;
    double width = 0, height = 0;
};

LegendBox layoutLegendBox(std::vector<LegendEntry> entries, double maxWidth, double maxHeight) {
    LegendBox box;
    const double row = legendRowHeight();
    const int fitting = std::max(1, static_cast<int>((maxHeight - 2 * kLegendPad) / row));
    if (static_cast<int>(entries.size()) > fitting) {
        const std::size_t left = entries.size() - (fitting - 1);
        entries.resize(fitting - 1);
        entries.push_back({"+" + std::to_string(left) + " more", {}, false, false, false});
    }
    const double textMax = maxWidth - 2 * kLegendPad - kSampleWidth - kLegendGap;
    for (auto& e : entries) {
        e.name = fitText(e.name, kLegendFont, textMax).first;
        box.width = std::max(box.width, entryWidth(e));
    }
    box.width += 2 * kLegendPad;
    box.height = entries.size() * row + 2 * kLegendPad - 4;
    box.entries = std::move(entries);
    return box;
}

void drawLegendBox(cv::Mat& m, const LegendBox& box, double x, double y) {
    const cv::Rect r(superPixel(x), superPixel(y), superPixel(box.width), superPixel(box.height));
    const cv::Rect inside = r & cv::Rect(0, 0, m.cols, m.rows);
    if (inside.empty())
        return;
    cv::Mat area = m(inside);
    area.convertTo(area, -1, 0.12, 255 * 0.88); // mostly white: the data shows faintly through
    cv::rectangle(m, inside, kLegendBorder, strokeWidth(1), cv::LINE_AA);
    const double row = legendRowHeight();
    for (std::size_t i = 0; i < box.entries.size(); ++i) {
        const auto& e = box.entries[i];
        const double cy = y + kLegendPad - 2 + row * (i + 0.5);
        const bool hasSample = e.line || e.markers;
        if (hasSample)
            drawLegendSample(m, e, x + kLegendPad, cy);
        const auto size = measure(e.name, kLegendFont);
        drawText(m, e.name, x + kLegendPad + (hasSample ? kSampleWidth + kLegendGap : 0),
                 cy + size.height / 2, kLegendFont, hasSample ? kText : kTickText);
    }
}

// Entries in rows across `width` (a legend under the panels): the rows' entries.
std::vector<std::vector<LegendEntry>> legendRows(const std::vector<LegendEntry>& entries,
                                                 double width) {
    std::vector<std::vector<LegendEntry>> rows(1);
    double used = 0;
    for (auto e : entries) {
        e.name = fitText(e.name, kLegendFont, width - 40 - kSampleWidth).first;
        const double w = entryWidth(e) + 22;
        if (!rows.back().empty() && used + w > width - 16) {
            rows.emplace_back();
            used = 0;
        }
        rows.back().push_back(e);
        used += w;
    }
    return rows;
}

void drawLegendRows(cv::Mat& m, const std::vector<std::vector<LegendEntry>>& rows, double top,
                    double width) {
    const double row = legendRowHeight();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double total = 0;
        for (const auto& e : rows[r])
            total += entryWidth(e) + 22;
        double x = (width - (total - 22)) / 2;
        const double cy = top + row * (r + 0.5);
        for (const auto& e : rows[r]) {
            drawLegendSample(m, e, x, cy);
            const auto size = measure(e.name, kLegendFont);
            drawText(m, e.name, x + kSampleWidth + kLegendGap, cy + size.height / 2, kLegendFont,
                     kText);
            x += entryWidth(e) + 22;
        }
    }
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

std::string chartText(const std::string& utf8) {
    static const std::map<char32_t, const char*> kSpelled = {
        {0x00A0, " "},    {0x00A9, "(c)"},  {0x00AB, "<<"},    {0x00AE, "(R)"}, {0x00B0, "deg"},
        {0x00B1, "+/-"},  {0x00B2, "^2"},   {0x00B3, "^3"},    {0x00B5, "u"},   {0x00B7, "."},
        {0x00B9, "^1"},   {0x00BB, ">>"},   {0x00BC, "1/4"},   {0x00BD, "1/2"}, {0x00BE, "3/4"},
        {0x00D7, "x"},    {0x00F7, "/"},    {0x00C6, "AE"},    {0x00E6, "ae"},  {0x00DF, "ss"},
        {0x0152, "OE"},   {0x0153, "oe"},   {0x03C2, "sigma"}, {0x03D5, "phi"}, {0x03F5, "epsilon"},
        {0x2002, " "},    {0x2003, " "},    {0x2009, " "},     {0x200A, " "},   {0x200B, ""},
        {0x202F, " "},    {0xFEFF, ""},     {0x2010, "-"},     {0x2011, "-"},   {0x2012, "-"},
        {0x2013, "-"},    {0x2014, "-"},    {0x2015, "-"},     {0x2212, "-"},   {0x2018, "'"},
        {0x2019, "'"},    {0x201A, "'"},    {0x2032, "'"},     {0x201C, "\""},  {0x201D, "\""},
        {0x201E, "\""},   {0x2033, "\""},   {0x2022, "*"},     {0x2026, "..."}, {0x2030, "o/oo"},
        {0x2122, "(TM)"}, {0x2190, "<-"},   {0x2192, "->"},    {0x2191, "^"},   {0x2193, "v"},
        {0x2194, "<->"},  {0x21D0, "<="},   {0x21D2, "=>"},    {0x21D4, "<=>"}, {0x2248, "~"},
        {0x223C, "~"},    {0x2243, "~="},   {0x2245, "~="},    {0x2260, "!="},  {0x2264, "<="},
        {0x2265, ">="},   {0x226A, "<<"},   {0x226B, ">>"},    {0x221E, "inf"}, {0x221A, "sqrt"},
        {0x2211, "sum"},  {0x220F, "prod"}, {0x2206, "Delta"}, {0x2202, "d"},   {0x2207, "nabla"},
        {0x2208, "in"},   {0x2219, "."},    {0x22C5, "."},     {0x2027, "."},   {0x2713, "ok"},
        {0x2714, "ok"},   {0x2717, "x"},    {0x2715, "x"},     {0x2020, "+"},   {0x207B, "^-"},
        {0x2070, "^0"},   {0x2074, "^4"},   {0x2075, "^5"},    {0x2076, "^6"},  {0x2077, "^7"},
        {0x2078, "^8"},   {0x2079, "^9"},   {0x2116, "No."},   {0x20AC, "EUR"}, {0x00A3, "GBP"},
        {0x00A5, "JPY"}};
    static const char* const kGreekLower[] = {
        "alpha", "beta",   "gamma",   "delta", "epsilon", "zeta",    "eta",  "theta", "iota",
        "kappa", "lambda", "mu",      "nu",    "xi",      "omicron", "pi",   "rho",   "sigma",
        "sigma", "tau",    "upsilon", "phi",   "chi",     "psi",     "omega"};
    // Latin-1 letters À…ÿ without their accents ("" where kSpelled has them).
    static const char* const kLatin1 = "AAAAAA CEEEEIIIIDNOOOOO OUUUUYT"
                                       " aaaaaa ceeeeiiiidnooooo ouuuuyty";
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out +=
                c == '\t' || c == '\n' || c == '\r' ? ' ' : (c < 0x20 || c == 0x7f ? '?' : char(c));
            ++i;
            continue;
        }
        const int length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        char32_t cp = length == 2 ? (c & 0x1f) : length == 3 ? (c & 0x0f) : (c & 0x07);
        bool valid = length > 0 && i + length <= utf8.size();
        for (int k = 1; valid && k < length; ++k) {
            const auto cc = static_cast<unsigned char>(utf8[i + k]);
            valid = (cc & 0xc0) == 0x80;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (!valid) {
            out += '?';
            ++i;
            continue;
        }
        i += length;
        if (const auto it = kSpelled.find(cp); it != kSpelled.end())
            out += it->second;
        else if (cp >= 0x03B1 && cp <= 0x03C9)
            out += kGreekLower[cp - 0x03B1];
        else if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) {
            std::string name = kGreekLower[cp - 0x0391];
            name[0] = static_cast<char>(name[0] - 'a' + 'A');
            out += name;
        } else if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != ' ')
            out += kLatin1[cp - 0xC0];
        else if (cp >= 0x2080 && cp <= 0x2089) // subscript digits
            out += static_cast<char>('0' + (cp - 0x2080));
        else if (cp >= 0x0300 && cp <= 0x036F) // combining accents
            continue;
        else
            out += '?';
    }
    return out;
}

} // namespace ganlab
