// Tests of dataset subsets (data/subset.h): classes selected and relabelled in the order given,
// a size limit thinned the same share of every class, the same images every time, unknown classes
// refused by name.
#include "api/error.h"
#include "data/subset.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ganlab;

TEST(SubsetTest, subsetsSelectClassesAndThinStratified) {
    DecodedDataset d;
    d.path = "mem";
    d.count = 40;
    d.channels = 1;
    d.resolution = 2;
    d.classNames = {"a", "b", "c", "d"};
    for (int i = 0; i < 40; ++i) {
        d.labels.push_back(i % 4);
        for (int p = 0; p < 4; ++p)
            d.pixels.push_back(static_cast<std::uint8_t>(i));
    }
    DecodedDataset s = d;
    selectSubset(s, {"c", "a"}, 0);
    ASSERT_EQ(s.count, std::int64_t{20});
    ASSERT_EQ(s.classNames, (std::vector<std::string>{"c", "a"}));
    for (std::int64_t i = 0; i < s.count; ++i) {
        const int original = s.pixels[i * 4];
        ASSERT_EQ(s.labels[i], original % 4 == 2 ? 0 : 1); // relabelled in the order given
    }
    DecodedDataset thin = d;
    selectSubset(thin, {}, 20);
    ASSERT_EQ(thin.count, std::int64_t{20});
    for (int k = 0; k < 4; ++k)
        ASSERT_EQ(std::count(thin.labels.begin(), thin.labels.end(), k), 5l);
    DecodedDataset again = d;
    selectSubset(again, {}, 20);
    ASSERT_TRUE(again.pixels == thin.pixels); // the same images every time
    DecodedDataset unknown = d;
    try {
        selectSubset(unknown, {"zebra"}, 0);
        FAIL() << "an unknown class was accepted";
    } catch (const Error& e) {
        ASSERT_TRUE(std::string(e.what()).find("\"zebra\"") != std::string::npos);
        ASSERT_TRUE(std::string(e.what()).find("\"a\", \"b\"") != std::string::npos);
    }
}
