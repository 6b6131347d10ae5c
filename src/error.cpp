#include "frontline/error.hpp"

namespace frontline {

std::string InputPosition::to_string() const {
    std::string s = file.empty() ? std::string("<input>") : file;
    if (line) s += ":" + std::to_string(*line);
    if (offset) s += " (byte " + std::to_string(*offset) + ")";
    return s;
}

}  // namespace frontline
