#!/usr/bin/env bash
# tools/ner/team_sets.sh [--held-out] [JAR]: the team's labelled sets (src/main/ner/dev/*.conll) scored by JAR
# (default target/newsgraph.jar), one line each: PER / ORG / LOC F1, overall P / R / F1. The held-out sets (named in
# src/main/ner/dev/README.md; set HELD_OUT to their suffix, default -9) are left out unless --held-out is given: score
# them once at a session's end, and never read their errors.
set -euo pipefail
cd "$(dirname "$0")/../.."
WITH_HELD_OUT=false
if [[ "${1:-}" == "--held-out" ]]; then WITH_HELD_OUT=true; shift; fi
JAR=${1:-target/newsgraph.jar}
HELD_OUT=${HELD_OUT:--9}
for f in src/main/ner/dev/*.conll; do
  name=$(basename "$f" .conll)
  if [[ "$name" == *"$HELD_OUT" ]]; then
    $WITH_HELD_OUT || continue
    name="$name (held out)"
  fi
  java -jar "$JAR" eval --input="$f" | awk -v n="$name" '
    $1 == "PER" || $1 == "ORG" || $1 == "LOC" { t[$1] = $4 }
    $1 == "overall" { printf "%-32s PER %s  ORG %s  LOC %s  overall P %s R %s F1 %s\n", n, t["PER"], t["ORG"], t["LOC"], $2, $3, $4 }'
done
