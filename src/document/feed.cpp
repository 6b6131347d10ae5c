// RSS and Atom (libxml2): a feed's items as documents.
#include "frontline/document/feed.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <strings.h>

#include "frontline/document/formats.hpp"
#include "frontline/error.hpp"

namespace frontline {

namespace {

struct XmlDocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

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

bool looks_like_feed(std::string_view b) {
    // The first element's name, past the XML declaration, comments and a doctype.
    b = b.substr(0, 8192);
    for (std::size_t p = b.find('<'); p != std::string_view::npos; p = b.find('<', p + 1)) {
        if (p + 1 >= b.size()) return false;
        const char c = b[p + 1];
        if (c == '?' || c == '!') continue;
        std::size_t e = p + 1;
        while (e < b.size() && !std::isspace(static_cast<unsigned char>(b[e])) && b[e] != '>' && b[e] != '/') ++e;
        const std::string_view name = b.substr(p + 1, e - p - 1);
        return name == "rss" || name == "feed" || name == "rdf:RDF" || name == "RDF";
    }
    return false;
}

Document item_document(const FeedItem& item, const std::string& source) {
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

}  // namespace frontline
