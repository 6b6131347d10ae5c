#include "stored_feature_reader.hpp"

#include <chrono>
#include <cmath>

#include "frontline/error.hpp"

namespace frontline::output_detail {

namespace {

// OGR's TZFlag: 100 is UTC, 100 +/- n is n quarter hours east/west of it;
// anything else (unknown, local) is taken as UTC, which frontline writes.
std::chrono::minutes utc_offset(int tz) { return tz > 1 && tz != 100 ? std::chrono::minutes((tz - 100) * 15) : std::chrono::minutes(0); }

}  // namespace

StoredFeatureReader::StoredFeatureReader(OGRLayer& table, const LayerSchema& schema, const OGRSpatialReference* wgs84,
                                         std::string context)
    : schema_(schema), context_(std::move(context)) {
    OGRFeatureDefn* defn = table.GetLayerDefn();
    for (const FieldDef& f : schema_.fields) index_.push_back(defn->GetFieldIndex(f.name.c_str()));
    if (const OGRSpatialReference* srs = table.GetSpatialRef(); srs && !srs->IsSame(wgs84)) {
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to_wgs84_.reset(OGRCreateCoordinateTransformation(&source, wgs84));
    }
}

void StoredFeatureReader::read(OGRFeature& row, Feature& out) const {
    using namespace std::chrono;
    out.fid = row.GetFID() == OGRNullFID ? std::nullopt : std::optional<std::int64_t>(row.GetFID());
    out.values.resize(schema_.fields.size());
    for (std::size_t i = 0; i < schema_.fields.size(); ++i) {
        const int k = index_[i];
        FieldValue& v = out.values[i];
        if (k < 0 || !row.IsFieldSetAndNotNull(k)) {
            v = std::monostate{};
            continue;
        }
        switch (schema_.fields[i].type) {
            case FieldType::string: v = std::string(row.GetFieldAsString(k)); break;
            case FieldType::integer:
            case FieldType::integer64: v = static_cast<std::int64_t>(row.GetFieldAsInteger64(k)); break;
            case FieldType::real: v = row.GetFieldAsDouble(k); break;
            case FieldType::date:
            case FieldType::datetime: {
                int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
                float s = 0;
                if (!row.GetFieldAsDateTime(k, &y, &mo, &d, &h, &mi, &s, &tz)) {
                    v = std::monostate{};
                    break;
                }
                const sys_days day{year{y} / month{static_cast<unsigned>(mo)} / static_cast<unsigned>(d)};
                if (schema_.fields[i].type == FieldType::date) {
                    v = Date{day};
                } else {
                    v = Timestamp{day + hours{h} + minutes{mi} + seconds{static_cast<long>(std::lround(s))} - utc_offset(tz)};
                }
                break;
            }
        }
    }
    const OGRGeometry* g = row.GetGeometryRef();
    if (!g || g->IsEmpty() || wkbFlatten(g->getGeometryType()) != wkbPoint) {
        out.geometry = std::monostate{};
        return;
    }
    double x = g->toPoint()->getX(), y = g->toPoint()->getY();
    if (to_wgs84_ && !to_wgs84_->Transform(1, &x, &y))
        throw OutputError(context_ + ": feature " + std::to_string(row.GetFID()) + ": cannot transform its point to EPSG:4326");
    out.geometry = LonLat{x, y};
}

}  // namespace frontline::output_detail
