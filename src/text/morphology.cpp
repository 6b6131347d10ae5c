#include "frontline/text/morphology.hpp"

#include <hunspell/hunspell.hxx>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <system_error>
#include <thread>
#include <unordered_map>

#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline {

Language cyrillic_language(std::string_view text) {
    std::size_t uk = 0, ru = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = decode_utf8(text, pos);
        switch (c) {
            case U'і': case U'І': case U'ї': case U'Ї': case U'є': case U'Є': case U'ґ': case U'Ґ': ++uk; break;
            case U'ы': case U'Ы': case U'э': case U'Э': case U'ъ': case U'Ъ': case U'ё': case U'Ё': ++ru; break;
            default: break;
        }
    }
    if (uk == ru) return Language::unknown;
    return uk > ru ? Language::uk : Language::ru;
}

namespace {

// Lower case, with every apostrophe-like mark written as the ASCII one the
// Ukrainian dictionary uses ("п’ять" and "пʼять" are "п'ять").
std::string dictionary_form(std::string_view word) {
    std::string lower;
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())))
        .toLower()
        .toUTF8String(lower);
    std::string out;
    out.reserve(lower.size());
    for (std::size_t pos = 0; pos < lower.size();) {
        const char32_t c = decode_utf8(lower, pos);
        append_utf8(out, is_apostrophe(c) ? U'\'' : c);
    }
    return out;
}

// Beyond this many cached words the cache starts again, so memory stays flat
// on endless input (news vocabulary refills the hot words at once).
constexpr std::size_t cache_limit = 1u << 18;

}  // namespace

namespace {

struct Dictionary {
    const char* name;
    std::once_flag loaded;
    std::unique_ptr<Hunspell> hunspell;  // null when not installed
    std::mutex lock;                     // Hunspell keeps state between calls
};

struct Dictionaries {
    std::array<Dictionary, 2> of{Dictionary{"uk_UA", {}, {}, {}}, Dictionary{"ru_RU", {}, {}, {}}};
    std::once_flag background;  // both loads started on threads of their own
};

// Loads on threads of their own, joined at exit: a process that ends while
// one is still parsing must not free what it reads.
class LoaderThreads {
public:
    void start(std::function<void()> work) {
        std::lock_guard guard(lock_);
        threads_.emplace_back(std::move(work));
    }
    ~LoaderThreads() {
        for (std::thread& t : threads_) t.join();
    }

private:
    std::mutex lock_;
    std::vector<std::thread> threads_;
};

LoaderThreads& loader_threads() {
    static LoaderThreads threads;
    return threads;
}

// At most once per dictionary; a second caller waits for the first.
void load_dictionary(const std::filesystem::path& dir, Dictionary& d) {
    std::call_once(d.loaded, [&] {
        const auto aff = dir / (std::string(d.name) + ".aff"), dic = dir / (std::string(d.name) + ".dic");
        std::error_code ec;
        if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec))
            d.hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    });
}

// The dictionaries of a directory, loaded at most once per process and kept
// to its end: loading takes about half a second and freeing a sixth of one,
// and every pipeline of the process (a test run builds dozens) shares them.
// Deliberately never destroyed; the memory stays reachable from here.
Dictionaries& dictionaries_in(const std::filesystem::path& dir) {
    static std::mutex lock;
    static auto* loaded = new std::map<std::string, std::unique_ptr<Dictionaries>>();
    std::lock_guard guard(lock);
    std::unique_ptr<Dictionaries>& d = (*loaded)[dir.string()];
    if (!d) d = std::make_unique<Dictionaries>();
    return *d;
}

}  // namespace

struct Lemmatizer::Impl {
    explicit Impl(std::filesystem::path d) : dir(std::move(d)), dictionaries(&dictionaries_in(dir)) {}

    const std::filesystem::path dir;
    Dictionaries* const dictionaries;
    mutable std::shared_mutex cache_lock;
    std::unordered_map<std::string, std::vector<std::string>> cache;  // key: language letter + word

    // Both dictionaries, each on a thread of its own (a caller that needs
    // one waits for it in load_dictionary()). The threads hold the directory
    // by value: a Lemmatizer may go before they end.
    void load_in_background() const {
        std::call_once(dictionaries->background, [this] {
            for (Dictionary& d : dictionaries->of) try {
                    loader_threads().start([dir = dir, &d] { load_dictionary(dir, d); });
                } catch (const std::system_error&) {
                    // No thread to be had: the first lookup loads it instead.
                }
        });
    }

    Dictionary* open(Language language) {
        if (language != Language::uk && language != Language::ru) return nullptr;
        load_in_background();
        Dictionary& d = dictionaries->of[language == Language::uk ? 0 : 1];
        load_dictionary(dir, d);
        return d.hunspell ? &d : nullptr;
    }

    std::vector<std::string> lookup(const std::string& word, Language language) {
        Dictionary* d = open(language);
        if (!d) return {};
        std::vector<std::string> stems;
        {
            std::lock_guard guard(d->lock);
            stems = d->hunspell->stem(word);
            // ("боёв", "ожесточённые": Russian writes ё where it likes, the
            // dictionary mostly has е.)
            if (word.find("ё") != std::string::npos) {
                std::string plain = word;
                for (std::size_t at; (at = plain.find("ё")) != std::string::npos;) plain.replace(at, std::string("ё").size(), "е");
                for (std::string& s : d->hunspell->stem(plain)) stems.push_back(std::move(s));
            }
        }
        std::vector<std::string> out;
        for (const std::string& s : stems) {
            std::string f = fold(s);
            if (!f.empty() && std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
        }
        return out;
    }
};

Lemmatizer::Lemmatizer(std::filesystem::path dir) : impl_(std::make_unique<Impl>(std::move(dir))) {}

Lemmatizer::Lemmatizer() : Lemmatizer([] {
    const char* env = std::getenv("FRONTLINE_HUNSPELL_DIR");
    return std::filesystem::path(env && *env ? env : "/usr/share/hunspell");
}()) {}

Lemmatizer::~Lemmatizer() = default;

const Lemmatizer& shared_lemmatizer() {
    static const Lemmatizer instance;
    return instance;
}

bool Lemmatizer::available(Language language) const { return impl_->open(language) != nullptr; }

void Lemmatizer::preload(std::string_view text) const {
    if (has_cyrillic(text)) impl_->load_in_background();
}

std::vector<std::string> Lemmatizer::lemmas(std::string_view word, Language language) const {
    if (word.empty() || !has_cyrillic(word)) return {};
    const std::string form = dictionary_form(word);
    std::string key;
    key.reserve(form.size() + 1);
    key += language == Language::uk ? 'u' : language == Language::ru ? 'r' : '?';
    key += form;
    {
        std::shared_lock read(impl_->cache_lock);
        if (auto it = impl_->cache.find(key); it != impl_->cache.end()) return it->second;
    }
    std::vector<std::string> out;
    if (language == Language::unknown) {
        out = impl_->lookup(form, Language::uk);
        for (std::string& s : impl_->lookup(form, Language::ru))
            if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
    } else {
        out = impl_->lookup(form, language);
        // A word the sentence's language does not know may be the other's: a
        // Russian quote in a Ukrainian post, a bulletin that mixes both.
        if (out.empty() && (language == Language::uk || language == Language::ru))
            out = impl_->lookup(form, language == Language::uk ? Language::ru : Language::uk);
    }
    // ("авиаудары", "авіаударів", "контрударом": a compound the dictionary
    // lacks is its prefix before the lemma of the word it builds on.)
    if (out.empty())
        for (std::string_view prefix : {"авиа", "авіа", "контр"}) {
            if (!form.starts_with(prefix) || form.size() < prefix.size() + 6) continue;
            for (const std::string& lemma : lemmas(std::string_view(form).substr(prefix.size()), language))
                out.push_back(fold(prefix) + lemma);
            break;
        }
    std::unique_lock write(impl_->cache_lock);
    if (impl_->cache.size() >= cache_limit) impl_->cache.clear();
    impl_->cache.emplace(std::move(key), out);
    return out;
}

}  // namespace frontline
