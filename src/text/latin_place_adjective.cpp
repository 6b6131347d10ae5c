#include "frontline/text/latin_place_adjective.hpp"

#include <algorithm>
#include <optional>

namespace frontline {

namespace {

// The adjective endings after the -sk-/-tsk-/-zk- suffix, longest first, in
// the Ukrainian and Russian romanizations English text uses.
constexpr std::string_view endings[] = {"oye", "oie", "aya", "aia", "iy", "yi", "yy", "ii", "ij", "y", "a", "e", "o", "i"};

// The stem before the suffix and the suffix's letters ("kupian" + "sk").
struct Stem {
    std::string_view stem;
    std::string_view suffix;  // "sk", "tsk" or "zk"
};

std::optional<Stem> stem_of(std::string_view w) {
    for (std::string_view e : endings) {
        if (w.size() < e.size() + 5 || !w.ends_with(e)) continue;
        std::string_view r = w.substr(0, w.size() - e.size());
        for (std::string_view suffix : {"tsk", "zk", "sk"})
            if (r.ends_with(suffix) && r.size() >= suffix.size() + 3) return Stem{r.substr(0, r.size() - suffix.size()), suffix};
        return std::nullopt;
    }
    return std::nullopt;
}

void add(std::vector<std::string>& out, std::string s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
}

}  // namespace

bool latin_place_adjective(std::string_view folded_word) { return stem_of(folded_word).has_value(); }

std::vector<std::string> latin_adjective_bases(std::string_view folded_word) {
    std::vector<std::string> out;
    const auto st = stem_of(folded_word);
    if (!st) return out;
    const std::string s(st->stem);
    if (st->suffix == "tsk") {
        // Toretskyi <- Toretsk, Donetsky <- Donetsk; Marhanetska <- Marhanets.
        add(out, s + "tsk");
        add(out, s + "ts");
        return out;
    }
    if (st->suffix == "zk") {
        // Zaporizkyi <- Zaporizhzhia.
        add(out, s + "zhzhia");
        add(out, s + "zhzhya");
        return out;
    }
    // Kupianskyi <- Kupiansk; Kharkivskyi <- Kharkiv; Poltavska <- Poltava;
    // Sumska <- Sumy; Kamensky <- Kamensk(-Shakhtinsky).
    add(out, s + "sk");
    add(out, s);
    add(out, s + "a");
    add(out, s + "y");
    add(out, s + "e");
    add(out, s + "o");
    // Kurakhivskyi <- Kurakhove, Myrivska <- Myrove (the Ukrainian -iv- of a
    // closed -ov-), Mezhivska <- Mezhova.
    if (s.ends_with("iv") && s.size() > 4)
        for (std::string_view e : {"ove", "ova", "ovo", "eve"}) add(out, s.substr(0, s.size() - 2) + std::string(e));
    // Bilopilska <- Bilopillia, Huliaipilska <- Huliaipole.
    if (s.ends_with("il") && s.size() > 4) {
        add(out, s + "lia");
        add(out, s.substr(0, s.size() - 2) + "ole");
    }
    // Sudzhanskyi <- Sudzha.
    if (s.ends_with("an") && s.size() > 4) add(out, s.substr(0, s.size() - 1));
    return out;
}

}  // namespace frontline
