// MainWindow: the lab's window — sample grid, run status and the start/pause/open actions.
#pragma once

#include "api/train_config.h"
#include "training_controller.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;

namespace ganlab::widgets {
class SampleGridView;
}

namespace ganlab::app {

struct LaunchOptions {
    TrainConfig config;     // what "Train" starts
    QString runDir;         // where a new run goes (empty: a fresh folder under the app's data dir)
    QString openRun;        // open this existing run instead
    bool autoStart = false; // start training at once
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(LaunchOptions options, int computeThreads, QWidget* parent = nullptr);
    ~MainWindow() override;

    widgets::SampleGridView* sampleView() const { return m_grid; }
    qint64 lastStep() const { return m_lastStep; }
    QAction* startAction() const { return m_start; }
    QAction* pauseAction() const { return m_pause; }

public slots:
    void startTraining();
    void openRun(const QString& runDir);
    void togglePause();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void showStats(const StepStats& stats);
    void showRun(const QString& runDir, const DatasetInfo& dataset, qint64 step, qint64 total);
    QString newRunDir() const;

    LaunchOptions m_options;
    TrainingController m_controller;
    widgets::SampleGridView* m_grid = nullptr;
    QLabel* m_datasetLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QAction* m_start = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_open = nullptr;
    bool m_paused = false;
    qint64 m_lastStep = 0;
    qint64 m_totalSteps = 0;
};

} // namespace ganlab::app
