// Gazetteer: open (mmap + header checks) and name lookup, on the real file.
#include <benchmark/benchmark.h>

#include "bench_common.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/text/fold.hpp"

static void BM_GazetteerOpen(benchmark::State& state) {
    for (auto _ : state) {
        auto g = frontline::Gazetteer::open(bench_gazetteer_path());
        benchmark::DoNotOptimize(g.size());
    }
}
BENCHMARK(BM_GazetteerOpen);

static void BM_LookupLatin(benchmark::State& state) {
    auto g = frontline::Gazetteer::open(bench_gazetteer_path());
    for (auto _ : state) benchmark::DoNotOptimize(g.lookup("Vuhledar"));
}
BENCHMARK(BM_LookupLatin);

static void BM_LookupCyrillicInflected(benchmark::State& state) {
    auto g = frontline::Gazetteer::open(bench_gazetteer_path());
    for (auto _ : state) benchmark::DoNotOptimize(g.lookup("Вугледарі"));
}
BENCHMARK(BM_LookupCyrillicInflected);

static void BM_ProbeFoldedKey(benchmark::State& state) {
    auto g = frontline::Gazetteer::open(bench_gazetteer_path());
    for (auto _ : state) benchmark::DoNotOptimize(g.probe("kurakhove"));
}
BENCHMARK(BM_ProbeFoldedKey);

static void BM_Fold(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(frontline::fold("Kup'yans'k Кремінна Балка Žytomyr"));
}
BENCHMARK(BM_Fold);
