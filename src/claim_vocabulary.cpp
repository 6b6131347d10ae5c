#include "frontline/claim_vocabulary.hpp"

#include <ostream>

#include "frontline/error.hpp"

namespace frontline {

namespace {

template <class Table, std::size_t N>
auto find_label(const Table (&table)[N], std::string_view label) -> std::optional<decltype(table[0].value)> {
    for (const Table& row : table)
        if (row.label == label) return row.value;
    return std::nullopt;
}

// "unknown claim type 'capturd' (captured, advanced, ...)": the message
// names every value the caller could have meant.
template <class Table, std::size_t N>
auto label_or_throw(const Table (&table)[N], std::string_view label, const char* what) {
    if (auto v = find_label(table, label)) return *v;
    std::string known;
    for (const Table& row : table) known += (known.empty() ? "" : ", ") + std::string(row.label);
    throw Error("unknown " + std::string(what) + " '" + std::string(label) + "' (" + known + ")");
}

}  // namespace

std::optional<ClaimType> parse_claim_type(std::string_view label) { return find_label(claim_types, label); }
std::optional<ClaimStatus> parse_claim_status(std::string_view label) { return find_label(claim_statuses, label); }
std::optional<Modality> parse_modality(std::string_view label) { return find_label(modalities, label); }
std::optional<DatePrecision> parse_date_precision(std::string_view label) { return find_label(date_precisions, label); }

ClaimType claim_type_from(std::string_view label) { return label_or_throw(claim_types, label, "claim type"); }
ClaimStatus claim_status_from(std::string_view label) { return label_or_throw(claim_statuses, label, "claim status"); }
Modality modality_from(std::string_view label) { return label_or_throw(modalities, label, "modality"); }
DatePrecision date_precision_from(std::string_view label) {
    return label_or_throw(date_precisions, label, "date precision");
}

std::ostream& operator<<(std::ostream& out, ClaimType v) { return out << to_string(v); }
std::ostream& operator<<(std::ostream& out, ClaimStatus v) { return out << to_string(v); }
std::ostream& operator<<(std::ostream& out, Modality v) { return out << to_string(v); }
std::ostream& operator<<(std::ostream& out, DatePrecision v) { return out << to_string(v); }

}  // namespace frontline
