#!/usr/bin/env bash
# One-file rebuilds by two or more builds of foikb, measured in the same session: each jar gets its
# own copy of CONTENT and builds it once (its site and load cache), then, RUNS rounds with the jars
# interleaved, a sentence is added to the same answer of each copy and the jar rebuilds it. Prints
# each rebuild's wall seconds with its stage summary line, then the median wall time of each jar.
#
#   bench/compare-rebuilds.sh CONTENT RUNS old.jar new.jar     e.g. a log from gen-corpus.py 100000
#
# JAVA_OPTS defaults to -Xmx2g; the work folder is under $TMPDIR (default /dev/shm, a RAM disk).
set -euo pipefail
CONTENT=${1:?usage: bench/compare-rebuilds.sh CONTENT RUNS JAR...}
RUNS=${2:?usage: bench/compare-rebuilds.sh CONTENT RUNS JAR...}
shift 2
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
BASE=${TMPDIR:-/dev/shm}
[ -d "$BASE" ] && [ -w "$BASE" ] || BASE=/tmp
WORK=$(mktemp -d "$BASE/foikb-compare-rebuilds.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REQUEST=$(cd "$CONTENT" && find requests -name '*.md' | sort | awk 'NR == 1')

n=0
for jar in "$@"; do
  n=$((n + 1))
  mkdir -p "$WORK/$n"
  # copied with its time kept: a snapshot's cache is keyed by its jar's size and time
  cp -p "$jar" "$WORK/$n/foikb.jar"
  cp -r "$CONTENT" "$WORK/$n/content"
  java $JAVA_OPTS -jar "$WORK/$n/foikb.jar" build --quiet \
    --content "$WORK/$n/content" --out "$WORK/$n/public"
done

for round in $(seq 1 "$RUNS"); do
  n=0
  for jar in "$@"; do
    n=$((n + 1))
    sed -i "0,/^## Answer [0-9]*$/s//&\n\nA sentence added in round $round./" \
      "$WORK/$n/content/$REQUEST"
    start=$(date +%s.%N)
    java $JAVA_OPTS -jar "$WORK/$n/foikb.jar" build \
      --content "$WORK/$n/content" --out "$WORK/$n/public" >"$WORK/log" 2>&1
    end=$(date +%s.%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    echo "$seconds" >>"$WORK/times-$n"
    echo "$(basename "$jar") round $round: $seconds s; $(grep -o '^Built .*' "$WORK/log")"
  done
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
n=0
for jar in "$@"; do
  n=$((n + 1))
  echo "$(basename "$jar"): median one-file rebuild $(median "$WORK/times-$n") s over $RUNS rounds"
done
