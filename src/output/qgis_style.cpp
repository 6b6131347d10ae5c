#include "frontline/output/qgis_style.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "frontline/claim_vocabulary.hpp"
#include "xml_text.hpp"

namespace frontline {

namespace {

using output_detail::xml_escape;

const FieldDef* find_field(const LayerSchema& schema, std::string_view name) {
    auto it = std::find_if(schema.fields.begin(), schema.fields.end(), [&](const FieldDef& f) { return f.name == name; });
    return it == schema.fields.end() ? nullptr : &*it;
}

bool is_date(const FieldDef* f) { return f && (f->type == FieldType::date || f->type == FieldType::datetime); }

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

// Darker than the claim colours of the same hue (captured red, withdrew
// blue), so a side ring stays a ring around a disc of either.
constexpr std::array<Category, 3> side_categories = {{
    {"RU", "Russian forces (RU)", "165,15,21"},
    {"UA", "Ukrainian forces (UA)", "33,102,172"},
    {"", "Other or unknown side", "115,115,115"},
}};

// ---- QML pieces --------------------------------------------------------------

std::string rgba(std::string_view rgb, int alpha) { return std::string(rgb) + "," + std::to_string(alpha); }

/// A symbol layer's options and its data-defined (expression) properties.
struct SymbolLayer {
    std::string_view cls;  // SimpleMarker, SimpleLine, SimpleFill
    std::vector<std::pair<std::string, std::string>> options;
    std::vector<std::pair<std::string, std::string>> expressions;  // property name -> QGIS expression
};

void property_collection(std::string& out, const std::vector<std::pair<std::string, std::string>>& expressions,
                         const std::string& indent) {
    // QgsPropertyCollection as QGIS saves it; type 3 = expression-based.
    out += indent + "<data_defined_properties>\n" + indent + "  <Option type=\"Map\">\n" + indent +
           "    <Option type=\"QString\" name=\"name\" value=\"\"/>\n" + indent +
           "    <Option type=\"Map\" name=\"properties\">\n";
    for (const auto& [name, expression] : expressions)
        out += indent + "      <Option type=\"Map\" name=\"" + name + "\">\n" + indent +
               "        <Option type=\"bool\" name=\"active\" value=\"true\"/>\n" + indent +
               "        <Option type=\"QString\" name=\"expression\" value=\"" + xml_escape(expression) + "\"/>\n" +
               indent + "        <Option type=\"int\" name=\"type\" value=\"3\"/>\n" + indent + "      </Option>\n";
    out += indent + "    </Option>\n" + indent + "    <Option type=\"QString\" name=\"type\" value=\"collection\"/>\n" +
           indent + "  </Option>\n" + indent + "</data_defined_properties>\n";
}

// One symbol in the form QGIS 3.22 writes (<Option> maps; older <prop> also read).
void symbol(std::string& out, const std::string& name, std::string_view type, const std::vector<SymbolLayer>& layers) {
    out += "      <symbol type=\"" + std::string(type) + "\" name=\"" + xml_escape(name) +
           "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n";
    for (const SymbolLayer& layer : layers) {
        out += "        <layer class=\"" + std::string(layer.cls) +
               "\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n";
        for (const auto& [key, value] : layer.options)
            out += "            <Option type=\"QString\" name=\"" + key + "\" value=\"" + xml_escape(value) + "\"/>\n";
        out += "          </Option>\n";
        if (!layer.expressions.empty()) property_collection(out, layer.expressions, "          ");
        out += "        </layer>\n";
    }
    out += "      </symbol>\n";
}

SymbolLayer circle(std::string fill, std::string stroke, double stroke_mm, double size_mm) {
    return {"SimpleMarker",
            {{"name", "circle"},
             {"color", std::move(fill)},
             {"outline_color", std::move(stroke)},
             {"outline_style", "solid"},
             {"outline_width", std::to_string(stroke_mm)},
             {"outline_width_unit", "MM"},
             {"size", std::to_string(size_mm)},
             {"size_unit", "MM"},
             {"scale_method", "diameter"}},
            {}};
}

SymbolLayer line(std::string colour, double width_mm) {
    return {"SimpleLine",
            {{"line_color", std::move(colour)},
             {"line_style", "solid"},
             {"line_width", std::to_string(width_mm)},
             {"line_width_unit", "MM"},
             {"capstyle", "round"},
             {"joinstyle", "round"}},
            {}};
}

SymbolLayer fill(std::string colour, std::string_view style, std::string outline, double outline_mm) {
    return {"SimpleFill",
            {{"color", std::move(colour)},
             {"style", std::string(style)},
             {"outline_color", std::move(outline)},
             {"outline_style", outline_mm > 0 ? "solid" : "no"},
             {"outline_width", std::to_string(outline_mm)},
             {"outline_width_unit", "MM"}},
            {}};
}

// ---- event and mention points --------------------------------------------------

/// What the style of a point layer can draw from its fields.
struct PointFields {
    const FieldDef* side = nullptr;       // actor_side: the outer ring
    const FieldDef* status = nullptr;     // asserted / hedged / disputed / denied
    const FieldDef* modality = nullptr;   // mentions: forecast, hypothetical ... are not "happened"
    const FieldDef* n_reports = nullptr;  // events: the size
};

constexpr double disc_mm = 2.4;   // one report
constexpr double disc_max_mm = 5.0;
constexpr double ring_extra_mm = 1.6;  // ring diameter over the disc: white gap plus the ring

std::string side_colour_expression(const FieldDef& side) {
    std::string e = "CASE";
    for (const Category& c : side_categories)
        if (!c.value.empty())
            e += " WHEN upper(\"" + side.name + "\") = '" + std::string(c.value) + "' THEN '" + rgba(c.color, 255) + "'";
    return e + " ELSE '" + rgba(side_categories.back().color, 255) + "' END";
}

// The labels of a vocabulary table's values that `keep` selects, as an SQL list.
template <typename Table, typename Keep>
std::string label_list(const Table& table, Keep keep) {
    std::string out;
    for (const auto& v : table)
        if (keep(v)) out += (out.empty() ? "'" : ", '") + std::string(v.label) + "'";
    return "(" + out + ")";
}

// The statuses that contradict the claim (disputed, denied).
std::string contradicting_statuses() {
    return label_list(claim_statuses, [](const ClaimStatusInfo& s) { return !s.supports; });
}

// Supporting, but less than firmly (hedged): drawn pale.
std::string hedged_statuses() {
    return label_list(claim_statuses, [](const ClaimStatusInfo& s) { return s.supports && s.confidence_weight < 1; });
}

// The expression true where a claim is not asserted as having happened
// (contradicted, or a forecast, hypothesis ...): drawn hollow.
std::string hollow_condition(const PointFields& f) {
    std::string c;
    if (f.status) c = "\"" + f.status->name + "\" IN " + contradicting_statuses();
    if (f.modality)
        c += (c.empty() ? "" : " OR ") + ("coalesce(\"" + f.modality->name + "\", 'reported') IN " +
                                          label_list(modalities, [](const ModalityInfo& m) { return !m.on_map; }));
    return c;
}

std::string disc_size_expression(const PointFields& f, double extra_mm) {
    // scale_linear clamps: 1 report 2.4 mm, 8 or more 5 mm.
    return "scale_linear(coalesce(\"" + f.n_reports->name + "\", 1), 1, 8, " + std::to_string(disc_mm + extra_mm) +
           ", " + std::to_string(disc_max_mm + extra_mm) + ")";
}

/// The marker of one claim colour: an outer ring in the actor's side colour
/// around a white gap, and the claim disc, filled when asserted, pale when
/// hedged, hollow (a ring of the claim colour) when disputed, denied or not
/// reported as having happened.
std::vector<SymbolLayer> claim_marker(std::string_view rgb, const PointFields& f) {
    SymbolLayer ring = circle("255,255,255,235", rgba(side_categories.back().color, 255), 0.6, disc_mm + ring_extra_mm);
    SymbolLayer disc = circle(rgba(rgb, 255), rgba(rgb, 255), 0.3, disc_mm);
    if (f.side) ring.expressions.emplace_back("outlineColor", side_colour_expression(*f.side));
    if (f.n_reports) {
        ring.expressions.emplace_back("size", disc_size_expression(f, ring_extra_mm));
        disc.expressions.emplace_back("size", disc_size_expression(f, 0));
    }
    const std::string hollow = hollow_condition(f);
    std::string fill_colour = "CASE";
    if (!hollow.empty()) fill_colour += " WHEN " + hollow + " THEN '0,0,0,0'";
    if (f.status)
        fill_colour += " WHEN \"" + f.status->name + "\" IN " + hedged_statuses() + " THEN '" + rgba(rgb, 110) + "'";
    if (fill_colour != "CASE") {
        disc.expressions.emplace_back("fillColor", fill_colour + " ELSE '" + rgba(rgb, 255) + "' END");
        // A hollow disc needs a ring thick enough to read as the claim colour.
        disc.expressions.emplace_back("outlineWidth", "CASE WHEN " + hollow + " THEN 0.7 ELSE 0.3 END");
    }
    return {ring, disc};
}

struct Rule {
    std::string label;
    std::string filter;  // "" matches all, "ELSE" what no sibling matched
    int symbol = -1;     // index into the symbols, -1 for a group
    std::vector<Rule> children;
};

void rule_xml(std::string& out, const Rule& rule, const std::string& key, const std::string& indent) {
    out += indent + "<rule key=\"" + xml_escape(key) + "\" label=\"" + xml_escape(rule.label) + "\"";
    if (!rule.filter.empty()) out += " filter=\"" + xml_escape(rule.filter) + "\"";
    if (rule.symbol >= 0) out += " symbol=\"" + std::to_string(rule.symbol) + "\"";
    if (rule.children.empty()) {
        out += "/>\n";
        return;
    }
    out += ">\n";
    for (std::size_t i = 0; i < rule.children.size(); ++i)
        rule_xml(out, rule.children[i], key + "-" + std::to_string(i), indent + "  ");
    out += indent + "</rule>\n";
}

/// Point displacement (coincident points spread on a ring around the place,
/// so two claims about one place both show) over rules: one per claim type
/// for the fill colour, then two legend-only groups (filter FALSE: they never
/// draw) that explain the side ring and the status, because a data-defined
/// ring or fill has no legend of its own.
void point_renderer(std::string& out, const PointFields& f) {
    std::vector<std::vector<SymbolLayer>> symbols;
    Rule claims{"Claim (fill colour)", "", -1, {}};
    for (const Category& c : claim_categories) {
        claims.children.push_back({std::string(c.label),
                                   c.value.empty() ? "ELSE" : "\"claim\" = '" + std::string(c.value) + "'",
                                   static_cast<int>(symbols.size()),
                                   {}});
        symbols.push_back(claim_marker(c.color, f));
    }
    std::vector<Rule> rules{claims};
    const std::string_view grey = "150,150,150";
    if (f.side) {
        Rule sides{"Side of the actor (outer ring)", "FALSE", -1, {}};
        for (const Category& c : side_categories) {
            sides.children.push_back({std::string(c.label), "", static_cast<int>(symbols.size()), {}});
            symbols.push_back({circle("255,255,255,235", rgba(c.color, 255), 0.6, disc_mm + ring_extra_mm),
                               circle(rgba(grey, 255), rgba(grey, 255), 0.3, disc_mm)});
        }
        rules.push_back(sides);
    }
    const std::string hollow = hollow_condition(f);
    if (f.status || !hollow.empty()) {
        Rule status{"Status of the claim", "FALSE", -1, {}};
        const SymbolLayer ring = circle("255,255,255,235", rgba(side_categories.back().color, 255), 0.6,
                                        disc_mm + ring_extra_mm);
        status.children.push_back({"Asserted: filled", "", static_cast<int>(symbols.size()), {}});
        symbols.push_back({ring, circle(rgba(grey, 255), rgba(grey, 255), 0.3, disc_mm)});
        if (f.status) {
            status.children.push_back({"Hedged (reportedly, likely): pale", "", static_cast<int>(symbols.size()), {}});
            symbols.push_back({ring, circle(rgba(grey, 110), rgba(grey, 255), 0.3, disc_mm)});
        }
        status.children.push_back({f.modality ? "Disputed, denied or not reported as happened: hollow"
                                              : "Disputed or denied: hollow",
                                   "", static_cast<int>(symbols.size()), {}});
        symbols.push_back({ring, circle("0,0,0,0", rgba(grey, 255), 0.7, disc_mm)});
        rules.push_back(status);
    }
    if (f.n_reports) {
        Rule size{"Size: number of reports (1 to 8 or more)", "FALSE", -1, {}};
        for (int n : {1, 8}) {
            const double d = n == 1 ? disc_mm : disc_max_mm;
            size.children.push_back({n == 1 ? "1 report" : "8 or more reports", "", static_cast<int>(symbols.size()), {}});
            symbols.push_back({circle("255,255,255,235", rgba(side_categories.back().color, 255), 0.6, d + ring_extra_mm),
                               circle(rgba(grey, 255), rgba(grey, 255), 0.3, d)});
        }
        rules.push_back(size);
    }

    // 0.5 mm: only points at (nearly) the same place are grouped, not
    // neighbouring villages at a small scale.
    out += "  <renderer-v2 type=\"pointDisplacement\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" "
           "referencescale=\"-1\" labelAttributeName=\"\" labelFont=\"Sans Serif,8,-1,5,50,0,0,0,0,0\" "
           "labelColor=\"40,40,40,255\" placement=\"0\" circleWidth=\"0.3\" "
           "circleColor=\"90,90,90,255\" circleRadiusAddition=\"0.2\" labelDistanceFactor=\"0.5\" "
           "maxLabelScaleDenominator=\"-1\" tolerance=\"0.5\" toleranceUnit=\"MM\" "
           "toleranceUnitScale=\"3x:0,0,0,0,0,0\">\n";
    out += "  <renderer-v2 type=\"RuleRenderer\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" "
           "referencescale=\"-1\">\n    <rules key=\"frontline-root\">\n";
    for (std::size_t i = 0; i < rules.size(); ++i) rule_xml(out, rules[i], "frontline-" + std::to_string(i), "      ");
    out += "    </rules>\n    <symbols>\n";
    for (std::size_t i = 0; i < symbols.size(); ++i) symbol(out, std::to_string(i), "marker", symbols[i]);
    out += "    </symbols>\n  </renderer-v2>\n";
    // The true place of a displaced group: a small dark dot at its centre.
    symbol(out, "centerSymbol", "marker", {circle("60,60,60,255", "255,255,255,255", 0.2, 1.2)});
    out += "  </renderer-v2>\n";
}

// ---- polygons and lines ----------------------------------------------------------

template <std::size_t N>
void categorized_renderer(std::string& out, const char* attribute, const std::array<Category, N>& categories,
                          std::vector<SymbolLayer> (*make)(std::string_view)) {
    out += "  <renderer-v2 type=\"categorizedSymbol\" attr=\"" + std::string(attribute) +
           "\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n    <categories>\n";
    for (std::size_t i = 0; i < N; ++i)
        out += "      <category render=\"true\" symbol=\"" + std::to_string(i) + "\" value=\"" +
               xml_escape(categories[i].value) + "\" label=\"" + xml_escape(categories[i].label) + "\"/>\n";
    out += "    </categories>\n    <symbols>\n";
    for (std::size_t i = 0; i < N; ++i) symbol(out, std::to_string(i), "fill", make(categories[i].color));
    out += "    </symbols>\n    <source-symbol>\n";
    symbol(out, "0", "fill", make("150,150,150"));
    out += "    </source-symbol>\n    <rotation/>\n    <sizescale/>\n  </renderer-v2>\n";
}

// Control: a light wash and a diagonal hatch of the side colour, outlined,
// so captured-red points on top stay visible and the basemap shows through.
std::vector<SymbolLayer> side_area(std::string_view rgb) {
    return {fill(rgba(rgb, 40), "solid", "0,0,0,0", 0), fill(rgba(rgb, 150), "b_diagonal", rgba(rgb, 255), 0.5)};
}

// Region-level claims: the region outlined in the claim colour, barely filled.
std::vector<SymbolLayer> claim_area(std::string_view rgb) {
    return {fill(rgba(rgb, 30), "solid", rgba(rgb, 255), 0.6)};
}

void front_renderer(std::string& out) {
    // A strong dark line on a white casing: readable over any fill or basemap.
    out += "  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" "
           "referencescale=\"-1\">\n    <symbols>\n";
    symbol(out, "0", "line", {line("255,255,255,230", 2.0), line("20,20,20,255", 1.0)});
    out += "    </symbols>\n    <rotation/>\n    <sizescale/>\n  </renderer-v2>\n";
}

void place_renderer(std::string& out) {
    out += "  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" "
           "referencescale=\"-1\">\n    <symbols>\n";
    symbol(out, "0", "marker", {circle("60,60,60,255", "255,255,255,255", 0.2, 1.2)});
    out += "    </symbols>\n    <rotation/>\n    <sizescale/>\n  </renderer-v2>\n";
}

// ---- time, labels, tips --------------------------------------------------------------

// QGIS 3.22 compares a Date with a DateTime as text ("2024-11-08" <
// "2024-11-08T00:00:00" is true), so a date field in its temporal filter
// shows a feature from the day before it starts. Every range is therefore
// given as DateTime expressions (mode 4, start and end from expressions),
// the end excluded (limitMode 0). Expressions get no "IS NULL" clause, so a
// null start or end is replaced by a far date: an undated feature, or an
// open-ended last as_of, shows on every date, as QGIS does for null fields.
void temporal(std::string& out, const std::string& start, const std::string& end) {
    out += "  <temporal enabled=\"1\" mode=\"4\" startField=\"\" endField=\"\" durationField=\"\" "
           "startExpression=\"" + xml_escape(start) + "\" endExpression=\"" + xml_escape(end) +
           "\" fixedDuration=\"0\" durationUnit=\"d\" accumulate=\"0\" limitMode=\"0\">\n"
           "    <fixedRange>\n      <start></start>\n      <end></end>\n    </fixedRange>\n  </temporal>\n";
}

constexpr std::string_view distant_past = "make_datetime(1900, 1, 1, 0, 0, 0)";
constexpr std::string_view distant_future = "make_datetime(9999, 12, 31, 0, 0, 0)";

/// [from, to) of two date fields; a null start or end is open.
void temporal_fields(std::string& out, const std::string& from, const std::string& to) {
    temporal(out, "coalesce(to_datetime(\"" + from + "\"), " + std::string(distant_past) + ")",
             "coalesce(to_datetime(\"" + to + "\"), " + std::string(distant_future) + ")");
}

/// A date with its precision stands for its day, its week or its month.
void temporal_by_precision(std::string& out, const std::string& date, const std::string& precision) {
    const std::string d = "\"" + date + "\"", p = "\"" + precision + "\"";
    const std::string start = "CASE WHEN " + d + " IS NULL THEN " + std::string(distant_past) + " WHEN " + p +
                              " = 'month' THEN to_datetime(make_date(year(" + d + "), month(" + d +
                              "), 1)) ELSE to_datetime(" + d + ") END";
    const std::string end = "CASE WHEN " + d + " IS NULL THEN " + std::string(distant_future) + " WHEN " + p +
                            " = 'week' THEN to_datetime(" + d + ") + to_interval('7 days') WHEN " + p +
                            " = 'month' THEN to_datetime(make_date(year(" + d + ") + month(" + d + ") // 12, month(" +
                            d + ") % 12 + 1, 1)) ELSE to_datetime(" + d + ") + to_interval('1 day') END";
    temporal(out, start, end);
}

/// One day from a date field.
void temporal_day(std::string& out, const std::string& date) {
    const std::string d = "\"" + date + "\"";
    temporal(out, "coalesce(to_datetime(" + d + "), " + std::string(distant_past) + ")",
             "coalesce(to_datetime(" + d + ") + to_interval('1 day'), " + std::string(distant_future) + ")");
}

void labels(std::string& out, const std::string& field, bool draw) {
    // Placement 6 = around the point in cartographic order; white buffer so
    // names stay readable on any basemap; obstacle so labels avoid symbols.
    // A layer that does not draw its labels still registers as an obstacle.
    out += "  <labeling type=\"simple\">\n    <settings calloutType=\"simple\">\n"
           "      <text-style fieldName=\"" + xml_escape(field) +
           "\" isExpression=\"0\" fontFamily=\"Sans Serif\" namedStyle=\"Regular\" fontSize=\"8\" "
           "fontSizeUnit=\"Point\" fontWeight=\"50\" fontItalic=\"0\" textColor=\"40,40,40,255\" textOpacity=\"1\" "
           "multilineHeight=\"1\" allowHtml=\"0\">\n"
           "        <text-buffer bufferDraw=\"1\" bufferSize=\"0.7\" bufferSizeUnits=\"MM\" "
           "bufferColor=\"255,255,255,255\" bufferOpacity=\"0.85\" bufferNoFill=\"1\" bufferJoinStyle=\"128\"/>\n"
           "      </text-style>\n"
           "      <text-format wrapChar=\"\" multilineAlign=\"0\" autoWrapLength=\"0\" formatNumbers=\"0\"/>\n"
           "      <placement placement=\"6\" dist=\"2.5\" distUnits=\"MM\" priority=\"5\" "
           "predefinedPositionOrder=\"TR,TL,BR,BL,R,L,TSR,BSR\" offsetType=\"0\"/>\n"
           "      <rendering drawLabels=\"" +
           std::string(draw ? "1" : "0") +
           "\" obstacle=\"1\" obstacleFactor=\"1\" obstacleType=\"0\" displayAll=\"0\" upsidedownLabels=\"0\" "
           "labelPerPart=\"0\" mergeLines=\"0\" scaleVisibility=\"0\" fontLimitPixelSize=\"0\"/>\n"
           "    </settings>\n  </labeling>\n";
}

std::string map_tip(const LayerSchema& schema, const FieldDef* when) {
    const auto has = [&](std::string_view name) { return find_field(schema, name) != nullptr; };
    std::string tip;
    if (has("place_name")) tip += "<b>[% \"place_name\" %]</b>";
    if (has("claim")) tip += " [% coalesce(\"claim\", 'no claim') %]";
    if (has("actor_side")) tip += " by [% coalesce(\"actor_side\", 'unknown side') %]";
    else if (has("side")) tip += " [% \"side\" %]";
    if (has("status")) tip += ", [% \"status\" %]";
    if (has("modality")) tip += "[% if(\"modality\" <> 'reported', ', ' || \"modality\", '') %]";
    if (when) {
        tip += "<br>[% \"" + when->name + "\" %]";
        if (has("date_precision")) tip += " ([% \"date_precision\" %])";
    }
    if (has("n_reports")) tip += ", [% \"n_reports\" %] report(s)";
    if (has("method")) tip += "<br>[% \"method\" %]";
    if (has("latest_claim"))
        tip += "<br>Latest claim: [% coalesce(\"latest_claim\", 'none') %] by [% coalesce(\"latest_actor_side\", "
               "'unknown side') %] on [% \"latest_event_date\" %]";
    if (has("n_mentions")) tip += "<br>[% \"n_mentions\" %] mention(s) in [% \"n_documents\" %] report(s)";
    if (has("claimant")) tip += "<br>Claimant: [% coalesce(\"claimant\", 'unknown') %]";
    if (has("claimants")) tip += "<br>Claimants: [% array_to_string(from_json(\"claimants\"), ', ') %]";
    if (has("sentence")) tip += "<br><i>[% \"sentence\" %]</i>";
    else if (has("quote")) tip += "<br><i>[% \"quote\" %]</i>";
    // Links open the report behind the point.
    if (has("url"))
        tip += "<br>[% if(\"url\" IS NULL, \"doc\", '<a href=\"' || \"url\" || '\">' || \"url\" || '</a>') %]";
    if (has("sources"))
        tip += "<br>[% array_to_string(array_foreach(from_json(\"sources\"), if(left(@element, 4) = 'http', "
               "'<a href=\"' || @element || '\">' || @element || '</a>', @element)), '<br>') %]";
    return tip;
}

}  // namespace

QgisStyle qgis_style(const LayerSchema& schema) {
    // Labels come from the places layer alone: one feature per place, so a
    // name is printed once however many claims or mentions it has. Events
    // and mentions register as label obstacles without drawing names.
    const bool has_name = find_field(schema, "place_name") != nullptr && schema.geometry == GeometryType::point;
    const bool draws_labels = has_name && schema.name == "places";
    QgisStyle style;
    style.labels_enabled = has_name;
    std::string& out = style.elements;
    out.reserve(32768);

    const FieldDef* from = find_field(schema, "valid_from");
    const FieldDef* to = find_field(schema, "valid_to");
    const FieldDef* precision = find_field(schema, "date_precision");
    const FieldDef* when = find_field(schema, "event_date");
    if (!is_date(when)) when = find_field(schema, "as_of");
    if (!is_date(when)) when = nullptr;
    if (from && to) temporal_fields(out, from->name, to->name);
    else if (when && precision && when->name == "event_date") temporal_by_precision(out, when->name, precision->name);
    else if (when) temporal_day(out, when->name);

    if (schema.geometry == GeometryType::point && find_field(schema, "claim")) {
        PointFields f;
        f.side = find_field(schema, "actor_side");
        f.status = find_field(schema, "status");
        f.modality = find_field(schema, "modality");
        f.n_reports = find_field(schema, "n_reports");
        point_renderer(out, f);
    } else if (schema.geometry == GeometryType::point) {
        place_renderer(out);
    } else if (schema.geometry == GeometryType::multilinestring) {
        front_renderer(out);
    } else if (find_field(schema, "side")) {
        categorized_renderer(out, "side", side_categories, side_area);
    } else {
        categorized_renderer(out, "claim", claim_categories, claim_area);
    }

    if (has_name) labels(out, "place_name", draws_labels);

    if (const std::string tip = map_tip(schema, when); !tip.empty()) out += "  <mapTip>" + xml_escape(tip) + "</mapTip>\n";
    if (has_name) out += "  <previewExpression>\"place_name\"</previewExpression>\n";
    return style;
}

std::string qgis_style_qml(const LayerSchema& schema) {
    const QgisStyle style = qgis_style(schema);
    std::string out;
    out.reserve(style.elements.size() + 512);
    out += "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n";
    out += "<qgis version=\"3.22.16-Białowieża\" styleCategories=\"Symbology|Labeling|MapTips|Temporal\" labelsEnabled=\"";
    out += style.labels_enabled ? "1" : "0";
    out += "\">\n";
    out += style.elements;
    const char* geometry_code = schema.geometry == GeometryType::point             ? "0"
                                : schema.geometry == GeometryType::multilinestring ? "1"
                                                                                   : "2";
    out += "  <layerGeometryType>" + std::string(geometry_code) + "</layerGeometryType>\n</qgis>\n";
    return out;
}

}  // namespace frontline
