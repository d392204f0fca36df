#!/usr/bin/env bash
# Rebuild benchmark: a full build (no site, no load cache beside it), then a build with nothing
# changed, one after a request's title changed, one after a sentence was added to an answer, and one
# with --clean, interleaved RUNS times on a copy of CONTENT; medians and ratios to the full build of
# the same run. It then checks that the rebuilt site equals a clean build of the
# same content, byte for byte, and fails if not (CI runs it on content/ as a smoke test).
#
#   bench/rebuild.sh CONTENT [RUNS]     e.g. bench/rebuild.sh /tmp/foi-bench/corpus-10000-s1 3
#
# JAVA_OPTS defaults to -Xmx2g; the work folder is under $TMPDIR (default /dev/shm, a RAM disk, so
# that the disk's writeback does not decide the numbers).
set -euo pipefail
CONTENT=${1:?usage: bench/rebuild.sh CONTENT [RUNS]}
RUNS=${2:-3}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
REPO=$(cd "$(dirname "$0")/.." && pwd)
JAR=$REPO/target/foikb.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
BASE=${TMPDIR:-/dev/shm}
[ -d "$BASE" ] && [ -w "$BASE" ] || BASE=/tmp
WORK=$(mktemp -d "$BASE/foikb-rebuild.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# a copy, so that rebuilding foikb while this runs cannot change the jar under the JVM
cp "$JAR" "$WORK/foikb.jar"; JAR=$WORK/foikb.jar
cp -r "$CONTENT" "$WORK/content"
REQUEST=$(find "$WORK/content/requests" -name '*.md' | sort | awk 'NR == 1')
OUT=$WORK/public

build() { # prints wall seconds of one build with the given extra options
  local start end
  start=$(date +%s.%N)
  java $JAVA_OPTS -jar "$JAR" build --quiet --content "$WORK/content" --out "$OUT" "$@"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }' 
}
changed_files() { # files of the site newer than the marker file given
  find "$OUT" -type f -newer "$1" ! -name .foikb-site | wc -l
}

: >"$WORK/full"; : >"$WORK/nothing"; : >"$WORK/one"; : >"$WORK/answer"; : >"$WORK/clean"
: >"$WORK/rewritten"
for i in $(seq 1 "$RUNS"); do
  rm -rf "$OUT" "$OUT.foikb-cache" "$WORK/foikb-report.html"
  build >>"$WORK/full"
  build >>"$WORK/nothing"
  touch "$WORK/before-edit"; sleep 0.01
  sed -i "0,/^title: /s/^title: \(.*\)$/title: \1 (edited $i)/" "$REQUEST"
  build >>"$WORK/one"
  changed_files "$WORK/before-edit" >>"$WORK/rewritten"
  sed -i "0,/^## Answer [0-9]*$/s//&\n\nA sentence added in run $i./" "$REQUEST"
  build >>"$WORK/answer"
  build --clean >>"$WORK/clean"
done

# the rebuilt site must equal a clean build of the same content
java $JAVA_OPTS -jar "$JAR" build --quiet --clean --content "$WORK/content" --out "$WORK/reference"
if ! diff -r --exclude=.foikb-site "$OUT" "$WORK/reference" >/dev/null; then
  echo "bench/rebuild.sh: the rebuilt site differs from a clean build" >&2
  exit 1
fi
# and a rebuild after one edit must equal one too
sed -i "0,/^title: /s/^title: \(.*\)$/title: \1 (checked)/" "$REQUEST"
java $JAVA_OPTS -jar "$JAR" build --quiet --content "$WORK/content" --out "$OUT"
java $JAVA_OPTS -jar "$JAR" build --quiet --clean --content "$WORK/content" --out "$WORK/reference"
if ! diff -r --exclude=.foikb-site "$OUT" "$WORK/reference" >/dev/null; then
  echo "bench/rebuild.sh: the site rebuilt after one edit differs from a clean build" >&2
  exit 1
fi

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
FULL=$(median "$WORK/full")
files=$(find "$OUT" -type f ! -name .foikb-site | wc -l)
echo "content: $CONTENT ($(find "$WORK/content/requests" -name '*.md' | wc -l) requests, $files files built), $RUNS runs, medians"
printf '| build | seconds | against the full build |\n|---|---|---|\n'
for kind in full nothing one answer clean; do
  m=$(median "$WORK/$kind")
  printf '| %s | %.2f | %.2f |\n' "$kind" "$m" "$(awk -v m="$m" -v f="$FULL" 'BEGIN { print m / f }')"
done
echo "files rewritten after one title changed: $(median "$WORK/rewritten") of $files"
echo "rebuilt sites equal clean builds: yes"
