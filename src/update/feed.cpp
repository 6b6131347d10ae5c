// Fetching RSS/Atom feeds over HTTP(S) (libcurl).
#include "frontline/update/feed.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>

#include "frontline/error.hpp"
#include "frontline/version.hpp"

namespace frontline::update {

namespace {

void global_init() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
    std::string body;
    std::uint64_t max_bytes = 0;
    bool too_big = false;
    std::string etag, last_modified;
};

size_t on_body(char* data, size_t size, size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    size_t bytes = size * n;
    if (t->body.size() + bytes > t->max_bytes) {
        t->too_big = true;
        return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
    }
    t->body.append(data, bytes);
    return bytes;
}

std::string trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

size_t on_header(char* data, size_t size, size_t n, void* user) {
    auto* t = static_cast<Transfer*>(user);
    std::string_view line(data, size * n);
    auto colon = line.find(':');
    if (colon != std::string_view::npos) {
        std::string name(line.substr(0, colon));
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        if (name == "etag") t->etag = trim(line.substr(colon + 1));
        if (name == "last-modified") t->last_modified = trim(line.substr(colon + 1));
    } else if (line.rfind("HTTP/", 0) == 0) {
        t->etag.clear();  // a new response (after a redirect): forget the previous headers
        t->last_modified.clear();
    }
    return size * n;
}

struct CurlDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

// One attempt. Returns whether a retry may help.
bool attempt(const FetchRequest& req, FetchResult& result) {
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        result.error = "cannot initialise libcurl";
        return false;
    }
    Transfer t;
    t.max_bytes = req.options.max_bytes;
    std::unique_ptr<curl_slist, SlistDeleter> headers;
    auto add_header = [&](const std::string& h) { headers.reset(curl_slist_append(headers.release(), h.c_str())); };
    if (!req.etag.empty()) add_header("If-None-Match: " + req.etag);
    if (!req.last_modified.empty()) add_header("If-Modified-Since: " + req.last_modified);
    add_header("Accept: application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    std::string agent = req.options.user_agent.empty() ? std::string("frontline/") + version : req.options.user_agent;
    char errbuf[CURL_ERROR_SIZE] = {0};

    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, req.url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(req.options.timeout_s * 1000));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(req.options.connect_timeout_s * 1000));
    curl_easy_setopt(c, CURLOPT_USERAGENT, agent.c_str());
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // gzip, deflate, br as built
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(req.options.max_bytes));

    CURLcode rc = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    result.http_status = status;
    if (t.too_big || rc == CURLE_FILESIZE_EXCEEDED) {
        result.error = "response larger than max_bytes (" + std::to_string(req.options.max_bytes) + " bytes); refused";
        return false;
    }
    if (rc != CURLE_OK) {
        result.error = std::string(curl_easy_strerror(rc)) + (errbuf[0] ? std::string(": ") + errbuf : "");
        return rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
               rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING ||
               rc == CURLE_PARTIAL_FILE || rc == CURLE_SSL_CONNECT_ERROR;
    }
    if (status == 304) {
        result.status = FetchResult::Status::not_modified;
        result.etag = req.etag;
        result.last_modified = req.last_modified;
        return false;
    }
    if (status >= 200 && status < 300) {
        result.status = FetchResult::Status::ok;
        result.body = std::move(t.body);
        result.etag = std::move(t.etag);
        result.last_modified = std::move(t.last_modified);
        return false;
    }
    result.error = "HTTP status " + std::to_string(status);
    return status >= 500 || status == 429 || status == 408;
}

}  // namespace

FetchResult fetch(const FetchRequest& req, const RetryNotice& on_retry) {
    global_init();
    FetchResult result;
    double delay = req.options.retry_delay_s;
    for (int i = 0;; ++i) {
        result = FetchResult{};
        result.attempts = i + 1;
        bool retry = attempt(req, result);
        if (result.status != FetchResult::Status::failed || !retry || i >= req.options.retries) return result;
        if (on_retry) on_retry(i + 1, result.error);
        std::this_thread::sleep_for(std::chrono::duration<double>(delay));
        delay *= 2;
    }
}

}  // namespace frontline::update
