// AppSettings implementation over QSettings (organisation and application "ganlab").
#include "app_settings.h"

#include "api/settings.h"

#include <QSettings>

#include <algorithm>

namespace ganlab::app::settings {

QStringList recentDatasets() {
    return QSettings().value("datasets/recent").toStringList();
}

void addRecentDataset(const QString& path) {
    QStringList list = recentDatasets();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecentDatasets)
        list.removeLast();
    QSettings().setValue("datasets/recent", list);
}

std::optional<TrainConfig> lastConfig() {
    const QString json = QSettings().value("training/lastConfig").toString();
    if (json.isEmpty())
        return std::nullopt;
    try {
        TrainConfig c = trainConfigFromJson(json.toStdString(), "settings");
        if (!validateConfig(c).empty())
            return std::nullopt;
        return c;
    } catch (const std::exception&) {
        return std::nullopt; // settings from another version: start from the preset instead
    }
}

void setLastConfig(const TrainConfig& config) {
    QSettings().setValue("training/lastConfig", QString::fromStdString(toJson(config)));
}

QString language() {
    return QSettings().value("ui/language").toString();
}

void setLanguage(const QString& language) {
    QSettings().setValue("ui/language", language);
}

int maxPlotPoints() {
    return QSettings().value("plots/maxPoints", 20000).toInt();
}

void setMaxPlotPoints(int points) {
    QSettings().setValue("plots/maxPoints", points);
}

int trainingProcesses() {
    return std::max(1, QSettings().value("training/processes", 1).toInt());
}

void setTrainingProcesses(int processes) {
    QSettings().setValue("training/processes", processes);
}

} // namespace ganlab::app::settings
