// A study's report: report.md beside figure.png, samples.png, results.csv and results.json.
#pragma once

#include "study/study_kind.h"

namespace ganlab {

// Writes every file atomically into the study folder; report.md last.
void writeStudyReport(const StudyState& state, const StudyResults& results,
                      const std::string& command);
// The table as CSV text (header first) and as Markdown.
std::string tableCsv(const StudyTable& table);
std::string tableMarkdown(const StudyTable& table);

} // namespace ganlab
