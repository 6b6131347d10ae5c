#include <cctype>
#include <cstdio>
#include <iostream>

#include "command.hpp"
#include "frontline/error.hpp"
#include "frontline/version.hpp"

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

run::ReportDate parse_report_date(const Command& cmd, const std::string& value) {
    if (value.empty()) return {};
    auto d = run::parse_report_date(value);
    if (!d) throw UsageError(std::string(cmd.name()) + ": --report-date: not a date (YYYY-MM-DD) nor file-time: " + value);
    return *d;
}

std::string seconds(double s) {
    char buf[32];
    if (s < 10) std::snprintf(buf, sizeof buf, "%.2f s", s);
    else if (s < 120) std::snprintf(buf, sizeof buf, "%.1f s", s);
    else std::snprintf(buf, sizeof buf, "%d min %02d s", int(s) / 60, int(s) % 60);
    return buf;
}

std::string exit_code_meaning(const Command& cmd, ExitCode code) {
    const std::string name = cmd.name();
    const bool update = name == "update";
    switch (code) {
        case ExitCode::ok:
            return update ? "done; skipped inputs and failed feeds were logged"
                          : "done; inputs that could not be read were reported and skipped";
        case ExitCode::failure: return "an unexpected internal error";
        case ExitCode::usage: return update ? "bad command line or config (also with --check)" : "bad command line";
        case ExitCode::input:
            if (update) return "every source failed";
            if (name == "compare") return "the output or the control map cannot be read";
            if (name == "gazetteer") return "a gazetteer source cannot be read";
            return "no input could be read";
        case ExitCode::output:
            return update ? "an output or the state could not be written (the previous ones are kept)"
                          : "the output could not be written, or exists without --overwrite (the previous one is kept)";
        case ExitCode::gazetteer: return "the gazetteer is missing, corrupt or of another format version";
        case ExitCode::partial: return "inputs were skipped or a source failed, with --strict";
        case ExitCode::locked: return "another run holds the lock";
    }
    return {};
}

void print_help(const Command& cmd) {
    std::cout << "usage: frontline " << cmd.name() << " " << cmd.usage() << "\n\n"
              << cmd.summary() << "\n\n"
              << cmd.options() << "\nExit status:\n";
    for (ExitCode c : cmd.exit_codes()) std::cout << "  " << static_cast<int>(c) << "  " << exit_code_meaning(cmd, c) << "\n";
    std::cout << "\nMore: man frontline-" << cmd.name() << "\n";
}

namespace {

// Text for roff: backslashes and hyphens escaped, no line starting with a dot.
std::string roff(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    for (std::size_t p = 0; (p = out.find("\n.", p)) != std::string::npos; p += 4) out.insert(p + 1, "\\&");
    if (!out.empty() && out.front() == '.') out.insert(0, "\\&");
    return out;
}

}  // namespace

std::string man_page(const Command& cmd) {
    std::string name = cmd.name();
    std::string upper = name;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string usage = cmd.usage();
    const auto blank = usage.find("\n\n");
    const std::string synopsis = usage.substr(0, blank);
    const std::string more = blank == std::string::npos ? "" : usage.substr(blank + 2);
    std::string out = ".TH FRONTLINE-" + upper + " 1 \"\" \"frontline " + std::string(version) + "\" \"User Commands\"\n";
    out += ".SH NAME\nfrontline\\-" + roff(name) + " \\- " + roff(cmd.summary()) + "\n";
    out += ".SH SYNOPSIS\n.B frontline " + roff(name) + "\n" + roff(synopsis) + "\n";
    if (!more.empty()) out += ".SH DESCRIPTION\n.nf\n" + roff(more) + "\n.fi\n";
    out += ".SH OPTIONS\n";
    for (const auto& o : cmd.options().options()) {
        std::string flags = o->format_name();
        const std::string parameter = o->format_parameter();
        if (!parameter.empty()) flags += " " + parameter;
        out += ".TP\n.B " + roff(flags) + "\n" + roff(o->description()) + "\n";
    }
    out += ".SH EXIT STATUS\n";
    for (ExitCode c : cmd.exit_codes())
        out += ".TP\n.B " + std::to_string(static_cast<int>(c)) + "\n" + roff(exit_code_meaning(cmd, c)) + "\n";
    out += ".SH SEE ALSO\n.BR frontline (1)\n";
    return out;
}

}  // namespace frontline::cli
