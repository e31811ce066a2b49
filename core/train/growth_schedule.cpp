// PG-GAN's growth timeline (Karras et al. 2018; reference: tkarras/progressive_growing_of_gans
// train.py TrainingSchedule): phase = stabilise T_s then fade T_f; α rises linearly in the fade.
#include "api/growth_schedule.h"

#include <cmath>

namespace ganlab {
namespace {

int levelOf(int resolution) {
    return static_cast<int>(std::lround(std::log2(resolution))) - 2;
}

} // namespace

GrowthSchedule::GrowthSchedule(GrowthSettings settings, int finalResolution, int batchSize)
    : m_settings(std::move(settings))
    , m_finalResolution(finalResolution)
    , m_batchSize(batchSize)
    , m_startLevel(levelOf(m_settings.startResolution))
    , m_finalLevel(levelOf(finalResolution)) {}

int GrowthSchedule::batchAt(int level) const {
    const auto index = static_cast<std::size_t>(level - m_startLevel);
    return index < m_settings.batchSizes.size() ? m_settings.batchSizes[index] : m_batchSize;
}

GrowthState GrowthSchedule::at(std::int64_t imagesShown) const {
    GrowthState s;
    s.imagesShown = imagesShown;
    const std::int64_t phase = m_settings.stabiliseImages + m_settings.fadeImages;
    const std::int64_t index = phase > 0 ? imagesShown / phase : 0;
    const std::int64_t within = imagesShown - index * phase;
    const std::int64_t level = m_startLevel + index;
    if (level >= m_finalLevel) {
        s.level = m_finalLevel;
    } else if (within < m_settings.stabiliseImages) {
        s.level = static_cast<int>(level);
    } else {
        s.level = static_cast<int>(level) + 1;
        s.alpha = double(within - m_settings.stabiliseImages) / double(m_settings.fadeImages);
        s.fading = true;
    }
    s.resolution = 4 << s.level;
    s.batchSize = batchAt(s.level);
    s.lod = m_finalLevel - s.level + (s.fading ? 1.0 - s.alpha : 0.0);
    return s;
}

std::vector<GrowthPhase> GrowthSchedule::phases() const {
    std::vector<GrowthPhase> out;
    std::int64_t t = 0;
    for (int level = m_startLevel; level <= m_finalLevel; ++level) {
        if (level > m_startLevel) {
            out.push_back({4 << level, true, t, t + m_settings.fadeImages});
            t += m_settings.fadeImages;
        }
        const bool last = level == m_finalLevel;
        out.push_back({4 << level, false, t, last ? -1 : t + m_settings.stabiliseImages});
        t += m_settings.stabiliseImages;
    }
    return out;
}

bool GrowthSchedule::resetsOptimizer(const GrowthState& a, const GrowthState& b) {
    return std::floor(a.lod) != std::floor(b.lod) || std::ceil(a.lod) != std::ceil(b.lod);
}

} // namespace ganlab
