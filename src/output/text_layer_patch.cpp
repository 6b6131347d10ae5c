#include "text_layer_patch.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include "atomic_file.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/error.hpp"
#include "frontline/output/geojson_text.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "ogr_feature_filler.hpp"
#include "output_format.hpp"

namespace fs = std::filesystem;

namespace frontline::output_detail {

namespace {

constexpr const char* kJournalMagic = "frontline-append-journal 1";


fs::path directory_of(const fs::path& p) { return p.parent_path().empty() ? fs::path(".") : p.parent_path(); }

std::string errno_text() { return std::strerror(errno); }

// A rename or unlink is durable once its directory is synced.
void sync_directory(const fs::path& dir, const std::string& context) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0 || ::fsync(fd) != 0) {
        const std::string why = errno_text();
        if (fd >= 0) ::close(fd);
        throw OutputError(context + ": cannot sync directory '" + dir.string() + "': " + why);
    }
    ::close(fd);
}

void write_all(int fd, std::string_view text, const fs::path& path, const std::string& context) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw OutputError(context + ": cannot write '" + path.string() + "': " + errno_text());
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

// The FID of a line ("id" member, which both serialisers write first after
// "type"); nullopt when there is none.
std::optional<std::int64_t> line_fid(std::string_view line) {
    std::size_t i = !line.empty() && line[0] == '\x1e' ? 1 : 0;
    const std::size_t at = line.substr(0, i + 80).find("\"id\":", i);
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t p = at + 5;
    while (p < line.size() && line[p] == ' ') ++p;
    bool negative = p < line.size() && line[p] == '-';
    if (negative) ++p;
    if (p >= line.size() || !std::isdigit(static_cast<unsigned char>(line[p]))) return std::nullopt;
    std::int64_t v = 0;
    while (p < line.size() && std::isdigit(static_cast<unsigned char>(line[p]))) v = v * 10 + (line[p++] - '0');
    return negative ? -v : v;
}

struct JournalEntry {
    std::int64_t size = 0;
    dev_t dev = 0;
    ino_t ino = 0;
    fs::path path;
};

}  // namespace

struct TextLayerPatch::Layer {
    LayerSchema schema;
    fs::path file;  // the file changed (a symlink's target)
    std::set<std::int64_t> removed;
    std::map<std::int64_t, Feature> puts;
    std::vector<std::int64_t> put_order;  // where new puts go: after every old line, in call order
    std::vector<Feature> appended;
    bool replaced = false;  // replace_layer(): no old line is kept, the puts are the layer
};

std::string TextLayerPatch::journal_path(const std::string& destination) {
    const fs::path d(destination);
    return (d.parent_path() / ("." + d.stem().string() + ".append-journal")).string();
}

bool TextLayerPatch::can_patch(const OutputOptions& options) {
    if (options.destination.empty() || !options.stable_fids || !options.target_srs.empty()) return false;
    if (driver_for(options) != "GeoJSONSeq" || LayerSetWriter::is_stream(options.destination)) return false;
    std::error_code ec;
    const fs::path file = file_behind(options.destination);
    return fs::is_regular_file(file, ec) && ::access(file.c_str(), R_OK | W_OK) == 0;
}

void TextLayerPatch::recover(const OutputOptions& options) {
    if (options.destination.empty() || driver_for(options) != "GeoJSONSeq") return;
    const fs::path journal = journal_path(options.destination);
    std::error_code ec;
    fs::remove(journal.string() + ".tmp", ec);  // never renamed in: nothing was appended
    if (!fs::exists(journal, ec)) return;
    const std::string context = "GeoJSONSeq output '" + options.destination + "'";
    std::ifstream in(journal, std::ios::binary);
    std::string line;
    std::vector<JournalEntry> entries;
    bool complete = false;
    if (std::getline(in, line) && line == kJournalMagic) {
        while (std::getline(in, line)) {
            if (line == "end") {
                complete = true;
                break;
            }
            std::istringstream s(line);
            JournalEntry e;
            unsigned long long dev = 0, ino = 0;
            std::string path;
            // The path last: it may hold spaces.
            if ((s >> e.size >> dev >> ino) && s.get() == ' ' && std::getline(s, path) && !path.empty()) {
                e.dev = static_cast<dev_t>(dev);
                e.ino = static_cast<ino_t>(ino);
                e.path = path;
                entries.push_back(std::move(e));
            }
        }
    }
    // A journal is renamed into place whole, so an incomplete one is not
    // frontline's: left alone rather than trusted to cut files.
    if (!complete)
        throw OutputError(context + ": '" + journal.string() + "' is not a complete append journal; remove it by hand");
    for (const JournalEntry& e : entries) {
        struct stat st {};
        // The same file, not one a later rewrite renamed in, and not shorter.
        if (::stat(e.path.c_str(), &st) != 0 || st.st_dev != e.dev || st.st_ino != e.ino || st.st_size < e.size) continue;
        const int fd = ::open(e.path.c_str(), O_WRONLY);
        if (fd < 0 || ::ftruncate(fd, e.size) != 0 || ::fsync(fd) != 0) {
            const std::string why = errno_text();
            if (fd >= 0) ::close(fd);
            throw OutputError(context + ": cannot cut '" + e.path.string() + "' back to the " + std::to_string(e.size) +
                              " bytes an interrupted run appended to: " + why);
        }
        ::close(fd);
    }
    fs::remove(journal, ec);
    if (ec) throw OutputError(context + ": cannot remove '" + journal.string() + "': " + ec.message());
    sync_directory(directory_of(journal), context);
}

TextLayerPatch::TextLayerPatch(OutputOptions options, std::string first_layer)
    : options_(std::move(options)), first_layer_(std::move(first_layer)),
      context_("GeoJSONSeq output '" + options_.destination + "'") {
    if (!can_patch(options_)) throw OutputError(context_ + ": cannot be changed in place");
}

TextLayerPatch::~TextLayerPatch() = default;

std::string TextLayerPatch::file_of(const std::string& layer_name) const {
    const fs::path d(options_.destination);
    if (layer_name == first_layer_) return d.string();
    return (d.parent_path() / (d.stem().string() + "." + layer_name + d.extension().string())).string();
}

TextLayerPatch::Layer& TextLayerPatch::layer_of(const LayerSchema& schema) {
    auto it = layers_.find(schema.name);
    if (it != layers_.end()) return *it->second;
    const fs::path file = file_behind(file_of(schema.name));
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        throw OutputError(context_ + " layer '" + schema.name + "': '" + file.string() + "' is missing");
    auto made = std::make_unique<Layer>();
    made->schema = schema;
    made->file = file;
    return *layers_.emplace(schema.name, std::move(made)).first->second;
}

void TextLayerPatch::remove(const LayerSchema& schema, const std::vector<std::int64_t>& fids) {
    Layer& l = layer_of(schema);
    for (std::int64_t fid : fids) {
        l.puts.erase(fid);
        l.removed.insert(fid);
    }
}

void TextLayerPatch::put(const LayerSchema& schema, const Feature& feature) {
    Layer& l = layer_of(schema);
    if (!feature.fid) throw OutputError(context_ + " layer '" + schema.name + "': a feature without an FID cannot be put");
    l.removed.erase(*feature.fid);
    if (!l.puts.count(*feature.fid)) l.put_order.push_back(*feature.fid);
    l.puts.insert_or_assign(*feature.fid, feature);
}

void TextLayerPatch::append(const LayerSchema& schema, const Feature& feature) {
    Layer& l = layer_of(schema);
    if (!feature.fid) throw OutputError(context_ + " layer '" + schema.name + "': a feature without an FID cannot be put");
    l.appended.push_back(feature);
}

void TextLayerPatch::replace_layer(const LayerSchema& schema, const std::vector<Feature>& features) {
    Layer& l = layer_of(schema);
    l.removed.clear();
    l.puts.clear();
    l.put_order.clear();
    l.appended.clear();
    l.replaced = true;
    for (const Feature& f : features) put(schema, f);
}

// One line per feature, as LayerSetWriter writes the layer: frontline's own
// serialiser where the writer uses it (point layers, default options), else
// GDAL's GeoJSONSeq driver, through a file in memory.
std::vector<std::string> TextLayerPatch::serialise(const Layer& layer, const std::vector<const Feature*>& features) const {
    std::vector<std::string> lines;
    if (features.empty()) return lines;
    const std::string where = context_ + " layer '" + layer.schema.name + "'";
    if (options_.layer_options.empty() && layer.schema.geometry == GeometryType::point) {
        const GeoJsonSerialiser serialiser(layer.schema);
        for (const Feature* f : features) {
            std::string line;
            if (auto error = serialiser.append(line, *f)) throw OutputError(where + ": " + *error);
            lines.push_back(std::move(line));
        }
        return lines;
    }
    static std::atomic<unsigned> counter{0};
    const std::string mem = "/vsimem/frontline-patch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".geojsonl";
    detail::GdalErrorCapture capture;
    const detail::GdalContext gdal_where{"GeoJSONSeq", options_.destination, layer.schema.name};
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSONSeq");
    if (!driver) throw OutputError(where + ": GDAL has no GeoJSONSeq driver");
    {
        struct Close {
            void operator()(GDALDataset* d) const noexcept { GDALClose(GDALDataset::ToHandle(d)); }
        };
        std::unique_ptr<GDALDataset, Close> ds(driver->Create(mem.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds) capture.raise(gdal_where, "cannot serialise the changed features");
        detail::GdalOptionList lco(options_.layer_options);
        set_layer_defaults(lco, "GeoJSONSeq", options_, layer.schema);
        auto wgs84 = detail::make_wgs84();
        OGRLayer* ogr = ds->CreateLayer(layer.schema.name.c_str(), wgs84.get(), to_ogr(layer.schema.geometry), lco.get());
        if (!ogr) capture.raise(gdal_where, "cannot serialise the changed features");
        std::vector<int> index;
        for (const auto& field : layer.schema.fields) {
            OGRFieldDefn defn(field.name.c_str(), to_ogr(field.type));
            if (ogr->CreateField(&defn, TRUE) != OGRERR_NONE) capture.raise(gdal_where, "cannot create field '" + field.name + "'");
            index.push_back(ogr->GetLayerDefn()->GetFieldCount() - 1);
        }
        OgrFeatureFiller filler(*ogr, layer.schema, std::move(index), nullptr, where);
        std::uint64_t n = 0;
        for (const Feature* f : features) {
            OGRFeature& made = filler.fill(*f, ++n, f->fid);
            if (ogr->CreateFeature(&made) != OGRERR_NONE) capture.raise(gdal_where, "cannot serialise feature " + std::to_string(n));
        }
    }
    vsi_l_offset size = 0;
    GByte* data = VSIGetMemFileBuffer(mem.c_str(), &size, TRUE);
    std::string_view text(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
    for (std::size_t from = 0; from < text.size();) {
        std::size_t end = text.find('\n', from);
        if (end == std::string_view::npos) end = text.size() - 1;
        lines.emplace_back(text.substr(from, end + 1 - from));
        from = end + 1;
    }
    CPLFree(data);
    if (lines.size() != features.size())
        throw OutputError(where + ": GDAL wrote " + std::to_string(lines.size()) + " lines for " +
                          std::to_string(features.size()) + " features");
    return lines;
}

// The layer copied line by line into a temporary file beside it, with the
// removed and replaced lines dropped or replaced in place and the new ones
// last, synced and renamed over it.
void TextLayerPatch::rewrite(Layer& l) {
    const std::string where = context_ + " layer '" + l.schema.name + "'";
    std::vector<const Feature*> features;
    for (const auto& [fid, f] : l.puts) features.push_back(&f);
    std::map<std::int64_t, std::string> put_lines;
    {
        std::vector<std::string> lines = serialise(l, features);
        std::size_t i = 0;
        for (const auto& [fid, f] : l.puts) put_lines.emplace(fid, std::move(lines[i++]));
    }
    std::vector<const Feature*> appended;
    for (const Feature& f : l.appended) appended.push_back(&f);
    const std::vector<std::string> appended_lines = serialise(l, appended);

    std::FILE* in = std::fopen(l.file.c_str(), "rb");
    if (!in) throw OutputError(where + ": cannot read '" + l.file.string() + "': " + errno_text());
    const AtomicFile out = AtomicFile::beside(l.file);
    std::FILE* tmp = std::fopen(out.temp_path.c_str(), "wb");
    if (!tmp) {
        std::fclose(in);
        throw OutputError(where + ": cannot create '" + out.temp_path.string() + "': " + errno_text());
    }
    struct Close {
        std::FILE*& in;
        std::FILE*& tmp;
        const AtomicFile& out;
        bool keep = false;
        ~Close() {
            if (in) std::fclose(in);
            if (tmp) std::fclose(tmp);
            if (!keep) out.discard();
        }
    } closer{in, tmp, out};
    auto emit = [&](std::string_view s) {
        if (std::fwrite(s.data(), 1, s.size(), tmp) != s.size())
            throw OutputError(where + ": cannot write '" + out.temp_path.string() + "': " + errno_text());
    };
    char* buffer = nullptr;
    std::size_t capacity = 0;
    struct Free {
        char*& b;
        ~Free() { std::free(b); }
    } free_buffer{buffer};
    std::size_t number = 0;
    // A layer replaced whole keeps none of its old lines.
    for (ssize_t n; !l.replaced && (n = ::getline(&buffer, &capacity, in)) > 0;) {
        ++number;
        std::string_view line(buffer, static_cast<std::size_t>(n));
        if (line.back() != '\n')
            throw OutputError(where + ": '" + l.file.string() + "' line " + std::to_string(number) + " is incomplete");
        const auto fid = line_fid(line);
        if (!fid) throw OutputError(where + ": '" + l.file.string() + "' line " + std::to_string(number) + " has no feature id");
        if (l.removed.count(*fid)) continue;
        if (auto it = put_lines.find(*fid); it != put_lines.end()) {
            emit(it->second);
            put_lines.erase(it);
            continue;
        }
        emit(line);
    }
    if (std::ferror(in)) throw OutputError(where + ": cannot read '" + l.file.string() + "': " + errno_text());
    for (std::int64_t fid : l.put_order)
        if (auto it = put_lines.find(fid); it != put_lines.end()) {
            emit(it->second);
            put_lines.erase(it);  // a feature put, removed and put again is listed twice
        }
    for (const std::string& line : appended_lines) emit(line);
    if (std::fflush(tmp) != 0 || ::fsync(::fileno(tmp)) != 0)
        throw OutputError(where + ": cannot write '" + out.temp_path.string() + "': " + errno_text());
    const bool closed = std::fclose(tmp) == 0;
    tmp = nullptr;
    if (!closed) throw OutputError(where + ": cannot write '" + out.temp_path.string() + "': " + errno_text());
    out.swap_in(false, where);
    closer.keep = true;
}

void TextLayerPatch::commit() {
    // First the layers rewritten whole (each renamed in), then the appends.
    std::vector<Layer*> appends;
    for (auto& [name, l] : layers_) {
        if (l->replaced || !l->removed.empty() || !l->puts.empty()) rewrite(*l);
        else if (!l->appended.empty()) appends.push_back(l.get());
    }
    if (appends.empty()) return;

    struct Target {
        Layer* layer;
        int fd = -1;
        struct stat before {};
        std::string tail;
    };
    std::vector<Target> targets;
    struct CloseAll {
        std::vector<Target>& t;
        ~CloseAll() {
            for (auto& x : t)
                if (x.fd >= 0) ::close(x.fd);
        }
    } close_all{targets};
    for (Layer* l : appends) {
        const std::string where = context_ + " layer '" + l->schema.name + "'";
        Target t{l};
        std::vector<const Feature*> features;
        for (const Feature& f : l->appended) features.push_back(&f);
        for (const std::string& line : serialise(*l, features)) t.tail += line;
        t.fd = ::open(l->file.c_str(), O_RDWR | O_APPEND | O_CLOEXEC);
        if (t.fd < 0 || ::fstat(t.fd, &t.before) != 0) {
            const std::string why = errno_text();
            targets.push_back(std::move(t));
            throw OutputError(where + ": cannot open '" + l->file.string() + "' to append: " + why);
        }
        // Lines are only added after a complete last line.
        char last = '\n';
        if (t.before.st_size > 0 && ::pread(t.fd, &last, 1, t.before.st_size - 1) != 1) last = 0;
        targets.push_back(std::move(t));
        if (last != '\n') throw OutputError(where + ": '" + l->file.string() + "' does not end with a complete line");
    }

    // The journal, whole and synced before any byte is appended.
    const fs::path journal = journal_path(options_.destination);
    const fs::path journal_tmp = journal.string() + ".tmp";
    {
        std::string text = std::string(kJournalMagic) + "\n";
        for (const Target& t : targets)
            text += std::to_string(t.before.st_size) + " " + std::to_string(static_cast<unsigned long long>(t.before.st_dev)) +
                    " " + std::to_string(static_cast<unsigned long long>(t.before.st_ino)) + " " + t.layer->file.string() +
                    "\n";
        text += "end\n";
        const int fd = ::open(journal_tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) throw OutputError(context_ + ": cannot create '" + journal_tmp.string() + "': " + errno_text());
        try {
            write_all(fd, text, journal_tmp, context_);
            if (::fsync(fd) != 0) throw OutputError(context_ + ": cannot sync '" + journal_tmp.string() + "': " + errno_text());
        } catch (...) {
            ::close(fd);
            ::unlink(journal_tmp.c_str());
            throw;
        }
        ::close(fd);
        if (::rename(journal_tmp.c_str(), journal.c_str()) != 0) {
            const std::string why = errno_text();
            ::unlink(journal_tmp.c_str());
            throw OutputError(context_ + ": cannot create '" + journal.string() + "': " + why);
        }
        sync_directory(directory_of(journal), context_);
    }
    try {
        for (Target& t : targets) {
            write_all(t.fd, t.tail, t.layer->file, context_);
            if (::fdatasync(t.fd) != 0)
                throw OutputError(context_ + ": cannot sync '" + t.layer->file.string() + "': " + errno_text());
        }
    } catch (...) {
        // Back to the previous content; the journal is removed with it.
        for (Target& t : targets)
            if (::ftruncate(t.fd, t.before.st_size) != 0 || ::fsync(t.fd) != 0) throw;
        ::unlink(journal.c_str());
        throw;
    }
    if (::unlink(journal.c_str()) != 0)
        throw OutputError(context_ + ": cannot remove '" + journal.string() + "': " + errno_text());
    // Synced: a journal that came back after a crash would cut the appended
    // lines off an output the state records as written.
    sync_directory(directory_of(journal), context_);
}

}  // namespace frontline::output_detail
