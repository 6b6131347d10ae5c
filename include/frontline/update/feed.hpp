#pragma once
// RSS/Atom feeds for `frontline update`: fetching over HTTP(S) with libcurl
// (timeouts, retries with back-off, conditional GET, a size cap) and parsing
// the items into Documents (libxml2; no network access or entity expansion
// while parsing).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/document/document.hpp"
#include "frontline/update/config.hpp"

namespace frontline {
class BoilerplateFilter;
}

namespace frontline::update {

struct FetchRequest {
    std::string url;
    FeedOptions options;
    std::string etag;           ///< sent as If-None-Match when not empty
    std::string last_modified;  ///< sent as If-Modified-Since when not empty
};

struct FetchResult {
    enum class Status { ok, not_modified, failed };
    Status status = Status::failed;
    long http_status = 0;
    std::string body;
    std::string etag, last_modified;  ///< validators of the response (ok)
    std::string error;                ///< what went wrong (failed), last attempt
    int attempts = 0;
};

/// Called before each retry with (attempt number, error of the last attempt).
using RetryNotice = std::function<void(int, const std::string&)>;

/// Fetches one URL. Never throws except std::bad_alloc. Retries timeouts,
/// connection failures, 5xx and 429; never 4xx, oversize bodies or redirect
/// loops. Follows up to 5 redirects, http and https only.
FetchResult fetch(const FetchRequest& request, const RetryNotice& on_retry = {});

/// One item of a feed, before reading.
struct FeedItem {
    std::string id;       ///< guid / Atom id, else the link, else a hash of title and content
    std::string url;
    std::string title;
    std::string html;     ///< content:encoded / content, else description / summary
    std::optional<Timestamp> published;
};

/// Parses RSS 2.0, RSS 1.0 (RDF) and Atom. Throws frontline::InputError
/// (at `url`, line where known) when the body is not one of these.
std::vector<FeedItem> parse_feed(std::string_view body, const std::string& url);

/// An item as a Document: its HTML read like an .html input (title first),
/// id/url/published from the item, structure analysed. `source` is the feed URL.
Document item_document(const FeedItem& item, const std::string& source, const BoilerplateFilter* boilerplate);

/// RFC 822/1123 dates of RSS ("Thu, 07 Nov 2024 12:01:00 GMT", "+0200",
/// two-digit years) and ISO 8601 (Atom). nullopt when neither.
std::optional<Timestamp> parse_feed_date(std::string_view s);

}  // namespace frontline::update
