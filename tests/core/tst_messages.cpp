// Tests of engine messages (api/message.h, api/error.h): the catalog's templates, how arguments
// fill them, numbers as arguments, and what an Error says with its path and problems.
#include "api/error.h"
#include "api/message.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using namespace ganlab;

TEST(Messages, everyCodeHasATemplateWithContiguousArguments) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < kMessageCodeCount; ++i) {
        const std::string tmpl = messageTemplate(static_cast<MessageCode>(i));
        ASSERT_FALSE(tmpl.empty()) << i;
        ASSERT_TRUE(seen.insert(tmpl).second) << "two codes say: " << tmpl;
        int highest = 0;
        const std::regex placeholder("%([1-9])");
        for (std::sregex_iterator it(tmpl.begin(), tmpl.end(), placeholder), end; it != end; ++it)
            highest = std::max(highest, std::stoi((*it)[1]));
        for (char n = '1'; n < '1' + highest; ++n) {
            const char placeholderText[] = {'%', n, '\0'};
            ASSERT_NE(tmpl.find(placeholderText), std::string::npos)
                << placeholderText << " missing in: " << tmpl;
        }
    }
    ASSERT_GT(kMessageCodeCount, 100u);
    ASSERT_EQ(std::string(messageTemplate(MessageCode::Text)), "%1");
}

TEST(Messages, argumentsFillTheirPlaces) {
    ASSERT_EQ(fillTemplate("%2 before %1, %1 again, 100%", {"a", "b"}),
              "b before a, a again, 100%");
    ASSERT_EQ(fillTemplate("missing %3", {"a"}), "missing ");
    const Message m = message(MessageCode::IdxLabelsMismatch, 3, std::int64_t(5));
    ASSERT_EQ(m.text(), "labels do not match the images (3 labels for 5 images)");
    ASSERT_EQ(m.args, (std::vector<std::string>{"3", "5"}));
    ASSERT_EQ(plainText("as it is: %1").text(), "as it is: %1");
}

TEST(Messages, numbersReadAsPeopleWriteThem) {
    ASSERT_EQ(messageArg(4.0), "4");
    ASSERT_EQ(messageArg(0.25), "0.25");
    ASSERT_EQ(messageArg(1e-4), "0.0001");
    ASSERT_EQ(messageArg(2.0 / 3.0), "0.666667");
    ASSERT_EQ(messageArg(-3.0), "-3");
    ASSERT_EQ(messageArg(std::uint64_t(18446744073709551615ull)), "18446744073709551615");
}

TEST(Messages, anErrorSaysItsPathMessageAndProblems) {
    const Error plain(ErrorKind::Data, "/d/x.idx", message(MessageCode::IdxBadMagic));
    ASSERT_STREQ(plain.what(), "/d/x.idx: not an IDX file (bad magic number)");
    ASSERT_EQ(plain.message().code, MessageCode::IdxBadMagic);
    const Error refused(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration),
                        {{"lr_g", message(MessageCode::SettingAbove, 0, -1)},
                         {"", message(MessageCode::AuxNeedsConditional)}});
    ASSERT_EQ(refused.problems().size(), 2u);
    ASSERT_STREQ(refused.what(),
                 "invalid configuration: lr_g: must be above 0, not -1; the AC-GAN classifier "
                 "head needs a class-conditional run (conditional: true)");
}
