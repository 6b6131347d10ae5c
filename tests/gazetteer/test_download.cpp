// `frontline gazetteer download` against a local HTTP server serving copies
// of ../shared/data files, well and badly: a 404, a hang, a truncated body,
// a body truncated once and then resumed. Nothing half-downloaded is used.
#include <catch2/catch.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "../cli/cli_support.hpp"

extern char** environ;

using namespace std::string_literals;
namespace fs = std::filesystem;
using frontline::test::q;
using frontline::test::Run;
using frontline::test::run_frontline;
using frontline::test::slurp;

namespace {

// Builds a GeoNames-like export tree in <www> from ../shared (a dump, a
// postal zip, the admin-1 table), then serves it. The first path segment
// says how: /ok/ (with Range), /hang/ (half the body, then silence),
// /truncated/ (half the body, then close), /truncate-once/ (truncated on
// the first request for a file, whole or resumed after). Anything missing
// is a 404. Requests go to <www>/requests.log with their Range header.
const char* kServer = R"PY(
import gzip, http.server, io, os, sys, time, zipfile
www, shared = sys.argv[1], sys.argv[2]
def unz(name): return gzip.open(os.path.join(shared, name)).read()
os.makedirs(os.path.join(www, 'dump'), exist_ok=True); os.makedirs(os.path.join(www, 'zip'), exist_ok=True)
open(os.path.join(www, 'dump', 'admin1CodesASCII.txt'), 'wb').write(unz('geonames_admin1CodesASCII_2020.txt.gz'))
ru = b''.join(l + b'\n' for l in unz('geonames_cities500_RU_BY.txt.gz').split(b'\n') if l.split(b'\t')[8:9] == [b'RU'])
with zipfile.ZipFile(os.path.join(www, 'dump', 'RU.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('RU.txt', ru); z.writestr('readme.txt', 'GeoNames dump (test copy)\n')
with zipfile.ZipFile(os.path.join(www, 'zip', 'RU.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('RU.csv', unz('geonames_postal_RU_2026-03.csv.gz'))
seen = set()
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *a): pass
    def do_GET(self):
        mode, _, rest = self.path.lstrip('/').partition('/')
        with open(os.path.join(www, 'requests.log'), 'a') as f:
            f.write('%s %s %s\n' % (mode, rest, self.headers.get('Range', '-')))
        p = os.path.join(www, rest)
        if mode not in ('ok', 'hang', 'truncated', 'truncate-once') or not os.path.isfile(p):
            self.send_response(404); self.send_header('Content-Length', '9'); self.end_headers()
            self.wfile.write(b'not found'); return
        body = open(p, 'rb').read()
        start = 0
        r = self.headers.get('Range')
        if r and r.startswith('bytes=') and mode in ('ok', 'truncate-once'):
            start = int(r[6:].split('-')[0])
        cut = mode in ('hang', 'truncated') or (mode == 'truncate-once' and self.path not in seen)
        seen.add(self.path)
        self.send_response(206 if start else 200)
        if start: self.send_header('Content-Range', 'bytes %d-%d/%d' % (start, len(body) - 1, len(body)))
        self.send_header('Content-Length', str(len(body) - start)); self.end_headers()
        part = body[start:]
        if not cut:
            self.wfile.write(part); return
        self.wfile.write(part[:len(part) // 2]); self.wfile.flush()
        if mode == 'hang': time.sleep(30)
        self.close_connection = True
http.server.ThreadingHTTPServer.daemon_threads = True
s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
open(os.path.join(www, 'port.tmp'), 'w').write(str(s.server_address[1]))
os.rename(os.path.join(www, 'port.tmp'), os.path.join(www, 'port'))
s.serve_forever()
)PY";

struct Server {
    pid_t pid = -1;
    int port = 0;
    Server(const fs::path& www, const fs::path& shared) {
        fs::create_directories(www);
        std::ofstream(www / "server.py") << kServer;
        std::vector<std::string> args{"python3", (www / "server.py").string(), www.string(), shared.string()};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawnp(&pid, "python3", nullptr, nullptr, argv.data(), environ);
        for (int i = 0; i < 600 && !fs::exists(www / "port"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
        if (fs::exists(www / "port")) port = std::stoi(slurp(www / "port"));
    }
    ~Server() {
        if (pid > 0) {
            ::kill(pid, SIGTERM);
            int status = 0;
            ::waitpid(pid, &status, 0);
        }
    }
    std::string url(const std::string& mode) const { return "http://127.0.0.1:" + std::to_string(port) + "/" + mode + "/"; }
};

bool complete_files_in(const fs::path& dir) {
    if (!fs::exists(dir)) return false;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() != ".part") return true;
    return false;
}

}  // namespace

TEST_CASE("gazetteer download: fetch, resume, refuse what is broken", "[gazetteer][download]") {
    const fs::path shared = fs::path(FRONTLINE_SHARED_DIR) / "data" / "gazetteer";
    if (!fs::exists(shared / "geonames_postal_RU_2026-03.csv.gz") ||
        std::system("python3 -c 'import http.server' >/dev/null 2>&1") != 0) {
        WARN("../shared data or python3 missing: download test skipped");
        return;
    }
    // One server and one good download per test run; each section then tries one failure.
    static const fs::path dir = frontline::test::tmp_dir() / "download";
    static const fs::path out = dir / "full.fgz";
    static const bool cleaned = [] {
        fs::remove_all(dir);
        return true;
    }();
    static Server server_instance(dir / "www", shared);  // stopped when the process exits
    Server* server = cleaned ? &server_instance : nullptr;
    REQUIRE(server->port > 0);
    auto download = [&](const std::string& mode, const fs::path& cache, bool build = true) {
        return run_frontline("gazetteer download --overwrite --url " + server->url(mode) + " --dir " + q(cache) +
                             (build ? " -o " + q(out) : "") + " --attempts 2 --timeout 1 RU");
    };

    // A good download builds the gazetteer over the bundled base.
    static const Run ok = download("ok", dir / "cache-ok");
    INFO(ok.err);
    REQUIRE(ok.code == 0);
    CHECK(ok.err.find("admin2Codes.txt: not published (HTTP 404), skipped") != std::string::npos);
    for (const char* f : {"admin1CodesASCII.txt", "RU.zip", "postal-RU.zip"}) CHECK(fs::exists(dir / "cache-ok" / f));
    static const std::string meta_text = run_frontline("gazetteer info --json " + q(out)).out;
    auto meta = nlohmann::json::parse(meta_text);
    std::string sources = meta["sources"].dump();
    CHECK(sources.find("postal-RU.zip") != std::string::npos);
    CHECK(sources.find("geonames-ua.tsv.gz") != std::string::npos);  // layered over the base
    CHECK(meta["point_checks"]["postal RU"]["dropped"].get<int>() > 1000);
    static const std::string good = slurp(out);

    SECTION("a 404 for a required file") {
        Run r = download("missing", dir / "cache-404");
        INFO(r.err);
        CHECK(r.code == 3);
        CHECK(r.err.find("HTTP 404") != std::string::npos);
        CHECK(r.err.find(server->url("missing") + "dump/admin1CodesASCII.txt") != std::string::npos);
        CHECK_FALSE(complete_files_in(dir / "cache-404"));
    }
    SECTION("a server that stops sending") {
        auto t0 = std::chrono::steady_clock::now();
        Run r = download("hang", dir / "cache-hang");
        INFO(r.err);
        CHECK(r.code == 3);
        CHECK(r.err.find("after 2 attempts") != std::string::npos);
        CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(20));  // not the server's 30 s sleep
        CHECK_FALSE(complete_files_in(dir / "cache-hang"));
        CHECK(fs::exists(dir / "cache-hang" / "admin1CodesASCII.txt.part"));  // kept to resume from
    }
    SECTION("a body cut short every time") {
        Run r = download("truncated", dir / "cache-cut");
        INFO(r.err);
        CHECK(r.code == 3);
        CHECK(r.err.find("admin1CodesASCII.txt") != std::string::npos);
        CHECK_FALSE(complete_files_in(dir / "cache-cut"));
    }
    SECTION("a body cut short once is resumed") {
        Run r = download("truncate-once", dir / "cache-resume", false);
        INFO(r.err);
        CHECK(r.code == 0);
        CHECK(r.err.find("resumed") != std::string::npos);
        CHECK(slurp(dir / "www" / "requests.log").find("truncate-once dump/RU.zip bytes=") != std::string::npos);
        CHECK((slurp(dir / "cache-resume" / "RU.zip") == slurp(dir / "cache-ok" / "RU.zip")));
        CHECK(r.out.find("postal-RU.zip") != std::string::npos);  // without -o: the files, one per line
    }
    CHECK((slurp(out) == good));  // the previous gazetteer is untouched by a failed download
}
