#pragma once
// A layer frontline writes itself as text (GeoJSONSeq point layers, made by
// geojson_text.hpp on the worker threads): appended to a temporary file
// with stdio, checked and closed. Private to the output stage.
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace frontline::output_detail {

class TextLayerFile {
public:
    /// Creates `path` ("-": standard output); throws OutputError prefixed
    /// with `context`.
    TextLayerFile(const std::filesystem::path& path, std::string context);
    ~TextLayerFile();  ///< closes without checking (discarded output)
    TextLayerFile(const TextLayerFile&) = delete;
    TextLayerFile& operator=(const TextLayerFile&) = delete;

    /// Throws OutputError (disk full, file size limit).
    void append(std::string_view text);
    /// Flushes and closes; throws OutputError when the data did not reach the file.
    void close();

private:
    std::filesystem::path path_;
    std::string context_;
    std::FILE* file_ = nullptr;
};

}  // namespace frontline::output_detail
