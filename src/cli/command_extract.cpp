// frontline extract: reports in, map layers out.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <iostream>

#include "batch_workers.hpp"
#include "text_writer_thread.hpp"
#include "command.hpp"
#include "frontline/data_path.hpp"
#include "frontline/derive/control.hpp"
#include "frontline/document/boilerplate.hpp"
#include "frontline/document/reader.hpp"
#include "frontline/document/snapshot_dates.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/error.hpp"
#include "frontline/events/event_builder.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/geojson_text.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/pipeline.hpp"
#include "frontline/time.hpp"
#include "frontline/version.hpp"

namespace frontline::cli {

namespace {

// Output names as the writer reports them: connection strings with their
// password hidden.
std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

class ExtractCommand : public Command {
public:
    ExtractCommand() : opts_("options") {
        opts_.add_options()("help,h", "show this help")
            ("output,o", po::value<std::string>(&out_.destination), "output file or connection string (PG:...)")
            ("format,f", po::value<std::string>(&out_.driver), "OGR driver (default: from the output's extension)")
            ("gazetteer,g", po::value<std::string>(&gazetteer_), "compiled gazetteer (default: the bundled one)")
            ("overwrite", po::bool_switch(&out_.overwrite), "replace an existing output")
            ("lco", po::value<std::vector<std::string>>(&out_.layer_options), "layer creation option KEY=VALUE (repeatable)")
            ("dsco", po::value<std::vector<std::string>>(&out_.dataset_options), "dataset creation option KEY=VALUE (repeatable)")
            ("t_srs", po::value<std::string>(&out_.target_srs), "reproject to this CRS (not for GeoJSON)")
            ("report-date", po::value<std::string>(&report_date_text_),
             "date of reports that carry none of their own (no published field, no timestamped entries) and have "
             "no dated copy in the same run, YYYY-MM-DD")
            ("layers", po::value<std::string>(&layers_text_)->default_value("mentions,events,places", "all"),
             "layers to write, of mentions,events,places; mentions alone stream in constant memory")
            ("threads,j", po::value<unsigned>(&threads_)->default_value(0), "worker threads (0: all cores)")
            ("as-of", po::value<std::vector<std::string>>(&as_of_), "add control/front layers for this date, YYYY-MM-DD (repeatable)")
            ("as-of-series", po::value<std::vector<std::string>>(&as_of_), "add control/front layers for START:END:STEP (2024-10-01:2024-12-31:7d)")
            ("control-window", po::value<int>(&derive_.window_days)->default_value(180), "days a claim counts towards control")
            ("clip", po::value<std::string>(&clip_), "clip control areas to the polygons of this OGR source (land, country)")
            ("clip-where", po::value<std::string>(&clip_where_), "OGR SQL attribute filter for --clip")
            ("quiet,q", po::bool_switch(&quiet_), "print only errors");
    }
    const char* name() const override { return "extract"; }
    const char* summary() const override { return "read reports and write map layers"; }
    const char* usage() const override {
        return "[-g GAZETTEER] -o OUT [-f DRIVER] INPUT...\n\n"
               "INPUT: .txt, .html, .jsonl files, directories (searched recursively), globs, or - for stdin.\n"
               "Exit status: 0 when at least one input was read (unreadable inputs are reported and\n"
               "skipped), 3 when none could be read, 4 when the output cannot be written.";
    }
    const po::options_description& options() const override { return opts_; }

    void setup(const std::vector<std::string>& args) override {
        if (!parse_options_with_inputs(*this, args, inputs_)) {
            help_only_ = true;
            return;
        }
        if (out_.destination.empty()) throw UsageError("extract: -o OUT is required");
        if (inputs_.empty()) throw UsageError("extract: name at least one INPUT (a file, directory, glob or -)");
        LayerSetWriter::driver_for(out_);  // refuses unknown formats before any work
        for (const auto& a : as_of_)
            for (Date d : parse_as_of(a)) derive_.as_of.push_back(d);
        std::sort(derive_.as_of.begin(), derive_.as_of.end());
        derive_.as_of.erase(std::unique(derive_.as_of.begin(), derive_.as_of.end()), derive_.as_of.end());
        report_date_ = parse_report_date(*this, report_date_text_);
        if (!clip_.empty() && derive_.as_of.empty()) throw UsageError("extract: --clip needs --as-of or --as-of-series");
        for (std::size_t p = 0; p <= layers_text_.size();) {
            std::size_t comma = std::min(layers_text_.find(',', p), layers_text_.size());
            const std::string layer = layers_text_.substr(p, comma - p);
            if (layer == "mentions") write_mentions_ = true;
            else if (layer == "events") write_events_ = true;
            else if (layer == "places") write_places_ = true;
            else throw UsageError("extract: --layers: unknown layer '" + layer + "' (mentions, events, places)");
            p = comma + 1;
        }
        if (!derive_.as_of.empty() && !write_events_) throw UsageError("extract: --as-of needs the events layer");
    }

    int run() override {
        if (help_only_) return 0;
        auto t0 = std::chrono::steady_clock::now();
        std::filesystem::path gaz_path = gazetteer_.empty() ? default_gazetteer_path() : std::filesystem::path(gazetteer_);
        Gazetteer gazetteer = Gazetteer::open(gaz_path, Gazetteer::Access::whole);
        Pipeline pipeline(gazetteer);

        // Structure (entries, sentences, boilerplate) is found by the workers,
        // not by the reader, so it runs on all cores.
        ReaderOptions reading;
        reading.structure = false;
        reading.mark_boilerplate = false;
        const BoilerplateFilter boilerplate = BoilerplateFilter::load_default();
        DocumentReader reader(expand_inputs(inputs_), reading, [&](const InputIssue& issue) {
            std::cerr << "frontline: " << issue.to_string() << "\n";
        });
        out_.metadata = {{"frontline_version", version},
                         {"gazetteer", gaz_path.filename().string()},
                         {"run_at", format_timestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()))}};
        std::string inputs;
        for (const auto& i : inputs_) inputs += (inputs.empty() ? "" : " ") + i;
        out_.metadata.emplace_back("inputs", inputs);

        if (!clip_.empty()) derive_.clip = load_clip_area(clip_, clip_where_);  // fail before any output
        LayerSetWriter writer(out_);
        if (write_mentions_) writer.begin_layer(mentions_layer_schema());  // before `serialise` is read below
        EventBuilder events;
        std::size_t documents = 0, mentions = 0, resolved = 0;
        // Documents are read in batches and processed by all workers; results
        // are written in input order, so the output does not depend on the
        // number of threads. Memory is bounded by three batches (read,
        // processed, written). GeoJSONSeq features are serialised by the
        // workers too.
        unsigned workers = threads_ ? threads_ : std::max(1u, std::thread::hardware_concurrency());
        const GeoJsonSerialiser mention_text(mentions_layer_schema());
        const bool serialise = write_mentions_ && writer.writes_text();
        const bool aggregate = write_events_ || write_places_;
        struct DocResult {
            std::vector<Mention> mentions;
            std::size_t n_mentions = 0, n_resolved = 0;  // kept when `mentions` is freed early
            std::string text;                 // the mentions as GeoJSONSeq, when the writer takes text
            ParagraphDates dates;             // for dating undated copies of the same blog
            std::optional<Document> undated;  // held back until every dated copy is known
        };
        // Undated documents wait for the dated copies of the same live blog
        // (snapshot_dates.hpp), up to a bound on the text held.
        SnapshotDates snapshots;
        std::vector<std::pair<Document, ParagraphDates>> held;
        std::size_t held_bytes = 0, dated_from_copies = 0;
        constexpr std::size_t max_held_bytes = 64u << 20;
        std::vector<Document> batch;
        std::vector<DocResult> written;  // the previous batch's results, not yet written
        std::size_t batch_bytes = 0;
        // The mentions of an analysed document, serialised for text output.
        auto find_mentions = [&](Document& doc, DocResult& r) {
            r.mentions = pipeline.process(doc);
            r.n_mentions = r.mentions.size();
            for (const Mention& m : r.mentions) r.n_resolved += m.place_id.has_value();
            if (!serialise) return;
            Feature feature;  // filled again for each mention, keeping its storage
            for (const Mention& m : r.mentions) {
                to_feature(m, feature);
                if (auto error = mention_text.append(r.text, feature)) throw Error("mention " + m.mention_id + ": " + *error);
            }
            // Nothing else needs them: freed here, on the thread that made
            // them (frees from another thread contend for its malloc arena).
            if (!aggregate) r.mentions = {};
        };
        // With workers, the mentions text is written on a thread of its own.
        std::optional<TextWriterThread> text_thread;
        if (serialise && workers > 1) text_thread.emplace(writer, 8u << 20);
        auto write_results = [&] {
            for (DocResult& r : written) {
                if (r.undated) {
                    if (held_bytes + r.undated->text.size() <= max_held_bytes) {
                        held_bytes += r.undated->text.size();
                        held.emplace_back(std::move(*r.undated), std::move(r.dates));
                        continue;
                    }
                    find_mentions(*r.undated, r);  // too much held: undated it stays
                }
                snapshots.learn(r.dates);
                if (text_thread) text_thread->submit(std::move(r.text), r.n_mentions);
                else if (serialise) writer.write_text(r.text, r.n_mentions);
                for (const Mention& m : r.mentions) {
                    if (write_mentions_ && !serialise) writer.write(to_feature(m));
                    if (aggregate) events.add(m);
                }
                mentions += r.n_mentions;
                resolved += r.n_resolved;
            }
            written.clear();
        };
        // One document: its structure; an undated one is held back, the others get their mentions.
        auto process = [&](Document& doc, DocResult& r) {
            analyse_structure(doc, &boilerplate);
            if (!doc.document_date) doc.document_date = report_date_;
            r.dates = paragraph_dates(doc);
            if (!doc.document_date) {
                r.undated = std::move(doc);
                return;
            }
            find_mentions(doc, r);
        };
        // With one thread everything runs here, in order. With more, the
        // workers process a batch while this thread writes the previous
        // batch's results and reads the next batch.
        std::vector<Document> running;
        std::vector<DocResult> running_results;
        BatchWorkers pool;
        auto flush = [&] {
            if (workers == 1) {
                std::vector<DocResult> results(batch.size());
                for (std::size_t i = 0; i < batch.size(); ++i) process(batch[i], results[i]);
                written = std::move(results);
                write_results();
            } else {
                pool.join();  // rethrows a worker's failure
                written = std::move(running_results);
                running = std::move(batch);
                running_results = std::vector<DocResult>(running.size());
                pool.start(running.size(), workers, [&](std::size_t i) { process(running[i], running_results[i]); });
                write_results();
            }
            batch.clear();
            batch_bytes = 0;
        };
        while (auto doc = reader.next()) {
            ++documents;
            for (const auto& issue : doc->issues)
                std::cerr << "frontline: " << doc->source << " (byte " << issue.offset << "): " << issue.message << "\n";
            batch_bytes += doc->text.size();
            batch.push_back(std::move(*doc));
            if (batch.size() >= 256 || batch_bytes >= (2u << 20)) flush();
        }
        flush();
        pool.join();
        written = std::move(running_results);
        write_results();
        // The held undated documents, dated from their dated copies where
        // there are any, in input order after the others.
        if (!held.empty()) {
            std::vector<DocResult> results(held.size());
            for (auto& [doc, dates] : held)
                if ((doc.document_date = snapshots.date_for(dates))) ++dated_from_copies;
            auto one = [&](std::size_t i) { find_mentions(held[i].first, results[i]); };
            if (workers == 1) {
                for (std::size_t i = 0; i < held.size(); ++i) one(i);
            } else {
                pool.start(held.size(), workers, one);
                pool.join();
            }
            held.clear();
            written = std::move(results);
            write_results();
        }
        if (text_thread) text_thread->finish();  // the writer is ours again
        if (documents == 0) throw Error("no input could be read", ExitCode::input);
        // Events go to the writer one by one unless control areas need them all.
        std::vector<Event> event_list;
        std::size_t n_events = 0, n_places = 0;
        if (write_events_) {
            writer.begin_layer(events_layer_schema());
            events.for_each_event([&](Event&& e) {
                writer.write(to_feature(e));
                ++n_events;
                if (!derive_.as_of.empty()) event_list.push_back(std::move(e));
            });
        }
        if (write_places_) {
            writer.begin_layer(places_layer_schema());
            for (const PlaceSummary& p : events.places()) {
                writer.write(to_feature(p));
                ++n_places;
            }
        }
        if (!derive_.as_of.empty()) {
            DerivedLayers derived = derive_control(event_list, gazetteer, derive_);
            writer.begin_layer(control_layer_schema());
            for (const Feature& f : derived.control) writer.write(f);
            writer.begin_layer(front_layer_schema());
            for (const Feature& f : derived.front) writer.write(f);
        }
        writer.commit();
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!quiet_ && dated_from_copies)
            std::cerr << "dated " << dated_from_copies << " undated document(s) from dated copies of the same pages\n";
        if (!quiet_)
            std::cerr << "read " << documents << " documents; " << mentions << " mentions (" << resolved
                      << " resolved), " << n_events << " events, " << n_places << " places written to " << joined(writer.outputs()) << " in " << secs << " s\n";
        return 0;
    }

private:
    po::options_description opts_;
    OutputOptions out_;
    std::string gazetteer_;
    std::vector<std::string> inputs_;
    bool quiet_ = false, help_only_ = false;
    unsigned threads_ = 0;
    std::vector<std::string> as_of_;  // --as-of and --as-of-series; parse_as_of reads either
    std::string clip_, clip_where_;
    std::string report_date_text_;
    std::optional<Timestamp> report_date_;  // --report-date: dates undated documents
    std::string layers_text_;
    bool write_mentions_ = false, write_events_ = false, write_places_ = false;
    DeriveOptions derive_;
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace frontline::cli
