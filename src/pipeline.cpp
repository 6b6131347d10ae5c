#include "frontline/pipeline.hpp"

#include <algorithm>
#include <charconv>

#include "frontline/document/credit_line.hpp"
#include "frontline/document/table_cells.hpp"
#include "frontline/recognize/named_facility.hpp"
#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline {

Pipeline::Pipeline(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer),
      lexicon_(RecognitionLexicon::load_default()),
      recognizer_(gazetteer_, lexicon_),
      resolver_(gazetteer_),
      claims_(ClaimExtractor::load_default()) {}

std::vector<Mention> Pipeline::process(const Document& doc) const { return run(doc, false, nullptr, nullptr); }

void Pipeline::prepare(std::string_view text) const {
    // (Both load for Cyrillic text only: one look at an English text, not two.)
    if (!has_cyrillic(text)) return;
    recognizer_.prepare(text);
    claims_.prepare(text);
}

std::vector<MentionDetail> Pipeline::process_detailed(const Document& doc) const {
    std::vector<RecognizedName> names;
    std::vector<ClaimTrace> traces;
    std::vector<Mention> mentions = run(doc, true, &names, &traces);
    std::vector<MentionDetail> out;
    out.reserve(mentions.size());
    for (std::size_t i = 0; i < mentions.size(); ++i)
        out.push_back({std::move(mentions[i]), std::move(names[i]), std::move(traces[i])});
    return out;
}

namespace {

bool in_boilerplate(const Document& doc, std::size_t offset) {
    if (!doc.sentences.empty()) {
        std::size_t s = doc.sentence_at(offset);
        if (s < doc.sentences.size() && doc.sentences[s].boilerplate) return true;
    }
    if (!doc.paragraphs.empty()) {
        std::size_t p = doc.paragraph_at(offset);
        if (p < doc.paragraphs.size() && doc.paragraphs[p].boilerplate) return true;
    }
    return false;
}

}  // namespace

Pipeline::Recognition Pipeline::recognize(const Document& doc) const {
    Recognition r;
    r.tokens = tokenize(doc.text);
    r.names = recognizer_.recognize(doc.text, r.tokens);
    // Boilerplate (donation appeals, site chrome) yields no mentions at all.
    std::erase_if(r.names, [&](const RecognizedName& n) { return in_boilerplate(doc, n.begin); });
    // Nor do the writers' and editors' names of a credit line ("By Sydney Ember").
    std::erase_if(r.names, [&](const RecognizedName& n) { return in_credit_names(doc.text, n.begin); });
    // A table's column says what its names are: "Donetsk" under "oblast" is
    // the oblast, as "Donetsk Oblast" would be.
    TableHeaders headers(doc.text);
    for (RecognizedName& n : r.names) {
        if (n.designator != Designator::none) continue;
        switch (column_role(headers.header(n.begin))) {
        case ColumnRole::region: n.designator = Designator::admin1; break;
        case ColumnRole::district: n.designator = Designator::admin2; break;
        case ColumnRole::community: n.designator = Designator::community; break;
        default: break;
        }
    }
    return r;
}

// Named facilities the gazetteer lacks ("the Splav plant near Tula") join
// the names, in text order, each resolved to the place that locates it.
// Returns which names are such facilities.
std::vector<bool> Pipeline::add_named_facilities(const Document& doc, const std::vector<Token>& tokens,
                                                 std::vector<RecognizedName>& names,
                                                 std::vector<Resolution>& resolved) const {
    std::vector<bool> located(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) located[i] = resolved[i].place.has_value();
    std::vector<NamedFacility> found = find_named_facilities(tokens, lexicon_, names, located);
    std::erase_if(found, [&](const NamedFacility& f) { return in_boilerplate(doc, tokens[f.first_token].begin); });
    if (found.empty()) return std::vector<bool>(names.size(), false);
    std::vector<RecognizedName> all_names;
    std::vector<Resolution> all_resolved;
    std::vector<bool> facility;
    all_names.reserve(names.size() + found.size());
    std::size_t f = 0;
    for (std::size_t i = 0; i <= names.size(); ++i) {
        while (f < found.size() && (i == names.size() || tokens[found[f].first_token].begin < names[i].begin)) {
            RecognizedName n;
            n.first_token = found[f].first_token;
            n.last_token = found[f].last_token;
            n.begin = tokens[n.first_token].begin;
            n.end = tokens[n.last_token - 1].end;
            Resolution r;
            r.place = resolved[found[f].host].place;
            r.score = resolved[found[f].host].score;
            r.precision = GeoPrecision::near;
            all_names.push_back(std::move(n));
            all_resolved.push_back(std::move(r));
            facility.push_back(true);
            ++f;
        }
        if (i == names.size()) break;
        all_names.push_back(std::move(names[i]));
        all_resolved.push_back(std::move(resolved[i]));
        facility.push_back(false);
    }
    names = std::move(all_names);
    resolved = std::move(all_resolved);
    return facility;
}

// Mentions are built in place, in the vector that is returned: a Mention
// has some twenty string fields, and moving it about costs.
std::vector<Mention> Pipeline::run(const Document& doc, bool explain, std::vector<RecognizedName>* names_out,
                                   std::vector<ClaimTrace>* traces_out) const {
    auto [tokens, names] = recognize(doc);
    std::vector<Resolution> resolved = resolver_.resolve(doc, tokens, names, explain);
    std::vector<bool> facility = add_named_facilities(doc, tokens, names, resolved);

    CodepointIndex cp(doc.text);
    std::vector<Mention> out(names.size());
    std::vector<bool> water(names.size(), false);  // a river (see annotate_claims)
    for (std::size_t i = 0; i < names.size(); ++i) {
        const RecognizedName& n = names[i];
        Resolution& r = resolved[i];
        Mention& m = out[i];
        m.doc = doc.id;
        m.url = doc.url;
        m.byte_start = n.begin;
        m.byte_end = n.end;
        m.char_start = static_cast<std::int64_t>(cp.to_codepoint(n.begin));
        m.char_end = static_cast<std::int64_t>(cp.to_codepoint(n.end));
        char from[24], to[24];  // an int64 has at most 20 characters
        const char* from_end = std::to_chars(from, from + sizeof from, m.char_start).ptr;
        const char* to_end = std::to_chars(to, to + sizeof to, m.char_end).ptr;
        m.mention_id.reserve(doc.id.size() + 2 + static_cast<std::size_t>((from_end - from) + (to_end - to)));
        m.mention_id.append(doc.id).append(1, ':').append(from, static_cast<std::size_t>(from_end - from));
        m.mention_id.append(1, '-').append(to, static_cast<std::size_t>(to_end - to));
        m.surface = doc.text.substr(n.begin, n.end - n.begin);
        if (r.place && facility[i]) {
            // A named facility the gazetteer lacks, drawn at the town that locates it.
            PlaceView p = gazetteer_.place(*r.place);
            m.place_id = "facility:" + std::string(p.id()) + ":" + fold(m.surface);
            m.place_name = m.surface;
            m.kind = PlaceKind::facility;
            if (!p.country().empty()) m.country = std::string(p.country());
            if (!p.admin1().empty()) m.admin1 = std::string(p.admin1());
            m.lat = p.lat();
            m.lon = p.lon();
        } else if (r.place) {
            PlaceView p = gazetteer_.place(*r.place);
            water[i] = p.feature_code() == "STM";
            m.place_id = std::string(p.id());
            m.place_name = std::string(p.name());
            m.kind = p.kind();
            if (!p.country().empty()) m.country = std::string(p.country());
            if (!p.admin1().empty()) m.admin1 = std::string(p.admin1());
            m.lat = p.lat();
            m.lon = p.lon();
        }
        m.resolution_score = r.score;
        m.geo_precision = r.precision;
        // "the Pokrovsk direction" names an axis of attack, not the town: a
        // claim about it is no claim about the town's ground.
        if (n.designator == Designator::direction && is_point_precision(m.geo_precision))
            m.geo_precision = GeoPrecision::direction;
        m.evidence.candidates = std::move(r.candidates);
        if (!doc.sentences.empty()) {
            const Sentence& s = doc.sentences[doc.sentence_at(n.begin)];
            // (A "sentence" of a table pasted as one line, or of text without
            // stops, may run to megabytes: each mention keeps the stretch
            // around itself, so memory stays linear in the mentions.)
            constexpr std::size_t max_sentence = 1200, half = max_sentence / 2;
            std::size_t b = s.span.begin, e = s.span.end;
            if (e - b > max_sentence) {
                b = std::max(b, n.begin > half ? n.begin - half : 0);
                e = std::min(e, b + max_sentence);
                while (b > s.span.begin && (static_cast<unsigned char>(doc.text[b]) & 0xC0) == 0x80) --b;
                while (e < s.span.end && (static_cast<unsigned char>(doc.text[e]) & 0xC0) == 0x80) ++e;
            }
            m.sentence = doc.text.substr(b, e - b);
        }
        if (!doc.entries.empty()) {
            const Entry& e = doc.entries[doc.entry_at(n.begin)];
            m.reported_at = e.timestamp ? e.timestamp : doc.document_date;
        } else {
            m.reported_at = doc.document_date;
        }
    }
    annotate_claims(doc, tokens, names, water, out, traces_out);
    if (names_out) *names_out = std::move(names);
    return out;
}

// A river is where something happens, never what: it takes no claim, and it
// is left out of the claims' reading altogether, so that "crossed the Oskil
// River near Kupiansk" is still an event at Kupiansk, not at a landmark.
// (A sea keeps its claims: "two enemy ships are in the Black Sea".)
void Pipeline::annotate_claims(const Document& doc, const std::vector<Token>& tokens, const std::vector<RecognizedName>& names,
                               const std::vector<bool>& water, std::vector<Mention>& out,
                               std::vector<ClaimTrace>* traces_out) const {
    if (std::none_of(water.begin(), water.end(), [](bool w) { return w; })) {
        claims_.annotate(doc, tokens, names, gazetteer_, out, traces_out);
        return;
    }
    std::vector<std::size_t> land;
    std::vector<RecognizedName> land_names;
    std::vector<Mention> land_mentions;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (water[i]) continue;
        land.push_back(i);
        land_names.push_back(names[i]);
        land_mentions.push_back(std::move(out[i]));
    }
    std::vector<ClaimTrace> land_traces;
    claims_.annotate(doc, tokens, land_names, gazetteer_, land_mentions, traces_out ? &land_traces : nullptr);
    if (traces_out) traces_out->assign(out.size(), ClaimTrace{{}, "a river: where, not what", std::nullopt});
    for (std::size_t k = 0; k < land.size(); ++k) {
        out[land[k]] = std::move(land_mentions[k]);
        if (traces_out) (*traces_out)[land[k]] = std::move(land_traces[k]);
    }
}

}  // namespace frontline
