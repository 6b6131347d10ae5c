// The one-pass JSONL report reader against nlohmann::json: on any valid
// UTF-8 line it accepts, nlohmann must read the same object with the same
// fields; a difference aborts (a finding).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "frontline/document/formats.hpp"
#include "frontline/document/report_object_scanner.hpp"
#include "frontline/text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    if (!frontline::is_valid_utf8(line)) return 0;  // the reader repairs bytes before either parser sees them
    const auto fast = frontline::scan_report_object(line);
    if (!fast) return 0;  // declined: the reader falls back to nlohmann
    nlohmann::json obj;
    try {
        obj = nlohmann::json::parse(line.begin(), line.end());
    } catch (const nlohmann::json::exception&) {
        std::abort();  // accepted what is not JSON
    }
    if (!obj.is_object() || !obj.contains("text") || !obj["text"].is_string()) std::abort();
    if (*fast != frontline::report_fields_from_json(obj)) std::abort();
    return 0;
}
