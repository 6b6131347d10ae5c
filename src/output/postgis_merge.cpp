#include "postgis_merge.hpp"

#include <optional>
#include <vector>

#include "frontline/error.hpp"
#include "output_format.hpp"

namespace frontline::output_detail {

std::string pg_quote(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string pg_table(std::string_view layer_name) {
    const auto dot = layer_name.find('.');
    if (dot == std::string_view::npos) return pg_quote(layer_name);
    return pg_quote(layer_name.substr(0, dot)) + "." + pg_quote(layer_name.substr(dot + 1));
}

std::string pg_unqualified(std::string_view layer_name) {
    const auto dot = layer_name.find('.');
    return std::string(dot == std::string_view::npos ? layer_name : layer_name.substr(dot + 1));
}

void execute_sql(GDALDataset& ds, detail::GdalErrorCapture& capture, const detail::GdalContext& where,
                 const std::string& sql, std::string_view what) {
    capture.clear();
    OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result) ds.ReleaseResultSet(result);
    if (capture.has_failures()) capture.raise(where, what);
}

std::string prepare_staging(OGRLayer& existing, const LayerSchema& schema, const OGRSpatialReference* srs,
                            detail::GdalOptionList& lco, detail::GdalErrorCapture& capture,
                            const detail::GdalContext& where) {
    // Columns this version adds are added to the table.
    OGRFeatureDefn* have = existing.GetLayerDefn();
    for (const auto& field : schema.fields) {
        if (have->GetFieldIndex(field.name.c_str()) >= 0) continue;
        OGRFieldDefn defn(field.name.c_str(), to_ogr(field.type));
        if (existing.CreateField(&defn, TRUE) != OGRERR_NONE)
            capture.raise(where, "cannot add column '" + field.name + "' to the existing table");
    }
    const char* same_crs[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS",
                              nullptr};
    const OGRSpatialReference* have_srs = existing.GetSpatialRef();
    if (have_srs && srs && !have_srs->IsSame(srs, same_crs))
        throw OutputError(where.describe() + ": the existing table has another CRS than the output's; use --overwrite "
                                             "to recreate it or --t_srs to match it");
    // A temporary table: this session's only, never seen by others.
    lco.set("TEMPORARY", "YES");
    lco.set("OVERWRITE", "YES");
    lco.set("SPATIAL_INDEX", "NONE");
    lco.set("GEOMETRY_NAME", existing.GetGeometryColumn());
    if (existing.GetFIDColumn() && *existing.GetFIDColumn()) lco.set("FID", existing.GetFIDColumn());
    return "frontline_stage_" + pg_unqualified(schema.name);
}

OGRLayer* finish_postgis_layer(GDALDataset& ds, OGRLayer* layer, const LayerSchema& schema, const std::string& table_name,
                               bool staged, bool replace_rows, bool stable_fids, detail::GdalErrorCapture& capture,
                               const detail::GdalContext& where) {
    const std::string target_sql = pg_table(table_name);
    const std::optional<std::string>& key = schema.key_field;
    if (key) {
        // Tables of earlier runs have it: look first, because CREATE INDEX
        // (even IF NOT EXISTS) takes a SHARE lock that would queue behind
        // every concurrent writer. A table with duplicate keys (written by
        // another tool) fails here, naming the key.
        const auto dot = table_name.find('.');
        const std::string index = pg_quote(pg_unqualified(table_name) + "_" + *key + "_key");
        const std::string index_ref = (dot == std::string::npos ? "" : pg_quote(table_name.substr(0, dot)) + ".") + index;
        std::string literal;
        for (char c : index_ref) literal += c == '\'' ? std::string("''") : std::string(1, c);
        capture.clear();
        bool present = false;
        if (OGRLayer* result = ds.ExecuteSQL(
                ("SELECT CASE WHEN to_regclass('" + literal + "') IS NULL THEN 0 ELSE 1 END AS present").c_str(), nullptr,
                nullptr)) {
            if (OGRFeatureUniquePtr row{result->GetNextFeature()}) present = row->GetFieldAsInteger(0) == 1;
            ds.ReleaseResultSet(result);
        }
        if (capture.has_failures()) capture.raise(where, "cannot look up the unique index on '" + *key + "'");
        if (!present)
            execute_sql(ds, capture, where,
                        "CREATE UNIQUE INDEX IF NOT EXISTS " + index + " ON " + target_sql + " (" + pg_quote(*key) + ")",
                        "cannot create the unique index on '" + *key +
                            "' (duplicate keys in the existing table? --overwrite recreates it)");
    }
    if (!staged) return layer;

    OGRFeatureDefn* defn = layer->GetLayerDefn();
    std::vector<std::string> columns;
    const std::string fid_column = layer->GetFIDColumn() ? layer->GetFIDColumn() : "";
    if (stable_fids && !fid_column.empty()) columns.push_back(fid_column);
    if (layer->GetGeomType() != wkbNone && layer->GetGeometryColumn() && *layer->GetGeometryColumn())
        columns.emplace_back(layer->GetGeometryColumn());
    for (int i = 0; i < defn->GetFieldCount(); ++i) columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    std::string list, updates;
    for (const auto& c : columns) {
        list += (list.empty() ? "" : ", ") + pg_quote(c);
        if (c == fid_column || (key && c == *key)) continue;
        updates += (updates.empty() ? "" : ", ") + pg_quote(c) + " = EXCLUDED." + pg_quote(c);
    }
    const std::string staging_sql = pg_table(layer->GetName());  // "pg_temp.frontline_stage_..."
    std::string merge;
    if (key && replace_rows) execute_sql(ds, capture, where, "DELETE FROM " + target_sql, "cannot empty the existing table");
    if (key) {
        merge = "INSERT INTO " + target_sql + " (" + list + ") SELECT " + list + " FROM " + staging_sql +
                " ON CONFLICT (" + pg_quote(*key) + ") DO " + (updates.empty() ? "NOTHING" : "UPDATE SET " + updates);
    } else {
        execute_sql(ds, capture, where, "DELETE FROM " + target_sql, "cannot empty the existing table");
        merge = "INSERT INTO " + target_sql + " (" + list + ") SELECT " + list + " FROM " + staging_sql;
    }
    execute_sql(ds, capture, where, merge, "cannot merge the new features into the existing table");

    for (int i = 0; i < ds.GetLayerCount(); ++i) {
        if (ds.GetLayer(i) != layer) continue;
        capture.clear();
        if (ds.DeleteLayer(i) != OGRERR_NONE) capture.raise(where, "cannot drop the staging table");
        break;
    }
    // The layer object is gone with its table; styles refer to the real one.
    return ds.GetLayerByName(table_name.c_str());
}

}  // namespace frontline::output_detail
