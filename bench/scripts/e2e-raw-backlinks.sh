#!/usr/bin/env bash
# Benchmarks 3-5, end to end: `backlinks raw-backlinks ... --format jsonl` of a sandbox target over
# loopback, as the README launches it (cli/target/backlinks, no user flags), against the peer
# (peer-curl-jq.sh) and the floor (floor-curl.sh: the same pages fetched by curl and thrown away)
# on the same sandbox, side by side in each run (the order rotates between runs). Reports wall
# seconds and peak RSS (/usr/bin/time) per run, the ratios per run, and median/min/max as Markdown.
#
#   bench/scripts/e2e-raw-backlinks.sh            # from the repository root, after the build
#   RUNS=5 ROWS=100000 LIMIT=10000 bench/scripts/e2e-raw-backlinks.sh
#   CLI_JAVA_OPTS=-Xmx64m bench/scripts/e2e-raw-backlinks.sh   # JAVA_OPTS for the launcher
#   CLI="java -jar cli/target/backlinks.jar" bench/scripts/e2e-raw-backlinks.sh   # the bare jar
#
# Needs: java (JAVA_HOME or PATH), cli/target/backlinks (+ .jar), sandbox/target/sps-backlinks-sandbox.jar,
# curl, jq and GNU time (jq and time are installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
ROWS=${ROWS:-1000000}
LIMIT=${LIMIT:-10000}
MODE=domain
TARGET="big-${ROWS}.example"
KEY=sandbox-demo-key
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
CLI_JAR=cli/target/backlinks.jar
read -r -a cli_launch <<<"${CLI:-cli/target/backlinks}"
SANDBOX_JAR=sandbox/target/sps-backlinks-sandbox.jar
PEER=bench/scripts/peer-curl-jq.sh
FLOOR=bench/scripts/floor-curl.sh
WORK=${WORK:-bench/jmh/target/e2e}

for jar in "$CLI_JAR" "$SANDBOX_JAR"; do
  [ -f "$jar" ] || { echo "missing $jar: build first (./mvnw -B install -DskipTests)" >&2; exit 2; }
done
missing=()
command -v jq >/dev/null || missing+=(jq)
[ -x /usr/bin/time ] || missing+=(time)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$WORK"
# The JDK's HttpServer (the sandbox's) leaves Nagle's algorithm on unless told: with the clients'
# delayed ACKs that costs ~40 ms per response, for both sides. A real API server does not wait.
"$JAVA" -Dsun.net.httpserver.nodelay=true -jar "$SANDBOX_JAR" --port 0 >"$WORK/sandbox.log" 2>&1 &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT
endpoint=""
for _ in $(seq 1 100); do
  endpoint=$(sed -n 's/^ *endpoint: *//p' "$WORK/sandbox.log" | head -n 1)
  [ -n "$endpoint" ] && break
  sleep 0.1
done
[ -n "$endpoint" ] || { echo "the sandbox did not start; see $WORK/sandbox.log" >&2; exit 1; }

export JAVA_OPTS=${CLI_JAVA_OPTS:-}
cli_cmd=("${cli_launch[@]}" raw-backlinks --endpoint "$endpoint" --api-key "$KEY"
  --target "$TARGET" --mode "$MODE" --limit "$LIMIT" --format jsonl --no-progress)
peer_cmd=(bash "$PEER" "$endpoint" "$KEY" "$TARGET" "$MODE" "$LIMIT")
floor_cmd=(bash "$FLOOR" "$endpoint" "$KEY" "$TARGET" "$MODE" "$LIMIT")

# Runs one side; prints "rows seconds maxrss_kb". Output goes through wc -l, never to disk.
measure() {
  local name=$1; shift
  local rows
  rows=$( { /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" 2>"$WORK/$name.err"; } | wc -l)
  if [ "$name" != floor ] && [ "$rows" -ne "$ROWS" ]; then
    echo "$name printed $rows rows, expected $ROWS; see $WORK/$name.err" >&2
    exit 1
  fi
  echo "$rows $(cat "$WORK/$name.time")"
}

echo "warm-up (sandbox JIT, page cache): one untimed run of each" >&2
measure cli "${cli_cmd[@]}" >/dev/null
measure peer "${peer_cmd[@]}" >/dev/null
measure floor "${floor_cmd[@]}" >/dev/null

results="$WORK/results.tsv"
: >"$results"
for run in $(seq 1 "$RUNS"); do
  case $((run % 3)) in
    1) c=$(measure cli "${cli_cmd[@]}"); p=$(measure peer "${peer_cmd[@]}"); f=$(measure floor "${floor_cmd[@]}") ;;
    2) p=$(measure peer "${peer_cmd[@]}"); f=$(measure floor "${floor_cmd[@]}"); c=$(measure cli "${cli_cmd[@]}") ;;
    0) f=$(measure floor "${floor_cmd[@]}"); c=$(measure cli "${cli_cmd[@]}"); p=$(measure peer "${peer_cmd[@]}") ;;
  esac
  echo "$run $c $p $f $(cut -d' ' -f1-3 /proc/loadavg | tr ' ' /)" | tee -a "$results" >&2
done

echo
echo "machine: $(nproc) cores, $(uname -sr); $("$JAVA" -version 2>&1 | head -n 1); $(jq --version); $(curl --version | head -n 1 | cut -d' ' -f1-2)"
echo "target $TARGET ($ROWS backlinks), mode $MODE, limit $LIMIT per page, $RUNS runs of the three"
echo "CLI:   ${cli_cmd[*]} | wc -l  (JAVA_OPTS='$JAVA_OPTS')" | sed "s#$KEY#***#"
echo "peer:  ${peer_cmd[*]} | wc -l" | sed "s#$KEY#***#"
echo "floor: ${floor_cmd[*]}" | sed "s#$KEY#***#"
echo
# results.tsv: run, CLI rows s KB, peer rows s KB, floor rows s KB, load average at the run's end
echo "| run | CLI s | CLI peak RSS MB | peer s | peer peak RSS MB | floor s | wall peer/CLI | wall CLI/floor | load avg |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
awk '{ printf "| %d | %.2f | %.0f | %.2f | %.0f | %.2f | %.2f | %.2f | %s |\n", $1, $3, $4 / 1024, $6, $7 / 1024, $9, $6 / $3, $3 / $9, $11 }' "$results"
summary() { # column expression -> median min max
  awk "{ print $1 }" "$results" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%.2f | %.2f | %.2f", m, v[1], v[NR] }'
}
echo
echo "| figure | median | min | max |"
echo "|---|---:|---:|---:|"
echo "| CLI wall s | $(summary '$3') |"
echo "| peer wall s | $(summary '$6') |"
echo "| floor wall s | $(summary '$9') |"
echo "| wall peer/CLI (per run; >1 = CLI faster) | $(summary '$6 / $3') |"
echo "| wall CLI/floor (per run) | $(summary '$3 / $9') |"
echo "| CLI rows/s | $(summary '$2 / $3') |"
echo "| CLI peak RSS MB | $(summary '$4 / 1024') |"
echo "| peer peak RSS MB | $(summary '$7 / 1024') |"
