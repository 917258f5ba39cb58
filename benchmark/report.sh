#!/usr/bin/env bash
# Times the cabinet report, drafted and rendered as HTML, PDF, Word and Excel after a warm-up:
# Worcestershire CF&C Q2 2019/20 from the demo data (demo, the default), the large council's
# biggest directorate scorecard at its latest quarter (large: seed 42, 2000 indicators, imported
# first), or one after the other (both). One command:
#   benchmark/report.sh [warm-up runs=5] [timed runs=10] [demo|large|both]
#   benchmark/report.sh 2 5 large    # the large report: 7 to 10 minutes on 2 cores
# Prints min, median and max milliseconds per step, the median CPU time of the thread and of the
# whole JVM (the PDF draws its charts on other threads), and writes target/bench/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${1:-5}; RUNS=${2:-10}; COUNCILS=${3:-demo}; OUT=target/bench; mkdir -p "$OUT"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" uk.beacon.reporting.ReportBenchmark "$WARMUP" "$RUNS" "$COUNCILS"
