// A tiny study for tests: 16 px, narrow models, 20 samples per evaluation on random features (no
// classifier unless asked), a budget that gives each arm the minimum of steps.
#pragma once

#include "api/study.h"

#include <string>

namespace ganlab::testing {

inline StudySpec tinyStudySpec(const std::string& study, const std::string& data) {
    StudySpec s;
    s.study = study;
    s.dataPath = data;
    s.budgetMinutes = 0.01;
    s.features = "random";
    s.evalSamples = 20;
    s.settings = {{"resolution", "16"}, {"width", "0.125"}, {"batch_size", "8"}};
    return s;
}

} // namespace ganlab::testing
