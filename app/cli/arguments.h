// Arguments: a small `--name value` / `--name=value` / `--flag` parser for ganlab-cli verbs.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ganlab::cli {

class Arguments {
public:
    // flags: options that take no value. Throws UsageError for unknown or malformed options.
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
              const std::set<std::string>& flags);

    bool has(const std::string& name) const { return m_values.count(name) > 0; }
    std::optional<std::string> get(const std::string& name) const;
    std::string get(const std::string& name, const std::string& fallback) const;
    // Typed readers; throw UsageError naming the option when the value does not parse.
    std::optional<long long> integer(const std::string& name) const;
    std::optional<double> number(const std::string& name) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::vector<std::string> m_positional;
};

// True when the arguments ask for --help / -h.
bool wantsHelp(const std::vector<std::string>& args);
// Applies --threads N (default: all cores) to torch's compute threads.
void applyThreads(const Arguments& arguments);
// "a,b,c" → {"a", "b", "c"} (empty items dropped).
std::vector<std::string> splitList(const std::string& text);

} // namespace ganlab::cli
