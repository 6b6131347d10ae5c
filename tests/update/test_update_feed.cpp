// `frontline update` with an RSS feed served by a tiny local HTTP server that
// misbehaves on demand: timeouts, 500, garbage, a huge body; conditional GET.
#include <catch2/catch.hpp>

#include "update_test_util.hpp"

using namespace update_test;

namespace {

// Serves <dir>/feed.xml as /feed.xml; behaviour from <dir>/mode:
// ok | 500 | garbage | huge | slow. ETag = size and mtime; honours If-None-Match.
// Logs each request's path and If-None-Match to <dir>/requests.log.
const char* kServer = R"PY(
import http.server, os, sys, time
d = sys.argv[1]
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        mode = open(os.path.join(d, 'mode')).read().strip()
        with open(os.path.join(d, 'requests.log'), 'a') as f:
            f.write('%s %s %s\n' % (mode, self.path, self.headers.get('If-None-Match', '-')))
        if mode == 'slow':
            time.sleep(4); mode = 'ok'
        if mode == '500':
            self.send_response(500); self.end_headers(); self.wfile.write(b'oops'); return
        if mode == 'garbage':
            body = b'\x00\x01 this is not XML <<<< \xff'
        elif mode == 'huge':
            body = b'<rss>' + b'x' * (3 << 20)
        else:
            p = os.path.join(d, 'feed.xml'); st = os.stat(p)
            etag = '"%d-%d"' % (st.st_size, st.st_mtime_ns)
            if self.headers.get('If-None-Match') == etag:
                self.send_response(304); self.send_header('ETag', etag); self.end_headers(); return
            body = open(p, 'rb').read()
            self.send_response(200); self.send_header('ETag', etag)
            self.send_header('Content-Type', 'application/rss+xml')
            self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body); return
        self.send_response(200); self.send_header('Content-Length', str(len(body))); self.end_headers()
        try: self.wfile.write(body)
        except Exception: pass
s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
open(os.path.join(d, 'port.tmp'), 'w').write(str(s.server_address[1]))
os.rename(os.path.join(d, 'port.tmp'), os.path.join(d, 'port'))
s.serve_forever()
)PY";

struct Server {
    pid_t pid = -1;
    int port = 0;
    explicit Server(const fs::path& dir) {
        spit(dir / "server.py", kServer);
        std::vector<std::string> args{"python3", (dir / "server.py").string(), dir.string()};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawnp(&pid, "python3", nullptr, nullptr, argv.data(), environ);
        for (int i = 0; i < 200 && !fs::exists(dir / "port"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
        if (fs::exists(dir / "port")) port = std::stoi(slurp(dir / "port"));
    }
    ~Server() {
        if (pid > 0) {
            ::kill(pid, SIGTERM);
            wait_exit(pid);
        }
    }
};

std::string rss(int items) {
    std::string s = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Live</title>\n";
    for (int i = 0; i < items; ++i)
        s += "<item><title>Update " + std::to_string(i) + "</title><guid>urn:live:" + std::to_string(i) +
             "</guid><pubDate>Tue, 12 Nov 2024 09:15:00 GMT</pubDate><description><![CDATA[<p>" + report_text(1000 + i) +
             "</p>]]></description></item>\n";
    return s + "</channel></rss>\n";
}

}  // namespace

TEST_CASE("update: feeds that fail are reported, the rest goes on, recovery picks them up", "[update][feed]") {
    if (std::system("python3 -c 'import http.server' >/dev/null 2>&1") != 0) {
        WARN("python3 missing: feed test skipped");
        return;
    }
    fs::path dir = fresh_dir("feed");
    fs::path www = dir / "www";
    fs::create_directories(www);
    spit(www / "mode", "ok");
    spit(www / "feed.xml", rss(3));
    Server server(www);
    REQUIRE(server.port > 0);
    std::string url = "http://127.0.0.1:" + std::to_string(server.port) + "/feed.xml";
    fs::path cfg = write_config(dir,
                                "[[sources]]\nfeed = \"" + url + "\"\ntimeout = 1\nretries = 1\nretry_delay = 0.1\nmax_bytes = 100000\n");
    write_corpus(dir / "reports", 0, 4);
    fs::path state = dir / "state/state.sqlite";
    auto feed_docs = [&] { return sql_one(state, "SELECT count(*) FROM documents WHERE source = '" + url + "'"); };
    auto args = "update --config " + q(cfg);

    SECTION("down first, then recovers") {
        for (std::string mode : {"500", "garbage", "huge", "slow"}) {
            spit(www / "mode", mode);
            Run r = run_frontline(args, dir);
            INFO(mode << ": " << r.err);
            CHECK(r.code == 0);  // the reports were read
            CHECK(r.err.find("feed") != std::string::npos);
            CHECK(r.err.find(url) != std::string::npos);
            CHECK(feed_docs() == "0");
            CHECK(sql_one(state, "SELECT count(*) FROM documents") == "4");
        }
        std::string log = slurp(www / "requests.log");
        CHECK(log.find("500 /feed.xml") != std::string::npos);
        CHECK(log.rfind("500 /feed.xml") != log.find("500 /feed.xml"));  // retried once
        spit(www / "mode", "ok");
        Run r = run_frontline(args, dir);
        INFO(r.err);
        CHECK(r.code == 0);
        CHECK(feed_docs() == "3");
        CHECK(dump_layers(dir / "out/layers.gpkg").find("urn:live:2") != std::string::npos);
    }

    SECTION("conditional GET; failures keep the feed's documents; new items arrive") {
        REQUIRE(run_frontline(args, dir).code == 0);
        CHECK(feed_docs() == "3");
        Run same = run_frontline(args + " --verbose", dir);
        CHECK(same.err.find("not modified") != std::string::npos);
        std::string log = slurp(www / "requests.log");
        CHECK(log.substr(log.rfind("ok /feed.xml")).find("\"") != std::string::npos);  // sent If-None-Match

        spit(www / "mode", "500");
        Run down = run_frontline(args, dir);
        CHECK(down.code == 0);
        CHECK(feed_docs() == "3");
        CHECK(dump_layers(dir / "out/layers.gpkg").find("urn:live:1") != std::string::npos);

        spit(www / "feed.xml", rss(5));
        spit(www / "mode", "ok");
        REQUIRE(run_frontline(args, dir).code == 0);
        CHECK(feed_docs() == "5");

        // Only the feed configured and it is down: exit 3.
        fs::path only = dir / "only.toml";
        spit(only, "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) + "\"\n[state]\npath = \"state/only.sqlite\"\n"
                   "[[sources]]\nfeed = \"" + url + "\"\nretries = 0\n[[outputs]]\npath = \"out/only.gpkg\"\n");
        spit(www / "mode", "500");
        CHECK(run_frontline("update --config " + q(only), dir).code == 3);
    }
}
