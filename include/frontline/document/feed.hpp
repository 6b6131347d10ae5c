#pragma once
// RSS 2.0, RSS 1.0 (RDF) and Atom: the items of a feed as documents, for a
// feed fetched by `update` and a feed saved to a file (.rss, .atom, .xml) read
// by any command. Parsing never touches the network and expands no
// entities (libxml2 without NOENT or DTD loading).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/document/document.hpp"
#include "frontline/time.hpp"

namespace frontline {

/// One item of a feed, before reading.
struct FeedItem {
    std::string id;       ///< guid / Atom id, else the link, else a hash of title and content
    std::string url;
    std::string title;
    std::string html;     ///< content:encoded / content, else description / summary
    std::optional<Timestamp> published;
};

/// Parses a feed. Throws InputError (at `source`, line where known) when the
/// body is not RSS or Atom.
std::vector<FeedItem> parse_feed(std::string_view body, const std::string& source);

/// Whether bytes (after leading whitespace) look like a feed rather than a
/// web page: an XML declaration or an <rss>, <feed> or <rdf:RDF> root.
bool looks_like_feed(std::string_view bytes);

/// An item as a Document: its HTML read like an .html input (title first),
/// id/url/published from the item; no structure yet (analyse_structure).
/// `source` is the feed's URL or file.
Document item_document(const FeedItem& item, const std::string& source);

/// RFC 822/1123 dates of RSS ("Thu, 07 Nov 2024 12:01:00 GMT", "+0200",
/// two-digit years) and ISO 8601 (Atom). nullopt when neither.
std::optional<Timestamp> parse_feed_date(std::string_view s);

}  // namespace frontline
