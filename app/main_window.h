// MainWindow: the lab's window — sample explorer in the middle; dataset, configuration, plots and
// log in docks; actions in menus, a toolbar and shortcuts. It composes widgets/ views and feeds
// them the value snapshots the TrainingController's workers send.
#pragma once

#include "api/train_config.h"
#include "dataset_inspector.h"
#include "training_controller.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

#include <stop_token>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace ganlab::widgets {
class ConfigPanel;
class DatasetDropZone;
class DatasetPanel;
class FadeInView;
class HealthPanel;
class MetricTable;
class LogPanel;
class PlotPanel;
class SampleExplorer;
class SampleGridView;
} // namespace ganlab::widgets

namespace ganlab {
struct TimelapseResult;
}

namespace ganlab::app {

class CompareWindow;
class StudyWindow;

struct LaunchOptions {
    TrainConfig config;     // what "Train" starts (the form shows it)
    QString runDir;         // where a new run goes (empty: a fresh folder under the app's data dir)
    QString openRun;        // open this existing run instead
    bool autoStart = false; // start training at once
    qint64 injectNanAt = -1; // testing aid: NaN into G at this step (trips the collapse guard)
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(LaunchOptions options, int computeThreads, QWidget* parent = nullptr);
    ~MainWindow() override;

    widgets::SampleExplorer* explorer() const { return m_explorer; }
    widgets::SampleGridView* sampleView() const;
    widgets::PlotPanel* plotPanel() const { return m_plots; }
    widgets::ConfigPanel* configPanel() const { return m_config; }
    widgets::DatasetPanel* datasetPanel() const { return m_datasetPanel; }
    widgets::LogPanel* logPanel() const { return m_log; }
    widgets::HealthPanel* healthPanel() const { return m_health; }
    widgets::MetricTable* metricTable() const { return m_metricTable; }
    widgets::FadeInView* fadeInView() const { return m_fade; }
    QAction* startAction() const { return m_start; }
    QAction* pauseAction() const { return m_pause; }
    QAction* evaluateAction() const { return m_evaluate; }
    qint64 lastStep() const { return m_lastStep; }
    QString runDir() const { return m_runDir; }
    bool paused() const { return m_paused; }
    QString statusText() const;                // the status bar's training line
    QList<CompareWindow*> comparisons() const; // the open comparison windows
    QList<StudyWindow*> studyWindows() const;  // the open study windows
    bool fading() const { return m_fading; }   // a growing run's new level is fading in
    // Raises a view: plots, metrics (the Metrics plot tab), evaluation, health, growth or log;
    // false for another name.
    bool showView(const QString& view);

public slots:
    void startTraining();
    void openRun(const QString& runDir);
    void openDataset(const QString& path);
    void togglePause();
    void stopTraining();
    // Renders `request` from the newest snapshot and writes it to `path` (asynchronous:
    // gridExported or the status bar reports the outcome).
    void exportGrid(const ganlab::SampleRequest& request, const QString& path);
    // The explorer's generator as TorchScript (asynchronous: generatorExported or an error).
    void exportGenerator(const QString& path);
    // Shows a TorchScript generator in the sample explorer, without a run (refused while one is
    // open: stop it first).
    void openGenerator(const QString& path);
    bool exportMetricsCsv(const QString& path);
    // The run's saved grids as a timelapse (.gif or .mp4), written on a thread of its own
    // (asynchronous: timelapseExported or an error).
    void exportTimelapse(const QString& path);
    void overlayRun(const QString& runDir);
    // The transfer lab: set up a source comparison for the current configuration (dialog), or
    // open an existing comparison folder; each shows in its own window.
    void compareSourcesWithDialog();
    void openComparison(const QString& dir);
    // A seed paper's experiment on this dataset (dialog), or an existing study folder; each shows
    // live in its own window.
    void studyWithDialog();
    void openStudy(const QString& dir);

signals:
    void gridExported(const QString& path);
    void generatorExported(const QString& path);
    void generatorOpened(const QString& path);
    void timelapseExported(const QString& path, int frames, int skipped);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showComparison(CompareWindow* window);
    void showStudy(StudyWindow* window);
    void buildUi();
    void buildSideDocks();
    void buildBottomDocks();
    void buildActions();
    void connectWorkers();
    void connectTraining();
    void connectHealthAndGrowth();
    void connectPreviews();
    void connectPanels();
    void restoreSettings();
    void refreshRecentMenu();
    void setRunning(bool running);
    void showRun(const RunSummary& run);
    void showImportedGenerator(const SnapshotPtr& generator, const QString& path);
    void showStats(const StepStats& stats);
    void showCollapse(const CollapseEvent& event);
    void showGrowth(const StepStats& stats);
    void reportError(const QString& message);
    void exportGridWithDialog();
    void exportCsvWithDialog();
    void exportTimelapseWithDialog();
    void finishTimelapse(const ganlab::TimelapseResult& result, const QString& error);
    void cancelTimelapse();
    void showSampleHistory();
    void addSavedGrid(qint64 step);
    void openSettings();
    QString newRunDir() const;

    LaunchOptions m_options;
    TrainingController m_controller;
    DatasetInspector m_inspector;
    widgets::SampleExplorer* m_explorer = nullptr;
    widgets::PlotPanel* m_plots = nullptr;
    widgets::ConfigPanel* m_config = nullptr;
    widgets::DatasetDropZone* m_dropZone = nullptr;
    widgets::DatasetPanel* m_datasetPanel = nullptr;
    widgets::LogPanel* m_log = nullptr;
    widgets::HealthPanel* m_health = nullptr;
    widgets::MetricTable* m_metricTable = nullptr;
    widgets::FadeInView* m_fade = nullptr;
    QDockWidget* m_healthDock = nullptr;
    QDockWidget* m_fadeDock = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_start = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_evaluate = nullptr;
    QAction* m_openRun = nullptr;
    QAction* m_openDataset = nullptr;
    QAction* m_exportGrid = nullptr;
    QString m_datasetPath;
    QString m_runDir;
    QStringList m_classNames;
    bool m_paused = true;
    qint64 m_lastStep = 0;
    bool m_fading = false;
    qint64 m_totalSteps = 0;
    double m_stepMsAverage = 0;                   // smoothed, for a steady ETA
    QList<QPointer<CompareWindow>> m_comparisons; // children: deleted with the window
    QList<QPointer<StudyWindow>> m_studies;       // likewise
    QPointer<QThread> m_timelapseThread;          // a timelapse being written
    QString m_timelapsePath;
    std::stop_source m_timelapseStop;
};

} // namespace ganlab::app
