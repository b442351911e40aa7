#!/usr/bin/env bash
# pipelines/bench.sh: how fast is the whole newsgraph job on this machine, and how much of its time
# is the pipeline's own overhead?
#
#   mvn -B -q package -DskipTests            # once: the script builds nothing
#   pipelines/bench.sh                        # ~20,000 articles (the Wikinews 2019 CSV repeated)
#   pipelines/bench.sh --copies=468           # 4x: ~80,000 articles
#   pipelines/bench.sh --input=FILE           # your own archive (one file, any format the job reads)
#   pipelines/bench.sh --nerModel=none        # any other --option goes to the job (and the bare loop)
#
# By default it writes a temporary JSON Lines .gz archive of the 171 Wikinews 2019 articles
# (../shared/news/wikinews-2019/wikinews_2019.csv, or --source=CSV) repeated --copies times
# (default 117, about 20,000 articles), each copy's text ending in a line with its copy number so
# that dedup keeps them all. Then it runs
#   1. the job:      java -Xmx2g $JVM -jar target/newsgraph.jar run --input=ARCHIVE --output=TMP ...
#                    (DirectRunner), under /usr/bin/time -v for wall time, CPU time and peak RSS
#                    (or sampling VmHWM in /proc if GNU time is missing: apt-get install -y time);
#   2. the bare loop: org.newsgraph.bench.BareLoop, the same models, language check, TextAnalyzer,
#                    name finder and MentionFinder over the same articles in a plain Java loop
#                    on --threads threads (default 2), no Beam;
# and prints one table: articles, tokens, seconds, articles/s, tokens/s, peak RSS, CPU seconds,
# the job's CPU seconds per stage (read, nlp, actors, aggregate, write: summary.json's
# stage_seconds, thread CPU time measured inside the steps), the job's heap after each full
# collection (from its -Xlog:gc log: the data it holds, whatever the collector keeps), and job /
# bare-loop time.
# Figures, not assertions. The machine load (uptime) is printed with them: on a shared machine
# compare CPU seconds rather than wall seconds.
#
# JVM (both runs): --jvm="..." (default: the flags the README recommends for large archives, see
# docs/benchmark.md: the throughput collector, allowed up to 10% of the time in GC
# (-XX:+UseParallelGC -XX:GCTimeRatio=9), with a fixed young generation whose survivor spaces hold
# the data in flight between steps (-Xmn640m -XX:-UsePSAdaptiveSurvivorSizePolicy
# -XX:InitialTenuringThreshold=15): left adaptive, the collector shrinks them mid-run, promotes
# that data, and grows the old generation towards -Xmx the longer the run).
#
# Options: --input=FILE  --source=CSV  --copies=N  --xmx=2g  --jvm="FLAGS"  --threads=2  --no-bare  --keep
#          --jar=target/newsgraph.jar   anything else (--nerModel=none, --targetParallelism=..) goes
#          to the job; --nerModel also to the bare loop.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/newsgraph.jar"
source_csv="$root/../shared/news/wikinews-2019/wikinews_2019.csv"
input=""
copies=117
xmx=2g
jvm="-XX:+UseParallelGC -XX:GCTimeRatio=9 -Xmn640m -XX:-UsePSAdaptiveSurvivorSizePolicy -XX:InitialTenuringThreshold=15"
threads=2
bare=1
keep=0
job_args=()
bare_args=()
for a in "$@"; do
  case "$a" in
    --input=*) input="${a#--input=}" ;;
    --source=*) source_csv="${a#--source=}" ;;
    --copies=*) copies="${a#--copies=}" ;;
    --xmx=*) xmx="${a#--xmx=}" ;;
    --jvm=*) jvm="${a#--jvm=}" ;;
    --threads=*) threads="${a#--threads=}" ;;
    --jar=*) jar="${a#--jar=}" ;;
    --no-bare) bare=0 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    --nerModel=*) job_args+=("$a"); bare_args+=("$a") ;;
    *) job_args+=("$a") ;;
  esac
done
[ -f "$jar" ] || { echo "bench: no $jar; build it first: mvn -B -q package -DskipTests" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-bench.XXXXXX")"
cleanup() { if [ "$keep" = 1 ]; then echo "bench: kept $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT

if [ -z "$input" ]; then
  [ -f "$source_csv" ] || { echo "bench: no $source_csv; give --source=CSV or --input=FILE" >&2; exit 2; }
  input="$work/articles.jsonl.gz"
  python3 - "$source_csv" "$input" "$copies" <<'PY'
import csv, gzip, json, sys
csv.field_size_limit(1 << 30)
src, dst, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = list(csv.DictReader(open(src, newline="", encoding="utf-8")))
with gzip.open(dst, "wt", encoding="utf-8", compresslevel=1) as out:
    for c in range(copies):
        for r in rows:
            text = r["text"] if c == 0 else r["text"] + "\n\n(copy %d)" % c
            out.write(json.dumps({"url": r.get("url"), "date": r.get("date"), "title": r.get("title"),
                                  "text": text}, ensure_ascii=False) + "\n")
PY
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }

# run CMD...: sets wall, cpu, rss_mb (and leaves the command's stdout in $work/stdout)
run_measured() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/stdout"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$work/time.txt")
    rss_mb=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time.txt")
  else
    local start end peak=0 hwm
    start=$(date +%s.%N)
    "$@" > "$work/stdout" & local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
      sleep 0.5
    done
    wait "$pid"
    end=$(date +%s.%N)
    wall=$(python3 -c "print(round($end - $start, 2))")
    cpu="n/a"
    rss_mb=$((peak / 1024))
  fi
}

load_before="$(load)"
# shellcheck disable=SC2086  # $jvm is a list of flags
run_measured java "-Xmx$xmx" $jvm "-Xlog:gc:file=$work/gc.log" -jar "$jar" run --input="$input" --output="$work/out" --progress=false "${job_args[@]}"
job_wall=$wall; job_cpu=$cpu; job_rss=$rss_mb
cp "$work/out/summary.json" "$work/summary.json"

bare_json='{}'
if [ "$bare" = 1 ]; then
  # shellcheck disable=SC2086
  run_measured java "-Xmx$xmx" $jvm -cp "$jar" org.newsgraph.bench.BareLoop --input="$input" --threads="$threads" "${bare_args[@]}"
  bare_json="$(tail -1 "$work/stdout")"
  bare_wall=$wall; bare_cpu=$cpu; bare_rss=$rss_mb
fi
load_after="$(load)"

python3 - "$work/summary.json" "$bare_json" "$job_wall" "$job_cpu" "$job_rss" "${bare_wall:-0}" "${bare_cpu:-0}" "${bare_rss:-0}" \
  "$load_before" "$load_after" "$input" "${job_args[*]:-}" "-Xmx$xmx $jvm" "$work/gc.log" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); b = json.loads(sys.argv[2])
job_wall, job_cpu, job_rss, bare_wall, bare_cpu, bare_rss = sys.argv[3:9]
load_before, load_after, input_, args, jvm, gc_log = sys.argv[9:15]
def rate(n, t): return "%.0f" % (n / t) if t else "-"
print("newsgraph bench: %s %s" % (input_, args))
print("JVM: %s" % jvm)
print("machine load (1/5/15 min): before %s, after %s" % (load_before, load_after))
print()
print("%-10s %9s %10s %8s %10s %10s %9s %8s" % ("", "articles", "tokens", "wall s", "articles/s", "tokens/s", "CPU s", "RSS MB"))
secs = s["seconds"]
print("%-10s %9d %10d %8.1f %10s %10s %9s %8s" % ("job", s["articles_accepted"], s["tokens"], secs,
      rate(s["articles_accepted"], secs), rate(s["tokens"], secs), job_cpu, job_rss))
if b:
    print("%-10s %9d %10d %8.1f %10s %10s %9s %8s" % ("bare loop", b["accepted"], b["tokens"], b["seconds"],
          rate(b["accepted"], b["seconds"]), rate(b["tokens"], b["seconds"]), bare_cpu, bare_rss))
print()
st = s.get("stage_seconds", {})
outside = "" if job_cpu == "n/a" else "; outside the steps (runner, JVM, GC): %.1f" % (float(job_cpu) - sum(st.values()))
print("job stages (thread CPU s): " + ", ".join("%s %.1f" % (k, v) for k, v in st.items()) + outside)
# What the job holds, apart from what the collector keeps: the heap right after each full
# collection (-Xlog:gc "Pause Full ... before->after(committed)"), once the heap is past start-up
# (the first tenth of the run, when the models may not be loaded yet).
import re
after_full = []
early = 0
for line in open(gc_log):
    m = re.search(r"\[([0-9.]+)s\].*Pause Full \((?!Metadata).*?(\d+)M->(\d+)M\((\d+)M\)", line)
    if m and float(m.group(1)) < 0.1 * float(job_wall):
        early += 1
    elif m:
        after_full.append(int(m.group(3)))
if after_full:
    print("job heap after full collections (live data): %d-%d MB over %d collections (%d at start-up left out)"
          % (min(after_full), max(after_full), len(after_full), early))
else:
    print("job heap after full collections: none happened")
print("job wall s incl. JVM start: %s; records read %d = %d accepted + %d rejected"
      % (job_wall, s["records_read"], s["articles_accepted"], s["rejected"]))
if b:
    print("job / bare loop: %.2fx wall (bare: %d threads, %.1f s incl. model loading; reading into memory %.1f s apart)"
          % (secs / b["seconds"], b["threads"], b["seconds"], b["read_seconds"]))
PY
