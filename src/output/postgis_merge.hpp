#pragma once
// PostgreSQL outputs merged into existing tables (docs/postgis.md): the
// features of a layer go to a temporary staging table, which is merged into
// the real table by its key (INSERT ... ON CONFLICT DO UPDATE) inside the
// run's one transaction; every keyed table gets a unique index on its key.
// Private to the output stage.
#include <string>
#include <string_view>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "frontline/detail/gdal_handles.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline::output_detail {

/// A PostgreSQL identifier, quoted; "schema.table" layer names (GDAL's
/// convention) become "schema"."table".
std::string pg_quote(std::string_view name);
std::string pg_table(std::string_view layer_name);
std::string pg_unqualified(std::string_view layer_name);

/// Runs one statement, releasing any result set; raises OutputError at
/// `where` with GDAL's reason when it fails.
void execute_sql(GDALDataset& ds, detail::GdalErrorCapture& capture, const detail::GdalContext& where,
                 const std::string& sql, std::string_view what);

/// Readies an upsert into `existing`: columns the schema adds are added to
/// it, its CRS must be `srs`'s, and `lco` is set to create a temporary
/// staging table like it. Returns the staging table's name.
std::string prepare_staging(OGRLayer& existing, const LayerSchema& schema, const OGRSpatialReference* srs,
                            detail::GdalOptionList& lco, detail::GdalErrorCapture& capture,
                            const detail::GdalContext& where);

/// At the end of a layer written to `table_name` (directly, or through the
/// staging table `layer` when `staged`): the unique index on the schema's
/// key when missing; for a staged layer the merge, then the staging table
/// dropped. Keyless staged layers, and any with `replace_rows`, replace the
/// table's rows. Returns the layer of the real table.
OGRLayer* finish_postgis_layer(GDALDataset& ds, OGRLayer* layer, const LayerSchema& schema, const std::string& table_name,
                               bool staged, bool replace_rows, bool stable_fids, detail::GdalErrorCapture& capture,
                               const detail::GdalContext& where);

}  // namespace frontline::output_detail
