#include "ogr_feature_filler.hpp"

#include <climits>
#include <variant>

#include "frontline/error.hpp"

namespace frontline::output_detail {

OgrFeatureFiller::OgrFeatureFiller(OGRLayer& layer, const LayerSchema& schema, std::vector<int> field_index,
                                   OGRCoordinateTransformation* transform, std::string context)
    : schema_(schema), field_index_(std::move(field_index)), transform_(transform), context_(std::move(context)),
      feature_(OGRFeature::CreateFeature(layer.GetLayerDefn())) {}

void OgrFeatureFiller::fail(std::uint64_t number, const std::string& what) const {
    throw OutputError(context_ + ": feature " + std::to_string(number) + what);
}

OGRFeature& OgrFeatureFiller::fill(const Feature& f, std::uint64_t number, std::optional<std::int64_t> fid) {
    if (f.values.size() != schema_.fields.size())
        throw OutputError(context_ + ": feature " + std::to_string(number) + " has " + std::to_string(f.values.size()) +
                          " values for " + std::to_string(schema_.fields.size()) + " fields");
    for (std::size_t i = 0; i < f.values.size(); ++i) set_value(field_index_[i], schema_.fields[i], f.values[i], number);
    set_geometry(f.geometry, number);
    feature_->SetFID(fid ? *fid : OGRNullFID);
    return *feature_;
}

void OgrFeatureFiller::set_value(int index, const FieldDef& def, const FieldValue& value, std::uint64_t number) {
    OGRFeature& f = *feature_;
    auto mismatch = [&](std::string_view got) {
        fail(number, ": field '" + def.name + "' is " + std::string(to_string(def.type)) + " but the value is " +
                         std::string(got));
    };
    std::visit(
        [&](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>) {
                f.SetFieldNull(index);
            } else if constexpr (std::is_same_v<V, std::string>) {
                if (def.type != FieldType::string) mismatch("a string");
                f.SetField(index, v.c_str());
            } else if constexpr (std::is_same_v<V, std::int64_t>) {
                if (def.type == FieldType::integer) {
                    if (v < INT_MIN || v > INT_MAX) mismatch("out of the 32-bit range: " + std::to_string(v));
                    f.SetField(index, static_cast<int>(v));
                } else if (def.type == FieldType::integer64) {
                    f.SetField(index, static_cast<GIntBig>(v));
                } else if (def.type == FieldType::real) {
                    f.SetField(index, static_cast<double>(v));
                } else {
                    mismatch("an integer");
                }
            } else if constexpr (std::is_same_v<V, double>) {
                if (def.type != FieldType::real) mismatch("a real number");
                f.SetField(index, v);
            } else if constexpr (std::is_same_v<V, Date>) {
                if (def.type != FieldType::date) mismatch("a date");
                const std::chrono::year_month_day ymd{v};
                f.SetField(index, int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
            } else if constexpr (std::is_same_v<V, Timestamp>) {
                if (def.type != FieldType::datetime) mismatch("a date-time");
                const auto day = std::chrono::floor<std::chrono::days>(v);
                const std::chrono::year_month_day ymd{day};
                const std::chrono::hh_mm_ss hms{v - day};
                // TZFlag 100 = UTC: written with "Z"/"+00" so readers need not guess.
                f.SetField(index, int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())),
                           int(hms.hours().count()), int(hms.minutes().count()),
                           static_cast<float>(hms.seconds().count()), 100);
            }
        },
        value);
}

void OgrFeatureFiller::set_geometry(const FeatureGeometry& geometry, std::uint64_t number) {
    OGRFeature& f = *feature_;
    if (std::holds_alternative<std::monostate>(geometry)) {
        f.SetGeometryDirectly(nullptr);
        return;
    }
    if (const auto* p = std::get_if<LonLat>(&geometry)) {
        double x = p->lon, y = p->lat;
        if (transform_ && !transform_->Transform(1, &x, &y))
            fail(number, ": cannot transform point " + std::to_string(p->lon) + " " + std::to_string(p->lat));
        OGRPoint point(x, y);
        f.SetGeometry(&point);
        return;
    }
    OGRGeometry* raw = nullptr;
    OGRErr err = OGRERR_NONE;
    if (const auto* wkt = std::get_if<GeometryWkt>(&geometry)) {
        err = OGRGeometryFactory::createFromWkt(wkt->text.c_str(), nullptr, &raw);
    } else if (const auto* wkb = std::get_if<GeometryWkb>(&geometry)) {
        err = OGRGeometryFactory::createFromWkb(wkb->bytes.data(), nullptr, &raw, wkb->bytes.size());
    }
    OGRGeometryUniquePtr geom(raw);
    if (err != OGRERR_NONE || !geom) fail(number, ": invalid WKT/WKB geometry");
    if (transform_ && geom->transform(transform_) != OGRERR_NONE) fail(number, ": cannot transform geometry");
    if (schema_.geometry == GeometryType::multipolygon)
        geom.reset(OGRGeometryFactory::forceToMultiPolygon(geom.release()));
    else if (schema_.geometry == GeometryType::multilinestring)
        geom.reset(OGRGeometryFactory::forceToMultiLineString(geom.release()));
    f.SetGeometryDirectly(geom.release());
}

}  // namespace frontline::output_detail
