// frontline update: scheduled regeneration from a config (docs/update.md).
#include <unistd.h>

#include <iostream>

#include "command.hpp"
#include "frontline/error.hpp"
#include "frontline/update/config.hpp"
#include "frontline/update/log.hpp"
#include "frontline/update/update.hpp"

namespace frontline::cli {

namespace {

using namespace frontline::update;

class UpdateCommand : public Command {
public:
    UpdateCommand() : opts_("options") {
        opts_.add_options()("help,h", "show this help")
            ("config,c", po::value<std::string>(&config_path_), "the TOML config (required)")
            ("check", po::bool_switch(&check_), "validate the config (syntax, keys, files, drivers) and exit")
            ("lock-timeout", po::value<double>(&lock_timeout_)->default_value(60, "60"),
             "seconds to wait for another run's lock before exiting with code 7")
            ("log-format", po::value<std::string>(&log_format_)->default_value("text"), "text or json (JSON lines)")
            ("quiet,q", po::bool_switch(&quiet_), "log errors only (the default without a terminal)")
            ("verbose,v", po::bool_switch(&verbose_), "log progress even without a terminal")
            ("debug", po::bool_switch(&debug_), "log every document")
            ("strict", po::bool_switch(&strict_), "exit 6 when inputs were skipped or sources failed")
            ("force", po::bool_switch(&force_), "rewrite every output even if up to date")
            ("reprocess", po::bool_switch(&reprocess_), "run the pipeline on every document again");
    }
    const char* name() const override { return "update"; }
    const char* summary() const override { return "regenerate layers from a config, incrementally (for cron/systemd)"; }
    const char* usage() const override {
        return "--config FILE [--check] [--lock-timeout SECONDS] [--log-format text|json] [-q|-v]\n\n"
               "Reads the sources named in FILE, processes only new or changed documents (state in SQLite),\n"
               "and replaces each output atomically.";
    }
    std::vector<ExitCode> exit_codes() const override {
        return {ExitCode::ok,        ExitCode::failure,   ExitCode::usage,   ExitCode::input,
                ExitCode::output,    ExitCode::gazetteer, ExitCode::partial, ExitCode::locked};
    }
    const po::options_description& options() const override { return opts_; }

    void setup(const std::vector<std::string>& args) override {
        po::positional_options_description pos;
        po::variables_map vm;
        if (!parse_options(*this, args, opts_, pos, vm)) {
            help_only_ = true;
            return;
        }
        if (config_path_.empty()) throw UsageError("update: --config FILE is required");
        if (log_format_ != "text" && log_format_ != "json")
            throw UsageError("update: --log-format must be text or json, not '" + log_format_ + "'");
        if (!(lock_timeout_ >= 0 && lock_timeout_ <= 86400)) throw UsageError("update: --lock-timeout must be 0 to 86400 seconds");
        if (quiet_ && (verbose_ || debug_)) throw UsageError("update: --quiet contradicts --verbose/--debug");
    }

    int run() override {
        if (help_only_) return 0;
        LogLevel level = ::isatty(STDERR_FILENO) ? LogLevel::info : LogLevel::error;
        if (quiet_) level = LogLevel::error;
        if (verbose_) level = LogLevel::info;
        if (debug_) level = LogLevel::debug;
        if (check_ && !quiet_) level = std::min(level, LogLevel::info);
        Logger log(std::cerr, log_format_ == "json" ? LogFormat::json : LogFormat::text, level);

        ConfigResult parsed = load_config(config_path_);
        std::vector<ConfigProblem> problems = parsed.problems;
        if (parsed.config && check_) {
            auto more = check_environment(*parsed.config);
            problems.insert(problems.end(), more.begin(), more.end());
        }
        if (!problems.empty()) {
            for (const auto& p : problems)
                log.error("config_invalid", p.where.to_string() + ": " + p.message,
                          {{"file", p.where.file}, {"line", p.where.line}, {"column", p.where.column}, {"problem", p.message}});
            return static_cast<int>(ExitCode::usage);
        }
        const UpdateConfig& config = *parsed.config;
        if (check_) {
            std::size_t feeds = 0;
            for (const auto& s : config.sources) feeds += s.kind == SourceConfig::Kind::feed;
            log.info("config_ok", config_path_ + ": OK (" + counted(config.sources.size(), "source") + ", " +
                                      counted(feeds, "feed") + ", " + counted(config.outputs.size(), "output") + "; state " +
                                      config.state_path.string() + ")");
            return 0;
        }
        UpdateOptions options;
        options.lock_timeout = std::chrono::milliseconds(static_cast<long long>(lock_timeout_ * 1000));
        options.force_outputs = force_;
        options.reprocess = reprocess_;
        options.progress = ::isatty(STDERR_FILENO) && level == LogLevel::info && log_format_ != "json";
        UpdateReport r;
        try {
            r = run_update(config, options, log);
        } catch (const Error& e) {
            // Logged here (not by main) so that JSON logs stay JSON.
            std::string msg = e.what();
            if (e.code() == ExitCode::output) msg += "; the previous state and outputs are kept";
            log.error("run_failed", msg, {{"exit_code", static_cast<int>(e.code())}});
            return static_cast<int>(e.code());
        }
        int code = exit_code_for(r, config, strict_);
        log.log(code == 0 ? LogLevel::info : LogLevel::error, "run_finished",
                "update finished in " + seconds(r.seconds) + ": " + counted(r.documents_read, "document") + " read (" +
                    std::to_string(r.documents_new) + " new, " + std::to_string(r.documents_changed) + " changed), " +
                    counted(r.inputs_skipped, "input") + " skipped, " + counted(r.sources_failed, "source") + " failed, " +
                    counted(r.outputs_written, "output") + " written, " + std::to_string(r.outputs_failed) +
                    " failed; exit " + std::to_string(code),
                {{"documents_read", r.documents_read},
                 {"documents_new", r.documents_new},
                 {"documents_changed", r.documents_changed},
                 {"documents_unchanged", r.documents_unchanged},
                 {"documents_missing", r.documents_missing},
                 {"inputs_skipped", r.inputs_skipped},
                 {"input_warnings", r.input_warnings},
                 {"sources_failed", r.sources_failed},
                 {"outputs_written", r.outputs_written},
                 {"outputs_up_to_date", r.outputs_up_to_date},
                 {"outputs_failed", r.outputs_failed},
                 {"generation", r.generation},
                 {"seconds", r.seconds},
                 {"exit_code", code}});
        return code;
    }

private:
    po::options_description opts_;
    std::string config_path_, log_format_;
    double lock_timeout_ = 60;
    bool check_ = false, quiet_ = false, verbose_ = false, debug_ = false, strict_ = false, force_ = false,
         reprocess_ = false, help_only_ = false;
};

}  // namespace

std::unique_ptr<Command> make_update_command() { return std::make_unique<UpdateCommand>(); }

}  // namespace frontline::cli
