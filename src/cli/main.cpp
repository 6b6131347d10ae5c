// frontline's entry point: dispatches to subcommands and is the one place
// where errors become messages and exit codes (docs/exit-codes.md).
#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "command.hpp"
#include "frontline/error.hpp"
#include "frontline/version.hpp"

namespace {

std::vector<std::unique_ptr<frontline::cli::Command>> all_commands() {
    std::vector<std::unique_ptr<frontline::cli::Command>> v;
    v.push_back(frontline::cli::make_extract_command());
    v.push_back(frontline::cli::make_explain_command());
    v.push_back(frontline::cli::make_gazetteer_command());
    v.push_back(frontline::cli::make_update_command());
    v.push_back(frontline::cli::make_compare_command());
    return v;
}

void print_main_help(std::ostream& out) {
    out << "frontline " << frontline::version << " - turn war reporting into map layers\n\n"
        << "usage: frontline COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto& c : all_commands()) {
        std::string n = c->name();
        out << "  " << n << std::string(n.size() < 12 ? 12 - n.size() : 1, ' ') << c->summary() << "\n";
    }
    out << "\n`frontline COMMAND --help` describes a command and its exit codes; `man frontline-COMMAND` the same\n"
           "at length.\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // The man pages are made from the commands themselves at build time
    // (CMakeLists.txt), so they list exactly the options --help shows.
    if (args.size() == 3 && args[0] == "help" && args[1] == "--man") {
        for (auto& cmd : all_commands())
            if (args[2] == cmd->name()) {
                std::cout << frontline::cli::man_page(*cmd);
                return 0;
            }
        std::cerr << "frontline: no command '" << args[2] << "'\n";
        return static_cast<int>(frontline::ExitCode::usage);
    }
    if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
        print_main_help(std::cout);
        return args.empty() ? static_cast<int>(frontline::ExitCode::usage) : 0;
    }
    if (args[0] == "--version" || args[0] == "-V") {
        std::cout << "frontline " << frontline::version << "\n";
        return 0;
    }
    // A file size limit (ulimit -f) must make writes fail with EFBIG, which
    // the writers report (keeping the previous outputs), instead of killing
    // the process in the middle of a write.
    ::signal(SIGXFSZ, SIG_IGN);
    try {
        for (auto& cmd : all_commands()) {
            if (args[0] != cmd->name()) continue;
            cmd->setup({args.begin() + 1, args.end()});
            return cmd->run();
        }
        throw frontline::UsageError("unknown command '" + args[0] + "' (see `frontline --help`)");
    } catch (const frontline::Error& e) {
        std::cerr << "frontline: " << e.what() << "\n";
        // Advice the message does not give itself.
        const std::string what = e.what();
        if (e.code() == frontline::ExitCode::output && what.find("exists") != std::string::npos &&
            what.find("--overwrite") == std::string::npos && what.find("already exists") == std::string::npos)
            std::cerr << "frontline: use --overwrite to replace it\n";
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cerr << "frontline: internal error: " << e.what() << "\n";
        return static_cast<int>(frontline::ExitCode::failure);
    }
}
