#include <catch2/catch.hpp>

#include <cpl_minixml.h>
#include <gdal_priv.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "frontline/derive/control.hpp"
#include "frontline/error.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/output/qgis_project.hpp"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

struct Doc {
    std::unique_ptr<CPLXMLNode, void (*)(CPLXMLNode*)> doc{nullptr, CPLDestroyXMLNode};
    const CPLXMLNode* root = nullptr;
    explicit Doc(const std::string& text) : doc(CPLParseXMLString(text.c_str()), CPLDestroyXMLNode) {
        REQUIRE(doc);
        root = CPLGetXMLNode(doc.get(), "=qgis");
        REQUIRE(root);
    }
};

std::vector<const CPLXMLNode*> elements(const CPLXMLNode* parent, const char* name) {
    std::vector<const CPLXMLNode*> out;
    for (const CPLXMLNode* c = parent ? parent->psChild : nullptr; c; c = c->psNext)
        if (c->eType == CXT_Element && std::string(c->pszValue) == name) out.push_back(c);
    return out;
}

std::string value(const CPLXMLNode* n, const char* path) { return CPLGetXMLValue(n, path, ""); }

}  // namespace

TEST_CASE("QGIS project: layers in reading order, each styled, mentions hidden", "[output]") {
    // Given in the order a GeoPackage lists them.
    const Doc project(qgis_project_xml("./front.gpkg", {mentions_layer_schema(), events_layer_schema(),
                                                        places_layer_schema(), control_layer_schema(),
                                                        front_layer_schema()}));
    const auto tree = elements(CPLGetXMLNode(project.root, "layer-tree-group"), "layer-tree-layer");
    std::vector<std::string> order, checked;
    for (const CPLXMLNode* l : tree) {
        order.push_back(value(l, "name"));
        checked.push_back(value(l, "checked"));
    }
    CHECK(order == std::vector<std::string>{"places", "events", "mentions", "front", "control"});
    CHECK(checked == std::vector<std::string>{"Qt::Checked", "Qt::Checked", "Qt::Unchecked", "Qt::Checked",
                                              "Qt::Checked"});
    CHECK(value(tree[1], "source") == "./front.gpkg|layername=events");
    CHECK(value(project.root, "properties.Paths.Absolute") == "false");
    CHECK(value(project.root, "projectCrs.spatialrefsys.authid") == "EPSG:3857");

    const auto layers = elements(CPLGetXMLNode(project.root, "projectlayers"), "maplayer");
    REQUIRE(layers.size() == 5);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        INFO(order[i]);
        CHECK(value(layers[i], "layername") == order[i]);
        CHECK(value(layers[i], "id") == value(tree[i], "id"));
        CHECK(value(layers[i], "datasource") == "./front.gpkg|layername=" + order[i]);
        CHECK(value(layers[i], "provider") == "ogr");
        CHECK(value(layers[i], "srs.spatialrefsys.authid") == "EPSG:4326");
        CHECK(CPLGetXMLNode(const_cast<CPLXMLNode*>(layers[i]), "renderer-v2") != nullptr);
    }
    CHECK(value(layers[0], "labelsEnabled") == "1");
    CHECK(value(layers[0], "labeling.settings.rendering.drawLabels") == "1");
    CHECK(value(layers[1], "renderer-v2.type") == "pointDisplacement");
    CHECK(value(layers[1], "temporal.mode") == "4");
    CHECK(value(layers[4], "geometry") == "Polygon");
    CHECK(value(layers[4], "labelsEnabled") == "0");
    CHECK(value(project.root, "ProjectTimeSettings.timeStepUnit") == "d");
}

TEST_CASE("QGIS project file: the GeoPackage's frontline layers, referenced relative to the project", "[output]") {
    const fs::path dir = fs::path(FRONTLINE_TEST_TMP) / "qgis_project";
    fs::remove_all(dir);
    fs::create_directories(dir / "maps");
    const fs::path gpkg = dir / "front.gpkg";
    {
        GDALAllRegister();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        REQUIRE(driver);
        GDALDatasetUniquePtr ds(driver->Create(gpkg.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        REQUIRE(ds->CreateLayer("events", nullptr, wkbPoint, nullptr));
        REQUIRE(ds->CreateLayer("control", nullptr, wkbMultiPolygon, nullptr));
        REQUIRE(ds->CreateLayer("not_ours", nullptr, wkbPoint, nullptr));
    }
    const fs::path project = dir / "maps" / "front.qgs";
    write_qgis_project(project, gpkg);
    std::ifstream in(project);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Doc doc(text);
    const auto layers = elements(CPLGetXMLNode(doc.root, "projectlayers"), "maplayer");
    REQUIRE(layers.size() == 2);
    CHECK(value(layers[0], "datasource") == "./../front.gpkg|layername=events");
    CHECK(value(layers[1], "layername") == "control");
    // No temporary left beside it.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir / "maps")) ++files;
    CHECK(files == 1);

    const fs::path empty = dir / "empty.gpkg";
    {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDatasetUniquePtr ds(driver->Create(empty.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        REQUIRE(ds->CreateLayer("other", nullptr, wkbPoint, nullptr));
    }
    CHECK_THROWS_AS(write_qgis_project(dir / "empty.qgs", empty), OutputError);
    CHECK_THROWS_WITH(write_qgis_project(dir / "none.qgs", dir / "missing.gpkg"), Catch::Contains("missing.gpkg"));
    CHECK_FALSE(fs::exists(dir / "empty.qgs"));
}
