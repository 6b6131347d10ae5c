#include "frontline/gazetteer/detail/area_index.hpp"

#include <algorithm>
#include <unordered_map>

#include "frontline/geo/geos_proj.hpp"

namespace frontline::detail {

struct AreaIndex::Impl {
    double tolerance;
    GeosContext ctx;
    std::vector<Geom> geoms;
    std::vector<const GEOSPreparedGeometry*> prepared;  // parallel to geoms
    std::vector<std::size_t> owner;                     // parallel to geoms: the area id
    std::unordered_map<std::size_t, std::size_t> slot;  // area id -> index in geoms
    GEOSWKBReader* reader = nullptr;
    GEOSSTRtree* tree = nullptr;          // built on the first query
    std::vector<std::size_t> tree_items;  // slots; the tree stores pointers into this

    explicit Impl(double tol) : tolerance(tol) { reader = GEOSWKBReader_create_r(ctx); }
    ~Impl() {
        if (tree) GEOSSTRtree_destroy_r(ctx, tree);
        for (auto* p : prepared) GEOSPreparedGeom_destroy_r(ctx, p);
        GEOSWKBReader_destroy_r(ctx, reader);
    }

    void build_tree() {
        if (tree) return;
        tree = GEOSSTRtree_create_r(ctx, 10);
        tree_items.clear();
        for (const auto& [id, s] : slot) tree_items.push_back(s);
        std::sort(tree_items.begin(), tree_items.end());
        for (std::size_t& s : tree_items) GEOSSTRtree_insert_r(ctx, tree, geoms[s].get(), &s);
    }
};

AreaIndex::AreaIndex(double tolerance_deg) : impl_(std::make_unique<Impl>(tolerance_deg)) {}
AreaIndex::~AreaIndex() = default;

bool AreaIndex::add(std::size_t id, std::string_view wkb) {
    Impl& m = *impl_;
    GEOSGeometry* g =
        GEOSWKBReader_read_r(m.ctx, m.reader, reinterpret_cast<const unsigned char*>(wkb.data()), wkb.size());
    if (!g) return false;
    Geom geom(m.ctx, g);
    int type = GEOSGeomTypeId_r(m.ctx, g);
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON) return false;
    if (GEOSisValid_r(m.ctx, g) != 1) geom = ensure_valid(m.ctx, std::move(geom));
    if (!geom) return false;
    const GEOSPreparedGeometry* p = GEOSPrepare_r(m.ctx, geom.get());
    if (!p) return false;
    m.slot[id] = m.geoms.size();
    m.geoms.push_back(std::move(geom));
    m.prepared.push_back(p);
    m.owner.push_back(id);
    if (m.tree) {  // added after a query: rebuilt on the next one
        GEOSSTRtree_destroy_r(m.ctx, m.tree);
        m.tree = nullptr;
    }
    return true;
}

bool AreaIndex::has(std::size_t id) const { return impl_->slot.count(id) > 0; }
bool AreaIndex::empty() const { return impl_->slot.empty(); }

bool AreaIndex::near(std::size_t id, double lat, double lon) const {
    Impl& m = *impl_;
    auto it = m.slot.find(id);
    if (it == m.slot.end()) return false;
    Geom pt = make_point(m.ctx, lon, lat);
    const GEOSPreparedGeometry* p = m.prepared[it->second];
    return GEOSPreparedContains_r(m.ctx, p, pt.get()) == 1 ||
           GEOSPreparedDistanceWithin_r(m.ctx, p, pt.get(), m.tolerance) == 1;
}

std::vector<std::size_t> AreaIndex::containing(double lat, double lon) const {
    Impl& m = *impl_;
    m.build_tree();
    Geom pt = make_point(m.ctx, lon, lat);
    struct Query {
        Impl* m;
        const GEOSGeometry* pt;
        std::vector<std::size_t> slots;
    } q{&m, pt.get(), {}};
    GEOSSTRtree_query_r(
        m.ctx, m.tree, pt.get(),
        [](void* item, void* data) {
            auto* q = static_cast<Query*>(data);
            std::size_t s = *static_cast<std::size_t*>(item);
            if (GEOSPreparedContains_r(q->m->ctx, q->m->prepared[s], q->pt) == 1) q->slots.push_back(s);
        },
        &q);
    std::vector<std::size_t> out;
    for (std::size_t s : q.slots) out.push_back(m.owner[s]);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace frontline::detail
