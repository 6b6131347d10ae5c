#include "frontline/pipeline.hpp"

#include <cstdio>

#include "frontline/text/utf8.hpp"

namespace frontline {

Pipeline::Pipeline(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer),
      lexicon_(RecognitionLexicon::load_default()),
      recognizer_(gazetteer_, lexicon_),
      resolver_(gazetteer_),
      claims_(ClaimExtractor::load_default()) {}

std::vector<Mention> Pipeline::process(const Document& doc) const {
    std::vector<Mention> out;
    for (auto& d : run(doc, false)) out.push_back(std::move(d.mention));
    return out;
}

std::vector<MentionDetail> Pipeline::process_detailed(const Document& doc) const { return run(doc, true); }

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

std::vector<MentionDetail> Pipeline::run(const Document& doc, bool explain) const {
    auto [tokens, names] = recognize(doc);
    std::vector<Resolution> resolved = resolver_.resolve(doc, tokens, names, explain);

    CodepointIndex cp(doc.text);
    std::vector<MentionDetail> out;
    out.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        const RecognizedName& n = names[i];
        Resolution& r = resolved[i];
        Mention m;
        m.doc = doc.id;
        m.byte_start = n.begin;
        m.byte_end = n.end;
        m.char_start = static_cast<std::int64_t>(cp.to_codepoint(n.begin));
        m.char_end = static_cast<std::int64_t>(cp.to_codepoint(n.end));
        char id[64];
        std::snprintf(id, sizeof id, ":%lld-%lld", static_cast<long long>(m.char_start), static_cast<long long>(m.char_end));
        m.mention_id = doc.id + id;
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
        m.candidates = std::move(r.candidates);
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
        out.push_back({std::move(m), n});
    }
    std::vector<Mention> plain;
    plain.reserve(out.size());
    for (auto& d : out) plain.push_back(std::move(d.mention));
    claims_.annotate(doc, tokens, names, gazetteer_, plain);
    for (std::size_t i = 0; i < out.size(); ++i) out[i].mention = std::move(plain[i]);
    return out;
}

}  // namespace frontline
