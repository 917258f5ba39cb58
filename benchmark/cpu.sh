#!/usr/bin/env bash
# What a request costs, in CPU rather than wall time (which another build on the machine moves
# more than any change). One command:
#   benchmark/cpu.sh [indicators=2000] [years=10] [risks=500] [seconds=20] [connections=50]
# Sets up as benchmark/run.sh does (benchmark/common.sh), then drives each page flat out with wrk,
# after WARM_UP_SECONDS (5) of warm-up, and reads from /proc the CPU the server's JVM (every
# thread: the JIT compiler and the collector included) and the embedded PostgreSQL's processes
# used while it ran, divided by the requests served; with the count of kept pages worked out
# again during the run (cache_gets_total{cache="rendered-pages",result="miss"}), so that a page
# measured while the version of its data moved is seen as such. JFR=1 also records each page with
# Java Flight Recorder into target/bench/<page>.jfr. Writes target/bench/cpu.md.
set -euo pipefail
cd "$(dirname "$0")/.."
INDICATORS=${1:-2000}; YEARS=${2:-10}; RISKS=${3:-500}; SECONDS_EACH=${4:-20}; CONNECTIONS=${5:-50}
source benchmark/common.sh
ticks=$(getconf CLK_TCK)
database=$(find "$OUT/data" -name postmaster.pid | head -1)
postmaster=$(head -1 "$database")
cpu() { # the server's and the database's CPU so far, in clock ticks
  local db; db=$(awk '{print $14 + $15}' "/proc/$postmaster/stat")
  for backend in $(pgrep -P "$postmaster" || true); do
    db=$((db + $(awk '{print $14 + $15}' "/proc/$backend/stat" 2>/dev/null || echo 0)))
  done
  echo "$(awk '{print $14 + $15}' "/proc/$PID/stat") $db"
}
misses() {
  curl -fs -u "admin:$PASSWORD" "http://localhost:$PORT/actuator/prometheus" \
    | awk '/^cache_gets_total\{cache="rendered-pages".*result="miss"/ {print $2}'
}
{
  echo "| Page | Requests | Requests/s | p95 ms | Server CPU ms a request | Database CPU ms a request | Kept pages worked out again | Load average before |"
  echo "|---|---|---|---|---|---|---|---|"
  for page in "${pages[@]}"; do
    name=${page%%|*}; path=${page#*|}
    wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP_SECONDS:-5}s" --timeout 10s -H "Cookie: SESSION=$session" \
      -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$path" > /dev/null 2>&1 || true
    load=$(cut -d' ' -f1 /proc/loadavg)
    file="$OUT/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').jfr"
    [ "${JFR:-0}" = 1 ] && jcmd "$PID" JFR.start name=page settings=profile filename="$file" > /dev/null
    m0=$(misses); read -r server0 db0 < <(cpu)
    line=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s benchmark/percentiles.lua \
      -H "Cookie: SESSION=$session" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$path" 2>&1 | grep '^RESULT' || true)
    read -r server1 db1 < <(cpu); m1=$(misses)
    [ "${JFR:-0}" = 1 ] && jcmd "$PID" JFR.stop name=page > /dev/null
    if [ -z "$line" ]; then
      echo "| $name | wrk did not run (see $OUT/server.log) | | | | | | $load |"
      continue
    fi
    eval "${line#RESULT }"
    echo "| $name | $requests | $rps | $p95 | $(awk "BEGIN { printf \"%.2f\", ($server1 - $server0) * 1000 / $ticks / $requests }") | $(awk "BEGIN { printf \"%.2f\", ($db1 - $db0) * 1000 / $ticks / $requests }") | $(awk "BEGIN { print $m1 - $m0 }") | $load |"
  done
} > "$OUT/cpu.md"
{
  echo "Large council: $INDICATORS indicators, $rows measurements over $YEARS years, $RISKS risks; $CONNECTIONS connections, ${SECONDS_EACH}s a page after ${WARM_UP_SECONDS:-5}s of warm-up; $(nproc) cores; heap $HEAP, $POOL database connections; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  cat "$OUT/cpu.md"
} | tee "$OUT/cpu-results.md"
