#pragma once
// Changes the features of a GeoPackage that LayerSetWriter wrote, instead of
// writing the whole set again: what `frontline update` does when a run added,
// changed or removed a few documents of a large state (issue #17).
//
// The destination is changed in place, in ONE SQLite transaction (features
// removed and put by FID, the metadata replaced): what a run writes follows
// its change, not the size of the file (issue #17; copying the file first
// made every run's cost grow with the output). A reader sees the previous content or the
// changed one, never a part: SQLite's rollback journal keeps the old pages
// until the commit. A SIGKILLed patch leaves a hot journal that the next
// opener of the file (recover(), or any SQLite reader) rolls back. The file
// keeps its inode, so a program holding it open sees the change.
//
// Only what the writer would have written differently may change: a caller
// that removes and puts the features whose values changed gets, feature for
// feature (FIDs, fields, geometry), the file a full rewrite gives; rows are
// read back in FID order either way.
//
// Supported, with stable FIDs in EPSG:4326 (no --t_srs); can_patch() says
// whether an output qualifies:
//   GPKG        a file, changed in place in one SQLite transaction (above);
//   PostgreSQL  the tables LayerSetWriter made, changed in ONE database
//               transaction: rows deleted and inserted by FID (the tables'
//               key and FID column), so readers see the previous rows or the
//               changed ones; no dataset metadata (the writer keeps none);
//   GeoJSONSeq  the set of one file per layer (text_layer_patch.hpp): a layer
//               that only gains features is appended to, under an append
//               journal that recover() rolls back after a crash; any other
//               changed layer is copied line by line, changed, and renamed
//               over the old file. New features come last in their file.
// Errors: OutputError (what was not yet committed, renamed or appended is
// untouched).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontline/output/layer_schema.hpp"
#include "frontline/output/output_options.hpp"

namespace frontline {

class LayerSetPatch {
public:
    /// A writable GeoPackage file or GeoJSONSeq set that exists, or a
    /// PostgreSQL connection; in EPSG:4326, with stable FIDs.
    static bool can_patch(const OutputOptions& options);
    /// Rolls back what a killed patch left: a GeoPackage's journal (so that
    /// the file can be replaced: a stale journal beside a renamed-in file
    /// would be played back into it), a GeoJSONSeq append journal (the files
    /// are cut back to their previous content). Throws OutputError; no-op
    /// otherwise.
    static void recover(const OutputOptions& options);

    /// Opens the destination for update and starts the transaction
    /// (GeoJSONSeq: changes are collected until commit()). Throws OutputError.
    explicit LayerSetPatch(OutputOptions options);
    ~LayerSetPatch();  ///< without commit(): nothing is changed
    LayerSetPatch(const LayerSetPatch&) = delete;
    LayerSetPatch& operator=(const LayerSetPatch&) = delete;

    /// Removes the features with these FIDs from the layer of `schema`;
    /// FIDs that are not there are ignored.
    void remove(const LayerSchema& schema, const std::vector<std::int64_t>& fids);
    /// Puts one feature (Feature::fid required), replacing one with its FID.
    void put(const LayerSchema& schema, const Feature& feature);
    /// Adds a feature whose FID the layer does not hold (the caller knows:
    /// the FIDs are stable hashes of ids that are new). A GeoJSONSeq layer
    /// that only gains features this way is appended to, not rewritten.
    void append(const LayerSchema& schema, const Feature& feature);
    /// Replaces every feature of the layer of `schema` with these (Feature::fid
    /// required), in this order: for a small layer made again whole, such as
    /// the derived `control` and `front`, whose old features the caller does
    /// not know. In the same transaction as the other changes (GeoJSONSeq:
    /// the layer's file is written again and renamed over it at commit()).
    void replace_layer(const LayerSchema& schema, const std::vector<Feature>& features);
    /// Stores the metadata (OutputOptions::metadata), commits and closes.
    /// Throws OutputError.
    void commit();
    void abort() noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline
