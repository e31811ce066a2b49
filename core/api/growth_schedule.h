// GrowthSchedule: PG-GAN's progressive-growing timeline as plain values (Karras et al., ICLR 2018
// §3; reference train.py TrainingSchedule) — stabilise at a resolution, fade in the next, measured
// in real images shown to D. Shared by the trainer, the checkpoint and the fade-in view.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab {

struct GrowthSettings {
    int startResolution = 8;
    std::int64_t stabiliseImages = 10000; // per resolution
    std::int64_t fadeImages = 10000;      // per new resolution
    std::vector<int> batchSizes;          // per resolution from the start; empty = the run's
};

struct GrowthPhase {
    int resolution = 0; // the resolution being stabilised or faded in
    bool fade = false;
    std::int64_t startImages = 0;
    std::int64_t endImages = 0; // -1: open-ended (the final resolution's stabilisation)
};

struct GrowthState {
    int level = 0;      // highest active level, 0 = 4×4
    int resolution = 4; // 4·2^level
    double alpha = 1.0; // fade-in weight of that level (1 when stabilising)
    bool fading = false;
    int batchSize = 0;
    double lod = 0; // the reference's level of detail: 0 at the final resolution
    std::int64_t imagesShown = 0;
};

class GrowthSchedule {
public:
    GrowthSchedule(GrowthSettings settings, int finalResolution, int batchSize);

    GrowthState at(std::int64_t imagesShown) const;
    std::vector<GrowthPhase> phases() const;
    // True when the optimiser state must be reset between these two states (the reference resets
    // Adam whenever floor or ceil of lod changes: when a fade starts and when it ends).
    static bool resetsOptimizer(const GrowthState& before, const GrowthState& after);

    const GrowthSettings& settings() const { return m_settings; }
    int finalResolution() const { return m_finalResolution; }

private:
    int batchAt(int level) const;

    GrowthSettings m_settings;
    int m_finalResolution;
    int m_batchSize;
    int m_startLevel, m_finalLevel;
};

} // namespace ganlab
