#include "frontline/claims/lexicon_rows.hpp"

#include <fstream>

#include "frontline/error.hpp"

namespace frontline {

void for_each_lexicon_row(const std::filesystem::path& path, std::size_t columns,
                          const std::function<void(const std::vector<std::string>& cols, std::uint64_t line)>& row) {
    std::ifstream in(path);
    if (!in) throw Error("cannot read lexicon '" + path.string() + "'");
    std::string line;
    std::vector<std::string> cols;
    for (std::uint64_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        cols.clear();
        for (std::size_t start = 0;;) {
            const std::size_t tab = line.find('\t', start);
            cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        if (cols.size() != columns)
            throw InputError({path.string(), number},
                             "expected " + std::to_string(columns) + " tab-separated columns, found " + std::to_string(cols.size()));
        row(cols, number);
    }
}

}  // namespace frontline
