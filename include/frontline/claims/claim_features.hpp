#pragma once
// The facts the claim extractor finds about one place mention, and their
// spelling as features for the claim model (claims/claim_model.hpp).
//
// Facts are about how war news is written, never about one report: which
// kinds of event words stand in the sentence and how close, in which clause
// and on which side; the role the place plays (the object of "captured",
// after a locative "near", a list item, a possessive actor, a country used as
// an adjective, a speaker before "said", a container of a more specific
// place); the small words around it ("from", "over", "по", "з"); the kind of
// place; weapons, negation and modal words; and, for a sentence without an
// event word ("Kharkiv and the region."), the events of the sentence before.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

struct MentionContext {
    struct Trigger {
        std::string_view claim;    ///< a trigger class (captured … deployed, other)
        std::size_t distance = 0;  ///< words between the trigger and the name
        bool before = false;       ///< the trigger comes before the name
        bool same_clause = false;  ///< no comma or sentence punctuation between them
        bool passive = false;      ///< a form of "be" before it ("were hit"): the name before is its subject
        bool attempt = false;      ///< an attempt word before it ("tried to advance"): an attack
        int priority = 0;
        bool ground = false;       ///< fighting on the ground ("offensive", "battle"): never an air strike
        bool incident = false;     ///< a fire or a blast, which tells no cause
        bool entering = false;     ///< a word of entering ("entered", "зайшли"): a region entered is only advanced into
    };
    std::optional<Trigger> nearest;             ///< the nearest trigger of the sentence
    std::optional<Trigger> clause_nearest;      ///< the nearest trigger of the name's own clause
    std::vector<std::string_view> sentence_claims;   ///< trigger classes of the sentence
    std::vector<std::string_view> clause_claims;     ///< … of the name's clause
    std::vector<std::string_view> previous_claims;   ///< … of the sentence before, same paragraph

    // The name's role in its sentence.
    bool locus = false;        ///< after a locative or as the object or subject of a trigger
    bool object = false;       ///< right after a trigger ("captured Maksymivka")
    bool retaken = false;      ///< right after "відбити"/"отбить" ("ЗСУ відбили Роботине"): retaken, not an attack repelled
    bool subject = false;      ///< a trigger right after it ("Vuhledar fell")
    bool landmark = false;     ///< places another name ("X, near Y")
    bool in_appositive = false; ///< inside the appositive of another place, the subject of the event word after it ("Avdiivka, a town north of Donetsk, has fallen")
    bool qualifies_place = false; ///< a district or community in the genitive after a village: where it lies ("Тёткино Глушковского района")
    bool list_item = false;    ///< continues a list whose head is a locus
    bool possessive = false;   ///< "Russia's forces"
    bool modifier = false;     ///< a country name before a noun ("US military aid")
    bool speaks = false;       ///< an attribution verb follows ("Kyiv said")
    bool war_name = false;     ///< "the Ukraine war"
    bool across_border = false; ///< "the border with the Sumy region": named as across a border
    bool linked_end = false;    ///< "the bridge linking Crimea to Russia": an end of what a road or bridge links
    bool residents_only = false; ///< its people, in a sentence telling no event ("Жителям Таганрога рекомендовано ...")
    bool compared = false;     ///< a place the event's place is compared with ("Like Bakhmut before it, ...")
    bool office_seat = false;  ///< where people or an office sit ("prosecutors in Kharkiv"), the event word's object another place
    bool container = false;    ///< a country or region holding another place of the sentence
    bool heads_places = false; ///< a district's heading over the places it lists ("Kupiansk district: Kupiansk, Kivsharivka ...")
    bool after_colon = false;  ///< follows a colon that follows a locus
    bool first_word = false;   ///< the sentence's first word
    bool clause_initial = false;  ///< opens its clause, perhaps after "the": where a subject stands
    bool headline = false;     ///< in a one-sentence paragraph without closing punctuation
    bool fragment = false;     ///< a sentence of a few words ("Kharkiv and the region.")
    bool finite_verb = false;  ///< ... that has a finite Cyrillic verb all the same ("Вы говорите, что ..."): no list going on
    std::string_view described_by; ///< the event of a relative clause right after it or the list it ends ("from Zolote and Hirske, which fell"): that event's class
    bool described_taken = false;  ///< that clause tells, plainly and to the day, that the name was taken ("which they captured on 8 September")
    bool taken_up = false;     ///< heads_next comes from the next sentence's "it" or "the town" taking it up
    std::string_view heads_next;  ///< named alone before the sentence that tells its event ("Kryvyi Rih. A missile hit ..."): that event's class
    bool continues = false;    ///< no event word, but a force or weapon acting at this locus ("Our UAVs also operated in X")
    bool names_unnamed = false; ///< no event word; names the places the sentence before left unnamed ("captured five villages. The ministry named them as X, Y")
    bool from_direction = false;  ///< "from the direction(s) of X" (or an item of such a list): where drones came from
    bool from_list = false;    ///< a later item of a list opened by "from" ("from Belgorod, Kursk and Oryol oblasts")
    bool from_afar = false;    ///< "from" a few owning or placing words before it ("from Russia's Kursk region", "from Russian territory near Belgorod")
    bool away_from = false;    ///< "from" right after a word of leaving or driving out ("pull back from X"): X is the place left
    bool distance_ref = false; ///< a distance before it ("15km south of Pokrovsk"): it places another place
    bool deployed_for = false; ///< forces deployed "to fight" or "to defend" there: the deployment is the claim
    bool heading = false;      ///< opens its sentence before a colon or dash ("Одещина: уламки дрона пошкодили склад")
    bool approach = false;     ///< forces came that distance from it ("3 km from Pokrovsk", "reached to within 2 km of")
    bool row_event = false;    ///< its nearest event word is its table row's event-type cell ("Bilohorivka | Armed clash | ...")

    std::string prev1, prev2, next1;  ///< neighbouring words: dictionary form, "#C" capitalised, "#D" a number
    std::string next2;                ///< the word after next1, as next1 is written
    bool adjective_name = false;      ///< a Cyrillic name in an adjective's form ("Сумський", "Запорізький")
    std::string next1_form;           ///< the word after the name as written (folded): its ending tells its number
    bool next1_apart = false;         ///< punctuation stands between the name and next1 ("Sievierodonetsk, governor says")
    std::string owner_prev1, owner_prev2;  ///< the two words before an owner's possessive ("governor of | Russia's")
    std::string_view kind;            ///< the resolved place's kind ("none" when unresolved)
    bool names_facility = false;      ///< a facility noun follows ("the Yavoriv military base")
    bool facility_object = false;     ///< an attack's object before it is a facility ("attacked energy infrastructure in")
    bool capital = false;             ///< a capital or a seat of government (the Kremlin): often the government
    bool heads_list = false;          ///< a town follows it past a comma: the head of a list of towns ("Kyiv, Dnipro and Lviv came under fire")
    bool seat = false;                ///< a seat of government: a place only where an event word governs it
    bool named_again = false;         ///< "the city" stands for it later in the sentence, an event word on it ("the mayor of X said the city was hit")
    bool flag_in_sentence = false;    ///< a flag raised over it: "the flag in the centre of X" is the town taken
    bool part_owner = false;          ///< its possessive owns a part named after it ("Bakhmut's centre")
    bool part_taken_in = false;       ///< named before a capture whose object is a part of a town ("В Часовом Яре ... зачистили микрорайон")
    bool bearing_before = false;      ///< a bearing stands right before it ("west of X", "западнее X")
    bool fired_from_near = false;     ///< places where the fire came from ("shelled X from the heights near Y")
    bool as_a_whole = false;          ///< named as a whole ("the whole of X", "all of X", "the entire X")
    bool civilian_casualties = false; ///< its sentence tells of civilians killed or wounded ("one resident was killed")
    bool property_damage = false;     ///< its sentence tells of homes, cars or power damaged ("повреждены дома")
    bool foiled_air_attack = false;   ///< its sentence tells an air attack foiled and nothing hit ("repelled a drone attack on")
    bool weapons_in_flight = false;   ///< its sentence tracks weapons on their course, nothing hit ("БпЛА курсом на Полтавщину")
    bool region_in_air_war = false;   ///< an oblast or a district of Ukraine or Russia, reported from 2023 on: attacked as a whole from the air or by guns
    bool not_there = false;           ///< "not in X": "the station is in the Krasnodar region, not in Rostov region"
    bool outside_war = false;         ///< in a country neither side of the war ("a fire at a prison in Iran")
    bool natural_feature = false;     ///< a sea, river, lake, range or world region of natural-features.tsv ("on the Danube", "in Siberia")
    bool behind_the_front = false;    ///< a city of 150,000 or more in Ukraine or Russia, or Ukraine itself, reported from 2023 on, or a place of a region no troops fought in that day (ground_war.tsv): attacked from the air
    std::string_view designator;      ///< "region", "district", "direction" written after the name
    bool instrument_in_sentence = false;
    bool instrument_in_clause = false;
    bool negated = false;             ///< a negation just before the nearest trigger
    bool civil_in_clause = false;     ///< a word of politics or trade in its clause ("sanctions", "talks")
    std::string_view modality;        ///< forecast, hypothetical, counterfactual; empty when reported
};

/// The features of one mention, as the model's weight file names them.
std::vector<std::string> claim_features(const MentionContext& context);

/// The claim the rules alone give (a trigger class, or empty for none): the
/// trigger of the name's clause, else a near one of its sentence, else the
/// event of the sentence before for a fragment; nothing for a place that
/// owns, speaks, modifies, places another place, is an origin, or stands in
/// a forecast. The model weighs this among its features; without a model it
/// is the claim.
std::string_view rule_claim(const MentionContext& context);

/// The same with the reason, for explain.
struct RuleVerdict {
    std::string_view claim;  ///< empty for none
    std::string reason;
    bool sure = false;       ///< a reading the model may not drop (the shape leaves no doubt)
    bool aim = false;        ///< a place gone or aimed at ("fled to", "the key to"): its list shares that
    bool office = false;     ///< names an office ("Kharkiv city council said"): no list it seems to end shares its claim
    bool described = false;  ///< read from the relative clause after the name (described_by), not the main clause
};
RuleVerdict rule_verdict(const MentionContext& context);

}  // namespace frontline
