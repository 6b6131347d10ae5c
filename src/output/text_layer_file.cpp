#include "text_layer_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "frontline/error.hpp"

namespace frontline::output_detail {

TextLayerFile::TextLayerFile(const std::filesystem::path& path, std::string context)
    : path_(path == "-" ? std::filesystem::path("standard output") : path), context_(std::move(context)) {
    // Our own descriptor for standard output, so closing it leaves fd 1 open.
    if (path == "-") {
        const int fd = ::dup(STDOUT_FILENO);
        file_ = fd >= 0 ? ::fdopen(fd, "wb") : nullptr;
    } else {
        file_ = std::fopen(path.string().c_str(), "wb");
    }
    if (!file_) throw OutputError(context_ + ": cannot create '" + path_.string() + "': " + std::strerror(errno));
}

TextLayerFile::~TextLayerFile() {
    if (file_) std::fclose(file_);
}

void TextLayerFile::append(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
        throw OutputError(context_ + ": cannot write '" + path_.string() + "': " + std::strerror(errno));
}

void TextLayerFile::close() {
    const bool ok = std::fflush(file_) == 0 && !std::ferror(file_);
    const int error = errno;
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    if (!ok || !closed) throw OutputError(context_ + ": cannot write '" + path_.string() + "': " + std::strerror(error));
}

}  // namespace frontline::output_detail
