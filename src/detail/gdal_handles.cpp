#include "frontline/detail/gdal_handles.hpp"

#include <cctype>
#include <filesystem>
#include <mutex>

#include <cpl_error.h>
#include <cpl_string.h>

#include "frontline/error.hpp"

namespace frontline::detail {

namespace {

bool iequals_at(std::string_view text, std::size_t pos, std::string_view word) {
    if (pos + word.size() > text.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[pos + i])) != word[i]) return false;
    return true;
}

}  // namespace

std::string redact_connection(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        // libpq keyword form: password = value | 'quoted \' value'
        if (iequals_at(text, i, "password") &&
            (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
            std::size_t j = i + 8;
            while (j < text.size() && text[j] == ' ') ++j;
            if (j < text.size() && text[j] == '=') {
                ++j;
                while (j < text.size() && text[j] == ' ') ++j;
                out.append("password=***");
                if (j < text.size() && (text[j] == '\'' || text[j] == '"')) {
                    const char quote = text[j++];
                    while (j < text.size() && text[j] != quote) j += (text[j] == '\\') ? 2 : 1;
                    i = std::min(j + 1, text.size());
                } else {
                    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])) &&
                           text[j] != '&' && text[j] != ',' && text[j] != ';')
                        ++j;
                    i = j;
                }
                continue;
            }
        }
        // URI form: scheme://user:password@host
        if (text.compare(i, 3, "://") == 0) {
            const std::size_t authority = i + 3;
            const std::size_t at = text.find('@', authority);
            const std::size_t slash = text.find('/', authority);
            if (at != std::string_view::npos && (slash == std::string_view::npos || at < slash)) {
                const std::size_t colon = text.find(':', authority);
                if (colon != std::string_view::npos && colon < at) {
                    out.append(text.substr(i, colon + 1 - i));
                    out.append("***");
                    i = at;
                    continue;
                }
            }
        }
        out.push_back(text[i++]);
    }
    return out;
}

std::string GdalContext::describe() const {
    std::string s = driver.empty() ? std::string("GDAL") : driver;
    s += " '" + dataset + "'";
    if (!layer.empty()) s += " layer '" + layer + "'";
    return s;
}

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(&GdalErrorCapture::handle, this); }

GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

void GdalErrorCapture::handle(CPLErr level, CPLErrorNum /*number*/, const char* message) {
    // Called by GDAL from C code: must not throw. Swallowing bad_alloc here
    // loses one message, not the error: the failing call still returns failure.
    try {
        auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
        if (!self) return;
        std::string text = redact_connection(message ? message : "");
        if (level >= CE_Failure)
            self->failures_.push_back(std::move(text));
        else if (level == CE_Warning)
            self->warnings_.push_back(std::move(text));
    } catch (...) {
    }
}

std::string GdalErrorCapture::failures() const {
    std::string s;
    for (const auto& f : failures_) {
        if (!s.empty()) s += "; ";
        s += f;
    }
    return s;
}

void GdalErrorCapture::raise(const GdalContext& where, std::string_view what) const {
    std::string message = where.describe() + ": " + std::string(what);
    if (has_failures()) message += ": " + failures();
    throw OutputError(redact_connection(message));
}

void GdalErrorCapture::raise_input(const std::string& file, std::string_view what) const {
    std::string message(what);
    if (has_failures()) message += ": " + failures();
    throw InputError({redact_connection(file), {}, {}}, redact_connection(message));
}

GDALDatasetUniquePtr open_vector(const std::string& path, std::string_view what) {
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    std::string open_path = path;
    if (path.ends_with(".gz") && !path.starts_with("/vsi")) open_path = "/vsigzip/" + path;
    GdalErrorCapture capture;
    // VERBOSE_ERROR: GDAL says why ("not recognized as a supported file format").
    GDALDatasetUniquePtr ds(GDALDataset::Open(open_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (ds) return ds;
    std::error_code ec;
    if (!path.starts_with("/vsi") && path.find(':') == std::string::npos && !std::filesystem::exists(path, ec))
        throw InputError({path, {}, {}}, "cannot open " + std::string(what) + ": no such file or directory");
    capture.raise_input(path, "cannot open " + std::string(what));
}

GDALDatasetUniquePtr open_vector_for_update(const std::string& target, const std::string& driver) {
    const char* allowed[] = {driver.c_str(), nullptr};
    return GDALDatasetUniquePtr(GDALDataset::FromHandle(
        GDALOpenEx(target.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, allowed, nullptr, nullptr)));
}

SpatialReferencePtr make_wgs84() {
    SpatialReferencePtr srs(new OGRSpatialReference());
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    srs->SetWellKnownGeogCS("WGS84");
    return srs;
}

SpatialReferencePtr make_srs(const std::string& definition) {
    GdalErrorCapture capture;
    SpatialReferencePtr srs(new OGRSpatialReference());
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (srs->SetFromUserInput(definition.c_str()) != OGRERR_NONE) {
        std::string message = "unknown coordinate reference system '" + definition + "'";
        if (capture.has_failures()) message += ": " + capture.failures();
        throw UsageError(message);
    }
    return srs;
}

GdalOptionList::GdalOptionList(const std::vector<std::string>& key_values) {
    for (const auto& kv : key_values) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos)
            throw UsageError("GDAL option '" + kv + "' is not KEY=VALUE");
        list_ = CSLSetNameValue(list_, kv.substr(0, eq).c_str(), kv.substr(eq + 1).c_str());
    }
}

GdalOptionList::~GdalOptionList() { CSLDestroy(list_); }

GdalOptionList::GdalOptionList(GdalOptionList&& other) noexcept : list_(other.list_) { other.list_ = nullptr; }

GdalOptionList& GdalOptionList::operator=(GdalOptionList&& other) noexcept {
    if (this != &other) {
        CSLDestroy(list_);
        list_ = other.list_;
        other.list_ = nullptr;
    }
    return *this;
}

void GdalOptionList::set_default(const char* key, const char* value) {
    if (!CSLFetchNameValue(list_, key)) list_ = CSLSetNameValue(list_, key, value);
}

void GdalOptionList::set(const char* key, const char* value) { list_ = CSLSetNameValue(list_, key, value); }

const char* GdalOptionList::get(const char* key) const { return CSLFetchNameValue(list_, key); }

}  // namespace frontline::detail
