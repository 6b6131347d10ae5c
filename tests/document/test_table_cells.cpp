// Event tables pasted as text: which header stands above a cell, and what a
// column's names are by that header. Tables written for these tests.
#include <catch2/catch.hpp>
#include <string>

#include "frontline/document/table_cells.hpp"

using namespace frontline;

namespace {

std::string header_above(const std::string& text, std::string_view cell) {
    return std::string(column_header(text, text.find(cell)));
}

}  // namespace

TEST_CASE("tables: a cell's header is the same column of the table's first line", "[document][tables]") {
    const std::string piped = "date | location | oblast | event type | notes\n"
                              "2024-02-14 | Robotyne | Zaporizhzhia | Battle | retaken\n"
                              "2024-02-15 | Krynky | Kherson | Shelling | two houses hit\n";
    CHECK(header_above(piped, "Krynky") == "location");
    CHECK(header_above(piped, "Kherson") == "oblast");
    CHECK(header_above(piped, "two houses") == "notes");
    // The first line has no header above it, nor has a line outside a table.
    CHECK(header_above(piped, "oblast").empty());
    CHECK(column_header("Russian troops shelled Kherson.", 23).empty());
    // Tabs and CSV (a quoted cell keeps its commas), and a blank line ends a table.
    const std::string csv = "event_date,admin1,location,event_type,notes\n"
                            "2024-08-12,Kursk,Malaya Loknya,Battles,\"clashes, no change\"\n";
    CHECK(header_above(csv, "Kursk") == "admin1");
    CHECK(header_above(csv, "Battles") == "event_type");
    const std::string tabbed = "place\traion\ttype\nKupiansk\tKupiansk\tKAB\n\nIzium\tIzium\tFPV\n";
    CHECK(header_above(tabbed, "Kupiansk\tKupiansk") == "place");
    CHECK(header_above(tabbed, "Kupiansk\tKAB") == "raion");
    CHECK(header_above(tabbed, "Izium").empty());
    // (A row with more cells than its header.)
    CHECK(header_above(piped + "2024-02-16 | Orikhiv | Zaporizhzhia | KAB | hit | extra\n", "extra").empty());
}

TEST_CASE("tables: a header says whether its column's names are places or the areas holding them", "[document][tables]") {
    CHECK(column_role("oblast") == ColumnRole::region);
    CHECK(column_role("Oblast/region") == ColumnRole::region);
    CHECK(column_role("admin1") == ColumnRole::region);
    CHECK(column_role("Область") == ColumnRole::region);
    CHECK(column_role("raion") == ColumnRole::district);
    CHECK(column_role("hromada") == ColumnRole::community);
    CHECK(column_role("Громада") == ColumnRole::community);
    CHECK(column_role("country") == ColumnRole::country);
    CHECK(column_role("location") == ColumnRole::place);
    CHECK(column_role("settlement") == ColumnRole::place);
    CHECK(column_role("") == ColumnRole::place);
    // (A long cell is no header, whatever it opens with.)
    CHECK(column_role("region where the heaviest fighting took place") == ColumnRole::place);
}

TEST_CASE("tables: prose with many commas is no CSV table, and a table walked from its last row knows every row's header", "[document][tables]") {
    const std::string prose = "Regional officials, police, rescuers, medics, and volunteers worked overnight.\n"
                              "Kharkiv was hit, then Sumy, then Odesa, then Dnipro, then Lviv.\n";
    CHECK(header_above(prose, "Kharkiv").empty());
    std::string table = "place | oblast | type\n";
    for (int k = 0; k < 50; ++k) table += "Village" + std::to_string(k) + " | Kharkiv | KAB\n";
    TableHeaders headers(table);
    // (Bottom up: each row asked after the one below it.)
    for (int k = 49; k >= 0; --k) CHECK(headers.header(table.find("Village" + std::to_string(k) + " ")) == "place");
}
