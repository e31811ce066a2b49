// report.md: what was run (the commands), what it shows (figure, samples, table, findings), with
// which feature network, and how far to trust it; the table also as CSV and JSON.
#include "study/study_report.h"

#include "util/atomic_file.h"
#include "util/csv.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {

std::string tableCsv(const StudyTable& table) {
    std::string out;
    const auto row = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += csvText(cells[i]);
        }
        out += '\n';
    };
    row(table.columns);
    for (const auto& r : table.rows)
        row(r);
    return out;
}

std::string tableMarkdown(const StudyTable& table) {
    std::string out = "|";
    for (const auto& c : table.columns)
        out += " " + c + " |";
    out += "\n|";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        out += i ? " ---: |" : " --- |";
    out += '\n';
    for (const auto& r : table.rows) {
        out += "|";
        for (const auto& cell : r)
            out += " " + cell + " |";
        out += '\n';
    }
    return out;
}

void writeStudyReport(const StudyState& state, const StudyResults& results,
                      const std::string& command) {
    const auto path = [&](const char* name) { return state.path(name); };
    if (!results.figure.empty())
        writePng(results.figure, path("figure.png"));
    if (!results.samples.empty())
        writePng(results.samples, path("samples.png"));
    writeFileAtomically(path("results.csv"),
                        [&](std::ostream& out) { out << tableCsv(results.table); });
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : results.table.rows) {
        nlohmann::json row = nlohmann::json::object();
        for (std::size_t i = 0; i < r.size() && i < results.table.columns.size(); ++i)
            row[results.table.columns[i]] = r[i];
        rows.push_back(row);
    }
    const nlohmann::json doc = {{"study", results.study},
                                {"command", command},
                                {"features", results.features},
                                {"columns", results.table.columns},
                                {"rows", rows},
                                {"findings", results.findings},
                                {"mode_collapse", results.collapsed},
                                {"trust", results.trust},
                                {"analysis", state.analysis}};
    writeFileAtomically(path("results.json"),
                        [&](std::ostream& out) { out << doc.dump(2) << '\n'; });

    const auto& info = findStudy(results.study);
    std::string md = "# Study: " + results.study + " (" + info.paper + ")\n\n";
    md += std::string(info.description) + "\n\n";
    md += "## Commands\n\n```sh\n" + command + "\n```\n\n";
    if (state.comparison) {
        md += "Each arm is an ordinary run under `comparison/runs/` (resume, evaluate or sample "
              "any of them with ganlab-cli); the arms trained interleaved on one schedule:\n\n";
        for (const auto& a : state.comparison->arms()) {
            md += "- **" + a.label + "**: `comparison/" + a.runDir + "`";
            for (const auto& [k, v] : a.settings)
                md += " `" + k + "=" + v + "`";
            if (!a.transfer.source.empty())
                md += std::string(" from `") + a.transfer.source + "` (" +
                      (a.transfer.generator ? "G" : "") +
                      (a.transfer.generator && a.transfer.discriminator ? "+" : "") +
                      (a.transfer.discriminator ? "D" : "") + ")";
            md += "\n";
        }
        md += "\n";
    }
    md += "## Result\n\n";
    for (const auto& f : results.findings)
        md += f + "\n\n";
    if (!results.collapsed.empty()) {
        md += "**Mode collapse flagged** (the samples' diversity against the real images'):\n\n";
        for (const auto& c : results.collapsed)
            md += "- " + c + "\n";
        md += "\n";
    } else if (results.diversityMeasured) {
        md += "No arm was flagged for mode collapse (sample diversity against the real "
              "images', measured on every health step).\n\n";
    } else {
        md += "Mode collapse was not measured: the runs hold no diversity readings (written "
              "before ganlab measured them, or with health measurements off).\n\n";
    }
    if (!results.figure.empty())
        md += "![figure](figure.png)\n\n";
    if (!results.samples.empty())
        md += "![samples](samples.png)\n\n";
    md += "## Table\n\nEvery FD, KID, precision and recall here is computed on **" +
          results.features + "** features. Also as `results.csv` and `results.json`.\n\n";
    md += tableMarkdown(results.table) + "\n";
    md += "## How far to trust it\n\n" + results.trust + "\n";
    writeFileAtomically(path("report.md"), [&](std::ostream& out) { out << md; });
}

} // namespace ganlab
