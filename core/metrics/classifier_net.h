// ClassifierNet: ganlab's small CNN classifier — trained on a labelled dataset, saved as a
// reusable file, used as the "classifier" feature network (its 128-d penultimate layer) and to
// score conditional samples (AC-GAN's discriminability, Odena et al., ICML 2017 §4.1).
#pragma once

#include "metrics/feature_network.h"

#include <string>
#include <vector>

namespace ganlab {

struct ClassifierMeta {
    int resolution = 32;
    int channels = 1;
    std::vector<std::string> classNames;
    std::string name; // tag in metric names
    double validationAccuracy = 0;
};

struct ClassifierNetImpl : torch::nn::Module {
    ClassifierNetImpl(int channels, int classes);
    // images: float [N, C, R, R] in [-1, 1]
    torch::Tensor embed(const torch::Tensor& x);
    torch::Tensor forward(const torch::Tensor& x) { return head(embed(x)); }

    torch::nn::Sequential body{nullptr};
    torch::nn::Linear head{nullptr};
};
TORCH_MODULE(ClassifierNet);

class Classifier {
public:
    // Loads a file written by trainClassifier (throws Error naming the file and the problem).
    static std::shared_ptr<Classifier> load(const std::string& path);
    Classifier(ClassifierMeta meta, ClassifierNet net, std::string path);

    const ClassifierMeta& meta() const { return m_meta; }
    ClassifierNet& net() { return m_net; }
    const std::string& path() const { return m_path; }
    // uint8 images of any channels/size → the classifier's input (converted and resized).
    torch::Tensor prepare(const torch::Tensor& images) const;
    // On images from any device, computed on the classifier's: features stay there, the
    // predicted labels come back to the CPU.
    torch::Tensor features(const torch::Tensor& images); // [N, 128]
    torch::Tensor predict(const torch::Tensor& images);  // int64 [N]
    void moveTo(const torch::Device& device);
    void save(const std::string& path) const; // atomic, verified

private:
    ClassifierMeta m_meta;
    ClassifierNet m_net;
    std::string m_path;
    torch::Device m_device{torch::kCPU};
};

std::unique_ptr<FeatureNetwork> makeClassifierFeatures(const std::string& path);

} // namespace ganlab
