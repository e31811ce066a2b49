// The names of the augmentation operations a run may select (torch-free, for the settings):
// DiffAugment's three, and StyleGAN2-ADA's pixel-blitting, geometric and colour operations with
// their groups.
#pragma once

#include <array>
#include <string_view>

namespace ganlab::nn {

inline constexpr std::array<std::string_view, 3> kDiffAugmentOps{"color", "translation", "cutout"};

struct AdaOpGroup {
    std::string_view name;
    std::array<std::string_view, 5> ops; // "" pads a group of fewer
};
inline constexpr std::array<AdaOpGroup, 3> kAdaOpGroups{{
    {"blit", {"xflip", "rotate90", "xint", "", ""}},
    {"geom", {"scale", "rotate", "aniso", "xfrac", ""}},
    {"color", {"brightness", "contrast", "lumaflip", "hue", "saturation"}},
}};

} // namespace ganlab::nn
