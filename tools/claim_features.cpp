// frontline-claim-features: the claim model's features of every place
// mention of some reports, one JSON line per mention, for
// scripts/train-claim-model. A development tool, not installed.
//
//   frontline-claim-features GAZETTEER.fgz INPUT...
#include <iostream>

#include <nlohmann/json.hpp>

#include "frontline/document/reader.hpp"
#include "frontline/error.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/pipeline.hpp"

int main(int argc, char** argv) try {
    if (argc < 3) {
        std::cerr << "usage: frontline-claim-features GAZETTEER.fgz INPUT...\n";
        return 2;
    }
    const frontline::Gazetteer gazetteer = frontline::Gazetteer::open(argv[1]);
    const frontline::Pipeline pipeline(gazetteer);
    frontline::DocumentReader reader(frontline::expand_inputs(std::vector<std::string>(argv + 2, argv + argc)));
    while (auto doc = reader.next())
        for (const frontline::MentionDetail& d : pipeline.process_detailed(*doc)) {
            if (d.claim.features.empty()) continue;  // no event word near: never a claim
            nlohmann::json line = {{"doc", d.mention.doc},
                                   {"char_start", d.mention.char_start},
                                   {"char_end", d.mention.char_end},
                                   {"surface", d.mention.surface},
                                   {"sentence", d.mention.sentence},
                                   {"claim", d.mention.claim ? std::string(frontline::to_string(*d.mention.claim)) : std::string("none")},
                                   {"features", d.claim.features}};
            std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        }
    return 0;
} catch (const std::exception& e) {
    std::cerr << "frontline-claim-features: " << e.what() << '\n';
    return 1;
}
