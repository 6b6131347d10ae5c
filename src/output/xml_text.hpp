#pragma once
// Text escaped for XML attribute values and element content, for the QGIS
// style and project files. Private to the output stage.
#include <string>
#include <string_view>

namespace frontline::output_detail {

/// `s` with & < > " ' as entities.
std::string xml_escape(std::string_view s);

}  // namespace frontline::output_detail
