#include "frontline/document/formats.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline {

Document parse_text(std::string bytes, std::string id, std::string source) {
    Document doc;
    doc.id = std::move(id);
    doc.source = std::move(source);
    // Common case: nothing to repair or translate, so keep the buffer (a
    // 200 MB input then costs 200 MB, not 400).
    if (bytes.find('\r') == std::string::npos && is_valid_utf8(bytes)) {
        doc.text = std::move(bytes);
        return doc;
    }
    Utf8RepairOptions opt;
    opt.translate_newlines = true;  // offsets must match Python's text-mode read()
    doc.text = repair_utf8(bytes, &doc.issues, opt);
    return doc;
}

}  // namespace frontline
