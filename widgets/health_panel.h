// HealthPanel: BigGAN's instability analysis live — top singular values of G's and D's first and
// last layers (log scale) and gradient norms — with the collapse guard's verdict and its offers:
// roll back to the last good checkpoint, or continue anyway; and the samples' diversity against
// the reals' with the mode-collapse flag (a warning: no offer, training goes on).
#pragma once

#include "api/metrics_history.h"

#include <QWidget>

#include <vector>

class QFrame;
class QLabel;
class QPushButton;

namespace ganlab::widgets {

class MetricPlot;

class HealthPanel : public QWidget {
    Q_OBJECT

public:
    explicit HealthPanel(QWidget* parent = nullptr);

    // True for the kinds of series this panel shows: singular values, their ratio, gradient norms,
    // diversity.
    static bool accepts(SeriesKind kind);
    void addPoint(SeriesKind kind, const QString& series, double step, double value);
    void setSeries(SeriesKind kind, const QString& series, const QVector<double>& steps,
                   const QVector<double>& values);
    // σ0 of G's first layer over its running level (the guard's signal), as the state line says.
    void setSigmaRatio(double ratio);
    // Clears the curves and both flags (the mode-collapse rule stays).
    void clear();

    // The guard tripped: show why, and offer the rollback (lastGood empty: back to step 0).
    void showCollapse(qint64 step, const QString& reason, qint64 lastGoodStep,
                      const QString& lastGood);
    void clearCollapse();
    bool collapseShown() const;
    QString collapseText() const;

    // When the run's diversity readings flag mode collapse (api/metrics_history.h's rule, from
    // its config): the flag follows every reading, live or from a reopened run's history.
    void setModeCollapseRule(const ModeCollapseRule& rule);
    bool modeCollapseShown() const;
    // "Mode collapse: samples' diversity 0.05 of the reals' (below 0.3) since step 600"; empty
    // while the flag is down.
    QString modeCollapseText() const;

    MetricPlot* sigmaPlot() const { return m_sigma; }
    MetricPlot* gradientPlot() const { return m_gradients; }
    MetricPlot* diversityPlot() const { return m_diversity; }
    QPushButton* rollBackButton() const { return m_rollBack; }
    QPushButton* continueButton() const { return m_continue; }

signals:
    void rollBackRequested();
    void continueRequested();

private:
    void showDiversity();

    MetricPlot* m_sigma;
    MetricPlot* m_gradients;
    MetricPlot* m_diversity;
    QLabel* m_modeCollapse; // the mode-collapse flag
    ModeCollapseRule m_rule;
    std::vector<double> m_diversitySteps, m_diversityValues;
    QFrame* m_banner;
    QLabel* m_message;
    QLabel* m_state;
    QPushButton* m_rollBack;
    QPushButton* m_continue;
};

} // namespace ganlab::widgets
