// The stamps a scheduled run compares with its last read (file_stamps.hpp):
// the same from many threads as from one, in the order asked, and none for
// what is no regular file.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "frontline/update/file_stamps.hpp"

using namespace frontline;
using namespace frontline::update;
namespace fs = std::filesystem;

TEST_CASE("file stamps: an inbox of thousands stamped by several threads as by one, in order", "[update][stamps]") {
    const fs::path dir = fs::temp_directory_path() / ("frontline-stamps-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "a");
    fs::create_directories(dir / "b");
    std::vector<std::string> paths;
    // Two directories, so that a thread's share crosses from one to the
    // other; each file's size is its number, so that a stamp out of place shows.
    for (int i = 0; i < 9000; ++i) {
        const fs::path p = dir / (i < 4500 ? "a" : "b") / ("r" + std::to_string(100000 + i) + ".txt");
        std::ofstream(p) << std::string(static_cast<std::size_t>(i % 97), 'x');
        paths.push_back(p.string());
    }
    paths.push_back((dir / "a" / "gone.txt").string());
    paths.push_back((dir / "b").string());
    paths.push_back("-");

    const auto one = stamp_files(paths, 1);
    const auto many = stamp_files(paths, 4);
    REQUIRE(one.size() == paths.size());
    REQUIRE(many.size() == paths.size());
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < 9000; ++i) {
        if (!one[i] || !many[i] || !(*one[i] == *many[i])) ++wrong;
        else if (one[i]->size != static_cast<std::int64_t>(i % 97)) ++wrong;
    }
    CHECK(wrong == 0);
    CHECK_FALSE(many[9000]);  // missing
    CHECK_FALSE(many[9001]);  // a directory
    CHECK_FALSE(many[9002]);  // standard input
    CHECK(stamp_files({}, 4).empty());
    fs::remove_all(dir);
}
