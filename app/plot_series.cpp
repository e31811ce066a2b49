// Plot feeding implementation.
#include "plot_series.h"

namespace ganlab::app {

std::optional<widgets::PlotGroup> plotGroupFor(SeriesKind kind) {
    using widgets::PlotGroup;
    switch (kind) {
    case SeriesKind::Loss:
    case SeriesKind::LossTerm:
        return PlotGroup::Losses;
    case SeriesKind::GradientNorm:
        return PlotGroup::Gradients;
    case SeriesKind::Speed:
        return PlotGroup::Speed;
    case SeriesKind::Evaluation:
        return PlotGroup::Metrics;
    case SeriesKind::Augmentation:
        return PlotGroup::Augmentation;
    case SeriesKind::SingularValue:
    case SeriesKind::SigmaRatio:
    case SeriesKind::Diversity:
    case SeriesKind::Growth:
        break;
    }
    return std::nullopt;
}

void addHealth(widgets::HealthPanel& health, const StepStats& s) {
    const double x = static_cast<double>(s.step);
    health.addPoint(SeriesKind::GradientNorm, QStringLiteral("grad_norm_d"), x, s.gradNormD);
    health.addPoint(SeriesKind::GradientNorm, QStringLiteral("grad_norm_g"), x, s.gradNormG);
    if (!s.health)
        return;
    for (const auto& layer : s.health->layers)
        for (std::size_t i = 0; i < layer.sigmas.size(); ++i)
            health.addPoint(SeriesKind::SingularValue,
                            QString::fromStdString(sigmaSeriesName(layer.key, i)), x,
                            layer.sigmas[i]);
    health.setSigmaRatio(s.health->firstLayerRatio);
    if (s.health->diversity)
        health.addPoint(SeriesKind::Diversity, QString::fromLatin1(kDiversitySeries), x,
                        *s.health->diversity);
}

void addHealthHistory(widgets::HealthPanel& health, const MetricsHistory& history) {
    for (const auto& series : history.series)
        if (widgets::HealthPanel::accepts(series.kind))
            health.setSeries(series.kind, QString::fromStdString(series.name),
                             QVector<double>(series.steps.begin(), series.steps.end()),
                             QVector<double>(series.values.begin(), series.values.end()));
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
    for (const auto& [key, value] : s.lossTerms)
        plots.addPoint(PlotGroup::Losses, QString::fromStdString(key), x, value);
    if (s.augment && s.augment->p)
        plots.addPoint(PlotGroup::Augmentation, QString::fromLatin1(kAdaPSeries), x, *s.augment->p);
    if (s.augment && s.augment->rt)
        plots.addPoint(PlotGroup::Augmentation, QString::fromLatin1(kAdaRtSeries), x,
                       *s.augment->rt);
}

void addMetricResults(widgets::PlotPanel& plots, const std::vector<MetricResult>& results) {
    for (const auto& r : results)
        if (r.parent.empty())
            plots.addPoint(widgets::PlotGroup::Metrics, QString::fromStdString(r.name),
                           static_cast<double>(r.step), r.value);
}

void addHistory(widgets::PlotPanel& plots, const MetricsHistory& history, const QString& run) {
    for (const auto& series : history.series) {
        const auto group = plotGroupFor(series.kind);
        if (!group || !series.parent.empty())
            continue;
        plots.setSeries(*group, QString::fromStdString(series.name),
                        QVector<double>(series.steps.begin(), series.steps.end()),
                        QVector<double>(series.values.begin(), series.values.end()), run);
    }
}

} // namespace ganlab::app
