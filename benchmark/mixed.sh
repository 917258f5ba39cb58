#!/usr/bin/env bash
# Beacon while the council is editing, at the size of a large council. One command:
#   benchmark/mixed.sh [indicators=2000] [years=10] [risks=500] [seconds=120] [readers=50]
# Sets up as benchmark/run.sh does (benchmark/common.sh: the council generated with seed 42, the jar
# on a fresh embedded database, the import through the API, a session), then runs
# uk.beacon.benchmark.MixedLoad (test code): the readers each open a page of the mix at random and
# read it for about THINK_MS (5000: half to one and a half times it) before the next, while an
# officer makes a change through the write API every CHANGE_EVERY_MS (2000): a figure, a target, a
# risk assessment and an action, in turn. A first run of WARM_UP_SECONDS (30) lets the JIT compiler
# compile the pages' code and is not reported. Writes target/bench/mixed.md: each page's p50, p95 and
# p99, its first answer after each change, the errors, the changes made, and what the server counted
# (pages served as kept, evaluations found, server and database connection time a request).
set -euo pipefail
cd "$(dirname "$0")/.."
INDICATORS=${1:-2000}; YEARS=${2:-10}; RISKS=${3:-500}; SECONDS_MEASURED=${4:-120}; READERS=${5:-50}
THINK_MS=${THINK_MS:-5000}; CHANGE_EVERY_MS=${CHANGE_EVERY_MS:-2000}; WARM_UP_SECONDS=${WARM_UP_SECONDS:-30}
source benchmark/common.sh

mixed() {
  java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" uk.beacon.benchmark.MixedLoad \
    "http://127.0.0.1:$PORT" admin "$PASSWORD" "$READERS" "$THINK_MS" "$1" "$CHANGE_EVERY_MS" "$scorecard" "$2" "${pages[@]}"
}
if [ "$WARM_UP_SECONDS" -gt 0 ]; then mixed "$WARM_UP_SECONDS" "$OUT/mixed-warm-up.md" > /dev/null; fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
mixed "$SECONDS_MEASURED" "$OUT/mixed-run.md" > /dev/null
rss=$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$PID/status")

{
  echo "Large council: $INDICATORS indicators, $rows measurements over $YEARS years, $RISKS risks; $READERS people reading, about $THINK_MS ms a page, a change every $CHANGE_EVERY_MS ms, ${SECONDS_MEASURED} s measured after ${WARM_UP_SECONDS} s of warm-up; $(nproc) cores; heap $HEAP, $POOL database connections; load average when the measured run began $load, at the end $(cut -d' ' -f1-3 /proc/loadavg); the whole run took $(($(date +%s) - began)) s."
  echo
  echo "- start-up with the embedded database (fresh data directory): ${startup} s"
  echo "- import of the council through POST /api/v1/imports: ${import} s"
  echo "- peak memory of the server (VmHWM): $rss"
  echo
  cat "$OUT/mixed-run.md"
} | tee "$OUT/mixed.md"
