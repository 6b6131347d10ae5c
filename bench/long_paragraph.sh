#!/usr/bin/env bash
# One paragraph of N sentences (default 10,000) that each name a town and
# an event, run through `frontline extract`, timed with hyperfine against a
# baseline binary side by side. Pins that the claim and resolution stages
# cost no square of a paragraph's length (a table or a feed pasted as one
# line). SHAPE=table makes it one CSV line of an event table instead, N
# places in one "sentence" with no stop (memory per mention is the stretch
# of the sentence around it, not the whole line). The text is generated
# here; nothing is read from ../shared.
#
#   bench/long_paragraph.sh BASELINE_BINARY [BUILD_DIR]   # default build dir: build
#   N=20000 RUNS=5 bench/long_paragraph.sh /tmp/base/build/frontline
#   N=5000 SHAPE=table bench/long_paragraph.sh /tmp/base/build/frontline
#   GAZETTEER=full.fgz ...                              # default: the bundled one
# Needs: hyperfine, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: bench/long_paragraph.sh BASELINE_BINARY [BUILD_DIR]}
build=${2:-build}
n=${N:-10000}
runs=${RUNS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/frontline-long-paragraph.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 - "$n" "${SHAPE:-paragraph}" > "$work/paragraph.txt" <<'PY'
import random, sys
random.seed(7)
towns = ["Kupiansk", "Nikopol", "Kherson", "Sumy", "Kharkiv", "Pokrovsk", "Toretsk", "Huliaipole"]
n = int(sys.argv[1])
if sys.argv[2] == "table":
    print("2025-02-28," + ",".join(random.choice(towns) for _ in range(n)) + ",Shelling,Russian artillery shelled the town.")
else:
    print("Yesterday, 120 combat clashes took place.")
    print(" ".join(f"Residents of {random.choice(towns)} said they heard explosions." for _ in range(n)))
PY
gaz=()
[[ -n ${GAZETTEER:-} ]] && gaz=(-g "$GAZETTEER")
hyperfine -N -r "$runs" --export-json "$work/result.json" \
    "$base extract -q --overwrite -f GeoJSONSeq ${gaz[*]} --report-date 2025-03-01 -o $work/base.geojsonseq $work/paragraph.txt" \
    "$build/frontline extract -q --overwrite -f GeoJSONSeq ${gaz[*]} --report-date 2025-03-01 -o $work/new.geojsonseq $work/paragraph.txt"
