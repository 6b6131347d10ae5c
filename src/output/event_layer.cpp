#include "frontline/output/event_layer.hpp"

namespace frontline {

namespace {

// The days an event's date stands for: its day, its ISO week (event_date is
// the Monday) or its month (the 1st); valid_to is the first day after.
std::optional<Date> valid_to(const Event& e) {
    if (!e.event_date) return std::nullopt;
    using namespace std::chrono;
    switch (info(e.date_precision).span) {
    case DateSpan::week: return *e.event_date + days(7);
    case DateSpan::month: {
        const year_month_day ymd{*e.event_date};
        return sys_days{(ymd.year() / ymd.month() + months(1)) / day(1)};
    }
    case DateSpan::day:
    case DateSpan::none: break;
    }
    return *e.event_date + days(1);
}

}  // namespace

LayerSchema events_layer_schema() {
    using T = FieldType;
    return LayerSchema{
        "events",
        GeometryType::point,
        {
            {"event_id", T::string},         {"place_id", T::string},
            {"place_name", T::string},       {"kind", T::string},
            {"geo_precision", T::string},    {"claim", T::string},
            {"actor_side", T::string},       {"status", T::string},
            {"event_date", T::date},         {"date_precision", T::string},
            {"first_reported", T::datetime}, {"last_reported", T::datetime},
            {"n_reports", T::integer},       {"claimants", T::string},
            {"sources", T::string},          {"quote", T::string},
            {"confidence", T::real},         {"valid_from", T::date},
            {"valid_to", T::date},
        },
        std::string("fid"),
        std::string("event_id"),
    };
}

Feature to_feature(const Event& e) {
    Feature f;
    f.fid = stable_feature_id(e.event_id);
    // A region's claim is no point at its centroid: kept without geometry
    // here, drawn as the region in the `regions` layer.
    if (is_point_precision(e.geo_precision)) f.geometry = LonLat{e.lon, e.lat};
    auto& v = f.values;
    v.reserve(19);
    v.emplace_back(e.event_id);
    v.emplace_back(e.place_id);
    v.emplace_back(e.place_name);
    if (e.kind) v.emplace_back(std::string(to_string(*e.kind)));
    else v.emplace_back(std::monostate{});
    v.emplace_back(std::string(to_string(e.geo_precision)));
    v.emplace_back(std::string(to_string(e.claim)));
    v.push_back(optional_value(e.actor_side));
    v.emplace_back(std::string(to_string(e.status)));
    v.push_back(optional_value(e.event_date));
    v.emplace_back(std::string(to_string(e.date_precision)));
    v.push_back(optional_value(e.first_reported));
    v.push_back(optional_value(e.last_reported));
    v.emplace_back(e.n_reports);
    v.emplace_back(to_json_array(e.claimants));
    v.emplace_back(to_json_array(e.sources));
    v.emplace_back(e.quote);
    v.emplace_back(e.confidence);
    v.push_back(optional_value(e.event_date));
    v.push_back(optional_value(valid_to(e)));
    return f;
}

}  // namespace frontline
