// frontline compare: places a frontline output's captured/advanced events
// against an independent control map (docs/derived-layers.md).
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "command.hpp"
#include "frontline/derive/compare.hpp"
#include "frontline/error.hpp"

namespace frontline::cli {

namespace {

class CompareCommand : public Command {
public:
    CompareCommand() : opts_("options") {
        opts_.add_options()("help,h", "show this help")
            ("control,c", po::value<std::string>(&control_), "reference control map: a vector file, or a directory of daily files (YYYYMMDD in the name)")
            ("json", po::bool_switch(&json_), "print one JSON document instead of a table")
            ("tolerance-km", po::value<double>(&options_.tolerance_km)->default_value(2.0), "on the wrong side by at most this is 'near'")
            ("max-lag-days", po::value<int>(&options_.max_lag_days)->default_value(7), "use a daily file at most this many days after the event")
            ("agree-within-days", po::value<int>(&options_.agree_within_days)->default_value(30),
             "search the daily files this many days after the event for the first that agrees (0: off)")
            ("reference-side", po::value<std::string>(&options_.reference_side)->default_value("RU"), "side whose territory the map shows")
            ("claims", po::value<std::string>(&claims_)->default_value("captured,advanced"), "claims to check, comma-separated");
    }
    const char* name() const override { return "compare"; }
    const char* summary() const override { return "check events against an independent control map"; }
    const char* usage() const override {
        return "--control REF [--json] OUT\n\n"
               "OUT: a frontline output (GeoPackage, PostGIS, or out.geojson with its out.events.geojson).\n"
               "REF: one polygon file of the territory --reference-side holds, or a directory of daily files\n"
               "(DeepStateMap: deepstatemap_data_YYYYMMDD.geojson); each event uses the file of its date or\n"
               "the next available day.";
    }
    std::vector<ExitCode> exit_codes() const override {
        return {ExitCode::ok, ExitCode::failure, ExitCode::usage, ExitCode::input};
    }
    const po::options_description& options() const override { return opts_; }

    void setup(const std::vector<std::string>& args) override {
        po::options_description all;
        all.add(opts_).add_options()("output", po::value<std::vector<std::string>>(&outputs_));
        po::positional_options_description pos;
        pos.add("output", -1);
        po::variables_map vm;
        if (!parse_options(*this, args, all, pos, vm)) {
            help_only_ = true;
            return;
        }
        if (control_.empty()) throw UsageError("compare: --control REF is required");
        if (outputs_.size() != 1) throw UsageError("compare: name exactly one frontline output OUT");
        if (!(options_.tolerance_km >= 0)) throw UsageError("compare: --tolerance-km must be >= 0");
        if (options_.max_lag_days < 0) throw UsageError("compare: --max-lag-days must be >= 0");
        if (options_.agree_within_days < 0) throw UsageError("compare: --agree-within-days must be >= 0");
        options_.claims.clear();
        std::stringstream ss(claims_);
        for (std::string c; std::getline(ss, c, ',');)
            if (!c.empty()) {
                try {
                    options_.claims.push_back(claim_type_from(c));
                } catch (const Error& e) {
                    throw UsageError(std::string("compare: --claims: ") + e.what());
                }
            }
        if (options_.claims.empty()) throw UsageError("compare: --claims names no claim");
    }

    int run() override {
        if (help_only_) return 0;
        auto events = read_events_layer(outputs_.front());
        auto reference = ControlReference::open(control_);
        auto compared = compare_events(events, reference, options_);
        auto counts = summarise(compared);
        if (json_) print_json(compared, counts);
        else print_table(compared, counts);
        return 0;
    }

private:
    void print_json(const std::vector<ComparedEvent>& compared, const std::map<std::string, std::size_t>& counts) const {
        using nlohmann::json;
        json rows = json::array();
        auto opt_date = [](const std::optional<Date>& d) { return d ? json(format_date(*d)) : json(nullptr); };
        for (const auto& c : compared) {
            rows.push_back({{"event_id", c.event_id},
                            {"place_name", c.place_name},
                            {"claim", to_string(c.claim)},
                            {"actor_side", c.actor_side ? json(*c.actor_side) : json(nullptr)},
                            {"event_date", opt_date(c.event_date)},
                            {"lat", c.lat},
                            {"lon", c.lon},
                            {"reference_date", opt_date(c.reference_date)},
                            {"reference_file", c.reference_file.empty() ? json(nullptr) : json(c.reference_file)},
                            {"position", c.position},
                            {"distance_km", c.distance_km ? json(*c.distance_km) : json(nullptr)},
                            {"verdict", c.verdict},
                            {"first_agreeing_date", opt_date(c.first_agreeing_date)}});
        }
        json summary = json::object();
        for (const auto& [k, v] : counts) summary[k] = v;
        json doc{{"output", outputs_.front()},
                 {"control", control_},
                 {"reference_side", options_.reference_side},
                 {"tolerance_km", options_.tolerance_km},
                 {"max_lag_days", options_.max_lag_days},
                 {"agree_within_days", options_.agree_within_days},
                 {"events", rows},
                 {"summary", summary}};
        std::cout << doc.dump(2) << "\n";
    }

    void print_table(const std::vector<ComparedEvent>& compared, const std::map<std::string, std::size_t>& counts) const {
        std::printf("%-10s  %-24s  %-9s  %-4s  %-10s  %-12s  %8s  %-14s  %s\n", "date", "place", "claim", "side", "reference",
                    "position", "km", "verdict", "agrees from");
        for (const auto& c : compared) {
            std::string km = c.distance_km ? std::to_string(*c.distance_km) : "-";
            if (c.distance_km) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.2f", *c.distance_km);
                km = buf;
            }
            std::printf("%-10s  %-24s  %-9s  %-4s  %-10s  %-12s  %8s  %-14s  %s\n",
                        c.event_date ? format_date(*c.event_date).c_str() : "-", c.place_name.substr(0, 24).c_str(),
                        std::string(to_string(c.claim)).c_str(), c.actor_side.value_or("-").c_str(),
                        c.reference_date ? format_date(*c.reference_date).c_str() : "-", c.position.c_str(), km.c_str(),
                        c.verdict.c_str(), c.first_agreeing_date ? format_date(*c.first_agreeing_date).c_str() : "-");
        }
        std::printf("\n%zu events:", compared.size());
        bool first = true;
        for (const auto& [k, v] : counts) {
            std::printf("%s %zu %s", first ? "" : ",", v, k.c_str());
            first = false;
        }
        std::printf(" (tolerance %.1f km)\n", options_.tolerance_km);
    }

    po::options_description opts_;
    std::string control_, claims_;
    std::vector<std::string> outputs_;
    CompareOptions options_;
    bool json_ = false, help_only_ = false;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }

}  // namespace frontline::cli
