#include "frontline/output/layer_set_writer.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>

#include <ogrsf_frmts.h>

#include "frontline/error.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/output/geojson_text.hpp"
#include "frontline/output/qgis_style.hpp"
#include "frontline/version.hpp"

namespace fs = std::filesystem;

namespace frontline {

using detail::GdalContext;
using detail::GdalErrorCapture;
using detail::GdalOptionList;

namespace {

// Features per transaction: large enough that SQLite's commit cost vanishes,
// small enough that the journal stays modest (ogr2ogr uses the same order).
constexpr std::uint64_t transaction_batch = 100'000;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool starts_with_ci(const std::string& s, std::string_view prefix) {
    return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == lower(std::string(prefix));
}

bool is_one_layer_per_file(const std::string& driver) {
    return driver == "GeoJSON" || driver == "GeoJSONSeq" || driver == "CSV" || driver == "FlatGeobuf" ||
           driver == "ESRI Shapefile";
}

bool keeps_fid(const std::string& driver) {
    return driver == "GPKG" || driver == "GeoJSON" || driver == "GeoJSONSeq" || driver == "SQLite" ||
           driver == "PostgreSQL";
}

bool takes_sidecar_qml(const std::string& driver) {
    return driver == "GeoJSON" || driver == "GeoJSONSeq" || driver == "FlatGeobuf" || driver == "ESRI Shapefile";
}

OGRwkbGeometryType to_ogr(GeometryType t) {
    switch (t) {
        case GeometryType::point: return wkbPoint;
        case GeometryType::multipolygon: return wkbMultiPolygon;
        case GeometryType::multilinestring: return wkbMultiLineString;
    }
    return wkbUnknown;
}

OGRFieldType to_ogr(FieldType t) {
    switch (t) {
        case FieldType::string: return OFTString;
        case FieldType::integer: return OFTInteger;
        case FieldType::integer64: return OFTInteger64;
        case FieldType::real: return OFTReal;
        case FieldType::date: return OFTDate;
        case FieldType::datetime: return OFTDateTime;
    }
    return OFTString;
}

struct GdalDatasetClose {
    void operator()(GDALDataset* ds) const noexcept { GDALClose(GDALDataset::ToHandle(ds)); }
};

// One GDAL dataset being written: a temporary file to be renamed, or a
// database connection.
struct Target {
    fs::path final_path;  // empty for databases
    fs::path temp_path;
    std::string temp_prefix;  // every file GDAL or we create for it starts with this
    std::unique_ptr<GDALDataset, GdalDatasetClose> dataset;
    std::FILE* text = nullptr;  // a layer frontline writes itself (geojson_text.hpp)
    bool in_transaction = false;
};

// A PostgreSQL identifier, quoted; "schema.table" layer names (GDAL's
// convention) become "schema"."table".
std::string pg_quote(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string pg_table(std::string_view layer_name) {
    const auto dot = layer_name.find('.');
    if (dot == std::string_view::npos) return pg_quote(layer_name);
    return pg_quote(layer_name.substr(0, dot)) + "." + pg_quote(layer_name.substr(dot + 1));
}

std::string pg_unqualified(std::string_view layer_name) {
    const auto dot = layer_name.find('.');
    return std::string(dot == std::string_view::npos ? layer_name : layer_name.substr(dot + 1));
}

std::string now_iso() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return format_timestamp(now);
}

}  // namespace

std::string LayerSetWriter::driver_for(const OutputOptions& options) {
    if (!options.driver.empty()) return options.driver;
    const std::string& dest = options.destination;
    if (starts_with_ci(dest, "PG:") || starts_with_ci(dest, "postgresql://")) return "PostgreSQL";
    const std::string ext = lower(fs::path(dest).extension().string());
    if (ext == ".gpkg") return "GPKG";
    if (ext == ".geojson" || ext == ".json") return "GeoJSON";
    if (ext == ".geojsonl" || ext == ".geojsons" || ext == ".jsonl") return "GeoJSONSeq";
    if (ext == ".fgb") return "FlatGeobuf";
    if (ext == ".csv") return "CSV";
    if (ext == ".kml") return "KML";
    if (ext == ".shp") return "ESRI Shapefile";
    if (ext == ".sqlite") return "SQLite";
    throw UsageError("cannot guess the output format of '" + detail::redact_connection(dest) +
                     "' from its extension; name a driver with -f (GPKG, GeoJSON, GeoJSONSeq, FlatGeobuf, CSV, ...)");
}

class LayerSetWriter::Impl {
public:
    explicit Impl(OutputOptions options);
    ~Impl() { abort(); }

    void begin_layer(const LayerSchema& schema);
    void write(const Feature& feature);
    void write_text(std::string_view text, std::uint64_t features) {
        require_usable("write_text");
        if (!native) fail_plain(schema ? schema->name : std::string(), "write_text() on a layer GDAL writes");
        append_text(text);
        count += features;
    }
    void commit();
    void abort() noexcept;

    OutputOptions options;
    std::string driver_name;
    GDALDriver* driver = nullptr;
    bool database = false;
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
    std::vector<int> field_index;
    OGRFeatureUniquePtr scratch;
    std::uint64_t count = 0;
    std::uint64_t pending = 0;
    bool batch_transactions = false;
    // PostgreSQL: the current layer's table, and whether features go to a
    // temporary staging table that end_layer() merges into it.
    std::string table_name;
    bool staged = false;

    bool failed = false;
    bool finished = false;  // committed or aborted

private:
    GdalContext context(std::string_view layer_name = {}) const {
        return GdalContext{driver_name, display_name, std::string(layer_name)};
    }
    [[noreturn]] void fail(const GdalErrorCapture& capture, std::string_view layer_name, std::string_view what) {
        failed = true;
        capture.raise(context(layer_name), what);
    }
    [[noreturn]] void fail_plain(std::string_view layer_name, std::string_view what) {
        failed = true;
        throw OutputError(context(layer_name).describe() + ": " + std::string(what));
    }
    void require_usable(std::string_view what) const {
        if (finished) throw OutputError(context().describe() + ": " + std::string(what) + " after commit or abort");
        if (failed) throw OutputError(context().describe() + ": " + std::string(what) + " after an earlier error");
    }
    Target& open_file_target(const fs::path& final_path, std::string_view layer_name, bool as_text = false);
    bool writes_natively(const LayerSchema& layer_schema) const;
    void append_text(std::string_view text);
    void end_layer();
    void finish_database_layer(GdalErrorCapture& capture);
    void execute_sql(GdalErrorCapture& capture, const std::string& sql, std::string_view what);
    void set_value(int index, const FieldDef& def, const FieldValue& value);
    void set_geometry(const FeatureGeometry& geometry);
    void write_layer_styles(Target& t);
    void write_sidecar_qml(const Target& t, const LayerSchema& layer_schema);
    void write_metadata(Target& t);
};

LayerSetWriter::Impl::Impl(OutputOptions opts) : options(std::move(opts)) {
    GDALAllRegister();
    if (options.destination.empty()) throw UsageError("no output given");
    driver_name = driver_for(options);
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
        GdalOptionList open_options;  // -dsco has no meaning for an existing database
        const char* allowed[] = {"PostgreSQL", nullptr};
        targets.emplace_back();
        targets.back().dataset.reset(GDALDataset::FromHandle(
            GDALOpenEx(options.destination.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, allowed, nullptr, nullptr)));
        if (!targets.back().dataset) fail(capture, {}, "cannot open the database");
        // Every layer in one transaction: readers see all new layers or none.
        if (targets.back().dataset->StartTransaction(FALSE) != OGRERR_NONE)
            fail(capture, {}, "cannot start a transaction");
        targets.back().in_transaction = true;
        return;
    }
    const fs::path destination(options.destination);
    const fs::path dir = destination.parent_path().empty() ? fs::path(".") : destination.parent_path();
    if (!fs::is_directory(dir))
        throw OutputError(context().describe() + ": directory '" + dir.string() + "' does not exist");
    if (!is_one_layer_per_file(driver_name)) open_file_target(destination, {});
    else if (fs::exists(destination) && !options.overwrite)
        throw OutputError(context().describe() + ": output exists; use --overwrite to replace it");
}

Target& LayerSetWriter::Impl::open_file_target(const fs::path& final_path, std::string_view layer_name, bool as_text) {
    std::error_code ec;
    if (fs::exists(final_path, ec) && !options.overwrite)
        throw OutputError(GdalContext{driver_name, final_path.string(), std::string(layer_name)}.describe() +
                          ": output exists; use --overwrite to replace it");
    Target t;
    t.final_path = final_path;
    // A dot file in the same directory: same file system, so rename() is
    // atomic; hidden, so file browsers and globs skip it; the pid keeps two
    // concurrent writers (which the update lock should prevent) apart.
    t.temp_prefix = "." + final_path.stem().string() + ".tmp-" + std::to_string(::getpid());
    t.temp_path = final_path.parent_path() / (t.temp_prefix + final_path.extension().string());
    // Leftovers of a run killed with the same pid would make Create() fail.
    for (const auto& entry : fs::directory_iterator(final_path.parent_path().empty() ? fs::path(".") : final_path.parent_path(), ec))
        if (entry.path().filename().string().rfind(t.temp_prefix + ".", 0) == 0) fs::remove_all(entry.path(), ec);

    if (as_text) {
        targets.push_back(std::move(t));
        Target& text_target = targets.back();
        text_target.text = std::fopen(text_target.temp_path.string().c_str(), "wb");
        if (!text_target.text)
            fail_plain(layer_name, "cannot create '" + text_target.temp_path.string() + "': " + std::strerror(errno));
        display_name = targets.front().final_path.string();
        return text_target;
    }
    GdalOptionList dsco(options.dataset_options);
    GdalErrorCapture capture;
    t.dataset.reset(driver->Create(t.temp_path.string().c_str(), 0, 0, 0, GDT_Unknown, dsco.get()));
    targets.push_back(std::move(t));
    if (!targets.back().dataset) fail(capture, layer_name, "cannot create '" + targets.back().temp_path.string() + "'");
    display_name = targets.front().final_path.string();
    return targets.back();
}

// GeoJSONSeq point layers with the default options are serialised by
// frontline (geojson_text.hpp): the same text as GDAL's driver writes, made
// on the worker threads instead of one feature at a time through json-c.
bool LayerSetWriter::Impl::writes_natively(const LayerSchema& layer_schema) const {
    return driver_name == "GeoJSONSeq" && options.layer_options.empty() && layer_schema.geometry == GeometryType::point &&
           !transform;
}

void LayerSetWriter::Impl::append_text(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), target->text) != text.size())
        fail_plain(schema->name, "cannot write '" + target->temp_path.string() + "': " + std::strerror(errno));
}

void LayerSetWriter::Impl::end_layer() {
    if (native) {
        const bool ok = std::fflush(target->text) == 0 && !std::ferror(target->text);
        const int error = errno;
        const bool closed = std::fclose(target->text) == 0;
        target->text = nullptr;
        native = false;
        if (!ok || !closed)
            fail_plain(schema->name, "cannot write '" + target->temp_path.string() + "': " + std::strerror(error));
        schema = nullptr;
        target = nullptr;
        return;
    }
    if (!layer) return;
    GdalErrorCapture capture;
    if (batch_transactions && target->in_transaction) {
        target->in_transaction = false;
        if (target->dataset->CommitTransaction() != OGRERR_NONE)
            fail(capture, schema->name, "cannot commit the features");
    }
    if (layer->SyncToDisk() != OGRERR_NONE) fail(capture, schema->name, "cannot flush the layer");
    scratch.reset();
    if (database) finish_database_layer(capture);
    layer = nullptr;
    schema = nullptr;
    target = nullptr;
}

void LayerSetWriter::Impl::begin_layer(const LayerSchema& new_schema) {
    require_usable("begin_layer");
    end_layer();
    for (const auto& [known, unused] : layers)
        if (known.name == new_schema.name) fail_plain(new_schema.name, "layer written twice");
    if (new_schema.name.empty()) fail_plain({}, "a layer needs a name");

    if (database || !is_one_layer_per_file(driver_name)) {
        target = &targets.front();
    } else {
        const fs::path destination(options.destination);
        fs::path final_path = destination;
        if (!layers.empty())
            final_path = destination.parent_path() /
                         (destination.stem().string() + "." + new_schema.name + destination.extension().string());
        native = writes_natively(new_schema);
        target = &open_file_target(final_path, new_schema.name, native);
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
    if (driver_name == "GeoJSON") {
        lco.set_default("RFC7946", "YES");
        lco.set_default("COORDINATE_PRECISION", "7");
    } else if (driver_name == "GeoJSONSeq") {
        lco.set_default("RS", "NO");
        lco.set_default("COORDINATE_PRECISION", "7");
    } else if (driver_name == "CSV") {
        lco.set_default("GEOMETRY", "AS_XY");
        lco.set_default("CREATE_CSVT", "YES");
    } else if (driver_name == "GPKG" || driver_name == "FlatGeobuf") {
        lco.set_default("SPATIAL_INDEX", options.spatial_index ? "YES" : "NO");
    } else if (driver_name == "PostgreSQL") {
        lco.set_default("SPATIAL_INDEX", options.spatial_index ? "GIST" : "NONE");
    }
    if (new_schema.fid_column && (driver_name == "GPKG" || driver_name == "PostgreSQL" || driver_name == "SQLite"))
        lco.set_default("FID", new_schema.fid_column->c_str());

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
            fail_plain(new_schema.name, "table exists; use --overwrite to replace it");
        } else if (existing) {
            // Upsert: columns this version adds are added to the table; the
            // features go to a temporary table (this session only, never seen
            // by others) that end_layer() merges into the table.
            OGRFeatureDefn* have = existing->GetLayerDefn();
            for (const auto& field : new_schema.fields) {
                if (have->GetFieldIndex(field.name.c_str()) >= 0) continue;
                OGRFieldDefn defn(field.name.c_str(), to_ogr(field.type));
                if (existing->CreateField(&defn, TRUE) != OGRERR_NONE)
                    fail(capture, new_schema.name, "cannot add column '" + field.name + "' to the existing table");
            }
            const char* same_crs[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES",
                                      "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
            const OGRSpatialReference* have_srs = existing->GetSpatialRef();
            if (have_srs && layer_srs && !have_srs->IsSame(layer_srs.get(), same_crs))
                fail_plain(new_schema.name, "the existing table has another CRS than the output's; use --overwrite "
                                            "to recreate it or --t_srs to match it");
            staged = true;
            create_name = "frontline_stage_" + pg_unqualified(new_schema.name);
            lco.set("TEMPORARY", "YES");
            lco.set("OVERWRITE", "YES");
            lco.set("SPATIAL_INDEX", "NONE");
            lco.set("GEOMETRY_NAME", existing->GetGeometryColumn());
            if (existing->GetFIDColumn() && *existing->GetFIDColumn()) lco.set("FID", existing->GetFIDColumn());
        }
    }
    layer = ds.CreateLayer(create_name.c_str(), layer_srs.get(), to_ogr(new_schema.geometry), lco.get());
    if (!layer) fail(capture, new_schema.name, staged ? "cannot create the staging table" : "cannot create the layer");

    field_index.clear();
    for (const auto& field : new_schema.fields) {
        OGRFieldDefn defn(field.name.c_str(), to_ogr(field.type));
        if (layer->CreateField(&defn, TRUE) != OGRERR_NONE)
            fail(capture, new_schema.name, "cannot create field '" + field.name + "'");
        // The driver may launder the name (Shapefile: 10 characters), so
        // address fields by position, not by name.
        field_index.push_back(layer->GetLayerDefn()->GetFieldCount() - 1);
    }
    layers.emplace_back(new_schema, layer);
    schema = &layers.back().first;
    scratch.reset(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    count = 0;
    pending = 0;
    // Databases already run in one transaction for the whole set.
    batch_transactions = !database && ds.TestCapability(ODsCTransactions);
    if (batch_transactions) {
        if (ds.StartTransaction(FALSE) != OGRERR_NONE) fail(capture, schema->name, "cannot start a transaction");
        target->in_transaction = true;
    }
}

void LayerSetWriter::Impl::set_value(int index, const FieldDef& def, const FieldValue& value) {
    OGRFeature& f = *scratch;
    auto mismatch = [&](std::string_view got) {
        fail_plain(schema->name, "feature " + std::to_string(count + 1) + ": field '" + def.name + "' is " +
                                     std::string(to_string(def.type)) + " but the value is " + std::string(got));
    };
    std::visit(
        [&](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>) {
                f.SetFieldNull(index);
            } else if constexpr (std::is_same_v<V, std::string>) {
                if (def.type != FieldType::string) mismatch("a string");
                f.SetField(index, v.c_str());
            } else if constexpr (std::is_same_v<V, std::int64_t>) {
                if (def.type == FieldType::integer) {
                    if (v < INT_MIN || v > INT_MAX) mismatch("out of the 32-bit range: " + std::to_string(v));
                    f.SetField(index, static_cast<int>(v));
                } else if (def.type == FieldType::integer64) {
                    f.SetField(index, static_cast<GIntBig>(v));
                } else if (def.type == FieldType::real) {
                    f.SetField(index, static_cast<double>(v));
                } else {
                    mismatch("an integer");
                }
            } else if constexpr (std::is_same_v<V, double>) {
                if (def.type != FieldType::real) mismatch("a real number");
                f.SetField(index, v);
            } else if constexpr (std::is_same_v<V, Date>) {
                if (def.type != FieldType::date) mismatch("a date");
                const std::chrono::year_month_day ymd{v};
                f.SetField(index, int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
            } else if constexpr (std::is_same_v<V, Timestamp>) {
                if (def.type != FieldType::datetime) mismatch("a date-time");
                const auto day = std::chrono::floor<std::chrono::days>(v);
                const std::chrono::year_month_day ymd{day};
                const std::chrono::hh_mm_ss hms{v - day};
                // TZFlag 100 = UTC: written with "Z"/"+00" so readers need not guess.
                f.SetField(index, int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())),
                           int(hms.hours().count()), int(hms.minutes().count()),
                           static_cast<float>(hms.seconds().count()), 100);
            }
        },
        value);
}

void LayerSetWriter::Impl::set_geometry(const FeatureGeometry& geometry) {
    OGRFeature& f = *scratch;
    if (std::holds_alternative<std::monostate>(geometry)) {
        f.SetGeometryDirectly(nullptr);
        return;
    }
    if (const auto* p = std::get_if<LonLat>(&geometry)) {
        double x = p->lon, y = p->lat;
        if (transform && !transform->Transform(1, &x, &y))
            fail_plain(schema->name, "feature " + std::to_string(count + 1) + ": cannot transform point " +
                                         std::to_string(p->lon) + " " + std::to_string(p->lat));
        OGRPoint point(x, y);
        f.SetGeometry(&point);
        return;
    }
    OGRGeometry* raw = nullptr;
    OGRErr err = OGRERR_NONE;
    if (const auto* wkt = std::get_if<GeometryWkt>(&geometry)) {
        err = OGRGeometryFactory::createFromWkt(wkt->text.c_str(), nullptr, &raw);
    } else if (const auto* wkb = std::get_if<GeometryWkb>(&geometry)) {
        err = OGRGeometryFactory::createFromWkb(wkb->bytes.data(), nullptr, &raw, wkb->bytes.size());
    }
    OGRGeometryUniquePtr geom(raw);
    if (err != OGRERR_NONE || !geom)
        fail_plain(schema->name, "feature " + std::to_string(count + 1) + ": invalid WKT/WKB geometry");
    if (transform && geom->transform(transform.get()) != OGRERR_NONE)
        fail_plain(schema->name, "feature " + std::to_string(count + 1) + ": cannot transform geometry");
    if (schema->geometry == GeometryType::multipolygon)
        geom.reset(OGRGeometryFactory::forceToMultiPolygon(geom.release()));
    else if (schema->geometry == GeometryType::multilinestring)
        geom.reset(OGRGeometryFactory::forceToMultiLineString(geom.release()));
    f.SetGeometryDirectly(geom.release());
}

void LayerSetWriter::Impl::write(const Feature& feature) {
    require_usable("write");
    if (native) {
        line.clear();
        if (auto error = serialiser->append(line, feature))
            fail_plain(schema->name, "feature " + std::to_string(count + 1) + ": " + *error);
        append_text(line);
        ++count;
        return;
    }
    if (!layer) fail_plain({}, "write() before begin_layer()");
    if (feature.values.size() != schema->fields.size())
        fail_plain(schema->name, "feature " + std::to_string(count + 1) + " has " +
                                     std::to_string(feature.values.size()) + " values for " +
                                     std::to_string(schema->fields.size()) + " fields");
    for (std::size_t i = 0; i < feature.values.size(); ++i)
        set_value(field_index[i], schema->fields[i], feature.values[i]);
    set_geometry(feature.geometry);
    scratch->SetFID(feature.fid && options.stable_fids && keeps_fid(driver_name) ? *feature.fid : OGRNullFID);

    GdalErrorCapture capture;
    if (layer->CreateFeature(scratch.get()) != OGRERR_NONE)
        fail(capture, schema->name, "cannot write feature " + std::to_string(count + 1));
    ++count;
    if (batch_transactions && ++pending >= transaction_batch) {
        pending = 0;
        target->in_transaction = false;
        if (target->dataset->CommitTransaction() != OGRERR_NONE) fail(capture, schema->name, "cannot commit");
        if (target->dataset->StartTransaction(FALSE) != OGRERR_NONE)
            fail(capture, schema->name, "cannot start a transaction");
        target->in_transaction = true;
    }
}

void LayerSetWriter::Impl::execute_sql(GdalErrorCapture& capture, const std::string& sql, std::string_view what) {
    GDALDataset& ds = *targets.front().dataset;
    capture.clear();
    OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result) ds.ReleaseResultSet(result);
    if (capture.has_failures()) fail(capture, schema ? schema->name : std::string_view{}, what);
}

// PostgreSQL, at the end of each layer (still inside the run's transaction):
// a unique index on the layer's key, and for staged layers the merge
//   INSERT INTO t (fid, geom, f...) SELECT ... FROM staging
//   ON CONFLICT (key) DO UPDATE SET geom = EXCLUDED.geom, f = EXCLUDED.f, ...
// then the staging table is dropped. Keyless layers are emptied and refilled.
void LayerSetWriter::Impl::finish_database_layer(GdalErrorCapture& capture) {
    GDALDataset& ds = *targets.front().dataset;
    const std::string target_sql = pg_table(table_name);
    const std::optional<std::string>& key = schema->key_field;
    if (key) {
        // Tables of earlier runs have it: look first, because CREATE INDEX
        // (even IF NOT EXISTS) takes a SHARE lock that would queue behind
        // every concurrent writer. A table with duplicate keys (written by
        // another tool) fails here, naming the key.
        const auto dot = table_name.find('.');
        const std::string index = pg_quote(pg_unqualified(table_name) + "_" + *key + "_key");
        const std::string index_ref = (dot == std::string::npos ? "" : pg_quote(table_name.substr(0, dot)) + ".") + index;
        std::string literal;
        for (char c : index_ref) literal += c == '\'' ? std::string("''") : std::string(1, c);
        capture.clear();
        bool present = false;
        if (OGRLayer* result = ds.ExecuteSQL(
                ("SELECT CASE WHEN to_regclass('" + literal + "') IS NULL THEN 0 ELSE 1 END AS present").c_str(), nullptr,
                nullptr)) {
            if (OGRFeatureUniquePtr row{result->GetNextFeature()}) present = row->GetFieldAsInteger(0) == 1;
            ds.ReleaseResultSet(result);
        }
        if (capture.has_failures()) fail(capture, schema->name, "cannot look up the unique index on '" + *key + "'");
        if (!present)
            execute_sql(capture, "CREATE UNIQUE INDEX IF NOT EXISTS " + index + " ON " + target_sql + " (" + pg_quote(*key) + ")",
                        "cannot create the unique index on '" + *key + "' (duplicate keys in the existing table? "
                        "--overwrite recreates it)");
    }
    if (!staged) return;

    OGRFeatureDefn* defn = layer->GetLayerDefn();
    std::vector<std::string> columns;
    const std::string fid_column = layer->GetFIDColumn() ? layer->GetFIDColumn() : "";
    if (options.stable_fids && !fid_column.empty()) columns.push_back(fid_column);
    if (layer->GetGeomType() != wkbNone && layer->GetGeometryColumn() && *layer->GetGeometryColumn())
        columns.emplace_back(layer->GetGeometryColumn());
    for (int i = 0; i < defn->GetFieldCount(); ++i) columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    std::string list, updates;
    for (const auto& c : columns) {
        list += (list.empty() ? "" : ", ") + pg_quote(c);
        if (c == fid_column || (key && c == *key)) continue;
        updates += (updates.empty() ? "" : ", ") + pg_quote(c) + " = EXCLUDED." + pg_quote(c);
    }
    const std::string staging_sql = pg_table(layer->GetName());  // "pg_temp.frontline_stage_..."
    std::string merge;
    if (key) {
        merge = "INSERT INTO " + target_sql + " (" + list + ") SELECT " + list + " FROM " + staging_sql +
                " ON CONFLICT (" + pg_quote(*key) + ") DO " + (updates.empty() ? "NOTHING" : "UPDATE SET " + updates);
    } else {
        execute_sql(capture, "DELETE FROM " + target_sql, "cannot empty the existing table");
        merge = "INSERT INTO " + target_sql + " (" + list + ") SELECT " + list + " FROM " + staging_sql;
    }
    execute_sql(capture, merge, "cannot merge the new features into the existing table");

    for (int i = 0; i < ds.GetLayerCount(); ++i) {
        if (ds.GetLayer(i) != layer) continue;
        capture.clear();
        if (ds.DeleteLayer(i) != OGRERR_NONE) fail(capture, schema->name, "cannot drop the staging table");
        break;
    }
    // The layer object is gone with its table; styles refer to the real one.
    OGRLayer* real = ds.GetLayerByName(table_name.c_str());
    for (auto& [known, ogr_layer] : layers)
        if (ogr_layer == layer) ogr_layer = real;
    layer = nullptr;
}

void LayerSetWriter::Impl::write_layer_styles(Target& t) {
    GdalErrorCapture capture;
    GDALDataset& ds = *t.dataset;
    // The table QGIS itself creates when a style is saved into a GeoPackage,
    // so QGIS finds our rows and can add its own next to them.
    GdalOptionList lco;
    lco.set("FID", "id");
    OGRLayer* styles = ds.CreateLayer("layer_styles", nullptr, wkbNone, lco.get());
    if (!styles) fail(capture, "layer_styles", "cannot create the style table");
    struct Column {
        const char* name;
        OGRFieldType type;
        int width;
    };
    const Column columns[] = {
        {"f_table_catalog", OFTString, 256}, {"f_table_schema", OFTString, 256}, {"f_table_name", OFTString, 256},
        {"f_geometry_column", OFTString, 256}, {"styleName", OFTString, 30}, {"styleQML", OFTString, 0},
        {"styleSLD", OFTString, 0}, {"useAsDefault", OFTInteger, 0}, {"description", OFTString, 0},
        {"owner", OFTString, 30}, {"ui", OFTString, 30}, {"update_time", OFTDateTime, 0},
    };
    for (const auto& c : columns) {
        OGRFieldDefn defn(c.name, c.type);
        defn.SetWidth(c.width);
        if (c.type == OFTInteger) defn.SetSubType(OFSTBoolean);
        if (c.type == OFTDateTime) defn.SetDefault("CURRENT_TIMESTAMP");
        if (styles->CreateField(&defn) != OGRERR_NONE)
            fail(capture, "layer_styles", std::string("cannot create field '") + c.name + "'");
    }
    const std::string now = now_iso();
    for (const auto& [layer_schema, ogr_layer] : layers) {
        OGRFeatureUniquePtr row(OGRFeature::CreateFeature(styles->GetLayerDefn()));
        row->SetField("f_table_catalog", "");
        row->SetField("f_table_schema", "");
        row->SetField("f_table_name", ogr_layer->GetName());
        row->SetField("f_geometry_column", ogr_layer->GetGeometryColumn());
        row->SetField("styleName", layer_schema.name.c_str());
        row->SetField("styleQML", qgis_style_qml(layer_schema).c_str());
        row->SetField("styleSLD", "");
        row->SetField("useAsDefault", 1);
        row->SetField("description", ("frontline " + std::string(frontline::version) + " default style").c_str());
        row->SetField("owner", "");
        row->SetField("ui", "");
        row->SetField("update_time", now.c_str());
        if (styles->CreateFeature(row.get()) != OGRERR_NONE)
            fail(capture, "layer_styles", "cannot write the style of '" + layer_schema.name + "'");
    }
}

void LayerSetWriter::Impl::write_sidecar_qml(const Target& t, const LayerSchema& layer_schema) {
    // "<temp prefix>.qml" is renamed with its dataset to "<stem>.qml", the
    // name QGIS looks for next to a file it opens.
    const fs::path path = t.temp_path.parent_path() / (t.temp_prefix + ".qml");
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << qgis_style_qml(layer_schema);
    out.close();
    if (!out) fail_plain(layer_schema.name, "cannot write the style sidecar '" + path.string() + "'");
}

void LayerSetWriter::Impl::write_metadata(Target& t) {
    GdalErrorCapture capture;
    bool has_version = false;
    for (const auto& [key, value] : options.metadata) {
        if (key == "frontline_version") has_version = true;
        if (t.dataset->SetMetadataItem(key.c_str(), value.c_str()) != CE_None)
            fail(capture, {}, "cannot store metadata '" + key + "'");
    }
    if (!has_version) t.dataset->SetMetadataItem("frontline_version", frontline::version);
}

void LayerSetWriter::Impl::commit() {
    require_usable("commit");
    end_layer();
    GdalErrorCapture capture;
    if (driver_name == "GPKG") {
        Target& t = targets.front();
        if (options.styles && !layers.empty()) {
            if (t.dataset->StartTransaction(FALSE) != OGRERR_NONE) fail(capture, {}, "cannot start a transaction");
            write_layer_styles(t);
            if (t.dataset->CommitTransaction() != OGRERR_NONE) fail(capture, {}, "cannot commit the styles");
        }
        write_metadata(t);
    }
    if (options.styles && takes_sidecar_qml(driver_name))
        for (std::size_t i = 0; i < targets.size() && i < layers.size(); ++i)
            write_sidecar_qml(targets[i], layers[i].first);

    if (database) {
        if (targets.front().dataset->CommitTransaction() != OGRERR_NONE)
            fail(capture, {}, "cannot commit the transaction; nothing was changed");
        targets.front().in_transaction = false;
        targets.front().dataset.reset();
        finished = true;
        return;
    }
    // Close every dataset first: a GeoPackage is complete (journal written
    // back) and GeoJSON's closing bracket is on disk only after GDALClose.
    for (auto& t : targets) t.dataset.reset();
    if (capture.has_failures()) fail(capture, {}, "cannot finish writing");

    for (const auto& t : targets) {
        const fs::path dir = t.final_path.parent_path().empty() ? fs::path(".") : t.final_path.parent_path();
        std::error_code ec;
        if (driver_name == "GPKG") {
            // SQLite would replay an old write-ahead log against the new file.
            fs::remove(fs::path(t.final_path.string() + "-wal"), ec);
            fs::remove(fs::path(t.final_path.string() + "-shm"), ec);
        }
        // Sidecars (.qml, .csvt, .dbf, ...) first, the main file last, so a
        // reader that sees the new main file also sees its new sidecars.
        std::vector<fs::path> sidecars;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            const std::string name = entry.path().filename().string();
            // By name: the iterator yields "./x" where temp_path may be plain "x".
            if (name.rfind(t.temp_prefix + ".", 0) == 0 && name != t.temp_path.filename().string())
                sidecars.push_back(entry.path());
        }
        for (const auto& from : sidecars) {
            const std::string suffix = from.filename().string().substr(t.temp_prefix.size());
            fs::rename(from, dir / (t.final_path.stem().string() + suffix), ec);
            if (ec) fail_plain({}, "cannot rename '" + from.string() + "': " + ec.message());
        }
        fs::rename(t.temp_path, t.final_path, ec);
        if (ec) fail_plain({}, "cannot rename '" + t.temp_path.string() + "' to '" + t.final_path.string() + "': " + ec.message());
    }
    finished = true;
}

void LayerSetWriter::Impl::abort() noexcept {
    if (finished) return;
    finished = true;
    try {
        GdalErrorCapture capture;  // rollback/close errors of a discarded output are not news
        scratch.reset();
        for (auto& t : targets) {
            if (t.dataset && database && t.in_transaction) t.dataset->RollbackTransaction();
            if (t.text) std::fclose(t.text);
            t.text = nullptr;
            t.dataset.reset();
            if (database || t.temp_prefix.empty()) continue;
            const fs::path dir = t.temp_path.parent_path().empty() ? fs::path(".") : t.temp_path.parent_path();
            std::error_code ec;
            for (const auto& entry : fs::directory_iterator(dir, ec))
                if (entry.path().filename().string().rfind(t.temp_prefix + ".", 0) == 0) fs::remove_all(entry.path(), ec);
        }
    } catch (...) {
    }
}

LayerSetWriter::LayerSetWriter(OutputOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
LayerSetWriter::~LayerSetWriter() = default;
LayerSetWriter::LayerSetWriter(LayerSetWriter&&) noexcept = default;
LayerSetWriter& LayerSetWriter::operator=(LayerSetWriter&&) noexcept = default;

void LayerSetWriter::begin_layer(const LayerSchema& schema) { impl_->begin_layer(schema); }
void LayerSetWriter::write(const Feature& feature) { impl_->write(feature); }
bool LayerSetWriter::writes_text() const noexcept { return impl_ && impl_->native; }
void LayerSetWriter::write_text(std::string_view text, std::uint64_t features) { impl_->write_text(text, features); }
std::uint64_t LayerSetWriter::feature_count() const noexcept { return impl_ ? impl_->count : 0; }
void LayerSetWriter::commit() { impl_->commit(); }
void LayerSetWriter::abort() noexcept {
    if (impl_) impl_->abort();
}

std::vector<std::string> LayerSetWriter::outputs() const {
    std::vector<std::string> out;
    if (!impl_) return out;
    if (impl_->database) return {impl_->display_name};
    for (const auto& t : impl_->targets) out.push_back(t.final_path.string());
    return out;
}

}  // namespace frontline
