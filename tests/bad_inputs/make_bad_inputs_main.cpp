// make_bad_inputs DIR: writes the bad-input corpus into DIR by hand and lists its cases.
#include "bad_inputs/make_bad_inputs.h"

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_bad_inputs DIR\n"
                             "Writes the bad-input corpus (one folder per case) into DIR and "
                             "prints each case: name, expected outcome, dataset path, what it "
                             "tries.\n");
        return 2;
    }
    try {
        const auto cases = ganlab::testing::writeBadInputs(argv[1]);
        for (const auto& c : cases)
            std::printf("%-28s %-8s %s\n    %s\n", c.name.c_str(),
                        ganlab::testing::outcomeName(c.expected), c.path.c_str(),
                        c.exercises.c_str());
        std::printf("%zu cases in %s (a case's FIFO, links and chmod 000 files stay there)\n",
                    cases.size(), argv[1]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make_bad_inputs: %s\n", e.what());
        return 1;
    }
    return 0;
}
