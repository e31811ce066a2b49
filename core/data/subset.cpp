// selectSubset: class filter, relabelling and stratified thinning of a decoded dataset.
#include "data/subset.h"

#include "api/error.h"
#include "data/split.h"

#include <algorithm>
#include <cstring>

namespace ganlab {
namespace {

constexpr std::uint64_t kSubsetSeed = 0x5B5E7;

void keepIndices(DecodedDataset& data, const std::vector<std::int64_t>& keep) {
    const auto bytes = data.imageBytes();
    std::vector<std::uint8_t> pixels(keep.size() * bytes);
    std::vector<std::int32_t> labels;
    for (std::size_t i = 0; i < keep.size(); ++i) {
        std::memcpy(pixels.data() + i * bytes, data.pixels.data() + keep[i] * bytes, bytes);
        if (data.labelled())
            labels.push_back(data.labels[keep[i]]);
    }
    data.pixels = std::move(pixels);
    data.labels = std::move(labels);
    data.count = static_cast<std::int64_t>(keep.size());
}

} // namespace

void selectSubset(DecodedDataset& data, const std::vector<std::string>& classes,
                  std::int64_t maxImages) {
    if (!classes.empty()) {
        if (!data.labelled())
            throw Error(ErrorKind::Data, data.path,
                        message(MessageCode::ClassSelectionNeedsLabels));
        std::vector<std::int32_t> newLabel(data.classNames.size(), -1);
        for (std::size_t k = 0; k < classes.size(); ++k) {
            const auto it = std::find(data.classNames.begin(), data.classNames.end(), classes[k]);
            if (it == data.classNames.end()) {
                std::string known;
                for (const auto& n : data.classNames)
                    known += (known.empty() ? "\"" : ", \"") + n + "\"";
                throw Error(ErrorKind::Data, data.path,
                            message(MessageCode::NoSuchClass, classes[k], known));
            }
            newLabel[it - data.classNames.begin()] = static_cast<std::int32_t>(k);
        }
        std::vector<std::int64_t> keep;
        for (std::int64_t i = 0; i < data.count; ++i)
            if (newLabel[data.labels[i]] >= 0)
                keep.push_back(i);
        keepIndices(data, keep);
        for (auto& l : data.labels)
            l = newLabel[l];
        data.classNames = classes;
    }
    if (maxImages > 0 && maxImages < data.count) {
        const std::int64_t before = data.count;
        const double share = static_cast<double>(maxImages) / static_cast<double>(data.count);
        keepIndices(data, makeSplit(data.count, data.labels, share, kSubsetSeed).validation);
        const auto classCount = std::max<std::size_t>(1, data.classNames.size());
        if (data.count < 2)
            throw Error(ErrorKind::Data, data.path,
                        message(MessageCode::SubsetTooSmall, data.count, before,
                                std::max<std::size_t>(2, classCount)));
    }
}

} // namespace ganlab
