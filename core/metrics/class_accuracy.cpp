// Class accuracy of conditional samples (AC-GAN's discriminability, Odena et al., ICML 2017
// §4.1): ganlab's classifier labels each sample; accuracy against the conditioning class, overall
// and per class, beside the classifier's own accuracy on held-out real images.
#include "metrics/metric_registry.h"

#include "api/error.h"

namespace ganlab {
namespace {

std::vector<MetricResult> classAccuracy(EvalContext& c) {
    const auto& in = c.inputs();
    if (!in.classifier)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::AccuracyNeedsClassifier));
    if (static_cast<int>(in.classifier->meta().classNames.size()) != in.numClasses)
        throw Error(ErrorKind::Usage, in.classifier->path(),
                    message(MessageCode::ClassifierClassCount,
                            in.classifier->meta().classNames.size(), in.numClasses));
    const std::string tag = "classifier:" + in.classifier->meta().name;
    const auto predicted = in.classifier->predict(c.fakeImages());
    const auto right = predicted == c.fakeLabels();
    std::vector<MetricResult> out;
    MetricResult all;
    all.name = "Accuracy[" + tag + "]";
    all.network = tag;
    all.value = right.to(torch::kDouble).mean().item<double>();
    all.note =
        message(MessageCode::NoteClassifierAccuracy, in.classifier->meta().validationAccuracy);
    out.push_back(all);
    for (int k = 0; k < in.numClasses; ++k) {
        const auto mask = c.fakeLabels() == k;
        if (!mask.any().item<bool>())
            continue;
        MetricResult r;
        r.name = all.name + "/" + in.classNames.at(k);
        r.parent = all.name;
        r.className = in.classNames.at(k);
        r.network = tag;
        r.value = right.masked_select(mask).to(torch::kDouble).mean().item<double>();
        out.push_back(r);
    }
    return out;
}

GANLAB_REGISTER_METRIC({.name = "accuracy",
                        .description = "Accuracy of conditional samples under ganlab's "
                                       "classifier (overall and per class)",
                        .direction = Direction::HigherIsBetter,
                        .needsLabels = true,
                        .needsClassifier = true,
                        .compute = classAccuracy});

} // namespace
} // namespace ganlab
