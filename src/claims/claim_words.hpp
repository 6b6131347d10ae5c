#pragma once
// The small classes of words the claim rules read around a place name:
// settlement nouns, bearings, negations, relative pronouns, modifiers that
// may stand between a locative and its place, a year, a dateline's dash.
// Internal to src/claims/.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/recognize/recognizer.hpp"
#include "frontline/recognize/token.hpp"

namespace frontline::claim_words {

/// A news agency's name as a dateline's brackets give it ("Reuters", "AP").
bool wire_agency(std::string_view name);

/// The dash a wire's dateline ends with, right after the agency's
/// parenthesis: "KYIV, March 14 (Reuters) - ...", "(AP) — ...".
bool dateline_dash(std::string_view after);

/// "plant", "avenue", "square", "operation": a noun that closes a proper
/// name ("the Progress plant", "Liberation Avenue").
bool name_head_noun(std::string_view w);

/// "з", "із", "зі", "с", "со": "from" in Ukrainian and Russian.
bool cyrillic_from(std::string_view w);

/// "відбити", "отбить" among a word's dictionary forms: to beat back, which
/// with a place as its object ("ЗСУ відбили Роботине") is to retake it.
bool beating_back(const std::vector<std::string>& lemmas);

/// "denied", "спростували", "опровергли": a verb of denying. The side that
/// denies an event is not the one it is claimed of, nor its claimant.
bool denial_word(std::string_view w);

/// "Росії", "России", "України", "украинских": a Cyrillic word of a warring
/// country in any case, which the dictionaries do not always give ("Міноборони
/// Росії", "під контроль України"): that country's side, "RU" or "UA".
std::optional<std::string_view> cyrillic_country_side(std::string_view key);

/// "explosions", "blasts", "вибухи", "взрывы": a word of a blast, which tells
/// no cause by itself.
bool blast_word(std::string_view w);
/// "fire", "blaze", "caught" (fire), "пожежа", "пожар", "возгорание",
/// "загоряння": a word of a fire, which tells no cause by itself either.
bool fire_word(std::string_view w);

/// "claim", "statement", "заява", "заявление", "твердження": a noun for what
/// someone said, by its key or a dictionary form.
bool is_claim_noun(std::string_view key, const std::vector<std::string>& lemmas);

/// "since 2022", "in 2023", "у 2024 році", "в 2022 году": the four-digit
/// number at `q` of the sentence [sb, se) names a year.
bool names_year(const std::vector<Token>& tokens, std::size_t q, std::size_t sb, std::size_t se);

/// "the town of X", "the Donbas village of X": a noun for a kind of
/// settlement that the name after "of" names.
bool settlement_noun(const std::string& key);

/// "district", "outskirts", "centre", "part": a noun for a part of a town
/// ("Kupiansk's eastern part", "the Desnianskyi district of Kyiv").
bool town_part_noun(std::string_view w);
/// A Cyrillic noun of a part of a town, in any case ("микрорайона", "кварталів", "частину", "окраїні").
bool cyrillic_town_part(std::string_view w);
/// A Cyrillic street, in any case ("вулиці", "улицы").
bool cyrillic_street(std::string_view w);

/// "who", "which", "який", "который": a pronoun that opens a relative clause
/// about the noun before it ("where", "де" tell of a place, and are not here).
bool relative_pronoun(std::string_view w);

/// "in order to", "з метою", "чтобы потом": a modality.tsv marker of
/// purpose (its words), which says why a deed was done, not that it was not.
bool purpose_marker(const std::vector<std::string>& phrase);

/// "after", "when", "until", "після", "когда": a word that opens an adverbial
/// clause of time or cause, whose event is its own.
bool subordinator(std::string_view w);

/// "and", "or", "та", "і", "или": a word that joins the items of a list of places.
bool list_joint(std::string_view w);
/// A word written in digits only ("6" of "6/ If ...", "47"): a count or a number.
bool numeral(std::string_view w);

/// "it", "the town", "the city", "there", "його", "місто", "там", "город":
/// a word at `q` that takes up a town named before instead of naming it.
bool anaphor_at(const std::vector<Token>& tokens, std::size_t q);

/// "the region", "область", "регион", "it", "там": a word at `q` that takes
/// up a region named before.
bool region_anaphor_at(const std::vector<Token>& tokens, std::size_t q);

/// "the Oskil River", "the east bank of the Dnipro", "на березі Дніпра": the
/// name at `q` is a river's (the recognizer refuses it as a town; see
/// data/lexicon/water_nouns.txt). Water near a town is no target that makes
/// the town a landmark.
bool water_at(const std::vector<Token>& tokens, std::size_t q);

/// Words that may stand between a locative and its place: "in eastern
/// Ukraine", "near the embattled town of", "in Russia's", "у блокадному
/// Маріуполі", "в оккупированном Мелитополе" (Cyrillic ones by dictionary form).
bool skippable_modifier(const Token& t, const std::vector<std::string>& lemmas);

/// Words that may follow a place without making it a modifier of a noun.
bool is_function_word(std::string_view w);

/// "north", "northeast", "south-west": a bearing ("northeast of Kupiansk").
bool compass_word(std::string_view w);

/// "not", "never", "не", "ні", "нет": a word that denies what follows.
bool is_negation(std::string_view w);

/// The word the claim model reads for a designator written after a name
/// ("region", "district", "direction"); empty for the others.
std::string_view designator_name(Designator d);

}  // namespace frontline::claim_words
