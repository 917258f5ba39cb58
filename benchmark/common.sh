# What Beacon's load benchmarks share, sourced by benchmark/run.sh, benchmark/mixed.sh and
# benchmark/growth.sh: builds the jar, generates the large council (seed 42), starts Beacon on a
# fresh embedded database as production would run it, imports the council through the API, signs
# in once through the form and names the pages the benchmarks drive. Set INDICATORS, YEARS and
# RISKS (and DIRECTORATES, 6 unless set) before sourcing it. BENCH_STEPS=functions defines the
# steps below (bench_build, bench_generate, bench_start, bench_import, bench_sign_in, bench_stop)
# without running them, for a script that runs them more than once.
# The server runs with a 512 MB heap and 10 database connections (BEACON_BENCH_HEAP and
# BEACON_BENCH_POOL change them; BEACON_BENCH_JAVA_OPTS adds to the server's JVM options, e.g. to
# record it with Java Flight Recorder; BEACON_BENCH_PORT moves it from port 8089). Afterwards: PORT, PASSWORD, PID (the server), OUT (target/bench),
# session (the SESSION cookie), scorecard (Directorate 1's), startup and import (seconds), rows
# (figures imported), began (when the run began) and pages ("name|path" each).
PORT=${BEACON_BENCH_PORT:-8089}; OUT=${OUT:-target/bench}; mkdir -p "$OUT"
HEAP=${BEACON_BENCH_HEAP:-512m}; POOL=${BEACON_BENCH_POOL:-10}
began=$(date +%s)

# the jar, and the classpath of the generators in test code
bench_build() {
  command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
}

# the council's CSV files in $OUT/council: bench_generate indicators years risks [directorates]
bench_generate() {
  rm -rf "$OUT/council"
  java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" uk.beacon.benchmark.LargeCouncil \
    "$OUT/council" 42 "$1" "$2" "$3" "${4:-6}"
  rows=$(($(wc -l < "$OUT/council/measurements.csv") - 1))
}

# Beacon on a fresh embedded database in $OUT/data, without the demo data; sets PID and startup
bench_start() {
  rm -rf "$OUT/data"
  # the first administrator's password on the fresh database; the pages are fetched signed in as them
  PASSWORD="bench-$(date +%s)-password"
  local start; start=$(date +%s.%N)
  BEACON_ADMIN_PASSWORD="$PASSWORD" BEACON_DATA_DIR="$OUT/data" BEACON_DEMO_DATA=false java -Xmx$HEAP ${BEACON_BENCH_JAVA_OPTS:-} -jar target/beacon.jar --server.port=$PORT \
    --spring.datasource.hikari.maximum-pool-size=$POOL --spring.servlet.multipart.max-file-size=${BEACON_BENCH_MAX_FILE:-100MB} \
    --spring.servlet.multipart.max-request-size=${BEACON_BENCH_MAX_REQUEST:-200MB} > "$OUT/server.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null || true' EXIT
  # ready once the first administrator exists (created just after the server starts listening)
  until curl -fs -o /dev/null -u "admin:$PASSWORD" "http://localhost:$PORT/account"; do
    kill -0 $PID 2>/dev/null || { echo "Beacon did not start: see $OUT/server.log" >&2; return 1; }
    sleep 0.2
  done
  startup=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }")
}

# every CSV file in the folder ($OUT/council unless given) in one POST /api/v1/imports; sets import
bench_import() {
  local args=() f start
  for f in "${1:-$OUT/council}"/*.csv; do args+=(-F "files=@$f"); done
  start=$(date +%s.%N)
  curl -fsS -u "admin:$PASSWORD" "${args[@]}" "http://localhost:$PORT/api/v1/imports" > "$OUT/import.json" || return 1
  import=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }")
}

# sign in once through the form, as a person would; every request then carries the session cookie
bench_sign_in() {
  local jar="$OUT/cookies.txt" csrf
  rm -f "$jar"
  csrf=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/sign-in"
  session=$(awk '$6 == "SESSION" {print $7}' "$jar")
  [ -n "$session" ] || { echo "signing in failed: see $OUT/server.log" >&2; return 1; }
}

# the id of the scorecard of that name
bench_scorecard() {
  curl -fs "http://localhost:$PORT/api/v1/scorecards" | python3 -c \
    'import json,sys; print(next(s["id"] for s in json.load(sys.stdin) if s["name"]==sys.argv[1]))' "$1"
}

bench_stop() {
  kill $PID 2>/dev/null || true
  wait $PID 2>/dev/null || true
}

[ "${BENCH_STEPS:-}" = functions ] && return 0

bench_build
bench_generate "$INDICATORS" "$YEARS" "$RISKS" "${DIRECTORATES:-6}"
bench_start
bench_import
bench_sign_in
scorecard=$(bench_scorecard "Directorate 1 scorecard")
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
