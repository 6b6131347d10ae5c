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
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos || tab == 0 || line.find('\t', tab + 1) != std::string::npos)
            throw InputError({path.string(), number}, "expected a feature and a weight separated by a tab");
        double w = 0;
        const char* first = line.data() + tab + 1;
        const char* last = line.data() + line.size();
        auto [end, ec] = std::from_chars(first, last, w);
        if (ec != std::errc() || end != last || !std::isfinite(w))
            throw InputError({path.string(), number}, "malformed weight '" + std::string(first, last) + "'");
        const std::string feature = line.substr(0, tab);
        if (feature == "threshold") {
            if (w < 0 || w > 1) throw InputError({path.string(), number}, "the threshold must lie in [0, 1]");
            model.threshold_ = w;
        } else {
            model.weights_[feature] = w;
        }
    }
    if (model.weights_.empty()) throw InputError({path.string(), number}, "the claim model has no weights");
    return model;
}

double ClaimModel::probability(const std::vector<std::string>& features) const {
    double z = 0;
    if (auto it = weights_.find(std::string_view("bias")); it != weights_.end()) z = it->second;
    for (const std::string& f : features)
        if (f != "bias")
            if (auto it = weights_.find(f); it != weights_.end()) z += it->second;
    return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

std::vector<std::pair<std::string, double>> ClaimModel::evidence(const std::vector<std::string>& features,
                                                                 std::size_t limit) const {
    std::vector<std::pair<std::string, double>> out;
    for (const std::string& f : features)
        if (auto it = weights_.find(f); it != weights_.end()) out.emplace_back(f, it->second);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return std::abs(a.second) > std::abs(b.second); });
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace frontline
