// Settings table, data: what a run trains on and how its images are imported.
#include "config/setting_declarations.h"

namespace ganlab {

// The dataset and how its images are imported.
std::vector<Setting> dataSourceSettings() {
    const auto G = SettingGroup::Data;
    return {
        textSetting("data", GANLAB_FIELD(dataPath))
            .cli("data", "PATH")
            .group(G)
            .notInForm()
            .label(GANLAB_TR("Setting", "Dataset"))
            .help(GANLAB_TR("Setting",
                            "an image folder (class subfolders become labels), a .zip of one, an "
                            "IDX file or folder, CIFAR .bin batches, or \"fashion-mnist\"")),
        integerSetting("resolution", GANLAB_FIELD(resolution))
            .cli("resolution", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Resolution"))
            .unit(GANLAB_TR("Setting", "px"))
            .help(GANLAB_TR("Setting", "image size in pixels, a power of two (32, 64, 128 usual)"))
            .choices([] {
                std::vector<SettingChoice> out;
                for (int r = 8; r <= 256; r *= 2)
                    out.push_back({std::to_string(r), "", ""});
                return out;
            })
            .check([](const TrainConfig& c) -> std::optional<Message> {
                const int r = c.resolution;
                if (r >= 8 && r <= 256 && (r & (r - 1)) == 0)
                    return std::nullopt;
                return message(MessageCode::ResolutionPowerOfTwo, r);
            }),
        integerSetting("channels", GANLAB_FIELD(channels))
            .cli("channels", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Channels"))
            .help(GANLAB_TR("Setting", "1 (gray) or 3 (colour): images are converted on import"))
            .range(1, 3)
            .zeroMeans(GANLAB_TR("Setting", "from the dataset"))
            .check([](const TrainConfig& c) -> std::optional<Message> {
                if (c.channels == 2)
                    return message(MessageCode::SettingChoice, "0, 1, 3", c.channels);
                return std::nullopt;
            }),
        choiceSetting<FitMode>(
            "fit", GANLAB_FIELD(fit),
            {{FitMode::CenterCrop, "center-crop", GANLAB_TR("Setting", "centre crop"),
              GANLAB_TR("Setting", "crop non-square images to their centre square")},
             {FitMode::Pad, "pad", GANLAB_TR("Setting", "pad"),
              GANLAB_TR("Setting", "pad non-square images with the background colour")}})
            .cli("fit", "MODE")
            .group(G)
            .label(GANLAB_TR("Setting", "Fit"))
            .help(GANLAB_TR("Setting", "how non-square images become square")),
        integerArraySetting("background", GANLAB_FIELD(background))
            .cli("background", "R,G,B")
            .group(G)
            .label(GANLAB_TR("Setting", "Background"))
            .help(GANLAB_TR("Setting", "the colour transparent images are composited on"))
            .range(0, 255),
    };
}

// What part of the dataset a run trains on.
std::vector<Setting> dataSubsetSettings() {
    const auto G = SettingGroup::Data;
    return {
        realSetting("validation_fraction", GANLAB_FIELD(validationFraction))
            .cli("validation-fraction", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Held out"))
            .help(GANLAB_TR("Setting",
                            "share of the images held out for evaluation (IW, classifier)"))
            .range(0, 0.5),
        textListSetting("classes", GANLAB_FIELD(classes))
            .cli("classes", "LIST")
            .group(G)
            .emptyMeans(GANLAB_TR("Setting", "all"))
            .label(GANLAB_TR("Setting", "Classes"))
            .help(GANLAB_TR("Setting", "train on these classes only, by name or index, e.g. "
                                       "\"Sandal,Sneaker\" (relabelled in the order given)"))
            .check([](const TrainConfig& c) -> std::optional<Message> {
                for (std::size_t i = 0; i < c.classes.size(); ++i)
                    for (std::size_t j = 0; j < i; ++j)
                        if (c.classes[i] == c.classes[j])
                            return message(MessageCode::SettingDuplicate, c.classes[i]);
                return std::nullopt;
            }),
        integerSetting("max_images", GANLAB_FIELD(maxImages))
            .cli("max-images", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Max images"))
            .help(GANLAB_TR("Setting",
                            "at most this many training images, the same share of every class"))
            .range(2, 2e9)
            .zeroMeans(GANLAB_TR("Setting", "all")),
    };
}

} // namespace ganlab
