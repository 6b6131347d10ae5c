#include "frontline/text/counted.hpp"

namespace frontline {

std::string counted(std::size_t n, std::string_view singular, std::string_view plural) {
    std::string out = std::to_string(n) + " ";
    if (n == 1) out += singular;
    else if (!plural.empty()) out += plural;
    else (out += singular) += "s";
    return out;
}

}  // namespace frontline
