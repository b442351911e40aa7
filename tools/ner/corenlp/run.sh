#!/usr/bin/env bash
# Scores newsgraph's name finder and Stanford CoreNLP's (the 3-class CRF alone, and the default NER
# annotator) on the same development and test sets, with newsgraph's own `eval` (conlleval counting),
# and times each tagger on the same tokens. Needs ../shared/corpora (not for users: the team's measure)
# and Maven Central for CoreNLP 4.5.7, which stays in this module and never enters newsgraph's jar.
#
#   tools/ner/corenlp/run.sh [--corpora=DIR] [--sets=NAME,...] [--out=DIR] [--jar=JAR] [--speed=CONLL]
#
# Prints one line per set and tagger: P, R, F1 overall and F1 per type; the tagged files stay in --out.
# --speed=CONLL (sets= may then be empty) times the taggers on that file, each on one core (taskset -c 1),
# model load excluded: newsgraph's `tag --stats` line, then CoreNLP's tokens/s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
corpora=$root/../shared/corpora
sets=gum-news-dev,gum-news-test,ewt-dev,ewt-test,crossner-politics-test,re3d-test-names
out=${TMPDIR:-/tmp}/newsgraph-corenlp
jar=$root/target/newsgraph.jar
speed=
for a in "$@"; do
  case $a in
    --corpora=*) corpora=${a#*=} ;;
    --sets=*) sets=${a#*=} ;;
    --out=*) out=${a#*=} ;;
    --jar=*) jar=${a#*=} ;;
    --speed=*) speed=${a#*=} ;;
    *) echo "usage: $0 [--corpora=DIR] [--sets=NAME,...] [--out=DIR] [--jar=JAR] [--speed=CONLL]" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
mkdir -p "$out"
mvn -B -q -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$here/target/classes:$(cat "$out/cp.txt")"
config=$root/src/main/ner/train-config.properties

score() { # gold predicted label
  java -jar "$jar" eval --input="$1" --predicted="$2" | awk -v l="$3" '
    $1=="PER"||$1=="ORG"||$1=="LOC" {f[$1]=$4}
    $1=="overall" {printf "%-34s P %.3f  R %.3f  F1 %.3f   PER %.3f  ORG %.3f  LOC %.3f\n", l, $2, $3, $4, f["PER"], f["ORG"], f["LOC"]}'
}

IFS=, read -ra names <<< "$sets"
for s in "${names[@]}"; do
  java -jar "$jar" eval --config="$config" --corpora="$corpora" --set="$s" --export="$out/$s.conll" >/dev/null
  java -jar "$jar" tag --format=conll --input="$out/$s.conll" --output="$out/$s.newsgraph.tsv" 2>/dev/null
  java -Xmx4g -cp "$cp" CoreNlpReference crf "$out/$s.conll" "$out/$s.corenlp-crf.tsv" 2>/dev/null
  java -Xmx6g -cp "$cp" CoreNlpReference pipeline "$out/$s.conll" "$out/$s.corenlp.tsv" 2>/dev/null
  score "$out/$s.conll" "$out/$s.newsgraph.tsv" "$s newsgraph"
  score "$out/$s.conll" "$out/$s.corenlp-crf.tsv" "$s CoreNLP 3-class CRF"
  score "$out/$s.conll" "$out/$s.corenlp.tsv" "$s CoreNLP NER annotator"
done

if [ -n "$speed" ]; then
  pin=; command -v taskset >/dev/null && pin="taskset -c 1"
  $pin java -jar "$jar" tag --format=conll --input="$speed" --output="$out/speed.newsgraph.tsv" --stats 2>&1 | sed 's/^/newsgraph: /'
  $pin java -Xmx4g -cp "$cp" CoreNlpReference crf "$speed" "$out/speed.corenlp-crf.tsv" 2>&1 | grep tokens
  $pin java -Xmx6g -cp "$cp" CoreNlpReference pipeline "$speed" "$out/speed.corenlp.tsv" 2>&1 | grep tokens
fi
