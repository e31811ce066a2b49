// Tests of every registered model family: shapes, range, conditioning, gradient flow, LayerNorm2d.
#include "torch_prelude.h" // torch before Qt: Qt's keywords are off in this target

#include "models/model_registry.h"
#include "nn/layer_norm_2d.h"

#include <QtTest/QtTest>

using namespace ganlab;

Q_DECLARE_METATYPE(std::string)

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(0); }

    void registryHoldsTheFamilies() {
        QVERIFY(modelFamilies().size() >= 2); // an empty registry means registration was dropped
        QCOMPARE(findModel("dcgan").name, std::string("dcgan"));
        QCOMPARE(findModel("resnet").defaultLoss, std::string("wgan-gp"));
        QVERIFY_THROWS_EXCEPTION(std::exception, findModel("nope"));
    }

    void shapesAndGradients_data() {
        QTest::addColumn<std::string>("family");
        QTest::addColumn<int>("resolution");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("classes");
        QTest::addColumn<bool>("perSample");
        for (const auto& f : modelFamilies())
            for (int res : {8, 16, 32, 64})
                for (int classes : {0, 3}) {
                    const auto row =
                        f.name + " " + std::to_string(res) + "px" + (classes ? " cond" : "");
                    QTest::newRow(row.c_str())
                        << f.name << res << (res == 16 ? 3 : 1) << classes << (res == 32);
                }
    }
    void shapesAndGradients() {
        QFETCH(std::string, family);
        QFETCH(int, resolution);
        QFETCH(int, channels);
        QFETCH(int, classes);
        QFETCH(bool, perSample);
        const auto& f = findModel(family);
        const ModelSpec spec{resolution, channels, 16, classes, 0.125, perSample};
        auto g = f.makeGenerator(spec);
        auto d = f.makeDiscriminator(spec);
        const auto z = torch::randn({4, 16});
        const auto labels = classes ? torch::tensor({0, 1, 2, 1}, torch::kLong) : torch::Tensor();
        const auto images = g->forward(z, labels);
        QCOMPARE(images.sizes().vec(),
                 (std::vector<std::int64_t>{4, channels, resolution, resolution}));
        QVERIFY(images.abs().max().item<float>() <= 1.0f);
        const auto scores = d->forward(images, labels);
        QCOMPARE(scores.sizes().vec(), (std::vector<std::int64_t>{4}));
        scores.sum().backward();
        for (const auto& p : g->named_parameters())
            QVERIFY2(p.value().grad().defined() && p.value().grad().abs().sum().item<double>() > 0,
                     p.key().c_str());
        for (const auto& p : d->named_parameters())
            QVERIFY2(p.value().grad().defined() && p.value().grad().abs().sum().item<double>() > 0,
                     p.key().c_str());
    }

    void conditioningChangesTheOutput() {
        for (const auto& f : modelFamilies()) {
            if (!f.conditional)
                continue;
            const ModelSpec spec{16, 1, 8, 4, 0.125, true};
            auto g = f.makeGenerator(spec);
            g->eval();
            const auto z = torch::randn({1, 8}).repeat({2, 1});
            const auto out = g->forward(z, torch::tensor({0, 3}, torch::kLong));
            QVERIFY2((out[0] - out[1]).abs().max().item<float>() > 1e-4f, f.name.c_str());
        }
    }

    void perSampleCriticDoesNotCoupleSamples() {
        for (const auto& f : modelFamilies()) {
            const ModelSpec spec{16, 1, 8, 0, 0.125, true};
            auto d = f.makeDiscriminator(spec);
            auto x = torch::randn({3, 1, 16, 16});
            const auto before = d->forward(x, {});
            x[2] = torch::randn({1, 16, 16}) * 5;
            const auto after = d->forward(x, {});
            QVERIFY2(torch::allclose(before.slice(0, 0, 2), after.slice(0, 0, 2), 1e-5, 1e-5),
                     f.name.c_str());
        }
    }

    void layerNorm2dNormalisesPerSampleOverCHW() {
        nn::LayerNorm2d ln(2);
        const auto x = torch::randn({2, 2, 3, 3}) * 4 + 7;
        const auto y = ln(x);
        for (int n = 0; n < 2; ++n) {
            QVERIFY(std::abs(y[n].mean().item<double>()) < 1e-5);
            QVERIFY(std::abs(y[n].var(false).item<double>() - 1.0) < 1e-3);
        }
        torch::NoGradGuard guard;
        ln->weight.fill_(2.0);
        ln->bias.fill_(0.5);
        QVERIFY(torch::allclose(ln(x), y * 2 + 0.5, 1e-5, 1e-5));
    }

    void widthMultiplierScalesParameters() {
        const auto& f = findModel("resnet");
        auto count = [](torch::nn::Module& m) {
            std::int64_t n = 0;
            for (const auto& p : m.parameters())
                n += p.numel();
            return n;
        };
        auto small = f.makeGenerator({32, 1, 16, 0, 0.25, true});
        auto large = f.makeGenerator({32, 1, 16, 0, 0.5, true});
        QVERIFY(count(*large) > 3 * count(*small));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
