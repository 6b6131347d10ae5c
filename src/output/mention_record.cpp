#include "frontline/output/mention_record.hpp"

#include <array>

#include "frontline/error.hpp"
#include "frontline/time.hpp"

namespace frontline {

namespace {

// ---- reading a field into a slot --------------------------------------------

void put_string(FieldValue& slot, std::string_view s) {
    if (auto* held = std::get_if<std::string>(&slot)) held->assign(s);
    else slot.emplace<std::string>(s);
}

template <auto member>
void get_text(const Mention& m, FieldValue& slot) {
    put_string(slot, m.*member);
}

template <auto member>
void get_optional_text(const Mention& m, FieldValue& slot) {
    if (const auto& v = m.*member) put_string(slot, *v);
    else slot = std::monostate{};
}

// Enums (kinds, vocabularies) as their labels.
template <auto member>
void get_label(const Mention& m, FieldValue& slot) {
    if (const auto& v = m.*member) put_string(slot, to_string(*v));
    else slot = std::monostate{};
}

template <auto member>
void get_value(const Mention& m, FieldValue& slot) {
    slot = m.*member;
}

template <auto member>
void get_optional_value(const Mention& m, FieldValue& slot) {
    if (const auto& v = m.*member) slot = *v;
    else slot = std::monostate{};
}

// ---- writing a value back ------------------------------------------------------

template <class T>
const T* as(const FieldValue& v) {
    return std::get_if<T>(&v);
}

template <auto member>
void set_text(Mention& m, const FieldValue& v) {
    const auto* s = as<std::string>(v);
    m.*member = s ? *s : std::string();
}

template <auto member>
void set_optional_text(Mention& m, const FieldValue& v) {
    if (const auto* s = as<std::string>(v)) m.*member = *s;
    else (m.*member).reset();
}

template <auto member, auto parse>
void set_label(Mention& m, const FieldValue& v) {
    if (const auto* s = as<std::string>(v)) m.*member = parse(*s);
    else (m.*member).reset();
}

template <auto member>
void set_int(Mention& m, const FieldValue& v) {
    const auto* i = as<std::int64_t>(v);
    m.*member = i ? *i : 0;
}

template <auto member, class T>
void set_optional(Mention& m, const FieldValue& v) {
    if (const auto* x = as<T>(v)) m.*member = *x;
    else (m.*member).reset();
}

PlaceKind kind_from(std::string_view s) { return parse_place_kind(s); }

using T = FieldType;

const std::array<MentionField, 25> fields = {{
    {"mention_id", T::string, get_text<&Mention::mention_id>, set_text<&Mention::mention_id>},
    {"doc", T::string, get_text<&Mention::doc>, set_text<&Mention::doc>},
    {"url", T::string, get_optional_text<&Mention::url>, set_optional_text<&Mention::url>},
    {"char_start", T::integer, get_value<&Mention::char_start>, set_int<&Mention::char_start>},
    {"char_end", T::integer, get_value<&Mention::char_end>, set_int<&Mention::char_end>},
    {"surface", T::string, get_text<&Mention::surface>, set_text<&Mention::surface>},
    {"place_id", T::string, get_optional_text<&Mention::place_id>, set_optional_text<&Mention::place_id>},
    {"place_name", T::string, get_optional_text<&Mention::place_name>, set_optional_text<&Mention::place_name>},
    {"kind", T::string, get_label<&Mention::kind>, set_label<&Mention::kind, kind_from>},
    {"country", T::string, get_optional_text<&Mention::country>, set_optional_text<&Mention::country>},
    {"admin1", T::string, get_optional_text<&Mention::admin1>, set_optional_text<&Mention::admin1>},
    // A score without a place says nothing: null for unresolved mentions.
    {"resolution_score", T::real,
     [](const Mention& m, FieldValue& slot) {
         if (m.place_id) slot = m.resolution_score;
         else slot = std::monostate{};
     },
     [](Mention& m, const FieldValue& v) {
         const auto* d = as<double>(v);
         const auto* i = as<std::int64_t>(v);
         m.resolution_score = d ? *d : i ? static_cast<double>(*i) : 0.0;
     }},
    {"geo_precision", T::string,
     [](const Mention& m, FieldValue& slot) { put_string(slot, to_string(m.geo_precision)); },
     [](Mention& m, const FieldValue& v) {
         const auto* s = as<std::string>(v);
         m.geo_precision = s ? parse_geo_precision(*s) : GeoPrecision::unknown;
     }},
    {"claim", T::string, get_label<&Mention::claim>, set_label<&Mention::claim, claim_type_from>},
    {"actor", T::string, get_optional_text<&Mention::actor>, set_optional_text<&Mention::actor>},
    {"actor_side", T::string, get_optional_text<&Mention::actor_side>, set_optional_text<&Mention::actor_side>},
    {"claimant", T::string, get_optional_text<&Mention::claimant>, set_optional_text<&Mention::claimant>},
    {"claimant_side", T::string, get_optional_text<&Mention::claimant_side>, set_optional_text<&Mention::claimant_side>},
    {"status", T::string, get_label<&Mention::status>, set_label<&Mention::status, claim_status_from>},
    {"modality", T::string, get_label<&Mention::modality>, set_label<&Mention::modality, modality_from>},
    {"quantity", T::integer, get_optional_value<&Mention::quantity>, set_optional<&Mention::quantity, std::int64_t>},
    {"event_date", T::date, get_optional_value<&Mention::event_date>, set_optional<&Mention::event_date, Date>},
    {"date_precision", T::string, get_label<&Mention::date_precision>,
     set_label<&Mention::date_precision, date_precision_from>},
    {"reported_at", T::datetime, get_optional_value<&Mention::reported_at>,
     set_optional<&Mention::reported_at, Timestamp>},
    {"sentence", T::string, get_text<&Mention::sentence>, set_text<&Mention::sentence>},
}};

}  // namespace

std::span<const MentionField> mention_fields() { return fields; }

nlohmann::json to_json(const FieldValue& value) {
    struct Visit {
        nlohmann::json operator()(std::monostate) const { return nullptr; }
        nlohmann::json operator()(const std::string& s) const { return s; }
        nlohmann::json operator()(std::int64_t i) const { return i; }
        nlohmann::json operator()(double d) const { return d; }
        nlohmann::json operator()(Date d) const { return format_date(d); }
        nlohmann::json operator()(Timestamp t) const { return format_timestamp(t); }
    };
    return std::visit(Visit{}, value);
}

FieldValue field_value_from_json(const nlohmann::json& v, FieldType type, std::string_view field) {
    if (v.is_null()) return std::monostate{};
    auto fail = [&](const char* what) -> FieldValue {
        throw Error("mention field '" + std::string(field) + "' is not " + what);
    };
    switch (type) {
        case FieldType::string:
            if (!v.is_string()) return fail("a string");
            return v.get<std::string>();
        case FieldType::integer:
        case FieldType::integer64:
            if (!v.is_number_integer()) return fail("an integer");
            return v.get<std::int64_t>();
        case FieldType::real:
            if (!v.is_number()) return fail("a number");
            return v.get<double>();
        case FieldType::date:
        case FieldType::datetime: {
            if (!v.is_string()) return fail(type == FieldType::date ? "a date" : "a timestamp");
            const auto t = parse_iso_timestamp(v.get<std::string>());
            if (!t) return fail(type == FieldType::date ? "a date" : "a timestamp");
            if (type == FieldType::date) return Date{std::chrono::floor<std::chrono::days>(*t)};
            return *t;
        }
    }
    return std::monostate{};
}

nlohmann::json record_json(const Mention& m, bool with_nulls) {
    nlohmann::json j = nlohmann::json::object();
    FieldValue slot;
    for (const MentionField& f : fields) {
        f.get(m, slot);
        if (with_nulls || !std::holds_alternative<std::monostate>(slot)) j[std::string(f.name)] = to_json(slot);
    }
    return j;
}

Mention mention_from_feature(const Feature& f) {
    Mention m;
    for (std::size_t i = 0; i < fields.size() && i < f.values.size(); ++i) {
        try {
            fields[i].set(m, f.values[i]);
        } catch (const Error& e) {
            throw Error("mention field '" + std::string(fields[i].name) + "': " + e.what());
        }
    }
    if (const auto* p = std::get_if<LonLat>(&f.geometry)) {
        m.lon = p->lon;
        m.lat = p->lat;
    }
    return m;
}

void read_record_json(const nlohmann::json& j, Mention& m) {
    for (const MentionField& f : fields) {
        auto it = j.find(std::string(f.name));
        if (it == j.end()) continue;
        const FieldValue v = field_value_from_json(*it, f.type, f.name);
        try {
            f.set(m, v);
        } catch (const Error& e) {
            throw Error("mention field '" + std::string(f.name) + "': " + e.what());
        }
    }
}

}  // namespace frontline
