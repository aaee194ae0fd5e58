#!/usr/bin/env bash
# Runs the comparisons of bench/RESULTS.md (the goals of issue 14), one after the other, each as
# RUNS side-by-side runs, writing each one's Markdown to bench/jmh/target/results/. Takes about 20
# minutes on 2 cores with RUNS=5. Run it on a quiet machine, after building:
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
step "3+5 end to end, 100,000 rows, with the floor"
ROWS=100000 WORK=bench/jmh/target/e2e-100k bench/scripts/e2e-raw-backlinks.sh | tee "$OUT/3-e2e-100k.md"
step "4+5 end to end, 1,000,000 rows, with the floor"
ROWS=1000000 WORK=bench/jmh/target/e2e-1m bench/scripts/e2e-raw-backlinks.sh | tee "$OUT/4-e2e-1m.md"
step "6 NiFi"
"$JAVA" -Xmx1g -jar bench/nifi/target/nifi-bench.jar "$RUNS" 1000000 10000 2>/dev/null \
  | tee "$OUT/6-nifi.md"
step "7 batch metrics, 20 ms added latency"
bench/scripts/jmh-runs.sh BatchMetricsBenchmark | tee "$OUT/7-batch-metrics.md"
step "8 --version"
RUNS=$((RUNS * 2)) bench/scripts/version-start.sh | tee "$OUT/8-version.md"
step "done"
