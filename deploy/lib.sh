# Shared helpers for deploy/*.sh (sourced, not executed).
# shellcheck shell=bash

# Repository root: the parent of the deploy/ directory holding this file.
IDD_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IDD_PROG="${IDD_PROG:-$(basename "$0")}"

# Messages go to stderr; stdout is reserved for machine-readable results.
log()  { printf '%s: %s\n' "$IDD_PROG" "$*" >&2; }
warn() { printf '%s: warning: %s\n' "$IDD_PROG" "$*" >&2; }
die()  { printf '%s: error: %s\n' "$IDD_PROG" "$*" >&2; exit 1; }

need_cmd() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 \
      || die "'$c' not found in PATH (run deploy/install-deps.sh)"
  done
}

# Absolute path (the directory need not exist yet).
abspath() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *)  printf '%s/%s\n' "$(pwd)" "$1" ;;
  esac
}

# with_lock FILE CMD...: run CMD while holding an exclusive flock on FILE
# (serialises concurrent start/stop of the same instance). May nest; the fds
# of all held locks are in IDD_LOCK_FDS so that daemons started under a lock
# can drop them (close_lock_fds in their subshell) instead of holding the
# lock for their whole lifetime.
IDD_LOCK_FDS=()
IDD_LOCK_TIMEOUT="${IDD_LOCK_TIMEOUT:-300}"
with_lock() {
  local lockfile="$1"; shift
  local fd
  exec {fd}>>"$lockfile"
  if ! flock -n "$fd"; then
    log "waiting for lock $lockfile (another start/stop in progress)..."
    if ! flock -w "$IDD_LOCK_TIMEOUT" "$fd"; then
      exec {fd}>&-
      die "could not lock $lockfile within $IDD_LOCK_TIMEOUT s"
    fi
  fi
  IDD_LOCK_FDS+=("$fd")
  local rc=0
  "$@" || rc=$?
  unset 'IDD_LOCK_FDS[-1]'
  flock -u "$fd"
  exec {fd}>&-
  return "$rc"
}

close_lock_fds() {
  local fd
  for fd in "${IDD_LOCK_FDS[@]}"; do
    exec {fd}>&-
  done
}

# port_open HOST PORT: true if something accepts TCP connections there.
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# pid_alive PID [PATTERN]: the process exists (and its command line contains
# PATTERN, guarding against pid reuse).
pid_alive() {
  local pid="$1" pat="${2:-}"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -n "$pat" && -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$pat" || return 1
  fi
  return 0
}

# free_port: print a TCP port on 127.0.0.1 that is free right now.
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 30000 ))
    if ! port_open 127.0.0.1 "$p"; then printf '%s\n' "$p"; return; fi
  done
  die "no free TCP port found"
}
