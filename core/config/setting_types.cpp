// The typed setting constructors of the table's vocabulary (flags, reals, texts, lists, feature
// specs, registry words) and the group titles.
#include "config/setting_declarations.h"

namespace ganlab {
namespace {

template <typename T, typename Stored = T>
Setting plain(std::string key, SettingType type, Field<T> field) {
    Setting s;
    s.key = std::move(key);
    s.type = type;
    s.get = [field](const TrainConfig& c) {
        return SettingValue(Stored(field(const_cast<TrainConfig&>(c))));
    };
    s.set = [field](TrainConfig& c, const SettingValue& v) -> std::optional<Message> {
        field(c) = T(std::get<Stored>(v));
        return std::nullopt;
    };
    return s;
}

template <typename Container> Setting integers(std::string key, Field<Container> field) {
    Setting s;
    s.key = std::move(key);
    s.type = SettingType::IntegerList;
    s.get = [field](const TrainConfig& c) {
        const auto& items = field(const_cast<TrainConfig&>(c));
        return SettingValue(std::vector<std::int64_t>(items.begin(), items.end()));
    };
    s.set = [field](TrainConfig& c, const SettingValue& v) -> std::optional<Message> {
        const auto& items = std::get<std::vector<std::int64_t>>(v);
        Container out{};
        if constexpr (requires { out.resize(0); })
            out.resize(items.size());
        else if (items.size() != out.size())
            return message(MessageCode::SettingListSize, out.size(), items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i] < -1'000'000'000 || items[i] > 1'000'000'000)
                return message(MessageCode::SettingNotWhole, std::to_string(items[i]));
            out[i] = static_cast<int>(items[i]);
        }
        field(c) = out;
        return std::nullopt;
    };
    return s;
}

} // namespace

Decl flagSetting(std::string key, Field<bool> field) {
    return Decl(plain(std::move(key), SettingType::Flag, field));
}

Decl realSetting(std::string key, Field<double> field) {
    return Decl(plain(std::move(key), SettingType::Real, field));
}

Decl textSetting(std::string key, Field<std::string> field) {
    return Decl(plain(std::move(key), SettingType::Text, field));
}

Decl textListSetting(std::string key, Field<std::vector<std::string>> field) {
    return Decl(plain(std::move(key), SettingType::TextList, field));
}

Decl integerListSetting(std::string key, Field<std::vector<int>> field) {
    return Decl(integers(std::move(key), field));
}

Decl integerArraySetting(std::string key, Field<std::array<int, 3>> field) {
    Setting s = integers(std::move(key), field);
    s.listSize = 3;
    return Decl(std::move(s));
}

Decl featureSetting(std::string key, Field<FeatureSpec> field, FeatureUse use) {
    Setting s;
    s.key = std::move(key);
    s.type = SettingType::Text;
    s.get = [field](const TrainConfig& c) {
        return SettingValue(field(const_cast<TrainConfig&>(c)).text());
    };
    s.set = [field, use](TrainConfig& c, const SettingValue& v) -> std::optional<Message> {
        auto parsed = parseFeatureSpec(std::get<std::string>(v), use);
        if (auto* m = std::get_if<Message>(&parsed))
            return *m;
        field(c) = std::get<FeatureSpec>(parsed);
        return std::nullopt;
    };
    s.choices = [use] { // suggestions for the form: the kinds that need no file
        std::vector<SettingChoice> out;
        for (const auto& info : featureSources())
            if (!info.takesFile &&
                (use == FeatureUse::Evaluation ? info.forEvaluation : info.forProjection))
                out.push_back({info.name, info.name, info.help});
        return out;
    };
    return Decl(std::move(s));
}

Decl registryChoiceSetting(std::string key, Field<std::string> field,
                           std::function<std::vector<SettingChoice>()> choices) {
    Setting s = plain(std::move(key), SettingType::Choice, field);
    s.choices = std::move(choices);
    return Decl(std::move(s));
}

const char* settingGroupTitle(SettingGroup group) {
    switch (group) {
    case SettingGroup::Data:
        return GANLAB_TR("Setting", "Data");
    case SettingGroup::Model:
        return GANLAB_TR("Setting", "Model");
    case SettingGroup::Transfer:
        return GANLAB_TR("Setting", "Transfer");
    case SettingGroup::Families:
        return GANLAB_TR("Setting", "Seed papers");
    case SettingGroup::Optimisation:
        return GANLAB_TR("Setting", "Optimisation");
    case SettingGroup::Output:
        return GANLAB_TR("Setting", "Output");
    case SettingGroup::Evaluation:
        return GANLAB_TR("Setting", "Evaluation");
    case SettingGroup::Health:
        return GANLAB_TR("Setting", "Health");
    case SettingGroup::Compute:
        return GANLAB_TR("Setting", "Compute");
    }
    return "";
}

} // namespace ganlab
