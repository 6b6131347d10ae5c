// Recognition, resolution and claims on the real seeds (../shared/seeds),
// reported as bytes per second.
#include <benchmark/benchmark.h>

#include "bench_common.hpp"
#include "frontline/document/formats.hpp"
#include "frontline/pipeline.hpp"


static void BM_Tokenize(benchmark::State& state) {
    std::string text = seeds_text();
    for (auto _ : state) benchmark::DoNotOptimize(frontline::tokenize(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Tokenize);

static void BM_Pipeline(benchmark::State& state) {
    auto g = frontline::Gazetteer::open(bench_gazetteer_path());
    frontline::Pipeline pipeline(g);
    frontline::Document doc = frontline::parse_text(seeds_text(), "seeds", "seeds");
    for (auto _ : state) benchmark::DoNotOptimize(pipeline.process(doc));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(doc.text.size()));
}
BENCHMARK(BM_Pipeline);
