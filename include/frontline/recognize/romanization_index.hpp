#pragma once
// Romanization variants of Ukrainian and Russian place names.
//
// The same village is written Huliaipole, Hulyaypole and Gulyaypole,
// Verkhnya Krynitsa and Verkhnia Krynytsia, Pleshchyivka and Pleshchiivka:
// Ukrainian and Russian spellings, national and English transliteration
// systems, machine translation. A skeleton keeps what these spellings share
// and drops what they vary in, so that an unknown capitalised word can be
// looked up among the gazetteer's names of the war's countries.
//
// Thread safety: the index is immutable after build; lookups are safe from
// many threads.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace frontline {

class Gazetteer;

/// The skeleton of a folded Latin name (text/fold.hpp): "kh" and "h" become
/// "g", "zh" and "dzh" "j", "ts" "c", "e" "i", runs of i/y/j one "i", an "i"
/// beside a/o/u dropped, doubled letters single. "hulyaypole",
/// "huliaipole" and "gulyaypole" all give "gulapoli".
std::string romanization_skeleton(std::string_view folded);

/// `written` with the Czech and Slovak háček letters spelt as English
/// digraphs before folding drops their marks: "Časiv Jar" is "Chasiv Jar",
/// "Šachtarsk" "Shachtarsk", "Žytomyr" "Zhytomyr". Empty when it has none.
std::string hacek_digraphs(std::string_view written);

class RomanizationIndex {
public:
    /// Skeletons of the Latin names of every settlement and region of
    /// Ukraine, Russia and Belarus in `gazetteer`.
    static RomanizationIndex build(const Gazetteer& gazetteer);

    /// Places whose names have this skeleton, each once.
    std::span<const std::uint32_t> find(std::string_view skeleton) const;

private:
    std::unordered_map<std::string, std::vector<std::uint32_t>> places_;
};

}  // namespace frontline
