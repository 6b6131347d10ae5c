#pragma once
// Mentions as JSON, for the update state: the record (mention_record.hpp)
// and what the events need beyond it (point, byte span, boilerplate flag);
// not the evidence, which only `explain` shows. Round trips exactly:
// doubles are written with enough digits to read back the same value, so
// layers rebuilt from the state equal those written straight from the pipeline.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontline/mention.hpp"

namespace frontline::update {

nlohmann::json mention_to_json(const Mention& m);
/// Throws frontline::Error (naming the field) on a malformed object.
Mention mention_from_json(const nlohmann::json& j);

/// A JSON array of mentions, compact.
std::string mentions_to_json(const std::vector<Mention>& mentions);
std::vector<Mention> mentions_from_json(std::string_view text);

}  // namespace frontline::update
