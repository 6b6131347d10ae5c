#include "stored_mentions.hpp"

#include <unordered_set>

#include "frontline/error.hpp"
#include "frontline/update/mention_json.hpp"

namespace frontline::update {

std::vector<Mention> stored_mentions(std::string_view json, const std::string& doc_id, const std::string& source, Logger& log) {
    try {
        return mentions_from_json(json);
    } catch (const Error& e) {
        log.error("state_corrupt", "state: document '" + doc_id + "' from " + source + ": " + e.what() + " (skipped)");
        return {};
    }
}

std::vector<Mention> stored_row_mentions(const std::string& json, const std::string& doc_id, const std::string& source,
                                         Logger& log) {
    return stored_mentions("[" + json + "]", doc_id, source, log);
}

std::vector<Mention> shared_document_mentions(StateStore& state, const std::set<std::string>& shared_ids, Logger& log,
                                              const std::function<bool(const std::string&)>& skip) {
    std::vector<Mention> out;
    for (const std::string& doc_id : shared_ids) {
        if (skip && skip(doc_id)) continue;
        std::unordered_set<std::string> ids;
        state.for_each_document_with_id(doc_id, [&](const std::string& source, const std::string& json) {
            for (Mention& m : stored_mentions(json, doc_id, source, log))
                if (ids.insert(m.mention_id).second) out.push_back(std::move(m));
        });
    }
    return out;
}

}  // namespace frontline::update
