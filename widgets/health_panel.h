// HealthPanel: BigGAN's instability analysis live — top singular values of G's and D's first and
// last layers (log scale) and gradient norms — with the collapse guard's verdict and its offers:
// roll back to the last good checkpoint, or continue anyway.
#pragma once

#include "api/metrics_history.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace ganlab::widgets {

class MetricPlot;

class HealthPanel : public QWidget {
    Q_OBJECT

public:
    explicit HealthPanel(QWidget* parent = nullptr);

    // True for the kinds of series this panel shows: singular values, their ratio, gradient norms.
    static bool accepts(SeriesKind kind);
    void addPoint(SeriesKind kind, const QString& series, double step, double value);
    void setSeries(SeriesKind kind, const QString& series, const QVector<double>& steps,
                   const QVector<double>& values);
    // σ0 of G's first layer over its running level (the guard's signal), as the state line says.
    void setSigmaRatio(double ratio);
    void clear();

    // The guard tripped: show why, and offer the rollback (lastGood empty: back to step 0).
    void showCollapse(qint64 step, const QString& reason, qint64 lastGoodStep,
                      const QString& lastGood);
    void clearCollapse();
    bool collapseShown() const;
    QString collapseText() const;

    MetricPlot* sigmaPlot() const { return m_sigma; }
    MetricPlot* gradientPlot() const { return m_gradients; }
    QPushButton* rollBackButton() const { return m_rollBack; }
    QPushButton* continueButton() const { return m_continue; }

signals:
    void rollBackRequested();
    void continueRequested();

private:
    MetricPlot* m_sigma;
    MetricPlot* m_gradients;
    QFrame* m_banner;
    QLabel* m_message;
    QLabel* m_state;
    QPushButton* m_rollBack;
    QPushButton* m_continue;
};

} // namespace ganlab::widgets
