// ganlab-cli verbs for evaluation: eval (metrics of a run) and train-classifier.
#pragma once

#include <string>
#include <vector>

namespace ganlab::cli {

int cmdEval(const std::vector<std::string>& args);
int cmdTrainClassifier(const std::vector<std::string>& args);

} // namespace ganlab::cli
