// NamedRegistry: the storage behind every self-registering registry (models, losses, metrics) —
// kept sorted by name, a re-registered name replaces the old entry, and looking up an unknown
// name throws an Error that lists the registered ones.
#pragma once

#include "api/error.h"

#include <algorithm>
#include <string>
#include <vector>

namespace ganlab {

template <typename Family> class NamedRegistry {
public:
    explicit NamedRegistry(std::string what)
        : m_what(std::move(what)) {}

    bool add(Family family) {
        std::erase_if(m_items, [&](const Family& f) { return f.name == family.name; });
        m_items.push_back(std::move(family));
        std::sort(m_items.begin(), m_items.end(),
                  [](const Family& a, const Family& b) { return a.name < b.name; });
        return true;
    }

    const std::vector<Family>& all() const { return m_items; }

    const Family& find(const std::string& name) const {
        for (const auto& f : m_items)
            if (f.name == name)
                return f;
        std::string names;
        for (const auto& f : m_items)
            names += (names.empty() ? "" : ", ") + f.name;
        throw Error(ErrorKind::Usage, {}, message(MessageCode::UnknownName, m_what, name, names));
    }

private:
    std::string m_what;
    std::vector<Family> m_items;
};

} // namespace ganlab
