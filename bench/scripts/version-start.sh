#!/usr/bin/env bash
# Goal 8: `backlinks --version` wall time, the launcher against the bare jar, side by side in each
# run (order alternating), after one untimed run of each. Prints Markdown.
#
#   RUNS=10 bench/scripts/version-start.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-10}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
out=$(mktemp)
trap 'rm -f "$out"' EXIT
wall() { /usr/bin/time -f '%e' -o "$out" "$@" >/dev/null; cat "$out"; }
wall cli/target/backlinks --version >/dev/null
wall "$JAVA" -jar cli/target/backlinks.jar --version >/dev/null
rows=()
for run in $(seq 1 "$RUNS"); do
  if [ $((run % 2)) -eq 1 ]; then
    l=$(wall cli/target/backlinks --version); j=$(wall "$JAVA" -jar cli/target/backlinks.jar --version)
  else
    j=$(wall "$JAVA" -jar cli/target/backlinks.jar --version); l=$(wall cli/target/backlinks --version)
  fi
  rows+=("$l $j")
done
stats() { printf '%s\n' "${rows[@]}" | awk "{ print \$$1 }" | sort -g | awk '{ v[NR] = $1 } END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f | %.2f | %.2f", m, v[1], v[NR] }'; }
echo "machine: $(nproc) cores; $("$JAVA" -version 2>&1 | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| \`--version\` wall s ($RUNS runs) | median | min | max |"
echo "|---|---:|---:|---:|"
echo "| cli/target/backlinks | $(stats 1) |"
echo "| java -jar cli/target/backlinks.jar | $(stats 2) |"
