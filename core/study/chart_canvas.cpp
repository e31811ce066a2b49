// The chart's canvas: lines, markers and Hershey text on a canvas kSuper times larger than the
// output, and chartText's spelling of what Hershey fonts cannot draw.
#include "study/chart_canvas.h"
#include "study/chart.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace ganlab {
namespace chart {
namespace {

constexpr int kShift = 4; // sub-pixel bits of the coordinates given to cv::line, circle, fillPoly
constexpr int kFontFace = cv::FONT_HERSHEY_SIMPLEX;

int fixedPoint(double v) { // sub-pixel coordinate on the large canvas
    return static_cast<int>(std::lround(std::clamp(v, -1e5, 1e5) * kSuper * (1 << kShift)));
}
cv::Point fixedPoint(cv::Point2d p) {
    return {fixedPoint(p.x), fixedPoint(p.y)};
}

void fillPolygon(cv::Mat& m, const std::vector<cv::Point2d>& pts, const Color& c) {
    std::vector<cv::Point> fixed;
    for (const auto& p : pts)
        fixed.push_back(fixedPoint(p));
    cv::fillPoly(m, std::vector<std::vector<cv::Point>>{fixed}, c, cv::LINE_AA, kShift);
}

int textThickness(const Font& f) {
    return strokeWidth(f.weight);
}

} // namespace

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
                double dash, double gap) {
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

void fillCircle(cv::Mat& m, cv::Point2d centre, double r, const Color& c) {
    cv::circle(m, fixedPoint(centre), fixedPoint(r), c, cv::FILLED, cv::LINE_AA, kShift);
}

// A filled marker of radius about r; `halo` > 0 grows it by that many px (a white outline drawn
// first).
void drawMarker(cv::Mat& m, int shape, cv::Point2d p, double r, const Color& c, double halo) {
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

} // namespace chart

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
