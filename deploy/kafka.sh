#!/usr/bin/env bash
# Run a throwaway single-node Apache Kafka (KRaft broker+controller) on
# 127.0.0.1 from Maven Central jars, for the tests and the demo. No Docker.
set -euo pipefail

# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<EOF
Usage: deploy/kafka.sh COMMAND [ARGS]

Commands:
  start                     fetch the jars if needed, format storage, start the
                            broker in the background, wait until it answers a
                            metadata request; prints the bootstrap address
                            (127.0.0.1:PORT) on stdout. No-op if running.
  stop                      SIGTERM, wait, SIGKILL after KAFKA_STOP_TIMEOUT s.
  status                    exit 0 (and print the address) if running and
                            answering, 1 otherwise.
  wait                      wait up to KAFKA_START_TIMEOUT s for the broker to
                            answer; prints the address.
  topic NAME PARTITIONS [TOPICCOMMAND-ARGS...]
                            create topic NAME (replication 1) if missing and wait
                            until all its partitions have a leader. Extra args go
                            to kafka-topics (e.g. --config retention.ms=60000).
  fetch                     only download the jars into the cache.
  -h, --help                this text.

Environment:
  KAFKA_DIR              state dir (config, data, log, pid)   [$IDD_REPO_ROOT/.run/kafka]
  KAFKA_PORT             PLAINTEXT listener port              [19092]
  KAFKA_CONTROLLER_PORT  KRaft controller port                [19093]
  KAFKA_LIB_DIR          jar cache shared by all instances    [$IDD_REPO_ROOT/.run/kafka-lib]
  KAFKA_HEAP_OPTS        broker heap                          [-Xmx512m -Xms128m]
  KAFKA_JVM_OPTS         extra JVM options for the broker     []
  KAFKA_START_TIMEOUT    seconds to wait for readiness        [90]
  KAFKA_STOP_TIMEOUT     seconds before SIGKILL on stop       [30]
  JAVA                   java binary                          [java]

Several instances may run at once with different KAFKA_DIR and ports.
Log: \$KAFKA_DIR/kafka.log. Needs java, mvn (first start only) and kcat.
EOF
}

KAFKA_DIR="$(abspath "${KAFKA_DIR:-$IDD_REPO_ROOT/.run/kafka}")"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KAFKA_LIB_DIR="$(abspath "${KAFKA_LIB_DIR:-$IDD_REPO_ROOT/.run/kafka-lib}")"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms128m}"
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:-}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
JAVA="${JAVA:-java}"

CONF_SRC="$IDD_REPO_ROOT/deploy/kafka"
POM="$CONF_SRC/pom.xml"
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
PID_FILE="$KAFKA_DIR/kafka.pid"
LOG_FILE="$KAFKA_DIR/kafka.log"
PROPS="$KAFKA_DIR/server.properties"
DATA_DIR="$KAFKA_DIR/data"
# Fast-starting JVM for the short-lived command-line tools.
TOOL_JVM=(-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true
          "-Dlog4j.configuration=file:$CONF_SRC/tools-log4j.properties")

for v in KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_START_TIMEOUT KAFKA_STOP_TIMEOUT; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "$v must be a number (got '${!v}')"
done
[[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] \
  || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"

# ---------------------------------------------------------------- jars

pom_stamp() { sha256sum "$POM" | cut -d' ' -f1; }

lib_ok() {
  [[ -f "$KAFKA_LIB_DIR/.stamp" && "$(cat "$KAFKA_LIB_DIR/.stamp")" == "$(pom_stamp)" ]]
}

fetch_jars_locked() {
  lib_ok && return 0
  need_cmd mvn
  local tmp="$KAFKA_LIB_DIR.tmp.$$"
  rm -rf "$tmp"
  log "downloading Kafka jars from Maven Central into $KAFKA_LIB_DIR (first time only)..."
  local mvnlog="$KAFKA_LIB_DIR.mvn.log"
  if ! mvn -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
         -DoutputDirectory="$tmp" -DincludeScope=runtime >"$mvnlog" 2>&1; then
    tail -n 40 "$mvnlog" >&2
    rm -rf "$tmp"
    die "mvn dependency:copy-dependencies failed (is Maven Central reachable?); log: $mvnlog"
  fi
  rm -f "$mvnlog"
  ls "$tmp"/kafka_2.13-*.jar "$tmp"/kafka-tools-*.jar "$tmp"/reload4j-*.jar >/dev/null 2>&1 \
    || { rm -rf "$tmp"; die "expected jars missing after mvn in $tmp"; }
  pom_stamp >"$tmp/.stamp"
  rm -rf "$KAFKA_LIB_DIR"
  mv "$tmp" "$KAFKA_LIB_DIR"
  log "jars ready: $(ls "$KAFKA_LIB_DIR" | grep -c '\.jar$') jars"
}

ensure_jars() {
  lib_ok && return 0
  mkdir -p "$(dirname "$KAFKA_LIB_DIR")"
  with_lock "$KAFKA_LIB_DIR.lock" fetch_jars_locked
}

check_java() {
  need_cmd "$JAVA"
  local ver
  ver="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -1)"
  [[ "$ver" == 1 ]] && ver=8
  if [[ -n "$ver" && "$ver" -lt 11 ]]; then
    die "Kafka 3.9 needs Java 11 or newer; '$JAVA' is Java $ver"
  fi
}

run_tool() {  # run_tool CLASS ARGS...
  "$JAVA" "${TOOL_JVM[@]}" -cp "$KAFKA_LIB_DIR/*" "$@"
}

# ---------------------------------------------------------------- state

running_pid() {  # prints the pid if the broker of this KAFKA_DIR runs
  local pid
  [[ -f "$PID_FILE" ]] || return 1
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  pid_alive "$pid" "kafka.Kafka $PROPS" || return 1
  printf '%s\n' "$pid"
}

answers() {  # the broker answers a metadata request and lists itself
  local out
  out="$(kcat -L -b "$BOOTSTRAP" -m 3 2>/dev/null)" || return 1
  grep -q "broker 1 at 127.0.0.1:$KAFKA_PORT" <<<"$out"
}

wait_ready() {  # wait_ready TIMEOUT [PID]
  local timeout="$1" pid="${2:-}" t0=$SECONDS
  while (( SECONDS - t0 < timeout )); do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "broker process $pid exited; last lines of $LOG_FILE:"
      tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
      return 1
    fi
    if port_open 127.0.0.1 "$KAFKA_PORT" && answers; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}

write_props() {
  local tmp="$PROPS.tmp.$$"
  sed -e "s|@PORT@|$KAFKA_PORT|g" \
      -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@LOG_DIRS@|$DATA_DIR|g" \
      "$CONF_SRC/server.properties.in" >"$tmp"
  mv "$tmp" "$PROPS"
}

format_storage() {
  [[ -f "$DATA_DIR/meta.properties" ]] && return 0
  local cid
  if [[ -s "$KAFKA_DIR/cluster.id" ]]; then
    cid="$(cat "$KAFKA_DIR/cluster.id")"
  else
    cid="$(run_tool kafka.tools.StorageTool random-uuid | tail -n 1)"
    [[ -n "$cid" ]] || die "StorageTool random-uuid printed nothing"
    printf '%s\n' "$cid" >"$KAFKA_DIR/cluster.id"
  fi
  log "formatting storage in $DATA_DIR (cluster id $cid)"
  run_tool kafka.tools.StorageTool format -t "$cid" -c "$PROPS" --ignore-formatted >&2 \
    || die "StorageTool format failed"
}

# ---------------------------------------------------------------- commands

start_locked() {
  local pid
  if pid="$(running_pid)"; then
    if wait_ready "$KAFKA_START_TIMEOUT" "$pid"; then
      log "already running (pid $pid) at $BOOTSTRAP"
      printf '%s\n' "$BOOTSTRAP"
      return 0
    fi
    die "broker pid $pid runs but does not answer on $BOOTSTRAP; see $LOG_FILE (try: deploy/kafka.sh stop)"
  fi
  rm -f "$PID_FILE"

  need_cmd kcat flock setsid sha256sum
  check_java
  local p
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open 127.0.0.1 "$p"; then
      die "port $p on 127.0.0.1 is already in use by another process (set KAFKA_PORT/KAFKA_CONTROLLER_PORT)"
    fi
  done

  ensure_jars
  mkdir -p "$DATA_DIR"
  write_props
  format_storage

  log "starting Kafka on $BOOTSTRAP (controller :$KAFKA_CONTROLLER_PORT, dir $KAFKA_DIR)"
  : >>"$LOG_FILE"
  printf '\n===== start %s =====\n' "$(date -Is)" >>"$LOG_FILE"
  # setsid: own session, so a Ctrl-C in the calling terminal/make does not
  # kill it; the child writes its own pid (setsid may fork).
  # The subshell closes the lock fds so the daemon does not inherit the lock.
  # shellcheck disable=SC2086
  ( close_lock_fds
  exec nohup setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$PID_FILE" \
    "$JAVA" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true $KAFKA_JVM_OPTS \
      "-Dlog4j.configuration=file:$CONF_SRC/log4j.properties" \
      "-Dkafka.logs.dir=$KAFKA_DIR" \
      -cp "$KAFKA_LIB_DIR/*" kafka.Kafka "$PROPS" \
    >>"$LOG_FILE" 2>&1 </dev/null ) &
  local i
  for i in $(seq 1 50); do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] || die "broker did not start (no pid file); see $LOG_FILE"

  if ! wait_ready "$KAFKA_START_TIMEOUT" "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    die "Kafka did not answer on $BOOTSTRAP within ${KAFKA_START_TIMEOUT}s; see $LOG_FILE"
  fi
  log "Kafka ready (pid $pid) at $BOOTSTRAP"
  printf '%s\n' "$BOOTSTRAP"
}

stop_locked() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running ($KAFKA_DIR)"
    return 0
  fi
  log "stopping Kafka (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  local t0=$SECONDS
  while kill -0 "$pid" 2>/dev/null && (( SECONDS - t0 < KAFKA_STOP_TIMEOUT )); do
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "still running after ${KAFKA_STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if pid="$(running_pid)" && answers; then
    log "running (pid $pid) at $BOOTSTRAP"
    printf '%s\n' "$BOOTSTRAP"
    return 0
  fi
  if [[ -n "${pid:-}" ]]; then
    log "process $pid runs but does not answer on $BOOTSTRAP"
  else
    log "not running ($KAFKA_DIR)"
  fi
  return 1
}

cmd_wait() {
  need_cmd kcat
  local pid=""
  pid="$(running_pid)" || pid=""
  wait_ready "$KAFKA_START_TIMEOUT" "$pid" \
    || die "Kafka did not answer on $BOOTSTRAP within ${KAFKA_START_TIMEOUT}s"
  printf '%s\n' "$BOOTSTRAP"
}

topic_partitions() {  # number of partitions with a leader, or nothing
  kcat -L -b "$BOOTSTRAP" -m 5 -t "$1" 2>/dev/null \
    | grep -E '^ +partition [0-9]+, leader [0-9]+,' | grep -vc 'leader -1' || true
}

cmd_topic() {
  [[ $# -ge 2 ]] || die "usage: deploy/kafka.sh topic NAME PARTITIONS [ARGS...]"
  local name="$1" parts="$2"; shift 2
  [[ "$parts" =~ ^[1-9][0-9]*$ ]] || die "PARTITIONS must be a positive number"
  need_cmd kcat
  answers || die "Kafka is not answering on $BOOTSTRAP (run: deploy/kafka.sh start)"
  local have
  have="$(topic_partitions "$name")"
  if [[ -n "$have" && "$have" -gt 0 ]]; then
    [[ "$have" == "$parts" ]] \
      || warn "topic '$name' exists with $have partitions (wanted $parts); left as is"
    log "topic '$name' exists ($have partitions)"
    return 0
  fi
  check_java
  ensure_jars
  log "creating topic '$name' ($parts partitions)"
  run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" \
      --create --if-not-exists --topic "$name" \
      --partitions "$parts" --replication-factor 1 "$@" >&2 \
    || die "creating topic '$name' failed"
  local t0=$SECONDS
  while (( SECONDS - t0 < 30 )); do
    have="$(topic_partitions "$name")"
    [[ -n "$have" && "$have" -ge "$parts" ]] && return 0
    sleep 0.3
  done
  die "topic '$name' created but its partitions have no leader after 30s"
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    -h|--help|help) usage ;;
    start)  mkdir -p "$KAFKA_DIR"; with_lock "$KAFKA_DIR/.lock" start_locked ;;
    stop)   [[ -d "$KAFKA_DIR" ]] || { log "not running ($KAFKA_DIR)"; return 0; }
            with_lock "$KAFKA_DIR/.lock" stop_locked ;;
    status) cmd_status ;;
    wait)   cmd_wait ;;
    topic)  cmd_topic "$@" ;;
    fetch)  check_java; ensure_jars; log "jars in $KAFKA_LIB_DIR" ;;
    "")     usage >&2; exit 2 ;;
    *)      log "unknown command '$cmd'"; usage >&2; exit 2 ;;
  esac
}

main "$@"
