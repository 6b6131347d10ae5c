#pragma once
// Reading the mentions the update state stores: a document's JSON array or
// one mention row, and the documents whose id is stored under two sources.
// A malformed entry is logged as state_corrupt and skipped, never fatal: one
// bad document must not stop a scheduled run.
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/mention.hpp"
#include "frontline/update/log.hpp"
#include "frontline/update/state.hpp"

namespace frontline::update {

/// A stored document's mentions (a JSON array); none, logged, if malformed.
std::vector<Mention> stored_mentions(std::string_view json, const std::string& doc_id, const std::string& source, Logger& log);

/// One stored mention row (a JSON object), as a list of zero or one.
std::vector<Mention> stored_row_mentions(const std::string& json, const std::string& doc_id, const std::string& source,
                                         Logger& log);

/// The mentions of the documents whose id stands under two sources, each
/// read whole and each mention id once (the first source's counts, as a
/// rewrite counts it), but for the ids `skip` names.
std::vector<Mention> shared_document_mentions(StateStore& state, const std::set<std::string>& shared_ids, Logger& log,
                                              const std::function<bool(const std::string&)>& skip = {});

}  // namespace frontline::update
