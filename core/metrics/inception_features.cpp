// "inception" features: a user-supplied TorchScript Inception-v3 (Szegedy et al., CVPR 2016) as
// used by FID (Heusel et al., NeurIPS 2017). Contract (README): input float [N,3,299,299] in
// [0,1], resized here bilinearly; output [N,D] (2048 for pool3). The file is checked on load.
#include "api/error.h"
#include "metrics/feature_network.h"

#include <torch/script.h>

#include <filesystem>

namespace ganlab {
namespace {

constexpr int kInput = 299;

class InceptionFeatures : public FeatureNetwork {
public:
    explicit InceptionFeatures(const std::string& path)
        : m_path(path) {
        try {
            m_module = torch::jit::load(path);
        } catch (const c10::Error& e) {
            throw Error(ErrorKind::Data, path,
                        message(MessageCode::NotTorchScript, e.what_without_backtrace()));
        }
        m_module.eval();
        torch::NoGradGuard guard;
        torch::Tensor probe;
        try {
            probe = m_module.forward({torch::zeros({2, 3, kInput, kInput})}).toTensor();
        } catch (const std::exception& e) {
            throw Error(ErrorKind::Data, path, message(MessageCode::InceptionBadMapping, e.what()));
        }
        if (probe.dim() != 2 || probe.size(0) != 2)
            throw Error(ErrorKind::Data, path,
                        message(MessageCode::InceptionBadOutput, probe.dim()));
        m_dim = static_cast<int>(probe.size(1));
    }

    std::string name() const override {
        return "inception:" + std::filesystem::path(m_path).stem().string();
    }
    std::string identity() const override { return "inception|" + fileIdentity(m_path); }
    int dim() const override { return m_dim; }

    torch::Tensor embed(const torch::Tensor& images) override {
        torch::NoGradGuard guard;
        return m_module.forward({toRgbUnit(images.to(m_device), kInput)})
            .toTensor()
            .to(torch::kFloat);
    }

    void moveTo(const torch::Device& device) override {
        m_module.to(device);
        m_device = device;
    }

private:
    std::string m_path;
    torch::jit::Module m_module;
    int m_dim = 0;
    torch::Device m_device{torch::kCPU};
};

} // namespace

std::unique_ptr<FeatureNetwork> makeInceptionFeatures(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw Error(ErrorKind::Usage, path, message(MessageCode::NoSuchInceptionFile));
    return std::make_unique<InceptionFeatures>(path);
}

} // namespace ganlab
