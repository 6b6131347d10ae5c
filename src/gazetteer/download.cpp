#include "frontline/gazetteer/download.hpp"

#include <curl/curl.h>
#include <zip.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include "frontline/error.hpp"
#include "frontline/version.hpp"

namespace frontline {

namespace fs = std::filesystem;

namespace {

struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

struct CurlDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct FileDeleter {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// What one attempt wrote, and whether the server honoured the range.
struct Transfer {
    std::FILE* file = nullptr;
    CURL* curl = nullptr;
    fs::path part;
    std::uint64_t offset = 0;   // bytes already in .part when the attempt began
    std::uint64_t written = 0;
    bool checked_status = false;
    bool write_error = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    if (!t->checked_status) {
        t->checked_status = true;
        long status = 0;
        curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
        if (status >= 300) return size * n;  // an error page: read, not kept
        if (status == 200 && t->offset > 0) {
            // The server sent the whole file instead of the rest: start over.
            std::FILE* f = std::freopen(t->part.c_str(), "wb", t->file);
            if (!f) return 0;
            t->file = f;
            t->offset = 0;
        }
    }
    long status = 0;
    curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 300) return size * n;
    std::size_t wrote = std::fwrite(data, size, n, t->file);
    if (wrote != n) t->write_error = true;
    t->written += wrote * size;
    return wrote * size;
}

bool retryable_status(long status) { return status == 408 || status == 429 || status >= 500; }

std::string member_error(zip_t* z) { return zip_error_strerror(zip_get_error(z)); }

void verify_zip(const fs::path& path, const std::string& name) {
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!z) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        std::string msg = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        throw InputError({name}, "not a complete zip archive: " + msg);
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> archive(z, &zip_discard);
    std::vector<char> buf(1 << 16);
    zip_int64_t n = zip_get_num_entries(z, 0);
    if (n <= 0) throw InputError({name}, "zip archive has no members");
    for (zip_int64_t i = 0; i < n; ++i) {
        // Reading a member to its end checks it against its CRC-32.
        zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
        if (!f) throw InputError({name}, "cannot read member: " + member_error(z));
        zip_int64_t got;
        while ((got = zip_fread(f, buf.data(), buf.size())) > 0) {
        }
        std::string msg = got < 0 ? zip_error_strerror(zip_file_get_error(f)) : "";
        zip_fclose(f);
        if (got < 0)
            throw InputError({name}, std::string("member ") + zip_get_name(z, static_cast<zip_uint64_t>(i), 0) +
                                         " is damaged: " + msg);
    }
}

void verify_gzip(const fs::path& path, const std::string& name) {
    gzFile g = gzopen(path.c_str(), "rb");
    if (!g) throw InputError({name}, "cannot open");
    std::vector<char> buf(1 << 16);
    int got;
    while ((got = gzread(g, buf.data(), static_cast<unsigned>(buf.size()))) > 0) {
    }
    int code = 0;
    std::string msg = got < 0 ? gzerror(g, &code) : "";
    // gzclose_r reports a stream that ended before its trailer.
    int close = gzclose_r(g);
    if (got < 0 || close != Z_OK)
        throw InputError({name}, "damaged or truncated gzip stream" + (msg.empty() ? "" : ": " + msg));
}

void verify_as(const fs::path& path, const std::string& name) {
    if (name.ends_with(".zip")) verify_zip(path, name);
    else if (name.ends_with(".gz")) verify_gzip(path, name);
}

void say(const DownloadOptions& o, const std::string& line) {
    if (o.progress) o.progress(line);
}

}  // namespace

void verify_archive(const fs::path& path) { verify_as(path, path.string()); }

DownloadedFile download_file(const std::string& url, const fs::path& dest, const DownloadOptions& o) {
    static CurlGlobal global;
    DownloadedFile out;
    out.url = url;
    out.path = dest;
    fs::path part = dest;
    part += ".part";
    std::string last_error = "no attempt made";
    double delay = o.retry_delay_s;
    const std::string agent = std::string("frontline/") + version;

    for (int attempt = 1; attempt <= std::max(1, o.attempts); ++attempt) {
        if (attempt > 1) {
            say(o, url + ": " + last_error + "; retrying (" + std::to_string(attempt) + "/" + std::to_string(o.attempts) + ")");
            std::this_thread::sleep_for(std::chrono::duration<double>(delay));
            delay *= 2;
        }
        std::error_code ec;
        std::uint64_t have = fs::exists(part, ec) ? fs::file_size(part, ec) : 0;
        std::unique_ptr<std::FILE, FileDeleter> file(std::fopen(part.c_str(), have ? "ab" : "wb"));
        if (!file) throw OutputError("cannot write '" + part.string() + "': " + std::strerror(errno));
        std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
        if (!curl) throw Error("libcurl could not be initialised");
        Transfer t;
        t.file = file.get();
        t.curl = curl.get();
        t.part = part;
        t.offset = have;
        char errbuf[CURL_ERROR_SIZE] = {};
        CURL* c = curl.get();
        curl_easy_setopt(c, CURLOPT_URL, url.c_str());
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_USERAGENT, agent.c_str());
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(o.connect_timeout_s * 1000));
        // A stalled transfer (no byte for stall_timeout_s) fails; a slow but
        // moving one of a large dump does not.
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, std::max(1L, static_cast<long>(o.stall_timeout_s)));
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
        if (have) curl_easy_setopt(c, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(have));
        CURLcode rc = curl_easy_perform(c);
        long status = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        curl_off_t length = -1;
        curl_easy_getinfo(c, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
        std::FILE* f = t.file;
        file.release();
        bool flushed = std::fflush(f) == 0;
        std::fclose(f);
        if (t.write_error || !flushed) throw OutputError("cannot write '" + part.string() + "' (disk full?)");

        if (status == 416) {  // the range is past the end: the .part is stale
            fs::remove(part, ec);
            last_error = "server refused to resume";
            continue;
        }
        if (status >= 400 && !retryable_status(status)) {
            if (fs::exists(part, ec) && fs::file_size(part, ec) == 0) fs::remove(part, ec);
            throw InputError({url}, "HTTP " + std::to_string(status));
        }
        if (rc != CURLE_OK) {
            last_error = errbuf[0] ? errbuf : curl_easy_strerror(rc);
            continue;  // the .part keeps what arrived; the next attempt resumes
        }
        if (status >= 400) {
            last_error = "HTTP " + std::to_string(status);
            continue;
        }
        std::uint64_t size = fs::file_size(part, ec);
        if (length >= 0 && size != t.offset + static_cast<std::uint64_t>(length)) {
            last_error = "got " + std::to_string(size) + " bytes, the server announced " +
                         std::to_string(t.offset + static_cast<std::uint64_t>(length));
            continue;
        }
        try {
            verify_as(part, url);
        } catch (const InputError& e) {
            fs::remove(part, ec);  // a damaged archive cannot be resumed
            last_error = e.detail();
            continue;
        }
        fs::rename(part, dest);
        out.bytes = size;
        out.resumed = have > 0 && t.offset > 0;
        say(o, "fetched " + url + " (" + std::to_string(size) + " bytes" + (out.resumed ? ", resumed" : "") + ")");
        return out;
    }
    throw InputError({url}, last_error + " (after " + std::to_string(o.attempts) + " attempts; " +
                                (fs::exists(part) ? "'" + part.string() + "' kept to resume from" : "nothing kept") + ")");
}

std::vector<fs::path> download_geonames(const std::vector<std::string>& countries, const DownloadOptions& o) {
    fs::create_directories(o.dir);
    std::string base = o.base_url;
    if (!base.empty() && base.back() != '/') base += '/';
    std::vector<fs::path> out;
    auto fetch = [&](const std::string& remote, const std::string& local, bool optional) {
        fs::path dest = o.dir / local;
        if (fs::exists(dest)) {  // complete: only verified files are ever renamed into place
            say(o, "have " + dest.string());
            out.push_back(dest);
            return;
        }
        try {
            out.push_back(download_file(base + remote, dest, o).path);
        } catch (const InputError& e) {
            if (!optional || e.detail() != "HTTP 404") throw;
            say(o, base + remote + ": not published (HTTP 404), skipped");
        }
    };
    fetch("dump/admin1CodesASCII.txt", "admin1CodesASCII.txt", false);
    fetch("dump/admin2Codes.txt", "admin2Codes.txt", true);
    for (const std::string& cc : countries) {
        fetch("dump/" + cc + ".zip", cc + ".zip", false);
        fetch("zip/" + cc + ".zip", "postal-" + cc + ".zip", true);  // not every country has postal codes
    }
    return out;
}

}  // namespace frontline
