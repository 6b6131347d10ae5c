// --help and the man pages are made from the same option descriptions: each
// command's page lists every option --help lists and every exit status the
// command can end with.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "cli_support.hpp"

using frontline::test::Run;
using frontline::test::run_frontline;

TEST_CASE("each command's --help and man page list its options and exit codes", "[cli][help]") {
    for (const std::string command : {"extract", "explain", "update", "compare", "gazetteer"}) {
        INFO(command);
        Run help = run_frontline(command + " --help");
        REQUIRE(help.code == 0);
        Run man = run_frontline("help --man " + command);
        REQUIRE(man.code == 0);
        CHECK(man.out.starts_with(".TH FRONTLINE-"));
        CHECK(man.out.find(".SH OPTIONS") != std::string::npos);
        // Every long option of --help, in the page (roff escapes its hyphens).
        const std::regex option("--([a-z][a-z-]*)");
        std::set<std::string> options;
        for (auto it = std::sregex_iterator(help.out.begin(), help.out.end(), option); it != std::sregex_iterator(); ++it)
            options.insert((*it)[1]);
        REQUIRE_FALSE(options.empty());
        for (const std::string& o : options) {
            std::string escaped;
            for (char c : o) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
            INFO(o);
            CHECK(man.out.find("\\-\\-" + escaped) != std::string::npos);
        }
        CHECK(help.out.find("Exit status:") != std::string::npos);
        CHECK(man.out.find(".SH EXIT STATUS") != std::string::npos);
    }
    // extract can end with a bad command line (2) and a bad gazetteer (5): both said.
    Run extract = run_frontline("extract --help");
    CHECK(extract.out.find("\n  2  bad command line") != std::string::npos);
    CHECK(extract.out.find("\n  5  the gazetteer") != std::string::npos);
    // Nothing points to a page that is not installed.
    Run main = run_frontline("--help");
    CHECK(main.out.find("docs/exit-codes.md") == std::string::npos);
}
