// LayerSetWriter: the order of things. What each step does is in its own
// file: output_format (drivers and their defaults), atomic_file (temporary
// files swapped in), text_layer_file (layers frontline serialises itself),
// ogr_feature_filler (values into OGR features), postgis_merge (staging and
// upserts), style_tables (QGIS styles), dataset_metadata (provenance).
#include "frontline/output/layer_set_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <optional>

#include <ogrsf_frmts.h>

#include "atomic_file.hpp"
#include "dataset_metadata.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/error.hpp"
#include "frontline/output/geojson_text.hpp"
#include "ogr_feature_filler.hpp"
#include "output_format.hpp"
#include "postgis_merge.hpp"
#include "stored_feature_reader.hpp"
#include "style_tables.hpp"
#include "text_layer_file.hpp"

namespace fs = std::filesystem;

namespace frontline {

using detail::GdalContext;
using detail::GdalErrorCapture;
using detail::GdalOptionList;
using namespace output_detail;

namespace {

// The advisory lock of a shared PostGIS store: one number for frontline's
// layer sets ("frontlin" in ASCII), so writers of any schema take turns.
constexpr long long shared_store_lock = 0x66726f6e746c696eLL;

// Features per transaction: large enough that SQLite's commit cost vanishes,
// small enough that the journal stays modest (ogr2ogr uses the same order).
constexpr std::uint64_t transaction_batch = 100'000;

// One dataset being written: a temporary file to be swapped in, or a
// database connection (no file).
struct Target {
    AtomicFile file;
    GDALDatasetUniquePtr dataset;
    std::unique_ptr<TextLayerFile> text;  // a layer frontline writes itself
    bool in_transaction = false;
};

}  // namespace

std::string LayerSetWriter::driver_for(const OutputOptions& options) { return output_detail::driver_for(options); }

void LayerSetWriter::check_format(const OutputOptions& options) {
    const std::string name = output_detail::driver_for(options);
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName(name.c_str());
    if (!d) throw UsageError("GDAL has no driver '" + name + "' (GPKG, GeoJSON, GeoJSONSeq, FlatGeobuf, CSV, ...; `ogrinfo --formats` lists them)");
    if (!d->GetMetadataItem(GDAL_DCAP_VECTOR) || (!d->GetMetadataItem(GDAL_DCAP_CREATE) && name != "PostgreSQL"))
        throw UsageError("GDAL's driver '" + name + "' cannot write vector layers");
}

bool LayerSetWriter::is_stream(const std::string& destination) {
    if (destination == "-") return true;
    std::error_code ec;
    // A symlink into /proc or /dev (/dev/stdout, /proc/self/fd/1) names a
    // descriptor, whatever it is open on: written in place.
    fs::path hop = destination;
    for (int i = 0; i < 40 && fs::is_symlink(hop, ec); ++i) {
        fs::path to = fs::read_symlink(hop, ec);
        if (ec) break;
        if (to.is_relative()) to = hop.parent_path() / to;
        const std::string s = to.lexically_normal().string();
        if (s.starts_with("/proc/") || s.starts_with("/dev/")) return true;
        hop = to;
    }
    const fs::file_status status = fs::status(destination, ec);
    return fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status);
}

class LayerSetWriter::Impl {
public:
    explicit Impl(OutputOptions options);
    ~Impl() { abort(); }

    void begin_layer(const LayerSchema& schema, Rows rows);
    void end_layer();
    void stored_features(const LayerSchema& schema, const std::function<void(const Feature&)>& visit);
    void write(const Feature& feature);
    void write_text(std::string_view text, std::uint64_t features);
    void commit();
    void abort() noexcept;

    OutputOptions options;
    std::string driver_name;
    GDALDriver* driver = nullptr;
    bool database = false;
    bool stream = false;  // standard output, a device or a pipe: written in place
    std::string display_name;  // redacted destination

    detail::SpatialReferencePtr layer_srs;
    detail::CoordinateTransformationPtr transform;  // null when writing EPSG:4326

    std::vector<Target> targets;
    std::vector<std::pair<LayerSchema, OGRLayer*>> layers;  // for styles

    // Current layer
    Target* target = nullptr;
    OGRLayer* layer = nullptr;
    bool native = false;       // the layer is written as text by frontline, not through GDAL
    std::string line;          // one serialised feature (native layers)
    std::optional<GeoJsonSerialiser> serialiser;  // of the current native layer
    const LayerSchema* schema = nullptr;
    std::optional<OgrFeatureFiller> filler;
    std::uint64_t count = 0;
    std::uint64_t pending = 0;
    bool batch_transactions = false;
    // PostgreSQL: the current layer's table, and whether features go to a
    // temporary staging table that end_layer() merges into it.
    std::string table_name;
    bool staged = false;
    bool replace_rows = false;

    bool failed = false;
    bool finished = false;  // committed or aborted

    void require_usable(std::string_view what) const {
        if (finished) throw OutputError(context().describe() + ": " + std::string(what) + " after commit or abort");
        if (failed) throw OutputError(context().describe() + ": " + std::string(what) + " after an earlier error");
    }

private:
    GdalContext context(std::string_view layer_name = {}) const {
        return GdalContext{driver_name, display_name, std::string(layer_name)};
    }
    [[noreturn]] void fail(std::string_view layer_name, std::string_view what) const {
        throw OutputError(context(layer_name).describe() + ": " + std::string(what));
    }
    Target& open_file_target(const fs::path& final_path, std::string_view layer_name, bool as_text = false);
    fs::path sibling(const std::string& layer_name) const;
    void probe_directory(const fs::path& dir) const;
    bool writes_natively(const LayerSchema& layer_schema) const;
};

LayerSetWriter::Impl::Impl(OutputOptions opts) : options(std::move(opts)) {
    GDALAllRegister();
    if (options.destination.empty()) throw UsageError("no output given");
    driver_name = output_detail::driver_for(options);
    display_name = detail::redact_connection(options.destination);
    driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
    if (!driver) throw UsageError("GDAL has no driver '" + driver_name + "' for output '" + display_name + "'");
    database = driver_name == "PostgreSQL";

    if (!options.target_srs.empty() && (driver_name == "GeoJSON" || driver_name == "GeoJSONSeq"))
        throw UsageError("GeoJSON output is RFC 7946 and always EPSG:4326 (lon/lat); --t_srs " +
                         options.target_srs + " needs another format, such as GeoPackage or FlatGeobuf");
    auto wgs84 = detail::make_wgs84();
    if (!options.target_srs.empty()) {
        layer_srs = detail::make_srs(options.target_srs);
        if (!layer_srs->IsSame(wgs84.get())) {
            GdalErrorCapture capture;
            transform.reset(OGRCreateCoordinateTransformation(wgs84.get(), layer_srs.get()));
            if (!transform)
                throw UsageError("cannot transform EPSG:4326 to '" + options.target_srs + "': " + capture.failures());
        }
    } else {
        layer_srs = std::move(wgs84);
    }

    GdalErrorCapture capture;
    if (database) {
        targets.emplace_back();
        targets.back().dataset = detail::open_vector_for_update(options.destination, "PostgreSQL");
        if (!targets.back().dataset) capture.raise(context(), "cannot open the database");
        // Every layer in one transaction: readers see all new layers or none.
        if (targets.back().dataset->StartTransaction(FALSE) != OGRERR_NONE)
            capture.raise(context(), "cannot start a transaction");
        targets.back().in_transaction = true;
        // Writers of a shared store take turns: one creates the tables while
        // the others wait, and each derives from all mentions committed before
        // it. The lock goes with the transaction (commit, rollback, a lost
        // connection), so a killed writer never holds it.
        if (options.upsert && !options.overwrite)
            execute_sql(*targets.back().dataset, capture, context(),
                        "SELECT pg_advisory_xact_lock(" + std::to_string(shared_store_lock) + ")",
                        "cannot take the shared store's lock");
        return;
    }
    const fs::path destination(options.destination);
    // Standard output, a device or a pipe is written in place, never renamed
    // over or replaced; it takes one layer of a format that streams.
    std::error_code ec;
    stream = !database && LayerSetWriter::is_stream(options.destination);
    if (stream) {
        const std::string where = options.destination == "-" ? "standard output" : "'" + options.destination + "'";
        if (driver_name != "GeoJSON" && driver_name != "GeoJSONSeq" && driver_name != "CSV")
            throw UsageError(driver_name + " cannot be written to " + where +
                             ", which is not a regular file; name a file, or use GeoJSON or GeoJSONSeq (-f)");
        if (options.layers.size() > 1)
            throw UsageError(where + " takes one layer; choose one with --layers (mentions, events or places)");
        if (options.destination == "-") display_name = "standard output";
        return;
    }
    const fs::path dir = destination.parent_path().empty() ? fs::path(".") : destination.parent_path();
    if (!fs::is_directory(dir))
        throw OutputError(context().describe() + ": directory '" + dir.string() + "' does not exist");
    // Every file of the set, before any input is read.
    const std::size_t files = is_one_layer_per_file(driver_name) ? std::max<std::size_t>(1, options.layers.size()) : 1;
    for (std::size_t i = 0; i < files; ++i) {
        const fs::path p = i == 0 ? destination : sibling(options.layers[i]);
        if (fs::exists(p, ec) && !options.overwrite)
            throw OutputError(GdalContext{driver_name, p.string(), i == 0 ? std::string() : options.layers[i]}.describe() +
                              ": output exists; use --overwrite to replace it");
    }
    probe_directory(dir);
    if (!is_one_layer_per_file(driver_name)) open_file_target(destination, {});
}

fs::path LayerSetWriter::Impl::sibling(const std::string& layer_name) const {
    const fs::path destination(options.destination);
    return destination.parent_path() / (destination.stem().string() + "." + layer_name + destination.extension().string());
}

// A file of our own in the output's directory says why nothing can be
// written there ("Permission denied") before any work, in words GDAL's
// drivers do not always pass on.
void LayerSetWriter::Impl::probe_directory(const fs::path& dir) const {
    const fs::path probe = dir / (".frontline-probe-" + std::to_string(::getpid()));
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        throw OutputError(context().describe() + ": cannot create files in '" + dir.string() + "': " + std::strerror(errno));
    ::close(fd);
    ::unlink(probe.c_str());
}

Target& LayerSetWriter::Impl::open_file_target(const fs::path& final_path, std::string_view layer_name, bool as_text) {
    std::error_code ec;
    if (fs::exists(final_path, ec) && !options.overwrite)
        throw OutputError(GdalContext{driver_name, final_path.string(), std::string(layer_name)}.describe() +
                          ": output exists; use --overwrite to replace it");
    Target t;
    if (stream) {
        // Written in place: no temporary, nothing renamed.
        t.file.final_path = final_path;
        t.file.temp_path = final_path;
    } else {
        // A symlink stays: the file it points to is replaced.
        t.file = AtomicFile::beside(file_behind(final_path));
    }
    targets.push_back(std::move(t));
    Target& made = targets.back();
    if (as_text) {
        made.text = std::make_unique<TextLayerFile>(made.file.temp_path, context(layer_name).describe());
    } else {
        const std::string path = stream && options.destination == "-" ? "/vsistdout/" : made.file.temp_path.string();
        GdalOptionList dsco(options.dataset_options);
        GdalErrorCapture capture;
        made.dataset.reset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, dsco.get()));
        if (!made.dataset) capture.raise(context(layer_name), "cannot create '" + made.file.temp_path.string() + "'");
    }
    if (stream) {
        if (options.destination == "-") display_name = "standard output";
        return made;
    }
    display_name = targets.front().file.final_path.string();
    return made;
}

// GeoJSONSeq point layers with the default options are serialised by
// frontline (geojson_text.hpp): the same text as GDAL's driver writes, made
// on the worker threads instead of one feature at a time through json-c.
bool LayerSetWriter::Impl::writes_natively(const LayerSchema& layer_schema) const {
    return driver_name == "GeoJSONSeq" && options.layer_options.empty() && layer_schema.geometry == GeometryType::point &&
           !transform;
}

void LayerSetWriter::Impl::end_layer() {
    if (native) {
        native = false;
        target->text->close();
        target->text.reset();
        schema = nullptr;
        target = nullptr;
        return;
    }
    if (!layer) return;
    GdalErrorCapture capture;
    if (batch_transactions && target->in_transaction) {
        target->in_transaction = false;
        if (target->dataset->CommitTransaction() != OGRERR_NONE) capture.raise(context(schema->name), "cannot commit the features");
    }
    if (layer->SyncToDisk() != OGRERR_NONE) capture.raise(context(schema->name), "cannot flush the layer");
    filler.reset();
    if (database) {
        OGRLayer* real = finish_postgis_layer(*targets.front().dataset, layer, *schema, table_name, staged, replace_rows,
                                              options.stable_fids, capture, context(schema->name));
        for (auto& [known, ogr_layer] : layers)
            if (ogr_layer == layer) ogr_layer = real;
    }
    layer = nullptr;
    schema = nullptr;
    target = nullptr;
}

void LayerSetWriter::Impl::begin_layer(const LayerSchema& new_schema, Rows rows) {
    require_usable("begin_layer");
    replace_rows = rows == Rows::replace;
    end_layer();
    for (const auto& [known, unused] : layers)
        if (known.name == new_schema.name) fail(new_schema.name, "layer written twice");
    if (new_schema.name.empty()) fail({}, "a layer needs a name");

    if (database || !is_one_layer_per_file(driver_name)) {
        target = &targets.front();
    } else {
        // One layer per file: the first layer is the destination, the others
        // its "<stem>.<layer>.<ext>" siblings.
        if (stream && !layers.empty()) fail(new_schema.name, "a stream takes one layer");
        const fs::path final_path = layers.empty() ? fs::path(options.destination) : sibling(new_schema.name);
        const bool as_text = writes_natively(new_schema);
        target = &open_file_target(final_path, new_schema.name, as_text);
        native = as_text;
        if (native) {
            layers.emplace_back(new_schema, nullptr);
            schema = &layers.back().first;
            serialiser.emplace(*schema);
            count = 0;
            return;
        }
    }
    GDALDataset& ds = *target->dataset;

    GdalOptionList lco(options.layer_options);
    set_layer_defaults(lco, driver_name, options, new_schema);

    GdalErrorCapture capture;
    std::string create_name = new_schema.name;
    table_name.clear();
    staged = false;
    if (database) {
        // Stable FIDs are 53-bit hashes: the FID column must be bigint.
        lco.set_default("FID64", "YES");
        table_name = new_schema.name;
        OGRLayer* existing = ds.GetLayerByName(new_schema.name.c_str());
        capture.clear();  // GetLayerByName may complain about a missing table; that is not an error
        if (existing && options.overwrite) {
            lco.set_default("OVERWRITE", "YES");
        } else if (existing && !options.upsert) {
            fail(new_schema.name, "table exists; use --overwrite to replace it");
        } else if (existing) {
            create_name = prepare_staging(*existing, new_schema, layer_srs.get(), lco, capture, context(new_schema.name));
            staged = true;
        }
    }
    layer = ds.CreateLayer(create_name.c_str(), layer_srs.get(), to_ogr(new_schema.geometry), lco.get());
    if (!layer)
        capture.raise(context(new_schema.name), staged ? "cannot create the staging table" : "cannot create the layer");

    std::vector<int> field_index;
    for (const auto& field : new_schema.fields) {
        OGRFieldDefn defn(field.name.c_str(), to_ogr(field.type));
        if (layer->CreateField(&defn, TRUE) != OGRERR_NONE)
            capture.raise(context(new_schema.name), "cannot create field '" + field.name + "'");
        // The driver may launder the name (Shapefile: 10 characters), so
        // address fields by position, not by name.
        field_index.push_back(layer->GetLayerDefn()->GetFieldCount() - 1);
    }
    layers.emplace_back(new_schema, layer);
    schema = &layers.back().first;
    filler.emplace(*layer, *schema, std::move(field_index), transform.get(), context(schema->name).describe());
    count = 0;
    pending = 0;
    // Databases already run in one transaction for the whole set.
    batch_transactions = !database && ds.TestCapability(ODsCTransactions);
    if (batch_transactions) {
        if (ds.StartTransaction(FALSE) != OGRERR_NONE) capture.raise(context(schema->name), "cannot start a transaction");
        target->in_transaction = true;
    }
}

void LayerSetWriter::Impl::stored_features(const LayerSchema& wanted, const std::function<void(const Feature&)>& visit) {
    require_usable("stored_features");
    if (!database) fail(wanted.name, "stored_features() reads a database's table");
    GDALDataset& ds = *targets.front().dataset;
    GdalErrorCapture capture;
    OGRLayer* table = ds.GetLayerByName(wanted.name.c_str());
    capture.clear();
    if (!table) return;  // no writer made it yet: no rows
    const StoredFeatureReader reader(*table, wanted, detail::make_wgs84().get(), context(wanted.name).describe());
    table->ResetReading();
    Feature f;
    for (auto& row : *table) {
        reader.read(*row, f);
        visit(f);
    }
    if (capture.has_failures()) capture.raise(context(wanted.name), "cannot read the table");
}

void LayerSetWriter::Impl::write_text(std::string_view text, std::uint64_t features) {
    require_usable("write_text");
    if (!native) fail(schema ? schema->name : std::string(), "write_text() on a layer GDAL writes");
    target->text->append(text);
    count += features;
}

void LayerSetWriter::Impl::write(const Feature& feature) {
    require_usable("write");
    if (native) {
        line.clear();
        if (auto error = serialiser->append(line, feature))
            fail(schema->name, "feature " + std::to_string(count + 1) + ": " + *error);
        target->text->append(line);
        ++count;
        return;
    }
    if (!layer) fail({}, "write() before begin_layer()");
    const bool fid = feature.fid && options.stable_fids && keeps_fid(driver_name);
    OGRFeature& f = filler->fill(feature, count + 1, fid ? feature.fid : std::nullopt);

    GdalErrorCapture capture;
    if (layer->CreateFeature(&f) != OGRERR_NONE)
        capture.raise(context(schema->name), "cannot write feature " + std::to_string(count + 1));
    ++count;
    if (batch_transactions && ++pending >= transaction_batch) {
        pending = 0;
        target->in_transaction = false;
        if (target->dataset->CommitTransaction() != OGRERR_NONE) capture.raise(context(schema->name), "cannot commit");
        if (target->dataset->StartTransaction(FALSE) != OGRERR_NONE)
            capture.raise(context(schema->name), "cannot start a transaction");
        target->in_transaction = true;
    }
}

void LayerSetWriter::Impl::commit() {
    require_usable("commit");
    end_layer();
    GdalErrorCapture capture;
    if (driver_name == "GPKG") {
        Target& t = targets.front();
        if (options.styles && !layers.empty()) write_layer_styles(*t.dataset, layers, context());
        write_dataset_metadata(*t.dataset, options.metadata, context());
    }
    if (options.styles && takes_sidecar_qml(driver_name) && !stream)
        for (std::size_t i = 0; i < targets.size() && i < layers.size(); ++i) {
            // "<temp prefix>.qml" is renamed with its dataset to "<stem>.qml",
            // the name QGIS looks for next to a file it opens.
            const AtomicFile& file = targets[i].file;
            try {
                write_qml_sidecar(file.temp_path.parent_path() / (file.temp_prefix + ".qml"), layers[i].first);
            } catch (const OutputError& e) {
                fail(layers[i].first.name, e.what());
            }
        }

    if (database) {
        if (targets.front().dataset->CommitTransaction() != OGRERR_NONE)
            capture.raise(context(), "cannot commit the transaction; nothing was changed");
        targets.front().in_transaction = false;
        targets.front().dataset.reset();
        finished = true;
        return;
    }
    // Close every dataset first: a GeoPackage is complete (journal written
    // back) and GeoJSON's closing bracket is on disk only after GDALClose.
    for (auto& t : targets) t.dataset.reset();
    if (capture.has_failures()) capture.raise(context(), "cannot finish writing");
    if (stream) {
        finished = true;
        return;
    }
    for (const auto& t : targets) t.file.swap_in(driver_name == "GPKG", context().describe());
    finished = true;
}

void LayerSetWriter::Impl::abort() noexcept {
    if (finished) return;
    finished = true;
    try {
        GdalErrorCapture capture;  // rollback/close errors of a discarded output are not news
        filler.reset();
        for (auto& t : targets) {
            if (t.dataset && database && t.in_transaction) t.dataset->RollbackTransaction();
            t.text.reset();
            t.dataset.reset();
            if (!database && !stream) t.file.discard();
        }
    } catch (...) {
    }
}

LayerSetWriter::LayerSetWriter(OutputOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
LayerSetWriter::~LayerSetWriter() = default;
LayerSetWriter::LayerSetWriter(LayerSetWriter&&) noexcept = default;
LayerSetWriter& LayerSetWriter::operator=(LayerSetWriter&&) noexcept = default;

// After any exception the writer only accepts destruction or abort().
template <class Call>
void LayerSetWriter::guarded(Call call) {
    try {
        call(*impl_);
    } catch (...) {
        impl_->failed = true;
        throw;
    }
}

void LayerSetWriter::begin_layer(const LayerSchema& schema) {
    guarded([&](Impl& w) { w.begin_layer(schema, Rows::merge); });
}
void LayerSetWriter::begin_layer(const LayerSchema& schema, Rows rows) {
    guarded([&](Impl& w) { w.begin_layer(schema, rows); });
}
void LayerSetWriter::end_layer() {
    guarded([&](Impl& w) {
        w.require_usable("end_layer");
        w.end_layer();
    });
}
bool LayerSetWriter::shared_store() const noexcept {
    return impl_ && impl_->database && impl_->options.upsert && !impl_->options.overwrite;
}
void LayerSetWriter::stored_features(const LayerSchema& schema, const std::function<void(const Feature&)>& visit) {
    guarded([&](Impl& w) { w.stored_features(schema, visit); });
}
void LayerSetWriter::write(const Feature& feature) {
    guarded([&](Impl& w) { w.write(feature); });
}
bool LayerSetWriter::writes_text() const noexcept { return impl_ && impl_->native; }
void LayerSetWriter::write_text(std::string_view text, std::uint64_t features) {
    guarded([&](Impl& w) { w.write_text(text, features); });
}
std::uint64_t LayerSetWriter::feature_count() const noexcept { return impl_ ? impl_->count : 0; }
void LayerSetWriter::commit() {
    guarded([&](Impl& w) { w.commit(); });
}
void LayerSetWriter::abort() noexcept {
    if (impl_) impl_->abort();
}

std::vector<std::string> LayerSetWriter::outputs() const {
    std::vector<std::string> out;
    if (!impl_) return out;
    if (impl_->database || impl_->stream) return {impl_->display_name};
    for (const auto& t : impl_->targets) out.push_back(t.file.final_path.string());
    return out;
}

}  // namespace frontline
