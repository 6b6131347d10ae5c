#include "frontline/output/geojson_text.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "frontline/text/json_string.hpp"

namespace frontline {

namespace {

void append_integer(std::string& out, std::int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void append_real(std::string& out, double v) {
    if (!std::isfinite(v)) {  // JSON has no NaN or infinity
        out += "null";
        return;
    }
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// A coordinate rounded to `precision` decimals, trailing zeros dropped.
void append_coordinate(std::string& out, double v, int precision) {
    char buf[48];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision);
    char* end = r.ptr;
    if (precision > 0) {
        while (end[-1] == '0') --end;
        if (end[-1] == '.') --end;
    }
    if (end - buf == 2 && buf[0] == '-' && buf[1] == '0') {  // -0.0000000 rounds to 0
        out += '0';
        return;
    }
    out.append(buf, end);
}

void append_two_digits(std::string& out, unsigned v) {
    out += static_cast<char>('0' + v / 10);
    out += static_cast<char>('0' + v % 10);
}

void append_date_text(std::string& out, Date d) {
    const std::chrono::year_month_day ymd{d};
    const int y = int(ymd.year());
    if (y < 0 || y > 9999) {  // outside ISO 8601's four digits: still a readable string
        append_integer(out, y);
    } else {
        append_two_digits(out, static_cast<unsigned>(y / 100));
        append_two_digits(out, static_cast<unsigned>(y % 100));
    }
    out += '-';
    append_two_digits(out, unsigned(ymd.month()));
    out += '-';
    append_two_digits(out, unsigned(ymd.day()));
}

}  // namespace

GeoJsonSerialiser::GeoJsonSerialiser(const LayerSchema& schema, int precision)
    : fields_(schema.fields), precision_(precision) {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        std::string member = i ? ", " : "";
        append_json_string(member, fields_[i].name, JsonDialect::gdal);
        member += ": ";
        members_.push_back(std::move(member));
    }
}

std::optional<std::string> append_geojson_feature(std::string& out, const LayerSchema& schema, const Feature& feature,
                                                  int precision) {
    return GeoJsonSerialiser(schema, precision).append(out, feature);
}

std::optional<std::string> GeoJsonSerialiser::append(std::string& out, const Feature& feature) const {
    if (feature.values.size() != fields_.size())
        return std::to_string(feature.values.size()) + " values for " + std::to_string(fields_.size()) + " fields";
    const std::size_t mark = out.size();
    out += "{ \"type\": \"Feature\", ";
    if (feature.fid) {
        out += "\"id\": ";
        append_integer(out, *feature.fid);
        out += ", ";
    }
    out += "\"properties\": { ";
    for (std::size_t i = 0; i < feature.values.size(); ++i) {
        const FieldDef& def = fields_[i];
        out += members_[i];
        std::optional<std::string> error;
        auto mismatch = [&](const char* got) {
            error = "field '" + def.name + "' is " + std::string(to_string(def.type)) + " but the value is " + got;
        };
        std::visit(
            [&](const auto& v) {
                using V = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<V, std::monostate>) {
                    out += "null";
                } else if constexpr (std::is_same_v<V, std::string>) {
                    if (def.type != FieldType::string) return mismatch("a string");
                    append_json_string(out, v, JsonDialect::gdal);
                } else if constexpr (std::is_same_v<V, std::int64_t>) {
                    if (def.type == FieldType::integer && (v < INT32_MIN || v > INT32_MAX))
                        return mismatch("out of the 32-bit range");
                    if (def.type != FieldType::integer && def.type != FieldType::integer64 && def.type != FieldType::real)
                        return mismatch("an integer");
                    append_integer(out, v);
                } else if constexpr (std::is_same_v<V, double>) {
                    if (def.type != FieldType::real) return mismatch("a real number");
                    append_real(out, v);
                } else if constexpr (std::is_same_v<V, Date>) {
                    if (def.type != FieldType::date) return mismatch("a date");
                    out += '"';
                    append_date_text(out, v);
                    out += '"';
                } else if constexpr (std::is_same_v<V, Timestamp>) {
                    if (def.type != FieldType::datetime) return mismatch("a date-time");
                    const auto day = std::chrono::floor<std::chrono::days>(v);
                    const std::chrono::hh_mm_ss hms{v - day};
                    out += '"';
                    append_date_text(out, day);
                    out += 'T';
                    append_two_digits(out, static_cast<unsigned>(hms.hours().count()));
                    out += ':';
                    append_two_digits(out, static_cast<unsigned>(hms.minutes().count()));
                    out += ':';
                    append_two_digits(out, static_cast<unsigned>(hms.seconds().count()));
                    out += "Z\"";
                }
            },
            feature.values[i]);
        if (error) {
            out.resize(mark);
            return error;
        }
    }
    out += " }, \"geometry\": ";
    if (std::holds_alternative<std::monostate>(feature.geometry)) {
        out += "null";
    } else if (const auto* p = std::get_if<LonLat>(&feature.geometry)) {
        out += "{ \"type\": \"Point\", \"coordinates\": [ ";
        append_coordinate(out, p->lon, precision_);
        out += ", ";
        append_coordinate(out, p->lat, precision_);
        out += " ] }";
    } else {
        out.resize(mark);
        return std::string("a geometry other than a point");
    }
    out += " }\n";
    return std::nullopt;
}

}  // namespace frontline
