// fuzz_cli_args: ganlab-cli's argument handling without running anything. The input, split at
// NUL and newline, is the argument list given to every verb's CLI11 app (declared as the
// dispatcher does, the returned action never run) and to the settings' options alone (then
// applied onto a preset, as train does first); and its tokens, in pairs, are key/value texts for
// applySettingTexts on a preset config, followed by validateConfig.
#include "api/presets.h"
#include "api/settings.h"
#include "cli/help_formatter.h"
#include "cli/setting_options.h"
#include "cli/verb.h"
#include "fuzz_support.h"

#include <memory>
#include <string>
#include <vector>

namespace {

std::vector<std::string> splitArguments(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\0' || data[i] == '\n')
            out.emplace_back();
        else
            out.back().push_back(static_cast<char>(data[i]));
    }
    if (out.size() > 64) // an argument list, not a file: long inputs add nothing but time
        out.resize(64);
    return out;
}

// CLI11 reports a bad command line as CLI::ParseError (help and --version requests included).
void parseAs(CLI::App& app, const std::string& name, const std::vector<std::string>& args) {
    std::vector<const char*> argv{name.c_str()};
    for (const auto& a : args)
        argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::CallForHelp&) {
        (void)app.help(); // the help the person would see, through ganlab's formatter
    } catch (const CLI::CallForAllHelp&) {
        (void)app.help("", CLI::AppFormatMode::All);
    } catch (const CLI::ParseError&) {
    }
}

void configureLikeTheDispatcher(CLI::App& app) {
    app.formatter(std::make_shared<ganlab::cli::HelpFormatter>());
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

const ganlab::TrainConfig& presetFor(const std::string& token) {
    static const std::vector<ganlab::TrainConfig> configs = [] {
        std::vector<ganlab::TrainConfig> out;
        for (const auto& p : ganlab::presets())
            out.push_back(ganlab::presetConfig(p.name));
        return out;
    }();
    return configs[token.size() % configs.size()];
}

// A token as a settings key: itself when it is one, the key of the option it names ("--lr-g",
// "lr-g"), else a key of the table chosen by its first byte (so most pairs reach a setting).
std::string keyFor(const std::string& token) {
    const auto& all = ganlab::settings();
    for (const auto& s : all)
        if (s.key == token)
            return token;
    std::string_view option(token);
    while (option.starts_with("-"))
        option.remove_prefix(1);
    if (const auto* s = ganlab::settingForOption(option))
        return s->key;
    const auto pick = token.empty() ? 0 : static_cast<unsigned char>(token[0]);
    return all[pick % all.size()].key;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ganlab;
    const auto tokens = splitArguments(data, size);
    std::vector<std::string> args(tokens.begin() + 1, tokens.end());
    if (!tokens.front().empty())
        args.insert(args.begin(), tokens.front());

    for (const auto& verb : cli::verbs()) {
        CLI::App app(verb.summary, "ganlab-cli " + verb.name);
        configureLikeTheDispatcher(app);
        const auto action = verb.declare(app); // never called: it would train, write, evaluate
        parseAs(app, verb.name, args);
    }

    {
        CLI::App app("settings", "ganlab-cli settings");
        configureLikeTheDispatcher(app);
        cli::SettingOptions options;
        options.declare(app);
        app.allow_extras();
        parseAs(app, "settings", args);
        TrainConfig config = presetFor(tokens.front());
        GANLAB_FUZZ_EXPECT_ERROR({
            options.applyTo(config);
            (void)validateConfig(config);
        });
    }

    std::vector<std::pair<std::string, std::string>> raw, mapped;
    for (std::size_t i = 0; i + 1 < tokens.size(); i += 2) {
        raw.emplace_back(tokens[i], tokens[i + 1]);
        mapped.emplace_back(keyFor(tokens[i]), tokens[i + 1]);
    }
    for (const auto* given : {&raw, &mapped}) {
        TrainConfig config = presetFor(tokens.front());
        GANLAB_FUZZ_EXPECT_ERROR({
            (void)applySettingTexts(config, *given);
            (void)validateConfig(config);
            (void)toJson(config);
        });
    }
    return 0;
}
