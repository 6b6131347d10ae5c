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
// Supported: GeoPackage files in EPSG:4326 (no --t_srs) with stable FIDs;
// can_patch() says whether an output qualifies. Errors: OutputError (the
// destination is untouched).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontline/output/layer_schema.hpp"
#include "frontline/output/output_options.hpp"

namespace frontline {

class LayerSetPatch {
public:
    /// A writable GeoPackage file that exists, in EPSG:4326, with stable FIDs.
    static bool can_patch(const OutputOptions& options);
    /// Rolls back what a killed patch left in the GeoPackage's journal, so
    /// that the file can be replaced (a stale journal beside a renamed-in file
    /// would be played back into it). Throws OutputError; no-op otherwise.
    static void recover(const OutputOptions& options);

    /// Opens the destination for update and starts the transaction.
    /// Throws OutputError.
    explicit LayerSetPatch(OutputOptions options);
    ~LayerSetPatch();  ///< without commit(): the transaction is rolled back
    LayerSetPatch(const LayerSetPatch&) = delete;
    LayerSetPatch& operator=(const LayerSetPatch&) = delete;

    /// The FIDs of every feature of the layer of `schema`.
    std::vector<std::int64_t> fids(const LayerSchema& schema);
    /// Removes the features with these FIDs from the layer of `schema`;
    /// FIDs that are not there are ignored.
    void remove(const LayerSchema& schema, const std::vector<std::int64_t>& fids);
    /// Removes the features whose string field `field` holds one of `values`.
    void remove_where(const LayerSchema& schema, const std::string& field, const std::vector<std::string>& values);
    /// Puts one feature (Feature::fid required), replacing one with its FID.
    void put(const LayerSchema& schema, const Feature& feature);
    /// Stores the metadata (OutputOptions::metadata), commits and closes.
    /// Throws OutputError.
    void commit();
    void abort() noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline
