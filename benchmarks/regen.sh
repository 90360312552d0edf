#!/usr/bin/env bash
# Figure 5 of docs/benchmarks.md: regeneration cost, measured in a COPY of the repository (the working tree is
# never touched and nothing is installed into ~/.m2).
#   1. no-change   ./mvnw -q -o -pl generated-client compile   (after one warm-up run)
#   2. one-line edit of a description in the copy's spec, then the same command; checks the edit reached the
#      generated Java
#   3. ./mvnw -B -ntp -o clean verify in the copy (the test command, from clean)
# Usage: benchmarks/regen.sh [--no-verify]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/kling4j-regen-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
tar -C "$ROOT" --exclude=./.git --exclude='*/target' --exclude=./target -cf - . | tar -C "$WORK" -xf -
cd "$WORK"
SPEC=spec/src/main/resources/openapi/kling.yaml
LINE='Body of `POST /api/v1/kling/text_to_video`.'
MODEL=generated-client/target/generated-sources/openapi/src/gen/java/main/io/kling4j/generated/model/TextToVideoRequest.java

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; return 1; }
  t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }

./mvnw -q -o -pl generated-client compile >/dev/null 2>&1 || { echo "warm-up build failed"; exit 1; }
echo "no-change compile: $(seconds ./mvnw -q -o -pl generated-client compile) s"
grep -qF "$LINE" "$SPEC" || { echo "description line not found in the spec"; exit 1; }
sed -i "s|$LINE|Body of \`POST /api/v1/kling/text_to_video\` (regen benchmark edit).|" "$SPEC"
echo "one-line spec edit -> compiled generated client: $(seconds ./mvnw -q -o -pl generated-client compile) s"
grep -q "regen benchmark edit" "$MODEL" && echo "edit present in generated TextToVideoRequest.java: yes" \
  || echo "edit present in generated TextToVideoRequest.java: NO"
if [ "${1:-}" != "--no-verify" ]; then
  if T=$(seconds ./mvnw -B -ntp -o clean verify); then
    echo "clean ./mvnw -B -ntp -o verify of the copy: $T s (green)"
  else
    echo "clean ./mvnw -B -ntp -o verify of the copy: FAILED (log tail above)"
  fi
fi
