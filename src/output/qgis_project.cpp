#include "frontline/output/qgis_project.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <string_view>
#include <unistd.h>

#include <gdal_priv.h>

#include "frontline/output/derived_layer_schemas.hpp"
#include "frontline/error.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/output/qgis_style.hpp"
#include "frontline/output/region_layer.hpp"
#include "xml_text.hpp"

namespace frontline {

namespace {

using output_detail::xml_escape;

// Top of the layer panel first: names over the points they name, events
// (one per claim) over mentions (every sentence, hidden at first: too many
// for a first look), areas under all points, control at the bottom.
constexpr std::array<std::string_view, 6> reading_order = {"places", "events", "mentions", "regions", "front",
                                                           "control"};

std::string layer_id(const LayerSchema& schema) { return "frontline_" + schema.name; }

const char* geometry_name(GeometryType g) {
    switch (g) {
        case GeometryType::point: return "Point";
        case GeometryType::multilinestring: return "Line";
        case GeometryType::multipolygon: return "Polygon";
    }
    return "Unknown";
}

std::string srs(const char* authid, int srsid) {
    // QGIS 3.22 resolves the authority id only next to its own srsid (the
    // row in its srs.db: 3857 for EPSG:3857, 3452 for EPSG:4326).
    return "<spatialrefsys><srsid>" + std::to_string(srsid) + "</srsid><authid>" + authid +
           "</authid></spatialrefsys>";
}

}  // namespace

std::string qgis_project_xml(const std::string& geopackage, const std::vector<LayerSchema>& layers) {
    std::vector<const LayerSchema*> ordered;
    for (std::string_view name : reading_order)
        for (const LayerSchema& l : layers)
            if (l.name == name) ordered.push_back(&l);

    std::string out;
    out += "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n";
    out += "<qgis projectname=\"frontline\" version=\"3.22.16-Białowieża\">\n";
    out += "  <homePath path=\"\"/>\n  <title>frontline</title>\n";
    // Web Mercator, as the basemaps an analyst adds (OSM, satellite) are.
    out += "  <projectCrs>" + srs("EPSG:3857", 3857) + "</projectCrs>\n";
    out += "  <layer-tree-group>\n    <customproperties/>\n";
    for (const LayerSchema* l : ordered) {
        const std::string source = geopackage + "|layername=" + l->name;
        out += "    <layer-tree-layer id=\"" + layer_id(*l) + "\" name=\"" + l->name + "\" source=\"" +
               xml_escape(source) + "\" providerKey=\"ogr\" checked=\"" +
               (l->name == "mentions" ? "Qt::Unchecked" : "Qt::Checked") + "\" expanded=\"" +
               (l->name == "events" ? "1" : "0") + "\">\n      <customproperties/>\n    </layer-tree-layer>\n";
    }
    out += "  </layer-tree-group>\n  <projectlayers>\n";
    for (const LayerSchema* l : ordered) {
        const QgisStyle style = qgis_style(*l);
        out += "    <maplayer type=\"vector\" geometry=\"" + std::string(geometry_name(l->geometry)) +
               "\" labelsEnabled=\"" + (style.labels_enabled ? "1" : "0") + "\" autoRefreshEnabled=\"0\">\n";
        out += "      <id>" + layer_id(*l) + "</id>\n";
        out += "      <datasource>" + xml_escape(geopackage + "|layername=" + l->name) + "</datasource>\n";
        out += "      <layername>" + l->name + "</layername>\n";
        out += "      <srs>" + srs("EPSG:4326", 3452) + "</srs>\n";
        out += "      <provider encoding=\"UTF-8\">ogr</provider>\n";
        out += style.elements;
        out += "    </maplayer>\n";
    }
    out += "  </projectlayers>\n";
    // Datasources relative to the project, so project and GeoPackage move
    // together; the Temporal Controller steps one day at a time.
    // (QGIS reads projectCrs only with ProjectionsEnabled set.)
    out += "  <properties>\n    <Paths>\n      <Absolute type=\"bool\">false</Absolute>\n    </Paths>\n"
           "    <SpatialRefSys>\n      <ProjectionsEnabled type=\"int\">1</ProjectionsEnabled>\n"
           "    </SpatialRefSys>\n  </properties>\n";
    out += "  <ProjectTimeSettings timeStep=\"1\" timeStepUnit=\"d\" frameRate=\"1\" cumulativeTemporalRange=\"0\"/>\n";
    out += "</qgis>\n";
    return out;
}

void write_qgis_project(const std::filesystem::path& project, const std::filesystem::path& geopackage) {
    namespace fs = std::filesystem;
    const std::string where = "QGIS project '" + project.string() + "'";
    std::vector<LayerSchema> present;
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(geopackage.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!ds) throw OutputError(where + ": cannot read the GeoPackage '" + geopackage.string() + "'");
        for (const LayerSchema& schema : {mentions_layer_schema(), events_layer_schema(), places_layer_schema(),
                                          regions_layer_schema(), control_layer_schema(), front_layer_schema()})
            if (ds->GetLayerByName(schema.name.c_str())) present.push_back(schema);
    }
    if (present.empty()) throw OutputError(where + ": '" + geopackage.string() + "' has no frontline layers");

    const fs::path dir = project.has_parent_path() ? project.parent_path() : fs::path(".");
    std::error_code ec;
    fs::path reference = fs::relative(fs::absolute(geopackage), fs::absolute(dir), ec);
    if (ec || reference.empty()) reference = fs::absolute(geopackage);
    else reference = fs::path(".") / reference;

    const fs::path temp = dir / ("." + project.filename().string() + ".tmp-" + std::to_string(::getpid()));
    {
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        file << qgis_project_xml(reference.generic_string(), present);
        file.close();
        if (!file) {
            fs::remove(temp, ec);
            throw OutputError(where + ": cannot write it");
        }
    }
    fs::rename(temp, project, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw OutputError(where + ": cannot replace it");
    }
}

}  // namespace frontline
