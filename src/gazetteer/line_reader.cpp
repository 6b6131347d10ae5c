#include "frontline/gazetteer/line_reader.hpp"

#include <zip.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <vector>

#include "frontline/error.hpp"

namespace frontline {

namespace {

// A byte stream of one kind of container. read() returns 0 at the end and
// throws on corruption.
class ByteStream {
public:
    virtual ~ByteStream() = default;
    virtual std::size_t read(char* buf, std::size_t n) = 0;
    // Moves on to the next member (zip); false when there is none.
    virtual bool next_member() { return false; }
    virtual std::string member() const { return {}; }
};

class PlainStream : public ByteStream {
public:
    explicit PlainStream(const std::filesystem::path& p) : file_(std::fopen(p.c_str(), "rb")), path_(p.string()) {
        if (!file_) throw InputError({p.string()}, "cannot open file");
    }
    ~PlainStream() override { std::fclose(file_); }
    std::size_t read(char* buf, std::size_t n) override {
        std::size_t got = std::fread(buf, 1, n, file_);
        if (got == 0 && std::ferror(file_)) throw InputError({path_}, "read error");
        return got;
    }

private:
    std::FILE* file_;
    std::string path_;
};

class GzipStream : public ByteStream {
public:
    explicit GzipStream(const std::filesystem::path& p) : path_(p.string()), file_(gzopen(p.c_str(), "rb")) {
        if (!file_) throw InputError({path_}, "cannot open gzip file");
        gzbuffer(file_, 1 << 17);
    }
    ~GzipStream() override { gzclose(file_); }
    std::size_t read(char* buf, std::size_t n) override {
        int got = gzread(file_, buf, static_cast<unsigned>(n));
        if (got < 0) {
            int err = 0;
            const char* msg = gzerror(file_, &err);
            throw InputError({path_}, std::string("gzip data corrupt: ") + (msg ? msg : "unknown error"));
        }
        if (got == 0) {
            // zlib reports a stream cut short only through gzerror().
            int err = Z_OK;
            const char* msg = gzerror(file_, &err);
            if (err != Z_OK || !gzeof(file_))
                throw InputError({path_}, std::string("gzip data truncated or corrupt") + (msg && *msg ? ": " + std::string(msg) : ""));
        }
        return static_cast<std::size_t>(got);
    }

private:
    std::string path_;
    gzFile file_;
};

class ZipStream : public ByteStream {
public:
    explicit ZipStream(const std::filesystem::path& p) : path_(p.string()) {
        int err = 0;
        archive_ = zip_open(p.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
        if (!archive_) {
            zip_error_t ze;
            zip_error_init_with_code(&ze, err);
            std::string msg = zip_error_strerror(&ze);
            zip_error_fini(&ze);
            throw InputError({path_}, "cannot open zip archive: " + msg);
        }
        zip_int64_t n = zip_get_num_entries(archive_, 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
            if (!name) continue;
            std::string s = name;
            bool text = s.ends_with(".txt") || s.ends_with(".csv") || s.ends_with(".tsv");
            if (text && s.find("readme") == std::string::npos) members_.push_back(i);
        }
        if (members_.empty()) throw InputError({path_}, "zip archive holds no .txt, .csv or .tsv member");
    }
    ~ZipStream() override {
        if (current_) zip_fclose(current_);
        zip_discard(archive_);
    }
    bool next_member() override {
        if (current_) zip_fclose(current_);
        current_ = nullptr;
        if (next_ >= members_.size()) return false;
        zip_int64_t idx = members_[next_++];
        current_ = zip_fopen_index(archive_, static_cast<zip_uint64_t>(idx), 0);
        if (!current_) throw InputError({path_}, "cannot read zip member: " + std::string(zip_strerror(archive_)));
        member_ = zip_get_name(archive_, static_cast<zip_uint64_t>(idx), 0);
        return true;
    }
    std::size_t read(char* buf, std::size_t n) override {
        if (!current_) return 0;
        zip_int64_t got = zip_fread(current_, buf, n);
        if (got < 0)
            throw InputError({path_ + ":" + member_}, "zip data corrupt or truncated: " +
                                                         std::string(zip_file_strerror(current_)));
        return static_cast<std::size_t>(got);
    }
    std::string member() const override { return member_; }

private:
    std::string path_;
    zip_t* archive_ = nullptr;
    zip_file_t* current_ = nullptr;
    std::vector<zip_int64_t> members_;
    std::size_t next_ = 0;
    std::string member_;
};

}  // namespace

struct LineReader::Impl {
    std::string path;
    std::unique_ptr<ByteStream> stream;
    std::vector<char> buffer = std::vector<char>(1 << 17);
    std::size_t begin = 0, end = 0;
    bool eof = false;
    std::string line;  // holds a line that spans buffer refills
    std::uint64_t line_no = 0;
    bool zip = false;
};

LineReader::LineReader(const std::filesystem::path& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path.string();
    std::string ext = path.extension().string();
    if (ext == ".gz") {
        impl_->stream = std::make_unique<GzipStream>(path);
    } else if (ext == ".zip") {
        impl_->stream = std::make_unique<ZipStream>(path);
        impl_->zip = true;
        impl_->stream->next_member();
    } else {
        impl_->stream = std::make_unique<PlainStream>(path);
    }
}

LineReader::~LineReader() = default;
LineReader::LineReader(LineReader&&) noexcept = default;
LineReader& LineReader::operator=(LineReader&&) noexcept = default;

bool LineReader::next(std::string_view& out) {
    Impl& s = *impl_;
    s.line.clear();
    bool have_partial = false;
    while (true) {
        if (s.begin == s.end) {
            if (s.eof) {
                if (!have_partial) return false;
                break;
            }
            s.begin = 0;
            s.end = s.stream->read(s.buffer.data(), s.buffer.size());
            if (s.end == 0) {
                if (have_partial) break;  // the last line has no newline
                // The end of a zip member ends its lines; go on with the next member.
                if (s.zip && s.stream->next_member()) {
                    s.line_no = 0;
                    continue;
                }
                s.eof = true;
                return false;
            }
        }
        const char* start = s.buffer.data() + s.begin;
        const void* nl = std::memchr(start, '\n', s.end - s.begin);
        if (nl) {
            std::size_t len = static_cast<const char*>(nl) - start;
            if (!have_partial) {
                out = std::string_view(start, len);
                s.begin += len + 1;
                ++s.line_no;
                if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
                return true;
            }
            s.line.append(start, len);
            s.begin += len + 1;
            break;
        }
        s.line.append(start, s.end - s.begin);
        have_partial = true;
        s.begin = s.end;
    }
    ++s.line_no;
    out = s.line;
    if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
    return true;
}

std::uint64_t LineReader::line_number() const { return impl_->line_no; }

std::string LineReader::where() const {
    std::string m = impl_->stream->member();
    return m.empty() ? impl_->path : impl_->path + ":" + m;
}

}  // namespace frontline
