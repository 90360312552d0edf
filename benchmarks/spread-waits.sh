#!/usr/bin/env bash
# Issue 14 item 5: 100,000 concurrent waits on 30-120 s tasks, accelerated clock, for each CPU setting given
# (default: 1 2 none). The sandbox's task creation (untimed, ~3 min) runs outside the shared build lock; the
# measured part runs inside it so that no Maven build overlaps it. Usage: benchmarks/spread-waits.sh [N] [SCALE] [CPUS...]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}; scale=${2:-2}; shift 2 || true
cpus=("$@"); [ ${#cpus[@]} -gt 0 ] || cpus=(1 2 none)
jar=${JAR:-benchmarks/target/benchmarks.jar}  # JAR=copy.jar: rebuilds cannot touch a running run
for c in "${cpus[@]}"; do
  flag=(); [ "$c" = none ] || flag=(-XX:ActiveProcessorCount="$c")
  go=$(mktemp -u /tmp/spread-go.XXXXXX); log=$(mktemp /tmp/spread-log.XXXXXX)
  java "${flag[@]}" -Xmx512m -Dsun.net.httpserver.nodelay=true -Dbench.histogram=true -Dbench.goFile="$go" \
    -cp "$jar" io.kling4j.benchmarks.SpreadWaitRun "$n" "$scale" >"$log" 2>&1 &
  pid=$!
  until grep -q READY "$log" || ! kill -0 "$pid" 2>/dev/null; do sleep 2; done
  flock /tmp/kling4j-mvn.lock bash -c "touch '$go'; while kill -0 $pid 2>/dev/null; do sleep 1; done"
  wait "$pid" || true
  echo "== cpus=$c"; grep -E 'RESULT|THREADS-AT-PEAK|HISTO|Exception' "$log" | head -40
  rm -f "$go"
done
