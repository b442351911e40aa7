#!/usr/bin/env bash
# A standalone Flink 1.19 session cluster on this machine, as plain JVM processes:
# one JobManager (StandaloneSessionClusterEntrypoint) and one TaskManager (TaskManagerRunner,
# 2 slots), REST and web UI on localhost:8081. The jars come from Maven Central through
# pipelines/flink/pom.xml (resolved once, classpath cached).
#
#   pipelines/flink-cluster.sh start    # idempotent: a running cluster is left as it is
#   pipelines/flink-cluster.sh status
#   pipelines/flink-cluster.sh stop     # ends exactly the processes that start began
#
# Everything (config, logs, pids, tmp) lives in one folder:
#   NEWSGRAPH_FLINK_HOME  default ~/.newsgraph/flink
#   NEWSGRAPH_FLINK_PORT  REST port, default 8081
#   NEWSGRAPH_FLINK_WAIT  seconds start waits for the REST API and the TaskManager, default 120
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$REPO/pipelines/flink/pom.xml"
HOME_DIR="${NEWSGRAPH_FLINK_HOME:-$HOME/.newsgraph/flink}"
PORT="${NEWSGRAPH_FLINK_PORT:-8081}"
WAIT="${NEWSGRAPH_FLINK_WAIT:-120}"
CONF="$HOME_DIR/conf"
LOGS="$HOME_DIR/log"
PIDS="$HOME_DIR/pids"
URL="http://localhost:$PORT"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Java 17 needs these for Flink 1.19 (its own default config.yaml sets the same list).
JAVA17_OPENS=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

say() { echo "flink-cluster: $*" >&2; }
die() { echo "flink-cluster: $*" >&2; exit 1; }

main_class() {
  case "$1" in
    jobmanager) echo org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint ;;
    taskmanager) echo org.apache.flink.runtime.taskexecutor.TaskManagerRunner ;;
  esac
}

ours() { # pid name -> 0 if pid is still that Flink process of ours (not ended, not a reused pid)
  local line
  line=$(ps -p "$1" -o stat=,command= 2>/dev/null) || return 1
  [[ "$line" != Z* && "$line" == *"$(main_class "$2")"* && "$line" == *"$CONF"* ]]
}

alive() { # name -> 0 if the process that start began for it runs
  local f="$PIDS/$1.pid"
  [[ -f "$f" ]] && ours "$(cat "$f")" "$1"
}

rest_up() { curl -sf --max-time 2 "$URL/overview" >/dev/null 2>&1; }

classpath() {
  local cp="$HOME_DIR/classpath.txt" stamp="$HOME_DIR/classpath.pom"
  if [[ ! -s "$cp" ]] || ! cmp -s "$POM" "$stamp"; then
    say "resolving the Flink jars from Maven (once) ..."
    mvn -B -q -f "$POM" dependency:build-classpath -Dmdep.outputFile="$cp.tmp" >"$LOGS/maven.log" 2>&1 \
      || { tail -n 30 "$LOGS/maven.log" >&2; die "maven could not resolve $POM (log: $LOGS/maven.log)"; }
    mv "$cp.tmp" "$cp"
    cp "$POM" "$stamp"
  fi
  cat "$cp"
}

write_config() {
  mkdir -p "$CONF" "$HOME_DIR/tmp" "$HOME_DIR/web"
  # Sized for a 2-core, 24 GiB machine shared with other work: 1 GiB JobManager,
  # 3 GiB TaskManager with 2 slots (one per core).
  cat >"$CONF/config.yaml" <<EOF
jobmanager.rpc.address: localhost
jobmanager.bind-host: localhost
jobmanager.rpc.port: 6123
jobmanager.memory.process.size: 1024m
taskmanager.bind-host: localhost
taskmanager.host: localhost
taskmanager.numberOfTaskSlots: 2
taskmanager.memory.process.size: 3072m
parallelism.default: 2
rest.address: localhost
rest.bind-address: localhost
rest.port: $PORT
io.tmp.dirs: $HOME_DIR/tmp
web.tmpdir: $HOME_DIR/web
web.upload.dir: $HOME_DIR/web
web.log.path: $LOGS/jobmanager.log
taskmanager.log.path: $LOGS/taskmanager.log
EOF
  cat >"$CONF/log4j.properties" <<'EOF'
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = MainAppender
logger.pekko.name = org.apache.pekko
logger.pekko.level = WARN
logger.akka.name = akka
logger.akka.level = WARN
logger.netty.name = org.apache.flink.shaded.netty4.io.netty
logger.netty.level = WARN
logger.zookeeper.name = org.apache.zookeeper
logger.zookeeper.level = WARN
appender.main.name = MainAppender
appender.main.type = File
appender.main.append = true
appender.main.fileName = ${sys:log.file}
appender.main.layout.type = PatternLayout
appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
EOF
}

# Flink's own scripts (config.sh) ask BashJavaUtils for the memory JVM options and the dynamic
# -D properties that go with them; its last two result lines are those.
memory_params() { # GET_JM_RESOURCE_PARAMS|GET_TM_RESOURCE_PARAMS classpath -> 2 lines
  local out
  out=$("$JAVA" -Xmx128m -cp "$2" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$CONF" 2>&1) \
    || { echo "$out" >&2; die "BashJavaUtils $1 failed"; }
  out=$(echo "$out" | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://')
  [[ $(echo "$out" | wc -l) -eq 2 ]] || die "BashJavaUtils $1 gave no memory settings"
  echo "$out"
}

launch() { # name main-class classpath resource-command
  local name="$1" main="$2" cp="$3" params jvm dynamic
  params=$(memory_params "$4" "$cp")
  jvm=$(echo "$params" | head -n1)
  dynamic=$(echo "$params" | tail -n1)
  # shellcheck disable=SC2086  # jvm and dynamic are word lists, as in Flink's scripts
  nohup setsid "$JAVA" $jvm "${JAVA17_OPENS[@]}" -XX:+IgnoreUnrecognizedVMOptions \
    -Dlog.file="$LOGS/$name.log" \
    -Dlog4j.configuration="file:$CONF/log4j.properties" \
    -Dlog4j.configurationFile="file:$CONF/log4j.properties" \
    -cp "$cp" "$main" --configDir "$CONF" $dynamic \
    >"$LOGS/$name.out" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
  say "started $name (pid $!)"
}

registered_slots() { # total slots the JobManager sees
  curl -sf --max-time 2 "$URL/overview" 2>/dev/null | sed -n 's/.*"slots-total":\([0-9]*\).*/\1/p'
}

show_logs() {
  for name in jobmanager taskmanager; do
    for f in "$LOGS/$name.out" "$LOGS/$name.log"; do
      if [[ -s "$f" ]]; then
        echo "---- tail of $f" >&2
        tail -n 25 "$f" | cut -c1-400 >&2
      fi
    done
  done
}

start() {
  mkdir -p "$LOGS" "$PIDS"
  if alive jobmanager && alive taskmanager; then
    say "already running (jobmanager pid $(cat "$PIDS/jobmanager.pid"), taskmanager pid $(cat "$PIDS/taskmanager.pid")) at $URL"
    return 0
  fi
  if alive jobmanager || alive taskmanager; then
    say "half a cluster is running: stopping it first"
    stop
    mkdir -p "$LOGS" "$PIDS"
  fi
  if rest_up; then
    die "something not started by this script already answers on $URL (another Flink?): stop it or set NEWSGRAPH_FLINK_PORT"
  fi
  command -v "$JAVA" >/dev/null || die "no java on PATH (set JAVA_HOME)"
  local cp began
  cp=$(classpath)
  write_config
  began=$(date +%s)
  : >"$LOGS/jobmanager.log"
  : >"$LOGS/taskmanager.log"
  launch jobmanager "$(main_class jobmanager)" "$cp" GET_JM_RESOURCE_PARAMS
  launch taskmanager "$(main_class taskmanager)" "$cp" GET_TM_RESOURCE_PARAMS
  while true; do
    local slots
    slots=$(registered_slots || true)
    if [[ -n "$slots" && "$slots" -ge 2 ]]; then
      say "up at $URL: 1 TaskManager, $slots slots, in $(( $(date +%s) - began )) s (logs: $LOGS)"
      return 0
    fi
    local dead=""
    alive jobmanager || dead="jobmanager"
    alive taskmanager || dead="$dead taskmanager"
    if [[ -n "$dead" ]]; then
      show_logs
      stop >/dev/null 2>&1 || true
      die "the$dead process ended during start-up (logs above; all in $LOGS)"
    fi
    if (( $(date +%s) - began >= WAIT )); then
      show_logs
      stop >/dev/null 2>&1 || true
      die "no JobManager with a registered TaskManager at $URL/overview after $WAIT s (logs above; all in $LOGS)"
    fi
    sleep 1
  done
}

stop() {
  local any=""
  for name in taskmanager jobmanager; do
    local f="$PIDS/$name.pid"
    [[ -f "$f" ]] || continue
    local pid
    pid=$(cat "$f")
    if ours "$pid" "$name"; then
      any=1
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do
        ours "$pid" "$name" || break
        sleep 0.5
      done
      if ours "$pid" "$name"; then
        say "$name (pid $pid) did not end in 30 s: killing it"
        kill -KILL "$pid" 2>/dev/null || true
        while ours "$pid" "$name"; do sleep 0.2; done
      fi
      say "stopped $name (pid $pid)"
    fi
    rm -f "$f"
  done
  [[ -n "$any" ]] || say "not running"
}

status() {
  local running=0
  for name in jobmanager taskmanager; do
    if alive "$name"; then
      say "$name running, pid $(cat "$PIDS/$name.pid")"
      running=$((running + 1))
    else
      say "$name not running"
    fi
  done
  if rest_up; then
    say "REST $URL/overview: $(curl -sf --max-time 2 "$URL/overview")"
  else
    say "REST $URL: no answer"
  fi
  say "logs and pids in $HOME_DIR"
  [[ $running -eq 2 ]]
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
