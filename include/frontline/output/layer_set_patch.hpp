#pragma once
// Changes the features of a GeoPackage that LayerSetWriter wrote, instead of
// writing the whole set again: what `frontline update` does when a run added,
// changed or removed a few documents of a large state (issue #17).
//
// The destination is copied beside itself (".<stem>.tmp-<pid>.gpkg", the
// kernel copies the pages: no feature is decoded), the copy is changed in ONE
// SQLite transaction (features removed and put by FID, the metadata
// replaced), closed and renamed over the destination, exactly as
// LayerSetWriter swaps a new file in. So a reader (QGIS, a SIGKILLed run's
// successor) sees the previous file or the changed one, never a part; a
// killed patch leaves only a temporary that the next run removes.
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
    /// A GeoPackage file that exists, in EPSG:4326, with stable FIDs.
    static bool can_patch(const OutputOptions& options);

    /// Copies the destination, opens the copy and starts the transaction.
    /// Throws OutputError.
    explicit LayerSetPatch(OutputOptions options);
    ~LayerSetPatch();  ///< without commit(): the copy is removed
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
    /// Stores the metadata (OutputOptions::metadata), commits, closes and
    /// renames the copy over the destination. Throws OutputError.
    void commit();
    void abort() noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline
