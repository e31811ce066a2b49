// CompareWindow: the transfer lab's comparison — a SourceCompareView over a comparison folder,
// trained by a CompareWorker on its own thread (arms interleaved), with Start/Stop and exports.
#pragma once

#include "api/source_comparison.h"

#include <QMainWindow>
#include <QThread>

#include <optional>
#include <stop_token>

class QAction;

namespace ganlab::widgets {
class SourceCompareView;
}

namespace ganlab::app {

// Lives on the comparison thread and owns the SourceComparison (and so its runs' tensors).
class CompareWorker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Called on the worker thread (queued by CompareWindow).
    void create(const ganlab::CompareSpec& spec, const QString& dir, std::stop_token stop);
    void open(const QString& dir);
    void train(std::stop_token stop);

signals:
    void ready(const QString& dir);
    void message(const QString& text);
    void progressed(const QVector<qint64>& armSteps);
    void trainingEnded(bool finished);
    void failed(const QString& message);

private:
    std::optional<SourceComparison> m_comparison;
};

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

public slots:
    void startTraining();
    void stopTraining();
    void refresh();

signals:
    void trainingEnded(bool finished);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    explicit CompareWindow(QWidget* parent);
    void onReady(const QString& dir);
    void showGrids(qint64 step);
    void updateActions();

    QThread m_thread;
    CompareWorker* m_worker;
    std::stop_source m_stop;
    widgets::SourceCompareView* m_view;
    QAction *m_start, *m_stopAction;
    std::optional<SourceComparison> m_reader; // GUI-side: reads curves and grids from disk
    QVector<qint64> m_armSteps;
    QString m_dir, m_error;
    bool m_training = false, m_finished = false;
};

} // namespace ganlab::app
