// Tests of the validation split (deterministic, stratified, disjoint) and grid composition.
#include "data/grid.h"
#include "data/split.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace ganlab;

TEST(TestSplitAndGrid, splitIsDeterministicStratifiedAndDisjoint) {
    std::vector<std::int32_t> labels;
    for (int i = 0; i < 300; ++i)
        labels.push_back(i < 200 ? 0 : 1); // 200 of class 0, 100 of class 1
    const Split a = makeSplit(300, labels, 0.1), b = makeSplit(300, labels, 0.1);
    ASSERT_EQ(a.validation, b.validation);
    ASSERT_EQ(a.validation.size(), std::size_t(30));
    ASSERT_EQ(std::count_if(a.validation.begin(), a.validation.end(),
                            [&](auto i) { return labels[i] == 1; }),
              10);
    std::set<std::int64_t> all(a.train.begin(), a.train.end());
    for (auto v : a.validation)
        ASSERT_TRUE(all.insert(v).second);
    ASSERT_EQ(all.size(), std::size_t(300));
    ASSERT_TRUE(makeSplit(300, labels, 0.1, 42).validation != a.validation); // the seed matters
    ASSERT_TRUE(makeSplit(300, {}, 0.0).validation.empty());
    const Split tiny = makeSplit(1, {}, 0.5); // never the last training image
    ASSERT_EQ(tiny.train.size(), std::size_t(1));
}

TEST(TestSplitAndGrid, gridPlacesTilesRowMajorWithPadding) {
    // Three 2×2 gray tiles valued 10, 20, 30 in a 2×2 grid with padding 1 (value 255).
    std::vector<std::uint8_t> batch = {10, 10, 10, 10, 20, 20, 20, 20, 30, 30, 30, 30};
    const Image g = composeGrid(batch.data(), 3, 1, 2, 2, {2, 2, 1, 255});
    ASSERT_EQ(g.width, 7);
    ASSERT_EQ(g.height, 7);
    ASSERT_EQ(int(g.at(0, 0)), 255);
    ASSERT_EQ(int(g.at(1, 1)), 10);
    ASSERT_EQ(int(g.at(4, 2)), 20);
    ASSERT_EQ(int(g.at(3, 1)), 255);
    ASSERT_EQ(int(g.at(2, 5)), 30);
    ASSERT_EQ(int(g.at(5, 5)), 255); // the empty fourth cell stays background
}

TEST(TestSplitAndGrid, gridKeepsColourChannelsApart) {
    std::vector<std::uint8_t> rgb = {1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3}; // planes R=1 G=2 B=3
    const Image g = composeGrid(rgb.data(), 1, 3, 2, 2, {1, 1, 0, 0});
    ASSERT_EQ(int(g.at(1, 1, 0)), 1);
    ASSERT_EQ(int(g.at(1, 1, 1)), 2);
    ASSERT_EQ(int(g.at(1, 1, 2)), 3);
}
