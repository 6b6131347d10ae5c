// Mentions <-> JSON for the update state.
#include "frontline/update/mention_json.hpp"

#include "frontline/error.hpp"
#include "frontline/output/mention_record.hpp"

namespace frontline::update {

namespace {

using nlohmann::json;

// The record's fields come from mention_record.hpp; the state also keeps
// what the layer does not show but the events need: the point, the byte
// span and the boilerplate flag.
template <class T>
std::optional<T> get(const json& j, const char* key, bool (json::*is)() const noexcept, const char* what) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!((*it).*is)()) throw Error(std::string("state: mention field '") + key + "' is not " + what);
    return it->get<T>();
}

}  // namespace

json mention_to_json(const Mention& m) {
    json j = record_json(m, false);
    j["byte_start"] = m.byte_start;
    j["byte_end"] = m.byte_end;
    j["resolution_score"] = m.resolution_score;  // kept for unresolved mentions too
    if (m.lat) j["lat"] = *m.lat;
    if (m.lon) j["lon"] = *m.lon;
    if (m.boilerplate) j["boilerplate"] = true;
    return j;
}

Mention mention_from_json(const json& j) {
    if (!j.is_object()) throw Error("state: a stored mention is not a JSON object");
    Mention m;
    try {
        read_record_json(j, m);
    } catch (const Error& e) {
        throw Error(std::string("state: ") + e.what());
    }
    m.byte_start = static_cast<std::size_t>(get<std::int64_t>(j, "byte_start", &json::is_number_integer, "an integer").value_or(0));
    m.byte_end = static_cast<std::size_t>(get<std::int64_t>(j, "byte_end", &json::is_number_integer, "an integer").value_or(0));
    m.lat = get<double>(j, "lat", &json::is_number, "a number");
    m.lon = get<double>(j, "lon", &json::is_number, "a number");
    if (auto it = j.find("boilerplate"); it != j.end() && it->is_boolean()) m.boilerplate = it->get<bool>();
    return m;
}

std::string mentions_to_json(const std::vector<Mention>& mentions) {
    json a = json::array();
    for (const auto& m : mentions) a.push_back(mention_to_json(m));
    return a.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<Mention> mentions_from_json(std::string_view text) {
    json a = json::parse(text, nullptr, false);
    if (a.is_discarded() || !a.is_array()) throw Error("state: stored mentions are not a JSON array");
    std::vector<Mention> out;
    out.reserve(a.size());
    for (const auto& j : a) out.push_back(mention_from_json(j));
    return out;
}

}  // namespace frontline::update
