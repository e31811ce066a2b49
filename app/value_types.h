// Meta-type declarations for the value snapshots that cross between the GUI and worker threads.
#pragma once

#include "api/dataset_info.h"
#include "api/generator_snapshot.h"
#include "api/image.h"
#include "api/metric_result.h"
#include "api/metrics_history.h"
#include "api/sample_request.h"
#include "api/source_comparison.h"
#include "api/step_stats.h"
#include "api/train_config.h"
#include "api/training_run.h"

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>

namespace ganlab::app {

using SnapshotPtr = std::shared_ptr<ganlab::GeneratorSnapshot>;
using MetricResults = std::vector<ganlab::MetricResult>;
// A comparison's arms' newest mode-collapse readings, by arm label.
using ArmModeCollapse = std::map<std::string, ganlab::ModeCollapseReading>;

// What the window needs to know about a run once it is ready.
struct RunSummary {
    QString runDir;
    TrainConfig config;
    DatasetInfo dataset;
    QStringList classNames; // of the model: empty when unconditional
    qint64 step = 0;
    qint64 totalSteps = 0;
    SampleRequest fixedGrid; // the grid the run writes to samples/
    MetricsHistory history;  // what metrics.jsonl already holds (a reopened run's curves)
    std::optional<GrowthSchedule> growth; // progressive models: the growth timeline
    std::optional<GrowthState> growthState;
};

// One render of PG-GAN's fade for the FadeInView.
struct FadeImages {
    QImage lower, upper, blend;
    int lowerResolution = 0, upperResolution = 0;
    double alpha = 1.0;
    qint64 step = 0;
};

// What a study shows at one moment (core's StudyResults with its images as QImage), plus what the
// window needs of the study itself.
struct StudySnapshot {
    QString study;
    QString phase; // "training", "analysing", "reporting", "done"
    QString features;
    QImage figure, samples;
    QStringList columns;
    QList<QStringList> rows;
    QStringList findings;
    QString trust;
    QStringList collapsed; // arms (or the run) flagged for mode collapse
    QStringList arms;      // the arms' labels (studies that train)
    QString command;       // the ganlab-cli command that reproduces it
    QString reportPath;
    bool finished = false; // report written
};

void registerValueTypes();

} // namespace ganlab::app

Q_DECLARE_METATYPE(ganlab::StepStats)
Q_DECLARE_METATYPE(ganlab::DatasetInfo)
Q_DECLARE_METATYPE(ganlab::SampleRequest)
Q_DECLARE_METATYPE(ganlab::TrainConfig)
Q_DECLARE_METATYPE(ganlab::app::SnapshotPtr)
Q_DECLARE_METATYPE(ganlab::app::RunSummary)
Q_DECLARE_METATYPE(ganlab::app::MetricResults)
Q_DECLARE_METATYPE(ganlab::app::ArmModeCollapse)
Q_DECLARE_METATYPE(ganlab::app::FadeImages)
Q_DECLARE_METATYPE(ganlab::CollapseEvent)
Q_DECLARE_METATYPE(ganlab::CompareResults)
Q_DECLARE_METATYPE(ganlab::app::StudySnapshot)
