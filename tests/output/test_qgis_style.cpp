#include <catch2/catch.hpp>

#include <cpl_minixml.h>

#include <memory>
#include <string>
#include <vector>

#include "frontline/claim_vocabulary.hpp"
#include "frontline/derive/control.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/output/qgis_style.hpp"
#include "frontline/output/region_layer.hpp"

using namespace frontline;

namespace {

// The QML parsed: tests walk its elements the way QGIS reads them, so a
// misplaced element fails here and not only in a real QGIS.
struct Qml {
    std::unique_ptr<CPLXMLNode, void (*)(CPLXMLNode*)> doc{nullptr, CPLDestroyXMLNode};
    const CPLXMLNode* root = nullptr;
    explicit Qml(const std::string& text) : doc(CPLParseXMLString(text.c_str()), CPLDestroyXMLNode) {
        REQUIRE(doc);
        root = CPLGetXMLNode(doc.get(), "=qgis");
        REQUIRE(root);
    }
};

std::string attr(const CPLXMLNode* n, const char* name) { return n ? CPLGetXMLValue(n, name, "") : ""; }

std::vector<const CPLXMLNode*> elements(const CPLXMLNode* parent, const char* name) {
    std::vector<const CPLXMLNode*> out;
    for (const CPLXMLNode* c = parent ? parent->psChild : nullptr; c; c = c->psNext)
        if (c->eType == CXT_Element && std::string(c->pszValue) == name) out.push_back(c);
    return out;
}

const CPLXMLNode* element(const CPLXMLNode* parent, const char* name, const char* key = nullptr,
                          const std::string& value = {}) {
    for (const CPLXMLNode* c : elements(parent, name))
        if (!key || attr(c, key) == value) return c;
    return nullptr;
}

// <Option name="..." value="..."/> of a symbol layer.
std::string option(const CPLXMLNode* layer, const char* name) {
    return attr(element(element(layer, "Option"), "Option", "name", name), "value");
}

// The expression of a data-defined property of a symbol layer ("" if none).
std::string expression(const CPLXMLNode* layer, const char* property) {
    const CPLXMLNode* props = element(element(element(layer, "data_defined_properties"), "Option"), "Option", "name",
                                      "properties");
    const CPLXMLNode* p = element(props, "Option", "name", property);
    if (attr(element(p, "Option", "name", "active"), "value") != "true") return {};
    CHECK(attr(element(p, "Option", "name", "type"), "value") == "3");
    return attr(element(p, "Option", "name", "expression"), "value");
}

const CPLXMLNode* symbol_named(const CPLXMLNode* renderer, const std::string& name) {
    return element(element(renderer, "symbols"), "symbol", "name", name);
}

}  // namespace

TEST_CASE("events style: displaced points, rules by claim, side ring, hollow when disputed, size by reports",
          "[output]") {
    const Qml qml(qgis_style_qml(events_layer_schema()));
    const CPLXMLNode* outer = element(qml.root, "renderer-v2");
    REQUIRE(attr(outer, "type") == "pointDisplacement");
    CHECK(attr(outer, "labelAttributeName").empty());
    CHECK(attr(element(outer, "symbol"), "name") == "centerSymbol");
    const CPLXMLNode* rules_renderer = element(outer, "renderer-v2");
    REQUIRE(attr(rules_renderer, "type") == "RuleRenderer");
    const auto groups = elements(element(rules_renderer, "rules"), "rule");
    REQUIRE(groups.size() == 4);
    CHECK(attr(groups[0], "label") == "Claim (fill colour)");
    CHECK(attr(groups[0], "filter").empty());
    // The legend-only groups never draw.
    for (std::size_t i = 1; i < groups.size(); ++i) CHECK(attr(groups[i], "filter") == "FALSE");
    CHECK(attr(groups[1], "label") == "Side of the actor (outer ring)");
    CHECK(attr(groups[2], "label") == "Status of the claim");

    const auto claims = elements(groups[0], "rule");
    REQUIRE(claims.size() == std::size(claim_types) + 1);
    CHECK(attr(claims.back(), "filter") == "ELSE");
    for (std::size_t i = 0; i < std::size(claim_types); ++i) {
        const ClaimTypeInfo& c = claim_types[i];
        INFO(c.label);
        CHECK(attr(claims[i], "filter") == "\"claim\" = '" + std::string(c.label) + "'");
        CHECK(attr(claims[i], "label") == c.legend);
        const CPLXMLNode* sym = symbol_named(rules_renderer, attr(claims[i], "symbol"));
        REQUIRE(sym);
        const auto layers = elements(sym, "layer");
        REQUIRE(layers.size() == 2);
        // Ring: outline by actor_side, RU and UA each their own colour.
        const std::string side = expression(layers[0], "outlineColor");
        CHECK_THAT(side, Catch::Contains("upper(\"actor_side\") = 'RU' THEN '165,15,21,255'"));
        CHECK_THAT(side, Catch::Contains("upper(\"actor_side\") = 'UA' THEN '33,102,172,255'"));
        CHECK_THAT(side, Catch::EndsWith("ELSE '115,115,115,255' END"));
        // Disc: the claim colour, transparent (hollow) when disputed or denied.
        const std::string colour(c.colour);
        CHECK(option(layers[1], "color") == colour + ",255");
        CHECK(option(layers[1], "outline_color") == colour + ",255");
        const std::string fill = expression(layers[1], "fillColor");
        CHECK_THAT(fill, Catch::Contains("WHEN \"status\" IN ('disputed', 'denied') THEN '0,0,0,0'"));
        CHECK_THAT(fill, Catch::Contains("WHEN \"status\" IN ('hedged') THEN '" + colour + ",110'"));
        CHECK_THAT(fill, Catch::EndsWith("ELSE '" + colour + ",255' END"));
        CHECK_THAT(expression(layers[1], "outlineWidth"), Catch::Contains("THEN 0.7"));
        // Size by n_reports, 2.4 mm for one report to 5 mm, the ring 1.6 mm wider.
        CHECK(expression(layers[1], "size") == "scale_linear(coalesce(\"n_reports\", 1), 1, 8, 2.400000, 5.000000)");
        CHECK(expression(layers[0], "size") == "scale_linear(coalesce(\"n_reports\", 1), 1, 8, 4.000000, 6.600000)");
    }
    // The legend of the side ring: one fixed ring colour per side.
    const auto sides = elements(groups[1], "rule");
    REQUIRE(sides.size() == 3);
    CHECK(attr(sides[0], "label") == "Russian forces (RU)");
    CHECK(option(elements(symbol_named(rules_renderer, attr(sides[1], "symbol")), "layer")[0], "outline_color") ==
          "33,102,172,255");
    const auto statuses = elements(groups[2], "rule");
    REQUIRE(statuses.size() == 3);
    CHECK(option(elements(symbol_named(rules_renderer, attr(statuses.back(), "symbol")), "layer")[1], "color") ==
          "0,0,0,0");

    // No names on events: the places layer labels each place once; events
    // stay label obstacles.
    CHECK(attr(qml.root, "labelsEnabled") == "1");
    const CPLXMLNode* settings = element(element(qml.root, "labeling"), "settings");
    CHECK(attr(element(settings, "rendering"), "drawLabels") == "0");
    CHECK(attr(element(settings, "rendering"), "obstacle") == "1");

    // DateTime expressions, not the Date fields: QGIS 3.22 compares a Date
    // with the filter's DateTime as text and would show an event a day early.
    const CPLXMLNode* temporal = element(qml.root, "temporal");
    CHECK(attr(temporal, "mode") == "4");
    CHECK(attr(temporal, "limitMode") == "0");
    CHECK(attr(temporal, "startExpression") ==
          "coalesce(to_datetime(\"valid_from\"), make_datetime(1900, 1, 1, 0, 0, 0))");
    CHECK(attr(temporal, "endExpression") ==
          "coalesce(to_datetime(\"valid_to\"), make_datetime(9999, 12, 31, 0, 0, 0))");

    const std::string tip = CPLGetXMLValue(qml.root, "mapTip", "");
    for (const char* part : {"\"place_name\"", "\"claim\"", "\"actor_side\"", "\"status\"", "\"event_date\"",
                             "\"date_precision\"", "\"claimants\"", "\"quote\"", "\"sources\"", "<a href="})
        CHECK_THAT(tip, Catch::Contains(part));
}

TEST_CASE("mentions style: hollow when not reported as happened, temporal span by date precision", "[output]") {
    const Qml qml(qgis_style_qml(mentions_layer_schema()));
    const CPLXMLNode* outer = element(qml.root, "renderer-v2");
    REQUIRE(attr(outer, "type") == "pointDisplacement");
    const CPLXMLNode* rules_renderer = element(outer, "renderer-v2");
    const auto groups = elements(element(rules_renderer, "rules"), "rule");
    REQUIRE(groups.size() == 3);  // no n_reports: no size legend
    const auto captured = elements(groups[0], "rule")[0];
    const auto layers = elements(symbol_named(rules_renderer, attr(captured, "symbol")), "layer");
    REQUIRE(layers.size() == 2);
    CHECK_THAT(expression(layers[1], "fillColor"),
               Catch::Contains("OR coalesce(\"modality\", 'reported') IN "
                               "('forecast', 'hypothetical', 'counterfactual') THEN '0,0,0,0'"));
    CHECK(expression(layers[1], "size").empty());
    CHECK(option(layers[1], "size") == "2.400000");

    const CPLXMLNode* temporal = element(qml.root, "temporal");
    CHECK(attr(temporal, "mode") == "4");  // start and end from expressions
    CHECK(attr(temporal, "limitMode") == "0");
    const std::string start = attr(temporal, "startExpression"), end = attr(temporal, "endExpression");
    CHECK_THAT(start,
               Catch::Contains("= 'month' THEN to_datetime(make_date(year(\"event_date\"), month(\"event_date\"), 1))"));
    CHECK_THAT(start, Catch::EndsWith("ELSE to_datetime(\"event_date\") END"));
    CHECK_THAT(end, Catch::Contains("= 'week' THEN to_datetime(\"event_date\") + to_interval('7 days')"));
    CHECK_THAT(end, Catch::Contains("month(\"event_date\") % 12 + 1, 1))"));
    CHECK_THAT(end, Catch::EndsWith("ELSE to_datetime(\"event_date\") + to_interval('1 day') END"));
    // Undated mentions show on every date.
    CHECK_THAT(start, Catch::StartsWith("CASE WHEN \"event_date\" IS NULL THEN make_datetime(1900, 1, 1, 0, 0, 0)"));
    CHECK_THAT(end, Catch::StartsWith("CASE WHEN \"event_date\" IS NULL THEN make_datetime(9999, 12, 31, 0, 0, 0)"));

    const std::string tip = CPLGetXMLValue(qml.root, "mapTip", "");
    for (const char* part : {"\"actor_side\"", "\"claimant\"", "\"status\"", "\"sentence\"", "\"url\""})
        CHECK_THAT(tip, Catch::Contains(part));
}

TEST_CASE("places style: the one layer that draws names", "[output]") {
    const Qml qml(qgis_style_qml(places_layer_schema()));
    CHECK(attr(element(qml.root, "renderer-v2"), "type") == "singleSymbol");
    const CPLXMLNode* settings = element(element(qml.root, "labeling"), "settings");
    CHECK(attr(element(settings, "text-style"), "fieldName") == "place_name");
    CHECK(attr(element(settings, "rendering"), "drawLabels") == "1");
    CHECK(element(qml.root, "temporal") == nullptr);  // a place is there on every date
    const std::string tip = CPLGetXMLValue(qml.root, "mapTip", "");
    CHECK_THAT(tip, Catch::Contains("\"latest_claim\""));
    CHECK_THAT(tip, Catch::Contains("\"n_mentions\""));
}

TEST_CASE("control style: light wash and hatch by side, no labels, temporal range", "[output]") {
    const Qml qml(qgis_style_qml(control_layer_schema()));
    const CPLXMLNode* renderer = element(qml.root, "renderer-v2");
    REQUIRE(attr(renderer, "type") == "categorizedSymbol");
    CHECK(attr(renderer, "attr") == "side");
    const auto categories = elements(element(renderer, "categories"), "category");
    REQUIRE(categories.size() == 3);
    CHECK(attr(categories[0], "value") == "RU");
    const auto layers = elements(symbol_named(renderer, attr(categories[0], "symbol")), "layer");
    REQUIRE(layers.size() == 2);
    // A translucent wash (alpha 40 of 255) so captured-red points stay visible.
    CHECK(option(layers[0], "color") == "165,15,21,40");
    CHECK(option(layers[1], "style") == "b_diagonal");
    CHECK(attr(qml.root, "labelsEnabled") == "0");
    CHECK(element(qml.root, "labeling") == nullptr);
    const CPLXMLNode* temporal = element(qml.root, "temporal");
    CHECK(attr(temporal, "mode") == "4");
    CHECK_THAT(attr(temporal, "startExpression"), Catch::Contains("to_datetime(\"valid_from\")"));
}

TEST_CASE("front style: one strong line on a white casing", "[output]") {
    const Qml qml(qgis_style_qml(front_layer_schema()));
    const CPLXMLNode* renderer = element(qml.root, "renderer-v2");
    REQUIRE(attr(renderer, "type") == "singleSymbol");
    const auto layers = elements(symbol_named(renderer, "0"), "layer");
    REQUIRE(layers.size() == 2);
    CHECK(option(layers[1], "line_color") == "20,20,20,255");
    CHECK(option(layers[1], "line_width") == "1.000000");
    CHECK(attr(qml.root, "labelsEnabled") == "0");
}

TEST_CASE("regions style: region outlined in its claim colour", "[output]") {
    const Qml qml(qgis_style_qml(regions_layer_schema()));
    const CPLXMLNode* renderer = element(qml.root, "renderer-v2");
    REQUIRE(attr(renderer, "type") == "categorizedSymbol");
    CHECK(attr(renderer, "attr") == "claim");
    CHECK_THAT(attr(element(qml.root, "temporal"), "endExpression"), Catch::Contains("to_datetime(\"valid_to\")"));
}
