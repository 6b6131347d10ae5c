#pragma once
// A frontline subcommand. setup() parses and validates options without
// touching files, run() does the work; main() turns exceptions into exit codes.
#include <boost/program_options.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontline/error.hpp"
#include "frontline/run/document_run.hpp"
#include "frontline/text/counted.hpp"
#include "frontline/time.hpp"

namespace frontline::cli {

namespace po = boost::program_options;

class Command {
public:
    virtual ~Command() = default;
    virtual const char* name() const = 0;
    virtual const char* summary() const = 0;
    /// Usage line after "frontline NAME".
    virtual const char* usage() const = 0;
    /// Parses arguments (without the command name). Throws UsageError.
    virtual void setup(const std::vector<std::string>& args) = 0;
    /// Does the work. Returns the process exit code.
    virtual int run() = 0;
    /// The option descriptions, for --help.
    virtual const po::options_description& options() const = 0;
    /// The exit codes this command can end with, for --help and its man page.
    virtual std::vector<ExitCode> exit_codes() const = 0;
};

/// One line on what an exit code means for `cmd`.
std::string exit_code_meaning(const Command& cmd, ExitCode code);

/// The command's man page (roff), made from the same texts as --help, so the
/// two never disagree: name, synopsis, options, exit status.
std::string man_page(const Command& cmd);

/// Parses `args` into `vm` against `visible` options and `positional` ones;
/// turns Boost errors into UsageError naming the command. Returns false if
/// --help was given (and prints help).
bool parse_options(const Command& cmd, const std::vector<std::string>& args, const po::options_description& all,
                   const po::positional_options_description& positional, po::variables_map& vm);

/// parse_options for commands whose positional arguments are all inputs
/// (files, directories, globs, "-"): fills `inputs`.
bool parse_options_with_inputs(const Command& cmd, const std::vector<std::string>& args,
                               std::vector<std::string>& inputs);

/// "0.05 s", "12.3 s", "2 min 05 s".
std::string seconds(double s);

/// Prints "usage: frontline NAME USAGE" and the options.
void print_help(const Command& cmd);

/// The value of --report-date (run::parse_report_date), none when empty.
/// Throws UsageError naming the command when it is neither a date nor file-time.
run::ReportDate parse_report_date(const Command& cmd, const std::string& value);

/// Help text of --report-date, shared by the commands that read reports.
inline constexpr const char* report_date_help =
    "date of reports that carry none of their own (no published field, no timestamped entries): YYYY-MM-DD, or "
    "file-time for each file's modification time";

std::unique_ptr<Command> make_gazetteer_command();
std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_explain_command();
std::unique_ptr<Command> make_update_command();
std::unique_ptr<Command> make_compare_command();

}  // namespace frontline::cli
