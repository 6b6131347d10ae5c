// Fetching (libcurl) and parsing (libxml2) RSS/Atom feeds.
#include "frontline/update/feed.hpp"

#include <curl/curl.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>

#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"
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

// ---------------------------------------------------------------- parsing

namespace {

struct XmlDocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string_view local_name(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }

std::string text_of(const xmlNode* n) {
    xmlChar* c = xmlNodeGetContent(n);
    if (!c) return {};
    std::string s(reinterpret_cast<const char*>(c));
    xmlFree(c);
    return trim(s);
}

std::string attr(const xmlNode* n, const char* name) {
    xmlChar* c = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!c) return {};
    std::string s(reinterpret_cast<const char*>(c));
    xmlFree(c);
    return s;
}

bool is_element(const xmlNode* n) { return n->type == XML_ELEMENT_NODE; }

std::uint64_t fnv(std::string_view s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

void finish_item(FeedItem& item) {
    if (item.id.empty()) item.id = item.url;
    if (item.id.empty()) {
        char buf[17];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv(item.title + "\n" + item.html)));
        item.id = std::string("item-") + buf;
    }
}

FeedItem rss_item(const xmlNode* node) {
    FeedItem item;
    std::string description, encoded;
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (!is_element(c)) continue;
        auto name = local_name(c);
        if (name == "title") item.title = text_of(c);
        else if (name == "link") item.url = text_of(c);
        else if (name == "guid") item.id = text_of(c);
        else if (name == "description") description = text_of(c);
        else if (name == "encoded") encoded = text_of(c);
        else if (name == "pubDate" || name == "date") {
            if (!item.published) item.published = parse_feed_date(text_of(c));
        }
    }
    item.html = !encoded.empty() ? encoded : description;
    finish_item(item);
    return item;
}

// Atom text constructs: type="xhtml" holds markup as child elements.
std::string atom_content(const xmlNode* n) {
    if (attr(n, "type") == "xhtml") {
        xmlBufferPtr buf = xmlBufferCreate();
        for (const xmlNode* c = n->children; c; c = c->next) xmlNodeDump(buf, n->doc, const_cast<xmlNode*>(c), 0, 0);
        std::string s(reinterpret_cast<const char*>(xmlBufferContent(buf)), static_cast<std::size_t>(xmlBufferLength(buf)));
        xmlBufferFree(buf);
        return s;
    }
    return text_of(n);
}

FeedItem atom_entry(const xmlNode* node) {
    FeedItem item;
    std::string content, summary;
    std::optional<Timestamp> published, updated;
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (!is_element(c)) continue;
        auto name = local_name(c);
        if (name == "title") item.title = text_of(c);
        else if (name == "id") item.id = text_of(c);
        else if (name == "link") {
            std::string rel = attr(c, "rel");
            if (rel.empty() || rel == "alternate") item.url = attr(c, "href");
        } else if (name == "content") content = atom_content(c);
        else if (name == "summary") summary = atom_content(c);
        else if (name == "published") published = parse_feed_date(text_of(c));
        else if (name == "updated") updated = parse_feed_date(text_of(c));
    }
    item.html = !content.empty() ? content : summary;
    item.published = published ? published : updated;
    finish_item(item);
    return item;
}

}  // namespace

std::vector<FeedItem> parse_feed(std::string_view body, const std::string& url) {
    // NONET: no network; no NOENT / DTDLOAD: entities are not expanded and no
    // external DTD is loaded (XXE); RECOVER is off so garbage is refused.
    int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, XmlDocDeleter> doc(
        xmlReadMemory(body.data(), static_cast<int>(std::min<std::size_t>(body.size(), INT32_MAX)), url.c_str(), nullptr, flags));
    if (!doc) {
        InputPosition where{url, std::nullopt, std::nullopt};
        std::string detail = "not an RSS or Atom feed (XML does not parse)";
        if (const xmlError* e = xmlGetLastError()) {
            if (e->line > 0) where.line = static_cast<std::uint64_t>(e->line);
            if (e->message) detail += ": " + trim(e->message);
        }
        throw InputError(where, detail);
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    std::vector<FeedItem> items;
    if (!root) throw InputError(InputPosition{url, std::nullopt, std::nullopt}, "not an RSS or Atom feed (empty document)");
    auto root_name = local_name(root);
    if (root_name == "rss") {
        for (const xmlNode* ch = root->children; ch; ch = ch->next)
            if (is_element(ch) && local_name(ch) == "channel")
                for (const xmlNode* it = ch->children; it; it = it->next)
                    if (is_element(it) && local_name(it) == "item") items.push_back(rss_item(it));
    } else if (root_name == "RDF") {
        for (const xmlNode* it = root->children; it; it = it->next)
            if (is_element(it) && local_name(it) == "item") items.push_back(rss_item(it));
    } else if (root_name == "feed") {
        for (const xmlNode* it = root->children; it; it = it->next)
            if (is_element(it) && local_name(it) == "entry") items.push_back(atom_entry(it));
    } else {
        throw InputError(InputPosition{url, static_cast<std::uint64_t>(xmlGetLineNo(root)), std::nullopt},
                         "not an RSS or Atom feed (root element <" + std::string(root_name) + ">)");
    }
    return items;
}

Document item_document(const FeedItem& item, const std::string& source, const BoilerplateFilter* boilerplate) {
    std::string html = "<html><body>";
    if (!item.title.empty()) {
        // The title is text: escape it so it is read as such.
        std::string t;
        for (char c : item.title) {
            if (c == '<') t += "&lt;";
            else if (c == '>') t += "&gt;";
            else if (c == '&') t += "&amp;";
            else t += c;
        }
        html += "<h1>" + t + "</h1>\n";
    }
    html += item.html;
    html += "</body></html>";
    Document doc = parse_html(html, item.id, source);
    doc.id = item.id;
    doc.source = source;
    if (!item.url.empty()) doc.url = item.url;
    if (!item.title.empty()) doc.title = item.title;
    if (item.published) doc.published = item.published;
    analyse_structure(doc, boilerplate);
    return doc;
}

std::optional<Timestamp> parse_feed_date(std::string_view s) {
    std::string str = trim(s);
    if (str.empty()) return std::nullopt;
    if (std::isdigit(static_cast<unsigned char>(str[0]))) {
        if (auto t = parse_iso_timestamp(str)) return t;
    }
    // RFC 822: [Day, ] DD Mon YYYY HH:MM[:SS] ZONE
    std::string_view v = str;
    if (auto comma = v.find(','); comma != std::string_view::npos) v.remove_prefix(comma + 1);
    int day = 0, year = 0, hh = 0, mm = 0, ss = 0;
    char mon[4] = {0}, zone[16] = {0};
    std::string rest(v);
    int n = std::sscanf(rest.c_str(), " %d %3s %d %d:%d:%d %15s", &day, mon, &year, &hh, &mm, &ss, zone);
    if (n < 6) {
        ss = 0;
        n = std::sscanf(rest.c_str(), " %d %3s %d %d:%d %15s", &day, mon, &year, &hh, &mm, zone);
        if (n < 5) return std::nullopt;
    }
    static const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    int month = 0;
    for (int i = 0; i < 12; ++i)
        if (strncasecmp(mon, months[i], 3) == 0) month = i + 1;
    if (!month) return std::nullopt;
    if (year < 100) year += year < 50 ? 2000 : 1900;
    using namespace std::chrono;
    year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                       std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || hh > 23 || mm > 59 || ss > 60) return std::nullopt;
    Timestamp t = sys_days(ymd) + hours(hh) + minutes(mm) + seconds(ss);
    std::string z(zone);
    if ((z.size() == 5) && (z[0] == '+' || z[0] == '-') && std::all_of(z.begin() + 1, z.end(), ::isdigit)) {
        int off = std::stoi(z.substr(1, 2)) * 60 + std::stoi(z.substr(3, 2));
        t -= minutes(z[0] == '+' ? off : -off);
    } else {
        static const std::pair<const char*, int> zones[] = {{"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
                                                            {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
        for (auto& [name, h] : zones)
            if (z == name) t -= hours(h);
    }
    return t;
}

}  // namespace frontline::update
