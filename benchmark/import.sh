#!/usr/bin/env bash
# Beacon's import throughput against PostgreSQL's own COPY. One command:
#   benchmark/import.sh [rows=1000000]
# Writes measurements.csv with that many monthly figures (seed 42), starts the jar on a fresh
# embedded database, imports the council's units and indicators, then times the import of
# measurements.csv through POST /api/v1/imports (every row validated, all or nothing) and psql's
# \copy of the same file into a bare table of the same columns in the same database.
# Beside the wall time it reports the CPU time the import took in Beacon's JVM and in PostgreSQL
# (/proc: steadier than wall time on a busy machine). BEACON_BENCH_HEAP sets the heap (512m),
# BEACON_BENCH_JAVA_OPTS adds JVM options, e.g. to record the import with Java Flight Recorder:
#   BEACON_BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/import.jfr" benchmark/import.sh
# SKIP_BUILD=1 uses target/beacon.jar as it is; BEACON_BENCH_PORT moves the server from port 8088.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
PORT=${BEACON_BENCH_PORT:-8088}; OUT=target/bench-import; mkdir -p "$OUT"; rm -rf "$OUT/data" "$OUT/files"
HEAP=${BEACON_BENCH_HEAP:-512m}
command -v psql >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null; }

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" uk.beacon.benchmark.MeasurementFile \
  "$OUT/files" "$ROWS" 42
size=$(du -m "$OUT/files/measurements.csv" | cut -f1)

PASSWORD="bench-$(date +%s)-password"
BEACON_ADMIN_PASSWORD="$PASSWORD" BEACON_DATA_DIR="$OUT/data" BEACON_DEMO_DATA=false java -Xmx$HEAP ${BEACON_BENCH_JAVA_OPTS:-} -jar target/beacon.jar --server.port=$PORT \
  --spring.servlet.multipart.max-file-size=1GB --spring.servlet.multipart.max-request-size=1GB \
  > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
# ready once the first administrator exists (created just after the server starts listening)
until curl -fs -o /dev/null -u "admin:$PASSWORD" "http://localhost:$PORT/account"; do sleep 0.2; done
curl -fs -u "admin:$PASSWORD" -F "files=@$OUT/files/organisation.csv" -F "files=@$OUT/files/indicators.csv" \
  "http://localhost:$PORT/api/v1/imports" > /dev/null
before=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")
postmaster=$(head -1 "$OUT/data/postgres/postmaster.pid")
# CPU seconds (user and system) of a process and, with a second argument, its children
ticks=$(getconf CLK_TCK)
cpu() { { cat "/proc/$1/stat"; [ -z "${2:-}" ] || for c in $(pgrep -P "$1"); do cat "/proc/$c/stat" 2>/dev/null; done; } |
  sed 's/^.*) //' | awk -v t="$ticks" '{ s += $12 + $13 } END { printf "%.2f", s / t }'; }
load=$(cut -d' ' -f1-3 /proc/loadavg)
jvm0=$(cpu $PID); db0=$(cpu "$postmaster" children)

start=$(date +%s.%N)
curl -fs -u "admin:$PASSWORD" -F "files=@$OUT/files/measurements.csv" "http://localhost:$PORT/api/v1/imports" > "$OUT/import.json"
beacon=$(awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $start }")
jvm=$(awk "BEGIN { printf \"%.2f\", $(cpu $PID) - $jvm0 }"); db=$(awk "BEGIN { printf \"%.2f\", $(cpu "$postmaster" children) - $db0 }")
rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")

db_port=$(sed -n 4p "$OUT/data/postgres/postmaster.pid")
sql() { PGPASSWORD="$(cat "$OUT/data/postgres-owner-password")" psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$db_port" -U postgres -d postgres "$@"; }
sql -c "create table bare_measurement (indicator_code text, data_period text, reporting_period text,
  value numeric, performance_details text)"
start=$(date +%s.%N)
sql -c "\\copy bare_measurement from '$OUT/files/measurements.csv' with (format csv, header)"
copy=$(awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $start }")
copied=$(sql -At -c "select count(*) from bare_measurement")
imported=$(sql -At -c "select count(*) from measurement")

# the floor for Beacon's own table: COPY of the saved rows into a table with the same
# constraints, indexes and foreign key as measurement
cols="indicator_id, data_period, data_period_start, data_period_end, reporting_period, reporting_period_start,
  value, numerator, denominator, provisional, estimated, value_as_printed, performance_details, current_activity,
  future_activity, assessed_status, assessment_reason, note"
sql -c "\\copy (select $(echo $cols) from measurement) to '$OUT/files/measurement-table.tsv'"
sql -c "create table indexed_measurement (like measurement including all)" \
  -c "alter table indexed_measurement add foreign key (indicator_id) references indicator (id)"
start=$(date +%s.%N)
sql -c "\\copy indexed_measurement ($(echo $cols)) from '$OUT/files/measurement-table.tsv'"
indexed=$(awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $start }")

{
  echo "Import of $ROWS measurement rows (${size} MB of CSV); $(nproc) cores; heap $HEAP; load average $load at the start of Beacon's import, $(cut -d' ' -f1-3 /proc/loadavg) at the end; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); $(date -u '+%Y-%m-%d %H:%M') UTC."
  echo
  echo "| Load | Rows | Seconds | Rows/s |"
  echo "|---|---|---|---|"
  echo "| Beacon: POST /api/v1/imports (validated, all or nothing) | $imported | $beacon | $(awk "BEGIN { printf \"%.0f\", $imported / $beacon }") |"
  echo "| PostgreSQL: psql \\copy into a bare table | $copied | $copy | $(awk "BEGIN { printf \"%.0f\", $copied / $copy }") |"
  echo "| PostgreSQL: psql \\copy into a table with measurement's constraints, indexes and foreign key | $imported | $indexed | $(awk "BEGIN { printf \"%.0f\", $imported / $indexed }") |"
  echo
  echo "Beacon / COPY into a bare table: $(awk "BEGIN { printf \"%.1f\", $beacon / $copy }")×; Beacon / COPY into Beacon's table: $(awk "BEGIN { printf \"%.1f\", $beacon / $indexed }")×."
  echo "Server memory before the import ${before} MB, peak (VmHWM) ${rss} MB."
  echo "CPU time of Beacon's import: ${jvm} s in Beacon's JVM, ${db} s in PostgreSQL (the server and its connections)."
} | tee "$OUT/results.md"
