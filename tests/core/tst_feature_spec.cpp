// Tests of feature-network specs (api/feature_spec.h): each form parsed once into its source and
// file, refused where its kind cannot serve, and written back as it was typed.
#include "api/error.h"
#include "api/feature_spec.h"

#include <gtest/gtest.h>

using namespace ganlab;

namespace {

FeatureSpec ok(const char* text, FeatureUse use) {
    auto parsed = parseFeatureSpec(text, use);
    EXPECT_TRUE(std::holds_alternative<FeatureSpec>(parsed))
        << text << ": " << std::get<Message>(parsed).text();
    return std::holds_alternative<FeatureSpec>(parsed) ? std::get<FeatureSpec>(parsed)
                                                       : FeatureSpec{};
}

MessageCode refused(const char* text, FeatureUse use) {
    auto parsed = parseFeatureSpec(text, use);
    EXPECT_TRUE(std::holds_alternative<Message>(parsed)) << text;
    return std::holds_alternative<Message>(parsed) ? std::get<Message>(parsed).code
                                                   : MessageCode::Text;
}

} // namespace

TEST(FeatureSpecs, everyFormParsesToItsSourceAndBack) {
    const auto E = FeatureUse::Evaluation, P = FeatureUse::Projection;
    ASSERT_EQ(ok("random", E), (FeatureSpec{FeatureSource::Random, {}}));
    ASSERT_EQ(ok("classifier", E), (FeatureSpec{FeatureSource::RunClassifier, {}}));
    ASSERT_EQ(ok("classifier:/m/c.pt", P), (FeatureSpec{FeatureSource::ClassifierFile, "/m/c.pt"}));
    ASSERT_EQ(ok("inception:/m/i.pt", E), (FeatureSpec{FeatureSource::InceptionFile, "/m/i.pt"}));
    ASSERT_EQ(ok("torchscript:a:b.pt", P),
              (FeatureSpec{FeatureSource::TorchScriptFile, "a:b.pt"})); // a colon in the file
    for (const char* text : {"random", "classifier", "classifier:x.pt", "inception:/i.pt"})
        ASSERT_EQ(ok(text, E).text(), text);
}

TEST(FeatureSpecs, kindsServeOnlyWhereTheyFit) {
    const auto E = FeatureUse::Evaluation, P = FeatureUse::Projection;
    ASSERT_EQ(refused("inception:/i.pt", P), MessageCode::FeatureSpecNotHere); // no feature maps
    ASSERT_EQ(refused("torchscript:/t.pt", E), MessageCode::FeatureSpecNotHere);
    ASSERT_EQ(refused("inception", E), MessageCode::FeatureSpecNeedsFile);
    ASSERT_EQ(refused("inception:", E), MessageCode::FeatureSpecNeedsFile);
    ASSERT_EQ(refused("resnet50", E), MessageCode::SettingChoice);
    ASSERT_EQ(refused("", E), MessageCode::SettingChoice);
    ASSERT_EQ(featureSpecForms(E), "random, classifier, classifier:FILE or inception:FILE");
    ASSERT_EQ(featureSpecForms(P), "random, classifier, classifier:FILE or torchscript:FILE");
    ASSERT_THROW(featureSpec("resnet50", E), Error);
    for (const auto& info : featureSources())
        ASSERT_EQ(&featureSourceInfo(info.source), &info);
}
