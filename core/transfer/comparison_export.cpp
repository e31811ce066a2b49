// A comparison's exports: the side-by-side grids (OpenCV compositing), the curves as CSV and the
// whole comparison as JSON.
#include "api/source_comparison.h"

#include "api/settings.h"
#include "transfer/compare_manifest.h"
#include "util/atomic_file.h"
#include "util/csv.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>

using nlohmann::json;

namespace ganlab {
namespace {

void writeText(const std::string& path, const std::string& text) {
    writeFileAtomically(path, [&](std::ostream& out) { out << text; });
}

cv::Mat toMat(const Image& image) {
    cv::Mat m(image.height, image.width, image.channels == 3 ? CV_8UC3 : CV_8UC1);
    std::memcpy(m.data, image.pixels.data(), image.pixels.size());
    if (image.channels == 1)
        cv::cvtColor(m, m, cv::COLOR_GRAY2RGB);
    return m;
}

// Hershey fonts are ASCII: "←" becomes "<-" in the image.
std::string asciiLabel(std::string label) {
    if (const auto p = label.find("←"); p != std::string::npos)
        label.replace(p, std::string("←").size(), "<-");
    return label;
}

json number(double v) {
    return std::isfinite(v) ? json(v) : json(nullptr);
}

} // namespace

Image sideBySide(const SourceComparison& comparison, std::int64_t step) {
    std::vector<cv::Mat> grids;
    int height = 0;
    for (std::size_t i = 0; i < comparison.arms().size(); ++i) {
        grids.push_back(toMat(comparison.armGrid(i, step)));
        height = std::max(height, grids.back().rows);
    }
    constexpr int kHeader = 28, kGap = 8;
    int width = kGap;
    for (const auto& g : grids)
        width += g.cols + kGap;
    cv::Mat canvas(height + kHeader + kGap, width, CV_8UC3, cv::Scalar(255, 255, 255));
    int x = kGap;
    for (std::size_t i = 0; i < grids.size(); ++i) {
        const std::string label = asciiLabel(comparison.arms()[i].label);
        const double scale = std::min(0.5, 0.9 * grids[i].cols / (9.0 * label.size() + 1));
        cv::putText(canvas, label, {x, kHeader - 9}, cv::FONT_HERSHEY_SIMPLEX, scale,
                    cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
        grids[i].copyTo(canvas(cv::Rect(x, kHeader, grids[i].cols, grids[i].rows)));
        x += grids[i].cols + kGap;
    }
    Image out;
    out.width = canvas.cols;
    out.height = canvas.rows;
    out.channels = 3;
    out.pixels.assign(canvas.data, canvas.data + canvas.total() * 3);
    return out;
}

void exportComparisonPng(const SourceComparison& comparison, const std::string& path,
                         std::int64_t step) {
    writePng(sideBySide(comparison, step), path);
}

void exportComparisonCsv(const CompareResults& results, const std::string& path) {
    std::string out = "arm,metric,step,value\n";
    for (const auto& c : results.curves)
        for (std::size_t i = 0; i < c.series.steps.size(); ++i)
            out += csvText(c.arm) + ',' + csvText(c.series.name) + ',' +
                   csvNumber(c.series.steps[i]) + ',' + csvNumber(c.series.values[i]) + '\n';
    writeText(path, out);
}

void exportComparisonJson(const SourceComparison& comparison, const CompareResults& results,
                          const std::string& path) {
    json arms = json::array();
    for (const auto& a : comparison.arms()) {
        json curves = json::object();
        for (const auto& c : results.curves)
            if (c.arm == a.label) {
                json points = json::array();
                for (std::size_t i = 0; i < c.series.steps.size(); ++i)
                    points.push_back({c.series.steps[i], number(c.series.values[i])});
                curves[c.series.name] = points;
            }
        json arm = armToJson(a);
        arm["curves"] = curves;
        arms.push_back(arm);
    }
    json ranking = json::array();
    for (const auto& r : results.ranking) {
        json finals = json::object();
        for (const auto& [k, v] : r.finals)
            finals[k] = number(v);
        ranking.push_back({{"arm", r.arm},
                           {"predicted_rank", r.predictedRank},
                           {"achieved_rank", r.achievedRank},
                           {"value", number(r.value)},
                           {"finals", finals}});
    }
    const json j = {{"target", json::parse(toJson(comparison.target()))},
                    {"ranking_metric", results.rankingMetric},
                    {"arms", arms},
                    {"prediction", json::parse(toJson(results.prediction))},
                    {"ranking", ranking}};
    writeText(path, j.dump(2) + "\n");
}

} // namespace ganlab
