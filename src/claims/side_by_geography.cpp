#include "frontline/claims/side_by_geography.hpp"

namespace frontline {

namespace {

// Ukraine's regions held by Russia since 2014, where Ukraine is the striker.
bool crimea(std::string_view admin1) { return admin1 == "Crimea" || admin1 == "Sevastopol City"; }

// From 2023 on the front moved one way but for local counterattacks; in 2022
// Ukraine liberated Kyiv, Chernihiv, Sumy, Kharkiv and Kherson oblasts.
bool after_invasion_year(std::optional<Date> d) {
    using namespace std::chrono;
    return d && *d >= sys_days{year{2023} / January / 1};
}

}  // namespace

std::optional<std::string> side_by_geography(ClaimType claim, std::string_view country, std::string_view admin1, bool occupied,
                                             std::optional<Date> event_date, bool liberation) {
    const bool held_by_russia = country == "UA" && (crimea(admin1) || occupied);
    const bool ukraine = country == "UA" && !held_by_russia;
    const bool russia = country == "RU" || held_by_russia;
    switch (claim) {
        case ClaimType::struck:
        case ClaimType::attacked:
            if (ukraine) return "RU";
            if (russia) return "UA";
            return std::nullopt;
        case ClaimType::captured:
        case ClaimType::advanced:
            if (ukraine && after_invasion_year(event_date) && !liberation) return "RU";
            if (held_by_russia && liberation) return "UA";  // "liberated occupied Robotyne"
            return std::nullopt;
        case ClaimType::withdrew:
            if (ukraine && after_invasion_year(event_date)) return "UA";
            return std::nullopt;
        // Reserves are moved up on ground one's own side holds ("в Курскую
        // область переброшены резервы", "reinforcements arrived in Kramatorsk").
        case ClaimType::deployed:
            if (ukraine && after_invasion_year(event_date)) return "UA";
            if (russia) return "RU";
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

}  // namespace frontline
