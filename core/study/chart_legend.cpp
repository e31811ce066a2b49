// The chart's legends: boxes in a plot's corner and rows under the panels.
#include "study/chart_legend.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ganlab::chart {
namespace {

constexpr double kSampleWidth = 26, kLegendPad = 7, kLegendGap = 6;

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

} // namespace

double legendRowHeight() {
    return std::max(17.0, measure("Hg", kLegendFont).height + 9);
}

LegendBox layoutLegendBox(std::vector<LegendEntry> entries, double maxWidth, double maxHeight) {
    LegendBox box;
    const double row = legendRowHeight();
    const int fitting = std::max(1, static_cast<int>((maxHeight - 2 * kLegendPad) / row));
    if (static_cast<int>(entries.size()) > fitting) {
        const std::size_t left = entries.size() - (fitting - 1);
        entries.resize(fitting - 1);
        std::string more = "+"; // built step by step: GCC 12's -Wrestrict misfires on "+" + …
        more += std::to_string(left);
        more += " more";
        entries.push_back({more, {}, false, false, false});
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

} // namespace ganlab::chart
