// GazetteerBuilder + Gazetteer::open on the hand-written fixtures: every source
// format compiled together, then looked up through the memory-mapped file.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "frontline/error.hpp"
#include "frontline/gazetteer/builder.hpp"
#include "frontline/gazetteer/detail/format.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/geo/distance.hpp"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name) { return fs::path(FRONTLINE_TEST_FIXTURES) / "gazetteer" / name; }

fs::path tmp_dir() {
    fs::path d = fs::path(FRONTLINE_TEST_TMP) / ("gazetteer_builder-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

const std::vector<std::string> all_fixtures = {
    "geonames_sample.txt", "admin1_codes.txt", "admin2_codes.txt", "postal_ua.txt",   "postal_ru.csv",
    "user_places.tsv",     "user_places.csv",  "aliases.tsv",      "boundaries.geojson"};

struct Built {
    fs::path path;
    BuildSummary summary;
    std::vector<SourceReport> reports;
};

Built build(const std::vector<std::string>& sources, const std::string& out_name) {
    Built b;
    b.path = tmp_dir() / out_name;
    fs::remove(b.path);
    GazetteerBuilder builder;
    for (const auto& s : sources) b.reports.push_back(builder.add_source(fixture(s)));
    b.summary = builder.write(b.path);
    return b;
}

// The fixture gazetteer, built once per test run.
const Built& fixture_build() {
    static const Built b = build(all_fixtures, "fixtures.fgz");
    return b;
}

std::vector<std::string> ids(const Gazetteer& g, const std::string& name) {
    std::vector<std::string> out;
    for (const auto& m : g.lookup(name)) out.emplace_back(g.place(m.place).id());
    return out;
}

bool found(const Gazetteer& g, const std::string& name, const std::string& id) {
    auto v = ids(g, name);
    return std::find(v.begin(), v.end(), id) != v.end();
}

PlaceView place_by_id(const Gazetteer& g, const std::string& id) {
    auto i = g.find_id(id);
    if (!i) FAIL("no place " << id);
    return g.place(*i);
}

}  // namespace

TEST_CASE("fixture build: summary, counts and kinds", "[gazetteer]") {
    const Built& b = fixture_build();
    REQUIRE(b.reports.size() == all_fixtures.size());
    // Every fixture except the second admin table and the GeoJSON holds malformed rows.
    std::uint64_t skipped = 0;
    for (const auto& r : b.reports) skipped += r.skipped;
    CHECK(skipped == 3 + 2 + 0 + 2 + 2 + 2 + 1 + 1 + 1);

    Gazetteer g = Gazetteer::open(b.path);
    // 7 GeoNames rows; 2 admin-1 areas created from the code table (Kharkiv; Kursk, which the
    // user table's "Kursk Oblast" merges into); 1 new boundary (Zaporizhzhia; Donetsk merges);
    // 5 postal settlements (Pavlivka, Bakhmut, Verkhnokamianske, Malaya Loknya, Plekhovo; the
    // Vuhledar rows, exact and rough, and Sudzha duplicate GeoNames places and are dropped);
    // 3 + 3 user places; 1 OGR point.
    const std::size_t expected = 7 + 2 + 1 + 5 + 3 + 3 + 1;
    CHECK(g.size() == expected);
    CHECK(b.summary.places == expected);
    CHECK(b.summary.by_kind.at("country") == 2);     // Ukraine (GeoNames), Moldova (user)
    CHECK(b.summary.by_kind.at("admin1") == 4);      // Donetsk, Kharkiv, Kursk, Zaporizhzhia
    CHECK(b.summary.by_kind.at("settlement") == 10);  // 4 GeoNames, Kreminna Balka, 5 postal
    CHECK(b.summary.by_kind.at("facility") == 5);    // airport, air base, NPP, bridge, HPP
    CHECK(b.summary.by_kind.at("region") == 1);      // Snake Island
    CHECK(b.summary.file_bytes == fs::file_size(b.path));

    CHECK(place_by_id(g, "iso:UA").kind() == PlaceKind::country);
    CHECK(place_by_id(g, "geonames:709716").kind() == PlaceKind::admin1);
    CHECK(place_by_id(g, "geonames:690823").kind() == PlaceKind::settlement);
    CHECK(place_by_id(g, "geonames:9000001").kind() == PlaceKind::facility);
    CHECK(place_by_id(g, "user:baltimor-air-base").kind() == PlaceKind::facility);
    CHECK(place_by_id(g, "iso:MD").kind() == PlaceKind::country);
    CHECK(place_by_id(g, "user:snake-island").kind() == PlaceKind::region);
    CHECK_FALSE(g.find_id("geonames:9000002"));  // the river is not a place
    CHECK_FALSE(g.find_id("geonames:690000"));   // malformed rows are not places
    CHECK_FALSE(g.find_id("geonames:690001"));
    CHECK_FALSE(g.find_id("geonames:690002"));

    // Places are sorted by id, so find_id agrees with place(i).id().
    for (std::uint32_t i = 0; i < g.size(); ++i) {
        CHECK(g.find_id(g.place(i).id()) == i);
        if (i) CHECK(g.place(i - 1).id() < g.place(i).id());
    }

    auto meta = nlohmann::json::parse(g.metadata());
    CHECK(meta["places"] == expected);
    REQUIRE(meta["sources"].size() == all_fixtures.size());
    CHECK(meta["sources"][0]["path"] == "geonames_sample.txt");
    CHECK(meta["sources"][0]["format"] == "geonames");
    CHECK(meta["sources"][0]["rows"] == 7);
    CHECK(meta["sources"][0]["skipped"] == 3);
    CHECK(meta["format_version"] == format::format_version);
}

TEST_CASE("fixture build: GeoNames places and their Cyrillic names", "[gazetteer]") {
    Gazetteer g = Gazetteer::open(fixture_build().path);
    PlaceView v = place_by_id(g, "geonames:690823");
    CHECK(v.name() == "Vuhledar");
    CHECK(v.feature_code() == "PPLA3");
    CHECK(v.country() == "UA");
    CHECK(v.population() == 14144);
    CHECK(v.lat() == Approx(47.77973));
    CHECK(v.lon() == Approx(37.24999));
    for (const char* n : {"Вугледар", "Угледар", "Vugledar", "vuhledar", "VUHLEDAR", "Ugledar"}) {
        INFO(n);
        CHECK(ids(g, n) == std::vector<std::string>{"geonames:690823"});  // the postal duplicate is dropped
    }
    // Inflected Cyrillic reaches the dictionary form.
    CHECK(found(g, "Вугледарі", "geonames:690823"));
    CHECK(found(g, "Курахового", "geonames:695357"));
    // Apostrophes and transliterations.
    for (const char* n : {"Kupiansk", "Kup'yans'k", "Kupʼyansʹk", "Куп'янськ", "Купʼянськ", "Kupyansk"}) {
        INFO(n);
        CHECK(found(g, n, "geonames:704422"));
    }
    CHECK(found(g, "Aeroport Kramatorsk", "geonames:9000001"));  // national transliteration of the alternate
    CHECK(ids(g, "Kalmius").empty());
    CHECK(ids(g, "Broken Row").empty());
}

TEST_CASE("fixture build: admin names from the code tables", "[gazetteer]") {
    Gazetteer g = Gazetteer::open(fixture_build().path);
    PlaceView v = place_by_id(g, "geonames:690823");
    CHECK(v.admin1() == "Donetsk Oblast");
    CHECK(v.admin2() == "Volnovakha Raion");
    REQUIRE(v.admin1_place());
    CHECK(g.place(*v.admin1_place()).id() == "geonames:709716");

    // An admin-1 area only the code table knows: created, named by its ASCII name,
    // placed at the median of its settlements (Kupiansk is the only one).
    PlaceView kh = place_by_id(g, "geonames:706482");
    CHECK(kh.kind() == PlaceKind::admin1);
    CHECK(kh.name() == "Kharkivska Oblast");
    CHECK(kh.lat() == Approx(49.71055));
    PlaceView ku = place_by_id(g, "geonames:704422");
    CHECK(ku.admin1() == "Kharkivska Oblast");
    REQUIRE(ku.admin1_place());
    CHECK(*ku.admin1_place() == kh.index());
    CHECK(found(g, "Kharkivs'ka Oblast'", "geonames:706482"));

    // Kursk: the code table's area and the user table's "Kursk Oblast" become one place.
    PlaceView ks = place_by_id(g, "geonames:538555");
    CHECK(ks.kind() == PlaceKind::admin1);
    CHECK(ks.country() == "RU");
    CHECK(ks.name() == "Kursk Oblast");
    CHECK(ks.lat() == Approx(51.67575));  // the curated point, not the median
    CHECK_FALSE(g.find_id("ne1:RU:kursk"));
    for (const char* n : {"Kursk region", "Kursk Oblast", "Курская область", "Kurskaya oblast"}) {
        INFO(n);
        CHECK(ids(g, n) == std::vector<std::string>{"geonames:538555"});
    }
    PlaceView su = place_by_id(g, "geonames:484907");
    CHECK(su.admin1() == "Kursk Oblast");
    REQUIRE(su.admin1_place());
    CHECK(*su.admin1_place() == ks.index());
}

TEST_CASE("fixture build: postal rows grouped, deduplicated and transliterated", "[gazetteer]") {
    Gazetteer g = Gazetteer::open(fixture_build().path);
    // Two Pavlivka rows within 15 km: one place, the lowest postal code, the Latin display name.
    PlaceView pv = place_by_id(g, "postal:UA:85612");
    CHECK_FALSE(g.find_id("postal:UA:85613"));
    CHECK(pv.kind() == PlaceKind::settlement);
    CHECK(pv.country() == "UA");
    CHECK(pv.name() == "Pavlivka");
    CHECK(pv.lat() == Approx(47.75).margin(0.01));
    CHECK(found(g, "Павлівка", "postal:UA:85612"));
    CHECK(found(g, "Pavlivka", "postal:UA:85612"));
    CHECK(found(g, "Bakhmut", "postal:UA:84500"));

    // Russian CSV: Малая Локня reachable by its Latin spelling, admin-1 named from the state.
    auto ml = ids(g, "Malaya Loknya");
    REQUIRE(ml == std::vector<std::string>{"postal:RU:307835"});
    CHECK_FALSE(g.find_id("postal:RU:307836"));
    PlaceView m = place_by_id(g, "postal:RU:307835");
    CHECK(m.country() == "RU");
    CHECK(m.admin1() == "Kursk Oblast");
    CHECK(distance_km(m.lat(), m.lon(), 51.2801, 35.3085) < 1);
    CHECK(found(g, "Малая Локня", "postal:RU:307835"));
    CHECK(found(g, "Plekhovo", "postal:RU:307823"));

    // Postal rows naming a GeoNames place nearby are dropped.
    CHECK_FALSE(g.find_id("postal:UA:85670"));
    CHECK_FALSE(g.find_id("postal:RU:307800"));
    CHECK(ids(g, "Суджа") == std::vector<std::string>{"geonames:484907"});
    CHECK(ids(g, "Sudzha") == std::vector<std::string>{"geonames:484907"});

    // A rough point (accuracy 1: a raion centroid, here 40 km from the town)
    // is a namesake of the GeoNames place in its oblast, not a second Vuhledar;
    // a village GeoNames lacks still comes in at its rough point.
    CHECK_FALSE(g.find_id("postal:UA:85699"));
    CHECK(found(g, "Verkhnokamianske", "postal:UA:84525"));
}

// BUG (see report): GazetteerBuilder::Impl::link_admin1() indexes admin-1
// places by name including those merge_duplicate_admin_areas() merged away
// (their id cleared, dropped at write). A place linked by admin-1 *name*
// (postal rows, user places) to such a region gets the dropped duplicate,
// whose new index is no_place, so admin1_place() is empty.
TEST_CASE("fixture build: places linked by admin-1 name reach the merged region", "[gazetteer]") {
    Gazetteer g = Gazetteer::open(fixture_build().path);
    PlaceView m = place_by_id(g, "postal:RU:307835");
    CHECK(m.admin1() == "Kursk Oblast");
    REQUIRE(m.admin1_place());
    CHECK(g.place(*m.admin1_place()).id() == "geonames:538555");
    PlaceView p = place_by_id(g, "postal:RU:307823");
    REQUIRE(p.admin1_place());
    CHECK(g.place(*p.admin1_place()).id() == "geonames:538555");
}

// Design gap (see report): postal rows are transliterated without a language
// hint, so an RU place gets the Ukrainian national spelling as display name.
TEST_CASE("fixture build: postal names of Russian places read as Russian", "[gazetteer]") {
    // Display names of RU postal places should be Russian BGN/press spellings
    // ("Malaya Loknya"), not the Ukrainian national system ("Malaia Loknia").
    Gazetteer g = Gazetteer::open(fixture_build().path);
    CHECK(place_by_id(g, "postal:RU:307835").name() == "Malaya Loknya");
}

TEST_CASE("fixture build: user places, aliases and the aliases table", "[gazetteer]") {
    Gazetteer g = Gazetteer::open(fixture_build().path);
    for (const char* n : {"Baltimor air base", "Baltimor airfield", "аэродром Балтимор", "Voronezh Baltimor",
                          "Baltimor airbase" /* aliases table */}) {
        INFO(n);
        CHECK(ids(g, n) == std::vector<std::string>{"user:baltimor-air-base"});
    }
    PlaceView b = place_by_id(g, "user:baltimor-air-base");
    CHECK(b.feature_code() == "AIRB");
    CHECK(b.admin1() == "Voronezh Oblast");
    bool ru = false;
    for (const auto& n : b.names()) ru = ru || (n.text == "аэродром Балтимор" && n.lang == "ru" && n.origin == NameOrigin::alias);
    CHECK(ru);

    CHECK(found(g, "ZNPP", "user:znpp"));
    CHECK(found(g, "Zaporizhzhia nuclear power plant", "user:znpp"));
    CHECK(found(g, "Запорізька АЕС", "user:znpp"));
    CHECK(found(g, "Kerch Bridge", "user:crimean-bridge"));
    CHECK(found(g, "Snake Island, Zmiinyi", "user:snake-island"));
    CHECK(found(g, "Кремінна Балка", "user:kreminna-balka"));
    CHECK(found(g, "Kreminna Balka", "user:kreminna-balka"));
    CHECK(found(g, "Kremennaya Balka", "user:kreminna-balka"));
    CHECK(found(g, "Moldova", "iso:MD"));
    CHECK(found(g, "Молдавия", "iso:MD"));

    // The aliases table adds names by id; unknown ids are ignored.
    CHECK(found(g, "Vuhledar town", "geonames:690823"));
    CHECK(found(g, "Kurachowe", "geonames:695357"));
    CHECK(ids(g, "Nowhere At All").empty());
    // An acronym from a curated alias must be matched in upper case.
    auto z = g.lookup("ZNPP");
    REQUIRE(z.size() == 1);
    CHECK(z[0].upper_case_only);
    CHECK(z[0].origin == NameOrigin::alias);
}

TEST_CASE("fixture build: OGR polygons become admin-1 areas, points places", "[gazetteer]") {
    Gazetteer g = Gazetteer::open(fixture_build().path);
    // A polygon naming no known area becomes an admin-1 place at an interior point.
    auto z = ids(g, "Zaporizhzhia Oblast");
    REQUIRE(z.size() == 1);
    PlaceView zp = place_by_id(g, z[0]);
    CHECK(zp.kind() == PlaceKind::admin1);
    CHECK(zp.country() == "UA");
    CHECK(zp.lat() > 46.5);
    CHECK(zp.lat() < 48.2);
    CHECK(zp.lon() > 34.0);
    CHECK(zp.lon() < 37.0);
    CHECK(found(g, "Запорізька область", z[0]));
    CHECK(found(g, "Zaporizhzhia", z[0]));  // admin core name

    // A polygon naming a known area adds its names to it.
    CHECK(ids(g, "Донеччина") == std::vector<std::string>{"geonames:709716"});
    CHECK(found(g, "Donetsk Oblast", "geonames:709716"));
    PlaceView d = place_by_id(g, "geonames:709716");
    CHECK(d.lat() == Approx(48.0));  // GeoNames coordinates are kept

    PlaceView h = place_by_id(g, "user:kakhovka-hpp");
    CHECK(h.kind() == PlaceKind::facility);
    CHECK(found(g, "Kakhovka dam", "user:kakhovka-hpp"));
    CHECK(found(g, "Каховська ГЕС", "user:kakhovka-hpp"));
}

TEST_CASE("zip and gz sources build the same gazetteer as plain ones", "[gazetteer]") {
    if (std::system("command -v gzip >/dev/null 2>&1 && command -v zip >/dev/null 2>&1") != 0) {
        WARN("gzip or zip not available: skipped");
        return;
    }
    fs::path dir = tmp_dir() / "archives";
    fs::create_directories(dir);
    fs::remove(dir / "geonames.zip");
    REQUIRE(std::system(("gzip -c '" + fixture("postal_ru.csv").string() + "' > '" + (dir / "postal_ru.csv.gz").string() + "'").c_str()) == 0);
    REQUIRE(std::system(("cd '" + fixture("").string() + "' && zip -q '" + (dir / "geonames.zip").string() + "' geonames_sample.txt").c_str()) == 0);
    fs::path out = dir / "archived.fgz";
    fs::remove(out);
    GazetteerBuilder b;
    auto r1 = b.add_source(dir / "geonames.zip");
    auto r2 = b.add_source(fixture("admin1_codes.txt"));
    auto r3 = b.add_source(dir / "postal_ru.csv.gz");
    CHECK(r1.rows == 7);
    CHECK(r3.rows == 4);
    b.write(out);
    Gazetteer g = Gazetteer::open(out);
    CHECK(ids(g, "Vugledar") == std::vector<std::string>{"geonames:690823"});
    CHECK(ids(g, "Malaya Loknya") == std::vector<std::string>{"postal:RU:307835"});
}

TEST_CASE("builder errors: unreadable sources throw, nothing is written", "[gazetteer]") {
    fs::path out = tmp_dir() / "never_written.fgz";
    fs::remove(out);
    GazetteerBuilder b;
    b.add_source(fixture("geonames_sample.txt"));
    try {
        b.add_source(tmp_dir() / "missing_source.txt");
        FAIL("no exception");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("missing_source.txt") != std::string::npos);
    }
    CHECK_THROWS_AS(b.add_source(fixture("unknown_format.txt")), InputError);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("builder write is atomic and leaves no temporary files", "[gazetteer]") {
    fs::path dir = tmp_dir() / "atomic";
    fs::remove_all(dir);
    fs::create_directories(dir);

    // Overwriting an existing file replaces it whole.
    fs::path out = dir / "g.fgz";
    { std::ofstream(out) << "old contents"; }
    GazetteerBuilder b;
    b.add_source(fixture("geonames_sample.txt"));
    b.write(out);
    CHECK(Gazetteer::open(out).size() == 7);

    // A target that cannot be replaced (a non-empty directory) fails with OutputError and survives.
    fs::path blocker = dir / "blocker.fgz";
    fs::create_directories(blocker / "inside");
    GazetteerBuilder b2;
    b2.add_source(fixture("geonames_sample.txt"));
    CHECK_THROWS_AS(b2.write(blocker), OutputError);
    CHECK(fs::is_directory(blocker / "inside"));

    // A target in a missing directory fails with OutputError.
    GazetteerBuilder b3;
    b3.add_source(fixture("geonames_sample.txt"));
    CHECK_THROWS_AS(b3.write(dir / "no_such_dir" / "g.fgz"), OutputError);

    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(dir)) left.push_back(e.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"blocker.fgz", "g.fgz"});
}

TEST_CASE("Gazetteer::open refuses corrupt files with GazetteerError", "[gazetteer]") {
    const fs::path good = fixture_build().path;
    const fs::path dir = tmp_dir() / "corrupt";
    fs::create_directories(dir);
    auto copy = [&](const std::string& name) {
        fs::path p = dir / name;
        fs::copy_file(good, p, fs::copy_options::overwrite_existing);
        return p;
    };
    auto patch = [](const fs::path& p, std::size_t offset, const void* bytes, std::size_t n) {
        std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(offset));
        f.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(n));
    };

    CHECK_NOTHROW(Gazetteer::open(good));
    CHECK_THROWS_AS(Gazetteer::open(dir / "missing.fgz"), GazetteerError);

    fs::path empty = dir / "empty.fgz";
    { std::ofstream out(empty); }
    CHECK_THROWS_AS(Gazetteer::open(empty), GazetteerError);

    fs::path truncated = copy("truncated.fgz");
    fs::resize_file(truncated, fs::file_size(truncated) / 2);
    CHECK_THROWS_AS(Gazetteer::open(truncated), GazetteerError);

    fs::path tiny = copy("tiny.fgz");
    fs::resize_file(tiny, 10);
    CHECK_THROWS_AS(Gazetteer::open(tiny), GazetteerError);

    fs::path magic = copy("magic.fgz");
    patch(magic, 0, "XRNTGAZ", 7);
    try {
        Gazetteer::open(magic);
        FAIL("no exception");
    } catch (const GazetteerError& e) {
        CHECK(std::string(e.what()).find("not a frontline gazetteer") != std::string::npos);
        CHECK(e.code() == ExitCode::gazetteer);
    }

    fs::path version = copy("version.fgz");
    std::uint32_t v = format::format_version + 1;
    patch(version, offsetof(format::Header, version), &v, sizeof v);
    CHECK_THROWS_AS(Gazetteer::open(version), GazetteerError);

    fs::path section = copy("section.fgz");
    std::uint64_t huge = 1ull << 40;
    patch(section, offsetof(format::Header, places) + offsetof(format::Section, count), &huge, sizeof huge);
    CHECK_THROWS_AS(Gazetteer::open(section), GazetteerError);

    fs::path text = dir / "text.fgz";
    { std::ofstream(text) << std::string(4096, 'x'); }
    CHECK_THROWS_AS(Gazetteer::open(text), GazetteerError);
}

// BUG (see report): gazetteer.hpp promises lookup() results "best origin first,
// then by population", but Gazetteer::lookup() stable-sorts by population only,
// so a big place matching through an alternate or historic name outranks the
// place that bears the name ("Pokrovsk" -> Engels, formerly Pokrovsk, first).
TEST_CASE("lookup orders by name origin before population", "[gazetteer]") {
    // Names in current use (main or alternate) come before derived ones such
    // as the short form of a region's name; population orders the rest.
    fs::path src = tmp_dir() / "origin_order.txt";
    {
        std::ofstream out(src);
        out << "100\tTestville\tTestville\t\t48.1\t37.1\tP\tPPL\tUA\t\t05\t\t\t\t100\t\t100\tEurope/Kyiv\t2024-01-01\n"
            << "200\tTestville Oblast\tTestville Oblast\t\t48.5\t37.5\tA\tADM1\tUA\t\t05\t\t\t\t1000000\t\t100\tEurope/Kyiv\t2024-01-01\n"
            // (In another country: a name another town of its own country bears would be a former one.)
            << "300\tBigtown\tBigtown\tTestville\t49.5\t36.5\tP\tPPLA2\tRU\t\t05\t\t\t\t100000\t\t100\tEurope/Moscow\t2024-01-01\n";
    }
    fs::path out = tmp_dir() / "origin_order.fgz";
    GazetteerBuilder b;
    b.add_source(src);
    b.write(out);
    Gazetteer g = Gazetteer::open(out);
    auto m = g.lookup("Testville");
    REQUIRE(m.size() == 3);
    CHECK(g.place(m[0].place).id() == "geonames:300");  // alternate name, larger place
    CHECK(g.place(m[1].place).id() == "geonames:100");  // main name
    CHECK(m[2].origin == NameOrigin::admin_core);        // "Testville" for Testville Oblast comes last
    CHECK(g.place(m[2].place).id() == "geonames:200");
}

TEST_CASE("user places: an admin1_code column links the place to its GeoNames admin-1 area", "[gazetteer]") {
    // The bundled second-level areas (admin2.tsv.gz) name their state by
    // GeoNames' code, "US.TX" or "TX", not by a display name to be matched.
    fs::path dir = tmp_dir() / "admin1_code";
    fs::create_directories(dir);
    {
        std::ofstream codes(dir / "admin1.txt");
        codes << "US.TX\tTexas\tTexas\t4736286\nUS.GA\tGeorgia\tGeorgia\t4197000\n";
        std::ofstream places(dir / "counties.tsv");
        places << "id\tname\taliases\tlat\tlon\tkind\tcountry\tadmin1\tpopulation\tfeature_code\tadmin1_code\n"
               << "census:48201\tHarris County\t\t29.857\t-95.393\tadmin2\tUS\t\t\tADM2\tUS.TX\n"
               << "census:13145\tHarris County\t\t32.736\t-84.909\tadmin2\tUS\t\t\tADM2\tGA\n"
               // (Towns of each state place the state, known here by its code only.)
               << "houston\tHouston\t\t29.763\t-95.363\tcity\tUS\t\t2300000\t\tUS.TX\n"
               << "columbus-ga\tColumbus\t\t32.461\t-84.988\tcity\tUS\t\t200000\t\tUS.GA\n";
    }
    GazetteerBuilder builder;
    builder.add_source(dir / "admin1.txt");
    builder.add_source(dir / "counties.tsv");
    fs::path out = dir / "counties.fgz";
    fs::remove(out);
    builder.write(out);
    Gazetteer g = Gazetteer::open(out);
    PlaceView tx = place_by_id(g, "census:48201");
    CHECK(tx.kind() == PlaceKind::admin2);
    CHECK(tx.admin1() == "Texas");
    REQUIRE(tx.admin1_place());
    CHECK(g.place(*tx.admin1_place()).id() == "geonames:4736286");
    PlaceView ga = place_by_id(g, "census:13145");
    REQUIRE(ga.admin1_place());
    CHECK(g.place(*ga.admin1_place()).id() == "geonames:4197000");
}
