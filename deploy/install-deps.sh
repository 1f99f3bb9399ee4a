#!/usr/bin/env bash
# Install the Debian 12 packages incidentd needs to build, test and run its
# demo (including a JRE + Maven for the Kafka test broker and the PostgreSQL
# 15 server binaries). Silent when everything is already installed.
set -euo pipefail

# shellcheck source=deploy/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<EOF
Usage: deploy/install-deps.sh [--check] [--list]

Installs the missing Debian packages with apt-get (runs 'apt-get update' only
when something is missing). Needs root, or sudo.

  --check     only report missing packages; exit 1 if any
  --list      print the package list and exit
  -h, --help  this text
EOF
}

PKGS=(
  build-essential cmake pkg-config
  librdkafka-dev libjansson-dev libicu-dev libpq-dev libcmocka-dev
  libgumbo-dev libmicrohttpd-dev libxxhash-dev
  clang libclang-rt-14-dev
  postgresql-15
  kafkacat
  maven default-jre-headless
  python3 curl
)

installed() {  # installed PKG: dpkg says "install ok installed"
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# Any Java >= 11 runtime package satisfies default-jre-headless (Debian 12's
# default is openjdk-17; a JDK or another version is just as good).
java_ok() {
  local p
  for p in $(dpkg-query -W -f='${Package}\n' 'openjdk-*-jre-headless' 2>/dev/null || true); do
    if [[ "$p" =~ ^openjdk-([0-9]+)-jre-headless$ ]] && (( BASH_REMATCH[1] >= 11 )) \
       && installed "$p"; then
      return 0
    fi
  done
  return 1
}

missing_pkgs() {
  local p
  for p in "${PKGS[@]}"; do
    if [[ "$p" == default-jre-headless ]] && java_ok; then continue; fi
    installed "$p" || printf '%s\n' "$p"
  done
}

main() {
  local mode=install
  case "${1:-}" in
    -h|--help) usage; return 0 ;;
    --check)   mode=check ;;
    --list)    printf '%s\n' "${PKGS[@]}"; return 0 ;;
    "")        ;;
    *)         usage >&2; exit 2 ;;
  esac
  command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script is for Debian/Ubuntu"

  local missing
  mapfile -t missing < <(missing_pkgs)
  (( ${#missing[@]} == 0 )) && return 0

  if [[ "$mode" == check ]]; then
    log "missing packages: ${missing[*]}"
    return 1
  fi

  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null 2>&1 \
      || die "missing packages: ${missing[*]}; run as root (or install sudo)"
    sudo=(sudo)
  fi
  log "installing missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q >&2 || die "apt-get update failed"
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
    || die "apt-get install failed for: ${missing[*]}"

  mapfile -t missing < <(missing_pkgs)
  (( ${#missing[@]} == 0 )) || die "still missing after apt-get: ${missing[*]}"
  log "all dependencies installed"
}

main "$@"
