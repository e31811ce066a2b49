// CompareWindow: the transfer lab's comparison — a SourceCompareView over a comparison folder,
// trained by a CompareWorker on its own thread (arms interleaved), with Start/Stop and exports.
// Everything it shows arrives as values from the worker: it reads and decodes nothing itself.
#pragma once

#include "api/source_comparison.h"
#include "compare_worker.h"

#include <QMainWindow>
#include <QThread>

#include <optional>
#include <stop_token>

class QAction;

namespace ganlab::widgets {
class SourceCompareView;
}

namespace ganlab::app {

class CompareWindow : public QMainWindow {
    Q_OBJECT

public:
    // A new comparison in `dir` (created on the worker thread: ranking, arms) …
    CompareWindow(const CompareSpec& spec, const QString& dir, QWidget* parent = nullptr);
    // … or an existing one, opened stopped.
    explicit CompareWindow(const QString& dir, QWidget* parent = nullptr);
    ~CompareWindow() override;

    widgets::SourceCompareView* view() const { return m_view; }
    bool training() const { return m_training; }
    bool isFinished() const { return m_finished; }
    QString lastError() const { return m_error; }
    bool hasResults() const { return !m_results.arms.empty(); }

public slots:
    void startTraining();
    void stopTraining();

signals:
    void trainingEnded(bool finished);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    explicit CompareWindow(QWidget* parent);
    void onReady(const QString& dir, const CompareResults& results, bool finished);
    void connectWorker();
    void connectExports();
    void updateActions();

    QThread m_thread;
    CompareWorker* m_worker;
    std::stop_source m_stop;
    widgets::SourceCompareView* m_view;
    QAction *m_start, *m_stopAction;
    CompareResults m_results; // the worker's latest snapshot
    QString m_dir, m_error;
    bool m_ready = false, m_training = false, m_finished = false;
};

} // namespace ganlab::app
