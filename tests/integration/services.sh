#!/usr/bin/env bash
# services.sh — starts and stops the real Kafka broker and PostgreSQL server
# the integration tests run against (ctest fixture setup/cleanup), with their
# own state directories and free ports under the build tree, so they never
# touch a developer's or the demo's instances.
#
#   services.sh start STATE_DIR   start both (idempotent); writes STATE_DIR/services.env
#   services.sh stop STATE_DIR    stop both and delete their data
#
# To run the tests against services you already have, set IT_BOOTSTRAP and
# IT_CONNINFO: `start` then only records them and `stop` does nothing.
set -euo pipefail

cmd="${1:-}" state="${2:-}"
[[ "$cmd" == start || "$cmd" == stop ]] && [[ -n "$state" ]] \
  || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=deploy/lib.sh
source "$ROOT/deploy/lib.sh"
mkdir -p "$state"
state="$(cd "$state" && pwd)"
ENV_FILE="$state/services.env"
PORTS="$state/ports"

if [[ -n "${IT_BOOTSTRAP:-}" && -n "${IT_CONNINFO:-}" ]]; then
  if [[ "$cmd" == start ]]; then
    printf 'BOOTSTRAP=%s\nCONNINFO=%s\nEXTERNAL=1\n' "$IT_BOOTSTRAP" "$IT_CONNINFO" >"$ENV_FILE"
  fi
  exit 0
fi

# Ports are chosen once per state dir and kept, so a restart finds its data.
if [[ ! -s "$PORTS" ]]; then
  printf 'KAFKA_PORT=%s\nKAFKA_CONTROLLER_PORT=%s\nPG_PORT=%s\n' \
    "$(free_port)" "$(free_port)" "$(free_port)" >"$PORTS"
fi
# shellcheck disable=SC1090
source "$PORTS"
export KAFKA_PORT KAFKA_CONTROLLER_PORT PG_PORT
export KAFKA_DIR="$state/kafka" PG_DIR="$state/pg"

if [[ "$cmd" == stop ]]; then
  rc=0
  "$ROOT/deploy/kafka.sh" stop || rc=1
  "$ROOT/deploy/pg.sh" stop || rc=1
  # Throwaway state: the next run starts clean (the tests' logs in runs/ stay).
  [[ "$rc" -eq 0 ]] && rm -rf "$KAFKA_DIR" "$PG_DIR" "$PORTS" "$ENV_FILE"
  exit "$rc"
fi

[[ -s "$ENV_FILE" ]] || rm -rf "$state/runs"     # a new run: drop the last run's logs

bootstrap="$("$ROOT/deploy/kafka.sh" start | tail -n 1)"
conninfo="$("$ROOT/deploy/pg.sh" start | tail -n 1)"
printf 'BOOTSTRAP=%s\nCONNINFO=%s\nEXTERNAL=0\nKAFKA_PORT=%s\nKAFKA_CONTROLLER_PORT=%s\nKAFKA_DIR=%s\n' \
  "$bootstrap" "$conninfo" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$KAFKA_DIR" >"$ENV_FILE"
log "integration services ready: Kafka $bootstrap, PostgreSQL on port $PG_PORT"
