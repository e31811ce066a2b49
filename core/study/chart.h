// Chart: line and scatter charts drawn with OpenCV into an Image — study figures for report.md and
// the Studies window.
#pragma once

#include "api/image.h"

#include <string>
#include <vector>

namespace ganlab {

struct ChartSeries {
    std::string name{}; // legend text ("" = not in the legend)
    // Same length; non-finite points are skipped (they break the line).
    std::vector<double> x{}, y{};
    bool line = true;    // connect points
    bool markers = true; // draw a marker at each point
    bool dashed = false;
    // Optional: a small label beside each point (e.g. "0.5").
    std::vector<std::string> pointLabels{};
};

struct ChartPanel {
    std::string title{}, xLabel{}, yLabel{};
    bool logX = false, logY = false; // non-positive values skipped on a log axis
    std::vector<ChartSeries> series{};
    std::vector<double> hLines{}; // horizontal reference lines (dashed grey), e.g. a target FD
};

// One or more panels side by side (columns) or in a grid (columns = 0: all in one row);
// each panel `panelWidth` × `panelHeight` px; a shared legend when every panel has the same series
// names.
struct ChartSpec {
    std::vector<ChartPanel> panels{};
    int panelWidth = 520, panelHeight = 380, columns = 0;
    std::string caption{}; // optional line under the panels
};

// Always 3 channels (RGB): columns × panelWidth wide (columns capped at the panel count), rows ×
// panelHeight high plus the shared legend and the caption when there are any. Series take tab10
// colours and marker shapes by name, the same in every panel; a panel without a finite point says
// "no data".
Image drawChart(const ChartSpec& spec);

// Images (e.g. sample grids) in one row under their captions, on a white background, scaled to
// `height` px (nearest-neighbour for small images), gray images converted to RGB when mixed.
// Empty or malformed images are skipped; none left gives an empty Image.
Image labelledStrip(const std::vector<Image>& images, const std::vector<std::string>& captions,
                    int height = 160);

// Stacks images vertically (centered), white background.
Image stackVertically(const std::vector<Image>& images, int gap = 8);

// The ASCII that OpenCV's Hershey fonts can draw: arrows, Greek letters, dashes, quotes, ±, ×, ≤
// … spelled out ("←" → "<-", "ψ" → "psi", "±" → "+/-"), any other non-ASCII character "?".
std::string chartText(const std::string& utf8);

} // namespace ganlab
