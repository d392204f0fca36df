#!/usr/bin/env bash
# CPU seconds by thread kind for one command, read from /proc while it runs: how much of a build
# goes to the JIT compilers ("C1/C2 CompilerThread"), the main thread, the fork-join pool and GC.
#
#   bench/thread-cpu.sh java -jar target/foikb.jar build --content DIR --out OUT
#   bench/thread-cpu.sh java -jar target/foikb.jar build --no-search-index --content DIR --out OUT
#
# Linux only. A thread's last reading before it ends is what counts, so very short threads may be
# missed; the figures are for comparing runs, not for accounting to the last millisecond.
set -uo pipefail
"$@" >/dev/null 2>&1 &
pid=$!
declare -A seen
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    name=${stat#*(}; name=${name%)*}
    read -r -a fields <<<"${stat##*) }"
    seen[${task##*/}]="$name|$((fields[11] + fields[12]))"
  done
  sleep 0.3
done
ticks=$(getconf CLK_TCK)
for entry in "${seen[@]}"; do echo "$entry"; done |
  awk -F'|' -v t="$ticks" '{n=$1; sub(/[0-9#]+$/, "", n); sub(/ CompilerThre.*/, " compiler", n); c[n]+=$2/t}
    END {for (k in c) if (c[k] >= 0.05) printf "%8.1f s  %s\n", c[k], k}' | sort -rn
