#include "dataset_metadata.hpp"

#include "frontline/version.hpp"

namespace frontline::output_detail {

void write_dataset_metadata(GDALDataset& ds, const std::vector<std::pair<std::string, std::string>>& metadata,
                            const detail::GdalContext& where) {
    detail::GdalErrorCapture capture;
    bool has_version = false;
    for (const auto& [key, value] : metadata) {
        if (key == "frontline_version") has_version = true;
        if (ds.SetMetadataItem(key.c_str(), value.c_str()) != CE_None)
            capture.raise(where, "cannot store metadata '" + key + "'");
    }
    if (!has_version) ds.SetMetadataItem("frontline_version", frontline::version);
}

}  // namespace frontline::output_detail
