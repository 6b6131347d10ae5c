#pragma once
// A GeoJSONSeq layer set (one file per layer, one feature per line, written
// by LayerSetWriter) changed by FID instead of written again from every
// feature: LayerSetPatch's back end for GeoJSONSeq (issue #17). Private to
// the output stage.
//
// A layer that only gains features (append()) is appended to in place: its
// new lines are written after the old ones, so a run costs what it adds, not
// the size of the file. A layer with features removed or replaced (put())
// is copied line by line into a temporary file, with those lines dropped or
// replaced where they stood and new ones at the end, and renamed over it:
// nothing of the state is read again, and a reader sees the old file or the
// new one. So a patched layer holds the features a rewrite gives, in another
// order (the new ones last).
//
// Appends are made safe against SIGKILL and power loss with a journal, as
// SQLite's rollback journal: ".<stem>.append-journal" beside the destination
// records each file's size (and identity) before the append, and is synced
// before the first byte is appended; the appended lines are synced, then the
// journal is removed (and that removal synced). recover() finds a journal
// left by a killed run and cuts each file back to its recorded size: the
// previous content, never a truncated last line. A reader that reads while
// a run appends may see part of the new lines until the append is done.
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "frontline/output/layer_schema.hpp"
#include "frontline/output/output_options.hpp"

namespace frontline::output_detail {

class TextLayerPatch {
public:
    /// The destination is a regular GeoJSONSeq file (not a stream), writable,
    /// written with stable FIDs.
    static bool can_patch(const OutputOptions& options);
    /// Cuts back what a killed append left (the journal), then removes the
    /// journal. Throws OutputError naming the file; no-op without a journal.
    static void recover(const OutputOptions& options);

    /// `first_layer`: the layer whose file is the destination itself; every
    /// other layer is its "<stem>.<layer>.<ext>" sibling (LayerSetWriter).
    TextLayerPatch(OutputOptions options, std::string first_layer);
    ~TextLayerPatch();
    TextLayerPatch(const TextLayerPatch&) = delete;
    TextLayerPatch& operator=(const TextLayerPatch&) = delete;

    void remove(const LayerSchema& schema, const std::vector<std::int64_t>& fids);
    void put(const LayerSchema& schema, const Feature& feature);
    /// A feature whose FID the layer does not hold (the caller knows it).
    void append(const LayerSchema& schema, const Feature& feature);
    /// The layer's features are these, in this order, whatever it held.
    void replace_layer(const LayerSchema& schema, const std::vector<Feature>& features);
    /// Rewrites the layers with removed or replaced features, then appends to
    /// the others. Throws OutputError: a layer not yet renamed or appended to
    /// is unchanged (the caller writes the set again).
    void commit();

    /// The journal of a destination (for tests and leftovers).
    static std::string journal_path(const std::string& destination);

private:
    struct Layer;
    Layer& layer_of(const LayerSchema& schema);
    std::string file_of(const std::string& layer_name) const;
    std::vector<std::string> serialise(const Layer& layer, const std::vector<const Feature*>& features) const;
    void rewrite(Layer& layer);

    OutputOptions options_;
    std::string first_layer_;
    std::string context_;
    std::map<std::string, std::unique_ptr<Layer>> layers_;
};

}  // namespace frontline::output_detail
