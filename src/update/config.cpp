// Parsing and checking the `frontline update` config (toml++).
#include "frontline/update/config.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <tuple>
#include <map>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "frontline/data_path.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/run/document_run.hpp"

namespace frontline::update {

namespace fs = std::filesystem;

std::string ConfigLocation::to_string() const {
    std::string s = file;
    if (line) {
        s += ":" + std::to_string(line);
        if (column) s += ":" + std::to_string(column);
    }
    return s;
}

std::string ConfigProblem::to_string() const { return where.to_string() + ": error: " + message; }

std::string SourceConfig::key() const { return (kind == Kind::feed ? "feed:" : "path:") + location; }

namespace {

std::string join_problems(const std::vector<ConfigProblem>& problems) {
    std::string s;
    for (const auto& p : problems) s += (s.empty() ? "" : "\n") + p.to_string();
    if (s.empty()) s = "invalid config";
    return s;
}

}  // namespace

ConfigError::ConfigError(std::vector<ConfigProblem> problems)
    : UsageError(join_problems(problems)), problems_(std::move(problems)) {}

namespace {

class Parser {
public:
    Parser(const fs::path& file) : file_(file), dir_(file.has_parent_path() ? file.parent_path() : fs::path(".")) {}

    ConfigLocation at(const toml::source_region& r) const {
        return ConfigLocation{file_.string(), static_cast<std::uint32_t>(r.begin.line),
                              static_cast<std::uint32_t>(r.begin.column)};
    }
    ConfigLocation at(const toml::node& n) const { return at(n.source()); }

    void problem(const ConfigLocation& where, std::string message) { problems.push_back({where, std::move(message)}); }

    // Flags keys of `table` not in `known` (typos should never pass silently).
    void known_keys(const toml::table& table, std::initializer_list<std::string_view> known, std::string_view where) {
        for (auto&& [k, v] : table) {
            bool found = false;
            for (auto kn : known) found |= (k.str() == kn);
            if (!found) {
                std::string list;
                for (auto kn : known) list += (list.empty() ? "" : ", ") + std::string(kn);
                problem(at(k.source().begin.line ? k.source() : v.source()),
                        "unknown key '" + std::string(k.str()) + "' in " + std::string(where) + " (known: " + list + ")");
            }
        }
    }

    std::optional<std::string> string_of(const toml::table& t, std::string_view key, std::string_view what) {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        if (auto s = n->value<std::string>()) {
            if (s->empty()) {
                problem(at(*n), std::string(what) + " '" + std::string(key) + "' must not be empty");
                return std::nullopt;
            }
            return *s;
        }
        problem(at(*n), std::string(what) + " '" + std::string(key) + "' must be a string");
        return std::nullopt;
    }

    std::optional<bool> bool_of(const toml::table& t, std::string_view key) {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        if (auto b = n->value_exact<bool>()) return *b;
        problem(at(*n), "'" + std::string(key) + "' must be true or false");
        return std::nullopt;
    }

    std::optional<double> number_of(const toml::table& t, std::string_view key, double min, double max) {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        std::optional<double> v;
        if (n->is_integer()) v = static_cast<double>(*n->value<std::int64_t>());
        else if (n->is_floating_point()) v = *n->value<double>();
        if (!v) {
            problem(at(*n), "'" + std::string(key) + "' must be a number");
            return std::nullopt;
        }
        if (!(*v >= min && *v <= max)) {
            std::ostringstream msg;
            msg << "'" << key << "' = " << *v << " is out of range (" << min << " to " << max << ")";
            problem(at(*n), msg.str());
            return std::nullopt;
        }
        return v;
    }

    std::vector<std::string> strings_of(const toml::table& t, std::string_view key) {
        std::vector<std::string> out;
        const toml::node* n = t.get(key);
        if (!n) return out;
        const toml::array* a = n->as_array();
        if (!a) {
            problem(at(*n), "'" + std::string(key) + "' must be an array of strings");
            return out;
        }
        for (const toml::node& e : *a) {
            if (auto s = e.value_exact<std::string>()) out.push_back(*s);
            else problem(at(e), "'" + std::string(key) + "' must hold strings only");
        }
        return out;
    }

    std::string resolve(const std::string& p) const {
        if (p == "-") return p;
        fs::path path(p);
        if (path.is_absolute()) return path.lexically_normal().string();
        return (dir_ / path).lexically_normal().string();
    }

    void feed_options(const toml::table& t, FeedOptions& f) {
        if (auto v = number_of(t, "timeout", 0.1, 3600)) f.timeout_s = *v;
        if (auto v = number_of(t, "connect_timeout", 0.1, 3600)) f.connect_timeout_s = *v;
        if (auto v = number_of(t, "retries", 0, 20)) {
            if (*v != static_cast<int>(*v)) problem(at(*t.get("retries")), "'retries' must be a whole number");
            f.retries = static_cast<int>(*v);
        }
        if (auto v = number_of(t, "retry_delay", 0, 600)) f.retry_delay_s = *v;
        if (auto v = number_of(t, "max_bytes", 1024, 4.0 * (std::uint64_t(1) << 30))) f.max_bytes = static_cast<std::uint64_t>(*v);
        if (auto v = string_of(t, "user_agent", "feed option")) f.user_agent = *v;
    }

    void parse(const toml::table& root) {
        known_keys(root, {"state", "gazetteer", "sources", "outputs", "feeds", "derived", "limits", "documents"}, "the config");
        UpdateConfig& c = config;
        c.file = file_;

        // [state]
        if (const toml::node* n = root.get("state")) {
            if (const toml::table* t = n->as_table()) {
                known_keys(*t, {"path", "forget_missing"}, "[state]");
                c.state_where = at(*n);
                if (auto p = string_of(*t, "path", "[state]")) c.state_path = resolve(*p);
                else if (!t->get("path")) problem(at(*n), "[state] needs 'path' (the SQLite state file)");
                if (auto b = bool_of(*t, "forget_missing")) c.forget_missing = *b;
            } else if (auto s = n->value_exact<std::string>()) {
                c.state_where = at(*n);
                c.state_path = resolve(*s);
            } else {
                problem(at(*n), "'state' must be a table ([state] path = \"...\") or a path string");
            }
        } else {
            problem(ConfigLocation{file_.string(), 1, 1}, "missing [state] table with 'path' (the SQLite state file)");
        }

        // gazetteer = "path" or [gazetteer] path = "..."
        if (const toml::node* n = root.get("gazetteer")) {
            c.gazetteer_where = at(*n);
            if (auto s = n->value_exact<std::string>()) {
                if (s->empty()) problem(at(*n), "'gazetteer' must not be empty (omit it for the bundled gazetteer)");
                else c.gazetteer = resolve(*s);
            } else if (const toml::table* t = n->as_table()) {
                known_keys(*t, {"path"}, "[gazetteer]");
                if (auto p = string_of(*t, "path", "[gazetteer]")) c.gazetteer = resolve(*p);
            } else {
                problem(at(*n), "'gazetteer' must be a path string");
            }
        }

        // [feeds] defaults
        FeedOptions feed_defaults;
        if (const toml::node* n = root.get("feeds")) {
            if (const toml::table* t = n->as_table()) {
                known_keys(*t, {"timeout", "connect_timeout", "retries", "retry_delay", "max_bytes", "user_agent"}, "[feeds]");
                feed_options(*t, feed_defaults);
            } else {
                problem(at(*n), "'feeds' must be a table");
            }
        }

        // [limits]
        if (const toml::node* n = root.get("limits")) {
            if (const toml::table* t = n->as_table()) {
                known_keys(*t, {"max_document_bytes", "jobs"}, "[limits]");
                if (auto v = number_of(*t, "max_document_bytes", 1024, 16.0 * (std::uint64_t(1) << 30)))
                    c.max_document_bytes = static_cast<std::uint64_t>(*v);
                if (auto v = number_of(*t, "jobs", 0, 256)) c.jobs = static_cast<unsigned>(*v);
            } else {
                problem(at(*n), "'limits' must be a table");
            }
        }

        // [documents] report_date = "YYYY-MM-DD" | "file-time"
        if (const toml::node* n = root.get("documents")) {
            if (const toml::table* t = n->as_table()) {
                known_keys(*t, {"report_date"}, "[documents]");
                if (auto v = string_of(*t, "report_date", "[documents]")) {
                    if (auto d = run::parse_report_date(*v)) {
                        c.report_date = *d;
                    } else {
                        problem(at(*t->get("report_date")), "[documents] report_date: not a date (YYYY-MM-DD) nor file-time: '" + *v + "'");
                    }
                }
            } else {
                problem(at(*n), "'documents' must be a table");
            }
        }

        // [[sources]]
        if (const toml::node* n = root.get("sources")) {
            const toml::array* a = n->as_array();
            if (!a || !a->is_array_of_tables()) {
                problem(at(*n), "'sources' must be an array of tables ([[sources]])");
            } else {
                for (const toml::node& e : *a) source(*e.as_table(), feed_defaults);
            }
        }
        if (c.sources.empty() && !root.get("sources"))
            problem(ConfigLocation{file_.string(), 1, 1}, "no [[sources]]: name at least one path or feed");

        // [[outputs]]
        if (const toml::node* n = root.get("outputs")) {
            const toml::array* a = n->as_array();
            if (!a || !a->is_array_of_tables()) {
                problem(at(*n), "'outputs' must be an array of tables ([[outputs]])");
            } else {
                for (const toml::node& e : *a) output(*e.as_table());
            }
        }
        if (c.outputs.empty() && !root.get("outputs"))
            problem(ConfigLocation{file_.string(), 1, 1}, "no [[outputs]]: name at least one output file or connection");

        // [derived]
        if (const toml::node* n = root.get("derived")) {
            if (const toml::table* t = n->as_table()) {
                known_keys(*t, {"as_of", "baseline", "baseline_date", "baseline_side"}, "[derived]");
                if (const toml::node* d = t->get("as_of")) as_of(*d);
                if (auto b = string_of(*t, "baseline", "[derived]")) config.baseline = resolve(*b);
                if (auto side = string_of(*t, "baseline_side", "[derived]")) config.baseline_side = *side;
                if (const toml::node* d = t->get("baseline_date")) {
                    // One date, read as as_of reads its dates (which sorts them).
                    std::vector<Date> dates = std::move(config.as_of);
                    config.as_of.clear();
                    as_of(*d);
                    if (config.as_of.size() == 1) config.baseline_date = config.as_of.front();
                    else if (config.as_of.size() > 1) problem(at(*d), "'baseline_date' must be one date");
                    config.as_of = std::move(dates);
                }
                if (config.baseline && config.as_of.empty())
                    problem(at(*n), "[derived] baseline needs as_of dates");
            } else {
                problem(at(*n), "'derived' must be a table");
            }
        }
    }

    void source(const toml::table& t, const FeedOptions& defaults) {
        known_keys(t, {"path", "feed", "timeout", "connect_timeout", "retries", "retry_delay", "max_bytes", "user_agent"},
                   "[[sources]]");
        SourceConfig s;
        s.where = at(t);
        s.feed = defaults;
        auto path = string_of(t, "path", "source");
        auto feed = string_of(t, "feed", "source");
        if (path && feed) {
            problem(s.where, "a source has either 'path' or 'feed', not both");
            return;
        }
        if (!path && !feed) {
            if (!t.get("path") && !t.get("feed")) problem(s.where, "a source needs 'path' (directory, glob or file) or 'feed' (URL)");
            return;
        }
        if (path) {
            s.kind = SourceConfig::Kind::path;
            s.location = resolve(*path);
            for (auto k : {"timeout", "connect_timeout", "retries", "retry_delay", "max_bytes", "user_agent"})
                if (const toml::node* n = t.get(k)) problem(at(*n), "'" + std::string(k) + "' applies to feeds only");
        } else {
            s.kind = SourceConfig::Kind::feed;
            s.location = *feed;
            if (s.location.rfind("http://", 0) != 0 && s.location.rfind("https://", 0) != 0) {
                problem(at(*t.get("feed")), "feed '" + s.location + "' must be an http:// or https:// URL");
                return;
            }
            feed_options(t, s.feed);
        }
        for (const auto& other : config.sources)
            if (other.key() == s.key()) {
                problem(s.where, "source '" + s.location + "' is listed twice (first at " + other.where.to_string() + ")");
                return;
            }
        config.sources.push_back(std::move(s));
    }

    void output(const toml::table& t) {
        known_keys(t, {"path", "connection", "format", "lco", "dsco", "t_srs", "spatial_index", "styles"}, "[[outputs]]");
        OutputConfig o;
        o.where = at(t);
        auto path = string_of(t, "path", "output");
        auto conn = string_of(t, "connection", "output");
        if (path && conn) {
            problem(o.where, "an output has either 'path' or 'connection', not both");
            return;
        }
        if (!path && !conn) {
            if (!t.get("path") && !t.get("connection")) problem(o.where, "an output needs 'path' (a file) or 'connection' (PG:...)");
            return;
        }
        if (conn || path->rfind("PG:", 0) == 0) {
            o.is_connection = true;
            o.options.destination = conn ? *conn : *path;
        } else {
            o.options.destination = resolve(*path);
        }
        if (auto f = string_of(t, "format", "output")) o.options.driver = *f;
        o.options.layer_options = strings_of(t, "lco");
        o.options.dataset_options = strings_of(t, "dsco");
        if (auto s = string_of(t, "t_srs", "output")) o.options.target_srs = *s;
        if (auto b = bool_of(t, "spatial_index")) o.options.spatial_index = *b;
        if (auto b = bool_of(t, "styles")) o.options.styles = *b;
        o.options.overwrite = true;
        // A format GDAL cannot write stops the config, not the run after all the work.
        try {
            LayerSetWriter::check_format(o.options);
        } catch (const Error& e) {
            problem(o.where, e.what());
            return;
        }
        for (const auto& other : config.outputs)
            if (other.options.destination == o.options.destination) {
                problem(o.where, "output '" + o.options.destination + "' is listed twice (first at " + other.where.to_string() + ")");
                return;
            }
        config.outputs.push_back(std::move(o));
    }

    void as_of(const toml::node& n) {
        auto one = [&](const toml::node& e) {
            if (auto d = e.value_exact<toml::date>()) {
                using namespace std::chrono;
                year_month_day ymd{year{d->year}, month{d->month}, day{d->day}};
                if (!ymd.ok()) problem(at(e), "'as_of' holds an invalid date");
                else config.as_of.push_back(sys_days(ymd));
                return;
            }
            if (auto s = e.value_exact<std::string>()) {
                if (auto ts = parse_iso_timestamp(*s); ts && s->size() == 10) {
                    config.as_of.push_back(std::chrono::floor<std::chrono::days>(*ts));
                    return;
                }
            }
            problem(at(e), "'as_of' must hold dates (2024-11-07 or \"2024-11-07\")");
        };
        if (const toml::array* a = n.as_array()) {
            for (const toml::node& e : *a) one(e);
        } else {
            one(n);
        }
        std::sort(config.as_of.begin(), config.as_of.end());
        config.as_of.erase(std::unique(config.as_of.begin(), config.as_of.end()), config.as_of.end());
    }

    UpdateConfig config;
    std::vector<ConfigProblem> problems;

private:
    fs::path file_;
    fs::path dir_;
};

}  // namespace

ConfigResult parse_config(std::string_view text, const fs::path& file) {
    ConfigResult result;
    Parser parser(file);
    toml::table root;
    try {
        root = toml::parse(text, file.string());
    } catch (const toml::parse_error& e) {
        result.problems.push_back({parser.at(e.source()), std::string(e.description())});
        return result;
    }
    parser.parse(root);
    result.problems = std::move(parser.problems);
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const ConfigProblem& a, const ConfigProblem& b) {
        return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
    });
    if (result.problems.empty()) result.config = std::move(parser.config);
    return result;
}

ConfigResult load_config(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        ConfigResult r;
        r.problems.push_back({ConfigLocation{file.string(), 0, 0}, "cannot read the config file: " + std::string(std::strerror(errno))});
        return r;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::error_code ec;
    fs::path abs = fs::absolute(file, ec);
    return parse_config(text, ec ? file : abs.lexically_normal());
}

std::vector<ConfigProblem> check_environment(const UpdateConfig& c) {
    std::vector<ConfigProblem> problems;
    std::error_code ec;
    try {
        auto g = Gazetteer::open(c.gazetteer ? *c.gazetteer : default_gazetteer_path());
        (void)g;
    } catch (const std::exception& e) {
        problems.push_back({c.gazetteer_where.line ? c.gazetteer_where : ConfigLocation{c.file.string(), 0, 0},
                            std::string("gazetteer: ") + e.what()});
    }
    fs::path state_dir = c.state_path.parent_path();
    if (!state_dir.empty() && !fs::is_directory(state_dir, ec))
        problems.push_back({c.state_where, "the state's directory '" + state_dir.string() + "' does not exist"});
    for (const auto& s : c.sources) {
        if (s.kind != SourceConfig::Kind::path) continue;
        bool glob = s.location.find_first_of("*?[") != std::string::npos;
        if (!glob && !fs::exists(s.location, ec))
            problems.push_back({s.where, "source '" + s.location + "' does not exist"});
    }
    for (const auto& o : c.outputs) {
        if (o.is_connection) continue;
        fs::path dir = fs::path(o.options.destination).parent_path();
        if (!dir.empty() && !fs::is_directory(dir, ec))
            problems.push_back({o.where, "the output's directory '" + dir.string() + "' does not exist"});
    }
    return problems;
}

}  // namespace frontline::update
