#!/usr/bin/env bash
# Search benchmark: builds an N-request gen-corpus log with foikb, reports the search index's
# share of the build time and, per two-word query, index bytes fetched and time to first results.
# Usage: bench/search/run.sh N        (needs target/foikb.jar and /tmp/bench/node_modules)
set -euo pipefail
N=${1:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../../target/foikb.jar}
WORK=${BENCH_WORK:-/tmp/foikb-search-bench}
mkdir -p "$WORK"
[ -d "$WORK/c$N" ] || python3 "$HERE/../../../shared/bench/gen-corpus.py" "$N" "$WORK/c$N"
java -jar "$JAR" build --content "$WORK/c$N" --out "$WORK/site$N" | tee "$WORK/build$N.txt"
du -sb "$WORK/site$N/search" | awk '{print "search index on disk: " $1 " bytes"}'
node "$HERE/measure.mjs" "$WORK/site$N" "freedom information" "damp mould" "sepsis" \
  "police overtime" "facial recognition" "stop search" "s21" "taser use"
