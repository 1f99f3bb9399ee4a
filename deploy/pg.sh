#!/usr/bin/env bash
# Run a throwaway PostgreSQL cluster on 127.0.0.1 for the tests and the demo,
# with role and database `incidentd` (trust auth, loopback only). No Docker.
set -euo pipefail

# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<EOF
Usage: deploy/pg.sh COMMAND [ARGS]

Commands:
  start         initdb if needed, start the server, create role and database
                'incidentd'; prints the libpq conninfo on stdout:
                  host=127.0.0.1 port=N dbname=incidentd user=incidentd
                No-op (still prints the conninfo) if already running.
  stop          pg_ctl stop -m fast. No-op if not running.
  status        exit 0 (and print the conninfo) if running and accepting
                connections, 1 otherwise.
  url           print the conninfo (port remembered in \$PG_DIR/port).
  psql [ARGS]   run psql (-X, ON_ERROR_STOP=1) as incidentd on database
                incidentd; ARGS go to psql (-U postgres for the superuser).
  -h, --help    this text.

Environment:
  PG_DIR        cluster dir (data/, port, postgres.log, socket)  [$IDD_REPO_ROOT/.run/pg]
  PG_PORT       TCP port on 127.0.0.1; default: a free port picked on first
                start and remembered in \$PG_DIR/port
  PG_BINDIR     PostgreSQL server binaries [/usr/lib/postgresql/15/bin, else
                pg_config --bindir, else newest /usr/lib/postgresql/*/bin]
  PG_START_TIMEOUT  seconds to wait for start/stop [60]

As root the server runs as the 'postgres' system user (created if absent),
which then owns PG_DIR; every parent directory of PG_DIR must be searchable
by that user. The superuser role is 'postgres'. Several instances may run at
once with different PG_DIR (and ports). Data is kept across stop/start.
EOF
}

PG_DIR="$(abspath "${PG_DIR:-$IDD_REPO_ROOT/.run/pg}")"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-60}"
DATA="$PG_DIR/data"
PORT_FILE="$PG_DIR/port"
LOG_FILE="$PG_DIR/postgres.log"
DB=incidentd
ROLE=incidentd
RUN_AS=""   # system user running the server when we are root
[[ "$(id -u)" == 0 ]] && RUN_AS=postgres

find_bindir() {
  local d
  if [[ -n "${PG_BINDIR:-}" ]]; then
    [[ -x "$PG_BINDIR/initdb" ]] || die "PG_BINDIR=$PG_BINDIR has no initdb"
    printf '%s\n' "$PG_BINDIR"; return
  fi
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    printf '%s\n' /usr/lib/postgresql/15/bin; return
  fi
  if command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -n "$d" && -x "$d/initdb" ]]; then printf '%s\n' "$d"; return; fi
  fi
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$d" && -x "$d/initdb" ]]; then printf '%s\n' "$d"; return; fi
  d="$(command -v initdb 2>/dev/null || true)"
  if [[ -n "$d" ]]; then dirname "$d"; return; fi
  die "PostgreSQL server binaries (initdb, pg_ctl) not found; run deploy/install-deps.sh or set PG_BINDIR"
}

# Run a command as the server's user (root -> postgres), from a directory
# it can enter.
as_pg() {
  if [[ -n "$RUN_AS" ]]; then
    (cd / && runuser -u "$RUN_AS" -- "$@")
  else
    "$@"
  fi
}

ensure_pg_user() {
  [[ -n "$RUN_AS" ]] || return 0
  id -u "$RUN_AS" >/dev/null 2>&1 && return 0
  log "creating system user '$RUN_AS'"
  useradd --system --user-group --home-dir /var/lib/postgresql \
          --shell /bin/bash "$RUN_AS" \
    || die "could not create system user '$RUN_AS'"
}

prepare_dir() {
  mkdir -p "$PG_DIR"
  if [[ -n "$RUN_AS" ]]; then
    chown "$RUN_AS:" "$PG_DIR"
    chmod 0755 "$PG_DIR"
    [[ -d "$DATA" ]] && chown -R "$RUN_AS:" "$DATA"
    [[ -e "$LOG_FILE" ]] && chown "$RUN_AS:" "$LOG_FILE"
    as_pg test -w "$PG_DIR" -a -x "$PG_DIR" \
      || die "user '$RUN_AS' cannot write $PG_DIR (a parent directory is not searchable by it?); set PG_DIR elsewhere, e.g. under /tmp"
  fi
}

# Port: PG_PORT, else the remembered one, else a free one.
choose_port() {
  if [[ -n "${PG_PORT:-}" ]]; then
    [[ "$PG_PORT" =~ ^[0-9]+$ ]] || die "PG_PORT must be a number"
    printf '%s\n' "$PG_PORT"; return
  fi
  local p=""
  [[ -s "$PORT_FILE" ]] && p="$(cat "$PORT_FILE")"
  if [[ -n "$p" ]] && port_open 127.0.0.1 "$p"; then
    warn "remembered port $p is taken by another process; picking a new one"
    p=""
  fi
  [[ -n "$p" ]] || p="$(free_port)"
  printf '%s\n' "$p"
}

remembered_port() {
  [[ -s "$PORT_FILE" ]] || die "no port known: $PG_DIR not started yet (run: deploy/pg.sh start)"
  cat "$PORT_FILE"
}

conninfo() { printf 'host=127.0.0.1 port=%s dbname=%s user=%s\n' "$1" "$DB" "$ROLE"; }

is_running() {  # the postmaster of this data dir runs
  [[ -f "$DATA/postmaster.pid" ]] || return 1
  as_pg "$BINDIR/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

running_port() {  # 4th line of postmaster.pid
  sed -n 4p "$DATA/postmaster.pid" 2>/dev/null
}

ready() { "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$1" -t 2 >/dev/null 2>&1; }

write_conf() {
  local port="$1" sockdir="$PG_DIR"
  # unix socket paths are limited to 107 bytes; TCP is what clients use.
  if (( ${#PG_DIR} + 20 > 100 )); then
    warn "PG_DIR path too long for a unix socket; TCP only"
    sockdir=""
  fi
  as_pg tee "$DATA/incidentd.conf" >/dev/null <<EOF
# Written by deploy/pg.sh on every start; throwaway test/demo cluster.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockdir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 64MB
logging_collector = off
log_min_messages = warning
log_timezone = 'UTC'
timezone = 'UTC'
EOF
  as_pg tee "$DATA/pg_hba.conf" >/dev/null <<'EOF'
# Written by deploy/pg.sh: throwaway cluster, trust on loopback and socket only.
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
EOF
  if ! grep -q "^include_if_exists = 'incidentd.conf'" "$DATA/postgresql.conf"; then
    printf "\ninclude_if_exists = 'incidentd.conf'\n" | as_pg tee -a "$DATA/postgresql.conf" >/dev/null
  fi
}

superuser_sql() {  # superuser_sql PORT SQL -> tuples only
  "$BINDIR/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "$2"
}

ensure_role_db() {
  local port="$1"
  if [[ "$(superuser_sql "$port" "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]]; then
    log "creating role '$ROLE'"
    superuser_sql "$port" "create role $ROLE login createdb" >/dev/null
  fi
  if [[ "$(superuser_sql "$port" "select 1 from pg_database where datname = '$DB'")" != 1 ]]; then
    log "creating database '$DB'"
    superuser_sql "$port" "create database $DB owner $ROLE encoding 'UTF8' template template0" >/dev/null
  fi
}

# Waits up to PG_START_TIMEOUT for the server on $1 to accept connections.
wait_ready() {
  local port=$1 t0=$SECONDS
  until ready "$port"; do
    (( SECONDS - t0 < PG_START_TIMEOUT )) || die "PostgreSQL not ready on port $port; see $LOG_FILE"
    sleep 0.3
  done
}

start_locked() {
  local port
  if is_running; then
    port="$(running_port)"
    [[ -n "$port" ]] || die "cannot read the port from $DATA/postmaster.pid"
    wait_ready "$port"
    ensure_role_db "$port"
    log "already running on 127.0.0.1:$port ($PG_DIR)"
    conninfo "$port"
    return 0
  fi

  ensure_pg_user
  prepare_dir
  port="$(choose_port)"
  if port_open 127.0.0.1 "$port"; then
    die "port $port on 127.0.0.1 is already in use by another process (set PG_PORT)"
  fi
  printf '%s\n' "$port" >"$PORT_FILE"

  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    log "initdb in $DATA ($("$BINDIR/postgres" --version))"
    rm -rf "$DATA"
    as_pg "$BINDIR/initdb" -D "$DATA" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 -N >"$PG_DIR/initdb.log" 2>&1 \
      || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
  fi
  write_conf "$port"

  log "starting PostgreSQL on 127.0.0.1:$port ($PG_DIR)"
  # The subshell drops our lock fds so the postmaster does not inherit them.
  if ! ( close_lock_fds
         as_pg "$BINDIR/pg_ctl" start -D "$DATA" -l "$LOG_FILE" -w \
             -t "$PG_START_TIMEOUT" -s ) >&2; then
    tail -n 20 "$LOG_FILE" >&2 2>/dev/null || true
    die "PostgreSQL failed to start; see $LOG_FILE"
  fi
  wait_ready "$port"
  ensure_role_db "$port"
  log "PostgreSQL ready"
  conninfo "$port"
}

stop_locked() {
  if ! is_running; then
    log "not running ($PG_DIR)"
    return 0
  fi
  log "stopping PostgreSQL ($PG_DIR)"
  as_pg "$BINDIR/pg_ctl" stop -D "$DATA" -m fast -w -t "$PG_START_TIMEOUT" -s >&2 \
    || die "pg_ctl stop failed"
  log "stopped"
}

cmd_status() {
  local port
  if is_running && port="$(running_port)" && ready "$port"; then
    log "running on 127.0.0.1:$port ($PG_DIR)"
    conninfo "$port"
    return 0
  fi
  log "not running ($PG_DIR)"
  return 1
}

cmd_psql() {
  local port
  if is_running; then port="$(running_port)"; else port="$(remembered_port)"; fi
  PGHOST=127.0.0.1 PGPORT="$port" PGUSER="$ROLE" PGDATABASE="$DB" \
  PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-10}" \
    exec "$BINDIR/psql" -X -v ON_ERROR_STOP=1 "$@"
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    -h|--help|help) usage; return 0 ;;
    "") usage >&2; exit 2 ;;
  esac
  BINDIR="$(find_bindir)"
  case "$cmd" in
    start)  need_cmd flock; mkdir -p "$PG_DIR"
            with_lock "$PG_DIR/.lock" start_locked ;;
    stop)   [[ -d "$DATA" ]] || { log "not running ($PG_DIR)"; return 0; }
            with_lock "$PG_DIR/.lock" stop_locked ;;
    status) cmd_status ;;
    url)    if is_running; then conninfo "$(running_port)"; else conninfo "$(remembered_port)"; fi ;;
    psql)   cmd_psql "$@" ;;
    *)      log "unknown command '$cmd'"; usage >&2; exit 2 ;;
  esac
}

main "$@"
