#include "command.hpp"
#include "frontline/error.hpp"
namespace frontline::cli {
namespace {
class ExtractCommand : public Command {
public:
    ExtractCommand() : opts_("options") { opts_.add_options()("help,h", "show this help"); }
    const char* name() const override { return "extract"; }
    const char* summary() const override { return "read reports and write map layers"; }
    const char* usage() const override { return "[--gazetteer FILE] -o OUT INPUT..."; }
    const po::options_description& options() const override { return opts_; }
    void setup(const std::vector<std::string>&) override {}
    int run() override { throw Error("extract: not built yet"); }
private:
    po::options_description opts_;
};
}
std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }
std::unique_ptr<Command> make_explain_command() { return std::make_unique<ExtractCommand>(); }
}
