#!/usr/bin/env bash
# Runs one JMH benchmark class RUNS times (each run measures the core benchmark and its peers back
# to back, in one fork each) and prints the Markdown summary: median/min/max of the runs and the
# core/peer ratio computed run by run (io.spsbacklinks.bench.JmhSummary).
#
#   bench/scripts/jmh-runs.sh RawPageParseBenchmark          # from the repository root
#   RUNS=5 bench/scripts/jmh-runs.sh ExportDecodeBenchmark
#   bench/scripts/jmh-runs.sh RawPageParseBenchmark -prof gc   # extra JMH options
#   JAR=/tmp/before/benchmarks.jar OUT=/tmp/before/jmh bench/scripts/jmh-runs.sh ...   # another build
set -euo pipefail
cd "$(dirname "$0")/../.."

benchmark=${1:?usage: jmh-runs.sh BenchmarkClass [jmh options]}
shift
RUNS=${RUNS:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${JAR:-bench/jmh/target/benchmarks.jar}
OUT=${OUT:-bench/jmh/target/jmh/$benchmark}
[ -f "$JAR" ] || { echo "missing $JAR: ./mvnw -B package -f bench/pom.xml -DskipTests" >&2; exit 2; }

mkdir -p "$OUT"
files=()
for run in $(seq 1 "$RUNS"); do
  echo "run $run/$RUNS: $JAVA -jar $JAR $benchmark $* -rf json -rff $OUT/run-$run.json" >&2
  "$JAVA" -jar "$JAR" "$benchmark" "$@" -rf json -rff "$OUT/run-$run.json" >"$OUT/run-$run.log" 2>&1 \
    || { tail -n 30 "$OUT/run-$run.log" >&2; exit 1; }
  grep -E '^(coreClient|peerOneAtATime|peerOkHttpJackson): ' "$OUT/run-$run.log" | sort -u >&2 || true
  files+=("$OUT/run-$run.json")
done
echo "machine: $(nproc) cores, $(uname -sr); $("$JAVA" -version 2>&1 | head -n 1)"
echo "command (x$RUNS): $JAVA -jar $JAR $benchmark $* -rf json"
echo
"$JAVA" -cp "$JAR" io.spsbacklinks.bench.JmhSummary "${files[@]}"
