#!/usr/bin/env bash
# Times the cabinet report: Worcestershire CF&C Q2 2019/20 from the demo data, drafted and
# rendered as HTML, PDF, Word and Excel after a warm-up. One command:
#   benchmark/report.sh [warm-up runs=5] [timed runs=10]
# Prints min, median and max milliseconds per step and writes target/bench/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${1:-5}; RUNS=${2:-10}; OUT=target/bench; mkdir -p "$OUT"
./mvnw -q -B test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" uk.beacon.reporting.ReportBenchmark "$WARMUP" "$RUNS"
