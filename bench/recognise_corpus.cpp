// Recognition alone over whole inputs: the reading, tokenising and
// gazetteer recognition that `frontline extract` does, without resolution,
// claims or output, so its throughput can be set against `wc -l` on the same
// file (bench/targets). Single-threaded on purpose: the figure is per core.
//
//   frontline_recognise [-g GAZETTEER] [--structure] INPUT...
//
// Prints one line of key=value pairs. `seconds` and `mb_per_s` (MB of 2^20
// bytes, as bench/make-corpus counts them) cover the reading loop only;
// `setup_seconds` (gazetteer open, lexicon load) is apart, since it is paid once per process and is measured by the cold-start target.
#include <chrono>
#include <cstdio>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#include "bench_common.hpp"
#include "frontline/document/boilerplate.hpp"
#include "frontline/document/reader.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/error.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/pipeline.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

int usage(int status) {
    (status ? std::cerr : std::cout)
        << "usage: frontline_recognise [-g GAZETTEER] [--structure] INPUT...\n"
           "  -g GAZETTEER  compiled gazetteer (default: $FRONTLINE_BENCH_GAZETTEER, else the bundled one)\n"
           "  --structure   also find paragraphs and boilerplate and drop names in boilerplate, as extract does\n"
           "INPUT: files, directories, globs or - as for `frontline extract`.\n";
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    std::string gazetteer_path = bench_gazetteer_path();
    bool structure = false;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-h" || a == "--help") return usage(0);
        if (a == "-g" && i + 1 < argc) gazetteer_path = argv[++i];
        else if (a == "--structure") structure = true;
        else if (a.size() > 1 && a[0] == '-') return usage(2);
        else args.push_back(a);
    }
    if (args.empty()) return usage(2);

    try {
        auto t_setup = Clock::now();
        auto gazetteer = frontline::Gazetteer::open(gazetteer_path, frontline::Gazetteer::Access::whole);
        const frontline::Pipeline pipeline(gazetteer);  // recognition exactly as extract sets it up
        frontline::BoilerplateFilter boilerplate;
        if (structure) boilerplate = frontline::BoilerplateFilter::load_default();

        // extract reads without structure and leaves it to its workers; do the same.
        frontline::ReaderOptions reading;
        reading.structure = false;
        reading.mark_boilerplate = false;
        std::vector<frontline::InputSpec> inputs = frontline::expand_inputs(args);
        std::uintmax_t input_bytes = 0;
        for (const auto& in : inputs) {
            std::error_code ec;
            auto size = in.is_stdin() ? 0 : std::filesystem::file_size(in.path, ec);
            if (!ec) input_bytes += size;
        }
        frontline::DocumentReader reader(std::move(inputs), reading, [](const frontline::InputIssue& issue) {
            std::cerr << "frontline_recognise: " << issue.to_string() << "\n";
        });
        double setup_seconds = seconds_since(t_setup);

        std::size_t documents = 0, text_bytes = 0, tokens = 0, names = 0;
        auto t0 = Clock::now();
        while (auto doc = reader.next()) {
            ++documents;
            text_bytes += doc->text.size();
            if (structure) frontline::analyse_structure(*doc, &boilerplate);
            // Without --structure there are no paragraphs, so nothing counts as boilerplate.
            auto found = pipeline.recognize(*doc);
            tokens += found.tokens.size();
            names += found.names.size();
        }
        double secs = seconds_since(t0);
        // Stdin has no size up front: fall back to the decoded text.
        std::uintmax_t bytes = input_bytes ? input_bytes : text_bytes;
        std::printf("bytes=%ju text_bytes=%zu documents=%zu tokens=%zu mentions=%zu setup_seconds=%.4f seconds=%.4f "
                    "mb_per_s=%.2f\n",
                    bytes, text_bytes, documents, tokens, names, setup_seconds, secs,
                    secs > 0 ? static_cast<double>(bytes) / (1 << 20) / secs : 0.0);
        return documents ? 0 : 3;
    } catch (const std::exception& e) {
        std::cerr << "frontline_recognise: " << e.what() << "\n";
        return 1;
    }
}
