// followRank: a rank other than 0 — takes the run over from rank 0, checks it was started alike and
// reads the same data, then trains its share of each step until rank 0 says stop.
#include "api/distributed.h"
#include "api/error.h"
#include "api/settings.h"
#include "dist/run_handover.h"
#include "train/dataset_tensors.h"
#include "train/trainer.h"
#include "util/first_line.h"

#include <spdlog/spdlog.h>

namespace ganlab {
namespace {

std::unique_ptr<Trainer> makeTrainer(const TrainConfig& config, const dist::RunHandover& handover,
                                     int localRank) {
    TrainConfig resolved = config;
    resolved.device =
        dist::rankDevice(handover.device.empty() ? config.device : handover.device, localRank);
    if (config.projectedFeatures.source == FeatureSource::RunClassifier)
        resolved.projectedFeatures = {FeatureSource::ClassifierFile, handover.classifierPath};
    return std::make_unique<Trainer>(resolved, handover.channels, handover.numClasses);
}

} // namespace

void followRank(DistributedSession& session, const TrainConfig* requested) {
    auto& group = session.group();
    const int rank = session.rank();
    dist::RunHandover handover = dist::receiveHandover(group);
    std::optional<Message> problem;
    TrainConfig config;
    std::unique_ptr<Trainer> trainer;
    ImageTensors train;
    if (requested && !handover.requested.empty())
        if (const auto diff = dist::settingsDifference(toJson(*requested), handover.requested);
            !diff.empty())
            problem = message(MessageCode::DistSettingsDiffer, rank, diff);
    if (!problem) {
        try {
            config = trainConfigFromJson(handover.config, "rank 0's settings");
            trainer = makeTrainer(config, handover, session.launch().localRank);
            trainer->loadStateBytes(handover.state, "rank 0's training state");
            train = splitRunImages(loadRunDataset(config), config.validationFraction).train;
            if (const auto here = imagesFingerprint(train); here != handover.fingerprint)
                problem = message(MessageCode::DistDatasetDiffers, rank,
                                  config.dataPath + " gives " + here + " here, rank 0 " +
                                      handover.fingerprint + " (images-fingerprint)");
        } catch (const std::exception& e) { // torch's own errors too: rank 0 must hear
            problem = message(MessageCode::DistRankFailed, rank, firstLine(e.what()));
        }
    }
    group.reportReady(problem ? problem->text() : std::string());
    if (problem)
        throw Error(ErrorKind::Usage, {}, *problem);
    spdlog::info("rank {} of {}: training {} images of {}", rank, session.worldSize(),
                 train.images.size(0), config.dataPath);
    const auto attach = [&] {
        trainer->setData(train.images, train.labels);
        trainer->setProcessGroup(session.groupPtr());
    };
    attach();
    for (;;) {
        switch (group.next()) {
        case dist::Command::Step:
            trainer->step();
            break;
        case dist::Command::Reload: // rank 0 rolled back: its restored state replaces ours
            handover.state = group.broadcastBytes({});
            trainer = makeTrainer(config, handover, session.launch().localRank);
            trainer->loadStateBytes(handover.state, "rank 0's training state");
            attach();
            break;
        case dist::Command::Stop:
            group.acknowledgeStop();
            return;
        }
    }
}

} // namespace ganlab
