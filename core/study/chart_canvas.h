// The chart's canvas: drawing in output pixels on a canvas kSuper times larger (anti-aliased,
// sub-pixel lines, markers, dashes), Hershey text (measured, haloed, turned, fitted, wrapped),
// colours and fonts — the pieces chart.cpp and chart_axes.cpp draw with.
#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace ganlab::chart {

constexpr int kSuper = 2; // the figure is drawn at twice its size, then averaged down
constexpr int kMarkerShapes = 7;

using Color = cv::Scalar; // R, G, B: the canvas is RGB

inline const Color kWhite(255, 255, 255);
inline const Color kTitle(25, 25, 25);
inline const Color kText(55, 55, 55);
inline const Color kTickText(85, 85, 85);
inline const Color kGridColor(234, 234, 234);
inline const Color kAxisColor(120, 120, 120);
inline const Color kReference(150, 150, 150);
inline const Color kLegendBorder(205, 205, 205);

// matplotlib's tab10
inline const std::array<Color, 10> kPalette = {
    Color(31, 119, 180),  Color(255, 127, 14), Color(44, 160, 44),   Color(214, 39, 40),
    Color(148, 103, 189), Color(140, 86, 75),  Color(227, 119, 194), Color(127, 127, 127),
    Color(188, 189, 34),  Color(23, 190, 207)};

struct Font {
    double scale;
    double weight; // stroke width in output pixels
};
inline const Font kTitleFont{0.52, 1.35};
inline const Font kLabelFont{0.44, 1.0};
inline const Font kTickFont{0.4, 1.0};
inline const Font kLegendFont{0.42, 1.0};
inline const Font kPointFont{0.36, 1.0};
inline const Font kNoteFont{0.6, 1.0};

// ---- drawing in output pixels on a canvas kSuper times larger ----

int superPixel(double v);
int strokeWidth(double w);
void drawLine(cv::Mat& m, cv::Point2d a, cv::Point2d b, const Color& c, double width);
void drawPolyline(cv::Mat& m, const std::vector<cv::Point2d>& pts, const Color& c, double width);
// Dashes of `dash` px with `gap` px between them, the pattern carried across the points.
void drawDashed(cv::Mat& m, const std::vector<cv::Point2d>& pts, const Color& c, double width,
                double dash = 7, double gap = 5);
void fillCircle(cv::Mat& m, cv::Point2d centre, double r, const Color& c);
// A filled marker of radius about r; `halo` > 0 grows it by that many px (a white outline drawn
// first).
void drawMarker(cv::Mat& m, int shape, cv::Point2d p, double r, const Color& c, double halo = 0);
void drawMarkerWithHalo(cv::Mat& m, int shape, cv::Point2d p, double r, const Color& c);

// ---- text ----

struct TextSize {
    double width = 0, height = 0, descent = 0; // output px; height: above the baseline
};

TextSize measure(const std::string& s, const Font& f);
// A line of text and the space under it (Hershey capitals are about 22 × scale px high).
double lineHeight(const Font& f);
// Text with its baseline starting at (x, y).
void drawText(cv::Mat& m, const std::string& s, double x, double y, const Font& f, const Color& c);
// Text with a white outline first, readable over lines and grid.
void drawTextWithHalo(cv::Mat& m, const std::string& s, double x, double y, const Font& f,
                      const Color& c);
// Text centred on (cx, cy), turned to read from bottom to top (a y axis label). Drawn dark on
// white, so the darker of it and the canvas is kept.
void drawTextUpwards(cv::Mat& m, const std::string& s, double cx, double cy, const Font& f,
                     const Color& c);
// The text shrunk (down to 3/4) and then cut short with "..." until it fits `maxWidth`.
std::pair<std::string, Font> fitText(std::string s, Font f, double maxWidth);
// Words wrapped into lines at most `maxWidth` wide (a word longer than that stands alone).
std::vector<std::string> wrapText(const std::string& text, const Font& f, double maxWidth);

} // namespace ganlab::chart
