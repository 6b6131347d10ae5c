#include "style_tables.hpp"

#include <chrono>
#include <fstream>

#include "frontline/error.hpp"
#include "frontline/output/qgis_style.hpp"
#include "frontline/time.hpp"
#include "frontline/version.hpp"

namespace frontline::output_detail {

void write_layer_styles(GDALDataset& ds, const std::vector<std::pair<LayerSchema, OGRLayer*>>& layers,
                        const detail::GdalContext& where) {
    detail::GdalErrorCapture capture;
    detail::GdalContext at_styles = where;
    at_styles.layer = "layer_styles";
    if (ds.StartTransaction(FALSE) != OGRERR_NONE) capture.raise(where, "cannot start a transaction");
    detail::GdalOptionList lco;
    lco.set("FID", "id");
    OGRLayer* styles = ds.CreateLayer("layer_styles", nullptr, wkbNone, lco.get());
    if (!styles) capture.raise(at_styles, "cannot create the style table");
    struct Column {
        const char* name;
        OGRFieldType type;
        int width;
    };
    const Column columns[] = {
        {"f_table_catalog", OFTString, 256}, {"f_table_schema", OFTString, 256}, {"f_table_name", OFTString, 256},
        {"f_geometry_column", OFTString, 256}, {"styleName", OFTString, 30}, {"styleQML", OFTString, 0},
        {"styleSLD", OFTString, 0}, {"useAsDefault", OFTInteger, 0}, {"description", OFTString, 0},
        {"owner", OFTString, 30}, {"ui", OFTString, 30}, {"update_time", OFTDateTime, 0},
    };
    for (const auto& c : columns) {
        OGRFieldDefn defn(c.name, c.type);
        defn.SetWidth(c.width);
        if (c.type == OFTInteger) defn.SetSubType(OFSTBoolean);
        if (c.type == OFTDateTime) defn.SetDefault("CURRENT_TIMESTAMP");
        if (styles->CreateField(&defn) != OGRERR_NONE)
            capture.raise(at_styles, std::string("cannot create field '") + c.name + "'");
    }
    const std::string now = format_timestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    for (const auto& [layer_schema, ogr_layer] : layers) {
        OGRFeatureUniquePtr row(OGRFeature::CreateFeature(styles->GetLayerDefn()));
        row->SetField("f_table_catalog", "");
        row->SetField("f_table_schema", "");
        row->SetField("f_table_name", ogr_layer->GetName());
        row->SetField("f_geometry_column", ogr_layer->GetGeometryColumn());
        row->SetField("styleName", layer_schema.name.c_str());
        row->SetField("styleQML", qgis_style_qml(layer_schema).c_str());
        row->SetField("styleSLD", "");
        row->SetField("useAsDefault", 1);
        row->SetField("description", ("frontline " + std::string(frontline::version) + " default style").c_str());
        row->SetField("owner", "");
        row->SetField("ui", "");
        row->SetField("update_time", now.c_str());
        if (styles->CreateFeature(row.get()) != OGRERR_NONE)
            capture.raise(at_styles, "cannot write the style of '" + layer_schema.name + "'");
    }
    if (ds.CommitTransaction() != OGRERR_NONE) capture.raise(where, "cannot commit the styles");
}

void write_qml_sidecar(const std::filesystem::path& path, const LayerSchema& schema) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << qgis_style_qml(schema);
    out.close();
    if (!out) throw OutputError("cannot write the style sidecar '" + path.string() + "'");
}

}  // namespace frontline::output_detail
