#include "frontline/document/boilerplate.hpp"

#include <fstream>
#include <sstream>

#include "frontline/data_path.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/error.hpp"

namespace frontline {

namespace {

// The longest run of four or more letters outside parentheses whose letters
// are all required (none followed by ?, * or {): "newsletter(s)?\b.*" gives
// "newsletter", "^\d+ comments?$" gives "comment". Empty if there is none.
std::string required_word(std::string_view pattern) {
    std::string best, run;
    int depth = 0;
    auto close = [&] {
        if (run.size() >= 4 && run.size() > best.size()) best = run;
        run.clear();
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '\\') {  // an escape: \d, \b ... ends a run
            close();
            ++i;
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')') --depth;
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool optional = i + 1 < pattern.size() && (pattern[i + 1] == '?' || pattern[i + 1] == '*' || pattern[i + 1] == '{');
        if (depth == 0 && letter && !optional) run += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else close();
    }
    close();
    return best;
}

std::string_view trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::string_view strip_final_punct(std::string_view s) {
    while (!s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':' || s.back() == ' '))
        s.remove_suffix(1);
    return s;
}
}  // namespace

BoilerplateFilter::BoilerplateFilter(std::string_view patterns, std::string_view origin) {
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos <= patterns.size()) {
        std::size_t nl = patterns.find('\n', pos);
        if (nl == std::string_view::npos) nl = patterns.size();
        std::string_view line = trim(patterns.substr(pos, nl - pos));
        pos = nl + 1;
        ++line_no;
        if (line.empty() || line[0] == '#') continue;
        if (line.substr(0, 3) == "re:") {
            try {
                regex_guard_.push_back(required_word(trim(line.substr(3))));
                regex_.emplace_back(std::string(trim(line.substr(3))),
                                    std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
            } catch (const std::regex_error& e) {
                throw Error(std::string(origin) + ":" + std::to_string(line_no) + ": bad regex: " + e.what());
            }
        } else if (line[0] == '^') {
            prefix_.push_back(normalise_paragraph(line.substr(1)));
        } else if (line[0] == '=') {
            exact_.push_back(std::string(strip_final_punct(normalise_paragraph(line.substr(1)))));
        } else {
            contains_.push_back(normalise_paragraph(line));
        }
    }
}

BoilerplateFilter BoilerplateFilter::from_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error("cannot read boilerplate patterns from " + file.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return BoilerplateFilter(ss.str(), file.string());
}

BoilerplateFilter BoilerplateFilter::load_default() { return from_file(data_path("lexicon/boilerplate.txt")); }

bool BoilerplateFilter::is_boilerplate(std::string_view paragraph) const {
    if (paragraph.size() > max_paragraph_bytes) return false;
    return is_boilerplate_normalised(normalise_paragraph(paragraph), paragraph.size());
}

bool BoilerplateFilter::is_boilerplate_normalised(std::string_view norm, std::size_t raw_size) const {
    // Chrome is short; long paragraphs are reporting. The cap also keeps
    // std::regex (recursive in libstdc++) away from huge single lines.
    if (raw_size > max_paragraph_bytes || norm.empty()) return false;
    for (const auto& p : prefix_)
        if (norm.compare(0, p.size(), p) == 0) return true;
    if (!exact_.empty()) {
        const std::string_view bare = strip_final_punct(norm);
        for (const auto& p : exact_)
            if (bare == p) return true;
    }
    for (const auto& p : contains_)
        if (norm.find(p) != std::string::npos) return true;
    // Regular expressions are the slow path; the chrome they describe
    // ("12 comments", "Sign up now") is a short line.
    if (norm.size() > 300) return false;
    for (std::size_t i = 0; i < regex_.size(); ++i) {
        if (!regex_guard_[i].empty() && norm.find(regex_guard_[i]) == std::string::npos) continue;
        if (std::regex_search(norm.begin(), norm.end(), regex_[i])) return true;
    }
    return false;
}

}  // namespace frontline
