#pragma once
// RSS/Atom feeds for `frontline update`: fetching over HTTP(S) with libcurl
// (timeouts, retries with back-off, conditional GET, a size cap). Parsing a
// feed into documents is the document readers' (document/feed.hpp), so a
// saved feed reads the same with `extract`.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/document/feed.hpp"
#include "frontline/update/config.hpp"

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

}  // namespace frontline::update
