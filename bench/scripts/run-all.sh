#!/usr/bin/env bash
# Runs the five comparisons of bench/RESULTS.md, one after the other, each as RUNS pairs, writing
# each one's Markdown to bench/jmh/target/results/. Takes about 15 minutes on 2 cores. Run it on a
# quiet machine, after building:
#
#   ./mvnw -B install -DskipTests     # or at least sandbox, core, cli, nifi-processors, bench/jmh, bench/nifi
#   bench/scripts/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

export RUNS=${RUNS:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
OUT=bench/jmh/target/results
mkdir -p "$OUT"

step() {
  echo "== $1 ($(date -u +%H:%M:%S))" >&2
}

step "1 raw page parse"
bench/scripts/jmh-runs.sh RawPageParseBenchmark -prof gc | tee "$OUT/1-raw-page-parse.md"
step "2 export decode"
bench/scripts/jmh-runs.sh ExportDecodeBenchmark -prof gc | tee "$OUT/2-export-decode.md"
step "3 end to end"
bench/scripts/e2e-raw-backlinks.sh | tee "$OUT/3-e2e.md"
step "4 NiFi"
"$JAVA" -Xmx1g -jar bench/nifi/target/nifi-bench.jar "$RUNS" 1000000 10000 2>/dev/null \
  | tee "$OUT/4-nifi.md"
step "5 batch metrics"
bench/scripts/jmh-runs.sh BatchMetricsBenchmark | tee "$OUT/5-batch-metrics.md"
step "done"
