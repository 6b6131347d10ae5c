#!/usr/bin/env bash
# Write throughput: features/s for N (default 1,000,000) events written to
# GeoPackage by frontline's LayerSetWriter, against ogr2ogr converting the
# same events (GeoJSONSeq -> GPKG), timed side by side with hyperfine.
#
#   bench/write_throughput.sh [BUILD_DIR]     # default: build
#   N=200000 RUNS=5 bench/write_throughput.sh
#   WORK_DIR=dir bench/write_throughput.sh   # keep the outputs and result.json there
#
# The frontline side is the hidden test "[write_bench]" of frontline_tests
# (tests/output/bench_write_throughput.cpp): it builds the events in memory
# and writes them with the defaults `frontline extract` uses (stable FIDs,
# R-tree, QGIS styles, metadata); a second row writes without stable FIDs
# (sequential FIDs, OutputOptions::stable_fids = false). The same program
# first writes the events as GeoJSONSeq, which ogr2ogr then converts with its
# defaults (R-tree, transactions of 100,000, FIDs numbered by the driver).
# Whole-process times: start-up and closing the file are included in both.
# Needs: hyperfine, ogr2ogr (gdal-bin), python3; the test binary built.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tests_bin=$build/tests/frontline_tests
n=${N:-1000000}
runs=${RUNS:-3}
warmup=${WARMUP:-1}
if [[ -n ${WORK_DIR:-} ]]; then
    work=$WORK_DIR  # the caller's: kept, with result.json for bench/targets
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/frontline-write-bench.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi

for tool in hyperfine ogr2ogr python3; do
    command -v "$tool" >/dev/null || { echo "write_throughput: $tool is not installed" >&2; exit 2; }
done
[[ -x $tests_bin ]] || { echo "write_throughput: $tests_bin not built (cmake --build $build)" >&2; exit 2; }

echo "write_throughput: $n events; input for ogr2ogr -> $work/events.geojsonl"
FRONTLINE_BENCH_N=$n FRONTLINE_BENCH_OUT=$work/events.geojsonl "$tests_bin" "[write_bench]" -s 2>&1 |
    grep -E "events to" || true
ls -l "$work/events.geojsonl"

# Each command removes its previous output first (as a fresh run finds none).
hyperfine --warmup "$warmup" --runs "$runs" --export-json "$work/result.json" \
    -n "frontline (stable FIDs)" \
    "rm -f '$work/frontline.gpkg'; FRONTLINE_BENCH_N=$n FRONTLINE_BENCH_OUT='$work/frontline.gpkg' '$tests_bin' '[write_bench]'" \
    -n "frontline (driver FIDs)" \
    "rm -f '$work/frontline2.gpkg'; FRONTLINE_BENCH_NO_FID=1 FRONTLINE_BENCH_N=$n FRONTLINE_BENCH_OUT='$work/frontline2.gpkg' '$tests_bin' '[write_bench]'" \
    -n "ogr2ogr GeoJSONSeq->GPKG" \
    "rm -f '$work/ogr2ogr.gpkg'; ogr2ogr -f GPKG -nln events -mapFieldType StringList=String '$work/ogr2ogr.gpkg' '$work/events.geojsonl'"

# Both outputs hold the same features.
for f in frontline frontline2 ogr2ogr; do
    [[ -f $work/$f.gpkg ]] || continue
    printf '%-10s %s\n' "$f" "$(ogrinfo -so -ro "$work/$f.gpkg" events 2>/dev/null | grep 'Feature Count')"
done

python3 - "$work/result.json" "$n" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
base = next(r for r in results if r["command"].startswith("ogr2ogr"))
print(f"\n{'writer':28} {'median s':>9} {'features/s':>12} {'vs ogr2ogr':>11}")
for r in results:
    fps = n / r["median"]
    ratio = base["median"] / r["median"]
    print(f"{r['command']:28} {r['median']:9.2f} {fps:12,.0f} {ratio:10.2f}x")
EOF
