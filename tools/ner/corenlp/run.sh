#!/usr/bin/env bash
# Scores newsgraph's name finder and Stanford CoreNLP's (the 3-class CRF alone, and the default NER
# annotator) on the same development and test sets, with newsgraph's own `eval` (conlleval counting),
# and times each tagger on the same tokens. Needs ../shared/corpora (not for users: the team's measure)
# and Maven Central for CoreNLP 4.5.7, which stays in this module and never enters newsgraph's jar.
#
#   tools/ner/corenlp/run.sh [--corpora=DIR] [--sets=NAME,...] [--out=DIR] [--jar=JAR] [--speed=CONLL]
#   tools/ner/corenlp/run.sh --team [--held-out] --sets=     # the team's sets in src/main/ner/dev (session 24)
#
# --team also scores the team's own sets (src/main/ner/dev/*.conll; the held-out ones, suffix HELD_OUT as in
# tools/ner/team_sets.sh, only with --held-out), tagged by CoreNLP in one run over all of them (its models load once)
# and cut back per set.
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
team=false
held_out=false
for a in "$@"; do
  case $a in
    --team) team=true ;;
    --held-out) held_out=true ;;
    --corpora=*) corpora=${a#*=} ;;
    --sets=*) sets=${a#*=} ;;
    --out=*) out=${a#*=} ;;
    --jar=*) jar=${a#*=} ;;
    --speed=*) speed=${a#*=} ;;
    *) echo "usage: $0 [--corpora=DIR] [--sets=NAME,...] [--out=DIR] [--jar=JAR] [--speed=CONLL] [--team [--held-out]]" >&2
       exit 2 ;;
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
for s in ${names[@]+"${names[@]}"}; do
  java -jar "$jar" eval --config="$config" --corpora="$corpora" --set="$s" --export="$out/$s.conll" >/dev/null
  java -jar "$jar" tag --format=conll --input="$out/$s.conll" --output="$out/$s.newsgraph.tsv" 2>/dev/null
  java -Xmx4g -cp "$cp" CoreNlpReference crf "$out/$s.conll" "$out/$s.corenlp-crf.tsv" 2>/dev/null
  java -Xmx6g -cp "$cp" CoreNlpReference pipeline "$out/$s.conll" "$out/$s.corenlp.tsv" 2>/dev/null
  score "$out/$s.conll" "$out/$s.newsgraph.tsv" "$s newsgraph"
  score "$out/$s.conll" "$out/$s.corenlp-crf.tsv" "$s CoreNLP 3-class CRF"
  score "$out/$s.conll" "$out/$s.corenlp.tsv" "$s CoreNLP NER annotator"
done

if $team; then
  held=${HELD_OUT:--9}
  : > "$out/team.conll"
  : > "$out/team.index"
  for f in "$root"/src/main/ner/dev/*.conll; do
    name=$(basename "$f" .conll)
    if [[ "$name" == *"$held" ]] && ! $held_out; then continue; fi
    first=$(wc -l < "$out/team.conll")
    cat "$f" >> "$out/team.conll"
    [ -z "$(tail -c1 "$f")" ] || echo >> "$out/team.conll"
    echo "$name $first $(wc -l < "$out/team.conll")" >> "$out/team.index"
  done
  java -Xmx4g -cp "$cp" CoreNlpReference crf "$out/team.conll" "$out/team.corenlp-crf.tsv" 2>/dev/null
  java -Xmx6g -cp "$cp" CoreNlpReference pipeline "$out/team.conll" "$out/team.corenlp.tsv" 2>/dev/null
  while read -r name first last; do
    gold=$root/src/main/ner/dev/$name.conll
    java -jar "$jar" tag --format=conll --input="$gold" --output="$out/$name.newsgraph.tsv" 2>/dev/null
    sed -n "$((first + 1)),${last}p" "$out/team.corenlp-crf.tsv" > "$out/$name.corenlp-crf.tsv"
    sed -n "$((first + 1)),${last}p" "$out/team.corenlp.tsv" > "$out/$name.corenlp.tsv"
    score "$gold" "$out/$name.newsgraph.tsv" "$name newsgraph"
    score "$gold" "$out/$name.corenlp-crf.tsv" "$name CoreNLP 3-class CRF"
    score "$gold" "$out/$name.corenlp.tsv" "$name CoreNLP NER annotator"
  done < "$out/team.index"
fi

if [ -n "$speed" ]; then
  pin=; command -v taskset >/dev/null && pin="taskset -c 1"
  $pin java -jar "$jar" tag --format=conll --input="$speed" --output="$out/speed.newsgraph.tsv" --stats 2>&1 | sed 's/^/newsgraph: /'
  $pin java -Xmx4g -cp "$cp" CoreNlpReference crf "$speed" "$out/speed.corenlp-crf.tsv" 2>&1 | grep tokens
  $pin java -Xmx6g -cp "$cp" CoreNlpReference pipeline "$speed" "$out/speed.corenlp.tsv" 2>&1 | grep tokens
fi
