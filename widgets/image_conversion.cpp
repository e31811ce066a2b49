// Image → QImage conversion.
#include "image_conversion.h"

namespace ganlab::widgets {

QImage toQImage(const Image& image) {
    if (image.empty())
        return {};
    const auto format = image.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    const QImage view(image.pixels.data(), image.width, image.height, image.width * image.channels,
                      format);
    return view.copy();
}

} // namespace ganlab::widgets
