#!/usr/bin/env bash
# Beacon's load benchmark at the size of a large council. One command:
#   benchmark/run.sh [indicators=2000] [years=10] [risks=500] [seconds=20] [connections=50]
# Generates the council (seed 42), starts the jar on a fresh embedded database, imports through
# the API, then drives each page with wrk and reports requests/s, p50/p95/p99 and errors, with a
# static file as the floor, start-up time, import time and peak memory (RSS).
# The server runs as in production: a 512 MB heap and 10 database connections (BEACON_BENCH_HEAP and
# BEACON_BENCH_POOL change them). THINK_MS=5000 makes each connection a person who reads a page for
# about 5 s before the next; by default they ask again at once. Requests say, as browsers do, that
# they accept gzip; ENCODING=identity asks for pages uncompressed. Each page is warmed up for
# WARM_UP_SECONDS (5) at the same load before it is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
INDICATORS=${1:-2000}; YEARS=${2:-10}; RISKS=${3:-500}; SECONDS_EACH=${4:-20}; CONNECTIONS=${5:-50}
PORT=8089; OUT=target/bench; mkdir -p "$OUT"; rm -rf "$OUT/data" "$OUT/council"
HEAP=${BEACON_BENCH_HEAP:-512m}; POOL=${BEACON_BENCH_POOL:-10}; ENCODING=${ENCODING:-gzip, deflate, br}
# the first administrator's password on the fresh database; the pages are fetched signed in as them
PASSWORD="bench-$(date +%s)-password"
began=$(date +%s)
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" uk.beacon.benchmark.LargeCouncil \
  "$OUT/council" 42 "$INDICATORS" "$YEARS" "$RISKS"
rows=$(($(wc -l < "$OUT/council/measurements.csv") - 1))

start=$(date +%s.%N)
BEACON_ADMIN_PASSWORD="$PASSWORD" BEACON_DATA_DIR="$OUT/data" BEACON_DEMO_DATA=false java -Xmx$HEAP -jar target/beacon.jar --server.port=$PORT \
  --spring.datasource.hikari.maximum-pool-size=$POOL --spring.servlet.multipart.max-file-size=100MB \
  --spring.servlet.multipart.max-request-size=200MB > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
# ready once the first administrator exists (created just after the server starts listening)
until curl -fs -o /dev/null -u "admin:$PASSWORD" "http://localhost:$PORT/account"; do sleep 0.2; done
startup=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }")

args=(); for f in "$OUT"/council/*.csv; do args+=(-F "files=@$f"); done
start=$(date +%s.%N)
curl -fs -u "admin:$PASSWORD" "${args[@]}" "http://localhost:$PORT/api/v1/imports" > "$OUT/import.json"
import=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }")

# sign in once through the form, as a person would; every request then carries the session cookie
jar="$OUT/cookies.txt"; rm -f "$jar"
csrf=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/sign-in"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
[ -n "$session" ] || { echo "signing in failed: see $OUT/server.log" >&2; exit 1; }
scorecard=$(curl -fs "http://localhost:$PORT/api/v1/scorecards" | python3 -c \
  'import json,sys; print(next(s["id"] for s in json.load(sys.stdin) if s["name"]=="Directorate 1 scorecard"))')
declare -a pages=(
  "static file (floor)|/css/beacon.css"
  "scorecard page|/scorecards/$scorecard"
  "indicator page|/indicators/BIG-0004"
  "directorate dashboard|/dashboard/BIG-D1"
  "council dashboard|/dashboard/BIG"
  "data to check|/data-quality?unit=BIG"
  "risk register|/risks?register=BIG-CRR"
  "read API: scorecard indicators|/api/v1/scorecards/$scorecard/indicators"
  "read API: risks|/api/v1/risks?register=BIG-DRR1"
)
{
  echo "| Page | Requests/s | p50 ms | p95 ms | p99 ms | Errors | Bytes sent (uncompressed) | Load average before |"
  echo "|---|---|---|---|---|---|---|---|"
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
      echo "| $name | wrk did not run (see $OUT/server.log) | | | | | | $load |"
      continue
    fi
    eval "${line#RESULT }"
    echo "| $name | $rps | $p50 | $p95 | $p99 | $errors of $requests | $sent ($whole) | $load |"
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
