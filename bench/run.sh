#!/usr/bin/env bash
# Build benchmark, with the anchors measured in the same run.
#
#   bench/run.sh N          e.g. bench/run.sh 10000   (RUNS=3 by default)
#
# 1. generates (or reuses) an N-request log with ../shared/bench/gen-corpus.py;
# 2. runs the anchors on it: Hugo (site) and Pagefind (search index), ../shared/bench/anchor.sh;
# 3. times `java $JAVA_OPTS -jar target/foikb.jar build` (JAVA_OPTS defaults to -Xmx2g) on the same
#    log, RUNS times after a warm-up, each followed by a build with --no-search-index (what the index
#    adds is the difference), each after `rm -rf` of its output and `sync`, under GNU time (wall
#    seconds, peak RSS);
# 4. measures index bytes fetched per two-word query in headless Chromium (bench/search/measure.mjs);
# 5. prints a table of medians and ratios.
# Needs Debian's hugo, chromium and time, and node: ../shared/bench/setup.sh installs them into a
# writable copy of ../shared/bench (made under $BENCH_WORK). Nothing here is committed.
set -euo pipefail
N=${1:?usage: bench/run.sh N}
RUNS=${RUNS:-3}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
WORK=${BENCH_WORK:-/tmp/foi-bench}
TOOLS=$WORK/anchor-tools
JAR=$REPO/target/foikb.jar
RES=$WORK/foikb-$N
mkdir -p "$WORK" "$RES"
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
# a copy, so that rebuilding foikb while this runs cannot change the jar under the JVM
cp "$JAR" "$RES/foikb.jar"; JAR=$RES/foikb.jar
if [ ! -x "$TOOLS/anchor.sh" ]; then
  rm -rf "$TOOLS" && cp -r "$SHARED" "$TOOLS" && chmod -R u+w "$TOOLS"
fi
(cd "$TOOLS" && ./setup.sh >/dev/null)

# the anchors first; anchor.sh generates the corpus that both use
(cd "$TOOLS" && BENCH_WORK=$WORK RUNS=$RUNS WARMUP=1 ./anchor.sh "$N" >"$RES/anchor.md")
CORPUS=$WORK/corpus-$N-s1
OUT=$RES/site

wall_of() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1"; }
rss_of() { awk -F': ' '/Maximum resident/{printf "%.0f\n", $2/1024}' "$1"; }
for i in warm $(seq 1 "$RUNS"); do
  rm -rf "$OUT.bare" "$OUT.bare.foikb-cache"; sync
  /usr/bin/time -v -o "$RES/bare.$i.time" java $JAVA_OPTS -jar "$JAR" build --no-search-index --content "$CORPUS" --out "$OUT.bare" >"$RES/bare.$i.out"
  rm -rf "$OUT.bare" "$OUT.bare.foikb-cache" "$OUT" "$OUT.foikb-cache"; sync
  /usr/bin/time -v -o "$RES/build.$i.time" java $JAVA_OPTS -jar "$JAR" build --content "$CORPUS" --out "$OUT" >"$RES/build.$i.out"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
walls=$(for i in $(seq 1 "$RUNS"); do wall_of "$RES/build.$i.time"; done)
rsss=$(for i in $(seq 1 "$RUNS"); do rss_of "$RES/build.$i.time"; done)
bare_walls=$(for i in $(seq 1 "$RUNS"); do wall_of "$RES/bare.$i.time"; done)
foikb_wall=$(echo "$walls" | median); foikb_rss=$(echo "$rsss" | median)
bare_wall=$(echo "$bare_walls" | median)

hugo=$(python3 -c "import json;d=json.load(open('$TOOLS/results/anchor-$N.json'));print(d['hugo']['wall_s']['median'])")
pagefind=$(python3 -c "import json;d=json.load(open('$TOOLS/results/anchor-$N.json'));print(d['pagefind']['wall_s']['median'])")

BENCH_MODULES="$TOOLS/node_modules/" node "$HERE/search/measure.mjs" "$OUT" "freedom information" "damp mould" "sepsis" >"$RES/search.txt" 2>&1 || true

python3 - "$N" "$foikb_wall" "$foikb_rss" "$bare_wall" "$hugo" "$pagefind" <<'PY'
import sys
n, wall, rss, bare, hugo, pf = sys.argv[1], *map(float, sys.argv[2:])
both = hugo + pf
print(f"| N | foikb build s | peak RSS MiB | without index s | index adds | Hugo s | Pagefind s | Hugo+Pagefind s | foikb / (Hugo+Pagefind) |")
print(f"|---|---|---|---|---|---|---|---|---|")
print(f"| {int(n):,} | {wall:.1f} | {rss:.0f} | {bare:.1f} | {100*(wall/bare-1):.0f}% | {hugo:.1f} | {pf:.1f} | {both:.1f} | {wall/both:.2f} |")
PY
echo; echo "foikb, index bytes per query:"; cat "$RES/search.txt"
echo; echo "anchor (Hugo + Pagefind, same run):"; cat "$RES/anchor.md"
