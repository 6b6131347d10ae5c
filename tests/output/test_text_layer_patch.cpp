// A GeoJSONSeq layer set changed by LayerSetPatch (issue #17): a layer that
// only gains features is appended to (the same file, its old bytes kept),
// a layer with replaced or removed features is rewritten line by line; the
// features are those a writer gives for the new set (new ones last). An
// append killed midway (here: a file size limit reached, SIGXFSZ) leaves a
// journal that recover() cuts the file back with.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "frontline/error.hpp"
#include "frontline/output/layer_set_patch.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "output_test_support.hpp"

namespace fs = std::filesystem;
using namespace frontline;

namespace {

LayerSchema points() {
    return {"pts", GeometryType::point, {{"name", FieldType::string}, {"n", FieldType::integer}}, std::nullopt, "name"};
}
LayerSchema areas() {
    return {"areas", GeometryType::multipolygon, {{"name", FieldType::string}}, std::nullopt, "name"};
}

Feature point(std::int64_t fid, int n) {
    return {fid, LonLat{30.0 + n / 10.0, 48.0 + n / 100.0}, {std::string("p") + std::to_string(fid), std::int64_t(n)}};
}
Feature area(std::int64_t fid, int size) {
    const std::string s = std::to_string(size);
    return {fid, GeometryWkt{"MULTIPOLYGON (((30 48, 30." + s + " 48, 30." + s + " 48." + s + ", 30 48)))"},
            {std::string("a") + std::to_string(fid)}};
}

OutputOptions options_for(const fs::path& destination) {
    OutputOptions o;
    o.destination = destination.string();
    o.overwrite = true;
    o.styles = false;
    o.layers = {"pts", "areas"};
    return o;
}

void write_set(const fs::path& destination, const std::vector<Feature>& pts, const std::vector<Feature>& ars) {
    LayerSetWriter w(options_for(destination));
    w.begin_layer(points());
    for (const Feature& f : pts) w.write(f);
    w.begin_layer(areas());
    for (const Feature& f : ars) w.write(f);
    w.commit();
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> sorted_lines(const fs::path& p) {
    std::vector<std::string> lines;
    std::istringstream in(read(p));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

ino_t inode(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_ino;
}

const std::vector<Feature> kPoints = {point(1, 1), point(2, 2), point(3, 3)};
const std::vector<Feature> kAreas = {area(10, 1), area(11, 2)};

// Runs fn in a child process limited to files of `limit` bytes (SIGXFSZ at
// the default: the child dies at the write that crosses it). Returns minus
// the signal that ended it, or its exit status.
template <class Fn>
int in_child_with_file_limit(rlim_t limit, Fn fn) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::signal(SIGXFSZ, SIG_DFL);
        rlimit r{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &r);
        try {
            fn();
        } catch (...) {
            ::_exit(3);
        }
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status);
}

}  // namespace

TEST_CASE("LayerSetPatch: GeoJSONSeq appends to a layer that only gains features, rewrites the others",
          "[output][patch]") {
    const fs::path dir = test::fresh_dir("text_patch");
    const fs::path dest = dir / "set.geojsonl", sibling = dir / "set.areas.geojsonl";
    write_set(dest, kPoints, kAreas);
    const std::string points_before = read(dest);
    const ino_t points_inode = inode(dest), areas_inode = inode(sibling);

    REQUIRE(LayerSetPatch::can_patch(options_for(dest)));
    {
        LayerSetPatch patch(options_for(dest));
        patch.remove(points(), {});
        patch.append(points(), point(4, 4));
        patch.append(points(), point(5, 5));
        patch.put(areas(), area(10, 7));  // changed
        patch.remove(areas(), {11});      // gone
        patch.put(areas(), area(13, 5));  // new, then gone, then back
        patch.remove(areas(), {13});
        patch.put(areas(), area(12, 3));  // new
        patch.put(areas(), area(13, 4));
        patch.commit();
    }
    const std::string points_after = read(dest);
    CHECK(inode(dest) == points_inode);  // appended to, not replaced
    CHECK(points_after.substr(0, points_before.size()) == points_before);
    CHECK(inode(sibling) != areas_inode);  // rewritten and renamed in

    const fs::path expected = dir / "expected" / "set.geojsonl";
    fs::create_directories(expected.parent_path());
    write_set(expected, {point(1, 1), point(2, 2), point(3, 3), point(4, 4), point(5, 5)},
              {area(10, 7), area(12, 3), area(13, 4)});
    CHECK(sorted_lines(dest) == sorted_lines(expected));
    CHECK(sorted_lines(sibling) == sorted_lines(dir / "expected" / "set.areas.geojsonl"));
    // New features come last; the others keep their place.
    CHECK(read(sibling).rfind("\"id\": 12", std::string::npos) > read(sibling).find("\"id\": 10"));
    for (const auto& e : fs::directory_iterator(dir))
        CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
    CHECK_FALSE(fs::exists(dir / ".set.append-journal"));
}

TEST_CASE("LayerSetPatch: a GeoJSONSeq append killed midway is cut back by recover()", "[output][patch][kill]") {
    const fs::path dir = test::fresh_dir("text_patch_kill");
    const fs::path dest = dir / "set.geojsonl";
    write_set(dest, kPoints, kAreas);
    const std::string before = read(dest);

    // Room for part of the first new line only.
    const int ended = in_child_with_file_limit(before.size() + 20, [&] {
        LayerSetPatch patch(options_for(dest));
        for (int i = 4; i < 40; ++i) patch.append(points(), point(i, i));
        patch.commit();
    });
    REQUIRE(ended == -SIGXFSZ);
    const std::string killed = read(dest);
    REQUIRE(killed.size() > before.size());
    CHECK(killed.back() != '\n');  // what a reader would see: a truncated line
    REQUIRE(fs::exists(dir / ".set.append-journal"));

    SECTION("recover() cuts the file back to its previous content") {
        const ino_t same = inode(dest);
        LayerSetPatch::recover(options_for(dest));
        CHECK(read(dest) == before);
        CHECK(inode(dest) == same);
        CHECK_FALSE(fs::exists(dir / ".set.append-journal"));
        // And the set can be appended to again.
        LayerSetPatch patch(options_for(dest));
        patch.append(points(), point(4, 4));
        patch.commit();
        CHECK(read(dest).substr(0, before.size()) == before);
        CHECK(read(dest).back() == '\n');
    }
    SECTION("a file written again since is not cut") {
        write_set(dest, {point(1, 1), point(2, 2), point(3, 3), point(4, 4)}, kAreas);
        const std::string rewritten = read(dest);
        LayerSetPatch::recover(options_for(dest));
        CHECK(read(dest) == rewritten);
        CHECK_FALSE(fs::exists(dir / ".set.append-journal"));
    }
}

TEST_CASE("LayerSetPatch: a GeoJSONSeq append that fails leaves the file as it was", "[output][patch]") {
    const fs::path dir = test::fresh_dir("text_patch_full");
    const fs::path dest = dir / "set.geojsonl";
    write_set(dest, kPoints, kAreas);
    const std::string before = read(dest);
    // SIGXFSZ ignored, as `frontline update` does: the write fails with EFBIG.
    const int ended = in_child_with_file_limit(before.size() + 20, [&] {
        ::signal(SIGXFSZ, SIG_IGN);
        LayerSetPatch patch(options_for(dest));
        for (int i = 4; i < 40; ++i) patch.append(points(), point(i, i));
        try {
            patch.commit();
        } catch (const OutputError&) {
            ::_exit(9);  // the expected way out
        }
    });
    CHECK(ended == 9);
    CHECK(read(dest) == before);
    CHECK_FALSE(fs::exists(dir / ".set.append-journal"));
}
