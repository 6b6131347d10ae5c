#pragma once
// Site chrome in news pages: donation appeals, subscription and sign-up
// prompts, comment-forum furniture. Patterns come from a data file
// (data/lexicon/boilerplate.txt) so editors can extend them without a build.
#include <filesystem>
#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

/// Matches paragraphs that are site chrome, never reporting. Image captions
/// and headlines are not chrome.
///
/// Pattern file syntax, one pattern per line, '#' starts a comment line:
///   phrase        the normalised paragraph contains the phrase
///   ^phrase       the normalised paragraph starts with the phrase
///   =phrase       the normalised paragraph is exactly the phrase
///                 (trailing . ! ? : ignored)
///   re:REGEX      ECMAScript regex searched in the normalised paragraph
/// Matching is on normalise_paragraph() text: lower case, single spaces,
/// straight quotes. Phrases are normalised the same way when loaded.
///
/// Immutable after construction; const calls are thread-safe. Movable.
class BoilerplateFilter {
public:
    BoilerplateFilter() = default;
    /// Parses pattern lines; throws frontline::Error naming the line of a bad regex.
    explicit BoilerplateFilter(std::string_view patterns, std::string_view origin = "<patterns>");
    /// Loads a pattern file; throws frontline::Error if unreadable or invalid.
    static BoilerplateFilter from_file(const std::filesystem::path& file);
    /// The bundled list, data_path("lexicon/boilerplate.txt").
    static BoilerplateFilter load_default();

    /// Paragraphs longer than this are never chrome.
    static constexpr std::size_t max_paragraph_bytes = 4096;
    /// True if the paragraph (raw text, any case) is chrome.
    bool is_boilerplate(std::string_view paragraph) const;
    /// The same for a paragraph already normalised (normalise_paragraph),
    /// whose raw text was `raw_size` bytes.
    bool is_boilerplate_normalised(std::string_view normalised, std::size_t raw_size) const;
    std::size_t size() const { return contains_.size() + prefix_.size() + exact_.size() + regex_.size(); }

private:
    std::vector<std::string> contains_, prefix_, exact_;
    std::vector<std::regex> regex_;
    /// Per regex, a word it cannot match without (empty if none is known):
    /// a substring check first keeps std::regex off most lines.
    std::vector<std::string> regex_guard_;
};

}  // namespace frontline
