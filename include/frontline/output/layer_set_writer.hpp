#pragma once
// Writes frontline's layers to any OGR output, atomically.
//
// Lifecycle: construct (validates options, refuses an existing output without
// `overwrite`, opens a temporary dataset) -> begin_layer(schema) -> write(...)
// for each feature -> begin_layer(next schema) ... -> commit(). Until commit()
// returns nothing at the destination changes; destroying the writer without
// commit(), or any exception, removes the temporaries and keeps the previous
// output intact.
//
// Standard output ("-"), devices and pipes are streams: see is_stream().
//
// Files are written to ".<stem>.tmp-<pid>.<ext>" in the destination's
// directory, closed, then renamed over the target (rename(2) is atomic within a
// file system). GeoPackage: the dataset is closed (journal complete) before the
// rename, and stale "-wal"/"-shm" files of the old target are removed first so
// SQLite never replays them against the new file.
//
// One layer per file: GeoJSON, GeoJSONSeq, CSV, FlatGeobuf and Shapefile hold
// a single layer, so the FIRST layer goes to the destination itself and every
// later layer to a sibling "<stem>.<layer>.<ext>" (out.geojson,
// out.events.geojson, ...). Each file is replaced atomically; the set is
// replaced file by file in layer order. GeoPackage, KML and PostgreSQL hold all
// layers in one dataset.
//
// PostgreSQL (docs/postgis.md): all layers are written in ONE transaction, so
// readers see the previous tables or all the new rows, never a part. A table
// that does not exist is created (FID column bigint, GiST index) with a
// unique index on the layer's key (LayerSchema::key_field). A table that
// exists is, with `overwrite`, dropped and recreated; else, with `upsert`
// (the default), merged into: the features go to a TEMPORARY staging table,
// then INSERT INTO t SELECT ... FROM staging ON CONFLICT (key) DO UPDATE sets
// every column but the key, rows of other runs are kept, columns the table
// lacks are added, and the staging table is dropped, all inside the
// transaction (keyless layers: the table is emptied and refilled). Concurrent
// writers serialise on the unique index, without duplicates. Without
// `upsert`, an existing table is an error. A server that is down or refuses
// the login fails in the constructor (OutputError, exit code 4) before
// anything is written; connection strings in messages have passwords redacted.
//
// Format defaults (any -lco of the same key wins):
//   GeoJSON     RFC7946=YES, COORDINATE_PRECISION=7 (lon/lat, no crs member)
//   GeoJSONSeq  RS=NO, COORDINATE_PRECISION=7
//   CSV         GEOMETRY=AS_XY, CREATE_CSVT=YES (types survive a round trip)
//   GPKG        SPATIAL_INDEX=YES|NO from OutputOptions::spatial_index. Stable
//               FIDs arrive in random rowid order; on large outputs a bigger
//               SQLite page cache (environment OGR_SQLITE_CACHE=256, in MB)
//               saves page I/O: 1M events 30.5 s -> 26.8 s idle, 60 -> 25 s
//               on a busy disk (bench/write_throughput.sh)
//   FlatGeobuf  SPATIAL_INDEX likewise. NOTE: GDAL 3.6's FlatGeobuf writer
//               drops features with a null geometry (unresolved mentions),
//               with or without an index; use GeoPackage/GeoJSON to keep them.
// Features are written in transactions of 100,000 where the driver has them.
//
// Feature ids: Feature::fid is set on GeoPackage, GeoJSON(Seq), SQLite and
// PostgreSQL, where an FID survives; for mentions/events it is a stable hash of
// mention_id/event_id (stable_feature_id), so the same report keeps the same
// GeoPackage FID across runs (OutputOptions::stable_fids turns this off for
// faster bulk writes). Other drivers number features themselves; the string id
// field stays the stable key everywhere. Ids are < 2^53, so GeoJSON "id"
// members survive JavaScript readers.
//
// Styles: GeoPackage gets a QGIS `layer_styles` table with one default style
// per layer; GeoJSON(Seq), FlatGeobuf and Shapefile get a "<file stem>.qml"
// sidecar, which QGIS loads with the file.
//
// Errors: OutputError naming driver, dataset (passwords redacted) and layer,
// with GDAL's own message; UsageError for options that cannot work (unknown
// driver or extension, --t_srs with GeoJSON, a bad CRS).
// Thread safety: none; use one writer per thread (GDAL's error handler stack
// is per thread, and the writer pushes its handler only during its calls).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/output/layer_schema.hpp"
#include "frontline/output/output_options.hpp"

namespace frontline {

class LayerSetWriter {
public:
    /// Throws UsageError for bad options, OutputError when the output exists
    /// and `overwrite` is false ("use --overwrite") or cannot be created.
    explicit LayerSetWriter(OutputOptions options);
    ~LayerSetWriter();  ///< without commit(): discards everything written
    LayerSetWriter(LayerSetWriter&&) noexcept;
    LayerSetWriter& operator=(LayerSetWriter&&) noexcept;
    LayerSetWriter(const LayerSetWriter&) = delete;
    LayerSetWriter& operator=(const LayerSetWriter&) = delete;

    /// Ends the current layer (if any) and creates the next one. Layer names
    /// must be unique. Throws OutputError.
    void begin_layer(const LayerSchema& schema);

    /// How a layer goes into a table that exists (PostgreSQL): its features
    /// merged by key with the rows there (upsert), or replacing them all.
    enum class Rows { merge, replace };
    /// begin_layer() for a shared store: `rows` says what happens to the
    /// table's rows. Files ignore it (they are always replaced whole).
    void begin_layer(const LayerSchema& schema, Rows rows);

    /// Ends the current layer: a PostgreSQL layer is merged into its table
    /// now, so that stored_features() sees it. Throws OutputError.
    void end_layer();

    /// True for a PostgreSQL output merged into (upsert, no --overwrite):
    /// several writers share it, so what is derived from the mentions (events,
    /// places, control, front) must come from every writer's mentions, read
    /// back with stored_features(), not from this writer's alone. Writers of
    /// a shared store hold a transaction-level advisory lock from the
    /// constructor to commit: tables are created, merged and derived by one
    /// writer at a time, race-free; each sees the others' committed rows.
    bool shared_store() const noexcept;

    /// Every row of the table of `schema` as it stands in this transaction
    /// (PostgreSQL only), as features of that schema: values by field name
    /// (null where the table lacks the field), the point geometry in
    /// EPSG:4326. Throws OutputError.
    void stored_features(const LayerSchema& schema, const std::function<void(const Feature&)>& visit);

    /// Appends one feature to the current layer. Precondition: begin_layer()
    /// was called. Throws OutputError when a value does not fit its field type
    /// (naming layer, field and feature number) or GDAL fails; after any
    /// exception the writer only accepts destruction or abort().
    void write(const Feature& feature);

    /// True when the current layer takes pre-serialised GeoJSON text through
    /// write_text(): GeoJSONSeq point layers with default options, which
    /// frontline writes itself so that workers can serialise in parallel.
    bool writes_text() const noexcept;

    /// Appends features serialised with append_geojson_feature()
    /// (geojson_text.hpp), `features` of them. Precondition: writes_text().
    /// Throws OutputError.
    void write_text(std::string_view text, std::uint64_t features);

    /// Features written to the current layer so far.
    std::uint64_t feature_count() const noexcept;

    /// Finishes the last layer, writes styles and metadata, closes and swaps
    /// every file into place. Throws OutputError; then nothing was replaced
    /// unless a later file of a one-layer-per-file set failed to rename.
    void commit();

    /// Discards everything written. Never throws. Idempotent.
    void abort() noexcept;

    /// The files (or the connection string, redacted) this writer produces,
    /// known so far; complete after commit().
    std::vector<std::string> outputs() const;

    /// The GDAL driver short name chosen for the options (guessed from the
    /// destination unless given). Throws UsageError when none fits.
    static std::string driver_for(const OutputOptions& options);
    /// driver_for(), and GDAL has that driver and it writes vector layers.
    /// Throws UsageError; touches no file.
    static void check_format(const OutputOptions& options);

    /// Whether a destination is written in place as a stream: "-" (standard
    /// output), or an existing device, pipe or socket (also through a
    /// symlink such as /dev/stdout). Streams take one layer of GeoJSON,
    /// GeoJSONSeq or CSV, get no sidecar, and are never renamed over or
    /// replaced; a symlink to a regular file stays a symlink, the file it
    /// points to is replaced.
    static bool is_stream(const std::string& destination);

private:
    class Impl;
    template <class Call>
    void guarded(Call call);
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline
