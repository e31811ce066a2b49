// The feature-network table and the one parser of feature specs.
#include "api/feature_spec.h"

#include "api/error.h"

namespace ganlab {

const std::vector<FeatureSourceInfo>& featureSources() {
    static const std::vector<FeatureSourceInfo> table = {
        {FeatureSource::Random, "random", false, true, true,
         GANLAB_TR("Setting", "a fixed-seed, untrained CNN: always available, reproducible, "
                              "comparable only with itself")},
        {FeatureSource::RunClassifier, "classifier", false, true, true,
         GANLAB_TR("Setting", "the run's own classifier (classifier.pt), trained on first use "
                              "from its labelled dataset")},
        {FeatureSource::ClassifierFile, "classifier", true, true, true,
         GANLAB_TR("Setting", "a classifier file from ganlab-cli train-classifier")},
        {FeatureSource::InceptionFile, "inception", true, true, false,
         GANLAB_TR("Setting", "a TorchScript Inception-v3 returning [N, 2048] pool3 features "
                              "(see the README)")},
        {FeatureSource::TorchScriptFile, "torchscript", true, false, true,
         GANLAB_TR("Setting", "a TorchScript network returning at least four feature maps")},
    };
    return table;
}

const FeatureSourceInfo& featureSourceInfo(FeatureSource source) {
    for (const auto& info : featureSources())
        if (info.source == source)
            return info;
    return featureSources().front();
}

std::string FeatureSpec::text() const {
    const auto& info = featureSourceInfo(source);
    return info.takesFile ? std::string(info.name) + ":" + path : std::string(info.name);
}

std::string featureSpecForms(FeatureUse use) {
    std::vector<std::string> forms;
    for (const auto& info : featureSources())
        if (use == FeatureUse::Evaluation ? info.forEvaluation : info.forProjection)
            forms.push_back(std::string(info.name) + (info.takesFile ? ":FILE" : ""));
    std::string out;
    for (std::size_t i = 0; i < forms.size(); ++i)
        out += (i == 0 ? "" : i + 1 == forms.size() ? " or " : ", ") + forms[i];
    return out;
}

std::variant<FeatureSpec, Message> parseFeatureSpec(std::string_view text, FeatureUse use) {
    const auto colon = text.find(':');
    const std::string_view name = text.substr(0, colon);
    const bool hasFile = colon != std::string_view::npos;
    const std::string file = hasFile ? std::string(text.substr(colon + 1)) : std::string();
    bool known = false;
    for (const auto& info : featureSources()) {
        if (name != info.name)
            continue;
        known = true;
        if (info.takesFile != hasFile)
            continue;
        if (info.takesFile && file.empty())
            return message(MessageCode::FeatureSpecNeedsFile, info.name);
        if (!(use == FeatureUse::Evaluation ? info.forEvaluation : info.forProjection))
            return message(MessageCode::FeatureSpecNotHere, std::string(text),
                           featureSpecForms(use));
        return FeatureSpec{info.source, file};
    }
    if (known && !hasFile)
        return message(MessageCode::FeatureSpecNeedsFile, std::string(name));
    return message(MessageCode::SettingChoice, featureSpecForms(use), std::string(text));
}

FeatureSpec featureSpec(std::string_view text, FeatureUse use) {
    auto parsed = parseFeatureSpec(text, use);
    if (auto* m = std::get_if<Message>(&parsed))
        throw Error(ErrorKind::Usage, {}, std::move(*m));
    return std::get<FeatureSpec>(parsed);
}

} // namespace ganlab
