#include "frontline/pipeline.hpp"

#include <charconv>

#include "frontline/text/utf8.hpp"

namespace frontline {

Pipeline::Pipeline(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer),
      lexicon_(RecognitionLexicon::load_default()),
      recognizer_(gazetteer_, lexicon_),
      resolver_(gazetteer_),
      claims_(ClaimExtractor::load_default()) {}

std::vector<Mention> Pipeline::process(const Document& doc) const { return run(doc, false, nullptr, nullptr); }

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
    return r;
}

// Mentions are built in place, in the vector that is returned: a Mention
// has some twenty string fields, and moving it about costs.
std::vector<Mention> Pipeline::run(const Document& doc, bool explain, std::vector<RecognizedName>* names_out,
                                   std::vector<ClaimTrace>* traces_out) const {
    auto [tokens, names] = recognize(doc);
    std::vector<Resolution> resolved = resolver_.resolve(doc, tokens, names, explain);

    CodepointIndex cp(doc.text);
    std::vector<Mention> out(names.size());
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
        if (r.place) {
            PlaceView p = gazetteer_.place(*r.place);
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
            m.sentence = doc.text.substr(s.span.begin, s.span.size());
        }
        if (!doc.entries.empty()) {
            const Entry& e = doc.entries[doc.entry_at(n.begin)];
            m.reported_at = e.timestamp ? e.timestamp : doc.document_date;
        } else {
            m.reported_at = doc.document_date;
        }
    }
    claims_.annotate(doc, tokens, names, gazetteer_, out, traces_out);
    if (names_out) *names_out = std::move(names);
    return out;
}

}  // namespace frontline
