// fuzz_image_header: the header probe that guards every decode (PNG, JPEG, BMP, WebP, TIFF, PNM)
// and the extension check, on arbitrary bytes. A size is never negative, and below 2^48 (PNM's
// text numbers are capped at about 2^43; the binary formats hold 32 bits at most).
#include "data/image_header.h"
#include "fuzz_support.h"

#include <string>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    GANLAB_FUZZ_EXPECT_ERROR({
        const auto probed = ganlab::probeImageSize({data, size});
        if (probed && (probed->width < 0 || probed->height < 0 || probed->width >= (1ll << 48) ||
                       probed->height >= (1ll << 48)))
            ganlab::fuzz::fail("probeImageSize gave " + std::to_string(probed->width) + "x" +
                               std::to_string(probed->height));
        ganlab::hasImageExtension(std::string(reinterpret_cast<const char*>(data), size));
    });
    return 0;
}
