#!/usr/bin/env bash
# run_fuzz.sh FUZZER ARTICLES.jsonl SECONDS: seeds a corpus with one article
# per file, plus a few hostile shapes, and fuzzes for SECONDS.  Any crash,
# leak or sanitizer report fails the test.
set -euo pipefail
fuzzer=$1 articles=$2 seconds=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/corpus"
split -l 1 -d -a 3 "$articles" "$dir/corpus/case-"
printf '{"body":"\\u0000"}' >"$dir/corpus/nul"
printf '{"html":"<p><p><p><script>x</script>&#1575;</p>"}' >"$dir/corpus/html"
printf 'هجوم بطائرة مسيرة على قاعدة عين الأسد أمس' >"$dir/corpus/text"
cd "$dir"
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 corpus 2>&1 | tail -25
