#include <catch2/catch.hpp>

#include <cpl_minixml.h>

#include "frontline/output/mention_layer.hpp"
#include "frontline/derive/control.hpp"
#include "frontline/output/qgis_style.hpp"

using namespace frontline;

TEST_CASE("mentions style: categories on claim, labels, temporal on event_date", "[output]") {
    const std::string qml = qgis_style_qml(mentions_layer_schema());
    // Well-formed XML (CPL's parser is strict enough to catch broken markup).
    CPLXMLNode* root = CPLParseXMLString(qml.c_str());
    REQUIRE(root);
    CPLDestroyXMLNode(root);
    CHECK_THAT(qml, Catch::Contains("type=\"categorizedSymbol\" attr=\"claim\""));
    for (const char* claim : {"captured", "advanced", "attacked", "struck", "withdrew", "deployed"})
        CHECK_THAT(qml, Catch::Contains(std::string("value=\"") + claim + "\""));
    CHECK_THAT(qml, Catch::Contains("<temporal enabled=\"1\" mode=\"1\" startField=\"event_date\""));
    CHECK_THAT(qml, Catch::Contains("fixedDuration=\"1\""));
    CHECK_THAT(qml, Catch::Contains("durationUnit=\"d\""));
    CHECK_THAT(qml, Catch::Contains("fieldName=\"place_name\""));
    CHECK_THAT(qml, Catch::Contains("labelsEnabled=\"1\""));
}

TEST_CASE("control style: fill, categorised by side, temporal on as_of", "[output]") {
    const LayerSchema control{"control", GeometryType::multipolygon,
                              {{"as_of", FieldType::date}, {"method", FieldType::string}, {"side", FieldType::string}},
                              {}};
    const std::string qml = qgis_style_qml(control);
    CHECK_THAT(qml, Catch::Contains("SimpleFill"));
    CHECK_THAT(qml, Catch::Contains("attr=\"side\""));
    CHECK_THAT(qml, Catch::Contains("startField=\"as_of\""));
    CHECK_THAT(qml, Catch::Contains("labelsEnabled=\"0\""));
}

TEST_CASE("derived layers: temporal from valid_from until valid_to, no repeated labels", "[output]") {
    for (const LayerSchema& schema : {control_layer_schema(), front_layer_schema()}) {
        const std::string qml = qgis_style_qml(schema);
        CHECK_THAT(qml, Catch::Contains("mode=\"2\" startField=\"valid_from\" endField=\"valid_to\""));
        CHECK_THAT(qml, Catch::Contains("labelsEnabled=\"0\""));
    }
}
