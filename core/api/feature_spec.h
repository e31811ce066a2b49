// FeatureSpec: which feature network a metric or the projected discriminator stands on, parsed
// once from its text ("random", "classifier", "classifier:FILE", "inception:FILE",
// "torchscript:FILE") into a typed value. One table says what each kind is and where it serves.
#pragma once

#include "message.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ganlab {

enum class FeatureSource {
    Random,         // a fixed-seed, untrained CNN: always available
    RunClassifier,  // the run's own classifier.pt, trained on first use (labelled data)
    ClassifierFile, // a classifier from ganlab-cli train-classifier
    InceptionFile,  // a TorchScript Inception-v3 returning [N, 2048] pool3 features
    TorchScriptFile // a TorchScript network returning at least four feature maps
};

// What the network is asked for: one embedding per image (FD, KID, precision/recall, ranking),
// or feature maps at four depths (the projected discriminator).
enum class FeatureUse { Evaluation, Projection };

struct FeatureSpec {
    FeatureSource source = FeatureSource::Random;
    std::string path; // the file, for the *File sources

    std::string text() const; // "random", "classifier:/x/c.pt", …
    bool operator==(const FeatureSpec&) const = default;
};

struct FeatureSourceInfo {
    FeatureSource source;
    const char* name;   // "random", "classifier", "inception", "torchscript"
    bool takesFile;     // written name:FILE
    bool forEvaluation; // usable by metrics and the source ranking
    bool forProjection; // usable by the projected discriminator
    const char* help;   // translatable
};

const std::vector<FeatureSourceInfo>& featureSources();
const FeatureSourceInfo& featureSourceInfo(FeatureSource source);
// The grammar's forms for one use, e.g. "random, classifier, classifier:FILE or inception:FILE".
std::string featureSpecForms(FeatureUse use);

// Parses a spec for a use; the Message says what is wrong (unknown kind, missing file name, a
// kind that cannot serve this use).
std::variant<FeatureSpec, Message> parseFeatureSpec(std::string_view text, FeatureUse use);
// The same, throwing Error (ErrorKind::Usage) on a bad spec.
FeatureSpec featureSpec(std::string_view text, FeatureUse use);

} // namespace ganlab
