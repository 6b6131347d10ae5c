#pragma once
// Credit lines of wire copy and articles: "By Charlotte Edwards and Florence
// Lo", "Reporting by Max Hunder; Editing by Alex Richardson". The names in
// them are people's, however many towns GeoNames gives those names.
#include <cstddef>
#include <string_view>

namespace frontline {

/// Whether byte `pos` of `text` lies in the people's names of a credit line:
/// after its "By" (a short line of capitalised names), or after "reporting
/// by", "editing by", "writing by" and the like, up to a ";" or an "in"
/// that says where the writer is ("Writing by Lidia Kelly in Melbourne").
bool in_credit_names(std::string_view text, std::size_t pos);

}  // namespace frontline
