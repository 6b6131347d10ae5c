#include "frontline/claims/claim_model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>

#include "frontline/error.hpp"

namespace frontline {

ClaimModel ClaimModel::load(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw Error("cannot read the claim model '" + path.string() + "'");
    ClaimModel model;
    std::string line;
    std::uint64_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        const std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string::npos || line.find('\t', t2 + 1) != std::string::npos)
            throw InputError({path.string(), number}, "expected feature, class and weight separated by tabs");
        const std::string_view cls = std::string_view(line).substr(t1 + 1, t2 - t1 - 1);
        const auto c = std::find(classes.begin(), classes.end(), cls);
        if (c == classes.end()) throw InputError({path.string(), number}, "unknown claim class '" + std::string(cls) + "'");
        float w = 0;
        const char* first = line.data() + t2 + 1;
        const char* last = line.data() + line.size();
        auto [end, ec] = std::from_chars(first, last, w);
        if (ec != std::errc() || end != last || !std::isfinite(w))
            throw InputError({path.string(), number}, "malformed weight '" + std::string(first, last) + "'");
        auto [it, fresh] = model.weights_.try_emplace(line.substr(0, t1));
        if (fresh) it->second.fill(0);
        it->second[static_cast<std::size_t>(c - classes.begin())] = w;
    }
    if (model.weights_.empty()) throw InputError({path.string(), number}, "the claim model has no weights");
    return model;
}

ClaimModel::Decision ClaimModel::decide(const std::vector<std::string>& features) const {
    Weights score{};
    for (const std::string& f : features)
        if (auto it = weights_.find(f); it != weights_.end())
            for (std::size_t c = 0; c < classes.size(); ++c) score[c] += it->second[c];
    const std::size_t best = static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
    double total = 0;
    for (float s : score) total += std::exp(static_cast<double>(s - score[best]));
    return {best, 1.0 / total};
}

std::vector<std::pair<std::string, double>> ClaimModel::evidence(const std::vector<std::string>& features,
                                                                 std::size_t claim, std::size_t limit) const {
    std::vector<std::pair<std::string, double>> out;
    for (const std::string& f : features)
        if (auto it = weights_.find(f); it != weights_.end() && claim < classes.size()) {
            // What the feature adds to this class beyond the mean of all classes.
            double mean = 0;
            for (float w : it->second) mean += w;
            mean /= static_cast<double>(classes.size());
            out.emplace_back(f, it->second[claim] - mean);
        }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace frontline
