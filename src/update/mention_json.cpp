// Mentions <-> JSON for the update state.
#include "frontline/update/mention_json.hpp"

#include "frontline/error.hpp"

namespace frontline::update {

namespace {

using nlohmann::json;

template <class T>
void put(json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}

template <class Vocabulary>
void put_label(json& j, const char* key, const std::optional<Vocabulary>& v) {
    if (v) j[key] = std::string(to_string(*v));
}

std::optional<std::string> get_string(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw Error(std::string("state: mention field '") + key + "' is not a string");
    return it->get<std::string>();
}

std::optional<double> get_double(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!it->is_number()) throw Error(std::string("state: mention field '") + key + "' is not a number");
    return it->get<double>();
}

std::optional<std::int64_t> get_int(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!it->is_number_integer()) throw Error(std::string("state: mention field '") + key + "' is not an integer");
    return it->get<std::int64_t>();
}

// A vocabulary label; an unknown one is a corrupt state, not a new value.
template <class Parse>
auto get_label(const json& j, const char* key, Parse parse) -> std::optional<decltype(parse(std::string_view()))> {
    auto s = get_string(j, key);
    if (!s) return std::nullopt;
    try {
        return parse(*s);
    } catch (const Error& e) {
        throw Error(std::string("state: mention field '") + key + "': " + e.what());
    }
}

GeoPrecision parse_precision(std::string_view s) {
    for (auto p : {GeoPrecision::exact, GeoPrecision::near, GeoPrecision::region, GeoPrecision::country})
        if (to_string(p) == s) return p;
    return GeoPrecision::unknown;
}

}  // namespace

json mention_to_json(const Mention& m) {
    json j = json::object();
    j["mention_id"] = m.mention_id;
    j["doc"] = m.doc;
    j["char_start"] = m.char_start;
    j["char_end"] = m.char_end;
    j["byte_start"] = m.byte_start;
    j["byte_end"] = m.byte_end;
    j["surface"] = m.surface;
    put(j, "place_id", m.place_id);
    put(j, "place_name", m.place_name);
    if (m.kind) j["kind"] = std::string(to_string(*m.kind));
    put(j, "country", m.country);
    put(j, "admin1", m.admin1);
    put(j, "lat", m.lat);
    put(j, "lon", m.lon);
    j["resolution_score"] = m.resolution_score;
    j["geo_precision"] = std::string(to_string(m.geo_precision));
    put_label(j, "claim", m.claim);
    put(j, "actor", m.actor);
    put(j, "actor_side", m.actor_side);
    put(j, "claimant", m.claimant);
    put(j, "claimant_side", m.claimant_side);
    put_label(j, "status", m.status);
    put_label(j, "modality", m.modality);
    if (m.event_date) j["event_date"] = format_date(*m.event_date);
    put_label(j, "date_precision", m.date_precision);
    put(j, "quantity", m.quantity);
    if (m.reported_at) j["reported_at"] = format_timestamp(*m.reported_at);
    j["sentence"] = m.sentence;
    if (m.boilerplate) j["boilerplate"] = true;
    return j;
}

Mention mention_from_json(const json& j) {
    if (!j.is_object()) throw Error("state: a stored mention is not a JSON object");
    Mention m;
    m.mention_id = get_string(j, "mention_id").value_or("");
    m.doc = get_string(j, "doc").value_or("");
    m.char_start = get_int(j, "char_start").value_or(0);
    m.char_end = get_int(j, "char_end").value_or(0);
    m.byte_start = static_cast<std::size_t>(get_int(j, "byte_start").value_or(0));
    m.byte_end = static_cast<std::size_t>(get_int(j, "byte_end").value_or(0));
    m.surface = get_string(j, "surface").value_or("");
    m.place_id = get_string(j, "place_id");
    m.place_name = get_string(j, "place_name");
    if (auto k = get_string(j, "kind")) m.kind = parse_place_kind(*k);
    m.country = get_string(j, "country");
    m.admin1 = get_string(j, "admin1");
    m.lat = get_double(j, "lat");
    m.lon = get_double(j, "lon");
    m.resolution_score = get_double(j, "resolution_score").value_or(0);
    m.geo_precision = parse_precision(get_string(j, "geo_precision").value_or("unknown"));
    m.claim = get_label(j, "claim", claim_type_from);
    m.actor = get_string(j, "actor");
    m.actor_side = get_string(j, "actor_side");
    m.claimant = get_string(j, "claimant");
    m.claimant_side = get_string(j, "claimant_side");
    m.status = get_label(j, "status", claim_status_from);
    m.modality = get_label(j, "modality", modality_from);
    if (auto d = get_string(j, "event_date")) {
        auto ts = parse_iso_timestamp(*d);
        if (!ts) throw Error("state: mention field 'event_date' is not a date: " + *d);
        m.event_date = std::chrono::floor<std::chrono::days>(*ts);
    }
    m.date_precision = get_label(j, "date_precision", date_precision_from);
    m.quantity = get_int(j, "quantity");
    if (auto r = get_string(j, "reported_at")) {
        m.reported_at = parse_iso_timestamp(*r);
        if (!m.reported_at) throw Error("state: mention field 'reported_at' is not a timestamp: " + *r);
    }
    m.sentence = get_string(j, "sentence").value_or("");
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
