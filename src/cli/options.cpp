#include <iostream>

#include "command.hpp"
#include "frontline/error.hpp"

namespace frontline::cli {

bool parse_options(const Command& cmd, const std::vector<std::string>& args, const po::options_description& all,
                   const po::positional_options_description& positional, po::variables_map& vm) {
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        if (vm.count("help")) {
            print_help(cmd);
            return false;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(std::string(cmd.name()) + ": " + e.what() + " (see `frontline " + cmd.name() + " --help`)");
    }
    return true;
}

bool parse_options_with_inputs(const Command& cmd, const std::vector<std::string>& args,
                               std::vector<std::string>& inputs) {
    po::options_description all;
    all.add(cmd.options()).add_options()("input", po::value<std::vector<std::string>>(&inputs));
    po::positional_options_description positional;
    positional.add("input", -1);
    po::variables_map vm;
    return parse_options(cmd, args, all, positional, vm);
}

std::optional<Timestamp> parse_report_date(const Command& cmd, const std::string& value) {
    if (value.empty()) return std::nullopt;
    auto t = parse_iso_timestamp(value);
    if (!t) throw UsageError(std::string(cmd.name()) + ": --report-date: not a date (YYYY-MM-DD): " + value);
    return t;
}

void print_help(const Command& cmd) {
    std::cout << "usage: frontline " << cmd.name() << " " << cmd.usage() << "\n\n"
              << cmd.summary() << "\n\n"
              << cmd.options() << "\n";
}

}  // namespace frontline::cli
