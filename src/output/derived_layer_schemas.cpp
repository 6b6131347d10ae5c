#include "frontline/output/derived_layer_schemas.hpp"

#include <string>

namespace frontline {

LayerSchema control_layer_schema() {
    using T = FieldType;
    return LayerSchema{"control",
                       GeometryType::multipolygon,
                       {{"as_of", T::date},
                        {"valid_from", T::date},
                        {"valid_to", T::date},
                        {"method", T::string},
                        {"side", T::string},
                        {"place_id", T::string},
                        {"place_name", T::string},
                        {"event_ids", T::string},
                        {"first_reported", T::datetime},
                        {"last_reported", T::datetime},
                        {"claimants", T::string},
                        {"status", T::string},
                        {"n_reports", T::integer}},
                       std::string("fid")};
}

LayerSchema front_layer_schema() {
    using T = FieldType;
    return LayerSchema{"front",
                       GeometryType::multilinestring,
                       {{"as_of", T::date},
                        {"valid_from", T::date},
                        {"valid_to", T::date},
                        {"method", T::string},
                        {"side", T::string}},
                       std::string("fid")};
}

}  // namespace frontline
