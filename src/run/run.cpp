#include "frontline/run/run.hpp"

#include <optional>
#include <utility>

#include "frontline/data_path.hpp"
#include "frontline/document/boilerplate.hpp"
#include "frontline/error.hpp"
#include "frontline/events/event_builder.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/geojson_text.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/mention_record.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/output/region_layer.hpp"
#include "frontline/text/counted.hpp"
#include "text_writer_thread.hpp"

namespace frontline::run {

namespace {

// The layers made from the aggregated mentions, after the mentions layer:
// events, places and, for as-of dates, control and front. A shared store
// (PostGIS with several writers) has them made from every writer's mentions
// in its table, this run's merged in, and replaces their rows: any number of
// writers, in any order, give what one run over all their inputs gives.
void write_aggregate_layers(LayerSetWriter& writer, const LayerList& layers, const EventBuilder& own,
                            const Gazetteer& gazetteer, const DeriveOptions& derive, RunReport& report) {
    const bool derived = layers.has(Layer::control);
    const EventBuilder* source = &own;
    EventBuilder stored;
    LayerSetWriter::Rows rows = LayerSetWriter::Rows::merge;
    if (writer.shared_store() && layers.aggregates()) {
        writer.end_layer();  // this run's mentions are in the table now
        writer.stored_features(mentions_layer_schema(), [&](const Feature& f) { stored.add(mention_from_feature(f)); });
        source = &stored;
        rows = LayerSetWriter::Rows::replace;
    }
    const EventBuilder& events = *source;
    std::vector<Event> event_list;  // only the derivations need them all at once
    std::vector<Feature> regions;   // few: claims about whole regions
    if (layers.has(Layer::events) || layers.has(Layer::regions)) {
        if (layers.has(Layer::events)) writer.begin_layer(events_layer_schema(), rows);
        events.for_each_event([&](Event&& e) {
            if (layers.has(Layer::regions))
                if (auto r = to_region_feature(e, gazetteer)) regions.push_back(std::move(*r));
            if (!layers.has(Layer::events)) return;
            writer.write(to_feature(e));
            ++report.events;
            if (derived) event_list.push_back(std::move(e));
        });
    }
    if (layers.has(Layer::places)) {
        writer.begin_layer(places_layer_schema(), rows);
        for (const PlaceSummary& p : events.places()) {
            writer.write(to_feature(p));
            ++report.places;
        }
    }
    if (layers.has(Layer::regions)) {
        writer.begin_layer(regions_layer_schema(), rows);
        for (const Feature& f : regions) writer.write(f);
        report.regions = regions.size();
    }
    if (derived) {
        DerivedLayers d = derive_control(event_list, gazetteer, derive);
        writer.begin_layer(control_layer_schema());
        for (const Feature& f : d.control) writer.write(f);
        if (layers.has(Layer::front)) {
            writer.begin_layer(front_layer_schema());
            for (const Feature& f : d.front) writer.write(f);
            report.front = d.front.size();
        }
        report.control = d.control.size();
    }
}

// A shared store derives from the mentions in its table: they must be written.
void check_shared_store(const LayerSetWriter& writer, const LayerList& layers) {
    if (writer.shared_store() && layers.aggregates() && !layers.has(Layer::mentions))
        throw UsageError("a PostGIS output shared by several writers makes its events and places from the mentions in "
                         "its table: write the mentions layer too (--layers mentions,events,places), or --overwrite");
}

// The writer is told every layer to come, so it checks all their files at once.
OutputOptions output_for(const LayerSetRequest& request, const LayerList& layers) {
    OutputOptions o = request.output;
    o.layers = layers.names();
    return o;
}

void count(const std::vector<Mention>& mentions, ProcessedDocument& out) {
    out.n_mentions = mentions.size();
    for (const Mention& m : mentions) out.n_resolved += m.place_id.has_value();
}

}  // namespace

struct Run::Impl {
    RunSettings settings;
    std::filesystem::path gazetteer_path;
    Gazetteer gazetteer;
    std::optional<Pipeline> pipeline;
    std::optional<BoilerplateFilter> boilerplate;

    explicit Impl(RunSettings s)
        : settings(std::move(s)),
          gazetteer_path(settings.gazetteer.empty() ? default_gazetteer_path() : settings.gazetteer),
          gazetteer(Gazetteer::open(gazetteer_path, settings.gazetteer_access)) {}

    // Structure is found by the document run's workers, not by the reader,
    // so it runs on all cores.
    DocumentReader reader(const std::vector<InputSpec>& inputs) const {
        ReaderOptions reading;
        reading.structure = false;
        reading.mark_boilerplate = false;
        return DocumentReader(inputs, reading, settings.on_issue ? settings.on_issue : [](const InputIssue&) {});
    }

    std::string no_input_message() const {
        std::string m = "no input could be read";
        const auto& skipped = settings.skipped_files;
        if (skipped.empty()) return m;
        m += "; " + counted(skipped.size(), "file") + " in the folders given " + (skipped.size() == 1 ? "is" : "are") +
             " of a kind frontline does not read: ";
        for (std::size_t i = 0; i < skipped.size() && i < 5; ++i) m += (i ? ", " : "") + skipped[i];
        if (skipped.size() > 5) m += ", ...";
        return m + " (it reads .txt .md .markdown .html .htm .jsonl .ndjson .json .rss .atom)";
    }

    void read(DocumentReader& reader, DocumentRun& docs) const {
        while (auto doc = reader.next()) {
            if (settings.on_repairs && !doc->issues.empty()) settings.on_repairs(*doc);
            if (doc->text.size() > settings.large_document_bytes && settings.on_issue)
                settings.on_issue({InputIssue::Severity::warning, {doc->source, {}, {}},
                                   "document '" + doc->id + "' holds " + std::to_string(doc->text.size() >> 20) +
                                       " MB of text, read whole: it takes about 25 times that in memory; split it "
                                       "(one file per day or per live-blog page) to keep memory low"});
            docs.add(std::move(*doc));
        }
        docs.finish();
        if (docs.counts().documents == 0) throw Error(no_input_message(), ExitCode::input);
    }
};

Run::Run(RunSettings settings) : impl_(std::make_unique<Impl>(std::move(settings))) {}
Run::~Run() = default;

const std::filesystem::path& Run::gazetteer_path() const { return impl_->gazetteer_path; }
const Gazetteer& Run::gazetteer() const { return impl_->gazetteer; }

const Pipeline& Run::pipeline() {
    if (!impl_->pipeline) impl_->pipeline.emplace(impl_->gazetteer);
    return *impl_->pipeline;
}

const BoilerplateFilter& Run::boilerplate() {
    if (!impl_->boilerplate) impl_->boilerplate.emplace(BoilerplateFilter::load_default());
    return *impl_->boilerplate;
}

LayerList Run::layers_for(const LayerSetRequest& request) {
    // Claims alone give settlement areas, never a front line: that needs a baseline.
    return request.derive.as_of.empty() ? request.layers
                                        : request.layers.with_derived(request.derive.baseline.has_value());
}

void Run::check(const LayerSetRequest& request) {
    LayerSetWriter::check_format(request.output);  // refuses unknown formats before any work
    if (!request.derive.as_of.empty() && !request.layers.has(Layer::events))
        throw UsageError("--as-of needs the events layer");
    if (LayerSetWriter::is_stream(request.output.destination) && layers_for(request).layers().size() > 1)
        throw UsageError((request.output.destination == "-" ? std::string("standard output") : "'" + request.output.destination + "'") +
                         " takes one layer; choose one with --layers (mentions, events or places)");
}

std::unique_ptr<DocumentRun> Run::documents(DocumentRun::Process process, DocumentRun::Deliver deliver) {
    const Pipeline& stages = pipeline();  // loaded here, not by the first worker
    auto docs = std::make_unique<DocumentRun>(impl_->settings.documents, &boilerplate(), std::move(process),
                                              std::move(deliver));
    docs->on_read([&stages](const Document& doc) { stages.prepare(doc.text); });
    if (impl_->settings.on_progress) docs->on_progress(impl_->settings.on_progress);
    return docs;
}

RunReport Run::write_layers(const std::vector<InputSpec>& inputs, const LayerSetRequest& request) {
    check(request);
    const LayerList layers = layers_for(request);
    const Pipeline& stages = pipeline();
    DocumentReader reader = impl_->reader(inputs);
    RunReport report;

    LayerSetWriter writer(output_for(request, layers));  // an existing output is found before reading
    check_shared_store(writer, layers);
    const bool write_mentions = layers.has(Layer::mentions);
    if (write_mentions) writer.begin_layer(mentions_layer_schema());  // before writes_text() is asked
    EventBuilder events;
    // GeoJSONSeq features are serialised by the workers; with workers, the
    // text is written on a thread of its own.
    const bool serialise = write_mentions && writer.writes_text();
    const bool aggregate = layers.aggregates() && !writer.shared_store();  // a shared store reads its table instead
    const GeoJsonSerialiser mention_text(mentions_layer_schema());
    std::optional<TextWriterThread> text_thread;
    if (serialise && worker_count(impl_->settings.documents.threads) > 1) text_thread.emplace(writer, 8u << 20);

    auto process = [&](const Document& doc, ProcessedDocument& out) {
        out.mentions = stages.process(doc);
        count(out.mentions, out);
        if (!serialise) return;
        Feature feature;  // filled again for each mention, keeping its storage
        for (const Mention& m : out.mentions) {
            to_feature(m, feature);
            if (auto error = mention_text.append(out.text, feature)) throw Error("mention " + m.mention_id + ": " + *error);
        }
        // Nothing else needs them: freed here, on the thread that made them
        // (frees from another thread contend for its malloc arena).
        if (!aggregate) out.mentions = {};
    };
    auto deliver = [&](Document&, ProcessedDocument& out) {
        if (text_thread) text_thread->submit(std::move(out.text), out.n_mentions);
        else if (serialise) writer.write_text(out.text, out.n_mentions);
        for (const Mention& m : out.mentions) {
            if (write_mentions && !serialise) writer.write(to_feature(m));
            if (aggregate) events.add(m);
        }
        report.mentions += out.n_mentions;
        report.resolved += out.n_resolved;
    };
    {
        std::unique_ptr<DocumentRun> docs = documents(process, deliver);
        impl_->read(reader, *docs);
        report.documents = docs->counts();
    }
    if (text_thread) text_thread->finish();  // the writer is ours again
    write_aggregate_layers(writer, layers, events, impl_->gazetteer, request.derive, report);
    writer.commit();
    report.outputs = writer.outputs();
    return report;
}

RunReport Run::write_layers(const std::function<void(const MentionSink&)>& each_mention, const LayerSetRequest& request) {
    check(request);
    const LayerList layers = layers_for(request);
    RunReport report;
    LayerSetWriter writer(output_for(request, layers));
    check_shared_store(writer, layers);
    const bool write_mentions = layers.has(Layer::mentions);
    if (write_mentions) writer.begin_layer(mentions_layer_schema());
    EventBuilder events;
    const bool aggregate = layers.aggregates() && !writer.shared_store();
    each_mention([&](const Mention& m) {
        if (write_mentions) writer.write(to_feature(m));
        if (aggregate) events.add(m);
        ++report.mentions;
        report.resolved += m.place_id.has_value();
    });
    write_aggregate_layers(writer, layers, events, impl_->gazetteer, request.derive, report);
    writer.commit();
    report.outputs = writer.outputs();
    return report;
}

DocumentRunCounts Run::explain(const std::vector<InputSpec>& inputs, const ExplainSink& sink) {
    const Pipeline& stages = pipeline();
    DocumentReader reader = impl_->reader(inputs);
    auto process = [&](const Document& doc, ProcessedDocument& out) { out.details = stages.process_detailed(doc); };
    auto deliver = [&](Document& doc, ProcessedDocument& out) { sink(doc, out.details); };
    std::unique_ptr<DocumentRun> docs = documents(process, deliver);
    impl_->read(reader, *docs);
    return docs->counts();
}

}  // namespace frontline::run
