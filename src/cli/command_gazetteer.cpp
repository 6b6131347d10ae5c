// frontline gazetteer build|lookup|info
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "command.hpp"
#include "frontline/data_path.hpp"
#include "frontline/error.hpp"
#include "frontline/gazetteer/builder.hpp"
#include "frontline/gazetteer/bundled.hpp"
#include "frontline/gazetteer/download.hpp"
#include "frontline/gazetteer/gazetteer.hpp"

namespace frontline::cli {

namespace {

std::string_view origin_name(NameOrigin o) {
    switch (o) {
    case NameOrigin::preferred: return "name";
    case NameOrigin::ascii: return "ascii";
    case NameOrigin::alternate: return "alternate";
    case NameOrigin::historic: return "historic";
    case NameOrigin::transliterated: return "transliterated";
    case NameOrigin::admin_core: return "admin core";
    case NameOrigin::direction: return "direction";
    case NameOrigin::alias: return "alias";
    case NameOrigin::former: return "former";
    }
    return "?";
}

class GazetteerCommand : public Command {
public:
    GazetteerCommand() : opts_("options") {
        opts_.add_options()("help,h", "show this help")
            ("output,o", po::value<std::string>(&output_), "build: the gazetteer file to write")
            ("overwrite", po::bool_switch(&overwrite_), "build: replace an existing output")
            ("no-base", po::bool_switch(&no_base_), "build: only the SOURCEs, not layered over the bundled base")
            ("dir", po::value<std::string>(&dir_), "download: keep the files here (default: ~/.cache/frontline/geonames)")
            ("url", po::value<std::string>(&url_)->default_value(DownloadOptions{}.base_url),
             "download: GeoNames export tree (dump/, zip/)")
            ("timeout", po::value<double>(&timeout_)->default_value(60), "download: give up on a transfer silent this many seconds")
            ("attempts", po::value<int>(&attempts_)->default_value(3), "download: tries per file")
            ("quiet,q", po::bool_switch(&quiet_), "build: print nothing but errors")
            ("gazetteer,g", po::value<std::string>(&gazetteer_), "lookup/info: gazetteer file (default: bundled)")
            ("json", po::bool_switch(&json_), "lookup/info: print JSON")
            ("limit", po::value<std::size_t>(&limit_)->default_value(20), "lookup: show at most N candidates");
    }
    const char* name() const override { return "gazetteer"; }
    const char* summary() const override { return "build, inspect and query gazetteers"; }
    const char* usage() const override {
        return "build -o FILE SOURCE...  |  download [-o FILE] [COUNTRY...]  |  lookup [-g FILE] NAME  |  names [FILE]  |  "
               "info [FILE]\n\n"
               "  build   compile GeoNames dumps (.txt/.zip/.gz), cities500/1000/15000, admin1/admin2\n"
               "          code tables, postal code files, user place tables and OGR vector sources\n"
               "          (boundary polygons, points) into one memory-mapped file, layered over the\n"
               "          bundled base (data/gazetteer/) unless --no-base\n"
               "  download  fetch GeoNames dumps, postal codes and admin tables for the COUNTRYs (ISO\n"
               "          codes; default UA RU BY) over http(s), resuming and checking each file; with -o\n"
               "          build them into FILE over the bundled base. Proxies from http(s)_proxy\n"
               "  lookup  every place a name may denote, in any script or spelling\n"
               "  names   every name the gazetteer knows, one per line\n"
               "  info    sources, counts by country and kind, build date and version";
    }
    std::vector<ExitCode> exit_codes() const override {
        return {ExitCode::ok, ExitCode::failure, ExitCode::usage, ExitCode::input, ExitCode::output, ExitCode::gazetteer};
    }
    const po::options_description& options() const override { return opts_; }

    void setup(const std::vector<std::string>& args) override {
        po::options_description all;
        all.add(opts_).add_options()("action", po::value<std::string>(&action_))(
            "args", po::value<std::vector<std::string>>(&args_));
        po::positional_options_description pos;
        pos.add("action", 1).add("args", -1);
        po::variables_map vm;
        if (!parse_options(*this, args, all, pos, vm)) {
            help_only_ = true;
            return;
        }
        if (action_ == "build") {
            if (output_.empty()) throw UsageError("gazetteer build: -o FILE is required");
            if (args_.empty()) throw UsageError("gazetteer build: name at least one SOURCE");
        } else if (action_ == "download") {
            for (auto& cc : args_) {
                for (auto& ch : cc) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
                if (cc.size() != 2 || !std::isalpha(static_cast<unsigned char>(cc[0])) ||
                    !std::isalpha(static_cast<unsigned char>(cc[1])))
                    throw UsageError("gazetteer download: '" + cc + "' is not a two-letter country code");
            }
            if (args_.empty()) args_ = {"UA", "RU", "BY"};
            if (attempts_ < 1) throw UsageError("gazetteer download: --attempts must be at least 1");
        } else if (action_ == "lookup") {
            if (args_.empty()) throw UsageError("gazetteer lookup: give a NAME");
        } else if (action_ == "names") {
            if (args_.size() > 1) throw UsageError("gazetteer names: takes one FILE");
        } else if (action_ == "info") {
            if (args_.size() > 1) throw UsageError("gazetteer info: takes one FILE");
        } else {
            throw UsageError("gazetteer: unknown action '" + action_ + "' (build, download, lookup, names or info)");
        }
    }

    int run() override {
        if (help_only_) return 0;
        if (action_ == "build") return build();
        if (action_ == "download") return download();
        if (action_ == "lookup") return lookup();
        if (action_ == "names") return names();
        return info();
    }

private:
    // Fetches, then builds from the fetched files only once all arrived
    // intact, so a failed download never reaches the gazetteer.
    int download() {
        if (!output_.empty() && std::filesystem::exists(output_) && !overwrite_)
            throw OutputError("output '" + output_ + "' exists");
        DownloadOptions o;
        o.base_url = url_;
        o.dir = dir_.empty() ? default_download_dir() : std::filesystem::path(dir_);
        o.stall_timeout_s = timeout_;
        o.connect_timeout_s = std::min(20.0, timeout_);
        o.attempts = attempts_;
        o.retry_delay_s = std::min(2.0, timeout_ / 4);
        if (!quiet_) o.progress = [](const std::string& line) { std::cerr << line << "\n"; };
        std::vector<std::filesystem::path> files = download_geonames(args_, o);
        if (output_.empty()) {
            for (const auto& f : files) std::cout << f.string() << "\n";
            return 0;
        }
        args_.clear();
        for (const auto& f : files) args_.push_back(f.string());
        return build();
    }

    static std::filesystem::path default_download_dir() {
        if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::filesystem::path(x) / "frontline" / "geonames";
        if (const char* h = std::getenv("HOME"); h && *h) return std::filesystem::path(h) / ".cache" / "frontline" / "geonames";
        return "frontline-geonames";
    }

    int build() {
        if (std::filesystem::exists(output_) && !overwrite_)
            throw OutputError("output '" + output_ + "' exists");
        auto t0 = std::chrono::steady_clock::now();
        GazetteerBuilder builder;
        std::uint64_t skipped = 0;
        // The bundled base first: the user's sources are layered over it, so
        // a full build knows at least what the default knows.
        std::vector<std::string> sources;
        std::set<std::filesystem::path> base;
        if (!no_base_)
            for (const auto& p : bundled_gazetteer_sources()) {
                sources.push_back(p.string());
                base.insert(std::filesystem::weakly_canonical(p));
            }
        for (const auto& src : args_) {
            std::error_code ec;
            if (base.count(std::filesystem::weakly_canonical(src, ec))) continue;  // named twice: read once
            sources.push_back(src);
        }
        for (const auto& src : sources) {
            SourceReport r = builder.add_source(src);
            skipped += r.skipped;
            for (const auto& p : r.problems)
                std::cerr << "frontline: " << p.where << (p.line ? ":" + std::to_string(p.line) : "") << ": "
                          << p.message << " (skipped)\n";
            if (r.skipped > r.problems.size())
                std::cerr << "frontline: " << src << ": " << (r.skipped - r.problems.size()) << " more rows skipped\n";
            if (!quiet_)
                std::cerr << "read " << src << " (" << to_string(r.format) << "): " << r.rows << " rows"
                          << (r.skipped ? ", " + std::to_string(r.skipped) + " skipped" : "") << "\n";
        }
        BuildSummary s = builder.write(output_);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!quiet_) {
            for (const auto& [key, c] : s.point_checks)
                if (c.outside)
                    std::cerr << "checked " << key << ": " << c.checked << " points, " << c.outside
                              << " outside their admin-1 area: " << c.corrected << " admin-1 corrected, " << c.moved
                              << " moved to their district's seat, " << c.dropped << " dropped\n";
            std::cerr << "wrote " << output_ << ": " << s.places << " places, " << s.names << " names, " << s.keys
                      << " keys, " << s.outlines << " outlines, " << s.file_bytes / 1024 << " KiB in " << std::fixed
                      << std::setprecision(1) << secs
                      << " s" << (skipped ? "; " + std::to_string(skipped) + " malformed rows skipped" : "") << "\n";
        }
        return 0;
    }

    Gazetteer open_gazetteer(const std::string& path) const {
        return Gazetteer::open(path.empty() ? default_gazetteer_path() : std::filesystem::path(path));
    }

    int lookup() {
        Gazetteer g = open_gazetteer(gazetteer_);
        std::string query;
        for (const auto& a : args_) query += (query.empty() ? "" : " ") + a;
        auto matches = g.lookup(query);
        nlohmann::json out = nlohmann::json::array();
        if (!json_ && matches.empty()) std::cout << "no place named '" << query << "'\n";
        std::size_t shown = 0;
        for (const auto& m : matches) {
            if (shown++ == limit_) break;
            PlaceView p = g.place(m.place);
            if (json_) {
                out.push_back({{"id", p.id()}, {"name", p.name()}, {"kind", to_string(p.kind())},
                               {"feature_code", p.feature_code()}, {"country", p.country()}, {"admin1", p.admin1()},
                               {"admin2", p.admin2()}, {"population", p.population()}, {"lat", p.lat()},
                               {"lon", p.lon()}, {"matched", origin_name(m.origin)}});
                continue;
            }
            std::cout << std::left << std::setw(22) << p.id() << std::setw(26) << p.name() << std::setw(11)
                      << to_string(p.kind()) << std::setw(4) << p.country() << std::setw(24) << p.admin1()
                      << std::right << std::setw(10) << p.population() << "  " << std::fixed << std::setprecision(5)
                      << p.lat() << "," << p.lon() << "  (" << origin_name(m.origin) << ")\n";
        }
        if (json_) std::cout << out.dump(1) << "\n";
        else if (matches.size() > limit_) std::cout << "... " << matches.size() - limit_ << " more (--limit)\n";
        return 0;
    }

    // Every distinct name, one per line: input for grep baselines and checks.
    int names() {
        Gazetteer g = open_gazetteer(args_.empty() ? gazetteer_ : args_.front());
        std::set<std::string_view> seen;
        for (std::uint32_t i = 0; i < g.size(); ++i) {
            PlaceView p = g.place(i);
            seen.insert(p.name());
            for (const NameView& n : p.names()) seen.insert(n.text);
        }
        for (std::string_view n : seen) std::cout << n << "\n";
        return 0;
    }

    int info() {
        Gazetteer g = open_gazetteer(args_.empty() ? gazetteer_ : args_.front());
        auto meta = nlohmann::json::parse(g.metadata(), nullptr, false);
        if (json_) {
            meta["path"] = g.path().string();
            std::cout << meta.dump(1) << "\n";
            return 0;
        }
        std::cout << "gazetteer " << g.path().string() << "\n"
                  << "  built       " << meta.value("built_at", "?") << " by frontline "
                  << meta.value("frontline_version", "?") << " (format " << meta.value("format_version", 0) << ")\n"
                  << "  places      " << g.size() << "\n  keys        " << meta.value("keys", 0) << "\n  sources\n";
        for (const auto& s : meta["sources"])
            std::cout << "    " << s.value("path", "") << " (" << s.value("format", "") << "): " << s.value("rows", 0)
                      << " rows, " << s.value("skipped", 0) << " skipped\n";
        std::cout << "  by kind\n";
        for (auto& [k, v] : meta["by_kind"].items()) std::cout << "    " << std::left << std::setw(12) << k << v << "\n";
        std::cout << "  outlines    " << g.outline_count() << " places with a boundary polygon\n";
        if (meta.contains("former_names"))
            std::cout << "  former names " << meta["former_names"].value("dropped", 0)
                      << " dropped (three or more other places bear them: Oleksandrivka for Donetsk), "
                      << meta["former_names"].value("demoted", 0) << " kept as former names\n";
        std::vector<std::pair<std::uint64_t, std::string>> cs;
        for (auto& [k, v] : meta["by_country"].items()) cs.emplace_back(v.get<std::uint64_t>(), k);
        std::sort(cs.rbegin(), cs.rend());
        std::cout << "  by country  " << cs.size() << " countries (top 15; --json for all)\n";
        for (std::size_t i = 0; i < cs.size() && i < 15; ++i)
            std::cout << "    " << std::left << std::setw(12) << cs[i].second << cs[i].first << "\n";
        if (meta.contains("point_checks")) {
            std::cout << "  points checked against admin-1 outlines (outside = more than ~10 km out)\n";
            for (auto& [k, c] : meta["point_checks"].items())
                std::cout << "    " << std::left << std::setw(18) << k << c.value("checked", 0) << " checked, "
                          << c.value("outside", 0) << " outside: " << c.value("corrected", 0)
                          << " admin-1 corrected, " << c.value("moved", 0) << " moved to their district's seat, "
                          << c.value("dropped", 0) << " dropped\n";
        }
        std::cout << "  attribution\n";
        for (const auto& a : meta.value("attribution", nlohmann::json::array()))
            std::cout << "    " << a.get<std::string>() << "\n";
        return 0;
    }

    po::options_description opts_;
    std::string action_, output_, gazetteer_, dir_, url_;
    double timeout_ = 60;
    int attempts_ = 3;
    std::vector<std::string> args_;
    bool overwrite_ = false, quiet_ = false, json_ = false, help_only_ = false, no_base_ = false;
    std::size_t limit_ = 20;
};

}  // namespace

std::unique_ptr<Command> make_gazetteer_command() { return std::make_unique<GazetteerCommand>(); }

}  // namespace frontline::cli
