// ClassifierNet: three conv stages (BatchNorm, ReLU, max-pool), global average pool → 128-d
// features → class logits; trained with Adam and light augmentation (random shifts).
#include "metrics/classifier_net.h"

#include "api/classifier.h"
#include "api/error.h"
#include "data/dataset_loader.h"
#include "data/split.h"
#include "data/subset.h"
#include "train/archive_file.h"
#include "train/dataset_tensors.h"

#include <ATen/CPUGeneratorImpl.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr int kFeatureDim = 128;
constexpr const char* kFormat = "ganlab-classifier";
constexpr int kVersion = 1;

void addConvStage(torch::nn::Sequential& body, int in, int out) {
    using namespace torch::nn;
    body->push_back(Conv2d(Conv2dOptions(in, out, 3).padding(1).bias(false)));
    body->push_back(BatchNorm2d(out));
    body->push_back(ReLU());
    body->push_back(Conv2d(Conv2dOptions(out, out, 3).padding(1).bias(false)));
    body->push_back(BatchNorm2d(out));
    body->push_back(ReLU());
    body->push_back(MaxPool2d(2));
}

std::string metaJson(const ClassifierMeta& m) {
    return nlohmann::json{{"format", kFormat},
                          {"version", kVersion},
                          {"resolution", m.resolution},
                          {"channels", m.channels},
                          {"class_names", m.classNames},
                          {"name", m.name},
                          {"validation_accuracy", m.validationAccuracy}}
        .dump();
}

// Accuracy of `net` on images/labels, in batches.
double accuracy(Classifier& c, const torch::Tensor& images, const torch::Tensor& labels) {
    if (images.size(0) == 0)
        return 0;
    std::int64_t right = 0;
    for (std::int64_t i = 0; i < images.size(0); i += 500) {
        const auto end = std::min(i + 500, images.size(0));
        right += (c.predict(images.slice(0, i, end)) == labels.slice(0, i, end))
                     .sum()
                     .item<std::int64_t>();
    }
    return double(right) / double(images.size(0));
}

} // namespace

ClassifierNetImpl::ClassifierNetImpl(int channels, int classes) {
    torch::nn::Sequential stages;
    addConvStage(stages, channels, 32);
    addConvStage(stages, 32, 64);
    addConvStage(stages, 64, kFeatureDim);
    body = register_module("body", stages);
    head = register_module("head", torch::nn::Linear(kFeatureDim, classes));
}

torch::Tensor ClassifierNetImpl::embed(const torch::Tensor& x) {
    return body->forward(x).mean({2, 3});
}

Classifier::Classifier(ClassifierMeta meta, ClassifierNet net, std::string path)
    : m_meta(std::move(meta))
    , m_net(std::move(net))
    , m_path(std::move(path)) {
    m_net->eval();
}

torch::Tensor Classifier::prepare(const torch::Tensor& images) const {
    auto x = toRgbUnit(images, m_meta.resolution);
    if (m_meta.channels == 1)
        x = x.mean(1, true);
    return x * 2 - 1;
}

torch::Tensor Classifier::features(const torch::Tensor& images) {
    torch::NoGradGuard guard;
    return m_net->embed(prepare(images.to(m_device)));
}

torch::Tensor Classifier::predict(const torch::Tensor& images) {
    torch::NoGradGuard guard;
    return m_net->forward(prepare(images.to(m_device))).argmax(1).to(torch::kCPU);
}

void Classifier::moveTo(const torch::Device& device) {
    m_net->to(device);
    m_device = device;
}

void Classifier::save(const std::string& path) const {
    torch::serialize::OutputArchive root;
    root.write("meta", c10::IValue(metaJson(m_meta)));
    torch::serialize::OutputArchive weights;
    m_net->save(weights);
    root.write("net", weights);
    saveArchiveAtomically(root, path, [&](const std::string& temp) { load(temp); });
}

std::shared_ptr<Classifier> Classifier::load(const std::string& path) {
    if (!fs::exists(path))
        throw Error(ErrorKind::Usage, path, message(MessageCode::NoSuchClassifierFile));
    try {
        torch::serialize::InputArchive root;
        loadCheckedArchive(root, path, ErrorKind::Data); // whole, and only what ganlab writes
        c10::IValue metaValue;
        root.read("meta", metaValue);
        const auto j = nlohmann::json::parse(metaValue.toStringRef());
        if (j.at("format") != kFormat || j.at("version").get<int>() > kVersion)
            throw Error(ErrorKind::Data, path, message(MessageCode::NotAClassifier));
        ClassifierMeta meta;
        meta.resolution = j.at("resolution");
        meta.channels = j.at("channels");
        meta.classNames = j.at("class_names").get<std::vector<std::string>>();
        meta.name = j.at("name");
        meta.validationAccuracy = j.at("validation_accuracy");
        ClassifierNet net(meta.channels, static_cast<int>(meta.classNames.size()));
        torch::serialize::InputArchive weights;
        root.read("net", weights);
        net->load(weights);
        return std::make_shared<Classifier>(std::move(meta), std::move(net), path);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Data, path, message(MessageCode::UnreadableClassifier, e.what()));
    }
}

namespace {

class ClassifierFeatures : public FeatureNetwork {
public:
    explicit ClassifierFeatures(std::shared_ptr<Classifier> c)
        : m_classifier(std::move(c)) {}
    std::string name() const override { return "classifier:" + m_classifier->meta().name; }
    std::string identity() const override {
        return "classifier|" + fileIdentity(m_classifier->path());
    }
    int dim() const override { return kFeatureDim; }
    torch::Tensor embed(const torch::Tensor& images) override {
        return m_classifier->features(images);
    }
    void moveTo(const torch::Device& device) override { m_classifier->moveTo(device); }

private:
    std::shared_ptr<Classifier> m_classifier;
};

} // namespace

std::unique_ptr<FeatureNetwork> makeClassifierFeatures(const std::string& path) {
    return std::make_unique<ClassifierFeatures>(Classifier::load(path));
}

ClassifierSettings classifierSettingsFor(const TrainConfig& run) {
    ClassifierSettings s;
    s.dataPath = run.dataPath;
    s.classes = run.classes;
    s.resolution = run.resolution;
    s.channels = run.channels;
    s.validationFraction = run.validationFraction;
    s.seed = run.seed;
    return s;
}

ClassifierReport trainClassifier(const ClassifierSettings& s, const std::string& outPath,
                                 const ProgressCallback& progress, std::stop_token stop) {
    const auto started = std::chrono::steady_clock::now();
    TrainConfig importSettings;
    importSettings.resolution = s.resolution;
    importSettings.channels = s.channels;
    DecodedDataset data =
        loadDataset(s.dataPath, {ImportSettings::from(importSettings), progress, stop});
    selectSubset(data, s.classes, 0);
    if (!data.labelled() || data.classNames.size() < 2)
        throw Error(ErrorKind::Data, data.path, message(MessageCode::ClassifierNeedsLabels));
    const Split split = makeSplit(data.count, data.labels, s.validationFraction);
    const ImageTensors train = gatherImages(data, split.train);
    const ImageTensors val = gatherImages(data, split.validation);

    torch::manual_seed(s.seed);
    ClassifierMeta meta;
    meta.resolution = data.resolution;
    meta.channels = data.channels;
    meta.classNames = data.classNames;
    std::string stem = fs::path(resolveDatasetPath(s.dataPath)).filename().string();
    if (stem.empty())
        stem = fs::path(resolveDatasetPath(s.dataPath)).parent_path().filename().string();
    meta.name = stem == "fashion-mnist" ? "fmnist" : stem;
    ClassifierNet net(meta.channels, static_cast<int>(meta.classNames.size()));
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(s.lr));
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(s.seed);
    Classifier scorer(meta, net, outPath);
    net->train();
    const auto n = train.images.size(0);
    const std::int64_t batch = std::min<std::int64_t>(s.batchSize, n);
    // Automatic: 200 passes over the training images, at most 800 steps (batch ≤ n: ≥ 200).
    const int steps =
        s.steps > 0 ? s.steps
                    : static_cast<int>(std::min<std::int64_t>((200 * n + batch - 1) / batch, 800));
    for (int step = 1; step <= steps; ++step) {
        if (stop.stop_requested())
            throw Error(ErrorKind::Cancelled, outPath,
                        message(MessageCode::ClassifierTrainingCancelled));
        const auto idx = torch::randint(n, {batch}, rng);
        auto x = scorer.prepare(train.images.index_select(0, idx));
        // Light augmentation: a random (wrapping) shift of up to 2 pixels.
        const auto shift = torch::randint(-2, 3, {2}, rng);
        x = torch::roll(x, {shift[0].item<std::int64_t>(), shift[1].item<std::int64_t>()}, {2, 3});
        const auto loss = torch::nn::functional::cross_entropy(net->forward(x),
                                                               train.labels.index_select(0, idx));
        opt.zero_grad();
        loss.backward();
        opt.step();
        if (progress && step % 20 == 0)
            progress(double(step) / steps, "classifier step " + std::to_string(step) + ", loss " +
                                               std::to_string(loss.item<double>()));
    }
    net->eval();
    ClassifierReport report;
    report.validationAccuracy = accuracy(scorer, val.images, val.labels);
    meta.validationAccuracy = report.validationAccuracy;
    Classifier(meta, net, outPath).save(outPath);
    report.path = outPath;
    report.name = meta.name;
    report.classes = static_cast<int>(meta.classNames.size());
    report.trainImages = n;
    report.steps = steps;
    report.validationImages = val.images.size(0);
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace ganlab
