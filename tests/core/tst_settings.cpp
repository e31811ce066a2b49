// Tests of the settings table (api/settings.h): every setting well declared, text and JSON round
// trips, what a person's values cascade to, validation naming the setting, the CLI shorthands,
// and an old config.json read as it was written.
#include "api/error.h"
#include "api/presets.h"
#include "api/settings.h"
#include "support/test_util.h"
#include "util/text_file.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

using namespace ganlab;
using namespace ganlab::testing;

namespace {

TrainConfig given(std::vector<std::pair<std::string, std::string>> values,
                  TrainConfig base = presetConfig("cpu-quick")) {
    const auto problems = applySettingTexts(base, values);
    EXPECT_TRUE(problems.empty()) << problemsText(problems);
    return base;
}

Problem onlyProblem(const TrainConfig& c) {
    const auto problems = validateConfig(c);
    EXPECT_EQ(problems.size(), 1u) << problemsText(problems);
    return problems.empty() ? Problem{} : problems.front();
}

} // namespace

TEST(Settings, everySettingIsDeclaredOnceWithItsText) {
    std::set<std::string> keys, options;
    const TrainConfig defaults;
    for (const auto& s : settings()) {
        ASSERT_TRUE(keys.insert(s.key).second) << s.key;
        if (!s.option.empty()) {
            ASSERT_TRUE(options.insert(s.option).second) << s.option;
        }
        ASSERT_TRUE(*s.label && *s.help) << s.key;
        ASSERT_TRUE(s.get && s.set) << s.key;
        if (s.type == SettingType::Choice) {
            ASSERT_TRUE(s.choices && !s.choices().empty()) << s.key;
        }
        // The value of the defaults survives text and back.
        const SettingValue value = s.get(defaults);
        const auto parsed = parseSettingText(s, settingText(s, value));
        ASSERT_TRUE(std::holds_alternative<SettingValue>(parsed)) << s.key;
        ASSERT_EQ(std::get<SettingValue>(parsed), value) << s.key;
    }
    for (const auto& shorthand : settingShorthands())
        ASSERT_TRUE(options.insert(shorthand.option).second) << shorthand.option;
    // The keys of a config.json written before the table, none lost, and the settings added since.
    const auto legacy = nlohmann::json::parse(readTextFile(GANLAB_LEGACY_RUN "/config.json"));
    std::set<std::string> legacyKeys;
    for (const auto& [key, value] : legacy.items())
        legacyKeys.insert(key);
    legacyKeys.insert("grad_clip");
    legacyKeys.insert("device");      // issue 14
    legacyKeys.insert("precision");   // issue 14
    legacyKeys.insert("sync_bn");     // issue 15
    legacyKeys.insert("mbstd_group"); // issue 15
    // Issue 18: "diff_augment" became "augment" (read from the old key), and ADA's settings.
    legacyKeys.erase("diff_augment");
    ASSERT_EQ(findSetting("augment").formerKey, "diff_augment");
    for (const char* key :
         {"augment", "ada_target", "ada_p", "ada_speed_images", "ada_interval", "eval_reals"})
        legacyKeys.insert(key);
    legacyKeys.insert("mode_collapse_below"); // issue 19: mode-collapse detection
    legacyKeys.insert("eval_truncation");     // issue 19: truncated evaluations
    ASSERT_EQ(keys, legacyKeys);
    ASSERT_EQ(&findSetting("lr_g"), settingForOption("lr-g"));
    ASSERT_THROW(findSetting("no_such_key"), Error);
    ASSERT_EQ(settingForOption("no-such-option"), nullptr);
}

TEST(Settings, everyPresetRoundTripsThroughJson) {
    for (const auto& p : presets()) {
        const TrainConfig c = presetConfig(p.name);
        ASSERT_TRUE(validateConfig(c).empty()) << p.name;
        ASSERT_EQ(toJson(trainConfigFromJson(toJson(c))), toJson(c)) << p.name;
    }
    // A hand-made config with every kind of value survives too.
    TrainConfig c = presetConfig("quality");
    c.dataPath = "/some/where";
    c.fit = FitMode::Pad;
    c.background = {1, 2, 3};
    c.conditional = true;
    c.seed = 12345678901ull;
    c.eval.features = {FeatureSource::ClassifierFile, "/some/classifier.pt"};
    c.growth.batchSizes = {16, 8};
    c.discriminator = DiscriminatorKind::Projected;
    c.augment = {.mode = AugmentMode::DiffAugment, .ops = {"color", "cutout"}};
    ASSERT_EQ(toJson(trainConfigFromJson(toJson(c))), toJson(c));
    // Unknown keys are ignored, missing keys keep the defaults.
    const TrainConfig read = trainConfigFromJson(R"({"steps": 7, "someday": true})");
    const TrainConfig defaults;
    ASSERT_EQ(read.steps, 7);
    ASSERT_EQ(read.batchSize, defaults.batchSize);
}

TEST(Settings, severalProblemsAreNamedTogether) {
    TrainConfig bad = presetConfig("cpu-quick");
    bad.auxClassifier = true; // without conditional
    bad.augment = {.mode = AugmentMode::DiffAugment, .ops = {"colour"}};
    bad.resolution = 12;
    std::set<std::string> keys;
    for (const auto& problem : validateConfig(bad))
        keys.insert(problem.setting);
    ASSERT_EQ(keys, (std::set<std::string>{"augment", "aux_classifier", "resolution"}));
    try { // a word no field can hold is refused while reading, naming its key and the file
        trainConfigFromJson(R"({"discriminator": "huge"})", "cfg.json");
        FAIL() << "a discriminator named huge was read";
    } catch (const Error& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        ASSERT_EQ(e.problems()[0].setting, "discriminator");
        ASSERT_TRUE(contains(e.what(), "cfg.json")) << e.what();
    }
    ASSERT_THROW(presetConfig("turbo"), Error);
}

TEST(Settings, aJsonValueOfTheWrongTypeIsRefusedByKey) {
    try {
        trainConfigFromJson(R"({"batch_size": "64", "conditional": 1, "classes": "a,b"})",
                            "c.json");
        FAIL();
    } catch (const Error& e) {
        ASSERT_EQ(e.kind(), ErrorKind::Data);
        ASSERT_EQ(e.path(), "c.json");
        std::set<std::string> keys;
        for (const auto& p : e.problems()) {
            keys.insert(p.setting);
            ASSERT_EQ(p.message.code, MessageCode::SettingWrongJsonType);
        }
        ASSERT_EQ(keys, (std::set<std::string>{"batch_size", "conditional", "classes"}));
    }
    ASSERT_THROW(trainConfigFromJson("[1, 2]"), Error);
    ASSERT_THROW(trainConfigFromJson("{broken"), Error);
}

TEST(Settings, textsParseByTypeAndNoneMeansEmpty) {
    const auto parse = [](const char* key, const char* text) {
        return parseSettingText(findSetting(key), text);
    };
    ASSERT_EQ(std::get<SettingValue>(parse("batch_size", " 32 ")), SettingValue(std::int64_t(32)));
    ASSERT_EQ(std::get<Message>(parse("batch_size", "3.5")).code, MessageCode::SettingNotWhole);
    ASSERT_EQ(std::get<Message>(parse("lr_g", "fast")).code, MessageCode::SettingNotNumber);
    ASSERT_EQ(std::get<Message>(parse("conditional", "maybe")).code, MessageCode::SettingNotFlag);
    ASSERT_EQ(std::get<SettingValue>(parse("classes", "Sandal, Sneaker,")),
              SettingValue(std::vector<std::string>{"Sandal", "Sneaker"}));
    ASSERT_EQ(std::get<SettingValue>(parse("classes", "none")),
              SettingValue(std::vector<std::string>{}));
    ASSERT_EQ(std::get<SettingValue>(parse("augment", "none")), SettingValue(std::string()));
    ASSERT_EQ(std::get<SettingValue>(parse("background", "1,2,3")),
              SettingValue(std::vector<std::int64_t>{1, 2, 3}));
    ASSERT_EQ(std::get<Message>(parse("background", "1,x,3")).code, MessageCode::SettingNotWhole);
}

TEST(Settings, rangesSayTheirBoundsAndWhatZeroMeans) {
    const auto range = [](const char* key, SettingValue v) {
        return checkValueRange(findSetting(key), v);
    };
    ASSERT_FALSE(range("lr_g", 0.5));
    ASSERT_EQ(range("lr_g", 1.0)->text(), "must be above 0 and below 1, not 1");
    ASSERT_EQ(range("batch_size", std::int64_t(1))->text(), "must be from 2 to 4096, not 1");
    ASSERT_FALSE(range("sample_every", std::int64_t(0))); // 0 = never
    ASSERT_EQ(range("sample_every", std::int64_t(-1))->code, MessageCode::SettingZeroOrRange);
    ASSERT_EQ(range("collapse_factor", 1.0)->code, MessageCode::SettingZeroOrRange);
    ASSERT_EQ(range("background", std::vector<std::int64_t>{0, 256, 0})->code,
              MessageCode::SettingRange);
    // A value no field could hold is refused before it is stored, not narrowed.
    TrainConfig c;
    const int before = c.batchSize;
    ASSERT_TRUE(applySetting(c, findSetting("batch_size"), std::int64_t(4294967298)));
    ASSERT_EQ(c.batchSize, before);
}

TEST(Settings, aPersonsValuesCascadeFirstThenLandOnTop) {
    // A model brings its loss and regularisers; an explicit loss still wins.
    TrainConfig c = given({{"model", "biggan"}});
    ASSERT_EQ(c.loss, "hinge");
    ASSERT_EQ(c.orthoReg, 1e-4);
    c = given({{"loss", "nonsaturating"}, {"model", "biggan"}});
    ASSERT_EQ(c.loss, "nonsaturating");
    ASSERT_EQ(c.orthoReg, 1e-4);
    c = given({{"model", "pggan"}, {"drift_weight", "0.5"}});
    ASSERT_EQ(c.driftWeight, 0.5);
    // A preset replaces everything (the dataset stays), then the other values apply.
    TrainConfig base = presetConfig("cpu-quick");
    base.dataPath = "/data";
    c = given({{"steps", "5"}, {"preset", "pggan"}}, base);
    ASSERT_EQ(c.model, "pggan");
    ASSERT_EQ(c.steps, 5);
    ASSERT_EQ(c.dataPath, "/data");
    // The AC-GAN head implies a conditional run.
    ASSERT_TRUE(given({{"aux_classifier", "true"}}).conditional);
    // What did not parse is named; the rest still applies.
    TrainConfig mixed = presetConfig("cpu-quick");
    const auto problems = applySettingTexts(mixed, {{"steps", "many"}, {"batch_size", "16"}});
    ASSERT_EQ(problems.size(), 1u);
    ASSERT_EQ(problems[0].setting, "steps");
    ASSERT_EQ(mixed.batchSize, 16);
}

TEST(Settings, rulesBetweenSettingsNameTheSetting) {
    TrainConfig c = presetConfig("cpu-quick");
    c.auxClassifier = true;
    auto p = onlyProblem(c);
    ASSERT_EQ(p.setting, "aux_classifier");
    ASSERT_EQ(p.message.code, MessageCode::AuxNeedsConditional);
    c = given({{"model", "biggan"}, {"conditional", "true"}, {"conditioning", "bn"}});
    p = onlyProblem(c); // biggan is conditional through its own CBN, not ganlab's Cond BN
    ASSERT_EQ(p.setting, "conditioning");
    ASSERT_TRUE(contains(p.message.text(), "dcgan, resnet")) << p.message.text();
    c = presetConfig("projected");
    c.loss = "wgan-gp"; // its heads have BatchNorm: no per-sample critic
    p = onlyProblem(c);
    ASSERT_EQ(p.setting, "loss");
    ASSERT_EQ(p.message.code, MessageCode::ProjectedNoWganGp);
    c = presetConfig("pggan");
    c.growth.startResolution = 64; // above the run's 32 px
    p = onlyProblem(c);
    ASSERT_EQ(p.setting, "grow_start_resolution");
    // Settings that do not apply are not checked: growth of a model that does not grow.
    c = presetConfig("cpu-quick");
    c.growth.stabiliseImages = -5;
    ASSERT_TRUE(validateConfig(c).empty());
    ASSERT_FALSE(findSetting("grow_stabilise_images").appliesToConfig(c));
    c.eval.metrics = {"fd", "fid"};
    p = onlyProblem(c);
    ASSERT_EQ(p.setting, "eval_metrics");
    ASSERT_EQ(p.message.code, MessageCode::SettingUnknownItem);
}

TEST(Settings, shorthandsSetSeveralSettings) {
    const auto shorthand = [](const char* option) -> const SettingShorthand& {
        for (const auto& s : settingShorthands())
            if (s.option == option)
                return s;
        throw std::runtime_error(option);
    };
    TrainConfig c;
    ASSERT_TRUE(shorthand("load").apply(c, "g")); // needs a source first
    c.transfer.source = "/runs/src";
    ASSERT_FALSE(shorthand("load").apply(c, "g"));
    ASSERT_TRUE(c.transfer.generator && !c.transfer.discriminator);
    ASSERT_FALSE(shorthand("load").apply(c, "none"));
    ASSERT_FALSE(c.transfer.active());
    ASSERT_EQ(shorthand("load").apply(c, "gd")->code, MessageCode::SettingChoice);
    ASSERT_FALSE(shorthand("grow-images").apply(c, "1234"));
    ASSERT_EQ(c.growth.stabiliseImages, 1234);
    ASSERT_EQ(c.growth.fadeImages, 1234);
    ASSERT_TRUE(shorthand("grow-images").apply(c, "0")); // below the settings' range
}

TEST(Settings, aConfigWrittenBeforeTheTableReadsAsItWas) {
    const auto legacy = readTextFile(GANLAB_LEGACY_RUN "/config.json");
    ASSERT_TRUE(contains(legacy, R"("discriminator": "")")); // the old spelling of "own"
    const TrainConfig c = trainConfigFromJson(legacy, "config.json");
    ASSERT_EQ(c.discriminator, DiscriminatorKind::Own);
    ASSERT_EQ(c.conditioning, Conditioning::Concat);
    ASSERT_EQ(c.projectedFeatures.source, FeatureSource::RunClassifier);
    ASSERT_EQ(c.eval.features.source, FeatureSource::RunClassifier);
    ASSERT_EQ(c.eval.metrics, (std::vector<std::string>{"fd", "accuracy"}));
    ASSERT_TRUE(c.conditional);
    ASSERT_EQ(c.resolution, 8);
    ASSERT_EQ(c.steps, 4);
    ASSERT_TRUE(validateConfig(c).empty());
    // Written again, it says "own" and reads back the same.
    ASSERT_TRUE(contains(toJson(c), R"("discriminator": "own")"));
    ASSERT_EQ(toJson(trainConfigFromJson(toJson(c))), toJson(c));
}
