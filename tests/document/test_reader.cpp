#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "frontline/document/reader.hpp"
#include "frontline/text/utf8.hpp"

using namespace frontline;
namespace fs = std::filesystem;

namespace {
const std::string fixtures = FRONTLINE_TEST_FIXTURES "/documents/";

std::vector<Document> read(const std::vector<std::string>& names, std::vector<InputIssue>& issues) {
    std::vector<std::string> paths;
    for (const auto& n : names) paths.push_back(fixtures + n);
    return read_all(expand_inputs(paths), {}, &issues);
}

std::string at(const Document& d, Span s) { return d.text.substr(s.begin, s.size()); }

std::string slurp_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

fs::path tmp_dir() {
    fs::path p = fs::path(FRONTLINE_TEST_TMP) / ("document-" + std::to_string(::getpid()));
    fs::create_directories(p);
    return p;
}
}  // namespace

TEST_CASE("expand_inputs: directories, globs, stdin, missing", "[document]") {
    auto in = expand_inputs({fixtures + "dir", "-", fixtures + "*.jsonl", fixtures + "nope.txt", fixtures + "zz*.txt"});
    REQUIRE(in.size() == 7);
    CHECK(in[0].path == fixtures + "dir/b.txt");
    CHECK(in[0].format == InputFormat::text);
    CHECK(in[1].path == fixtures + "dir/c.jsonl");
    CHECK(in[1].format == InputFormat::jsonl);
    CHECK(in[2].path == fixtures + "dir/sub/a.html");
    CHECK(in[2].format == InputFormat::html);
    CHECK(in[3].is_stdin());
    CHECK(in[4].path == fixtures + "docs.jsonl");
    CHECK(in[5].path == fixtures + "nope.txt");
    CHECK(in[6].path == fixtures + "zz*.txt");
    CHECK(format_for_path("A.HTM") == InputFormat::html);
    CHECK(format_for_path("notes") == InputFormat::text);
}

TEST_CASE("expand_inputs (guard, kept by the readdir listing): a folder is searched below, hidden entries skipped, links followed to files only",
          "[document]") {
    const fs::path dir = tmp_dir() / "listing";
    fs::remove_all(dir);
    fs::create_directories(dir / "deep" / "deeper");
    fs::create_directories(dir / ".hidden");
    fs::create_directories(dir / "elsewhere");
    for (const char* f : {"b.txt", "a.jsonl", "deep/c.html", "deep/deeper/d.md", ".hidden/e.txt", ".f.txt",
                          "scan.pdf", "elsewhere/g.txt"})
        std::ofstream(dir / f) << "text";
    fs::create_symlink(dir / "b.txt", dir / "link-to-file.txt");
    fs::create_directory_symlink(dir / "elsewhere", dir / "link-to-folder");  // not searched: no loops
    fs::create_symlink(dir / "nowhere.txt", dir / "dangling.txt");
    std::vector<std::string> skipped;
    const auto in = expand_inputs({dir.string()}, &skipped);
    std::vector<std::string> names;
    for (const InputSpec& i : in) names.push_back(i.path.substr(dir.string().size() + 1));
    CHECK(names == std::vector<std::string>{"a.jsonl", "b.txt", "deep/c.html", "deep/deeper/d.md", "elsewhere/g.txt",
                                            "link-to-file.txt"});
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].ends_with("scan.pdf"));
    // A trailing slash lists the same paths.
    const auto slash = expand_inputs({dir.string() + "/"});
    REQUIRE(slash.size() == in.size());
    CHECK(slash[0].path == in[0].path);
    fs::remove_all(dir);
}

TEST_CASE("plain text: live blog structure and boilerplate", "[document]") {
    std::vector<InputIssue> issues;
    auto docs = read({"liveblog.txt"}, issues);
    CHECK(issues.empty());
    REQUIRE(docs.size() == 1);
    const Document& d = docs[0];
    CHECK(d.id == "liveblog.txt");
    REQUIRE(d.entries.size() == 3);
    CHECK(d.entries[0].byline == "Anna Kowalska");
    CHECK(d.entries[1].byline == "Arpan Rai");
    CHECK(format_timestamp(*d.entries[1].timestamp) == "2024-11-11T06:30:00Z");
    CHECK_FALSE(d.entries[2].timestamp);
    CHECK(format_timestamp(*d.document_date) == "2024-11-11T06:30:00Z");

    auto para = [&](std::string_view start) -> const Paragraph& {
        for (const auto& p : d.paragraphs)
            if (at(d, p.span).rfind(start, 0) == 0) return p;
        FAIL("no paragraph starting with " << start);
        return d.paragraphs.front();
    };
    CHECK(para("Your support helps").boilerplate);
    CHECK(para("Your support makes").boilerplate);
    CHECK_FALSE(para("Officials in the regional capital").boilerplate);
    CHECK(para("Sign up to our").boilerplate);
    CHECK(para("Join our commenting").boilerplate);
    CHECK_FALSE(para("Drone debris fell").boilerplate);
    CHECK(para("Officials in the regional capital").entry == 0);
    CHECK(para("Debris from").entry == 1);
    CHECK(para("An older post").entry == 2);

    // Sentences carry the boilerplate flag and split where expected.
    const auto gen = d.text.find("Debris from");
    const Sentence& s = d.sentences[d.sentence_at(gen)];
    CHECK(at(d, s.span) == "Debris from a downed drone fell on a warehouse in the port, Gen. Ivanov said.");
    CHECK(at(d, d.sentences[d.sentence_at(d.text.find("It mentions"))].span) ==
          "It mentions the U.S. and Dr. Who e.g. in passing.");
    CHECK(d.sentences[d.sentence_at(d.text.find("Your support makes"))].boilerplate);
}

TEST_CASE("datelines on their own line open entries", "[document]") {
    std::vector<InputIssue> issues;
    auto docs = read({"datelines.txt"}, issues);
    REQUIRE(docs.size() == 1);
    REQUIRE(docs[0].entries.size() == 2);
    CHECK(format_timestamp(*docs[0].entries[0].timestamp) == "2024-11-07T12:01:00Z");
    CHECK(format_timestamp(*docs[0].entries[1].timestamp) == "2024-11-08T09:15:00Z");
}

TEST_CASE("invalid UTF-8, BOM and CRLF", "[document]") {
    std::vector<InputIssue> issues;
    auto docs = read({"invalid_utf8.txt", "bom.txt", "crlf.txt"}, issues);
    CHECK(issues.empty());
    REQUIRE(docs.size() == 3);
    CHECK(is_valid_utf8(docs[0].text));
    REQUIRE(docs[0].issues.size() == 5);
    CHECK(docs[0].issues[0].offset == 12);
    CHECK(docs[0].issues[4].offset == 34);

    // BOM kept as U+FEFF: code point 0 is the BOM, as in Python.
    CHECK(docs[1].text.rfind("\xEF\xBB\xBF", 0) == 0);
    CodepointIndex idx(docs[1].text);
    CHECK(idx.to_codepoint(docs[1].text.find("BOM")) == 1);
    CHECK(at(docs[1], docs[1].paragraphs[0].span) == "BOM first line.");

    // Newlines translated like Python's text mode.
    CHECK(docs[2].text == "Line one.\nLine two.\nLine three Київ.\n");
    CHECK(docs[2].paragraphs.size() == 3);
}

TEST_CASE("empty, blank, binary and missing inputs are reported and skipped", "[document]") {
    std::vector<InputIssue> issues;
    auto docs = read({"empty.txt", "binary.txt", "blank.txt", "nope.txt", "liveblog.txt"}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].id == "liveblog.txt");
    REQUIRE(issues.size() == 4);
    CHECK(issues[0].severity == InputIssue::Severity::warning);
    CHECK(issues[0].where.file == fixtures + "empty.txt");
    CHECK(issues[1].severity == InputIssue::Severity::error);
    CHECK(issues[1].message.find("binary") != std::string::npos);
    CHECK(issues[1].where.offset == 3u);
    CHECK(issues[2].severity == InputIssue::Severity::warning);
    CHECK(issues[3].severity == InputIssue::Severity::error);
    CHECK(issues[3].to_string().find("nope.txt") != std::string::npos);
}

TEST_CASE("HTML: chrome dropped, blocks become lines, metadata read", "[document]") {
    std::vector<InputIssue> issues;
    auto docs = read({"article.html", "broken.html"}, issues);
    CHECK(issues.empty());
    REQUIRE(docs.size() == 2);
    const Document& d = docs[0];
    CHECK(d.text ==
          "Strikes hit the port city\nMissiles struck the port overnight, officials said.\n"
          "Kyiv said air defences shot down two drones.\nFirst item\nSecond item");
    CHECK(d.title == "Strikes hit the port city");
    CHECK(d.url == "https://example.org/strikes");
    REQUIRE(d.published);
    CHECK(format_timestamp(*d.published) == "2024-11-07T10:30:00Z");
    CHECK(d.document_date == d.published);
    CHECK(d.paragraphs.size() == 5);

    const Document& b = docs[1];
    CHECK(is_valid_utf8(b.text));
    CHECK(b.text.find("Unclosed paragraph bold") != std::string::npos);
    CHECK(b.text.find("inside & out") != std::string::npos);
    CHECK(b.text.find("Second\xEF\xBF\xBD part") != std::string::npos);
    CHECK(b.issues.size() == 1);
}

TEST_CASE("JSONL: one document per line, bad lines reported with line and offset", "[document]") {
    std::vector<InputIssue> issues;
    auto docs = read({"docs.jsonl"}, issues);
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].id == "a1");
    CHECK(docs[0].url == "https://example.org/a1");
    CHECK(docs[0].title == "First");
    CHECK(docs[0].text == "Shelling was reported in the town.\nA second paragraph.");
    CHECK(format_timestamp(*docs[0].document_date) == "2024-11-07T12:00:00Z");
    CHECK(docs[0].paragraphs.size() == 2);
    CHECK(docs[1].id == "42");
    CHECK(docs[2].id == "docs.jsonl:6");

    REQUIRE(issues.size() == 2);
    CHECK(issues[0].where.line == 4u);
    std::ifstream f(fixtures + "docs.jsonl", std::ios::binary);
    std::string all((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    CHECK(issues[0].where.offset >= all.find("this line"));
    CHECK(issues[1].where.line == 5u);
    CHECK(issues[1].message.find("text") != std::string::npos);
}

TEST_CASE("standard input is sniffed and streamed", "[document]") {
    {
        std::istringstream in("\n{\"id\":\"s1\",\"text\":\"From stdin.\"}\nnot json\n");
        std::vector<InputIssue> issues;
        DocumentReader r({{"-", InputFormat::sniff}}, {}, [&](const InputIssue& i) { issues.push_back(i); });
        r.set_stdin(in);
        auto d = r.next();
        REQUIRE(d);
        CHECK(d->id == "s1");
        CHECK_FALSE(r.next());
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].where.line == 3u);
        CHECK(issues[0].where.offset >= 34u);  // line 3 starts at byte 34
        CHECK(r.issues().empty());  // with a handler, nothing is collected
        CHECK(r.errors() == 1);
    }
    {
        std::istringstream in("  Text from stdin.\n");
        DocumentReader r({{"-", InputFormat::sniff}});
        r.set_stdin(in);
        auto d = r.next();
        REQUIRE(d);
        CHECK(d->text == "  Text from stdin.\n");
        CHECK(d->source == "-");
    }
}

TEST_CASE(".json arrays and JSON-lines-in-disguise", "[document]") {
    const auto dir = tmp_dir();
    {
        std::ofstream(dir / "arr.json") << R"([{"id":"x","text":"One."},{"text":"Two."},{"nope":1}])";
        std::ofstream(dir / "lines.json") << "{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n";
    }
    std::vector<InputIssue> issues;
    auto docs = read_all(expand_inputs({(dir / "arr.json").string(), (dir / "lines.json").string()}), {}, &issues);
    REQUIRE(docs.size() == 4);
    CHECK(docs[0].id == "x");
    CHECK(docs[1].id == "arr.json:2");
    CHECK(docs[3].text == "B.");
    REQUIRE(issues.size() == 1);
}

TEST_CASE("a big single-line file is read in linear time", "[document]") {
    const auto file = tmp_dir() / "big.txt";
    {
        std::ofstream out(file, std::ios::binary);
        std::string chunk;
        for (int i = 0; i < 1000; ++i) chunk += "Shelling near the town continued overnight. ";
        for (int i = 0; i < 500; ++i) out << chunk;  // ~22 MB, no newline
    }
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<InputIssue> issues;
    auto docs = read_all(expand_inputs({file.string()}), {}, &issues);
    const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].paragraphs.size() == 1);
    CHECK(docs[0].sentences.size() == 500000);
    CHECK(secs < 20.0);
    CodepointIndex idx(docs[0].text);
    CHECK(idx.size_codepoints() == docs[0].text.size());
    fs::remove(file);
}

TEST_CASE("a JSONL file is streamed: documents come before the file ends", "[document]") {
    const auto file = tmp_dir() / "many.jsonl";
    {
        std::ofstream out(file, std::ios::binary);
        for (int i = 0; i < 20000; ++i) out << "{\"id\":\"d" << i << "\",\"text\":\"Report number " << i << ".\"}\n";
    }
    DocumentReader r({{file.string(), InputFormat::jsonl}});
    std::size_t n = 0;
    while (auto d = r.next()) {
        if (n == 0) CHECK(d->id == "d0");
        ++n;
    }
    CHECK(n == 20000);
    CHECK(r.documents_read() == 20000);
    fs::remove(file);
}

TEST_CASE("a saved RSS or Atom feed is read, one document per item", "[document][feed]") {
    const fs::path dir = tmp_dir() / "feeds";
    fs::create_directories(dir);
    std::ofstream(dir / "live.rss") << R"(<?xml version="1.0"?>
<rss version="2.0"><channel><title>Live</title>
<item><guid>a1</guid><title>Kurakhove</title><link>https://e.org/a1</link>
<pubDate>Thu, 07 Nov 2024 12:01:00 GMT</pubDate><description>&lt;p&gt;Russian forces captured Kurakhove.&lt;/p&gt;</description></item>
<item><guid>a2</guid><title>Sumy</title><description>A drone struck Sumy.</description></item>
</channel></rss>)";
    std::ofstream(dir / "notes.ndjson") << R"({"id":"n1","text":"Shelling in Kherson."})" << "\n";
    std::ofstream(dir / "scan.pdf") << "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n";
    std::vector<std::string> skipped;
    auto in = expand_inputs({dir.string()}, &skipped);
    REQUIRE(in.size() == 2);  // the feed and the .ndjson; the PDF is not a format read in a folder
    CHECK(in[0].format == InputFormat::feed);
    CHECK(in[1].format == InputFormat::jsonl);
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].ends_with("scan.pdf"));
    std::vector<InputIssue> issues;
    auto docs = read_all(in, {}, &issues);
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].id == "a1");
    CHECK(docs[0].url == "https://e.org/a1");
    CHECK(docs[0].document_date);
    CHECK(docs[0].text.find("Russian forces captured Kurakhove.") != std::string::npos);
    CHECK(docs[1].id == "a2");
    CHECK(docs[2].id == "n1");
    CHECK(issues.empty());

    // The same feed on standard input, and a PDF named on its own.
    std::istringstream feed(slurp_file(dir / "live.rss"));
    DocumentReader reader(expand_inputs({"-", (dir / "scan.pdf").string()}), {});
    reader.set_stdin(feed);
    std::size_t n = 0;
    while (reader.next()) ++n;
    CHECK(n == 2);
    REQUIRE(reader.issues().size() == 1);
    CHECK_THAT(reader.issues()[0].message, Catch::Contains("a PDF file"));
}

TEST_CASE("a pipe named as a file is read to its end (/dev/stdin, process substitution)", "[document]") {
    const fs::path fifo = tmp_dir() / "reports.fifo";
    fs::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // The writer blocks until the reader opens the pipe.
    std::thread writer([&] {
        std::ofstream out(fifo, std::ios::binary);
        out << "Russian troops shelled Kupiansk overnight.\n";
    });
    std::vector<InputIssue> issues;
    auto docs = read_all(expand_inputs({fifo.string()}), {}, &issues);
    writer.join();
    CHECK(issues.empty());
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text.find("Kupiansk") != std::string::npos);
    fs::remove(fifo);
}

TEST_CASE("a folder's Markdown files are read as text", "[document]") {
    const fs::path dir = tmp_dir() / "markdown";
    fs::create_directories(dir);
    std::ofstream(dir / "digest.md") << "## Morning digest\n\nRussian forces shelled Kherson overnight.\n";
    std::ofstream(dir / "notes.markdown") << "A drone struck Sumy.\n";
    std::vector<std::string> skipped;
    auto in = expand_inputs({dir.string()}, &skipped);
    CHECK(skipped.empty());
    REQUIRE(in.size() == 2);
    for (const auto& spec : in) CHECK(spec.format == InputFormat::text);
}
