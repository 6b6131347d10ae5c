#pragma once
// frontline's Feature (plain values) into one reusable OGRFeature of a
// layer: values checked against their field types, points and WKT/WKB
// geometries built and reprojected, multi-geometries forced. Private to
// the output stage.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <ogrsf_frmts.h>

#include "frontline/output/layer_schema.hpp"

namespace frontline::output_detail {

class OgrFeatureFiller {
public:
    /// `field_index[i]` is the OGR field of schema.fields[i] (drivers may
    /// launder names); `transform` may be null (EPSG:4326 kept). `context`
    /// prefixes messages ("GPKG 'out.gpkg' layer 'mentions'").
    OgrFeatureFiller(OGRLayer& layer, const LayerSchema& schema, std::vector<int> field_index,
                     OGRCoordinateTransformation* transform, std::string context);

    /// Fills the feature for `f`, the `number`th of the layer (1-based, for
    /// messages), with `fid` or none. Throws OutputError naming feature and
    /// field when a value does not fit.
    OGRFeature& fill(const Feature& f, std::uint64_t number, std::optional<std::int64_t> fid);

private:
    void set_value(int index, const FieldDef& def, const FieldValue& value, std::uint64_t number);
    void set_geometry(const FeatureGeometry& geometry, std::uint64_t number);
    [[noreturn]] void fail(std::uint64_t number, const std::string& what) const;

    const LayerSchema& schema_;
    std::vector<int> field_index_;
    OGRCoordinateTransformation* transform_;
    std::string context_;
    OGRFeatureUniquePtr feature_;
};

}  // namespace frontline::output_detail
