#pragma once
// Whether a Latin name of a Ukrainian place is written the Russian way:
// "Mirnograd" for Myrnohrad, "Kurakhovo" for Kurakhove, "Zvanovka" for
// Zvanivka. Pro-Russian writers keep the Russian forms; Ukrainian officials,
// wires and most English media use the Ukrainian ones. A signal of whose
// side a report is written from, found from the gazetteer's own names
// rather than a hand list of towns.
#include <string_view>

namespace frontline {

/// `surface` (as written) and `main_name` (the gazetteer's main Latin name
/// of the place) differ the way a Russian rendering differs from the
/// Ukrainian one: "h" written "g", "-ivka" written "-ovka", a final "-e"
/// written "-o" or "-oye", a final "-ia" or "-ya" written "-ye".
bool russian_rendering(std::string_view surface, std::string_view main_name);

}  // namespace frontline
