#include <catch2/catch.hpp>

#include "frontline/document/boilerplate.hpp"
#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"

using namespace frontline;

namespace {
std::string at(const Document& d, Span s) { return d.text.substr(s.begin, s.size()); }

Document analysed(std::string text, const BoilerplateFilter* filter = nullptr) {
    Document d = parse_text(text, "t", "t");
    analyse_structure(d, filter);
    return d;
}

std::vector<std::string> sentences(const std::string& text) {
    Document d = analysed(text);
    std::vector<std::string> out;
    for (const auto& s : d.sentences) out.push_back(at(d, s.span));
    return out;
}
}  // namespace

TEST_CASE("parse_byline accepts live-blog bylines and datelines", "[document]") {
    auto b = parse_byline("Tom Watling7 November 2024 12:01");
    REQUIRE(b);
    CHECK(b->author == "Tom Watling");
    CHECK(format_timestamp(b->timestamp) == "2024-11-07T12:01:00Z");

    b = parse_byline("Arpan Rai11 November 2024 06:30");
    REQUIRE(b);
    CHECK(b->author == "Arpan Rai");
    CHECK(format_timestamp(b->timestamp) == "2024-11-11T06:30:00Z");

    b = parse_byline("7 November 2024 12:01");
    REQUIRE(b);
    CHECK(b->author.empty());

    b = parse_byline("November 7, 2024 at 12:01");
    REQUIRE(b);
    CHECK(format_timestamp(b->timestamp) == "2024-11-07T12:01:00Z");

    b = parse_byline("By Jane Doe, Nov 7, 2024, 3:05 pm");
    REQUIRE(b);
    CHECK(b->author == "Jane Doe");
    CHECK(format_timestamp(b->timestamp) == "2024-11-07T15:05:00Z");

    CHECK_FALSE(parse_byline("The talks ended on 7 November 2024 12:01"));
    CHECK_FALSE(parse_byline("Tom Watling7 November 2024"));
    CHECK_FALSE(parse_byline("Tom Watling31 February 2024 12:01"));
    CHECK_FALSE(parse_byline("Tom Watling7 November 2024 25:01"));
    CHECK_FALSE(parse_byline("Shelling continued on 7 November 2024 12:01 near the town"));
}

TEST_CASE("sentences split on terminators, not after abbreviations", "[document]") {
    CHECK(sentences("Mr Smith went home. He slept.") == std::vector<std::string>{"Mr Smith went home.", "He slept."});
    CHECK(sentences("Gen. Ivanov said so. Dr. Who agreed. The U.S. Army came. St. Petersburg too.") ==
          std::vector<std::string>{"Gen. Ivanov said so.", "Dr. Who agreed.", "The U.S. Army came.", "St. Petersburg too."});
    CHECK(sentences("It cost 1.5bn. 2024 was hard.") == std::vector<std::string>{"It cost 1.5bn.", "2024 was hard."});
    CHECK(sentences("He said: “We won.” Then he left.") ==
          std::vector<std::string>{"He said: “We won.”", "Then he left."});
    CHECK(sentences("Is it over? “No,” she said! ‘Maybe’ later.") ==
          std::vector<std::string>{"Is it over?", "“No,” she said!", "‘Maybe’ later."});
    CHECK(sentences("Push forward… to win. J. R. Smith spoke, e.g. here. Next.") ==
          std::vector<std::string>{"Push forward… to win.", "J. R. Smith spoke, e.g. here.", "Next."});
    CHECK(sentences("Line one without stop\nLine two.") == std::vector<std::string>{"Line one without stop", "Line two."});
}

TEST_CASE("a Cyrillic place word's abbreviation ends no sentence", "[document]") {
    CHECK(sentences("ДРГ намагалася зайти в с. Безсалівка. Атаку відбито.") ==
          std::vector<std::string>{"ДРГ намагалася зайти в с. Безсалівка.", "Атаку відбито."});
    CHECK(sentences("Противник окупував н.п. Малинівка. Бої тривають.") ==
          std::vector<std::string>{"Противник окупував н.п. Малинівка.", "Бої тривають."});
    CHECK(sentences("Взрывы в г. Курск. Работает ПВО.") == std::vector<std::string>{"Взрывы в г. Курск.", "Работает ПВО."});
}

TEST_CASE("a heading in capitals opens the sentence it heads", "[document]") {
    CHECK(sentences("КУП'ЯНСЬК. Ворог намагається зайти в місто.") ==
          std::vector<std::string>{"КУП'ЯНСЬК. Ворог намагається зайти в місто."});
    CHECK(sentences("CHASIV YAR. Fighting goes on. It is hard.") ==
          std::vector<std::string>{"CHASIV YAR. Fighting goes on.", "It is hard."});
    // (Capitals inside a sentence end it as usual.)
    CHECK(sentences("He joined NATO. Then he left.") == std::vector<std::string>{"He joined NATO.", "Then he left."});
}

TEST_CASE("lost paragraph breaks are restored", "[document]") {
    Document d = analysed("Your support makes all the difference.Donald Trump is now likely to call.\nNext line.");
    REQUIRE(d.paragraphs.size() == 3);
    CHECK(at(d, d.paragraphs[0].span) == "Your support makes all the difference.");
    CHECK(at(d, d.paragraphs[1].span) == "Donald Trump is now likely to call.");
    // Not split: abbreviations, initialisms, numbers.
    d = analysed("See e.g.The report and the U.S.Army plan, or Mr.Smith at 3.Five.");
    CHECK(d.paragraphs.size() == 1);
}

TEST_CASE("paragraph hashes ignore case, spacing, quote and ellipsis style", "[document]") {
    CHECK(paragraph_hash("“The plan,” he said… ‘now’ – ok") == paragraph_hash("\"the plan,\"  He said... 'now' - OK "));
    CHECK(paragraph_hash("КИЇВ") == paragraph_hash("київ"));
    CHECK(paragraph_hash("a b") != paragraph_hash("a c"));
    CHECK(normalise_paragraph("  A\u00A0B  ") == "a b");
}

TEST_CASE("boilerplate patterns", "[document]") {
    BoilerplateFilter f("# comment\nyour support helps us\n^sign up to our\n=log in\nre:^\\d+ comments?$\n");
    CHECK(f.size() == 4);
    CHECK(f.is_boilerplate("YOUR SUPPORT HELPS US to tell the story"));
    CHECK(f.is_boilerplate("Sign up to our free breaking news emails"));
    CHECK_FALSE(f.is_boilerplate("Kyiv will sign up to our proposal, he said"));
    CHECK(f.is_boilerplate("Log in"));
    CHECK_FALSE(f.is_boilerplate("Log in to the portal failed for the ministry"));
    CHECK(f.is_boilerplate("12 comments"));
    CHECK_THROWS_AS(BoilerplateFilter("re:([unclosed\n"), Error);

    const auto bundled = BoilerplateFilter::load_default();
    CHECK(bundled.is_boilerplate("The Independent is trusted by Americans across the entire political spectrum."));
    CHECK(bundled.is_boilerplate("Your support makes all the difference."));
    CHECK(bundled.is_boilerplate("Subscribe to Independent Premium to bookmark this article"));
    CHECK(bundled.is_boilerplate("Join our commenting forum"));
    CHECK_FALSE(bundled.is_boilerplate("Firefighters work at the site of a drone strike in Odesa (Reuters)"));
    CHECK_FALSE(bundled.is_boilerplate("Ukraine’s support makes all the difference to the front, he said."));
}

TEST_CASE("entries are closed by bylines — the tail is undated", "[document]") {
    const auto filter = BoilerplateFilter::load_default();
    Document d = analysed(
        "Headline\nFirst post text.\nTom Watling7 November 2024 12:01\nSecond post.\nArpan Rai7 November 2024 11:00\n"
        "Tail without byline.\n",
        &filter);
    REQUIRE(d.entries.size() == 3);
    CHECK(d.entries[0].byline == "Tom Watling");
    CHECK(format_timestamp(*d.entries[0].timestamp) == "2024-11-07T12:01:00Z");
    CHECK(at(d, d.entries[0].byline_span) == "Tom Watling7 November 2024 12:01");
    CHECK(d.entries[0].span.begin == 0);
    CHECK(d.entries[1].byline == "Arpan Rai");
    CHECK(d.entries[1].span.begin == d.entries[0].span.end);
    CHECK_FALSE(d.entries[2].timestamp);
    CHECK(d.entries[2].span.end == d.text.size());
    CHECK(format_timestamp(*d.document_date) == "2024-11-07T12:01:00Z");

    // Paragraph -> entry, and the lookups.
    const auto second = d.text.find("Second post");
    CHECK(d.entry_at(second) == 1);
    CHECK(d.paragraphs[d.paragraph_at(second)].entry == 1);
    CHECK(at(d, d.sentences[d.sentence_at(second + 3)].span) == "Second post.");
    CHECK(d.entry_at(d.text.find("Tail")) == 2);
    CHECK(d.entry_at(0) == 0);

    // No byline: one entry over everything; published wins over entries.
    Document plain = analysed("Just text.\nMore text.");
    REQUIRE(plain.entries.size() == 1);
    CHECK(plain.entries[0].span.end == plain.text.size());
    CHECK_FALSE(plain.document_date);

    // Last byline at the end: no empty trailing entry.
    Document closed = analysed("Post.\nTom Watling7 November 2024 12:01\n\n");
    CHECK(closed.entries.size() == 1);
    CHECK(closed.entries[0].span.end == closed.text.size());

    Document empty = analysed("");
    CHECK(empty.entries.size() == 1);
    CHECK(empty.sentence_at(0) == Document::npos);
}

TEST_CASE("entries open at a time of day heading a paragraph - a time inside a sentence opens none", "[document]") {
    const Document d = analysed(
        "Russia-Ukraine war: live updates\n"
        "15:10 GMT \u2014 The defence ministry says its forces have taken Kurakhove.\n"
        "Ukraine has not confirmed the loss.\n"
        "12:25 GMT \u2014 Ukrainian forces attacked towards Berdin on Sunday.\n"
        "09:40 - Drones hit Zhytomyr overnight.\n"
        "At 14:05 the sirens sounded again in Kyiv.\n");
    // (The page's title line heads its first timed entry.)
    REQUIRE(d.entries.size() == 3);
    CHECK(at(d, d.entries[0].span).starts_with("Russia-Ukraine war: live updates"));
    CHECK(at(d, d.entries[0].span).find("15:10 GMT") != std::string::npos);
    CHECK(at(d, d.entries[0].span).find("not confirmed") != std::string::npos);
    CHECK(at(d, d.entries[1].span).starts_with("12:25 GMT"));
    CHECK(at(d, d.entries[2].span).starts_with("09:40"));
    CHECK(at(d, d.entries[2].span).find("sirens") != std::string::npos);
}

TEST_CASE("entries open at a time of day alone on its line, under a title that ends with the page's date", "[document]") {
    CHECK(parse_day_heading("Russia-Ukraine war live: Tuesday, 12 March 2024", std::nullopt) == parse_iso_timestamp("2024-03-12"));
    CHECK(parse_day_heading("LIVE: Russia's war against Ukraine \u2013 Wednesday, 5 November 2025", std::nullopt) ==
          parse_iso_timestamp("2025-11-05"));
    // (A title's date needs its year, and a sentence is no title.)
    CHECK_FALSE(parse_day_heading("Ukraine war live: Tuesday, 12 March", parse_iso_timestamp("2024-03-13T09:00:00Z")));
    CHECK_FALSE(parse_day_heading("Russia said on Tuesday: the attack began on 12 March 2024.", std::nullopt));
    // (A title's date may stand between its comma and its dash.)
    CHECK(parse_day_heading("General Staff 18:00 summary, 3 March 2023 \u2014 Lyman direction (tabulated)", std::nullopt) ==
          parse_iso_timestamp("2023-03-03"));
    CHECK_FALSE(parse_day_heading("Russian forces shelled Kherson, 3 March 2023 \u2014 the governor said.", std::nullopt));

    const Document d = analysed("Russia-Ukraine war live: Tuesday, 12 March 2024\n\n"
                                "09:15\nRussian drones attacked Odesa overnight.\n\n"
                                "13:05 GMT\nRussia claimed the capture of Nevelske.\n\n"
                                "21:45\nExplosions were heard in Sevastopol.\n");
    REQUIRE(d.entries.size() == 3);
    CHECK(at(d, d.entries[0].span).find("Odesa") != std::string::npos);
    CHECK(d.entries[0].timestamp == parse_iso_timestamp("2024-03-12T09:15:00Z"));
    CHECK(d.entries[1].timestamp == parse_iso_timestamp("2024-03-12T13:05:00Z"));
    CHECK(d.entries[2].timestamp == parse_iso_timestamp("2024-03-12T21:45:00Z"));
    CHECK(d.document_date == parse_iso_timestamp("2024-03-12T21:45:00Z"));
}

TEST_CASE("a title that ends with the day its summary covers is a day heading, in words or in figures", "[document]") {
    CHECK(parse_day_heading("Sumy OVA | daily summary for 26.01.2026", std::nullopt) == parse_iso_timestamp("2026-01-26"));
    CHECK(parse_day_heading("Оперативна інформація за 14.03.2024", std::nullopt) == parse_iso_timestamp("2024-03-14"));
    CHECK(parse_day_heading("Kherson OVA incident log \u2014 2 July 2024", std::nullopt) == parse_iso_timestamp("2024-07-02"));
    CHECK(parse_day_heading("14.03.2024", std::nullopt) == parse_iso_timestamp("2024-03-14"));
    // (Not a sentence, nor a number that only looks like a date.)
    CHECK_FALSE(parse_day_heading("Russia sent 40 drones for 26.01.2026.", std::nullopt));
    CHECK_FALSE(parse_day_heading("Losses for 31.02.2024", std::nullopt));
    CHECK_FALSE(parse_day_heading("2.50", std::nullopt));
    // The only entry of a report takes its heading's day.
    const Document d = analysed("Kherson OVA incident log \u2014 2 July 2024\n"
                                "time | settlement | details\n"
                                "06:40 | Bilozerka | private house hit by artillery\n");
    REQUIRE(d.entries.size() == 1);
    CHECK(d.entries[0].timestamp == parse_iso_timestamp("2024-07-02"));
}

TEST_CASE("a day heading dates the timed entries under it", "[document]") {
    const auto published = parse_iso_timestamp("2024-01-02T09:00:00Z");
    CHECK(parse_day_heading("29 December 2023", published) == parse_iso_timestamp("2023-12-29"));
    CHECK(parse_day_heading("Saturday, December 30", published) == parse_iso_timestamp("2023-12-30"));
    CHECK(parse_day_heading("Sun 31 Dec 2023:", published) == parse_iso_timestamp("2023-12-31"));
    CHECK(parse_day_heading("1 січня 2024 року", published) == parse_iso_timestamp("2024-01-01"));
    CHECK(parse_day_heading("Вторник, 2 января", published) == parse_iso_timestamp("2024-01-02"));
    CHECK(parse_day_heading("2023-12-28", published) == parse_iso_timestamp("2023-12-28"));
    // A sentence that holds a date, a month alone, or a yearless day with no report date is no heading.
    CHECK_FALSE(parse_day_heading("29 December 2023 was a quiet day", published));
    CHECK_FALSE(parse_day_heading("December 2023", published));
    CHECK_FALSE(parse_day_heading("30 December", std::nullopt));

    Document d = parse_text("Live: missile attack on Ukraine\n29 December 2023\n06:10 Massive attack: explosions in Kyiv\n"
                            "07:35 Kyiv: a metro station was damaged\n30 December 2023\n15:05 Shelling of Belgorod\n",
                            "t", "t");
    d.published = parse_iso_timestamp("2023-12-31T10:00:00Z");
    analyse_structure(d, nullptr);
    auto stamp_of = [&](std::string_view words) { return d.entries[d.entry_at(d.text.find(words))].timestamp; };
    CHECK(stamp_of("Live:") == parse_iso_timestamp("2023-12-29T06:10:00Z"));
    CHECK(stamp_of("06:10") == parse_iso_timestamp("2023-12-29T06:10:00Z"));
    CHECK(stamp_of("07:35") == parse_iso_timestamp("2023-12-29T07:35:00Z"));
    CHECK(stamp_of("15:05") == parse_iso_timestamp("2023-12-30T15:05:00Z"));
}

TEST_CASE("a live page's stamp of a date and a time of day alone on its line is a day heading", "[document][dates]") {
    const auto published = parse_iso_timestamp("2025-11-20T10:00:00Z");
    CHECK(parse_day_heading("Nov 18, 9:00 a.m. ET", published) == parse_iso_timestamp("2025-11-18"));
    CHECK(parse_day_heading("19 November 2025, 22:10 GMT", published) == parse_iso_timestamp("2025-11-19"));
    CHECK(parse_day_heading("Wed 19 Nov 2025 21.40 GMT", published) == parse_iso_timestamp("2025-11-19"));
    CHECK(parse_day_heading("Posted Nov. 19, 2025 at 9:40 p.m.", published) == parse_iso_timestamp("2025-11-19"));
    CHECK(parse_day_heading("18 Nov 2025 09:00", published) == parse_iso_timestamp("2025-11-18"));
    CHECK(parse_day_heading("22:15 19.11.2025", published) == parse_iso_timestamp("2025-11-19"));
    CHECK(parse_day_heading("19.11.2025 | 14:05", published) == parse_iso_timestamp("2025-11-19"));
    // (A sentence with a date and a time is none; nor a time alone.)
    CHECK_FALSE(parse_day_heading("The sirens sounded at 9:40 p.m. on Nov. 19.", published));
    CHECK_FALSE(parse_day_heading("09:40 GMT", published));

    // It dates the entry it opens.
    Document d = parse_text("Ukraine war live\n\n18 Nov 2025 09:00\n\nRussian missiles struck Dnipro.\n", "t", "t");
    d.published = published;
    analyse_structure(d, nullptr);
    CHECK(d.entries[d.entry_at(d.text.find("Russian"))].timestamp == parse_iso_timestamp("2025-11-18T09:00:00Z"));
    // (A page that signs its entries at the foot keeps its stamps as bylines: fixtures/documents/datelines.txt.)
}

TEST_CASE("a number alone on its line is no time of day - '9.15am' is", "[document]") {
    const Document d = analysed("Prices\n\nThe market report.\n\n2.50\n\nBread rose again.\n\n9.15am\n\nDrones hit Odesa.\n");
    REQUIRE(d.entries.size() == 2);
    CHECK_FALSE(d.entries[0].timed);
    CHECK(at(d, d.entries[1].span).starts_with("9.15am"));
    CHECK(d.entries[1].timed);
}

TEST_CASE("a wire's dateline dates its story in English and Cyrillic", "[document][dates]") {
    const auto published = parse_iso_timestamp("2025-11-20T10:00:00Z");
    CHECK(parse_dateline_day("KHARKIV, Nov 18 (Reuters) - Russian troops attacked Vovchansk yesterday.", published) ==
          parse_iso_timestamp("2025-11-18"));
    CHECK(parse_dateline_day("KYIV, Ukraine, November 14 (AP) \u2014 Russian drones struck Odesa overnight.", published) ==
          parse_iso_timestamp("2025-11-14"));
    CHECK(parse_dateline_day("ХАРКІВ, 17 листопада /Укрінформ/. Російські війська атакували Харків.", published) ==
          parse_iso_timestamp("2025-11-17"));
    CHECK(parse_dateline_day("БЕЛГОРОД, 17 ноября. /ТАСС/. ВСУ атаковали поселок.", published) == parse_iso_timestamp("2025-11-17"));
    // (A sentence that names a place and a date is no dateline.)
    CHECK_FALSE(parse_dateline_day("Russian forces shelled Kherson, Nikopol and Marhanets on 18 November (local time).", published));
    CHECK_FALSE(parse_dateline_day("KYIV (Reuters) - Russian drones struck Odesa on Nov 18.", published));
    // (A reminder of an earlier day is a sentence: no capitals, no agency.)
    CHECK_FALSE(parse_dateline_day("Нагадаємо, 17 листопада – росіяни атакували Харків.", published));

    // Two stories of a feed, each dated by its own dateline.
    Document d;
    d.published = published;
    d.text = "KHARKIV, Nov 18 (Reuters) - Russian troops attacked Vovchansk yesterday.\n\n"
             "The military said the attack was repelled.\n\n"
             "ODESA, Nov 16 (Reuters) - Drones hit the port overnight.";
    analyse_structure(d, nullptr);
    REQUIRE(d.entries.size() == 2);
    CHECK(d.entries[0].timestamp == parse_iso_timestamp("2025-11-18"));
    CHECK(at(d, d.entries[0].span).find("repelled") != std::string::npos);
    CHECK(d.entries[1].timestamp == parse_iso_timestamp("2025-11-16"));
}
