#include "frontline/recognize/recognizer.hpp"

#include <algorithm>
#include <span>
#include <system_error>
#include <unordered_set>

#include "frontline/gazetteer/place_names.hpp"
#include "frontline/geo/distance.hpp"
#include "frontline/text/cyrillic_inflection.hpp"
#include "frontline/text/latin_place_adjective.hpp"
#include "frontline/text/morphology.hpp"
#include "frontline/text/transliterate.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

struct Recognizer::Candidate {
    std::size_t first = 0, last = 0;  // token range
    std::string key;
    // Every place the span may name: the postings of each spelling of the
    // span that matched (a Cyrillic word's dictionary forms all count:
    // "Торецька" is Toretsk's genitive and Toretske's nominative, and the
    // resolver, not the order of the ending rules, decides).
    std::vector<format::Posting> postings;
    bool inflected = false;
    // Places named through an adjective of theirs ("Куп'янському напрямку":
    // Kupiansk), sorted; their postings carry NameOrigin::direction.
    std::vector<std::uint32_t> adjectival;
    bool region_word = false;  // a -щина region ("Курщині")
    bool cross = false;        // matched in the other language's spelling only
    bool listed_county = false;  // named in a list that "counties" closes ("Orange and Riverside counties")
};

// The recognizer asks about the same neighbouring words for several
// candidates; each token's facts are looked up on first use only.
class Recognizer::TokenFacts {
public:
    TokenFacts(const RecognitionLexicon& lexicon, const std::vector<Token>& tokens)
        : lexicon_(lexicon), tokens_(tokens), memo_(tokens.size(), nullptr) {}
    const WordFacts& operator[](std::size_t i) {
        if (!memo_[i]) memo_[i] = &lexicon_.facts(tokens_[i].key);
        return *memo_[i];
    }
    Designator designator(std::size_t i) const {
        // ("Lagos state", "Washington state"; "Kansas State" is the university,
        // "Assam State Disaster Management Authority" an office.)
        if (tokens_[i].key == "state") {
            if (tokens_[i].capitalised) return Designator::none;
            // ("Georgia state media", "Russia state TV": a state's noun after it.)
            static constexpr std::string_view closers[] = {"and", "or", "in", "on", "of", "to", "at", "for", "from", "the", "was",
                                                           "is", "has", "had", "have", "said", "were", "are", "with", "after",
                                                           "before", "this", "last", "where", "which", "that", "as", "but", "by"};
            if (i + 1 < tokens_.size() && tokens_[i + 1].before == Separator::space && !tokens_[i + 1].capitalised &&
                std::find(std::begin(closers), std::end(closers), tokens_[i + 1].key) == std::end(closers))
                return Designator::none;
        }
        // ("The Kharkiv department of the National Police": an office's department.)
        if ((tokens_[i].key == "department" || tokens_[i].key == "departments") && i + 1 < tokens_.size() &&
            tokens_[i + 1].key == "of")
            return Designator::none;
        return lexicon_.designator(tokens_[i].key);
    }

private:
    const RecognitionLexicon& lexicon_;
    const std::vector<Token>& tokens_;
    std::vector<const WordFacts*> memo_;
};

namespace {

constexpr std::size_t max_name_tokens = 8;

// A name in the other language's spelling is a place of that language's
// country: a Ukrainian text writes Кіріші for the Russian Кириши, a Russian
// one Табаевка for the Ukrainian Табаївка ("Крім", a Ukrainian word, is not
// Крим, whose Ukrainian name is Крим).
enum class Spelling : unsigned char { as_written, russian, ukrainian };

struct Form {
    std::string key;
    bool inflected = false;  // a Cyrillic dictionary form
    bool kept = false;       // the possessive "s" kept ("People's Republic")
    Spelling spelling = Spelling::as_written;
};

bool spelling_admits(Spelling s, std::string_view country) {
    switch (s) {
    case Spelling::as_written: return true;
    case Spelling::russian: return country != "UA";
    case Spelling::ukrainian: return country == "UA";
    }
    return true;
}

// Spellings a token may take inside a name: as written (possessive
// stripped), with the possessive kept ("People's Republic"), and the
// dictionary forms of an inflected Cyrillic word (a later word of a name
// declines even when short: "Часового Яру"). With `cross`, the same in the
// other language's spelling too ("Табаевки" for Табаївка, "Кіріші" for Кириши).
void token_forms(const Token& t, std::vector<Form>& out, NamePosition position = NamePosition::first,
                 bool cross = false) {
    out.clear();
    out.push_back({t.key, false, false});
    if (t.possessive) out.push_back({t.key + "s", false, true});
    if (!t.cyrillic) return;
    for (auto& f : cyrillic_base_forms(t.key, position)) out.push_back({std::move(f), true, false});
    if (!cross) return;
    const std::size_t n = out.size();
    for (std::size_t k = 0; k < n; ++k) {
        std::string ru = cyrillic_russian_spelling(out[k].key), uk = cyrillic_ukrainian_spelling(out[k].key);
        if (!ru.empty()) out.push_back({std::move(ru), true, false, Spelling::russian});
        if (!uk.empty()) out.push_back({std::move(uk), true, false, Spelling::ukrainian});
    }
}

// Place names a context may derive from an adjective or a -щина word, and
// the places they name, only where such a place exists.
template <class Fn>
void probe_all(const Gazetteer& g, const std::vector<std::string>& keys, Fn&& fn) {
    for (const std::string& k : keys) {
        auto probe = g.probe(k);
        if (!probe.exact) continue;
        for (const auto& p : probe.postings) fn(p);
    }
}

void add_postings(std::vector<format::Posting>& to, std::span<const format::Posting> from) {
    for (const auto& p : from)
        if (std::none_of(to.begin(), to.end(), [&](const format::Posting& q) { return q.place == p.place; }))
            to.push_back(p);
}

bool joins(Separator s) { return s == Separator::space || s == Separator::hyphen; }

// "St. Paul", "Mt. Vernon", "Ft. Worth", "Co. Cork": a name's first word abbreviated
// with a full stop goes on into the next word, as "St Paul" does.
bool dotted_name_word(const Token& word, const Token& next) {
    static constexpr std::string_view words[] = {"st", "ste", "mt", "ft", "co"};
    return word.capitalised && !word.cyrillic && next.capitalised && next.before == Separator::other &&
           next.begin == word.full_end + 2 && std::find(std::begin(words), std::end(words), word.key) != std::end(words);
}

// Countries that write their own names in Cyrillic: there a GeoNames
// alternate name is usually the local name ("Харків"), elsewhere it is a
// translation or an obscure variant ("Thursday" for Thursday Island, "Усі"
// for Wuxi).
bool cyrillic_country(std::string_view cc) { return writes_cyrillic(cc); }

bool conjunction(std::string_view w) { return w == "та" || w == "і" || w == "й" || w == "и"; }

// An English day of the week or month, as a wire dates its event right
// after the place ("hit Kharkiv Thursday", "in Kursk May 9").
bool day_or_month(std::string_view w) {
    static constexpr std::string_view words[] = {"monday",  "tuesday",  "wednesday", "thursday", "friday",  "saturday",
                                                 "sunday",  "january",  "february",  "march",    "april",   "may",
                                                 "june",    "july",     "august",    "september", "october", "november",
                                                 "december", "jan",     "feb",       "mar",      "apr",     "jun",
                                                 "jul",     "aug",      "sep",       "sept",     "oct",     "nov",
                                                 "dec"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool adjective_ending(std::string_view w);  // below, with the Cyrillic rules

// "East", "Western", "Central": a compass word or its adjective, which some
// countries' provinces are named, and every report writes.
bool compass_name(std::string_view w) {
    static constexpr std::string_view words[] = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                                 "central", "centre", "center", "northeast", "northwest", "southeast", "southwest",
                                                 "upper", "lower", "middle", "coast", "coastal", "capital", "national"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// "street", "avenue", "вулиця", "улица", "проспект", "шосе" in any case, and
// the abbreviations "вул", "ул", "просп".
bool street_noun(std::string_view w) {
    static constexpr std::string_view words[] = {"street", "avenue", "boulevard", "blvd", "highway", "prospekt",
                                                 "вул", "ул", "просп", "шосе", "шоссе"};
    static constexpr std::string_view stems[] = {"вулиц", "улиц", "проспект", "бульвар", "провулк", "провулок", "переул",
                                                 "набережн"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words) ||
           (static_cast<unsigned char>(w.empty() ? 0 : w.front()) >= 0x80 &&
            std::any_of(std::begin(stems), std::end(stems), [&](std::string_view s) { return w.starts_with(s); }));
}

// "село", "селище", "поселок", "деревня", "хутор", "місто", "станица" in the
// cases a sentence opens with or names a settlement after.
bool cyrillic_settlement_noun(std::string_view w) {
    static constexpr std::string_view words[] = {
        "село",    "села",    "селі",    "селе",    "селище",  "селища",  "селищі",   "поселок", "поселка", "поселке",
        "посёлок", "посёлка", "посёлке", "деревня", "деревни", "деревне", "хутор",    "хутора",  "хуторе",  "хуторі",
        "місто",   "міста",   "місті",   "город",   "города",  "городе",  "станица",  "станицы", "станице", "містечко",
        "смт",     "пгт",     "поселення", "поселение"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// The designator right at `from`, or after a list of capitalised Cyrillic
// words it designates each of ("у Сумській, Київській та Харківській
// областях", "Білопільська, Краснопільська та Юнаківська громади").
// (A morning summary lists eight communities or more; a hyphen joins a
// compound's halves: "Середино-Будська".)
Designator designator_after(const RecognitionLexicon& lexicon, const std::vector<Token>& tokens, std::size_t from) {
    for (std::size_t k = from; k < tokens.size() && k < from + 16; ++k) {
        const Token& w = tokens[k];
        const bool compound = w.before == Separator::hyphen && w.cyrillic && w.capitalised;
        if (w.before != Separator::space && w.before != Separator::comma && !compound) break;
        if (Designator d = lexicon.designator(w.key); d != Designator::none) return d;
        // "Донецької народної республіки": a lower-case adjective inside
        // the region's name, after its capitalised first word.
        const bool inner_adjective = w.cyrillic && !w.capitalised && k > from && tokens[k - 1].cyrillic &&
                                     tokens[k - 1].capitalised && adjective_ending(w.key);
        if (!conjunction(w.key) && !(w.cyrillic && w.capitalised) && !inner_adjective) break;
        // ("населённых пунктов Херсон и Антоновка Херсонской области": a noun
        // in the list is a town of its own; the region after it is its qualifier.)
        const bool first_half = k + 1 < tokens.size() && tokens[k + 1].before == Separator::hyphen;
        if (w.cyrillic && w.capitalised && !compound && !first_half && !adjective_ending(w.key) && !w.key.ends_with("ька") &&
            !w.key.ends_with("ьку"))
            break;
    }
    return Designator::none;
}

// The community or district word before a list that it heads, a colon
// between ("Обстрілів зазнали 8 громад: Білопільська, Краснопільська та
// Сумська"): it designates each adjective of the list.
Designator designator_before(const RecognitionLexicon& lexicon, const std::vector<Token>& tokens, std::size_t at) {
    for (std::size_t k = at; k > 0 && k + 12 > at; --k) {
        const Token& w = tokens[k];
        if (w.before == Separator::other) {
            const Designator d = lexicon.designator(tokens[k - 1].key);
            return d == Designator::community || d == Designator::admin2 ? d : Designator::none;
        }
        if (w.before != Separator::space && w.before != Separator::comma && w.before != Separator::hyphen) break;
        if (!(w.cyrillic && (w.capitalised || conjunction(w.key) || w.before == Separator::hyphen))) break;
    }
    return Designator::none;
}

bool names_area(Designator d) { return d == Designator::admin1 || d == Designator::admin2 || d == Designator::community; }

// A place found under another spelling of its name than the gazetteer's.
format::Posting transliterated_posting(std::uint32_t place) {
    return {place, static_cast<std::uint8_t>(NameOrigin::transliterated), 0, 0};
}

// Defined with the rules that use them most, below.
bool placing_word(std::string_view key);
bool locative_preposition(std::string_view w);

}  // namespace

Recognizer::Recognizer(const Gazetteer& gazetteer, const RecognitionLexicon& lexicon)
    : gazetteer_(gazetteer), lexicon_(lexicon) {}

bool Recognizer::unknown_word(const Token& t, const Candidate& c) const {
    // "Суджа под обстрелом", "Тёткино находится", "Rabotino is now under
    // Russian control": a sentence-start capital says nothing, but a word
    // that no dictionary knows in lower case is no common word ("Сили",
    // "Станом" are); where it names a place of a Cyrillic-writing country,
    // that place is meant.
    const bool local = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
        return cyrillic_country(gazetteer_.place(p.place).country());
    });
    if (!local) return false;
    // (In Latin letters, the English word list, which holds names of
    // people and places too, is the dictionary; it lacks short forms and
    // contractions, "I've" is read "ive", so a name must be of some length.)
    if (!t.cyrillic)
        return lexicon_.common_word_count() > 0 && t.key.size() >= 5 && !lexicon_.dictionary_word(t.key) &&
               !lexicon_.person_name(t.key);
    const Lemmatizer& dictionaries = shared_lemmatizer();
    if (!dictionaries.available(Language::uk) || !dictionaries.available(Language::ru)) return false;
    return dictionaries.lemmas(t.key, Language::unknown).empty();  // (the key keeps Cyrillic letters)
}

// The Ukrainian places a Cyrillic name reaches through its Russian
// transliteration: GeoNames keeps many Russian names of Ukrainian villages in
// Latin letters only ("Belaya Gora" for Біла Гора, "Ivanopol'ye" for
// Іванопілля). Returns whether a place outside Ukraine bears the name too.
bool Recognizer::add_latin_alternates(std::string_view cyrillic, std::vector<format::Posting>& to) const {
    bool elsewhere = false;
    for (const std::string& latin : transliterations(cyrillic, CyrillicLanguage::russian)) {
        auto probe = gazetteer_.probe(fold(latin));
        if (!probe.exact) continue;
        for (const auto& p : probe.postings) {
            if (gazetteer_.place(p.place).country() != "UA") {
                elsewhere = true;
                continue;
            }
            // (Villages: a raion's Latin name is its own, "Pokrovs'kyy Rayon".)
            if (gazetteer_.place(p.place).kind() != PlaceKind::settlement) continue;
            const format::Posting q = transliterated_posting(p.place);
            add_postings(to, {&q, 1});
        }
    }
    return elsewhere;
}

// A name that is a place whatever follows it: a country, a region, a big
// city or a named facility. Only such a neighbour keeps the capitalised-word
// rules from refusing a match ("Moscow Kremlin", "Russia Ukraine talks").
bool Recognizer::strong_place(const std::vector<Token>& tokens, std::size_t i) const {
    Candidate c;
    if (!tokens[i].capitalised || !longest_match(tokens, i, c)) return false;
    for (const auto& p : c.postings) {
        auto origin = static_cast<NameOrigin>(p.origin);
        if (origin == NameOrigin::transliterated || origin == NameOrigin::admin_core || origin == NameOrigin::direction)
            continue;
        PlaceView v = gazetteer_.place(p.place);
        if (v.kind() == PlaceKind::country || v.kind() == PlaceKind::admin1 || v.kind() == PlaceKind::facility ||
            v.population() >= 50000)
            return true;
    }
    return false;
}

// "Austin, Texas", "Sofia, Bulgaria": a comma and the region or country one
// of the name's places lies in qualify it as that place, whatever else the
// name may be (a first name).
bool Recognizer::qualified_by_region(const std::vector<Token>& tokens, const Candidate& c) const {
    if (c.last >= tokens.size() || tokens[c.last].before != Separator::comma || !tokens[c.last].capitalised) return false;
    Candidate region;
    if (const RegionAbbreviation* a = lexicon_.region_abbreviation(tokens[c.last].key))  // "Austin, TX"
        region.postings = abbreviated_region(*a);
    if (region.postings.empty() && !longest_match(tokens, c.last, region)) return false;
    for (const auto& r : region.postings) {
        PlaceView rv = gazetteer_.place(r.place);
        if (rv.kind() != PlaceKind::admin1 && rv.kind() != PlaceKind::country) continue;
        for (const auto& p : c.postings) {
            PlaceView pv = gazetteer_.place(p.place);
            if (rv.kind() == PlaceKind::admin1 ? pv.admin1_place() == r.place : pv.country() == rv.country()) return true;
        }
    }
    return false;
}

// "Borno State", "Rakhine State", "Kerala State": a capitalised "State" after
// the name of a state outside the US, with no capitalised word after it,
// names that state. ("Kansas State", "Ohio State" are universities; "Lagos
// State Government" an office.)
bool Recognizer::state_word_after(const std::vector<Token>& tokens, const Candidate& c) const {
    if (c.last >= tokens.size() || tokens[c.last].key != "state" || !tokens[c.last].capitalised || tokens[c.last].upper ||
        tokens[c.last].before != Separator::space)
        return false;
    if (c.last + 1 < tokens.size() && tokens[c.last + 1].capitalised && tokens[c.last + 1].before == Separator::space) return false;
    return std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
        const PlaceView v = gazetteer_.place(p.place);
        return v.kind() == PlaceKind::admin1 && v.country() != "US";
    });
}

bool Recognizer::longest_match(const std::vector<Token>& tokens, std::size_t i, Candidate& best, bool cross) const {
    // Most capitalised words have one spelling and begin no longer name: one
    // probe answers for them, without the search's buffers.
    const Token& t = tokens[i];
    if (!t.possessive && !t.cyrillic) {
        auto probe = gazetteer_.probe(t.key);
        const bool extends = probe.prefix && i + 1 < tokens.size() &&
                             (joins(tokens[i + 1].before) || dotted_name_word(t, tokens[i + 1]));
        if (!extends) {
            if (probe.exact) best = {i, i + 1, t.key, {probe.postings.begin(), probe.postings.end()}, false};
            return probe.exact;
        }
    }
    // Depth-first over the forms of each following token; names are short,
    // and a prefix flag in the index stops the search as soon as no longer
    // name can start this way.
    struct Frame {
        std::size_t next;
        std::string key;
        bool inflected;
        bool kept;  // the last token kept its possessive "s"
        Spelling spelling;
    };
    struct Hit {
        std::size_t next;
        std::string key;
        std::span<const format::Posting> postings;
        bool inflected, kept;
        Spelling spelling;
    };
    auto admitted = [&](const format::Posting& p, Spelling sp) {
        return sp == Spelling::as_written || spelling_admits(sp, gazetteer_.place(p.place).country());
    };
    std::vector<Form> forms;
    std::vector<Frame> stack;
    std::vector<Hit> hits;
    token_forms(tokens[i], forms, NamePosition::first, cross);
    for (auto& f : forms) stack.push_back({i + 1, f.key, f.inflected, f.kept, f.spelling});
    while (!stack.empty()) {
        Frame fr = std::move(stack.back());
        stack.pop_back();
        auto probe = gazetteer_.probe(fr.key);
        if (probe.exact && std::any_of(probe.postings.begin(), probe.postings.end(),
                                       [&](const format::Posting& p) { return admitted(p, fr.spelling); }))
            hits.push_back({fr.next, fr.key, probe.postings, fr.inflected, fr.kept, fr.spelling});
        if (!probe.prefix || fr.next >= tokens.size() || fr.next - i >= max_name_tokens) continue;
        const Token& n = tokens[fr.next];
        // ("Cox's Bazar" goes on only with its possessive kept.)
        if (!(joins(n.before) || dotted_name_word(tokens[fr.next - 1], n)) || (tokens[fr.next - 1].possessive && !fr.kept))
            continue;
        token_forms(n, forms, NamePosition::continuation, cross);
        for (auto& f : forms) {
            Spelling sp = f.spelling == Spelling::as_written ? fr.spelling : f.spelling;
            if (fr.spelling != Spelling::as_written && f.spelling != Spelling::as_written && fr.spelling != f.spelling)
                continue;
            stack.push_back({fr.next + 1, fr.key + " " + f.key, fr.inflected || f.inflected, f.kept, sp});
        }
    }
    if (hits.empty()) return false;
    // The longest span; at that span, "Canada's" is Canada, not Cañadas: a
    // kept possessive only where nothing matches without it; the written
    // form names the span, and every spelling's places are candidates.
    std::size_t longest = 0;
    for (const Hit& h : hits) longest = std::max(longest, h.next);
    // "the small Donbas city of Pokrovsk": a settlement noun before "of" and a
    // name opens the phrase of the town after it; it ends no name before it
    // ("Donbas city" is an alternate name of Donetsk).
    {
        const Token& last = tokens[longest - 1];
        const bool noun_of = longest > i + 1 && !last.capitalised &&
                             (last.key == "city" || last.key == "town" || last.key == "village") && longest + 1 < tokens.size() &&
                             tokens[longest].key == "of" && tokens[longest + 1].capitalised;
        if (noun_of) {
            std::erase_if(hits, [&](const Hit& h) { return h.next == longest; });
            if (hits.empty()) return false;
            longest = 0;
            for (const Hit& h : hits) longest = std::max(longest, h.next);
        }
    }
    bool plain = std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.next == longest && !h.kept; });
    const Hit* primary = nullptr;
    for (const Hit& h : hits) {
        if (h.next != longest || (plain && h.kept)) continue;
        if (!primary || (primary->inflected && !h.inflected)) primary = &h;
    }
    best = {i, longest, primary->key, {}, primary->inflected};
    auto add_hit = [&](const Hit& h) {
        for (const auto& p : h.postings)
            if (admitted(p, h.spelling)) add_postings(best.postings, {&p, 1});
    };
    add_hit(*primary);
    // A written form that names a country, a region or a town is that
    // place ("Львівська" the oblast, not the village Lvivske).
    bool written_significant = !primary->inflected &&
        std::any_of(primary->postings.begin(), primary->postings.end(), [&](const format::Posting& p) {
            PlaceView v = gazetteer_.place(p.place);
            return v.kind() == PlaceKind::country || v.kind() == PlaceKind::admin1 || v.population() >= 10000;
        });
    if (written_significant) return true;
    for (const Hit& h : hits)
        if (&h != primary && h.next == longest && !(plain && h.kept)) add_hit(h);
    return true;
}

// "explosions in kharkiv and sumy", "Харків та суми": a place of note
// written in lower case (chats, feeds, tags) where a preposition asks for a
// place or a list of places goes on. Only big cities, regions and countries,
// and only words that are no dictionary word: "in turkey" stays a bird. (A
// Cyrillic one only in a list: without a dictionary here, "у шахті" would be
// Shakhty and "на рівному місці" Rivne.)
bool Recognizer::lower_case_place(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, bool in_list,
                                  Candidate& c) const {
    const Token& t = tokens[i];
    if (t.capitalised || t.upper || t.key.size() < 4) return false;
    // (The cheap questions first: most lower-case words are asked nothing more.)
    // (A verb of striking asks for its target as a preposition does: "drones hit kharkiv".)
    static constexpr std::string_view english[] = {"in", "near", "at", "from", "to", "over", "around", "outside", "across",
                                                   "on", "into", "toward", "towards", "hit", "struck", "shelled", "attacked",
                                                   "bombed", "targeted", "pounded"};
    const bool asked = in_list || (!t.cyrillic && i > 0 && tokens[i].before == Separator::space &&
                                   std::find(std::begin(english), std::end(english), tokens[i - 1].key) != std::end(english));
    // (An English word, common or a proper noun of the word list, stays a word.)
    const WordFacts& f = facts[i];
    if (!asked || f.common_word || f.person_name) return false;
    Candidate found;
    if (!longest_match(tokens, i, found) || found.last != i + 1) return false;
    // (A proper noun of the word list is a place in lower case only as a
    // country or a region: "attacked ukraine", not "keith".)
    if (!t.cyrillic && f.proper_noun)
        std::erase_if(found.postings, [&](const format::Posting& p) {
            const PlaceKind k = gazetteer_.place(p.place).kind();
            return k != PlaceKind::country && k != PlaceKind::admin1;
        });
    std::erase_if(found.postings, [&](const format::Posting& p) {
        auto origin = static_cast<NameOrigin>(p.origin);
        if (origin == NameOrigin::transliterated || origin == NameOrigin::admin_core || origin == NameOrigin::direction) return true;
        PlaceView v = gazetteer_.place(p.place);
        // ("Суми, усі служби на місці": a Cyrillic list in lower case goes on
        // with the war's own places, not Wuxi, whose Ukrainian name is "Усі".)
        if (t.cyrillic && v.kind() != PlaceKind::country && !writes_cyrillic(v.country())) return true;
        return !(v.kind() == PlaceKind::country || v.kind() == PlaceKind::admin1 ||
                 (v.kind() == PlaceKind::settlement && v.population() >= 100000));
    });
    if (found.postings.empty()) return false;
    c = std::move(found);
    return true;
}

// A capitalised Cyrillic word: a -щина region, a name in any case (also in
// the other language's spelling where nothing else matches), or an adjective
// of a place where what follows asks for one.
bool Recognizer::cyrillic_match(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, Candidate& c) const {
    const Token& t = tokens[i];
    // A preposition opening a sentence opens no name: "Біля Мартинівки" is
    // "near Martynivka", however a respelling reads "Біля" (Бол., Большая).
    if (locative_preposition(t.key)) return false;
    if (cyrillic_region_word(t.key) && region_word_match(t, c)) {
        c.first = i;
        c.last = i + 1;
        return true;
    }
    bool found = longest_match(tokens, i, c);
    // "поблизу Сум", "из Сум": the genitive of a plural town name is a short
    // word no ending rule reads; after a preposition it is the town of note
    // whose name it is the stem of (Суми, Сумы).
    // (Or capitalised inside a sentence after a noun it complements: "обстрілу Сум";
    // or after a comma that follows another name: "біля Чернігова, Харкова, Сум".)
    const bool after_listed_name = t.capitalised && !t.sentence_start && i > 0 && tokens[i].before == Separator::comma &&
                                   tokens[i - 1].cyrillic && tokens[i - 1].capitalised;
    if (!found && t.key.size() == 6 && i > 0 &&  // three Cyrillic letters
        ((tokens[i].before == Separator::space &&
          (locative_preposition(tokens[i - 1].key) ||
           (t.capitalised && !t.sentence_start && tokens[i - 1].cyrillic && !tokens[i - 1].capitalised))) ||
         after_listed_name)) {
        for (std::string_view plural : {"и", "ы"}) {
            auto probe = gazetteer_.probe(t.key + std::string(plural));
            if (!probe.exact) continue;
            for (const auto& p : probe.postings)
                if (gazetteer_.place(p.place).population() >= 100000) c.postings.push_back(p);
        }
        if (!c.postings.empty()) {
            c.first = i;
            c.last = i + 1;
            c.key = t.key;
            c.inflected = true;
            return true;
        }
    }
    // "Табаевки" (Табаївка), "Степовой Новосёловки" (Степова Новоселівка),
    // "Кіріші" (Кириши): the other language's spelling, where nothing or only
    // the first word of a longer phrase matched.
    const bool name_follows = i + 1 < tokens.size() && tokens[i + 1].capitalised && tokens[i + 1].cyrillic &&
                              tokens[i + 1].before == Separator::space;
    if (!found || c.last == i + 1) {
        Candidate x;
        if (longest_match(tokens, i, x, true)) {
            if (!found || (name_follows && x.last > c.last)) {
                c = std::move(x);
                c.inflected = true;
                c.cross = true;
                found = true;
            }
        }
    }
    // "у Белой Горы": a two-word name found as written (Белая Гора, Sakha)
    // names a Ukrainian village by its Russian name too (Біла Гора, Donetsk
    // Oblast): both count, and the document's other places decide.
    if (found && c.last > i + 1 && !c.region_word) add_latin_alternates(c.key, c.postings);
    // "Синьковки": Синьків's genitive as written, and Синьківка in Russian
    // spelling: the Ukrainian villages count too, and the resolver's context
    // decides. Only five consonants and more: shorter skeletons are chance.
    if (found && c.last == i + 1 && !c.region_word) {
        std::vector<std::string> written = cyrillic_base_forms(t.key);
        written.insert(written.begin(), t.key);
        // (Where a preposition asks for a place: "у Каменского", "под Победой".)
        const bool asked = i > 0 && tokens[i].before == Separator::space &&
                           (locative_preposition(tokens[i - 1].key) || placing_word(tokens[i - 1].key));
        for (const std::string& w : written) {
            // ("у Каменского": a village GeoNames names "Kamenskoye" in Latin
            // letters only, beside the Кам'янське that carry the Russian name.
            // The name is spelt out whole, so a short one counts where a place
            // is asked for; a word that opens a sentence is no such name.)
            const bool long_name = skeleton_consonants(cyrillic_variant_skeleton(w)) >= 5;
            if (asked || (long_name && !t.sentence_start)) add_latin_alternates(w, c.postings);
            if (!long_name) continue;
            for (std::uint32_t p : cyrillic_variant_places(w, true, true)) {
                // (And a Russian town in Ukrainian spelling: "з напрямку Брянська",
                // beside the oblast's adjective that matched as written.)
                const PlaceView v = gazetteer_.place(p);
                if (v.country() != "UA" && !(v.country() == "RU" && v.population() >= 10000)) continue;
                const format::Posting q = transliterated_posting(p);
                add_postings(c.postings, {&q, 1});
            }
        }
    }
    // "з напрямку Брянська", "біля Курська": after a word that governs the
    // genitive, with no region noun after it, "-ська" is as likely a town's
    // genitive as the oblast's adjective; the towns count too.
    if (found && c.last == i + 1) {
        // (Or a list's joint after them: "з напрямку Орла та Брянська".)
        static constexpr std::string_view governing[] = {"з", "із", "зі", "біля", "поблизу", "від", "до", "напрямку",
                                                         "напрямків", "району", "районів", "околиць", "та", "і", "й"};
        const bool town_genitive =
            i > 0 && std::find(std::begin(governing), std::end(governing), tokens[i - 1].key) != std::end(governing) &&
            (t.key.ends_with("ська") || t.key.ends_with("цька") || t.key.ends_with("зька")) &&
            !(i + 1 < tokens.size() && (tokens[i + 1].key.starts_with("облас") || tokens[i + 1].key == "обл" ||
                                        tokens[i + 1].key.starts_with("регіон")));
        if (town_genitive) {
            // (The noun's genitive "-а" off: "брянськ", in Russian spelling "брянск".)
            const std::string stem = t.key.substr(0, t.key.size() - std::string_view("а").size());
            std::vector<std::string> keys{stem};
            if (std::string r = cyrillic_russian_spelling(stem); !r.empty()) keys.push_back(std::move(r));
            // (Ukrainian "-ськ" is Russian "-ск": "Брянськ", Брянск.)
            const std::string_view soft = "ьк";
            if (stem.ends_with(soft)) keys.push_back(stem.substr(0, stem.size() - soft.size()) + "к");
            probe_all(gazetteer_, keys, [&](const format::Posting& p) {
                const PlaceView v = gazetteer_.place(p.place);
                if (v.kind() == PlaceKind::settlement && v.population() >= 10000) add_postings(c.postings, {&p, 1});
            });
        }
    }
    // "Великая Новосёлка": a one-word match ("Великая") opens a two-word
    // name in the other language's spelling.
    if (found && c.last == i + 1 && name_follows && !c.region_word) {
        std::vector<std::uint32_t> pair = cyrillic_variant_places(t.key + ' ' + tokens[i + 1].key, false);
        if (!pair.empty()) {
            c = {i, i + 2, t.key + ' ' + tokens[i + 1].key, {}, true};
            c.cross = true;
            for (std::uint32_t p : pair) c.postings.push_back(transliterated_posting(p));
            return true;
        }
    }
    if ((!found || c.last == i + 1) && cyrillic_place_adjective(t.key)) adjective_match(tokens, facts, i, c);
    // Last, where nothing else read it: "по Иванополью", through the Russian
    // transliteration of its dictionary forms. (Only where a place is asked
    // for: a surname reads the same way, "Гладков" -> "Gladkov"; and never
    // where a town elsewhere bears the name: "Брянськом" is the other
    // readers' to find.)
    const bool place_asked = i > 0 && tokens[i].before == Separator::space &&
                             (locative_preposition(tokens[i - 1].key) || placing_word(tokens[i - 1].key) ||
                              conjunction(tokens[i - 1].key));
    if (c.postings.empty() && t.capitalised && !t.sentence_start && place_asked) {
        bool elsewhere = add_latin_alternates(t.key, c.postings);
        for (const std::string& f : cyrillic_base_forms(t.key)) elsewhere = add_latin_alternates(f, c.postings) || elsewhere;
        if (elsewhere) c.postings.clear();
        if (!c.postings.empty()) {
            c.first = i;
            c.last = i + 1;
            c.key = t.key;
            c.inflected = true;
            c.cross = true;
        }
    }
    return !c.postings.empty() && c.last > c.first;
}

// "на Курщині", "Нікопольщину", "Бєлгородщини": a region named after its
// town. The oblast where the town is its capital; else the district around
// the town, which the town stands for. A name the gazetteer gives the region
// itself ("Харківщина" for Kharkiv Oblast) counts first, and no village of
// the same name does.
bool Recognizer::region_word_match(const Token& t, Candidate& c) const {
    std::vector<Form> forms;
    token_forms(t, forms);
    std::vector<format::Posting> found;
    for (const Form& f : forms) {
        auto probe = gazetteer_.probe(f.key);
        if (!probe.exact) continue;
        for (const auto& p : probe.postings) {
            PlaceKind k = gazetteer_.place(p.place).kind();
            if (k == PlaceKind::admin1 || k == PlaceKind::admin2 || k == PlaceKind::region) add_postings(found, {&p, 1});
        }
    }
    if (found.empty()) {
        // Бєлгородщина: a Russian town in Ukrainian letters.
        std::vector<std::string> keys = cyrillic_region_bases(t.key), russian;
        for (const std::string& k : keys) {
            if (std::string r = cyrillic_russian_spelling(k); !r.empty()) russian.push_back(std::move(r));
            // (Білгородщина: the spoken Ukrainian "і" where Russian writes "е", Белгород.)
            const std::string i = "і";
            if (const std::size_t at = k.find(i); at != std::string::npos) {
                std::string e = std::string(k).replace(at, i.size(), "е");
                std::string r = cyrillic_russian_spelling(e);
                russian.push_back(r.empty() ? std::move(e) : std::move(r));
            }
        }
        keys.insert(keys.end(), russian.begin(), russian.end());
        std::vector<format::Posting> towns;
        probe_all(gazetteer_, keys, [&](const format::Posting& p) {
            PlaceView v = gazetteer_.place(p.place);
            // The oblast's own adjective ("курська", its short name).
            if (v.kind() == PlaceKind::admin1) {
                format::Posting r{p.place, static_cast<std::uint8_t>(NameOrigin::alias), 0, 0};
                add_postings(found, {&r, 1});
                return;
            }
            if (v.kind() != PlaceKind::settlement) return;
            std::string_view fc = v.feature_code();
            if (fc == "PPLA" || fc == "PPLC") {
                if (auto a = v.admin1_place()) {
                    format::Posting r{*a, static_cast<std::uint8_t>(NameOrigin::alias), 0, 0};
                    add_postings(found, {&r, 1});
                }
            } else if (fc.starts_with("PPLA") || v.population() >= 10000) {
                add_postings(towns, {&p, 1});
            }
        });
        if (found.empty()) found = std::move(towns);
    }
    if (found.empty()) return false;
    c.key = t.key;
    c.postings = std::move(found);
    c.inflected = true;
    c.region_word = true;
    c.adjectival.clear();
    return true;
}

// "на Куп'янському напрямку" (the Kupiansk direction), "Межівській громаді"
// (the community of Mezhova), "Трубчевского района", "Новошахтинський НПЗ":
// an adjective of a place names the place where a direction, a community, a
// district or a facility follows it, directly or after a list of such
// adjectives. Adds the towns it may be formed from to `c` (which may be
// empty, or the adjective's own matches).
void Recognizer::adjective_match(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, Candidate& c) const {
    Designator d = designator_after(lexicon_, tokens, i + 1);
    if (d == Designator::none && tokens[i].cyrillic) d = designator_before(lexicon_, tokens, i);
    // (A plant's kind may stand between: "the Kamensky chemical plant",
    // "Novoshakhtinsky oil refinery".)
    bool facility = false;
    for (std::size_t q = i + 1; q < tokens.size() && q <= i + 3 && !facility; ++q) {
        if (tokens[q].before != Separator::space || (q > i + 1 && tokens[q].capitalised)) break;
        facility = facts[q].facility_noun;
    }
    if (d != Designator::direction && d != Designator::community && d != Designator::admin2 && !facility) return;
    // A district the gazetteer knows by its adjective is that district.
    if (d == Designator::admin2 && std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
            return gazetteer_.place(p.place).kind() == PlaceKind::admin2;
        }))
        return;
    if (c.postings.empty()) {
        c.first = i;
        c.last = i + 1;
        c.key = tokens[i].key;
    }
    // Such adjectives are formed in the languages of the places they name:
    // "Лиманському" is Lyman's, not Lima's.
    // ("the Kupianskyi direction", "Myrivska hromada": English keeps the
    // transliterated adjective.)
    const std::vector<std::string> bases =
        tokens[i].cyrillic ? cyrillic_adjective_bases(tokens[i].key) : latin_adjective_bases(tokens[i].key);
    probe_all(gazetteer_, bases, [&](const format::Posting& p) {
        PlaceView v = gazetteer_.place(p.place);
        if (v.kind() != PlaceKind::settlement || !cyrillic_country(v.country())) return;
        // (A former name stays one: no front is named after it.)
        const auto origin = static_cast<NameOrigin>(p.origin);
        const bool former = origin == NameOrigin::former || origin == NameOrigin::historic;
        format::Posting r{p.place, static_cast<std::uint8_t>(former ? origin : NameOrigin::direction), p.flags, 0};
        if (std::none_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& q) { return q.place == p.place; }))
            c.postings.push_back(r);
        else
            for (auto& q : c.postings)
                if (q.place == p.place) q.origin = r.origin;
        c.adjectival.push_back(p.place);
    });
    std::sort(c.adjectival.begin(), c.adjectival.end());
    c.adjectival.erase(std::unique(c.adjectival.begin(), c.adjectival.end()), c.adjectival.end());
    if (!c.adjectival.empty()) c.inflected = true;
}

// "Українські", "Російської": an adjective formed from a country's name is a
// nationality adjective, whatever village shares its spelling.
bool Recognizer::country_adjective(const Token& t) const {
    bool country = false;
    probe_all(gazetteer_, cyrillic_adjective_bases(t.key), [&](const format::Posting& p) {
        country = country || gazetteer_.place(p.place).kind() == PlaceKind::country;
    });
    return country;
}

// "the eastern region of Dontesk": where the words around a capitalised
// word ask for a place and no name matches, a name one edit away (a
// transposition, deletion, insertion or substitution) is taken if it names a
// region or a town of some size. Only single words, only in such contexts.
bool Recognizer::near_miss(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, Candidate& out) const {
    const Token& t = tokens[i];
    if (t.cyrillic || t.key.size() < 5 || t.upper) return false;
    // The second word of a longer name ("Al Haouz province") is no slip of a
    // one-word one.
    if (i > 0 && !tokens[i - 1].sentence_start && tokens[i - 1].capitalised && tokens[i].before == Separator::space)
        return false;
    // The context first: it rules out most words with at most one lookup.
    bool after_of = i >= 2 && tokens[i - 1].key == "of" &&
                    (facts.designator(i - 2) == Designator::admin1 || tokens[i - 2].key == "city" ||
                     tokens[i - 2].key == "town" || tokens[i - 2].key == "village");
    bool before_designator = i + 1 < tokens.size() && tokens[i + 1].before == Separator::space &&
                             facts.designator(i + 1) != Designator::none;
    // "missiles hit Kramatorks", "near Pokrovks": after a placing word only
    // two letters swapped, the commonest slip of fast typing, count.
    // ("Kramatorks, Donetsk region", "Enerdohar, Zaporizhzhia oblast": a
    // region after a comma qualifies a place, so it asks for one too.)
    const bool qualified = i + 2 < tokens.size() && tokens[i + 1].before == Separator::comma && tokens[i + 1].capitalised &&
                           tokens[i + 2].before == Separator::space && facts.designator(i + 2) == Designator::admin1;
    const bool placed = (i > 0 && !t.sentence_start && placing_word(tokens[i - 1].key)) || qualified;
    if (!after_of && !before_designator && !placed) return false;
    if (RecognitionLexicon::demonym(t.key, facts[i]) || facts[i].common_word || facts[i].person_name) return false;
    // Each variant, and whether it replaces a letter by another.
    std::vector<std::pair<std::string, bool>> variants;
    const std::string& w = t.key;
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {  // transpositions
        std::string v = w;
        std::swap(v[k], v[k + 1]);
        if (v != w) variants.emplace_back(v, false);
    }
    // One slip of typing: a letter too many (deleted from `w`, the last one
    // only if `last_too`), one of `letters` too few (inserted from position
    // `from` on), or, with `substitute`, one of them for another.
    auto slips = [&](bool last_too, std::size_t from, std::string_view letters, bool substitute) {
        for (std::size_t k = 0; k + (last_too ? 0 : 1) < w.size(); ++k) variants.emplace_back(w.substr(0, k) + w.substr(k + 1), false);
        for (std::size_t k = from; k <= w.size(); ++k)
            for (char c : letters) {
                variants.emplace_back(w.substr(0, k) + c + w.substr(k), false);
                if (substitute && k < w.size() && c != w[k]) variants.emplace_back(w.substr(0, k) + c + w.substr(k + 1), true);
            }
    };
    // A long name after a placing word may carry one letter too many or too
    // few: "in Myrhnohrad", "near Kramatosk"; only towns of note are asked.
    // (Not the last letter: "Venezuelan" is an adjective of Venezuela. A letter
    // dropped in typing a transliterated name is mostly a vowel, an "h" or an
    // "r": the 26 letters would cost 26 lookups a place for every unknown word
    // after a preposition.)
    if (placed && w.size() >= 8 && !after_of && !before_designator) slips(false, 1, "aeiouyhrsnk", false);
    if (after_of || before_designator) slips(true, 0, "abcdefghijklmnopqrstuvwxyz", true);
    // "the border village of Hraboske" (Hrabovske): after a settlement noun a
    // village of the war's countries may be misspelt too; every village one
    // slip away is kept, few as they must be, for the context to choose among.
    const bool village_asked = after_of && tokens[i - 2].key != "city" && facts.designator(i - 2) != Designator::admin1;
    Candidate villages;
    villages.first = i;
    villages.last = i + 1;
    // A letter for another is a slip only in names of the countries that
    // write Cyrillic, spelt so many ways in Latin letters that a slip is
    // likelier than another name: "Tucheng district" is no misspelt Ducheng.
    // (A letter too many or too few is a slip anywhere: "Jalore" for Jalor.)
    std::vector<format::Posting> local;
    for (const auto& [v, substituted] : variants) {
        auto probe = gazetteer_.probe(v);
        if (!probe.exact) continue;
        local.clear();
        for (const format::Posting& p : probe.postings)
            if (!substituted || cyrillic_country(gazetteer_.place(p.place).country())) local.push_back(p);
        bool significant = std::any_of(local.begin(), local.end(), [&](const format::Posting& p) {
            PlaceView pv = gazetteer_.place(p.place);
            return pv.kind() == PlaceKind::admin1 || pv.kind() == PlaceKind::country || pv.population() >= 10000;
        });
        if (significant) {
            out = {i, i + 1, v, local, false};
            return true;
        }
        const bool war_villages = village_asked && std::all_of(probe.postings.begin(), probe.postings.end(), [&](const format::Posting& p) {
            PlaceView pv = gazetteer_.place(p.place);
            return pv.kind() == PlaceKind::settlement && (pv.country() == "UA" || pv.country() == "RU");
        });
        if (!war_villages) continue;
        if (villages.key.empty()) villages.key = v;
        for (const format::Posting& p : probe.postings)
            if (std::none_of(villages.postings.begin(), villages.postings.end(),
                             [&](const format::Posting& q) { return q.place == p.place; }))
                villages.postings.push_back(p);
    }
    if (villages.postings.empty() || villages.postings.size() > 4) return false;
    out = std::move(villages);
    return true;
}

const RomanizationIndex& Recognizer::romanization() const {
    std::call_once(romanization_->once, [&] { romanization_->index = RomanizationIndex::build(gazetteer_); });
    return romanization_->index;
}

namespace {

// Words after which a place is expected: prepositions, verbs of taking and
// striking, settlement nouns, a side's hold ("Russian-held Sudja").
bool placing_word(std::string_view key) {
    static constexpr std::string_view placing[] = {"in", "near", "of", "at", "to", "toward", "towards", "from", "around",
                                                   "outside", "into", "captured", "took", "freed", "liberated", "entered",
                                                   "seized", "village", "town", "city", "settlement", "hamlet", "attacked",
                                                   "hit", "struck", "shelled", "on", "under", "by", "beyond",
                                                   "occupied", "held", "controlled", "besieged", "embattled", "frontline",
                                                   // verbs whose object is a place: "raided Tyotkino", "stormed Mariinka"
                                                   "raided", "stormed", "retook", "recaptured", "bombed", "targeted",
                                                   "encircled", "surrounded", "overran", "abandoned", "evacuated",
                                                   "defended", "assaulted", "shelling", "attacking", "storming", "defending"};
    return std::find(std::begin(placing), std::end(placing), key) != std::end(placing);
}

// A form of "be": before a participle it makes a passive ("Ukraine was hit").
bool be_form(std::string_view key) {
    static constexpr std::string_view forms[] = {"was", "were", "is", "are", "been", "being", "be"};
    return std::find(std::begin(forms), std::end(forms), key) != std::end(forms);
}

// A gerund at `q`, past adverbs: after "be" it makes the progressive, an
// active verb ("Russia is moving reserves", "Moscow is trying").
template <class Facts>  // the recognizer's word facts
bool gerund_after(const std::vector<Token>& tokens, Facts& facts, std::size_t q) {
    while (q < tokens.size() && tokens[q].before == Separator::space && facts[q].adverb) ++q;
    return q < tokens.size() && tokens[q].before == Separator::space && tokens[q].key.size() >= 5 && tokens[q].key.ends_with("ing");
}

// The endings of Slavic surnames in Latin letters ("Smirnov", "Shoigu" not).
bool slavic_surname_form(std::string_view key) {
    for (std::string_view end : {"ov", "ev", "ova", "eva", "in", "ina", "sky", "skiy", "skyi", "enko", "chuk", "yuk"})
        if (key.size() > end.size() + 2 && key.ends_with(end)) return true;
    return false;
}

}  // namespace

// "troops freed Pleshchyivka and Nelepivka", "near Verkhnya Krynitsa": an
// unknown capitalised word where a place is expected, spelt as another
// transliteration of a Ukrainian, Russian or Belarusian place's name.
// "Austin, TX", "Paris, Tenn.", "Charleston, S.C.": after a place and a
// comma, a region's abbreviation (region_abbreviations.tsv) written with its
// stop, or as a capital code, names that region.
bool Recognizer::region_abbreviation(std::string_view text, const std::vector<Token>& tokens, std::size_t i, bool after_place,
                                     Candidate& out) const {
    const Token& t = tokens[i];
    if (!t.capitalised || t.cyrillic) return false;
    // ("in B.C.", "across B.C.": a dotted abbreviation of two initials
    // after a preposition of place is its province or state by itself;
    // after a number it is an era, "300 B.C.".)
    const std::string_view written = text.substr(t.begin, t.end - t.begin);
    const bool initials = t.key.size() == 2 && t.upper && written.size() >= 3 && written[1] == '.';
    static constexpr std::string_view places_after[] = {"in", "across", "throughout", "from", "to", "into", "around", "near",
                                                        "outside", "of", "northern", "southern", "eastern", "western", "central"};
    // ("in NSW", "across QLD": a three-letter code is no word either.)
    // (Not a code that is an English word, "ACT", nor on a line in capitals: "ALLIES TO ACT AS ...".)
    const bool capitals_around = (i + 1 < tokens.size() && tokens[i + 1].upper) || (i > 0 && tokens[i - 1].upper);
    const bool three_letters = t.key.size() == 3 && t.upper && (written.size() == 3 || (written.size() == 4 && written.back() == '.')) &&
                               !lexicon_.dictionary_word(t.key) && !capitals_around;
    // ("B.C.'s transportation minister": dotted initials that own something
    // are a place's, wherever they stand.)
    const bool by_itself = ((initials || three_letters) && i > 0 && t.before == Separator::space &&
                            std::find(std::begin(places_after), std::end(places_after), tokens[i - 1].key) != std::end(places_after)) ||
                           (initials && t.possessive);
    const bool stop = (t.end < text.size() && text[t.end] == '.') || (t.end > t.begin && text[t.end - 1] == '.');
    // ("of Elk Falls, Kan.", "Yeehaw Junction, Fla.": after a comma and any
    // capitalised name, one the gazetteer lacks too, the stop marks the state.)
    const bool after_name = t.before == Separator::comma && stop && i > 0 && tokens[i - 1].capitalised && !tokens[i - 1].cyrillic;
    if (!(after_place && t.before == Separator::comma) && !by_itself && !after_name) return false;
    const RegionAbbreviation* a = lexicon_.region_abbreviation(t.key);
    if (!a) return false;
    // (A three-letter code may end its sentence: "Rain fell across NSW.")
    const bool code = t.upper && (t.key.size() == 2 || t.key.size() == 3) && (!stop || three_letters);
    if (!(a->with_stop && stop) && !(a->code && code)) return false;
    out = {i, i + 1, t.key, abbreviated_region(*a), false};
    return !out.postings.empty();
}

// The gazetteer's postings of the region an abbreviation names.
std::vector<format::Posting> Recognizer::abbreviated_region(const RegionAbbreviation& a) const {
    std::vector<format::Posting> out;
    auto probe = gazetteer_.probe(fold(a.region));
    if (!probe.exact) return out;
    for (const auto& p : probe.postings) {
        PlaceView v = gazetteer_.place(p.place);
        if (v.kind() == PlaceKind::admin1 && v.country() == a.country) out.push_back(p);
    }
    return out;
}

void Recognizer::add_region_seat(Candidate& c) const {
    if (c.last != c.first + 1 || c.postings.empty()) return;
    for (const auto& p : c.postings)
        if (static_cast<NameOrigin>(p.origin) != NameOrigin::admin_core) return;
    const std::string skeleton = romanization_skeleton(c.key);
    if (std::count_if(skeleton.begin(), skeleton.end(), [](char ch) { return ch != ' '; }) < 4) return;
    std::vector<format::Posting> seats;
    for (std::uint32_t s : romanization().find(skeleton)) {
        PlaceView seat = gazetteer_.place(s);
        if (seat.feature_code() != "PPLA") continue;
        for (const auto& p : c.postings) {
            PlaceView region = gazetteer_.place(p.place);
            if (region.kind() == PlaceKind::admin1 && region.country() == seat.country() && region.admin1() == seat.admin1())
                seats.push_back(transliterated_posting(s));
        }
    }
    add_postings(c.postings, seats);
}

bool Recognizer::romanized_variant(std::string_view text, const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i,
                                   bool after_place, Candidate& out, bool pairs_only) const {
    const Token& t = tokens[i];
    if (t.cyrillic || t.upper || t.sentence_start || t.key.size() < 5 || i == 0) return false;
    if (!after_place && !placing_word(tokens[i - 1].key)) return false;
    auto unknown_word = [&](std::size_t k) {
        const Token& w = tokens[k];
        return w.capitalised && !w.cyrillic && !w.upper && w.key.size() >= 3 && !facts[k].common_word &&
               !facts[k].person_name && !facts[k].proper_noun && !RecognitionLexicon::demonym(w.key, facts[k]);
    };
    if (!unknown_word(i)) return false;
    // Two words first ("Verkhnya Krynitsa"), then one.
    for (std::size_t len = 2; len >= (pairs_only ? 2 : 1); --len) {
        if (i + len > tokens.size()) continue;
        std::string key = t.key;
        bool ok = true;
        for (std::size_t k = i + 1; k < i + len && ok; ++k) {
            // (The second word may be an English one: "Časiv Jar", "Krasnyi Lyman".)
            ok = tokens[k].before == Separator::space && (unknown_word(k) || (tokens[k].capitalised && !tokens[k].upper));
            key += ' ' + tokens[k].key;
        }
        if (!ok) continue;
        // ("Časiv Jar": the háček letters as the digraphs they stand for.)
        std::string spelt;
        for (std::size_t k = i; k < i + len; ++k) {
            const std::string h = hacek_digraphs(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
            spelt += (k > i ? " " : "") + (h.empty() ? tokens[k].key : fold(h));
        }
        const std::string skeleton = romanization_skeleton(spelt);
        const auto letters = std::count_if(skeleton.begin(), skeleton.end(), [](char c) { return c != ' '; });
        if (letters < 4) continue;
        std::span<const std::uint32_t> places = romanization().find(skeleton);
        if (places.empty() || places.size() > 12) continue;
        // A short skeleton matches by chance; it stands only for one town of note ("Sudja").
        if (letters < 6 && (places.size() > 1 || gazetteer_.place(places.front()).population() < 2000)) continue;
        out = {i, i + len, key, {}, false};
        for (std::uint32_t p : places) out.postings.push_back(transliterated_posting(p));
        return true;
    }
    return false;
}

namespace {

bool alternate_origin(NameOrigin o) {
    return o == NameOrigin::alternate || o == NameOrigin::historic || o == NameOrigin::former;
}

}  // namespace

// "Tezpur, Guwahati and Dhubri", "Chichaoua and Ouarzazate": the item before
// the "and" is a place (by its main name) of the country one of the name's
// places lies in, so the name is that town's, however obscure the spelling.
// ("Israel and Hamas": Hamm is no compatriot of Israel. A comma's list is
// taken by check() as it is.)
bool Recognizer::listed_beside_compatriot(const std::vector<Token>& tokens, const Candidate& c) const {
    if (c.first < 2 || tokens[c.first].before != Separator::space) return false;
    const std::size_t q = c.first - 2;  // the previous item's last word
    if ((tokens[q + 1].key != "and" && tokens[q + 1].key != "or") || !tokens[q].capitalised) return false;
    std::size_t b = q;
    while (b > 0 && q - b < 3 && tokens[b].before == Separator::space && tokens[b - 1].capitalised) --b;
    for (std::size_t s = b; s <= q; ++s) {
        Candidate before;
        if (!longest_match(tokens, s, before) || before.last != q + 1) continue;
        for (const auto& pp : before.postings) {
            const PlaceView there = gazetteer_.place(pp.place);
            // (A country is no compatriot: every place of it would be one, "Germany and Hamas".)
            if (alternate_origin(static_cast<NameOrigin>(pp.origin)) || there.kind() == PlaceKind::country || there.country().empty())
                continue;
            for (const auto& p : c.postings)
                if (gazetteer_.place(p.place).country() == there.country()) return true;
        }
    }
    return false;
}

// A place name is known to stand for its government when a verb of saying
// or deciding follows it ("Russia says", "Kyiv has repeatedly denied"), or,
// for a capital, any finite verb or a noun of power ("Moscow has skirted",
// "Moscow's forces", "Kyiv officials"), or, in Ukrainian and Russian, when
// it is the place where people say or think ("у Москві заявили", "в Москве
// прекрасно знают").
bool Recognizer::metonym(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const {
    bool capital = false, country = false, only_country = true;
    for (const auto& p : c.postings) {
        PlaceView v = gazetteer_.place(p.place);
        auto origin = static_cast<NameOrigin>(p.origin);
        if (origin == NameOrigin::admin_core || origin == NameOrigin::direction) continue;
        country = country || v.kind() == PlaceKind::country;
        only_country = only_country && v.kind() == PlaceKind::country;
        // A capital, or a seat of government (ADMF: the Kremlin, the White House).
        capital = capital || v.feature_code() == "PPLC" || v.feature_code() == "ADMF";
    }
    if (!capital && !country) return false;
    const std::size_t n = tokens.size();
    // After a preposition the place is where something is, not who acts:
    // "companies based in China said to be supplying".
    static constexpr std::string_view prepositions[] = {"in", "into", "from", "to", "at", "on", "near", "across", "inside",
                                                        "over", "of", "with", "by", "for", "against", "toward", "towards"};
    bool after_preposition = c.first > 0 && tokens[c.first].before == Separator::space &&
                             std::find(std::begin(prepositions), std::end(prepositions), tokens[c.first - 1].key) !=
                                 std::end(prepositions);
    const Token& last = tokens[c.last - 1];
    auto word_after = [&](std::size_t k) { return k < n && tokens[k].before == Separator::space; };
    // "Russia's Kursk region", "Ukraine's allies": a country in the possessive
    // owns or acts; the place, if any, is the name after it. A capital is its
    // government too ("Moscow's pressure", "Kyiv's allies"), but for a name
    // or a noun of the city's own ground, people and services ("Kyiv's Podil
    // district", "Moscow's main airports").
    if (last.possessive) {
        if (country) return true;
        if (c.last >= n || tokens[c.last].capitalised) return false;
        for (std::size_t k = c.last; k < n && k < c.last + 3 && tokens[k].before == Separator::space; ++k) {
            if (facts[k].agent) return true;
            if (facts[k].urban) return false;
        }
        return word_after(c.last);
    }
    // "Moscow-installed officials", "the Kremlin-backed governor",
    // "Kyiv-appointed": a government joined to a participle of who it put in
    // office or keeps there ("Kyiv-based" is still where).
    static constexpr std::string_view patronage[] = {"appointed", "installed", "imposed", "backed", "sponsored", "funded",
                                                     "aligned", "allied", "friendly", "loyal", "supported"};
    if (c.last < n && tokens[c.last].before == Separator::hyphen && !tokens[c.last].spaced &&
        std::find(std::begin(patronage), std::end(patronage), tokens[c.last].key) != std::end(patronage))
        return true;
    // "Ukraine war:", "the Russia sanctions": the country names a topic.
    static constexpr std::string_view topics[] = {"war", "conflict", "crisis", "relations", "talks", "sanctions", "aid", "peace"};
    if (country && word_after(c.last) && !tokens[c.last].capitalised &&
        std::find(std::begin(topics), std::end(topics), tokens[c.last].key) != std::end(topics))
        return true;
    if (!after_preposition && country && !capital && acting_country(tokens, facts, c)) return true;
    // (Only a name no other kind of place bears: "Georgia Gov. Brian Kemp" is the state.)
    if (only_country && country && !tokens[c.first].cyrillic && modifying_country(tokens, c, after_preposition)) return true;
    // "Moscow hit civilians", "Kyiv launched drones at": a capital opening a
    // clause with an active verb and its object acts. ("Kyiv targeted in a
    // massive strike", "Kyiv attacked again": a headline's passive.)
    // (Only verbs of a state's deliberate acts: "Kyiv remains without power" is the city.)
    if (!after_preposition && capital && !country && c.last + 1 < n && !tokens[c.first].cyrillic && facts[c.last].act &&
        acting_country(tokens, facts, c)) {
        static constexpr std::string_view no_object[] = {"by", "in", "on", "at", "with", "overnight", "again", "twice", "hard",
                                                          "from", "during", "after", "as", "amid", "for", "near", "early",
                                                          "late", "last", "this", "and", "or", "but", "today", "yesterday"};
        if (word_after(c.last) && word_after(c.last + 1) &&
            std::find(std::begin(no_object), std::end(no_object), tokens[c.last + 1].key) == std::end(no_object))
            return true;
    }
    // "the Russian invasion of Ukraine": the name of the war, its background;
    // "warned Moscow", "urged Kyiv", "called on Russia to": the government addressed.
    if (!tokens[c.first].cyrillic && c.first > 0 && tokens[c.first].before == Separator::space) {
        if (facts[c.first - 1].addressee) return true;
        if (c.first >= 2 && (tokens[c.first - 1].key == "on" || tokens[c.first - 1].key == "upon") &&
            tokens[c.first - 2].key.starts_with("call"))
            return true;
        // "pressure on Minsk", "sanctions against Moscow": the government pressed.
        // (A country pressed is still a country: "sanctions against North Korea".)
        if (capital && !country && c.first >= 2 && tokens[c.first - 1].before == Separator::space &&
            (tokens[c.first - 1].key == "on" || tokens[c.first - 1].key == "upon" || tokens[c.first - 1].key == "against") &&
            facts[c.first - 2].pressure)
            return true;
    }
    // "sabotage by Kyiv", "strikes by Russia", "aggression by Moscow": who did it.
    if (!tokens[c.first].cyrillic && c.first >= 2 && tokens[c.first].before == Separator::space && tokens[c.first - 1].key == "by") {
        static constexpr std::string_view acts[] = {"sabotage", "attack", "attacks", "strike", "strikes", "shelling",
                                                    "aggression", "provocation", "provocations", "invasion", "violations"};
        if (std::find(std::begin(acts), std::end(acts), tokens[c.first - 2].key) != std::end(acts)) return true;
    }
    // "rejected by Ukraine", "announced by Russia": the agent of a passive.
    if (country && !tokens[c.first].cyrillic && c.first >= 2 && tokens[c.first].before == Separator::space) {
        const std::string& before = tokens[c.first - 1].key;
        const std::string& two_before = tokens[c.first - 2].key;
        if (before == "of" && (two_before == "invasion" || two_before == "annexation")) return true;
        if (before == "by" && two_before.size() >= 5 && two_before.ends_with("ed")) return true;
        // "the city has fallen to Russia": the state it fell to.
        if (before == "to" && (two_before == "fallen" || two_before == "fell" || two_before == "falls")) return true;
        // "came under the control of Russia": the state that holds it.
        if (before == "of" && two_before == "control") return true;
    }
    // "повертається під контроль України", "под контролем России": the state
    // that holds the place, not a place of the event.
    if (country && tokens[c.first].cyrillic && c.first >= 1 && tokens[c.first].before == Separator::space &&
        tokens[c.first - 1].key.starts_with("контрол"))
        return true;
    if (!after_preposition) {
        if (capital && word_after(c.last) && facts[c.last].agent) return true;
        std::size_t k = c.last;
        // "Kyiv and Moscow have agreed": past the other member of a pair.
        if (word_after(k) && (tokens[k].key == "and" || tokens[k].key == "та" || tokens[k].key == "і" ||
                              tokens[k].key == "и") &&
            word_after(k + 1) && tokens[k + 1].capitalised) {
            Candidate other;
            k = longest_match(tokens, k + 1, other) ? other.last : k + 2;
        }
        bool aux = false, be = false;
        // (Any lower-case adverb in -ly: "a claim Kyiv promptly denied".)
        for (int skipped = 0; skipped < 3 && word_after(k) && (facts[k].aux || facts[k].adverb || ly_adverb(tokens[k])); ++skipped, ++k) {
            aux = aux || facts[k].aux;
            be = be || be_form(tokens[k].key);
        }
        // "Kyiv was hit", "Kyiv has been shelled": a passive, the capital is
        // the target; "Moscow is trying" (a gerund) still acts.
        if (be && word_after(k) && !gerund_after(tokens, facts, k)) aux = false;
        // "accused of", "claimed by": a passive, the place is not the speaker.
        bool passive = k + 1 < n && (tokens[k + 1].key == "of" || tokens[k + 1].key == "by");
        if (word_after(k) && facts[k].speech && !passive) return true;
        if (capital && aux && k > c.last) return true;
    }
    const Token& first = tokens[c.first];
    if (country && !capital && oblique_country_not_placed(tokens, c)) return true;
    // "у Москві заявили", "в Москве вообще никого не волнует".
    if (first.cyrillic && c.first > 0 && first.before == Separator::space) {
        const std::string& prep = tokens[c.first - 1].key;
        if (prep == "в" || prep == "у" || prep == "во") {
            for (std::size_t j = c.last; j < n && j < c.last + 9 && tokens[j].before == Separator::space; ++j)
                if (facts[j].speech) return true;
            // "як говорили в Москві"
            if (c.first >= 2 && facts[c.first - 2].speech) return true;
        }
    }
    return false;
}

namespace {

// Prepositions after which a Ukrainian or Russian oblique case is a place
// ("по Україні", "в России", "з Росії", "вглубь России").
bool locative_preposition(std::string_view w) {
    static constexpr std::string_view words[] = {
        "в", "у", "во", "на", "по", "з", "із", "зі", "зо", "до", "біля", "під", "через", "над", "за", "між", "серед",
        "від", "вглиб", "вздовж", "поблизу", "навколо", "довкола", "повз", "коло", "из", "изо", "с", "со", "около",
        "возле", "под", "между", "среди", "от", "вглубь", "вдоль", "вблизи", "вокруг", "к", "ко", "по"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// Nouns of area whose genitive complement is a place ("південь України",
// "території России", "міста Півдня України", "небо над"), and of what is
// struck in it ("объектам Украины").
bool area_noun(std::string_view w) {
    static constexpr std::string_view stems[] = {"півд", "схід", "сход", "півн", "захід", "заход", "юг", "восто", "север",
                                                 "запад", "територ", "террит", "земл", "регіон", "регион", "област",
                                                 "міст", "город", "сел", "кордон", "границ", "частин", "част", "неб",
                                                 "глиб", "глуб", "тил", "тыл", "окраїн", "окраин", "район", "узбереж",
                                                 "побереж", "прикордон", "пригранич", "простір", "простор", "столиц",
                                                 "карт", "центр", "кра", "всій", "всей", "всю", "весь", "вся",
                                                 // what is struck there: "удари по об'єктах України"
                                                 "об'єкт", "обєкт", "объект", "інфраструкт", "инфраструкт", "енергетик",
                                                 "энергетик", "підприєм", "предприят"};
    return std::any_of(std::begin(stems), std::end(stems), [&](std::string_view s) { return w.starts_with(s); });
}

// The four quarters' stems, in Ukrainian and Russian.
constexpr std::string_view compass_stems[] = {"півд", "півн", "схід", "східн", "захід", "західн", "юж", "север", "запад", "восто"};

// Endings only an adjective has ("Каспійського моря"; "Брянськом" is a noun's).
bool adjective_ending(std::string_view w) {
    static constexpr std::string_view ends[] = {"ого", "ому", "ої", "ій", "ий", "ый", "ая", "ое", "ой", "ых", "их",
                                                "ими", "ыми", "ім", "им", "ым", "ую", "ою", "ее", "ые", "ие", "і"};
    return std::any_of(std::begin(ends), std::end(ends), [&](std::string_view e) { return w.ends_with(e); });
}

// Words after which a Ukrainian or Russian text names a settlement: a
// preposition of place or direction, a settlement noun, a verb of taking
// ("в районе Работино", "населённый пункт Новоселидовка", "освободили Курахово").
bool cyrillic_placing_word(std::string_view w) {
    static constexpr std::string_view words[] = {"в", "у", "во", "на", "над", "по", "під", "под", "біля", "около", "возле", "поблизу",
                                                 "вблизи", "до", "к", "ко", "від", "от", "з", "із", "из", "пункт", "пункта",
                                                 "пункте", "пунктов", "пункти", "пункты", "пунктів", "напрямку",
                                                 "направлении", "н", "п"};
    static constexpr std::string_view stems[] = {"район", "сел", "посел", "посёл", "деревн", "хутор", "місто", "міста",
                                                 "город", "освобод", "звільн", "взят", "захопи", "захвати", "зайня", "заня",
                                                 "окраин", "околиц", "окраїн", "обстрел", "обстріл", "атаков", "атакув",
                                                 "штурм",
                                                 // verbs a bulletin's village follows: "зачистили Работино",
                                                 // "оставили Угледар", "удерживают Часов Яр"
                                                 "зачист", "удерж", "утрим", "покину", "покида", "залиши", "оставил",
                                                 "оставля", "окруж", "оточ", "блокир", "блоку", "выбил", "вибил",
                                                 // "взяли Работино", "отбили Работино", "освобождено Работино"
                                                 "взял", "взяв", "отбил", "відбил", "відбив", "освобожд", "овладе",
                                                 // a part of the place: "в центре Работино", "в южной части Курахово"
                                                 "центр", "част", "передмі", "пригород", "окрестност", "підступ", "подступ"};
    // "западнее Работино", "північніше Покровська": a bearing from a place.
    const bool bearing = w.ends_with("нее") || w.ends_with("ніше");
    return bearing || std::find(std::begin(words), std::end(words), w) != std::end(words) ||
           std::any_of(std::begin(stems), std::end(stems), [&](std::string_view s) { return w.starts_with(s); });
}

}  // namespace

const CyrillicVariantIndex& Recognizer::cyrillic_variants() const {
    std::call_once(cyrillic_variants_->once, [&] { cyrillic_variants_->index = CyrillicVariantIndex::build(gazetteer_); });
    return cyrillic_variants_->index;
}

void Recognizer::prepare(std::string_view text) const {
    if (!has_cyrillic(text)) return;
    LazyCyrillicVariants* lazy = cyrillic_variants_.get();
    std::call_once(lazy->preload, [&] {
        try {
            lazy->builder = std::thread([lazy, &gazetteer = gazetteer_] {
                std::call_once(lazy->once, [&] { lazy->index = CyrillicVariantIndex::build(gazetteer); });
            });
        } catch (const std::system_error&) {
            // No thread to be had: the first word that needs it builds it.
        }
    });
}

// The settlements `written` (folded) may be in the other language's
// spelling (CyrillicVariantIndex, cross_spelling).
std::vector<std::uint32_t> Recognizer::cyrillic_variant_places(std::string_view written, bool dictionary_form,
                                                               bool respelt) const {
    const std::string skeleton = cyrillic_variant_skeleton(written);
    const std::size_t consonants = skeleton_consonants(skeleton);
    if (consonants < 4) return {};
    std::span<const std::uint32_t> found = cyrillic_variants().find(skeleton);
    if (found.size() > 12) return {};
    std::vector<std::uint32_t> places;
    for (std::uint32_t p : found)
        for (const NameView& name : gazetteer_.place(p).names())
            if (cross_spelling(written, fold(name.text), respelt)) {
                places.push_back(p);
                break;
            }
    // Four consonants match by chance: they stand for one town of note
    // (Брянськ, not the village Брянское), or, as written, for a few
    // villages among which the resolver's context chooses (Работино:
    // Роботине in Zaporizhzhia Oblast or Риботин in Chernihiv Oblast).
    if (consonants < 5 && !places.empty()) {
        std::vector<std::uint32_t> towns;
        for (std::uint32_t p : places)
            if (gazetteer_.place(p).population() >= 10000) towns.push_back(p);
        if (towns.size() == 1) return towns;
        if (places.size() > 3 || dictionary_form) return {};
    }
    return places;
}

namespace {
// The case ending's vowel of a Cyrillic word, hard and soft alike
// ("Бутурлиновку" and "Андрію" -> "у"), its "м" or "х" ("Покровськом"), or
// none after another consonant ("Гусев", "Александр" -> ""): two words that
// agree in case end alike.
std::string_view case_ending(std::string_view w) {
    std::size_t at = w.size();
    while (at > 0 && (static_cast<unsigned char>(w[at - 1]) & 0xC0) == 0x80) --at;
    const std::string_view last = at > 0 ? w.substr(at - 1) : w;
    static constexpr std::pair<std::string_view, std::string_view> soft[] = {
        {"я", "а"}, {"ю", "у"}, {"е", "о"}, {"є", "о"}, {"ё", "о"}, {"і", "и"}, {"ї", "и"}, {"ы", "и"}};
    for (const auto& [from, to] : soft)
        if (last == from) return to;
    // (An oblique case ends in a consonant too: "Покровськом", "Сумах".)
    static constexpr std::string_view vowels[] = {"а", "о", "у", "и", "э", "ю", "м", "х"};
    if (std::find(std::begin(vowels), std::end(vowels), last) == std::end(vowels)) return {};
    return last;
}
}  // namespace

namespace {
// "загинула", "горит": a lower-case word whose dictionary form is an
// infinitive and not itself one, which no noun agrees with.
bool cyrillic_verb_form(const Token& w) {
    if (!w.cyrillic || w.capitalised) return false;
    const Lemmatizer& dictionaries = shared_lemmatizer();
    for (const std::string& l : dictionaries.lemmas(w.key, Language::unknown))
        if (l != w.key && (l.ends_with("ть") || l.ends_with("ти") || l.ends_with("ться") || l.ends_with("тися")))
            return true;
    return false;
}
}  // namespace

// "в районе Работино", "освободили Новоселидовку", "над Брянськом": an
// unknown capitalised Cyrillic word where a place is expected, spelt as the
// other language spells a Ukrainian, Russian or Belarusian settlement.
bool Recognizer::cyrillic_variant(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, bool after_place,
                                  Candidate& out) const {
    const Token& t = tokens[i];
    if (!t.cyrillic || t.upper || i == 0) return false;
    const bool abbreviated = tokens[i - 1].key == "п";  // "н.п. Работино"
    // ("Алешки, Голая Пристань, Казачьи Лагеря и Днепряны": a list goes on past commas.)
    if (t.before != Separator::space && !abbreviated && !(after_place && t.before == Separator::comma)) return false;
    if (!after_place && !cyrillic_placing_word(tokens[i - 1].key)) return false;
    auto unknown_word = [&](std::size_t k) {
        const Token& w = tokens[k];
        return w.capitalised && w.cyrillic && !w.upper && !facts[k].common_word && !facts[k].person_name &&
               !facts[k].proper_noun && !facts[k].org_head && !RecognitionLexicon::demonym(w.key, facts[k]);
    };
    // An adjective names its place through a designator (adjective_match).
    // Where none follows, it may be a town's own adjectival name, declined:
    // any such village where no noun can follow ("у Раменському." for
    // Раменское), only a town of note where one might ("у Раменському уламки
    // влучили"; "на Харківському фронті" is no village Харківське). A hyphen
    // makes a compound ("Прем'єр-міністр", "Південно-Західний").
    if (!unknown_word(i)) return false;
    const bool adjectival = cyrillic_place_adjective(t.key) && adjective_ending(t.key);
    const bool noun_may_follow = i + 1 < tokens.size() && tokens[i + 1].before == Separator::space &&
                                 !cyrillic_verb_form(tokens[i + 1]);
    const bool towns_only = adjectival && noun_may_follow;
    if (i + 1 < tokens.size() && tokens[i + 1].before == Separator::hyphen) return false;
    auto take = [&](std::vector<std::uint32_t> places, std::size_t len) {
        if (towns_only)
            std::erase_if(places, [&](std::uint32_t p) { return gazetteer_.place(p).population() < 10000; });
        if (places.empty()) return false;
        out = {i, i + len, tokens[i].key, {}, true};
        for (std::size_t k = i + 1; k < i + len; ++k) out.key += ' ' + tokens[k].key;
        out.cross = true;
        for (std::uint32_t p : places) out.postings.push_back(transliterated_posting(p));
        return true;
    };
    // Two words first ("Великой Новосёлки"), then one, as written and in its
    // dictionary forms ("Брянськом" -> "брянськ").
    if (!adjectival && i + 1 < tokens.size() && tokens[i + 1].before == Separator::space && unknown_word(i + 1) &&
        take(cyrillic_variant_places(t.key + ' ' + tokens[i + 1].key, false), 2))
        return true;
    // One word before "області", "Республики" qualifies it ("Народной Республики").
    if (i + 1 < tokens.size() && tokens[i + 1].before == Separator::space &&
        lexicon_.designator(tokens[i + 1].key) != Designator::none)
        return false;
    if (take(cyrillic_variant_places(t.key, false), 1)) return true;
    // Every dictionary form, as the resolver chooses among them
    // ("Раменського": the town Раменское or the village Раменский).
    std::vector<std::uint32_t> places;
    for (const std::string& f : cyrillic_base_forms(t.key))
        for (std::uint32_t p : cyrillic_variant_places(f, true))
            if (std::find(places.begin(), places.end(), p) == places.end()) places.push_back(p);
    return take(std::move(places), 1);
}

// "Слава Україні", "загрожувала Росії", "ідея Російської Федерації",
// "дехимизацию Украины": a country in an oblique case with neither a
// preposition of place nor a noun of area before it is a recipient or an
// owner, not where something is. Past a list's conjunction the word before
// the list's first name decides ("в Росії та Білорусі").
bool Recognizer::oblique_country_not_placed(const std::vector<Token>& tokens, const Candidate& c) const {
    const Token& first = tokens[c.first];
    if (!first.cyrillic || !c.inflected) return false;
    if (c.first == 0 || first.before == Separator::other) return true;
    std::size_t p = c.first - 1;
    static constexpr std::string_view conjunctions[] = {"і", "та", "й", "и", "або", "чи", "или"};
    while (p >= 2 && std::find(std::begin(conjunctions), std::end(conjunctions), tokens[p].key) != std::end(conjunctions) &&
           tokens[p - 1].capitalised && tokens[p - 1].cyrillic)
        p -= 2;
    const std::string& w = tokens[p].key;
    // ("Росія атакувала Україну 90 дронами": the object of an attack is where it fell.)
    const bool attacked = w.starts_with("атаку") || w.starts_with("атаков") || w.starts_with("обстріл") ||
                          w.starts_with("обстрел") || w.starts_with("бомб");
    return !locative_preposition(w) && !area_noun(w) && !attacked;
}

// An English country name that qualifies another word instead of naming the
// ground: "US-Russia relations", "the Russia-Ukraine war" (joined by a hyphen
// to another name), "US Tomahawks", "Russia Says Ukraine Drones Targeted"
// (right before a capitalised word of its own phrase, outside a preposition's
// object: a modifier, or a headline's subject before its verb), "a surprise
// for Russia", "a treaty with Russia" (the state something is for or agreed
// with; "left for Russia" is a destination, "the border with Russia" ground).
bool Recognizer::modifying_country(const std::vector<Token>& tokens, const Candidate& c, bool after_preposition) const {
    const std::size_t n = tokens.size();
    // (Joined: the hyphen is the one character between, "Ukraine – Sunday" is a dash.)
    auto joined = [&](std::size_t k) { return tokens[k].before == Separator::hyphen && tokens[k].begin == tokens[k - 1].full_end + 1; };
    if (c.last < n && joined(c.last) && tokens[c.last].capitalised) return true;
    if (c.first > 0 && joined(c.first) && tokens[c.first - 1].capitalised) return true;
    if (!after_preposition && c.last < n && tokens[c.last].before == Separator::space && tokens[c.last].capitalised &&
        !tokens[c.last].cyrillic && tokens[c.last].key.size() > 1) {
        Candidate next;
        if (!longest_match(tokens, c.last, next)) return true;
    }
    if (c.first >= 2 && tokens[c.first].before == Separator::space && tokens[c.first - 1].before == Separator::space) {
        const std::string& prep = tokens[c.first - 1].key;
        const std::string& head = tokens[c.first - 2].key;
        static constexpr std::string_view going[] = {"left", "leave", "leaves", "leaving", "departed", "depart", "headed",
                                                     "heading", "head", "bound", "flights", "flight", "fled", "flee", "set"};
        if (prep == "for" && std::find(std::begin(going), std::end(going), head) == std::end(going)) return true;
        static constexpr std::string_view pacts[] = {"treaty", "agreement", "deal", "talks", "negotiations", "relations", "ties",
                                                     "cooperation", "dialogue", "contacts", "partnership", "alliance", "trade"};
        if (prep == "with" && std::find(std::begin(pacts), std::end(pacts), head) != std::end(pacts)) return true;
    }
    return false;
}

// A country as the subject of its clause, with a verb after it: "Russia
// launched 90 drones", "Russia has also fired", "as Ukraine shelled Donetsk",
// "Росія завдала удару". The country acts; the places are elsewhere. A
// passive ("Ukraine was hit", "Russia has been attacked") keeps it a place.
bool Recognizer::acting_country(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const {
    const std::size_t n = tokens.size();
    const Token& first = tokens[c.first];
    const Token& last = tokens[c.last - 1];
    if (last.possessive || c.inflected) return false;
    // Where a subject stands: a clause's first word, or after a conjunction
    // or a verb of saying ("said Ukraine had ...").
    // ("Today Russia launched", "Сьогодні Росія завдала": a time word opens the clause.)
    static constexpr std::string_view openers[] = {"as", "while", "and", "but", "that", "because", "when", "if", "since",
                                                   "both", "neither", "either",
                                                   "after", "before", "whether", "although", "though", "where",
                                                   "today", "yesterday", "overnight", "tonight", "now", "then", "meanwhile",
                                                   "night", "morning", "evening", "afternoon",
                                                   "і", "та", "але", "а", "що", "коли", "и", "но", "что", "когда",
                                                   "сьогодні", "вчора", "вночі", "зараз", "тепер", "сегодня", "вчера", "ночью",
                                                   "сейчас", "теперь"};
    auto opener = [&](std::size_t k) {
        return std::find(std::begin(openers), std::end(openers), tokens[k].key) != std::end(openers) || facts[k].speech;
    };
    // "The United States intercepts": an article before the name at a clause's start.
    // ("from the UK and the US": a list's "and" joins names, not clauses.)
    const bool article_first = c.first > 0 && tokens[c.first - 1].key == "the" &&
                               (c.first == 1 || tokens[c.first - 1].sentence_start || tokens[c.first - 1].before == Separator::other ||
                                tokens[c.first - 1].before == Separator::comma ||
                                (opener(c.first - 2) && tokens[c.first - 2].key != "and"));
    const bool opens = c.first == 0 || first.sentence_start || first.before == Separator::comma ||
                       first.before == Separator::other || opener(c.first - 1) || article_first;
    std::size_t k = c.last;
    // "the seventh time Russia has targeted Kyiv": a perfect tense is a verb
    // whatever stands before the name (a relative clause without "that").
    if (!opens && !first.cyrillic && k + 1 < n && tokens[k].before == Separator::space &&
        (tokens[k].key == "has" || tokens[k].key == "have" || tokens[k].key == "had") &&
        tokens[k + 1].before == Separator::space && tokens[k + 1].key != "been" && tokens[k + 1].key.size() >= 4 &&
        tokens[k + 1].key.ends_with("ed"))
        return true;
    // "a route Russia uses to import gas", "the war Russia started": a
    // relative clause without "that" after a noun.
    if (!opens && !first.cyrillic && c.first > 0 && first.before == Separator::space && !tokens[c.first - 1].capitalised &&
        k + 1 < n && tokens[k].before == Separator::space && !tokens[k].capitalised && tokens[k + 1].key != "by") {
        const std::string& noun = tokens[c.first - 1].key;
        const std::string& verb = tokens[k].key;
        static constexpr std::string_view not_nouns[] = {"in", "on", "at", "to", "from", "of", "for", "with", "by", "into",
                                                         "and", "or", "the", "a", "an", "than", "against", "over", "near"};
        // (The noun opens with a determiner: "a route", "the war"; "southern Ukraine" is no noun.)
        static constexpr std::string_view determiners[] = {"a", "an", "the", "this", "that", "these", "those", "every", "each", "any"};
        const bool noun_before = noun.size() >= 3 && std::find(std::begin(not_nouns), std::end(not_nouns), noun) == std::end(not_nouns) &&
                                 !noun.ends_with("ly") && !noun.ends_with("ern") && !facts[c.first - 1].speech && c.first >= 2 &&
                                 std::find(std::begin(determiners), std::end(determiners), tokens[c.first - 2].key) !=
                                     std::end(determiners);
        static constexpr std::string_view objects[] = {"to", "the", "a", "an", "its", "their", "his", "her", "them", "it"};
        const bool finite = verb.size() >= 4 &&
                            (verb.ends_with("ed") || (verb.ends_with("s") && std::find(std::begin(objects), std::end(objects),
                                                                                       tokens[k + 1].key) != std::end(objects)));
        if (noun_before && finite) return true;
    }
    if (!opens) return false;
    // "Both Britain and the United States allowed": past the pair's other member.
    if (k + 1 < n && tokens[k].key == "and" && tokens[k].before == Separator::space) {
        std::size_t o = k + 1;
        if (o + 1 < n && tokens[o].key == "the") ++o;
        Candidate other;
        if (tokens[o].capitalised && longest_match(tokens, o, other)) k = other.last;
    }
    const std::size_t after_subject = k;  // auxiliaries skipped past here mark a verb
    if (k >= n || tokens[k].before != Separator::space || tokens[k].capitalised || tokens[k].upper) return false;
    // A form of "be" makes a passive ("Ukraine was hit") unless a gerund
    // follows ("Russia is moving reserves", "may be preparing").
    for (int skipped = 0; skipped < 3 && k < n && tokens[k].before == Separator::space && (facts[k].aux || facts[k].adverb);
         ++skipped, ++k)
        if (be_form(tokens[k].key)) return gerund_after(tokens, facts, k + 1);
    // "said Ukraine had \"properly executed\" its strategy": a quote after the auxiliary.
    if (k > after_subject && k < n && tokens[k].before == Separator::other && !tokens[k].capitalised) return true;
    if (k >= n || tokens[k].before != Separator::space || tokens[k].capitalised) return false;
    const std::string& w = tokens[k].key;
    if (be_form(w)) return gerund_after(tokens, facts, k + 1);
    // A noun after it ("Ukraine war", "Russia sanctions") or a list is no verb.
    static constexpr std::string_view not_verbs[] = {"and", "or", "of", "in", "on", "to", "war", "conflict", "invasion",
                                                     "border", "front", "region", "oblast", "та", "і", "и", "й"};
    if (std::find(std::begin(not_verbs), std::end(not_verbs), w) != std::end(not_verbs)) return false;
    if (first.cyrillic) return true;  // "Росія завдала", "Россия продолжает": a nominative subject
    // An English verb: a past form, a third person form, or a modal.
    static constexpr std::string_view modals[] = {"may", "might", "will", "would", "could", "can", "should", "must",
                                                  "also", "still", "continues", "launched", "fired",
                                                  // past forms without -ed
                                                  "hit", "struck", "sent", "shot", "fought", "began", "took", "made",
                                                  "gave", "kept", "held", "brought", "threw", "won", "lost", "sought"};
    // "Ukraine hit by drones", "Turkey and Kazakhstan accused of aiding": a
    // participle with its agent or its charge is a passive.
    if (k + 1 < n && (tokens[k + 1].key == "by" || tokens[k + 1].key == "of") && tokens[k + 1].before == Separator::space)
        return false;
    static constexpr std::string_view not_third_person[] = {"as", "its", "this", "thus", "plus", "towards", "besides",
                                                            "across", "whereas", "perhaps", "news"};
    const bool third_person = w.size() >= 4 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
                              std::find(std::begin(not_third_person), std::end(not_third_person), w) == std::end(not_third_person);
    // "general says Russia preparing for 'prolonged' war": a headline drops "is".
    static constexpr std::string_view ing_nouns[] = {"during", "including", "following", "according", "regarding", "concerning",
                                                     "building", "meeting", "morning", "evening", "thing", "king", "spring",
                                                     "string", "ceiling", "shelling", "bombing", "fighting", "offering"};
    const bool gerund = c.first > 0 && facts[c.first - 1].speech && w.size() >= 6 && w.ends_with("ing") &&
                        std::find(std::begin(ing_nouns), std::end(ing_nouns), w) == std::end(ing_nouns);
    return (w.size() >= 4 && w.ends_with("ed")) || third_person || gerund ||
           std::find(std::begin(modals), std::end(modals), w) != std::end(modals) || k > after_subject;
}

// The token at `i` is a country's name in an oblique case ("України").
bool Recognizer::genitive_country(const std::vector<Token>& tokens, std::size_t i) const {
    Candidate c;
    if (!tokens[i].cyrillic || !longest_match(tokens, i, c) || !c.inflected) return false;
    return std::any_of(c.postings.begin(), c.postings.end(),
                       [&](const format::Posting& p) { return gazetteer_.place(p.place).kind() == PlaceKind::country; });
}

// A name beside a verb of a match's result, in a sentence with a score.
bool Recognizer::match_result(const std::vector<Token>& tokens, const Candidate& c) const {
    static constexpr std::string_view results[] = {"beat", "beats", "defeated", "defeats", "thrashed", "edged", "routed",
                                                   "drew", "draw", "lost", "won", "win", "victory", "hosts", "hosted"};
    static constexpr std::string_view prepositions[] = {"with", "to", "against", "over"};  // "drew with", "lost to"
    auto in = [](std::string_view w, const auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
    const bool after = c.first > 0 && tokens[c.first].before == Separator::space;
    const bool before = c.last < tokens.size() && tokens[c.last].before == Separator::space;
    if (!(after && (in(tokens[c.first - 1].key, results) || in(tokens[c.first - 1].key, prepositions))) &&
        !(before && in(tokens[c.last].key, results)))
        return false;
    // A score, two numbers joined by a hyphen, right beside the verb or the
    // name ("drew 1-1 with Sevilla", "beat Chelsea 2-0"): "lost 30-40 tanks
    // in its push to Pokrovsk" and "the night of 3-4 November" are none.
    auto digits = [&](std::size_t k) {
        const std::string& w = tokens[k].key;
        return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char d) { return d >= '0' && d <= '9'; });
    };
    auto score_at = [&](std::size_t k) {  // tokens k, k+1 a score, and no noun of things after it
        return k + 1 < tokens.size() && digits(k) && digits(k + 1) && tokens[k + 1].before == Separator::hyphen &&
               !(k + 2 < tokens.size() && tokens[k + 2].before == Separator::space && !tokens[k + 2].capitalised &&
                 !in(tokens[k + 2].key, prepositions) && tokens[k + 2].key != "at" && tokens[k + 2].key != "on" &&
                 tokens[k + 2].key != "in");
    };
    // "X beat Y 2-0", "X drew 1-1": the verb after the name, a score within the next three words.
    if (before && in(tokens[c.last].key, results))
        for (std::size_t k = c.last + 1; k < tokens.size() && k <= c.last + 3; ++k)
            if (score_at(k)) return true;
    if (!after) return false;
    const std::string& prev = tokens[c.first - 1].key;
    // "beat Chelsea 2-0": the verb before the name, the score right after it.
    if (in(prev, results) && score_at(c.last)) return true;
    // "drew 1-1 with Sevilla", "lost 0-1 to Napoli": verb, score, preposition, name.
    return in(prev, prepositions) && c.first >= 4 && score_at(c.first - 3) && in(tokens[c.first - 4].key, results);
}

// A ship, a unit or a sports club named after a place: "the submarine
// Rostov-on-Don", "крейсер «Москва»", "the Saratov landing ship", "Shakhtar
// Donetsk".
bool Recognizer::vessel_name(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const {
    // (A Cyrillic ship's or unit's name keeps its nominative after the noun,
    // "крейсера «Москва»"; a declined name there is the verb's object:
    // "зачистили від російських військ Суджу".)
    if (c.first > 0 && tokens[c.first].before != Separator::comma && facts[c.first - 1].vessel_noun &&
        !(tokens[c.first].cyrillic && c.inflected))
        return true;
    // ("the landing ships Yamal and Azov": the second of two vessels' names.)
    if (c.first >= 3 && (tokens[c.first - 1].key == "and" || tokens[c.first - 1].key == "і" || tokens[c.first - 1].key == "и") &&
        tokens[c.first - 2].capitalised && facts[c.first - 3].vessel_noun)
        return true;
    // A team in a match's result: "Barcelona drew 1-1 with Sevilla",
    // "Liverpool beat Chelsea 2-0", "lost 0-1 to Napoli" (a score in the
    // sentence, and a verb of winning or drawing beside the name).
    if (!tokens[c.first].cyrillic && match_result(tokens, c)) return true;
    // A sports club: "Shakhtar Donetsk", "Динамо Київ"; and "Shakhtar" itself
    // (a village's name too) when its town follows.
    if (c.first > 0 && tokens[c.first].before == Separator::space && tokens[c.first - 1].capitalised && facts[c.first - 1].club)
        return true;
    if (c.last - c.first == 1 && facts[c.first].club && c.last < tokens.size() && tokens[c.last].before == Separator::space &&
        tokens[c.last].capitalised)
        return true;
    if (tokens[c.last - 1].possessive) return false;
    // ("the Dnipro-1 regiment", "Tor-M2", "Искандер-М2": a name joined by a
    // hyphen to a number or a model's code is a unit's or a weapon's.)
    if (c.last < tokens.size() && tokens[c.last].before == Separator::hyphen && !tokens[c.last].spaced &&
        std::any_of(tokens[c.last].key.begin(), tokens[c.last].key.end(), [](char d) { return d >= '0' && d <= '9'; }))
        return true;
    // Ukrainian and Russian put the ship's or unit's name after the noun,
    // but an adjective before it: "Южной группировки войск", "Західного угруповання".
    if (tokens[c.first].cyrillic)
        return adjective_ending(tokens[c.last - 1].key) && c.last < tokens.size() &&
               tokens[c.last].before == Separator::space && facts[c.last].vessel_noun;
    // "13 Vilkha rockets", "Neptune missiles": a weapon's model, one word, not a town of standing.
    if (c.last - c.first == 1 && c.last < tokens.size() && tokens[c.last].before == Separator::space && facts[c.last].munition_noun &&
        !strong_place(tokens, c.first))
        return true;
    // "the Saratov landing ship": the noun, after at most one lower-case word.
    for (std::size_t k = c.last; k < tokens.size() && k < c.last + 2 && tokens[k].before == Separator::space; ++k) {
        if (facts[k].vessel_noun) return true;
        if (tokens[k].capitalised) break;
    }
    return false;
}

// A river named like a town: "the Oskil River", "річка Оскіл", "the east
// bank of the Dnipro", "на лівому березі Дніпра". The gazetteer holds no
// water, and the town of that name is not where (data/lexicon/water_nouns.txt).
bool Recognizer::water_name(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const {
    if (c.last < tokens.size() && tokens[c.last].before == Separator::space && facts[c.last].water_noun) return true;
    if (c.first == 0 || tokens[c.first].before != Separator::space) return false;
    if (facts[c.first - 1].water_noun) return true;
    // "the left bank of the Kherson region" is the region's part by the river.
    if (c.region_word || (c.last - c.first > 1 && facts.designator(c.last - 1) != Designator::none)) return false;
    if (c.last < tokens.size() && tokens[c.last].before == Separator::space && facts.designator(c.last) != Designator::none)
        return false;
    // ("dig in across the Dnipro", "crossed the Oskil": a town takes no
    // article; what is crossed with one is the river.)
    if (c.first >= 2 && tokens[c.first - 1].key == "the" && tokens[c.first - 1].before == Separator::space) {
        const std::string& v = tokens[c.first - 2].key;
        // (A strait or a sea the gazetteer holds is that water, "across the
        // Kerch Strait"; a country is the country, "across the U.S.".)
        const bool water_known = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
            const PlaceKind k = gazetteer_.place(p.place).kind();
            return k == PlaceKind::region || k == PlaceKind::country;
        });
        if (!water_known && (v == "across" || v == "cross" || v == "crossed" || v == "crossing" || v == "crosses")) return true;
    }
    // ("форсували Дніпро", "отошли за Днепр", "відступили за Оскіл": what
    // is forced, crossed or withdrawn beyond, is the river; "бої за Покровськ" is a town fought for.)
    if (tokens[c.first].cyrillic && !c.region_word) {
        auto starts = [](const std::string& w, std::initializer_list<std::string_view> stems) {
            return std::any_of(stems.begin(), stems.end(), [&](std::string_view st) { return w.starts_with(st); });
        };
        const std::string& prev = tokens[c.first - 1].key;
        if (starts(prev, {"форсува", "форсирова"})) return true;
        if (c.first >= 2 && (prev == "за") &&
            starts(tokens[c.first - 2].key, {"відійш", "відступ", "отош", "отступ", "відвел", "отвел", "вивел", "вывел",
                                              "відкину", "отброс", "відвод", "отвод", "вивод", "вывод"}))
            return true;
        // ("пытались переправиться через Оскол", "переправилися через Дніпро": what is crossed is the river.)
        if (c.first >= 2 && prev == "через" && starts(tokens[c.first - 2].key, {"переправ", "переплив", "переплыв", "форс"}))
            return true;
    }
    // The shore noun, right before or through "of (the)".
    for (std::size_t k = c.first; k > 0 && k + 3 >= c.first; --k) {
        const std::string& w = tokens[k - 1].key;
        if (facts[k - 1].shore_noun) return true;
        if ((w != "of" && w != "the") || tokens[k].before != Separator::space) return false;
    }
    return false;
}

// Keeps only the postings that are water (a river, reservoir, lake or sea of
// the gazetteer); false, and nothing changed, where there is none.
bool Recognizer::keep_water_only(Candidate& c) const {
    auto water = [&](const format::Posting& p) { return is_water_feature_code(gazetteer_.place(p.place).feature_code()); };
    if (std::none_of(c.postings.begin(), c.postings.end(), water)) {
        // ("вздовж річки Оскіл", "across the Dnipro": the table names the
        // river with its noun, "річка Оскіл", "Dnipro River".)
        for (const std::string& key : {"річка " + c.key, "река " + c.key, c.key + " river"}) {
            const auto probe = gazetteer_.probe(key);
            if (!probe.exact) continue;
            for (const auto& p : probe.postings)
                if (water(p)) c.postings.push_back(p);
        }
        if (std::none_of(c.postings.begin(), c.postings.end(), water)) return false;
    }
    std::erase_if(c.postings, [&](const format::Posting& p) { return !water(p); });
    return true;
}

// "Kharkiv TV tower", "Zaporizhzhia HPP", "Kursk Nuclear Power Plant": the
// capitalised words after the place lead to a facility in that town.
bool Recognizer::facility_follows(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t from) const {
    for (std::size_t k = from; k < tokens.size() && k < from + 4; ++k) {
        if (k > from && !joins(tokens[k].before)) return false;
        if (facts[k].facility_noun) return true;
    }
    return false;
}

// "у Салтівському районі Харкова", "Киевский и Куйбышевский районы
// Донецка": a district named after the city that follows it is a district
// of that city, never a namesake far away (Samara was Kuibyshev): the
// readings within the city, else the city itself.
// In English the district word is the name's own and the city follows a
// comma, "of" or "in": "Kyivskyi District, Kharkiv", "the Kuibyshev district
// of Donetsk".
void Recognizer::city_district(const std::vector<Token>& tokens, std::size_t from, RecognizedName& n) const {
    const bool cyrillic = tokens[n.first_token].cyrillic;
    std::size_t k = from;
    if (!cyrillic && from > 0 && lexicon_.designator(tokens[from - 1].key) == Designator::admin2) k = from - 1;
    else
        while (k < tokens.size() && k < from + 8 && lexicon_.designator(tokens[k].key) == Designator::none) ++k;
    std::size_t q = k + 1;
    if (!cyrillic && q < tokens.size() && (tokens[q].key == "of" || tokens[q].key == "in") && tokens[q].before == Separator::space)
        ++q;
    if (q >= tokens.size() || !tokens[q].capitalised || tokens[q].cyrillic != cyrillic ||
        !(tokens[q].before == Separator::space || (!cyrillic && q == k + 1 && tokens[q].before == Separator::comma)))
        return;
    Candidate city;
    if (!longest_match(tokens, q, city)) return;
    std::vector<NameMatch> cities;
    for (const auto& p : city.postings) {
        PlaceView v = gazetteer_.place(p.place);
        if (v.kind() == PlaceKind::settlement && v.population() >= 100000)
            cities.push_back({p.place, static_cast<NameOrigin>(p.origin), false});
    }
    if (cities.empty()) return;
    auto within = [&](const NameMatch& m) {
        PlaceView v = gazetteer_.place(m.place);
        return std::any_of(cities.begin(), cities.end(), [&](const NameMatch& c) {
            PlaceView w = gazetteer_.place(c.place);
            return distance_km(v.lat(), v.lon(), w.lat(), w.lon()) <= 25;
        });
    };
    std::erase_if(n.matches, [&](const NameMatch& m) { return !within(m); });
    if (n.matches.empty()) n.matches = cities;
    n.adjectival.clear();
    for (const auto& m : n.matches) n.adjectival.push_back(m.place);
    std::sort(n.adjectival.begin(), n.adjectival.end());
}

// "Терехов: ворог атакував Харків", "..., заявил Рогов", "Захарова назвала":
// a Cyrillic word found only as a case form of a village (Терехи, Ріг,
// Захарово) where the sentence names its speaker is the speaker's surname,
// in the nominative.
bool Recognizer::declined_speaker(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const {
    if (c.last - c.first != 1 || !tokens[c.first].cyrillic || !tokens[c.first].capitalised || c.region_word) return false;
    static constexpr std::string_view speech[] = {
        "заявив", "заявила", "заявил", "повідомив", "повідомила", "сообщил", "сообщила", "написав", "написала", "написал",
        "розповів", "розповіла", "рассказал", "рассказала", "зазначив", "зазначила", "отметил", "отметила", "наголосив",
        "наголосила", "подчеркнул", "подчеркнула", "уточнив", "уточнила", "уточнил", "додав", "додала", "добавил",
        "добавила", "пише", "пишет", "каже", "говорит", "заявляє", "заявляет", "рассказывает", "розповідає", "вспоминает",
        "згадує", "говорить", "объясняет", "пояснює", "признается", "зізнається"};
    auto speaks = [&](std::size_t k) {
        return std::find(std::begin(speech), std::end(speech), tokens[k].key) != std::end(speech);
    };
    const Token& t = tokens[c.first];
    // The speaker after the verb, closing the sentence (a village or a town
    // of no note; "..., заявил Рогов."; not a list it names).
    const bool closes = c.last >= tokens.size() || tokens[c.last].sentence_start;
    // ("— рассказывает 70-летняя Валентина", "— каже місцева мешканка ... Ольга":
    // a person's age or kind may stand between the verb and the name.)
    std::size_t v = c.first;
    while (v > 0 && c.first - v < 3 && tokens[v].before != Separator::comma && tokens[v - 1].cyrillic && !tokens[v - 1].capitalised &&
           !speaks(v - 1) &&
           (tokens[v - 1].key.ends_with("летняя") || tokens[v - 1].key.ends_with("летний") || tokens[v - 1].key.ends_with("річна") ||
            tokens[v - 1].key.ends_with("річний") || tokens[v - 1].key == "местная" || tokens[v - 1].key == "місцева" ||
            tokens[v - 1].key == "пожилая" || tokens[v - 1].key == "літня" || tokens[v - 1].key == "жительница" ||
            tokens[v - 1].key == "мешканка" || tokens[v - 1].key == "пенсионерка" || tokens[v - 1].key == "пенсіонерка"))
        --v;
    // (A hyphenated age, "70-летняя": its number before the hyphen.)
    if (v < c.first && v > 0 && tokens[v].before == Separator::hyphen && std::isdigit(static_cast<unsigned char>(tokens[v - 1].key.front())))
        --v;
    if (v > 0 && tokens[v].before == Separator::space && speaks(v - 1) && closes && !strong_place(tokens, c.first)) return true;
    // (A town's own name may head a post, "Харків: ..."; a case form may not.)
    if (!c.inflected) return false;
    // A heading naming who speaks: the name, then a colon, opening the sentence.
    if (t.sentence_start && t.full_end < text.size() && text[t.full_end] == ':') return true;
    // The speaker opening the sentence, the verb after ("Захарова назвала удар терактом").
    const bool names_it = c.last < tokens.size() &&
                          (tokens[c.last].key == "назвав" || tokens[c.last].key == "назвала" || tokens[c.last].key == "назвал");
    return t.sentence_start && c.last < tokens.size() && tokens[c.last].before == Separator::space && (speaks(c.last) || names_it);
}

// "били «Градами»", "завод «Танеко»": Ukrainian and Russian quote the names
// of weapons, firms, operations and units, not of places; a declined word in
// quotes names a place only if it is a country, a region or a city.
bool Recognizer::quoted_declined(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const {
    if (!tokens[c.first].cyrillic || !c.inflected || !c.adjectival.empty() || c.region_word) return false;
    const std::size_t b = tokens[c.first].begin, e = tokens[c.last - 1].full_end;
    auto opens = [&](std::string_view q) { return b >= q.size() && text.substr(b - q.size(), q.size()) == q; };
    auto closes = [&](std::string_view q) { return text.substr(e, q.size()) == q; };
    const bool quoted = (opens("«") && closes("»")) || (opens("„") && closes("“")) || (opens("\"") && closes("\""));
    if (!quoted) return false;
    // ("заявляли про взяття «Угледара»", "о штурме «Бахмута»": after a noun
    // of taking or fighting, the quotes mark the other side's spelling of a town.)
    static constexpr std::string_view seizing[] = {"взяття", "взятие", "взятии", "захопл", "звільн", "освобожд", "штурм", "оборон",
                                                   "оточен", "окружен", "наступ"};
    if (c.first > 0 && std::any_of(std::begin(seizing), std::end(seizing),
                                   [&](std::string_view w) { return tokens[c.first - 1].key.starts_with(w); }))
        return false;
    return std::none_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
        PlaceView v = gazetteer_.place(p.place);
        return v.kind() == PlaceKind::country || v.kind() == PlaceKind::admin1 || v.population() >= 100000;
    });
}

// "По данным «Новой газеты Европа»", "«Крым.Реалии» сообщают", "«Москва-Сіті»":
// a name that is only part of a short title in guillemets with no verb in it
// (a newspaper, an outlet, a building) is no place; a quoted sentence is
// ("«Ворог обстріляв Херсон», — повідомив").
bool Recognizer::quoted_title(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const {
    const std::size_t b = tokens[c.first].begin, e = tokens[c.last - 1].full_end;
    // (Only a short way either side: the whole text is never searched per name.)
    constexpr std::size_t reach = 80;
    const std::size_t from = b > reach ? b - reach : 0;
    const std::size_t before = text.substr(from, b - from).rfind("«");
    const std::size_t after = text.substr(e, reach).find("»");
    if (before == std::string_view::npos || after == std::string_view::npos) return false;
    const std::size_t open = from + before, close = e + after;
    const std::string_view inside = text.substr(open + std::string_view("«").size(), close - open - std::string_view("«").size());
    if (inside.find('\n') != std::string_view::npos || inside.find("«") != std::string_view::npos ||
        inside.find("»") != std::string_view::npos)
        return false;
    if (inside.size() == e - b) {
        // The whole title: "«Азовсталь»" is the plant; but after a word of
        // saying or of the media, "Как сообщает «Звезда»", "канал «Северный
        // ветер»", it is the outlet.
        static constexpr std::string_view media[] = {"сообщает", "сообщил", "сообщила", "сообщили", "пишет", "пише", "передает",
                                                     "передає", "повідомляє", "повідомило", "повідомили", "канал", "телеканал",
                                                     "газета", "газеты", "издание", "издания", "видання", "агентство",
                                                     "агентства", "телеграм-канал", "паблик", "радио", "радіо", "телеканалу",
                                                     "каналу", "каналі", "канале"};
        return c.first > 0 && std::find(std::begin(media), std::end(media), tokens[c.first - 1].key) != std::end(media) &&
               !strong_place(tokens, c.first);
    }
    std::size_t words = 0;
    auto k = std::lower_bound(tokens.begin(), tokens.end(), open, [](const Token& t, std::size_t at) { return t.begin < at; });
    // (A title capitalises its words: "«Радио Свобода»", "«Крым.Реалии»";
    // "«Артемовск взят полностью»", with a word in lower case, is a quoted claim.)
    for (; k != tokens.end() && k->begin < close; ++k)
        if (++words > 4 || !k->capitalised) return false;
    return words >= 2;
}

// A unit named after a place, in quotes: "12-ї бригади спеціального
// призначення «Азов»", "группировка «Днепр»", "the \"Kharkiv\" battalion".
bool Recognizer::quoted_unit(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const {
    const std::size_t b = tokens[c.first].begin, e = tokens[c.last - 1].full_end;
    auto opens = [&](std::string_view q) { return b >= q.size() && text.substr(b - q.size(), q.size()) == q; };
    auto closes = [&](std::string_view q) { return text.substr(e, q.size()) == q; };
    const bool quoted = (opens("«") && closes("»")) || (opens("„") && closes("“")) || (opens("\"") && closes("\"")) ||
                        (opens("“") && closes("”"));
    if (!quoted) return false;
    static constexpr std::string_view units[] = {"бригад", "полк", "батальйон", "батальон", "угрупован", "группировк", "загін",
                                                 "загону", "отряд", "дивізі", "дивизи", "brigade", "battalion", "regiment",
                                                 "detachment", "division"};
    auto unit = [&](const std::string& w) {
        return std::any_of(std::begin(units), std::end(units), [&](std::string_view u) { return w.starts_with(u); });
    };
    for (std::size_t k = c.first; k > 0 && k + 4 > c.first; --k)
        if (unit(tokens[k - 1].key)) return true;
    return c.last < tokens.size() && unit(tokens[c.last].key);
}

// "мер Маріуполя Вадим Бойченко", "Глава Татарстану Рустам Мінніханов": a
// declined place between a title and a person's two names is the title's
// place ("президента Володимира Зеленського" has one name after the first
// one: a person).
bool Recognizer::titled_complement(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const {
    if (!tokens[c.first].cyrillic || c.first == 0 || !facts[c.first - 1].person_title || c.last + 1 >= tokens.size())
        return false;
    const Token& given = tokens[c.last];
    const Token& family = tokens[c.last + 1];
    // "президента Володимира Олександровича Зеленського": a patronymic
    // after the name makes it the person's first name.
    static constexpr std::string_view patronymic[] = {"ович", "евич", "йович", "ьович", "івна", "ївна", "овна", "евна",
                                                      "овича", "евича", "йовича", "івни", "ївни", "овны", "евны"};
    for (std::string_view e : patronymic)
        if (given.key.ends_with(e)) return false;
    return given.capitalised && given.before == Separator::space && family.capitalised &&
           family.before == Separator::space && !given.upper;
}

Refusal Recognizer::check(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c,
                          const std::vector<bool>& title_case_line) const {
    const Token& first = tokens[c.first];
    const Token& last = tokens[c.last - 1];
    std::size_t letters = c.key.size();
    bool any_acronym = std::any_of(c.postings.begin(), c.postings.end(),
                                   [](const format::Posting& p) { return p.flags & format::posting_upper_case; });
    if (letters < 3 && !(any_acronym && first.upper)) return Refusal::too_short;
    // An upper-case word of up to four letters is an acronym ("NIS", "SDR");
    // it is a place only if a place is known by that acronym ("UK", "US").
    // ("KYIV, Ukraine (AP) —": a wire's dateline spells its town in capitals.)
    // ("KYIV (Reuters) -": or the agency in brackets right after it.)
    static constexpr std::string_view agencies[] = {"reuters", "ap", "afp", "dpa", "upi", "efe", "ukrinform", "unian",
                                                    "interfax", "tass", "ria", "xinhua", "anadolu", "bloomberg", "kyodo"};
    const bool dateline =
        first.sentence_start && c.last < tokens.size() &&
        // ("HATCH, N.M. (AP) —": a state's abbreviation in capitals after the comma too.)
        ((tokens[c.last].before == Separator::comma && tokens[c.last].capitalised &&
          (!tokens[c.last].upper || lexicon_.region_abbreviation(tokens[c.last].key))) ||
         (tokens[c.last].before == Separator::other && tokens[c.last].capitalised &&
          std::find(std::begin(agencies), std::end(agencies), tokens[c.last].key) != std::end(agencies)));
    // ("KYIV —", "SUMY:", "hit KYIV overnight": a city of note of the war's
    // countries in capitals is that city; "NIS" is an agency, not Niš.)
    const bool war_city = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
        const PlaceView v = gazetteer_.place(p.place);
        return (v.country() == "UA" || v.country() == "RU" || v.country() == "BY") && v.kind() == PlaceKind::settlement &&
               v.population() >= 50000;
    });
    if (c.last - c.first == 1 && first.upper && letters <= 4 && !any_acronym && !title_case_line[c.first] && !dateline &&
        !war_city)
        return Refusal::too_short;
    // ("NICE, France (AP) —", "MARRAKECH, Morocco (AP)": a dateline in
    // capitals names its town, whatever word or other spelling it looks like.)
    const bool settlement = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
        return gazetteer_.place(p.place).kind() == PlaceKind::settlement;
    });
    if (dateline && settlement && std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(c.first),
                                              tokens.begin() + static_cast<std::ptrdiff_t>(c.last), [](const Token& t) { return t.upper; }))
        return Refusal::none;

    // ("spent more at Christmas", "during Ramadan": a feast is a time,
    // whatever town or obscure other name bears it.)
    static constexpr std::string_view feasts[] = {"christmas", "easter", "ramadan", "eid", "hanukkah", "thanksgiving",
                                                  "passover", "diwali", "halloween", "lent", "advent", "pentecost",
                                                  "nowruz", "navruz", "kwanzaa", "epiphany"};
    if (c.last - c.first == 1 && !first.cyrillic && std::find(std::begin(feasts), std::end(feasts), first.key) != std::end(feasts))
        return Refusal::common_word;
    // ("Южнее Покровска", "Західніше Кліщіївки": a bearing, whatever village
    // its adjective's neuter names, Южное.)
    if (c.last - c.first == 1 && first.cyrillic && (first.key.ends_with("нее") || first.key.ends_with("ніше")) &&
        std::any_of(std::begin(compass_stems), std::end(compass_stems), [&](std::string_view st) { return first.key.starts_with(st); }))
        return Refusal::common_word;
    // "on Nov. 5", "Ahmedabad, Jun 15 (PTI)": a month's name before a day's
    // number is a date, whatever town bears it.
    if (c.last - c.first == 1 && c.last < tokens.size() && !first.cyrillic && day_or_month(first.key) &&
        !tokens[c.last].key.empty() && tokens[c.last].key.front() >= '0' && tokens[c.last].key.front() <= '9' &&
        tokens[c.last].begin <= first.full_end + 2)
        return Refusal::common_word;

    // "Kyivska Street", "на вулиці Київській", "улице Щорса", "Одеському шосе":
    // a street or road named after a place is no place.
    // (Not the streets of a town: "бої на вулицях Бахмута", "Bakhmut street
    // fighting"; an English street after the name is capitalised.)
    auto plural = [](const std::string& w) {
        return w.ends_with("ях") || w.ends_with("ах") || w.ends_with("ями") || w.ends_with("ами");
    };
    if ((c.last < tokens.size() && tokens[c.last].before == Separator::space && street_noun(tokens[c.last].key) &&
         (tokens[c.last].cyrillic || tokens[c.last].capitalised)) ||
        (c.first > 0 && first.before == Separator::space && street_noun(tokens[c.first - 1].key) && !plural(tokens[c.first - 1].key)))
        return Refusal::street;
    // "Поселок Теткино подвергся обстрелу", "Селище Білозерка": the noun of a
    // settlement before its name is no village of that name, and the name
    // after it no surname.
    if (first.cyrillic && c.last - c.first == 1 && c.last < tokens.size() && tokens[c.last].capitalised &&
        tokens[c.last].cyrillic && tokens[c.last].before == Separator::space && cyrillic_settlement_noun(first.key))
        return Refusal::common_word;
    bool title_case = title_case_line[c.first];
    bool is_country = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
        return gazetteer_.place(p.place).kind() == PlaceKind::country;
    });
    if (metonym(tokens, facts, c)) return Refusal::metonym;
    if (vessel_name(tokens, facts, c)) return Refusal::vessel;
    if (water_name(tokens, facts, c)) return Refusal::water;
    // "Министерства обороны России", "Минобороны России", "ВС России": a
    // country's genitive after an organisation's noun closes its name.
    if (first.cyrillic && is_country && c.inflected)
        for (std::size_t k = c.first; k > 0 && k + 2 >= c.first; --k) {
            if (tokens[k].before != Separator::space) break;
            if (facts[k - 1].org_noun) return Refusal::title_phrase;
            // A preposition starts another phrase: "войска у границ Украины".
            if (locative_preposition(tokens[k - 1].key)) break;
        }
    if (!title_case) {
        // A capitalised word right after the name makes it part of another
        // proper name: "Donald Trump", "Kyiv Independent", "Washington Post".
        // Countries are exempt: "US President", "UK Defence Secretary"; so
        // is a facility in the town ("Kharkiv TV Tower").
        if (c.last < tokens.size() && !last.possessive) {
            const Token& next = tokens[c.last];
            Designator d = facts.designator(c.last);
            // "Kherson City" is the city; "Dublin City Council" is not.
            bool settlement_word = d == Designator::settlement &&
                                   !(c.last + 1 < tokens.size() && tokens[c.last + 1].before == Separator::space &&
                                     tokens[c.last + 1].capitalised && !facility_follows(tokens, facts, c.last + 1));
            // A complete region name ("Luhansk Oblast Serhiy Haidai") or a
            // title after the place ("Krasnodar Governor Veniamin
            // Kondratyev") ends the place's part of the phrase.
            Designator own_word = c.last - c.first > 1 ? facts.designator(c.last - 1) : Designator::none;
            bool complete = own_word == Designator::admin1 || own_word == Designator::admin2;
            // In Ukrainian and Russian the capitals after a place rarely
            // continue its name: an acronym ("Ясинувата ДНР", "Под
            // Белгородом ВСУ атаковали"), a district or community that
            // qualifies it ("Головчино Грайворонского округа"), or, after
            // a title, the titled person ("мер Маріуполя Вадим Бойченко").
            // An acronym after a region's adjective is an organisation of
            // the region ("голова Харківської ОВА").
            const bool region_adjective = std::all_of(c.postings.begin(), c.postings.end(), [](const format::Posting& p) {
                return static_cast<NameOrigin>(p.origin) == NameOrigin::admin_core;
            });
            bool cyrillic_free =
                first.cyrillic && (((next.upper || next.inflected_acronym) && !region_adjective) ||
                                   (next.cyrillic && names_area(designator_after(lexicon_, tokens, c.last))) ||
                                   // ("у районі Вовчанська Сили оборони зупинили": an
                                   // organisation opening the next phrase.)
                                   (next.cyrillic && c.inflected && facts[c.last].org_noun) ||
                                   // ("Об атаке на Бутурлиновку Гусев не сообщил": a
                                   // declined town before a word of another ending is
                                   // no first name, which would agree with its surname.)
                                   (next.cyrillic && c.inflected && !(c.first > 0 && facts[c.first - 1].person_title) &&
                                    case_ending(tokens[c.last - 1].key) != case_ending(next.key)) ||
                                   titled_complement(tokens, facts, c));
            // ("Russian drones hit Kharkiv Thursday", "#Kharkiv Russian drones
            // hit ...", "In Kherson Russian shelling killed two": a day, a month,
            // an article or a nationality opens no name with the place.)
            const bool opens_no_name = day_or_month(next.key) || next.key == "the" || next.key == "a" ||
                                       next.key == "an" || RecognitionLexicon::demonym(next.key, facts[c.last]) ||
                                       (next.cyrillic && cyrillic_place_adjective(next.key) && country_adjective(next));
            if (next.before == Separator::space && next.capitalised && !next.sentence_start && !is_country &&
                (d == Designator::none || (d == Designator::settlement && !settlement_word)) && !complete &&
                !state_word_after(tokens, c) &&
                !cyrillic_free && !opens_no_name && !facts[c.last].person_title && !strong_place(tokens, c.last) &&
                !facility_follows(tokens, facts, c.last))
                return Refusal::person_or_org_after;
            // "Збройні Сили України": a Cyrillic word followed by a
            // country's genitive is "the X of Ukraine", not a village.
            if (first.cyrillic && c.last - c.first == 1 && next.before == Separator::space && next.capitalised &&
                !is_country && genitive_country(tokens, c.last))
                return Refusal::title_phrase;
            if (next.before == Separator::space && facts[c.last].org_head) return Refusal::org_word_after;
        }
        // "У Ворзелі Київської області": a region word after the name makes
        // the name a qualifier of the place before it, not part of a title.
        bool region_named = (c.last - c.first > 1 && facts.designator(c.last - 1) != Designator::none) ||
                            (c.last < tokens.size() && tokens[c.last].before == Separator::space &&
                             names_area(facts.designator(c.last))) ||
                            (first.cyrillic && c.last < tokens.size() && tokens[c.last].before == Separator::space &&
                             tokens[c.last].cyrillic && tokens[c.last].capitalised &&
                             names_area(designator_after(lexicon_, tokens, c.last)));
        // ("said Olha, a resident", "Bohdan, a 34-year-old medic, said": one
        // word with a person's noun in apposition after its comma is a person.
        // "Pokrovsk, a key logistics hub" is described by no person's noun.)
        if (c.last - c.first == 1 && !first.cyrillic && c.last + 1 < tokens.size() && tokens[c.last].before == Separator::comma &&
            (tokens[c.last].key == "a" || tokens[c.last].key == "an") && !strong_place(tokens, c.first) &&
            !(c.first > 0 && (tokens[c.first - 1].key == "in" || tokens[c.first - 1].key == "from" || tokens[c.first - 1].key == "near" ||
                              tokens[c.first - 1].key == "of" || tokens[c.first - 1].key == "to" || tokens[c.first - 1].key == "at"))) {
            static constexpr std::string_view persons[] = {
                "resident", "mother", "father", "soldier", "medic", "volunteer", "nurse", "teacher", "pensioner", "doctor",
                "driver", "farmer", "student", "villager", "engineer", "commander", "sergeant", "officer", "paramedic",
                "widow", "grandmother", "grandfather", "worker", "woman", "man", "girl", "boy", "spokesman", "spokeswoman",
                "journalist", "miner", "priest", "retiree", "shopkeeper", "businessman", "businesswoman", "mechanic",
                "marine", "paratrooper", "gunner", "sniper", "veteran", "activist", "lawyer", "mayor", "surgeon", "pilot"};
            // (The appositive's own noun: "Lyman, a town where a woman was wounded" is a town.)
            static constexpr std::string_view stops[] = {"where", "whose", "which", "that", "who", "town", "city", "village",
                                                         "settlement", "hub", "port", "region", "district", "suburb", "in", "of"};
            for (std::size_t q = c.last + 1; q < tokens.size() && q <= c.last + 4 && tokens[q].before != Separator::comma; ++q) {
                if (std::find(std::begin(stops), std::end(stops), tokens[q].key) != std::end(stops)) break;
                if (std::find(std::begin(persons), std::end(persons), tokens[q].key) != std::end(persons)) return Refusal::person_name;
            }
        }
        if (c.first > 0 && first.before == Separator::space && !region_named) {
            const Token& prev = tokens[c.first - 1];
            const WordFacts& prev_facts = facts[c.first - 1];
            // ("governor Gladkov reports", "mayor Klitschko says": in English a
            // title in lower case names its person too; a city that stands
            // for itself there is rare enough to keep.)
            const bool english_title = !prev.capitalised && !prev.cyrillic && !first.cyrillic && !strong_place(tokens, c.first);
            // ("губернатор Гусев сообщил", "мер Федоров": in Cyrillic a title names
            // its town in the genitive, "мер Харкова"; a name in its dictionary
            // form after it is the titled person.)
            const bool cyrillic_title = !prev.capitalised && prev.cyrillic && first.cyrillic && !c.inflected;
            if (prev_facts.person_title && (prev.capitalised || english_title || cyrillic_title) && !titled_complement(tokens, facts, c))
                return Refusal::proper_name_before;
            // "Radio Free Europe", "Celebrity Yorkshire Auction House"; a
            // nationality adjective before a small place: "European Pravda".
            // At a sentence start the capital says nothing, unless the word is
            // no English word at all: "Oleksandr Kharkiv scored twice".
            const bool unknown_opener = prev.sentence_start && !prev.cyrillic && !prev_facts.common_word &&
                                        !prev_facts.proper_noun && !prev.upper;
            // ("атакував КАБами Білопілля": an acronym with a case ending is a
            // weapon or a force, no name the place belongs to.)
            // ("Keith Lincoln said": a first name the word list knows opens the
            // sentence, and what it names speaks; a town seldom does.)
            // ("Tom Brady threw three touchdowns", "Jordan Henderson signed": so
            // where any verb follows, a word in lower case that joins or places nothing.)
            static constexpr std::string_view joining[] = {"and", "or", "of", "in", "on", "at", "to", "from", "near", "the",
                                                           "region", "oblast", "district", "city", "province", "county", "area"};
            const bool speaks_after = c.last < tokens.size() && tokens[c.last].before == Separator::space && facts[c.last].speech;
            // (Not after a preposition or an article opening the sentence: "In Valuyki a substation was hit".)
            static constexpr std::string_view openers[] = {"in", "at", "on", "near", "from", "to", "by", "for", "with", "into",
                                                           "over", "across", "around", "outside", "under", "after", "before",
                                                           "since", "during", "the", "a", "an", "and", "but", "as", "of"};
            // (Nor an auxiliary or a nationality: "Will Kupiansk hold out?", "Ukrainian Avdiivka defenders".)
            static constexpr std::string_view auxiliaries[] = {"will", "may", "can", "shall", "must", "would", "could", "should",
                                                               "did", "does", "do", "has", "have", "had", "is", "was", "are",
                                                               "were", "why", "how", "what", "when", "where", "who"};
            // (Asked only after a first name opening the sentence: a lookup.)
            const bool first_name = prev.capitalised && prev.sentence_start && !prev.cyrillic && prev_facts.proper_noun && !prev.possessive;
            const bool acts_after = first_name && c.last - c.first == 1 && c.last < tokens.size() && tokens[c.last].before == Separator::space &&
                                    std::find(std::begin(openers), std::end(openers), prev.key) == std::end(openers) &&
                                    std::find(std::begin(auxiliaries), std::end(auxiliaries), prev.key) == std::end(auxiliaries) &&
                                    !RecognitionLexicon::demonym(prev.key, prev_facts) &&
                                    !tokens[c.last].capitalised && !tokens[c.last].cyrillic &&
                                    std::find(std::begin(joining), std::end(joining), tokens[c.last].key) == std::end(joining) &&
                                    !strong_place(tokens, c.first);
            // ("Jim Ross, 62, of Elk Falls": an age after the comma.)
            // (Not after a preposition either: "In Kharkiv, 12 people were injured".)
            const bool aged_after = first_name && c.last - c.first == 1 && c.last < tokens.size() && tokens[c.last].before == Separator::comma &&
                                    std::find(std::begin(openers), std::end(openers), prev.key) == std::end(openers) &&
                                    !tokens[c.last].key.empty() && tokens[c.last].key.front() >= '1' &&
                                    tokens[c.last].key.front() <= '9' && tokens[c.last].key.size() <= 3;
            if (first_name &&
                (speaks_after || acts_after || aged_after) && !strong_place(tokens, c.first - 1))
                return Refusal::person_name;
            // ("President Xi Jinping", "President Luiz Inacio Lula da Silva": the
            // whole run of names after a title, with its particles, is the person's.)
            static constexpr std::string_view particles[] = {"da", "de", "do", "dos", "das", "di", "del", "van", "von",
                                                             "der", "den", "bin", "ibn", "al", "el", "la", "le"};
            // (Not in a Title Case headline: "President Zelensky Visits Kharkiv".)
            if (!first.cyrillic && !prev.cyrillic && !title_case_line[c.first] &&
                (prev.capitalised || std::find(std::begin(particles), std::end(particles), prev.key) != std::end(particles))) {
                std::size_t k = c.first;
                while (k > 0 && c.first - k < 6 && tokens[k].before == Separator::space &&
                       (tokens[k - 1].capitalised ||
                        std::find(std::begin(particles), std::end(particles), tokens[k - 1].key) != std::end(particles)) &&
                       !facts[k - 1].person_title && !tokens[k - 1].sentence_start)
                    --k;
                if (k > 0 && k < c.first && facts[k - 1].person_title && tokens[k].before == Separator::space)
                    return Refusal::person_name;
            }
            // ("Sen. Lindsey Graham": a title's stop is no sentence end.)
            const bool after_title = c.first >= 2 && facts[c.first - 2].person_title && tokens[c.first - 2].capitalised;
            // ("KYIV (Reuters) - In Kharkiv ...", "12 травня — У Харкові": a
            // preposition after a dash or in a title-case headline is no
            // word of a name.)
            static constexpr std::string_view prepositions[] = {"in", "near", "at", "around", "outside", "from", "into",
                                                                "over", "across", "toward", "towards", "on"};
            const bool preposition = prev.cyrillic ? locative_preposition(prev.key)
                                                   : std::find(std::begin(prepositions), std::end(prepositions), prev.key) !=
                                                         std::end(prepositions);
            // ("атакував ударними БпЛА Одесу", "атаки БПЛА Белгород": a Cyrillic
            // acronym is a weapon or a force; Cyrillic names do not open with one.)
            // (Weapons and forces only: "Голова Запорізької ОВА Федоров" is a person.)
            static constexpr std::string_view weapons[] = {"бпла", "каб", "фаб", "упаб", "рсзв", "рсзо", "зсу", "всу", "рф",
                                                           "ппо", "пво", "дрг", "бэк", "бек", "мрлс", "сау", "птур", "зрк"};
            const bool cyrillic_acronym = prev.cyrillic && first.cyrillic &&
                                          std::find(std::begin(weapons), std::end(weapons), prev.key) != std::end(weapons);
            if (prev.capitalised && (!prev.sentence_start || unknown_opener || after_title) && !prev.possessive && !prev_facts.person_name &&
                !prev.inflected_acronym && !cyrillic_acronym && !preposition && !strong_place(tokens, c.first - 1)) {
                // ("the Swiss Alps village", "the Ethiopian Highlands": a
                // nationality before a wide region or natural feature locates it.)
                const bool wide = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
                    return gazetteer_.place(p.place).kind() == PlaceKind::region &&
                           !alternate_origin(static_cast<NameOrigin>(p.origin));
                });
                if (!RecognitionLexicon::demonym(prev.key, prev_facts) || !(wide || strong_place(tokens, c.first)))
                    return Refusal::proper_name_before;
            }
        }
        // "Ms Thomas-Greenfield", "Linda Thomas-Greenfield": the second half
        // of a hyphenated surname. Pairs of places ("Ukraine-Russia", "North
        // Korea-Russia", "Vuhledar-Pavlivka") have a place before the hyphen.
        // (A spaced dash joins no name: "Найгарячіше – Сєвєродонецьк".)
        if (c.first > 0 && first.before == Separator::hyphen && !first.spaced && tokens[c.first - 1].capitalised) {
            std::size_t p = c.first - 1;
            Candidate before;
            bool place_before = longest_match(tokens, p, before) && before.last == c.first;
            if (!place_before && p > 0 && joins(tokens[p].before))
                place_before = longest_match(tokens, p - 1, before) && before.last == c.first;
            if (!place_before) return Refusal::proper_name_before;
        }
        // "International Fund for Ukraine", "Armed Forces of Ukraine": an
        // organisation's name running through of/for/to into the place.
        if (c.first >= 2 && first.before == Separator::space && facts[c.first - 1].connector &&
            !tokens[c.first - 1].capitalised) {
            std::size_t k = c.first - 1;
            while (k > 0 && facts[k].connector && !tokens[k].capitalised && joins(tokens[k].before)) --k;
            if (tokens[k].capitalised && facts[k].org_noun) return Refusal::title_phrase;
        }
    }
    // The name's own words (a dictionary form or "People's" may differ from the token's key).
    const WordFacts own = c.last - c.first == 1 ? lexicon_.facts(c.key) : WordFacts{};
    if (c.last - c.first == 1) {
        // A region counts by its full name; "Jewish" alone is an adjective.
        bool region_or_country = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
            auto k = gazetteer_.place(p.place).kind();
            return (k == PlaceKind::country || k == PlaceKind::admin1) &&
                   static_cast<NameOrigin>(p.origin) != NameOrigin::admin_core;
        });
        if (!region_or_country && (RecognitionLexicon::demonym(c.key, own) || facts[c.first].listed_demonym))
            return Refusal::demonym;
        if (own.person_name && !qualified_by_region(tokens, c)) return Refusal::person_name;
        // "Moore said", "Xinhua said", "Lincoln told reporters": a town's
        // name opening its clause right before a verb of saying is a
        // person's, an agency's or an office's, and no event's place. (A
        // country, region or capital that speaks is the metonymy rule's.)
        static constexpr std::string_view saying[] = {"said", "says", "told", "added", "stressed", "insisted", "wrote"};
        const bool capital = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
            return gazetteer_.place(p.place).feature_code() == "PPLC";
        });
        const bool opens_clause = c.first == 0 || first.sentence_start || first.before == Separator::comma;
        if (!region_or_country && !capital && !first.cyrillic && opens_clause && c.last < tokens.size() &&
            tokens[c.last].before == Separator::space &&
            std::find(std::begin(saying), std::end(saying), tokens[c.last].key) != std::end(saying))
            return Refusal::speaker;
        // ("said a Man from Kherson": an English word after an indefinite
        // article is a noun, however capitalised; no town takes "a".)
        // (Not a country's letters: "a US drone".)
        if (own.common_word && !first.cyrillic && !first.upper && !region_or_country && c.first > 0 &&
            (tokens[c.first - 1].key == "a" || tokens[c.first - 1].key == "an"))
            return Refusal::common_word;
        if (own.weapon || facts[c.first].weapon) return Refusal::vessel;  // "An Iskander struck Sumy"
        if (first.cyrillic) {
            // "Українські", "Російської": a country's adjective.
            if (!region_or_country && cyrillic_place_adjective(first.key) && country_adjective(first))
                return Refusal::demonym;
            // "Путину", "Зеленського": a person's name in any case.
            if (facts[c.first].person_name) return Refusal::person_name;
            if (c.inflected)
                for (const std::string& f : cyrillic_base_forms(first.key))
                    if (lexicon_.facts(f).person_name) return Refusal::person_name;
            // "Сили оборони": a noun that heads organisations' names, read as
            // a place only through a declined form ("Сили" -> Сила).
            if (c.inflected && c.adjectival.empty() && !c.region_word && facts[c.first].org_noun)
                return Refusal::common_word;
        }
    }
    // Which name of the place this is, and what the place is: its main name,
    // a local name, a country or region, a town of some size, or only an
    // obscure alternate of a far-away place ("Thursday" for Thursday Island,
    // "White House" for Casablanca, "Усі" for Wuxi).
    bool solid = false, obscure_only = true;
    for (const auto& p : c.postings) {
        PlaceView v = gazetteer_.place(p.place);
        auto origin = static_cast<NameOrigin>(p.origin);
        bool region = v.kind() == PlaceKind::country || v.kind() == PlaceKind::admin1;
        bool local = cyrillic_country(v.country());
        // ("Frankfurt" for Frankfurt am Main, "Acapulco" for Acapulco de
        // Juárez: the leading words of a city's own name are its short form,
        // no obscure alternate.)
        const bool short_form = alternate_origin(origin) && v.population() >= 100000 && v.name().size() > c.key.size() + 1 &&
                                fold(v.name()).starts_with(c.key + " ");
        bool obscure = alternate_origin(origin) && !local && !region && v.feature_code() != "PPLC" && !short_form;
        obscure_only = obscure_only && obscure;
        if (region || v.feature_code() == "PPLC") solid = true;
        else if (!c.adjectival.empty() || c.region_word) solid = true;  // its context asked for a place
        else if (c.cross) continue;  // a respelt word at a sentence start is a word ("Мирних")
        // (A declined Cyrillic name of a foreign town is one only where a
        // preposition asks for a place: "у Мюнхені", not "Герої" for Gera.)
        else if (c.inflected)
            solid = solid || (v.population() >= 10000 &&
                              (!obscure || (c.first > 0 && locative_preposition(tokens[c.first - 1].key))));
        else if (!obscure) solid = solid || !alternate_origin(origin) || v.population() >= 10000;
    }
    // "the former governor of the Kursk region, Smirnov,": a surname that is
    // only another name of a small place is the person, unless a place is
    // expected before it ("near Smirnov").
    // ("the Tetkin and Glushkov sectors": a designator after it asks for a place.)
    if (c.last - c.first == 1 && !first.cyrillic && slavic_surname_form(first.key) &&
        !(c.first > 0 && placing_word(tokens[c.first - 1].key)) &&
        !(c.last < tokens.size() && facts.designator(c.last) != Designator::none)) {
        bool only_small_alternates = true;
        for (const auto& p : c.postings) {
            PlaceView v = gazetteer_.place(p.place);
            only_small_alternates = only_small_alternates && alternate_origin(static_cast<NameOrigin>(p.origin)) &&
                                    v.kind() == PlaceKind::settlement && v.population() < 10000;
        }
        if (only_small_alternates) return Refusal::person_name;
    }
    // An obscure alternate spelled with English words is those words.
    if (obscure_only && !first.cyrillic) {
        // ("Quebec City", "Gaza City": a word that is by itself a name of the
        // same place is that place's name, not an English word.)
        auto names_same_place = [&](const Token& t) {
            if (c.last - c.first < 2 || !lexicon_.facts(t.key).proper_noun) return false;
            const auto probe = gazetteer_.probe(t.key);
            if (!probe.exact) return false;
            for (const auto& q : probe.postings)
                for (const auto& p : c.postings)
                    if (q.place == p.place && !alternate_origin(static_cast<NameOrigin>(q.origin))) return true;
            return false;
        };
        bool words = true;
        for (std::size_t k = c.first; k < c.last && words; ++k)
            words = lexicon_.dictionary_word(tokens[k].key) && !names_same_place(tokens[k]);
        if (words) return Refusal::common_word;
        // ("The White House said Hamas must ...": Hamm's Lithuanian name.)
        // Where a word before asks for a place, or a region qualifies it,
        // the alternate is let be: "a plant in Cologne", "Cologne, Germany".
        // (Nor in a list of names: "MARTYNOVKA, MAKHNOVKA, KOSITSA - Villages".)
        const bool in_list = c.first > 1 && tokens[c.first - 1].capitalised && first.before == Separator::comma;
        // ("around Kakuma and Lokichoggio": the last item of a list a word of
        // place opens.)
        auto listed_after_placing_word = [&] {
            std::size_t k = c.first;
            bool joined = false;
            while (k > 0 && c.first - k < 8) {
                const Token& t = tokens[k - 1];
                if (t.key == "and" || t.key == "or") joined = true;
                else if (!t.capitalised || t.cyrillic) return joined && placing_word(t.key);
                if (tokens[k].before == Separator::comma) joined = true;
                --k;
            }
            return false;
        };
        // ("Myanmar's Tachileik", "Kenya's Lokichoggio": a country's possessive
        // before it asks for a place of that country.)
        auto owned_by_its_country = [&] {
            if (c.first == 0 || !tokens[c.first - 1].possessive || first.before != Separator::space) return false;
            const auto probe = gazetteer_.probe(tokens[c.first - 1].key);
            if (!probe.exact) return false;
            for (const auto& q : probe.postings) {
                const PlaceView country = gazetteer_.place(q.place);
                if (country.kind() != PlaceKind::country) continue;
                // (A town of some size: "Mexico's Pemex" is the company.)
                for (const auto& p : c.postings)
                    if (gazetteer_.place(p.place).country() == country.country() && gazetteer_.place(p.place).population() >= 20000)
                        return true;
            }
            return false;
        };
        // ("the Kullu-Manali highway": joined by a hyphen to a town of its
        // country named by its own name, a route's other end.)
        auto paired_with_compatriot = [&] {
            std::size_t at = tokens.size();
            if (c.last < tokens.size() && tokens[c.last].before == Separator::hyphen && tokens[c.last].capitalised) at = c.last;
            if (at == tokens.size()) return false;
            Candidate other;
            if (!longest_match(tokens, at, other)) return false;
            for (const auto& q : other.postings) {
                const PlaceView there = gazetteer_.place(q.place);
                if (alternate_origin(static_cast<NameOrigin>(q.origin)) || there.kind() != PlaceKind::settlement) continue;
                for (const auto& p : c.postings)
                    if (gazetteer_.place(p.place).country() == there.country()) return true;
            }
            return false;
        };
        if (!(c.first > 0 && placing_word(tokens[c.first - 1].key)) && !qualified_by_region(tokens, c) && !in_list &&
            !listed_beside_compatriot(tokens, c) && !listed_after_placing_word() && !owned_by_its_country() &&
            !paired_with_compatriot())
            return Refusal::obscure;
    }
    // A capital letter explained by the sentence start says nothing: the
    // match must stand on its own ("Станом", "Тому", "Сили" are words).
    const bool unexplained_capital = !first.sentence_start && !title_case;
    // ("громади: Борова, Богуславка": a word opening a list whose next item
    // is a Cyrillic place is its first item, however a dictionary reads it.)
    auto opens_place_list = [&] {
        // (Written as the place's own nominative, a settlement of note there:
        // "Тому, Харків вистояв" is a word, declined.)
        if (!first.cyrillic || c.inflected || c.last >= tokens.size()) return false;
        const bool settlement = std::any_of(c.postings.begin(), c.postings.end(), [&](const format::Posting& p) {
            PlaceView v = gazetteer_.place(p.place);
            const auto origin = static_cast<NameOrigin>(p.origin);
            return v.kind() == PlaceKind::settlement && cyrillic_country(v.country()) && v.population() >= 1000 &&
                   origin != NameOrigin::historic && origin != NameOrigin::former;
        });
        if (!settlement) return false;
        std::size_t q = c.last;
        if (tokens[q].before != Separator::comma) {
            if (!conjunction(tokens[q].key) || tokens[q].before != Separator::space) return false;
            ++q;
        }
        if (q >= tokens.size() || !tokens[q].capitalised || !tokens[q].cyrillic || tokens[q].upper) return false;
        Candidate next;
        return cyrillic_match(tokens, facts, q, next) && !next.postings.empty();
    };
    if (!unexplained_capital && c.last - c.first == 1 && !solid && !unknown_word(first, c) && !opens_place_list())
        return Refusal::weak_at_start;
    // A single common English word ("Progress", "Victory", "Mayor") is a place
    // only where it is not at the start of a sentence and names a big place.
    // ("arrested Monday in Rogers on a charge", "born in Parsons, a daughter
    // of": after "in", "near" or "at", a capital mid-sentence, and no
    // capitalised word after it, a town of some size is meant.)
    static constexpr std::string_view placing_prepositions[] = {"in", "near", "at", "outside"};
    const bool placed_alone =
        unexplained_capital && c.first > 0 && first.before == Separator::space && !day_or_month(first.key) &&
        std::find(std::begin(placing_prepositions), std::end(placing_prepositions), tokens[c.first - 1].key) !=
            std::end(placing_prepositions) &&
        !(c.last < tokens.size() && tokens[c.last].before == Separator::space && tokens[c.last].capitalised);
    // ("parts of Wales", "around Wales", "across Victoria": a province after a word of place,
    // nothing capitalised after it; "Fans packed the Bay" is none.)
    static constexpr std::string_view region_places[] = {"in",   "of",     "across", "throughout", "from",   "to",
                                                         "near", "into",   "around", "within",     "beyond", "outside"};
    const bool placed_region =
        unexplained_capital && c.first > 0 && first.before == Separator::space &&
        std::find(std::begin(region_places), std::end(region_places), tokens[c.first - 1].key) != std::end(region_places) &&
        !(c.last < tokens.size() && tokens[c.last].before == Separator::space && tokens[c.last].capitalised);
    // ("the Var department", "the Lot department", "Orange and Riverside
    // counties": the word after names the area, of which the gazetteer knows
    // one of that kind by that name.)
    const Designator area_word = c.last < tokens.size() && tokens[c.last].before == Separator::space
                                     ? facts.designator(c.last)
                                     : Designator::none;
    // ("the town of Jasper", "the village of Reading": the words before ask
    // for a settlement by its name.)
    static constexpr std::string_view settlement_nouns[] = {"town", "city", "village", "hamlet", "township", "municipality"};
    const bool named_settlement = c.first >= 2 && tokens[c.first - 1].key == "of" && first.before == Separator::space &&
                                  std::find(std::begin(settlement_nouns), std::end(settlement_nouns), tokens[c.first - 2].key) !=
                                      std::end(settlement_nouns);
    if (c.last - c.first == 1 && !first.cyrillic && own.common_word) {
        bool big = false;
        for (const auto& p : c.postings) {
            PlaceView v = gazetteer_.place(p.place);
            auto origin = static_cast<NameOrigin>(p.origin);
            bool full_name = origin != NameOrigin::admin_core && origin != NameOrigin::direction;
            const bool main_name = origin == NameOrigin::preferred || origin == NameOrigin::ascii;
            // ("Flooding hit parts of Wales": a state or province by its main name, mid-sentence.)
            big = big || (full_name && (v.kind() == PlaceKind::country || (unexplained_capital && v.population() >= 100000))) ||
                  (placed_region && main_name && v.kind() == PlaceKind::admin1 && !compass_name(first.key)) ||
                  (placed_alone && main_name && v.kind() == PlaceKind::settlement && v.population() >= 5000) ||
                  (named_settlement && main_name && v.kind() == PlaceKind::settlement) ||
                  (main_name && (((area_word == Designator::admin2 || c.listed_county) && v.kind() == PlaceKind::admin2) ||
                                 (area_word == Designator::admin1 && v.kind() == PlaceKind::admin1)));
        }
        // ("northwest of Sisters, Ore.": a state or country after the comma that
        // holds a town of that name names the town.)
        big = big || qualified_by_region(tokens, c);
        if (!big) return Refusal::common_word;
    }
    return Refusal::none;
}

namespace {

// Byte spans of web addresses: from "http://", "https://" or "www." to the
// next space, quote or angle bracket.
std::vector<std::pair<std::size_t, std::size_t>> url_spans(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t pos = 0;
    while (true) {
        std::size_t a = std::min({text.find("http://", pos), text.find("https://", pos), text.find("www.", pos)});
        if (a == std::string_view::npos) break;
        std::size_t e = text.find_first_of(" \t\n\r\"'<>", a);
        if (e == std::string_view::npos) e = text.size();
        out.emplace_back(a, e);
        pos = e;
    }
    return out;
}

// Lines written in Title Case (headlines) give capitals no meaning: the
// proper-name rules are off there.
std::vector<bool> title_case_lines(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<bool> out(tokens.size(), false);
    std::size_t line_begin = 0;
    while (line_begin < tokens.size()) {
        // Words never hold a line break, so the first one after the line's
        // first word ends the line (one search per line, not per word).
        const std::size_t line_break = text.find('\n', tokens[line_begin].full_end);
        std::size_t line_end = line_begin + 1;
        while (line_end < tokens.size() && line_break >= tokens[line_end].begin) ++line_end;
        // Title Case: several words and no lower-case word of four letters
        // or more other than the short function words headlines keep small.
        std::size_t words = 0, lower = 0;
        for (std::size_t k = line_begin; k < line_end; ++k) {
            const std::string& w = tokens[k].key;
            if (w.size() < 4 || w == "with" || w == "from" || w == "into" || w == "over" || w == "after" ||
                w == "than" || w == "that" || w == "this" || w == "near")
                continue;
            ++words;
            lower += !tokens[k].capitalised;
        }
        // (Three such words are enough: "Russian Drones Hit Odesa",
        // "Kharkiv Under Attack", "ДРОНЫ АТАКОВАЛИ КИЕВ".)
        bool title = words >= 3 && lower == 0;
        for (std::size_t k = line_begin; k < line_end; ++k) out[k] = title;
        line_begin = line_end;
    }
    return out;
}

}  // namespace

std::vector<RecognizedName> Recognizer::recognize(std::string_view text, const std::vector<Token>& tokens) const {
    std::vector<RecognizedName> out, governments;
    // One-word names refused as common words mid-sentence, for the document
    // to take back where it names the same place surely elsewhere.
    std::vector<Candidate> common_refused;
    std::vector<bool> title_case = title_case_lines(text, tokens);
    TokenFacts facts(lexicon_, tokens);
    std::unordered_set<std::string> person_words;
    // Web addresses ("https://www.rt.com/russia/...") hold words, not places.
    std::vector<std::pair<std::size_t, std::size_t>> urls = url_spans(text);
    auto in_url = [&](std::size_t token) {
        for (const auto& [b, e] : urls)
            if (tokens[token].begin >= b && tokens[token].begin < e) return true;
        return false;
    };
    // The word at `i` continues a list of places: "Pleshchyivka and Nelepivka", "X, Y".
    auto after_place = [&](std::size_t i) {
        return !out.empty() && (out.back().last_token == i || (out.back().last_token + 1 == i && (tokens[i - 1].key == "and" ||
                                                                                                   tokens[i - 1].key == "or")));
    };
    // A list going on after a place: past a comma, "and" or "or", not a bare
    // space ("Бахмут пал" is a town and its verb).
    auto listed_after_place = [&](std::size_t i) {
        return after_place(i) && !(out.back().last_token == i && tokens[i].before == Separator::space);
    };
    // "Курахово, Работино и Новоселидовка": a Cyrillic list of places.
    auto cyrillic_list_item = [&](std::size_t i) {
        if (out.empty() || i < 2) return false;
        return (out.back().last_token == i && tokens[i].before == Separator::comma) ||
               (out.back().last_token + 1 == i && conjunction(tokens[i - 1].key));
    };
    // "Sharkey and Humphreys counties", "Los Angeles and Orange counties": a
    // name in a list that a plural county word closes is that county, which
    // the gazetteer names with its word ("Orange County"), not a town.
    auto listed_county = [&](std::size_t at, Candidate& out) {
        std::size_t k = at;
        std::string key;
        while (k < tokens.size() && tokens[k].capitalised && !tokens[k].cyrillic && (k == at || joins(tokens[k].before)) &&
               k < at + 4) {
            key += (k == at ? "" : " ") + tokens[k].key;
            ++k;
        }
        for (std::size_t q = k; q < tokens.size() && q < k + 12; ++q) {
            const Token& w = tokens[q];
            if (w.before != Separator::space && w.before != Separator::comma && w.before != Separator::hyphen) return;
            const char* word = w.key == "counties" ? " county" : w.key == "parishes" ? " parish" : nullptr;
            if (word) {
                if (w.before != Separator::space) return;
                auto probe = gazetteer_.probe(key + word);
                if (!probe.exact) return;
                // ("Texas and Oklahoma counties": a state's own name stays the state.)
                auto plain = gazetteer_.probe(key);
                if (plain.exact && std::any_of(plain.postings.begin(), plain.postings.end(), [&](const format::Posting& p) {
                        const PlaceKind k = gazetteer_.place(p.place).kind();
                        return k == PlaceKind::admin1 || k == PlaceKind::country;
                    }))
                    return;
                std::vector<format::Posting> counties;
                for (const auto& p : probe.postings)
                    if (gazetteer_.place(p.place).kind() == PlaceKind::admin2) counties.push_back(p);
                if (counties.empty()) return;
                out = Candidate{};
                out.first = at;
                out.last = k;
                out.key = key;
                out.postings = std::move(counties);
                out.listed_county = true;
                return;
            }
            if (!(w.key == "and" || w.key == "or" || (w.capitalised && !w.cyrillic))) return;
        }
    };
    // A Latin name as written, with the seat of a region matched by its short form.
    auto latin_match = [&](std::size_t at, Candidate& out) {
        listed_county(at, out);
        if (!out.postings.empty()) return true;
        const bool found = longest_match(tokens, at, out);
        if (found) add_region_seat(out);
        // "the Kupianskyi direction", "Myrivska hromada": a transliterated
        // adjective of a town before a direction, a community, a district or a plant.
        if ((!found || out.last == at + 1) && latin_place_adjective(tokens[at].key)) adjective_match(tokens, facts, at, out);
        return !out.postings.empty() && out.last > out.first;
    };
    for (std::size_t i = 0; i < tokens.size();) {
        const Token& t = tokens[i];
        Candidate c;
        bool misspelt = false;
        // (Only a capitalised word after a comma can be one: most words are asked nothing.)
        const bool abbreviation = (t.before == Separator::comma || (t.upper && (t.key.size() == 2 || t.key.size() == 3))) && t.capitalised &&
                                  region_abbreviation(text, tokens, i, after_place(i), c);
        if (abbreviation) {
            // A region that qualifies the place before it: no rule refuses it.
        } else if (!t.capitalised && lower_case_place(tokens, facts, i, listed_after_place(i) || cyrillic_list_item(i), c)) {
            // A place of note in lower case where a place is asked for.
        } else if (!t.capitalised || !(t.cyrillic ? cyrillic_match(tokens, facts, i, c) : latin_match(i, c))) {
            if (!t.capitalised ||
                !(near_miss(tokens, facts, i, c) || romanized_variant(text, tokens, facts, i, after_place(i), c) ||
                  cyrillic_variant(tokens, facts, i, after_place(i) || cyrillic_list_item(i), c))) {
                ++i;
                continue;
            }
            misspelt = true;
        }
        if (in_url(c.first)) {
            i = c.last;
            continue;
        }
        Refusal refusal = abbreviation ? Refusal::none : check(tokens, facts, c, title_case);
        // "the east bank of the Dnieper": where the words around it show a
        // river and the gazetteer holds that river, the name is the river.
        if (refusal == Refusal::water && keep_water_only(c)) refusal = Refusal::none;
        // "Verkhnya Krynitsa": a refused one-word village ("Verkhnia") may
        // open a two-word name in another transliteration.
        if (refusal != Refusal::none && c.last == c.first + 1 && !misspelt) {
            Candidate pair;
            if (romanized_variant(text, tokens, facts, i, after_place(i), pair, true)) {
                c = std::move(pair);
                refusal = check(tokens, facts, c, title_case);
            }
        }
        if (refusal == Refusal::none &&
            (quoted_declined(text, tokens, c) || quoted_unit(text, tokens, c) || quoted_title(text, tokens, c)))
            refusal = Refusal::quoted;
        // ("I've", "I'll", "We're": a contraction is a pronoun and a verb, whatever
        // town its letters spell.)
        if (refusal == Refusal::none && c.last == c.first + 1 && !tokens[c.first].cyrillic) {
            const std::string_view written = text.substr(tokens[c.first].begin, tokens[c.first].end - tokens[c.first].begin);
            for (std::string_view tail : {"'ve", "'ll", "'re", "'m", "'d", "’ve", "’ll", "’re", "’m", "’d"})
                if (written.size() > tail.size() && written.ends_with(tail)) refusal = Refusal::common_word;
        }
        // ("U.S. 20", "US 101": a route's number after the country names a road;
        // not a year, a calibre or a unit's number: "US 2024 election", "US
        // 155mm shells", "US 101st Airborne".)
        if (refusal == Refusal::none && c.last == c.first + 1 && tokens[c.first].key == "us" && tokens[c.first].upper &&
            c.last < tokens.size() && tokens[c.last].before == Separator::space) {
            const std::string& number = tokens[c.last].key;
            if (!number.empty() && number.size() <= 3 &&
                std::all_of(number.begin(), number.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
                !(c.last + 1 < tokens.size() && tokens[c.last + 1].before == Separator::space &&
                  (tokens[c.last + 1].key == "mm" || tokens[c.last + 1].key == "millimetre" || tokens[c.last + 1].key == "millimeter")))
                refusal = Refusal::street;
        }
        if (refusal == Refusal::none && declined_speaker(text, tokens, c)) refusal = Refusal::person_name;
        // A government is put aside, for the document as a whole to decide.
        const bool government = refusal == Refusal::metonym;
        if (refusal != Refusal::none && !government) {
            // Refuse the span, not the name: only where the refusal shows a
            // person ("Vladimir Putin", "Mr Borodai") are the person's names
            // remembered, so that a later "Putin" alone is not a place
            // either; "Dublin City Council" leaves every other Dublin alone.
            if (refusal == Refusal::person_or_org_after && c.last < tokens.size()) {
                const Token& next = tokens[c.last];
                const WordFacts& nf = facts[c.last];
                // ("Герої Гостомеля": a declined town after a refused word is no surname.)
                Candidate town;
                const bool declined_town = next.cyrillic && cyrillic_match(tokens, facts, c.last, town) && town.inflected &&
                                           std::any_of(town.postings.begin(), town.postings.end(), [&](const format::Posting& p) {
                                               return cyrillic_country(gazetteer_.place(p.place).country());
                                           });
                if (!next.upper && !nf.common_word && !nf.org_head && !nf.facility_noun && !declined_town) {
                    person_words.insert(next.key);
                    // ("жительница Шебекино Ирина", "a resident of Kupiansk Olha": a
                    // place after a noun that governs it, or declined, is the
                    // person's town, not a first name; the town stays a place.)
                    const bool governed =
                        c.first > 0 && tokens[c.first].before == Separator::space && !tokens[c.first - 1].capitalised &&
                        !facts[c.first - 1].person_title &&
                        (tokens[c.first - 1].cyrillic || tokens[c.first - 1].key == "of" || tokens[c.first - 1].key == "from" ||
                         tokens[c.first - 1].key == "in");
                    if (!governed && !c.inflected) person_words.insert(c.key);
                }
            }
            if (refusal == Refusal::common_word && c.last == c.first + 1 && !tokens[c.first].cyrillic &&
                !tokens[c.first].sentence_start && !title_case[c.first] && c.first > 0 &&
                tokens[c.first - 1].key != "a" && tokens[c.first - 1].key != "an")
                common_refused.push_back(c);
            if (refusal == Refusal::proper_name_before) {
                const Token& prev = tokens[c.first - 1];
                const WordFacts& pf = facts[c.first - 1];
                if (pf.person_title || (!prev.upper && !pf.common_word && !pf.org_noun)) person_words.insert(c.key);
            }
            i = c.last;  // the words of a refused name are not places either
            continue;
        }
        bool upper = std::all_of(tokens.begin() + c.first, tokens.begin() + c.last, [](const Token& x) { return x.upper; });
        RecognizedName n;
        n.first_token = c.first;
        n.last_token = c.last;
        n.begin = tokens[c.first].begin;
        n.end = tokens[c.last - 1].end;
        if (c.key.ends_with("s") && tokens[c.last - 1].possessive && c.key != tokens[c.last - 1].key &&
            c.key.substr(c.key.rfind(' ') + 1) == tokens[c.last - 1].key + "s")
            n.end = tokens[c.last - 1].full_end;
        n.inflected = c.inflected;
        n.misspelt = misspelt;
        bool short_upper = upper && c.key.size() <= 5;
        bool has_acronym = std::any_of(c.postings.begin(), c.postings.end(),
                                       [](const format::Posting& p) { return p.flags & format::posting_upper_case; });
        for (const auto& p : c.postings) {
            bool acronym = p.flags & format::posting_upper_case;
            if (acronym && !upper) continue;
            // "UK", "NIS": an upper-case token is an acronym, so only places
            // known by that acronym qualify.
            if (short_upper && has_acronym && !acronym) continue;
            n.matches.push_back({p.place, static_cast<NameOrigin>(p.origin), acronym});
        }
        if (n.matches.empty()) {
            ++i;
            continue;
        }
        for (std::uint32_t place : c.adjectival)
            if (std::any_of(n.matches.begin(), n.matches.end(), [&](const NameMatch& m) { return m.place == place; }))
                n.adjectival.push_back(place);
        if (c.last < tokens.size() && tokens[c.last].before == Separator::space && !tokens[c.last - 1].possessive) {
            n.designator = state_word_after(tokens, c) ? Designator::admin1 : facts.designator(c.last);
            // "the Kursk region" names the region: the surface includes the
            // word; so does "Межівській громаді".
            if (names_area(n.designator)) n.end = tokens[c.last].end;
        }
        // A name that ends in its designator ("Kursk region" as an alias).
        if (n.designator == Designator::none && c.last - c.first > 1)
            n.designator = facts.designator(c.last - 1);
        // "у Сумській, Київській та Харківській областях": one region word
        // after a list of Cyrillic adjectives designates each of them.
        // ("Новопавловка Донецкой области": a place right after the name owns
        // the region word; the name is a settlement it qualifies.)
        if (n.designator == Designator::none && tokens[c.first].cyrillic) {
            Designator d = designator_after(lexicon_, tokens, c.last);
            Candidate next_place;
            const bool place_next = c.last < tokens.size() && tokens[c.last].before == Separator::space &&
                                    tokens[c.last].capitalised && longest_match(tokens, c.last, next_place);
            if (!place_next && (names_area(d) || (d == Designator::direction && !n.adjectival.empty()))) n.designator = d;
        }
        // "the Lviv and Ivano-Frankivsk regions", "the Kyiv, Cherkasy and Poltava
        // oblasts", "the Pokrovsk and Lyman directions": a plural designator
        // after a list designates each name.
        if (n.designator == Designator::none && !tokens[c.first].cyrillic && c.last < tokens.size() &&
            (tokens[c.last].key == "and" || tokens[c.last].key == "or" || tokens[c.last].before == Separator::comma)) {
            for (std::size_t k = c.last; k < tokens.size() && k < c.last + 10; ++k) {
                const Token& w = tokens[k];
                if (w.key == "regions" || w.key == "oblasts" || w.key == "provinces") {
                    if (w.before == Separator::space) n.designator = Designator::admin1;
                    break;
                }
                if (w.key == "directions" || w.key == "sectors" || w.key == "axes") {
                    if (w.before == Separator::space) n.designator = Designator::direction;
                    break;
                }
                const bool joins_list = w.key == "and" || w.key == "or" || (w.capitalised && !w.cyrillic);
                if (!joins_list || (w.before != Separator::space && w.before != Separator::comma && w.before != Separator::hyphen)) break;
            }
        }
        if (n.designator == Designator::admin2) city_district(tokens, c.last, n);
        // "the region of Kursk" names the region too, "the city of Kursk" the city.
        if (n.designator == Designator::none && c.first >= 2 && tokens[c.first - 1].key == "of") {
            Designator d = facts.designator(c.first - 2);
            if (d == Designator::admin1 || d == Designator::settlement) n.designator = d;
        }
        n.region_word = c.region_word;
        (government ? governments : out).push_back(std::move(n));
        i = c.last;
    }
    // Reporting on the war names a state or its capital that speaks, acts or
    // owns as the government it stands for, and maps only where things
    // happen; general news writes "Kenya's capital", "Russia, which fought a
    // war with Georgia" of the country itself, and a geoparse of it counts
    // each. General news names towns or regions abroad and none found only
    // in the war's countries (whose names, like the countries', are in news
    // of every kind).
    auto towns_only = [&](const RecognizedName& n, bool in_war_countries) {
        if (tokens[n.first_token].cyrillic) return in_war_countries;  // (Cyrillic news is all of the war)
        return std::all_of(n.matches.begin(), n.matches.end(), [&](const NameMatch& m) {
            const PlaceView v = gazetteer_.place(m.place);
            const bool war = v.country() == "UA" || v.country() == "RU" || v.country() == "BY";
            return war == in_war_countries && v.kind() != PlaceKind::country;
        });
    };
    if (!governments.empty() && std::any_of(out.begin(), out.end(), [&](const RecognizedName& n) { return towns_only(n, false); }) &&
        std::none_of(out.begin(), out.end(), [&](const RecognizedName& n) { return towns_only(n, true); })) {
        // ("Kenya Airways", "Japan Airlines": a country naming a carrier or a
        // fund stays out.)
        auto names_a_body = [&](const RecognizedName& n) {
            return n.last_token < tokens.size() && tokens[n.last_token].before == Separator::space && facts[n.last_token].org_head;
        };
        for (RecognizedName& n : governments)
            if (!towns_only(n, true) && !names_a_body(n) && !std::all_of(n.matches.begin(), n.matches.end(), [&](const NameMatch& m) {
                    const std::string_view cc = gazetteer_.place(m.place).country();
                    return cc == "UA" || cc == "RU" || cc == "BY";
                }))
                out.push_back(std::move(n));
        std::sort(out.begin(), out.end(), [](const RecognizedName& a, const RecognizedName& b) { return a.begin < b.begin; });
    }
    // "JASPER, Alta. — ... burned into the town of Jasper": where the document
    // names a place by a word that is also a common one in a dateline, with
    // a qualifier or after a word that asks for a town, its other
    // capitalised mid-sentence uses are that place too (one sense per
    // document; lower-case uses stay words).
    if (!common_refused.empty()) {
        std::unordered_set<std::string> sure;
        for (const RecognizedName& n : out)
            if (n.last_token == n.first_token + 1 && !tokens[n.first_token].cyrillic) sure.insert(tokens[n.first_token].key);
        bool added = false;
        for (const Candidate& c : common_refused) {
            if (!sure.count(tokens[c.first].key)) continue;
            RecognizedName n;
            n.first_token = c.first;
            n.last_token = c.last;
            n.begin = tokens[c.first].begin;
            n.end = tokens[c.last - 1].end;
            for (const auto& p : c.postings)
                if (!(p.flags & format::posting_upper_case)) n.matches.push_back({p.place, static_cast<NameOrigin>(p.origin), false});
            if (n.matches.empty()) continue;
            out.push_back(std::move(n));
            added = true;
        }
        if (added)
            std::sort(out.begin(), out.end(), [](const RecognizedName& a, const RecognizedName& b) { return a.begin < b.begin; });
    }
    // One-word names this document also uses for a person are not places.
    std::erase_if(out, [&](const RecognizedName& n) {
        return n.last_token - n.first_token == 1 && person_words.count(tokens[n.first_token].key) &&
               !std::any_of(n.matches.begin(), n.matches.end(), [&](const NameMatch& m) {
                   auto k = gazetteer_.place(m.place).kind();
                   return k == PlaceKind::country || k == PlaceKind::admin1;
               });
    });
    return out;
}

const char* to_string(Refusal r) {
    switch (r) {
        case Refusal::none: return "not refused";
        case Refusal::person_or_org_after: return "a person's or an organisation's name follows";
        case Refusal::proper_name_before: return "part of a longer proper name before it";
        case Refusal::title_phrase: return "a word of a title-case phrase";
        case Refusal::common_word: return "a common word";
        case Refusal::too_short: return "too short to tell";
        case Refusal::org_word_after: return "an organisation word follows";
        case Refusal::demonym: return "a people or a language";
        case Refusal::person_name: return "a person's name";
        case Refusal::metonym: return "a country or capital standing for its government";
        case Refusal::vessel: return "a ship, unit, club or weapon";
        case Refusal::weak_at_start: return "capitalised only by the sentence start, and a weak match";
        case Refusal::in_url: return "inside a web address";
        case Refusal::water: return "a river named like a town";
        case Refusal::quoted: return "a declined word, or a unit's name, in quotes";
        case Refusal::speaker: return "a name that speaks: a person's, an agency's or an office's";
        case Refusal::obscure: return "only an obscure other name of a far-away place, and nothing asks for a place";
        case Refusal::street: return "a street named after a place";
    }
    return "?";
}

std::vector<std::pair<RecognizedName, Refusal>> Recognizer::refused(std::string_view text) const {
    std::vector<std::pair<RecognizedName, Refusal>> out;
    auto tokens = tokenize(text);
    std::vector<bool> title_case = title_case_lines(text, tokens);
    TokenFacts facts(lexicon_, tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Candidate c;
        if (!tokens[i].capitalised ||
            !(tokens[i].cyrillic ? cyrillic_match(tokens, facts, i, c) : longest_match(tokens, i, c)))
            continue;
        Refusal r = check(tokens, facts, c, title_case);
        if (r == Refusal::water && keep_water_only(c)) r = Refusal::none;
        if (r == Refusal::none && (quoted_declined(text, tokens, c) || quoted_unit(text, tokens, c) || quoted_title(text, tokens, c)))
            r = Refusal::quoted;
        if (r == Refusal::none && declined_speaker(text, tokens, c)) r = Refusal::person_name;
        if (r == Refusal::none) {
            i = c.last - 1;  // (its later words are no names of their own)
            continue;
        }
        RecognizedName n;
        n.first_token = c.first;
        n.last_token = c.last;
        n.begin = tokens[c.first].begin;
        n.end = tokens[c.last - 1].end;
        out.emplace_back(std::move(n), r);
        i = c.last - 1;
    }
    return out;
}

}  // namespace frontline
