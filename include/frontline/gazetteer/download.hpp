#pragma once
// Fetching GeoNames files for `frontline gazetteer download`: each file is
// written to "<name>.part" beside its destination, resumed from there after
// an interruption, checked (size against the server's, zip members against
// their CRC-32) and only then renamed into place, so a half-downloaded file
// is never read as a source. libcurl takes proxies from the environment
// (http_proxy, https_proxy, no_proxy). Not thread-safe.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace frontline {

struct DownloadOptions {
    /// Where GeoNames' export tree lives: <base>dump/UA.zip, <base>zip/UA.zip.
    std::string base_url = "https://download.geonames.org/export/";
    /// Directory the files are kept in (and resumed from).
    std::filesystem::path dir;
    int attempts = 3;               ///< tries per file on timeouts, 5xx, broken connections
    double retry_delay_s = 2;       ///< before the second try; doubled for each further one
    double connect_timeout_s = 20;
    double stall_timeout_s = 60;    ///< no byte for this long: the attempt fails
    std::function<void(const std::string&)> progress;  ///< one line per event; may be empty
};

/// One file fetched (or found complete) in DownloadOptions::dir.
struct DownloadedFile {
    std::string url;
    std::filesystem::path path;
    std::uint64_t bytes = 0;
    bool resumed = false;   ///< continued from a .part file
};

/// Fetches `url` to `dest` (see the header comment). Throws InputError naming
/// the URL: HTTP errors (404 is not retried), timeouts and broken bodies
/// after the last attempt, a size that differs from the server's, a damaged
/// zip. `dest` is untouched unless the whole file arrived intact.
DownloadedFile download_file(const std::string& url, const std::filesystem::path& dest, const DownloadOptions& options);

/// Verifies a downloaded file by content: every member of a .zip is read
/// and checked against its CRC-32; a .gz is decompressed to the end. Throws
/// InputError naming the file.
void verify_archive(const std::filesystem::path& path);

/// The GeoNames files for `countries` (ISO codes, "UA"): admin1CodesASCII.txt,
/// admin2Codes.txt, dump/<CC>.zip and, where GeoNames has one, the postal
/// zip/<CC>.zip (kept as postal-<CC>.zip). Returns their local paths, ready
/// for GazetteerBuilder::add_source.
std::vector<std::filesystem::path> download_geonames(const std::vector<std::string>& countries,
                                                     const DownloadOptions& options);

}  // namespace frontline
