#include "frontline/text/transliterate.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "frontline/error.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

// Rules of the 2010 national system. Word-initial forms of є ї й ю я differ
// from the medial ones; "зг" is written "zgh" to keep it apart from "ж".
constexpr const char16_t* ukrainian_national_rules = u"" R"RULES(
:: NFC ;
$wb = [^[:L:][:M:]'ʼ’] ;
$wb { є → ye ; $wb { Є → Ye ;
$wb { ї → yi ; $wb { Ї → Yi ;
$wb { й → y ;  $wb { Й → Y ;
$wb { ю → yu ; $wb { Ю → Yu ;
$wb { я → ya ; $wb { Я → Ya ;
^ є → ye ; ^ Є → Ye ; ^ ї → yi ; ^ Ї → Yi ; ^ й → y ; ^ Й → Y ;
^ ю → yu ; ^ Ю → Yu ; ^ я → ya ; ^ Я → Ya ;
зг → zgh ; Зг → Zgh ; ЗГ → ZGH ;
а → a ; А → A ; б → b ; Б → B ; в → v ; В → V ; г → h ; Г → H ; ґ → g ; Ґ → G ;
д → d ; Д → D ; е → e ; Е → E ; є → ie ; Є → Ie ; ж → zh ; Ж → Zh ; з → z ; З → Z ;
и → y ; И → Y ; і → i ; І → I ; ї → i ; Ї → I ; й → i ; Й → I ; к → k ; К → K ;
л → l ; Л → L ; м → m ; М → M ; н → n ; Н → N ; о → o ; О → O ; п → p ; П → P ;
р → r ; Р → R ; с → s ; С → S ; т → t ; Т → T ; у → u ; У → U ; ф → f ; Ф → F ;
х → kh ; Х → Kh ; ц → ts ; Ц → Ts ; ч → ch ; Ч → Ch ; ш → sh ; Ш → Sh ;
щ → shch ; Щ → Shch ; ю → iu ; Ю → Iu ; я → ia ; Я → Ia ;
ь → ; Ь → ; ['ʼ’] → ;
ы → y ; э → e ; ъ → ; ё → e ; Ё → E ;
)RULES";

struct TransliteratorDeleter {
    void operator()(icu::Transliterator* t) const { delete t; }
};
using TransliteratorPtr = std::unique_ptr<icu::Transliterator, TransliteratorDeleter>;

TransliteratorPtr make_system(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    TransliteratorPtr t(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) throw Error(std::string("ICU transliterator unavailable: ") + id);
    return t;
}

TransliteratorPtr make_from_rules(const char16_t* rules, const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    TransliteratorPtr t(icu::Transliterator::createFromRules(icu::UnicodeString::fromUTF8(name),
                                                             icu::UnicodeString(rules), UTRANS_FORWARD, parse_error,
                                                             status));
    if (U_FAILURE(status) || !t)
        throw Error(std::string("ICU rules for ") + name + " do not compile (line " +
                    std::to_string(parse_error.line) + ")");
    return t;
}

// ICU transliterators keep mutable state, so each thread owns its own.
struct Systems {
    TransliteratorPtr ukrainian_national = make_from_rules(ukrainian_national_rules, "uk-national-2010");
    TransliteratorPtr ukrainian_bgn = make_system("Ukrainian-Latin/BGN");
    TransliteratorPtr russian_bgn = make_system("Russian-Latin/BGN");
};

Systems& systems() {
    thread_local Systems s;
    return s;
}

std::string run_system(icu::Transliterator& t, std::string_view s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    t.transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
        s.replace(pos, from.size(), to);
}

// The press drops primes and BGN/PCGN's middle dot ("Soldat·skoye", where
// "тс" is not "ц") and writes "-skiy"/"-skyy" as "-sky".
std::string press_form(std::string s) {
    std::string out;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t c = decode_utf8(s, pos);
        if (is_apostrophe(c) || c == 0x02BA || c == 0x00B7 || c == U'"') continue;
        out.append(s, start, pos - start);
    }
    for (const char* ending : {"iy", "yy", "ij"}) {
        for (std::size_t pos = 0; (pos = out.find(ending, pos)) != std::string::npos;) {
            std::size_t after = pos + 2;
            bool word_end = after == out.size() || out[after] == ' ' || out[after] == '-';
            if (word_end) out.replace(pos, 2, "y");
            else pos = after;
            if (word_end) ++pos;
        }
    }
    return out;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> letters) {
    return std::any_of(letters.begin(), letters.end(), [&](std::string_view l) { return s.find(l) != std::string_view::npos; });
}

}  // namespace

bool has_cyrillic(std::string_view utf8) {
    for (std::size_t pos = 0; pos < utf8.size();) {
        if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
            ++pos;
            continue;
        }
        char32_t c = decode_utf8(utf8, pos);
        if (c >= 0x0400 && c <= 0x052F) return true;
    }
    return false;
}

CyrillicLanguage guess_cyrillic_language(std::string_view name) {
    if (contains_any(name, {"і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"})) return CyrillicLanguage::ukrainian;
    if (contains_any(name, {"ы", "э", "ъ", "ё", "Ы", "Э", "Ё"})) return CyrillicLanguage::russian;
    return CyrillicLanguage::unknown;
}

std::string transliterate_ukrainian_national(std::string_view name) {
    return run_system(*systems().ukrainian_national, name);
}

std::string russian_cyrillic_form(std::string_view ukrainian) {
    if (guess_cyrillic_language(ukrainian) == CyrillicLanguage::russian) return {};
    // Word by word: a Ukrainian ending or stem the Russian spelling writes
    // otherwise, then the letters. A name with no such ending or stem is
    // left alone: its letters alone would turn words into names ("Лінія"
    // would be "Линия", the Russian for "line").
    bool structural = false;
    auto convert_word = [&structural](std::string w) {
        // (Adjectival names, "Львівське", are left alone: their Russian-looking
        // forms read as inflections of the region adjectives, "Львівська".)
        if (w.find("ськ") != std::string::npos || w.find("цьк") != std::string::npos) return w;
        auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && std::string_view(w).ends_with(e); };
        auto swap_end = [&](std::string_view from, std::string_view to) {
            w.replace(w.size() - from.size(), from.size(), to);
            structural = true;
        };
        // ("Андріївка", "Олексіївка": Андрей's, Алексей's -евка.)
        if (ends("іївка")) swap_end("іївка", "еевка");
        else if (ends("івка")) swap_end("івка", "овка");
        else if (ends("ївка")) swap_end("ївка", "евка");
        else if (ends("ове") || ends("еве") || ends("ине")) swap_end("е", "о");
        else if (ends("ці")) swap_end("ці", "цы");
        for (auto [from, to] : {std::pair{"Олександр", "Александр"}, std::pair{"олександр", "александр"},
                                std::pair{"Олекс", "Алекс"}, std::pair{"ієво", "еево"}})
            if (w.find(from) != std::string::npos) {
                replace_all(w, from, to);
                structural = true;
            }
        // An apostrophe before a iotated vowel is a soft sign: "Лук'янці".
        std::string soft;
        for (std::size_t pos = 0; pos < w.size();) {
            const std::size_t start = pos;
            const char32_t c = decode_utf8(w, pos);
            std::size_t after = pos;
            const char32_t next = pos < w.size() ? decode_utf8(w, after) : 0;
            if (is_apostrophe(c) && (next == U'я' || next == U'ю' || next == U'є' || next == U'ї')) soft += "ь";
            else soft.append(w, start, pos - start);
        }
        w = std::move(soft);
        for (auto [from, to] : {std::pair{"ї", "и"}, std::pair{"і", "и"}, std::pair{"І", "И"}, std::pair{"є", "е"},
                                std::pair{"Є", "Е"}, std::pair{"ґ", "г"}, std::pair{"Ґ", "Г"}})
            replace_all(w, from, to);
        return w;
    };
    const std::string s(ukrainian);
    std::string out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != ' ' && s[i] != '-') continue;
        out += convert_word(s.substr(start, i - start));
        if (i < s.size()) out += s[i];
        start = i + 1;
    }
    if (!structural || out == s) return {};
    return out;
}

std::vector<std::string> transliterations(std::string_view name, CyrillicLanguage lang) {
    std::vector<std::string> out;
    if (!has_cyrillic(name)) return out;
    if (lang == CyrillicLanguage::unknown) lang = guess_cyrillic_language(name);
    auto add = [&](std::string s) {
        if (has_cyrillic(s) || s.empty()) return;  // a system that left letters untouched
        if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
    };
    Systems& sys = systems();
    if (lang != CyrillicLanguage::russian) {
        std::string national = run_system(*sys.ukrainian_national, name);
        add(national);
        add(press_form(run_system(*sys.ukrainian_bgn, name)));
        // Russian-style spelling of a Ukrainian name: г as g ("Vugledar").
        std::string g_form = name.data() ? std::string(name) : std::string();
        replace_all(g_form, "г", "ґ");
        replace_all(g_form, "Г", "Ґ");
        add(run_system(*sys.ukrainian_national, g_form));
    }
    if (lang != CyrillicLanguage::ukrainian) {
        std::string bgn = run_system(*sys.russian_bgn, name);
        add(press_form(bgn));
        add(bgn);
        // The press writes a soft sign before и as y: "Ильиновка" is "Ilyinovka".
        if (std::string soft = bgn; soft.find("ʹi") != std::string::npos) {
            replace_all(soft, "ʹi", "yi");
            add(press_form(soft));
        }
    }
    return out;
}

}  // namespace frontline
