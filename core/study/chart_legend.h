// The chart's legends: a box of entries in a corner of a plot (cut short with "+N more" when it
// does not fit) or rows of entries under the panels; each entry a line/marker sample and its name.
#pragma once

#include "study/chart_canvas.h"

#include <string>
#include <vector>

namespace ganlab::chart {

struct Style {
    Color color;
    int marker = 0;
};

struct LegendEntry {
    std::string name;
    Style style;
    bool line = true, markers = true, dashed = false;
};

double legendRowHeight();

// A column of entries in a box: its size, and the entries that fit `maxHeight` (the last row
// then says how many are left out).
struct LegendBox {
    std::vector<LegendEntry> entries;
    double width = 0, height = 0;
};

LegendBox layoutLegendBox(std::vector<LegendEntry> entries, double maxWidth, double maxHeight);
void drawLegendBox(cv::Mat& m, const LegendBox& box, double x, double y);

// Entries in rows across `width` (a legend under the panels): the rows' entries.
std::vector<std::vector<LegendEntry>> legendRows(const std::vector<LegendEntry>& entries,
                                                 double width);
void drawLegendRows(cv::Mat& m, const std::vector<std::vector<LegendEntry>>& rows, double top,
                    double width);

} // namespace ganlab::chart
