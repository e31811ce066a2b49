// AppSettings: what the lab remembers between sessions (QSettings) — recent datasets, the last
// configuration, the language, plot memory — apart from the window layout, which MainWindow keeps.
#pragma once

#include "api/train_config.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ganlab::app::settings {

constexpr int kMaxRecentDatasets = 8;

QStringList recentDatasets();
void addRecentDataset(const QString& path); // newest first, no duplicates
std::optional<TrainConfig> lastConfig();
void setLastConfig(const TrainConfig& config);
// "" follows the system; otherwise a locale name such as "en", "zh_CN", "zh_TW".
QString language();
void setLanguage(const QString& language);
int maxPlotPoints();
void setMaxPlotPoints(int points);
// Processes a run trains in (data-parallel: the window and N − 1 ganlab-cli ranks); 1 = this one.
int trainingProcesses();
void setTrainingProcesses(int processes);

} // namespace ganlab::app::settings
