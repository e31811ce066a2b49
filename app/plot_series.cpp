// Plot feeding implementation.
#include "plot_series.h"

namespace ganlab::app {

widgets::PlotGroup plotGroupFor(const QString& name) {
    using widgets::PlotGroup;
    if (name.startsWith(QLatin1String("grad_norm")))
        return PlotGroup::Gradients;
    if (name == QLatin1String("images_per_s") || name == QLatin1String("step_ms"))
        return PlotGroup::Speed;
    return PlotGroup::Losses; // loss_d, loss_g and every loss term (gp, d_real, d_fake, …)
}

bool plottedInPanel(const QString& name) {
    return !name.startsWith(QLatin1String("sigma")) && !name.startsWith(QLatin1String("growth_"));
}

void addHealth(widgets::HealthPanel& health, const StepStats& s) {
    const double x = static_cast<double>(s.step);
    health.addPoint(QStringLiteral("grad_norm_d"), x, s.gradNormD);
    health.addPoint(QStringLiteral("grad_norm_g"), x, s.gradNormG);
    for (const auto& [key, value] : s.extra) {
        const QString name = QString::fromStdString(key);
        if (name.startsWith(QLatin1String("sigma")))
            health.addPoint(name, x, value);
    }
}

void addHealthHistory(widgets::HealthPanel& health, const MetricsHistory& history) {
    for (const auto& series : history.series) {
        const QString name = QString::fromStdString(series.name);
        if (!series.evaluation && widgets::HealthPanel::accepts(name))
            health.setSeries(name, QVector<double>(series.steps.begin(), series.steps.end()),
                             QVector<double>(series.values.begin(), series.values.end()));
    }
}

void addStepStats(widgets::PlotPanel& plots, const StepStats& s) {
    using widgets::PlotGroup;
    const double x = static_cast<double>(s.step);
    plots.addPoint(PlotGroup::Losses, QStringLiteral("loss_d"), x, s.lossD);
    plots.addPoint(PlotGroup::Losses, QStringLiteral("loss_g"), x, s.lossG);
    plots.addPoint(PlotGroup::Gradients, QStringLiteral("grad_norm_d"), x, s.gradNormD);
    plots.addPoint(PlotGroup::Gradients, QStringLiteral("grad_norm_g"), x, s.gradNormG);
    plots.addPoint(PlotGroup::Speed, QStringLiteral("images_per_s"), x, s.imagesPerSec);
    plots.addPoint(PlotGroup::Speed, QStringLiteral("step_ms"), x, s.stepMs);
    for (const auto& [key, value] : s.extra) {
        const QString name = QString::fromStdString(key);
        if (plottedInPanel(name))
            plots.addPoint(plotGroupFor(name), name, x, value);
    }
}

void addMetricResults(widgets::PlotPanel& plots, const std::vector<MetricResult>& results) {
    for (const auto& r : results)
        if (r.name.find('/') == std::string::npos)
            plots.addPoint(widgets::PlotGroup::Metrics, QString::fromStdString(r.name),
                           static_cast<double>(r.step), r.value);
}

void addHistory(widgets::PlotPanel& plots, const MetricsHistory& history, const QString& run) {
    for (const auto& series : history.series) {
        const QString name = QString::fromStdString(series.name);
        if ((series.evaluation && name.contains('/')) || !plottedInPanel(name))
            continue;
        plots.setSeries(series.evaluation ? widgets::PlotGroup::Metrics : plotGroupFor(name), name,
                        QVector<double>(series.steps.begin(), series.steps.end()),
                        QVector<double>(series.values.begin(), series.values.end()), run);
    }
}

} // namespace ganlab::app
