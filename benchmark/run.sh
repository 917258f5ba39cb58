#!/usr/bin/env bash
# Beacon's load benchmark at the size of a large council. One command:
#   benchmark/run.sh [indicators=2000] [years=10] [risks=500] [seconds=20] [connections=50]
# Generates the council (seed 42), starts the jar on a fresh embedded database, imports through
# the API (benchmark/common.sh, shared with benchmark/mixed.sh), then drives each page with wrk and
# reports requests/s, p50/p95/p99 and errors, with a static file as the floor, start-up time, import
# time and peak memory (RSS).
# The server runs as in production: a 512 MB heap and 10 database connections (BEACON_BENCH_HEAP and
# BEACON_BENCH_POOL change them). THINK_MS=5000 makes each connection a person who reads a page for
# about 5 s before the next; by default they ask again at once. Requests say, as browsers do, that
# they accept gzip; ENCODING=identity asks for pages uncompressed. Each page is warmed up for
# WARM_UP_SECONDS (5) at the same load before it is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
INDICATORS=${1:-2000}; YEARS=${2:-10}; RISKS=${3:-500}; SECONDS_EACH=${4:-20}; CONNECTIONS=${5:-50}
ENCODING=${ENCODING:-gzip, deflate, br}
source benchmark/common.sh

{
  # the goal (issue 18): every page at least a fifth of the static file's requests per second
  echo "| Page | Requests/s | Share of the floor | p50 ms | p95 ms | p99 ms | Errors | Bytes sent (uncompressed) | Load average before |"
  echo "|---|---|---|---|---|---|---|---|---|"
  floor=""
  for page in "${pages[@]}"; do
    name=${page%%|*}; path=${page#*|}
    # warm up first: a server that has run for a while has compiled the page's code (the JIT
    # compiler needs thousands of requests) and read the quarter once
    for i in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null -b "SESSION=$session" -H "Accept-Encoding: $ENCODING" "http://127.0.0.1:$PORT$path"; done
    wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP_SECONDS:-5}s" --timeout 10s -H "Cookie: SESSION=$session" -H "Accept-Encoding: $ENCODING" \
      "http://127.0.0.1:$PORT$path" > /dev/null 2>&1 || true
    sent=$(curl -s -o /dev/null -w '%{size_download}' -b "SESSION=$session" -H "Accept-Encoding: $ENCODING" "http://127.0.0.1:$PORT$path")
    whole=$(curl -s -o /dev/null -w '%{size_download}' -b "SESSION=$session" "http://127.0.0.1:$PORT$path")
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s benchmark/percentiles.lua -H "Cookie: SESSION=$session" -H "Accept-Encoding: $ENCODING" \
      "http://127.0.0.1:$PORT$path" 2>&1 | grep '^RESULT' || true)
    if [ -z "$line" ]; then
      echo "| $name | wrk did not run (see $OUT/server.log) | | | | | | | $load |"
      continue
    fi
    eval "${line#RESULT }"
    # the static file comes first: the floor
    [ -n "$floor" ] || floor=$rps
    share=$(awk "BEGIN { printf \"%.2f\", $rps / $floor }")
    echo "| $name | $rps | $share | $p50 | $p95 | $p99 | $errors of $requests | $sent ($whole) | $load |"
  done
} > "$OUT/load.md"
rss=$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$PID/status")

{
  echo "Large council: $INDICATORS indicators, $rows measurements over $YEARS years, $RISKS risks; $CONNECTIONS connections, ${SECONDS_EACH}s a page, ${THINK_MS:-0} ms to read a page; Accept-Encoding: $ENCODING; $(nproc) cores; heap $HEAP, $POOL database connections; load average at the end $(cut -d' ' -f1-3 /proc/loadavg); the whole run took $(($(date +%s) - began)) s."
  echo
  echo "- start-up with the embedded database (fresh data directory): ${startup} s"
  echo "- import of the council through POST /api/v1/imports: ${import} s ($(cat "$OUT/import.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"])'))"
  echo "- peak memory of the server (VmHWM): $rss"
  echo
  cat "$OUT/load.md"
} | tee "$OUT/results.md"
