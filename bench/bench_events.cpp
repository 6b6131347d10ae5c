// The events: adding mentions to an EventBuilder, and its end phase
// (grouping, ranking, streaming the events out), on the seeds' mentions
// repeated as many documents over many days. Also the JSONL report reader.
#include <benchmark/benchmark.h>

#include <chrono>

#include "bench_common.hpp"
#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/events/event_builder.hpp"
#include "frontline/pipeline.hpp"

namespace {

// The seeds' mentions as `copies` documents, one a day, so that the same
// claims make new events day after day as in a long run.
std::vector<frontline::Mention> repeated_mentions(int copies) {
    auto g = frontline::Gazetteer::open(bench_gazetteer_path());
    frontline::Pipeline pipeline(g);
    frontline::Document doc = frontline::parse_text(seeds_text(), "seeds", "seeds");
    doc.published = frontline::Timestamp{std::chrono::sys_days{std::chrono::year{2024} / 11 / 1}.time_since_epoch()};
    frontline::analyse_structure(doc, nullptr);  // entries, sentences and dates, as extract does
    if (!doc.document_date) doc.document_date = doc.published;
    const auto one = pipeline.process(doc);
    std::vector<frontline::Mention> out;
    out.reserve(one.size() * static_cast<std::size_t>(copies));
    for (int k = 0; k < copies; ++k) {
        for (frontline::Mention m : one) {
            m.doc = "seeds-" + std::to_string(k);
            if (m.reported_at) *m.reported_at += std::chrono::days{k};
            if (m.event_date) *m.event_date += std::chrono::days{k};
            out.push_back(std::move(m));
        }
    }
    return out;
}

}  // namespace

static void BM_EventsAdd(benchmark::State& state) {
    const auto mentions = repeated_mentions(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        frontline::EventBuilder events;
        events.add(mentions);
        benchmark::DoNotOptimize(events);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(mentions.size()));
}
BENCHMARK(BM_EventsAdd)->Arg(200)->Unit(benchmark::kMillisecond);

static void BM_EventsEndPhase(benchmark::State& state) {
    frontline::EventBuilder events;
    events.add(repeated_mentions(static_cast<int>(state.range(0))));
    std::size_t n = 0;
    for (auto _ : state) {
        n = 0;
        events.for_each_event([&](frontline::Event&& e) {
            benchmark::DoNotOptimize(e);
            ++n;
        });
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(n));
    state.counters["events"] = static_cast<double>(n);
}
BENCHMARK(BM_EventsEndPhase)->Arg(200)->Unit(benchmark::kMillisecond);

static void BM_ReadJsonlLine(benchmark::State& state) {
    const std::string line = nlohmann::json{{"id", "live-2024-11-04"},
                                            {"published", "2024-11-04T10:00:00Z"},
                                            {"url", "https://example.org/live"},
                                            {"title", "Live"},
                                            {"text", seeds_text().substr(0, 4000)}}
                                 .dump();
    for (auto _ : state)
        benchmark::DoNotOptimize(frontline::parse_jsonl_line(line, {"bench.jsonl", 1, 0}, "bench.jsonl:1", "bench.jsonl"));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(line.size()));
}
BENCHMARK(BM_ReadJsonlLine);
