#!/usr/bin/env bash
# What the index adds, for one or more builds of foikb, measured in the same session: each jar
# builds the log with and without --no-search-index, jars and modes interleaved, RUNS rounds, under
# GNU time; prints each run and the means of wall and CPU (user + system) seconds.
#
#   bench/compare-jars.sh CORPUS RUNS old.jar new.jar      e.g. a log from gen-corpus.py 10000
#
# OUT (default /dev/shm/foikb-compare) is where the sites go; tmpfs takes the disk's noise out.
set -euo pipefail
CORPUS=${1:?usage: bench/compare-jars.sh CORPUS RUNS JAR...}
RUNS=${2:?usage: bench/compare-jars.sh CORPUS RUNS JAR...}
shift 2
OUT=${OUT:-/dev/shm/foikb-compare}
TIMES=$(mktemp)
trap 'rm -f "$TIMES"; rm -rf "$OUT" "$OUT.foikb-cache"' EXIT
for round in $(seq 1 "$RUNS"); do
  for jar in "$@"; do
    for mode in with without; do
      rm -rf "$OUT" "$OUT.foikb-cache"
      sync
      flag=""
      [ "$mode" = without ] && flag=--no-search-index
      /usr/bin/time -f "$(basename "$jar" .jar)-$mode %e %U %S" -o "$TIMES" \
        java ${JAVA_OPTS:-} -jar "$jar" build $flag --content "$CORPUS" --out "$OUT" >/dev/null 2>&1
      cat "$TIMES"
    done
  done
done | awk '{print; wall[$1] += $2; cpu[$1] += $3 + $4; n[$1]++}
  END {for (k in wall) printf "%-24s mean wall %.1f s, cpu %.1f s\n", k, wall[k] / n[k], cpu[k] / n[k]}'
