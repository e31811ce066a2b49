// Value-type registration and Image → QImage conversion.
#include "value_types.h"

namespace ganlab::app {

void registerValueTypes() {
    qRegisterMetaType<ganlab::StepStats>();
    qRegisterMetaType<ganlab::DatasetInfo>();
}

QImage toQImage(const Image& image) {
    if (image.empty())
        return {};
    const auto format = image.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    const QImage view(image.pixels.data(), image.width, image.height, image.width * image.channels,
                      format);
    return view.copy();
}

} // namespace ganlab::app
