#!/usr/bin/env bash
# run_cases.sh score BIN DATA ARTICLES GOLD [score.py thresholds...]
#   extracts ARTICLES and scores them against GOLD with the shared scorer;
#   fails below the thresholds.
# run_cases.sh determinism BIN DATA FILE...
#   extracts the files with 1 and with 3 threads, twice: the outputs must be
#   byte-identical and in input order.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scorer="$here/../../../shared/tools/score.py"
mode=$1 bin=$2 data=$3
shift 3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
case $mode in
score)
  articles=$1 gold=$2
  shift 2
  [ -f "$scorer" ] || { echo "scorer not found at $scorer" >&2; exit 1; }
  "$bin" extract --data "$data" --threads 2 "$articles" >"$out/results.jsonl"
  python3 "$scorer" --gold "$gold" --system "$out/results.jsonl" "$@"
  ;;
determinism)
  "$bin" extract --data "$data" --threads 1 "$@" >"$out/a.jsonl"
  "$bin" extract --data "$data" --threads 3 "$@" >"$out/b.jsonl"
  "$bin" extract --data "$data" --threads 3 "$@" >"$out/c.jsonl"
  cmp "$out/a.jsonl" "$out/b.jsonl"
  cmp "$out/b.jsonl" "$out/c.jsonl"
  want=$(cat "$@" | grep -c .)
  got=$(grep -c . "$out/a.jsonl")
  [ "$want" = "$got" ] || { echo "expected $want results, got $got" >&2; exit 1; }
  echo "deterministic: $got results identical with 1 and 3 threads"
  ;;
*) echo "usage: $0 score|determinism ..." >&2; exit 2 ;;
esac
