// StudyWindow: one study live — its phase and progress, the figure redrawn after every round, the
// samples, the table, what it shows and how far to trust it, and arms flagged for mode collapse.
// A StudyWorker on its own thread creates (or opens) and runs it; everything shown arrives as
// values. Start resumes, Stop saves every arm, closing stops cleanly; the report opens when done.
#pragma once

#include "api/study.h"
#include "study_worker.h"

#include <QMainWindow>
#include <QThread>

#include <stop_token>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;
class QTextBrowser;

namespace ganlab::widgets {
class FigureView;
class SampleGridView;
} // namespace ganlab::widgets

namespace ganlab::app {

class StudyWindow : public QMainWindow {
    Q_OBJECT

public:
    // A new study in `dir`: planned and timed on the worker thread (a refusal shows here and
    // leaves no folder), then run at once …
    StudyWindow(const StudySpec& spec, const QString& dir, QWidget* parent = nullptr);
    // … or an existing one, opened stopped (Start resumes it).
    explicit StudyWindow(const QString& dir, QWidget* parent = nullptr);
    ~StudyWindow() override;

    bool running() const { return m_running; }
    bool isReady() const { return m_ready; }
    bool isFinished() const { return m_finished; }
    QString lastError() const { return m_error; }
    QString dir() const { return m_dir; }
    QString reportPath() const { return m_snapshot.reportPath; }
    QImage figure() const;
    QImage samples() const;
    QTableWidget* table() const { return m_table; }
    int tableRowCount() const;
    QString findingsText() const { return m_snapshot.findings.join(QStringLiteral("\n\n")); }
    QString trustText() const { return m_snapshot.trust; }
    QStringList collapsedArms() const { return m_snapshot.collapsed; }
    QString collapseText() const; // the red flag line ("" when nothing is flagged)
    QString phaseText() const;
    int progressPercent() const;
    int updateCount() const { return m_updates; } // snapshots shown so far
    QAction* startAction() const { return m_start; }
    QAction* stopAction() const { return m_stopAction; }
    QAction* openReportAction() const { return m_openReport; }

public slots:
    void startStudy();
    void stopStudy();
    void openReport();
    // Shows one snapshot (the worker's after every round).
    void showSnapshot(const ganlab::app::StudySnapshot& snapshot);

signals:
    void runEnded(bool finished);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    explicit StudyWindow(QWidget* parent);
    QWidget* buildCentral();
    void connectWorker();
    void onReady(const QString& dir, const StudySnapshot& snapshot);
    void showTable(const StudySnapshot& snapshot);
    void showProgress(double fraction, const QString& message);
    void showError(const QString& message);
    void updateActions();
    void shutDown();

    QThread m_thread;
    StudyWorker* m_worker;
    std::stop_source m_stop;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_phase = nullptr;
    QProgressBar* m_progress = nullptr;
    widgets::FigureView* m_figure = nullptr;
    widgets::SampleGridView* m_samples = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_collapse = nullptr;
    QTextBrowser* m_findings = nullptr;
    QLineEdit* m_command = nullptr;
    QAction *m_start = nullptr, *m_stopAction = nullptr, *m_openReport = nullptr,
            *m_openFolder = nullptr;
    StudySnapshot m_snapshot; // the worker's latest
    QString m_dir, m_error, m_progressMessage;
    int m_updates = 0;
    bool m_ready = false, m_running = false, m_finished = false, m_autoStart = false;
};

} // namespace ganlab::app
