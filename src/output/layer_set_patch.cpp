#include "frontline/output/layer_set_patch.hpp"

#include <filesystem>
#include <map>
#include <optional>

#include <ogrsf_frmts.h>
#include <sqlite3.h>
#include <unistd.h>

#include "atomic_file.hpp"
#include "dataset_metadata.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/error.hpp"
#include "ogr_feature_filler.hpp"
#include "output_format.hpp"
#include "text_layer_patch.hpp"

namespace fs = std::filesystem;

namespace frontline {

using detail::GdalContext;
using detail::GdalErrorCapture;
using namespace output_detail;

bool LayerSetPatch::can_patch(const OutputOptions& options) {
    if (options.destination.empty() || !options.target_srs.empty() || !options.stable_fids) return false;
    const std::string driver = output_detail::driver_for(options);
    if (driver == "GeoJSONSeq") return TextLayerPatch::can_patch(options);
    // Its tables are looked for when it is opened: a missing one fails the
    // patch, and the caller writes the set again.
    if (driver == "PostgreSQL") return true;
    if (driver != "GPKG") return false;
    std::error_code ec;
    const fs::path file = file_behind(options.destination);
    // Changed in place, so the file itself must be writable (the directory
    // need not be: SQLite's journal then fails the transaction, and the
    // caller rewrites the output).
    return fs::is_regular_file(file, ec) && ::access(file.c_str(), R_OK | W_OK) == 0;
}

void LayerSetPatch::recover(const OutputOptions& options) {
    if (options.destination.empty()) return;
    if (output_detail::driver_for(options) == "GeoJSONSeq") return TextLayerPatch::recover(options);
    if (output_detail::driver_for(options) != "GPKG") return;
    const fs::path file = file_behind(options.destination);
    std::error_code ec;
    const fs::path journal(file.string() + "-journal");
    if (!fs::is_regular_file(file, ec) || !fs::exists(journal, ec)) return;
    // Taking SQLite's exclusive lock rolls a hot journal back. What is left
    // then is a journal killed before its header was synced (its magic still
    // zero): the database was not yet written, SQLite ignores it, and it is
    // removed under that lock so that no stale journal lies beside the file.
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) sqlite3_busy_timeout(db, 10000);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        fs::remove(journal, ec);
        rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const std::string error = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    if (rc != SQLITE_OK)
        throw OutputError("GPKG output '" + options.destination + "': cannot roll back the change an interrupted run left in '" +
                          journal.string() + "': " + error);
}

struct LayerSetPatch::Impl {
    struct Layer {
        OGRLayer* layer = nullptr;
        LayerSchema schema;
        std::optional<OgrFeatureFiller> filler;
    };

    OutputOptions options;
    std::string driver;        // GPKG, PostgreSQL or GeoJSONSeq
    std::string display_name;  // passwords redacted
    std::unique_ptr<TextLayerPatch> text;  // GeoJSONSeq: files changed line by line
    GDALDatasetUniquePtr dataset;
    std::map<std::string, Layer> layers;
    bool in_transaction = false;
    bool finished = false;

    GdalContext context(std::string_view layer = {}) const {
        return GdalContext{driver, display_name, std::string(layer)};
    }

    Layer& layer_of(const LayerSchema& schema) {
        auto it = layers.find(schema.name);
        if (it != layers.end()) return it->second;
        GdalErrorCapture capture;
        OGRLayer* layer = dataset->GetLayerByName(schema.name.c_str());
        if (!layer) capture.raise(context(schema.name), "the layer is not in the output");
        Layer& made = layers[schema.name];
        made.layer = layer;
        made.schema = schema;
        std::vector<int> index;
        for (const auto& field : schema.fields) {
            const int i = layer->GetLayerDefn()->GetFieldIndex(field.name.c_str());
            if (i < 0) throw OutputError(context(schema.name).describe() + ": the output has no field '" + field.name + "'");
            index.push_back(i);
        }
        made.filler.emplace(*layer, made.schema, std::move(index), nullptr, context(schema.name).describe());
        return made;
    }

    void remove_fid(Layer& l, std::int64_t fid) {
        GdalErrorCapture capture;
        const OGRErr err = l.layer->DeleteFeature(fid);
        if (err != OGRERR_NONE && err != OGRERR_NON_EXISTING_FEATURE)
            capture.raise(context(l.schema.name), "cannot remove feature " + std::to_string(fid));
    }

    void create(Layer& l, const Feature& feature);

    void abort() noexcept {
        if (finished) return;
        finished = true;
        try {
            GdalErrorCapture capture;
            for (auto& [name, l] : layers) l.filler.reset();
            if (dataset && in_transaction) dataset->RollbackTransaction();
            dataset.reset();
        } catch (...) {
        }
    }
};

LayerSetPatch::LayerSetPatch(OutputOptions options) : impl_(std::make_unique<Impl>()) {
    GDALAllRegister();
    Impl& w = *impl_;
    w.options = std::move(options);
    w.driver = output_detail::driver_for(w.options);
    w.display_name = detail::redact_connection(w.options.destination);
    if (!can_patch(w.options)) throw OutputError(w.context().describe() + ": cannot be changed in place");
    if (w.driver == "GeoJSONSeq") {
        // The first layer written is the destination itself (LayerSetWriter).
        w.text = std::make_unique<TextLayerPatch>(w.options, w.options.layers.empty() ? "mentions" : w.options.layers.front());
        return;
    }
    const std::string target = w.driver == "GPKG" ? file_behind(w.options.destination).string() : w.options.destination;
    GdalErrorCapture capture;
    w.dataset = detail::open_vector_for_update(target, w.driver);
    if (!w.dataset) capture.raise(w.context(), w.driver == "GPKG" ? "cannot open '" + target + "' for update" : "cannot open the database");
    // One transaction: readers see the previous rows or the changed ones.
    if (w.dataset->StartTransaction(FALSE) != OGRERR_NONE) {
        w.dataset.reset();
        capture.raise(w.context(), "cannot start a transaction");
    }
    w.in_transaction = true;
}

LayerSetPatch::~LayerSetPatch() {
    if (impl_) impl_->abort();
}

void LayerSetPatch::remove(const LayerSchema& schema, const std::vector<std::int64_t>& fids) {
    if (impl_->text) return impl_->text->remove(schema, fids);
    Impl::Layer& l = impl_->layer_of(schema);
    for (std::int64_t fid : fids) impl_->remove_fid(l, fid);
}

void LayerSetPatch::put(const LayerSchema& schema, const Feature& feature) {
    if (impl_->text) return impl_->text->put(schema, feature);
    Impl::Layer& l = impl_->layer_of(schema);
    if (!feature.fid) throw OutputError(impl_->context(schema.name).describe() + ": a feature without an FID cannot be put");
    impl_->remove_fid(l, *feature.fid);
    impl_->create(l, feature);
}

void LayerSetPatch::append(const LayerSchema& schema, const Feature& feature) {
    if (impl_->text) return impl_->text->append(schema, feature);
    Impl::Layer& l = impl_->layer_of(schema);
    if (!feature.fid) throw OutputError(impl_->context(schema.name).describe() + ": a feature without an FID cannot be put");
    impl_->create(l, feature);
}

void LayerSetPatch::replace_layer(const LayerSchema& schema, const std::vector<Feature>& features) {
    if (impl_->text) return impl_->text->replace_layer(schema, features);
    Impl::Layer& l = impl_->layer_of(schema);
    // The FIDs first: deleting while reading would skip features.
    std::vector<std::int64_t> old;
    {
        GdalErrorCapture capture;
        l.layer->SetSpatialFilter(nullptr);
        l.layer->SetAttributeFilter(nullptr);
        l.layer->ResetReading();
        while (OGRFeatureUniquePtr f{l.layer->GetNextFeature()}) old.push_back(f->GetFID());
        if (capture.has_failures()) capture.raise(impl_->context(schema.name), "cannot read the features to replace");
    }
    for (std::int64_t fid : old) impl_->remove_fid(l, fid);
    for (const Feature& f : features) {
        if (!f.fid) throw OutputError(impl_->context(schema.name).describe() + ": a feature without an FID cannot be put");
        impl_->create(l, f);
    }
}

void LayerSetPatch::Impl::create(Layer& l, const Feature& feature) {
    OGRFeature& f = l.filler->fill(feature, 1, feature.fid);
    GdalErrorCapture capture;
    if (l.layer->CreateFeature(&f) != OGRERR_NONE)
        capture.raise(context(l.schema.name), "cannot write feature " + std::to_string(*feature.fid));
}

void LayerSetPatch::commit() {
    Impl& w = *impl_;
    if (w.finished) throw OutputError(w.context().describe() + ": commit after commit or abort");
    if (w.text) {
        w.finished = true;
        w.text->commit();
        return;
    }
    try {
        GdalErrorCapture capture;
        // Where the writer keeps provenance (a database's tables have none).
        if (w.driver == "GPKG") write_dataset_metadata(*w.dataset, w.options.metadata, w.context());
        for (auto& [name, l] : w.layers) l.filler.reset();
        w.in_transaction = false;
        if (w.dataset->CommitTransaction() != OGRERR_NONE) capture.raise(w.context(), "cannot commit the changes");
        w.finished = true;  // committed: readers see the change
        w.dataset.reset();
        if (capture.has_failures()) capture.raise(w.context(), "cannot finish writing");
    } catch (...) {
        w.abort();
        throw;
    }
}

void LayerSetPatch::abort() noexcept {
    if (impl_) impl_->abort();
}

}  // namespace frontline
