// Arguments: option parsing with clear messages for every malformed input.
#include "cli/arguments.h"

#include "api/error.h"
#include "api/training_run.h"

#include <cstdlib>

namespace ganlab::cli {

bool wantsHelp(const std::vector<std::string>& args) {
    for (const auto& a : args)
        if (a == "--help" || a == "-h")
            return true;
    return false;
}

void applyThreads(const Arguments& a) {
    const int threads = static_cast<int>(a.integer("threads").value_or(hardwareThreads()));
    if (threads < 1)
        throw Error(ErrorKind::Usage, {}, "--threads must be at least 1");
    setComputeThreads(threads);
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto item =
            text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty())
            out.push_back(item);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            m_positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2), value;
        const auto eq = name.find('=');
        const bool inlineValue = eq != std::string::npos;
        if (inlineValue) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flags.count(name)) {
            if (inlineValue)
                throw Error(ErrorKind::Usage, {}, "--" + name + " takes no value");
            m_values.insert_or_assign(
                name, std::string(1, '1')); // (GCC 12 -Wrestrict false positive on = "1")
        } else if (valued.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw Error(ErrorKind::Usage, {}, "--" + name + " needs a value");
                value = args[++i];
            }
            m_values[name] = value;
        } else {
            throw Error(ErrorKind::Usage, {}, "unknown option --" + name + " (see --help)");
        }
    }
}

std::optional<std::string> Arguments::get(const std::string& name) const {
    if (auto it = m_values.find(name); it != m_values.end())
        return it->second;
    return std::nullopt;
}

std::string Arguments::get(const std::string& name, const std::string& fallback) const {
    return get(name).value_or(fallback);
}

std::optional<long long> Arguments::integer(const std::string& name) const {
    const auto v = get(name);
    if (!v)
        return std::nullopt;
    char* end = nullptr;
    const long long parsed = std::strtoll(v->c_str(), &end, 10);
    if (v->empty() || *end != '\0')
        throw Error(ErrorKind::Usage, {},
                    "--" + name + " expects a whole number, not \"" + *v + "\"");
    return parsed;
}

std::optional<double> Arguments::number(const std::string& name) const {
    const auto v = get(name);
    if (!v)
        return std::nullopt;
    char* end = nullptr;
    const double parsed = std::strtod(v->c_str(), &end);
    if (v->empty() || *end != '\0')
        throw Error(ErrorKind::Usage, {}, "--" + name + " expects a number, not \"" + *v + "\"");
    return parsed;
}

} // namespace ganlab::cli
