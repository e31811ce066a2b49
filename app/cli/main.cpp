// ganlab-cli entry point.
#include "cli/verb.h"

int main(int argc, char** argv) {
    return ganlab::cli::runCli({argv + 1, argv + argc});
}
