#!/usr/bin/env bash
# demo.sh — the end-to-end demo behind `make demo`: local Kafka and
# PostgreSQL (deploy/kafka.sh, deploy/pg.sh), the schema, the sample articles
# into the input topic, one worker until they are all committed and published,
# then the incidents stored and the events published.
#
# Leaves Kafka and PostgreSQL running (so you can look around; the commands to
# stop them are printed at the end) and stops the worker it started.
#
# Environment: BUILD_DIR (default build/), KAFKA_DIR/KAFKA_PORT and
# PG_DIR/PG_PORT as for the scripts it calls, DEMO_TIMEOUT (seconds, 120).
set -euo pipefail

# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROOT="$IDD_REPO_ROOT"
BUILD_DIR="$(abspath "${BUILD_DIR:-$ROOT/build}")"
BIN="$BUILD_DIR/worker/incidentd"
SAMPLES="$ROOT/deploy/samples/articles.jsonl"
RUN_DIR="$ROOT/.run/demo"
DEMO_TIMEOUT="${DEMO_TIMEOUT:-120}"
IN=articles.raw OUT=incidents.enriched DLQ=articles.dlq GROUP=incidentd-demo

[[ "$DEMO_TIMEOUT" =~ ^[0-9]+$ ]] || die "DEMO_TIMEOUT must be a number of seconds"
[[ -x "$BIN" ]] || die "$BIN not found: build first (make build)"
[[ -s "$SAMPLES" ]] || die "$SAMPLES is missing"
need_cmd kcat psql python3

step() { printf '\n== %s\n' "$*" >&2; }

WORKER_PID=""
stop_worker() {
  [[ -n "$WORKER_PID" ]] || return 0
  kill -TERM "$WORKER_PID" 2>/dev/null || true
  local rc=0
  wait "$WORKER_PID" || rc=$?
  WORKER_PID=""
  return "$rc"
}
trap 'stop_worker || true' EXIT

t0=$SECONDS
step "starting Kafka and PostgreSQL"
BOOTSTRAP="$("$ROOT/deploy/kafka.sh" start | tail -n 1)"
CONNINFO="$("$ROOT/deploy/pg.sh" start | tail -n 1)"
log "Kafka at $BOOTSTRAP; PostgreSQL ready"

step "creating topics and the schema"
"$ROOT/deploy/kafka.sh" topic "$IN" 3 >/dev/null
"$ROOT/deploy/kafka.sh" topic "$OUT" 1 >/dev/null
"$ROOT/deploy/kafka.sh" topic "$DLQ" 1 >/dev/null
"$BIN" migrate --conninfo "$CONNINFO"

mkdir -p "$RUN_DIR"
CONF="$RUN_DIR/incidentd.conf"
umask 077
cat >"$CONF" <<EOF
# written by deploy/demo.sh
kafka.brokers = $BOOTSTRAP
kafka.group = $GROUP
kafka.input_topic = $IN
kafka.output_topic = $OUT
kafka.dlq_topic = $DLQ
postgres.conninfo = $CONNINFO
worker.threads = 2
worker.batch_linger_ms = 20
worker.shutdown_deadline_ms = 10000
EOF

step "producing $(wc -l <"$SAMPLES") sample articles to $IN (key = article id)"
python3 - "$SAMPLES" <<'EOF' | kcat -P -b "$BOOTSTRAP" -t "$IN" -K $'\t'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        a = json.loads(line)
        print(f"{a['id']}\t{json.dumps(a, ensure_ascii=False)}")
EOF

step "running a worker (log: $RUN_DIR/worker.log)"
"$BIN" run --config "$CONF" 2>"$RUN_DIR/worker.log" &
WORKER_PID=$!

sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$CONNINFO" -c "$1"; }

end_offsets() {  # sum of the input topic's end offsets
  local args=() p
  for p in 0 1 2; do args+=(-t "$IN:$p:-1"); done
  kcat -Q -b "$BOOTSTRAP" "${args[@]}" | awk '{ s += $NF } END { print s + 0 }'
}

target="$(end_offsets)"
deadline=$(( SECONDS + DEMO_TIMEOUT ))
while :; do
  committed="$(sql "SELECT coalesce(sum(next_offset), 0) FROM consumer_offsets
                    WHERE group_id = '$GROUP' AND topic = '$IN'")"
  unsent="$(sql "SELECT count(*) FROM outbox WHERE sent_at IS NULL")"
  [[ "$committed" -ge "$target" && "$unsent" -eq 0 ]] && break
  kill -0 "$WORKER_PID" 2>/dev/null || die "the worker exited; see $RUN_DIR/worker.log"
  (( SECONDS < deadline )) || die "input not consumed within ${DEMO_TIMEOUT}s; see $RUN_DIR/worker.log"
  sleep 0.5
done
log "all $target input messages committed and every event published"
stop_worker || die "the worker did not stop cleanly; see $RUN_DIR/worker.log"

step "incidents stored in PostgreSQL"
psql -X -P pager=off -v ON_ERROR_STOP=1 "$CONNINFO" -c "
  SELECT i.article_id AS article,
         concat_ws(' / ', i.event_type, i.sub_event_type) AS type,
         i.event_date AS date,
         concat_ws(', ', i.location, i.admin1, i.country) AS location,
         concat_ws(' -> ', coalesce(i.actor1_name, i.actor1_id), coalesce(i.actor2_name, i.actor2_id)) AS actors,
         i.fatalities
    FROM incidents i ORDER BY i.article_id, i.ordinal"
sql "SELECT count(*) || ' articles stored, ' ||
            (SELECT count(*) FROM incidents) || ' incidents, ' ||
            (SELECT count(*) FROM dead_letters) || ' dead letters' FROM articles"

step "events published on $OUT"
kcat -C -b "$BOOTSTRAP" -t "$OUT" -o beginning -e -q -J | python3 -c '
import json, sys
seen = {}
for line in sys.stdin:
    m = json.loads(line)
    ev = json.loads(m["payload"])
    d = ev["data"]
    if ev["type"] == "article.enriched":
        what = "incidents=%d" % len(d.get("incidents", []))
    else:
        what = "v%s %s at %s, reports=%s" % (d.get("version"), d.get("event_type"),
                                             d.get("location"), d.get("report_count"))
    seen[ev["id"]] = (ev["type"], m["key"], what)
print(f"{len(seen)} distinct CloudEvents (type, key, content):")
for eid, (typ, key, what) in sorted(seen.items(), key=lambda kv: kv[1][:2]):
    print(f"  {typ:17} {key:38} {what}")
'

log "demo finished in $(( SECONDS - t0 ))s; Kafka and PostgreSQL are still running"
log "stop them with: deploy/kafka.sh stop && deploy/pg.sh stop"
