#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <string_view>

#include "frontline/document/formats.hpp"
#include "frontline/text/utf8.hpp"
#include "frontline/time.hpp"

namespace frontline {

namespace {

struct DocFree {
    void operator()(xmlDoc* d) const noexcept { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, DocFree>;

std::string_view name_of(const xmlNode* n) {
    return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

bool in(std::string_view name, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), name) != set.end();
}

bool skipped_element(std::string_view n) {
    return in(n, {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "head", "template",
                  "svg", "iframe", "button", "select", "textarea"});
}

bool block_element(std::string_view n) {
    return in(n, {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                  "section", "article", "main", "blockquote", "pre", "table", "tr", "td", "th", "thead",
                  "tbody", "figure", "figcaption", "hr", "address", "body", "html", "details", "summary",
                  "caption", "center", "fieldset", "legend", "hgroup"});
}

std::string attr(const xmlNode* n, const char* key) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(key));
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Builds the document text: text nodes with whitespace collapsed, block
// boundaries as "\n", never two spaces or a space next to a newline.
class TextBuilder {
public:
    void text(std::string_view s) {
        for (char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                pending_space_ = true;
            } else {
                if (pending_space_ && !out_.empty() && out_.back() != '\n') out_.push_back(' ');
                pending_space_ = false;
                out_.push_back(c);
            }
        }
    }
    void block_break() {
        pending_space_ = false;
        if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
    }
    std::string finish() {
        while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
        return std::move(out_);
    }

private:
    std::string out_;
    bool pending_space_ = false;
};

std::string collapse(std::string_view s) {
    TextBuilder b;
    b.text(s);
    return b.finish();
}

struct Meta {
    std::optional<std::string> title, og_title, published, url;
};

void collect_meta(const xmlNode* node, Meta& meta, int depth = 0) {
    if (depth > 256) return;  // hostile nesting: libxml2 caps depth too, be safe
    for (const xmlNode* n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const auto name = name_of(n);
        if (name == "title" && !meta.title) {
            xmlChar* c = xmlNodeGetContent(n);
            if (c) {
                meta.title = collapse(reinterpret_cast<const char*>(c));
                xmlFree(c);
            }
        } else if (name == "meta") {
            const std::string key = lower(attr(n, "property").empty() ? attr(n, "name") : attr(n, "property"));
            const std::string item = lower(attr(n, "itemprop"));
            const std::string content = attr(n, "content");
            if ((key == "article:published_time" || item == "datepublished") && !meta.published)
                meta.published = content;
            else if (key == "og:url" && !meta.url) meta.url = content;
            else if (key == "og:title" && !meta.og_title) meta.og_title = collapse(content);
        } else if (name == "link" && lower(attr(n, "rel")) == "canonical") {
            meta.url = attr(n, "href");
        }
        if (name != "body") collect_meta(n->children, meta, depth + 1);
    }
}

void extract(const xmlNode* node, TextBuilder& out, int depth) {
    for (const xmlNode* n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) out.text(reinterpret_cast<const char*>(n->content));
        } else if (n->type == XML_ELEMENT_NODE) {
            const auto name = name_of(n);
            if (skipped_element(name)) continue;
            const bool block = block_element(name);
            if (block) out.block_break();
            if (depth < 1000) extract(n->children, out, depth + 1);
            if (block) out.block_break();
        }
    }
}

// libxml2 2.9 defaults to ISO-8859-1 when nothing is declared; the web is UTF-8.
bool declares_charset(std::string_view bytes) {
    std::string head = lower(std::string(bytes.substr(0, 4096)));
    return head.find("charset") != std::string::npos || head.find("encoding=") != std::string::npos;
}

bool declares_utf8(std::string_view bytes) {
    std::string head = lower(std::string(bytes.substr(0, 4096)));
    return head.find("utf-8") != std::string::npos || head.find("utf8") != std::string::npos;
}

}  // namespace

Document parse_html(std::string_view bytes, std::string id, std::string source) {
    Document doc;
    doc.id = std::move(id);
    doc.source = std::move(source);

    std::string repaired;
    const char* encoding = nullptr;
    std::string_view input = bytes;
    if (!declares_charset(bytes) || declares_utf8(bytes)) {
        encoding = "UTF-8";
        if (!is_valid_utf8(bytes)) {
            repaired = repair_utf8(bytes, &doc.issues);
            input = repaired;
        }
    }
    if (input.size() > static_cast<std::size_t>(INT_MAX)) {
        doc.issues.push_back({0, "HTML input larger than 2 GiB; not parsed"});
        return doc;
    }
    XmlDocPtr html(htmlReadMemory(input.data(), static_cast<int>(input.size()), nullptr, encoding,
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET));
    if (!html) {
        doc.issues.push_back({0, "HTML could not be parsed; no text extracted"});
        return doc;
    }
    const xmlNode* root = xmlDocGetRootElement(html.get());
    Meta meta;
    collect_meta(root, meta);
    TextBuilder out;
    extract(root, out, 0);
    doc.text = out.finish();
    // The extracted text comes from libxml2's UTF-8 output; make sure of it.
    if (!is_valid_utf8(doc.text)) doc.text = repair_utf8(doc.text, nullptr);

    if (meta.title && !meta.title->empty()) doc.title = meta.title;
    else if (meta.og_title && !meta.og_title->empty()) doc.title = meta.og_title;
    if (meta.url && !meta.url->empty()) doc.url = meta.url;
    if (meta.published) {
        doc.published = parse_iso_timestamp(*meta.published);
        if (!doc.published) doc.issues.push_back({0, "unparseable article:published_time: " + *meta.published});
    }
    return doc;
}

}  // namespace frontline
