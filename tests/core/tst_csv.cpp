// Tests of the CSV fields every ganlab table writes (util/csv) and of the metric-result layout
// (metrics/metric_result_csv): quoting, number text, parsing, and a row read back by its header.
#include "api/message.h"
#include "api/metric_result.h"
#include "util/csv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace ganlab;

namespace {

using Fields = std::vector<std::string>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

TEST(TestCsv, textIsAlwaysQuoted) {
    EXPECT_EQ(csvText(""), "\"\"");
    EXPECT_EQ(csvText("fd"), "\"fd\"");
    EXPECT_EQ(csvText("a,b"), "\"a,b\"");
    EXPECT_EQ(csvText("line\nnext"), "\"line\nnext\"");
    EXPECT_EQ(csvText("cr\r\nlf"), "\"cr\r\nlf\"");
}

TEST(TestCsv, textDoublesInnerQuotes) {
    EXPECT_EQ(csvText("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvText("\""), "\"\"\"\"");
    EXPECT_EQ(csvText("\"\""), "\"\"\"\"\"\"");
}

TEST(TestCsv, numberUsesEightSignificantDigits) {
    EXPECT_EQ(csvNumber(0), "0");
    EXPECT_EQ(csvNumber(1.5), "1.5");
    EXPECT_EQ(csvNumber(-2), "-2");
    EXPECT_EQ(csvNumber(0.1), "0.1");
    EXPECT_EQ(csvNumber(1.0 / 3.0), "0.33333333");
    EXPECT_EQ(csvNumber(2.0 / 3.0), "0.66666667");
    EXPECT_EQ(csvNumber(12345678), "12345678");
    EXPECT_EQ(csvNumber(123456789), "1.2345679e+08");
    EXPECT_EQ(csvNumber(-2.5e-10), "-2.5e-10");
    EXPECT_EQ(csvNumber(1e300), "1e+300");
}

TEST(TestCsv, nonFiniteNumbersAreEmpty) {
    EXPECT_EQ(csvNumber(kNaN), "");
    EXPECT_EQ(csvNumber(kInf), "");
    EXPECT_EQ(csvNumber(-kInf), "");
}

TEST(TestCsv, parsePlainFields) {
    EXPECT_EQ(parseCsvLine("a,b,c"), (Fields{"a", "b", "c"}));
    EXPECT_EQ(parseCsvLine("12,1.5,x y"), (Fields{"12", "1.5", "x y"}));
}

TEST(TestCsv, parseQuotedCommas) {
    EXPECT_EQ(parseCsvLine("a,\"b,c\",d"), (Fields{"a", "b,c", "d"}));
    EXPECT_EQ(parseCsvLine("\",\",\",,\""), (Fields{",", ",,"}));
}

TEST(TestCsv, parseDoubledQuotes) {
    EXPECT_EQ(parseCsvLine("\"say \"\"hi\"\"\",x"), (Fields{"say \"hi\"", "x"}));
    EXPECT_EQ(parseCsvLine("\"\"\"\""), (Fields{"\""}));
    EXPECT_EQ(parseCsvLine("\"\""), (Fields{""}));
}

TEST(TestCsv, parseDropsLineEndCarriageReturn) {
    EXPECT_EQ(parseCsvLine("a,b\r"), (Fields{"a", "b"}));
    EXPECT_EQ(parseCsvLine("a,\"b\"\r"), (Fields{"a", "b"}));
    // Inside quotes a carriage return is part of the text.
    EXPECT_EQ(parseCsvLine("\"a\r\nb\",c"), (Fields{"a\r\nb", "c"}));
}

TEST(TestCsv, parseEmptyFields) {
    EXPECT_EQ(parseCsvLine(""), (Fields{""}));
    EXPECT_EQ(parseCsvLine(","), (Fields{"", ""}));
    EXPECT_EQ(parseCsvLine("a,,c,"), (Fields{"a", "", "c", ""}));
    EXPECT_EQ(parseCsvLine(",\"\","), (Fields{"", "", ""}));
}

TEST(TestCsv, parseUnterminatedQuoteKeepsWhatItHas) {
    EXPECT_EQ(parseCsvLine("1,\"abc,def"), (Fields{"1", "abc,def"}));
    EXPECT_EQ(parseCsvLine("\"x\"\""), (Fields{"x\""}));
}

TEST(TestCsv, textRoundTrips) {
    const Fields texts = {"",           "plain", "a,b",  "\"",   "say \"hi\", then go",
                          "two\nlines", ",,",    "\r\n", " sp ", "汉字"};
    for (const auto& t : texts)
        EXPECT_EQ(parseCsvLine(csvText(t)), Fields{t}) << t;
    std::string line;
    for (const auto& t : texts) {
        if (!line.empty())
            line += ',';
        line += csvText(t);
    }
    EXPECT_EQ(parseCsvLine(line), texts);
}

TEST(TestCsv, metricHeaderIsExact) {
    EXPECT_EQ(metricCsvHeader(),
              "step,name,metric,network,value,stddev,samples,seconds,note,parent");
}

TEST(TestCsv, metricRowIsExact) {
    MetricResult r;
    r.name = "FD[a,\"b\"]/cat";
    r.metric = "fd";
    r.network = "classifier:a,b";
    r.parent = "FD[a,\"b\"]";
    r.className = "cat";
    r.value = 12.5;
    r.stddev = kNaN;
    r.step = 1200;
    r.samples = 500;
    r.seconds = 1.0 / 3.0;
    r.note = plainText("scales 1, 2 \"ms\"");
    EXPECT_EQ(metricCsvRow(r),
              "1200,\"FD[a,\"\"b\"\"]/cat\",\"fd\",\"classifier:a,b\",12.5,,500,0.33333333,"
              "\"scales 1, 2 \"\"ms\"\"\",\"FD[a,\"\"b\"\"]\"");
}

TEST(TestCsv, metricRowParsesBackByHeader) {
    MetricResult r;
    r.name = "KID[random], \"per class\"";
    r.metric = "kid";
    r.network = "random";
    r.parent = "KID[random]";
    r.value = 0.0123;
    r.stddev = kNaN;
    r.step = 42;
    r.samples = 1000;
    r.seconds = 2.25;
    r.note = plainText("note, with \"quotes\"\nand a second line");

    const Fields header = parseCsvLine(metricCsvHeader());
    const Fields row = parseCsvLine(metricCsvRow(r));
    ASSERT_EQ(header.size(), 10u);
    ASSERT_EQ(row.size(), header.size());
    const auto field = [&](const std::string& column) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == column)
                return row[i];
        ADD_FAILURE() << "no column " << column;
        return std::string();
    };
    EXPECT_EQ(field("step"), "42");
    EXPECT_EQ(field("name"), r.name);
    EXPECT_EQ(field("metric"), "kid");
    EXPECT_EQ(field("network"), "random");
    EXPECT_EQ(field("value"), "0.0123");
    EXPECT_EQ(field("stddev"), "");
    EXPECT_EQ(field("samples"), "1000");
    EXPECT_EQ(field("seconds"), "2.25");
    EXPECT_EQ(field("note"), "note, with \"quotes\"\nand a second line");
    EXPECT_EQ(field("parent"), "KID[random]");
}

TEST(TestCsv, metricRowOfAnOverallResult) {
    MetricResult r;
    r.name = "IW";
    r.metric = "iw";
    r.value = -0.5;
    r.stddev = 0.25;
    r.step = 7;
    r.samples = 64;
    r.seconds = kInf;
    const Fields row = parseCsvLine(metricCsvRow(r));
    EXPECT_EQ(row, (Fields{"7", "IW", "iw", "", "-0.5", "0.25", "64", "", "", ""}));
}
