#include "frontline/output/qgis_style.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "frontline/claim_vocabulary.hpp"

namespace frontline {

namespace {

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

const FieldDef* find_field(const LayerSchema& schema, std::string_view name) {
    auto it = std::find_if(schema.fields.begin(), schema.fields.end(), [&](const FieldDef& f) { return f.name == name; });
    return it == schema.fields.end() ? nullptr : &*it;
}

struct Category {
    std::string_view value;  // "" is QGIS's "all other values", which also takes nulls
    std::string_view label;  // the legend line a reader sees
    std::string_view color;  // r,g,b
};

// The claim types with the legend and colour of their table, then the rest.
constexpr auto claim_categories = [] {
    std::array<Category, std::size(claim_types) + 1> out{};
    for (std::size_t i = 0; i < std::size(claim_types); ++i)
        out[i] = {claim_types[i].label, claim_types[i].legend, claim_types[i].colour};
    out.back() = {"", "Mentioned, no claim", "150,150,150"};
    return out;
}();

constexpr std::array<Category, 3> side_categories = {{
    {"RU", "Russian forces (RU)", "215,25,28"},
    {"UA", "Ukrainian forces (UA)", "44,123,182"},
    {"", "Other or unknown", "150,150,150"},
}};

void option(std::string& out, const char* name, const std::string& value) {
    out += "            <Option type=\"QString\" name=\"";
    out += name;
    out += "\" value=\"" + xml_escape(value) + "\"/>\n";
}

// One symbol in the form QGIS 3.22 writes (<Option> maps; older <prop> also read).
void symbol(std::string& out, const std::string& name, GeometryType geometry, std::string_view colour) {
    const std::string color(colour);
    const char* type = geometry == GeometryType::point             ? "marker"
                       : geometry == GeometryType::multilinestring ? "line"
                                                                   : "fill";
    out += "      <symbol type=\"" + std::string(type) + "\" name=\"" + name +
           "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n";
    if (geometry == GeometryType::point) {
        out += "        <layer class=\"SimpleMarker\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n";
        option(out, "name", "circle");
        option(out, "color", color + ",255");
        option(out, "outline_color", "35,35,35,255");
        option(out, "outline_style", "solid");
        option(out, "outline_width", "0.2");
        option(out, "outline_width_unit", "MM");
        option(out, "size", "2.6");
        option(out, "size_unit", "MM");
        option(out, "scale_method", "diameter");
    } else if (geometry == GeometryType::multilinestring) {
        out += "        <layer class=\"SimpleLine\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n";
        option(out, "line_color", color + ",255");
        option(out, "line_style", "solid");
        option(out, "line_width", "0.8");
        option(out, "line_width_unit", "MM");
        option(out, "capstyle", "round");
        option(out, "joinstyle", "round");
    } else {
        out += "        <layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n";
        option(out, "color", color + ",90");
        option(out, "style", "solid");
        option(out, "outline_color", color + ",255");
        option(out, "outline_style", "solid");
        option(out, "outline_width", "0.4");
        option(out, "outline_width_unit", "MM");
    }
    out += "          </Option>\n        </layer>\n      </symbol>\n";
}

template <std::size_t N>
void categorized_renderer(std::string& out, const char* attribute, const std::array<Category, N>& categories,
                          GeometryType geometry) {
    out += "  <renderer-v2 type=\"categorizedSymbol\" attr=\"" + std::string(attribute) +
           "\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n    <categories>\n";
    for (std::size_t i = 0; i < N; ++i)
        out += "      <category render=\"true\" symbol=\"" + std::to_string(i) + "\" value=\"" +
               xml_escape(categories[i].value) + "\" label=\"" + xml_escape(categories[i].label) + "\"/>\n";
    out += "    </categories>\n    <symbols>\n";
    for (std::size_t i = 0; i < N; ++i) symbol(out, std::to_string(i), geometry, categories[i].color);
    out += "    </symbols>\n    <source-symbol>\n";
    symbol(out, "0", geometry, "150,150,150");
    out += "    </source-symbol>\n    <rotation/>\n    <sizescale/>\n  </renderer-v2>\n";
}

void single_renderer(std::string& out, GeometryType geometry) {
    out += "  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" "
           "referencescale=\"-1\">\n    <symbols>\n";
    symbol(out, "0", geometry, "215,25,28");
    out += "    </symbols>\n    <rotation/>\n    <sizescale/>\n  </renderer-v2>\n";
}

void temporal(std::string& out, const std::string& field) {
    // mode 1 = ModeFeatureDateTimeInstantFromField; each feature shows for one
    // day from its date (fixedDuration 1, durationUnit "d"), so the Temporal
    // Controller stepping by day shows that day's claims.
    out += "  <temporal enabled=\"1\" mode=\"1\" startField=\"" + xml_escape(field) +
           "\" endField=\"\" durationField=\"\" startExpression=\"\" endExpression=\"\" fixedDuration=\"1\" "
           "durationUnit=\"d\" accumulate=\"0\" limitMode=\"0\">\n"
           "    <fixedRange>\n      <start></start>\n      <end></end>\n    </fixedRange>\n  </temporal>\n";
}

void temporal_range(std::string& out, const std::string& from, const std::string& to) {
    // mode 2 = ModeFeatureDateTimeStartAndEndFromFields: a derived feature
    // holds from its as_of until the next one (valid_to, excluded; null: open),
    // so a weekly series shows control on every day, not one day in seven.
    out += "  <temporal enabled=\"1\" mode=\"2\" startField=\"" + xml_escape(from) + "\" endField=\"" + xml_escape(to) +
           "\" durationField=\"\" startExpression=\"\" endExpression=\"\" fixedDuration=\"0\" "
           "durationUnit=\"d\" accumulate=\"0\" limitMode=\"0\">\n"
           "    <fixedRange>\n      <start></start>\n      <end></end>\n    </fixedRange>\n  </temporal>\n";
}

void labels(std::string& out, const std::string& field) {
    // Placement 6 = around the point in cartographic order; white buffer so
    // names stay readable on any basemap; obstacle so labels avoid symbols.
    out += "  <labeling type=\"simple\">\n    <settings calloutType=\"simple\">\n"
           "      <text-style fieldName=\"" + xml_escape(field) +
           "\" isExpression=\"0\" fontFamily=\"Sans Serif\" namedStyle=\"Regular\" fontSize=\"8\" "
           "fontSizeUnit=\"Point\" fontWeight=\"50\" fontItalic=\"0\" textColor=\"40,40,40,255\" textOpacity=\"1\" "
           "multilineHeight=\"1\" allowHtml=\"0\">\n"
           "        <text-buffer bufferDraw=\"1\" bufferSize=\"0.7\" bufferSizeUnits=\"MM\" "
           "bufferColor=\"255,255,255,255\" bufferOpacity=\"0.85\" bufferNoFill=\"1\" bufferJoinStyle=\"128\"/>\n"
           "      </text-style>\n"
           "      <text-format wrapChar=\"\" multilineAlign=\"0\" autoWrapLength=\"0\" formatNumbers=\"0\"/>\n"
           "      <placement placement=\"6\" dist=\"1\" distUnits=\"MM\" priority=\"5\" "
           "predefinedPositionOrder=\"TR,TL,BR,BL,R,L,TSR,BSR\" offsetType=\"0\"/>\n"
           "      <rendering obstacle=\"1\" obstacleFactor=\"1\" displayAll=\"0\" upsidedownLabels=\"0\" "
           "labelPerPart=\"0\" mergeLines=\"0\" scaleVisibility=\"0\" fontLimitPixelSize=\"0\"/>\n"
           "    </settings>\n  </labeling>\n";
}

}  // namespace

std::string qgis_style_qml(const LayerSchema& schema) {
    // Points carry the names; an area under its event would repeat them.
    const bool has_label = find_field(schema, "place_name") != nullptr && schema.geometry == GeometryType::point;
    std::string out;
    out.reserve(8192);
    out += "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n";
    out += "<qgis version=\"3.22.16-Białowieża\" styleCategories=\"Symbology|Labeling|MapTips|Temporal\" labelsEnabled=\"";
    out += has_label ? "1" : "0";
    out += "\">\n";

    const FieldDef* from = find_field(schema, "valid_from");
    const FieldDef* to = find_field(schema, "valid_to");
    const FieldDef* when = from && to ? nullptr : find_field(schema, "event_date");
    if (!(from && to) && (!when || (when->type != FieldType::date && when->type != FieldType::datetime)))
        when = find_field(schema, "as_of");
    if (from && to) temporal_range(out, from->name, to->name);
    else if (when && (when->type == FieldType::date || when->type == FieldType::datetime)) temporal(out, when->name);

    if (find_field(schema, "claim"))
        categorized_renderer(out, "claim", claim_categories, schema.geometry);
    else if (find_field(schema, "side"))
        categorized_renderer(out, "side", side_categories, schema.geometry);
    else
        single_renderer(out, schema.geometry);

    if (has_label) labels(out, "place_name");

    // What a click shows: the place, the claim and who says so, the sentence.
    std::string tip;
    if (has_label) tip += "<b>[% \"place_name\" %]</b>";
    if (find_field(schema, "claim")) tip += " [% coalesce(\"claim\", '') %]";
    if (when) tip += " [% \"" + when->name + "\" %]";
    if (find_field(schema, "claimant")) tip += "<br>[% coalesce(\"claimant\", '') %]";
    if (find_field(schema, "sentence")) tip += "<br><i>[% \"sentence\" %]</i>";
    else if (find_field(schema, "quote")) tip += "<br><i>[% \"quote\" %]</i>";
    if (!tip.empty()) out += "  <mapTip>" + xml_escape(tip) + "</mapTip>\n";
    if (has_label) out += "  <previewExpression>\"place_name\"</previewExpression>\n";
    const char* geometry_code = schema.geometry == GeometryType::point             ? "0"
                                : schema.geometry == GeometryType::multilinestring ? "1"
                                                                                   : "2";
    out += "  <layerGeometryType>" + std::string(geometry_code) + "</layerGeometryType>\n</qgis>\n";
    return out;
}

}  // namespace frontline
