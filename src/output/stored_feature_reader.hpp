#pragma once
// Rows of a table the writer shares with other writers (PostGIS), read back
// as frontline Features of a layer schema: values by field name, the point
// in EPSG:4326 lon/lat. What a shared store derives its events from.
// Private to the output stage.
#include <string>
#include <vector>

#include <ogrsf_frmts.h>

#include "frontline/detail/gdal_handles.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline::output_detail {

class StoredFeatureReader {
public:
    StoredFeatureReader(OGRLayer& table, const LayerSchema& schema, const OGRSpatialReference* wgs84, std::string context);

    /// Fills `out` from one row. Throws OutputError for a geometry that
    /// cannot be brought to EPSG:4326.
    void read(OGRFeature& row, Feature& out) const;

private:
    const LayerSchema& schema_;
    std::vector<int> index_;  // per schema field: the table's field, or -1
    detail::CoordinateTransformationPtr to_wgs84_;
    std::string context_;
};

}  // namespace frontline::output_detail
