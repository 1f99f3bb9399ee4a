#!/usr/bin/env python3
"""test_metrics.py — the health and metrics endpoint (metrics.listen) of a
worker on the real broker and a PostgreSQL server of its own.

Produces sample articles and malformed messages, runs one worker with the
endpoint on a free port until everything is committed and published, and
checks:
  - /metrics parses strictly as the Prometheus text format 0.0.4 (HELP/TYPE
    before the samples, one contiguous block per family, no duplicate series,
    cumulative histogram buckets ending in +Inf = _count);
  - exact values: messages consumed, articles extracted and stored,
    incidents and tallies stored (= the rows in PostgreSQL), dead letters per
    error class, events and dead letters published (= the outbox rows), no
    failed commits, one assignment, 3 partitions, empty queue and outbox, a
    latency observation per message;
  - /healthz is 200 "ok"; other paths are 404, other methods 405 (with
    Allow: GET), a malformed request is refused, and the worker stays healthy;
  - PostgreSQL stopped: /healthz is 503 naming PostgreSQL, messages produced
    meanwhile are held (queue depth) and commits fail (counted); PostgreSQL
    back: 200 again;
  - SIGTERM while PostgreSQL is down: /healthz is 503 "stopping" while the
    worker drains; PostgreSQL back, it commits what it held and exits 0.
"""
import math
import re
import signal
import socket
import urllib.error
import urllib.request

from itlib import run, as_pairs, check, fail, log, sample_articles, wait_for

# (key, raw bytes or None for a tombstone, error class)
INVALID = [
    ("not-json", b"this is not json", "not_json"),
    ("json-array", b'[{"id": "t3", "body": "abc"}]', "not_json"),
    ("empty-body", b'{"id": "t4", "body": ""}', "no_body"),
    ("tombstone", None, "no_body"),
    ("body-number", b'{"id": "t7", "body": 5}', "wrong_type"),
    ("invalid-utf8", b'{"id": "t11", "body": "\xff\xfe bad bytes"}', "bad_utf8"),
]
CLASSES = ["not_json", "bad_utf8", "too_big", "no_body", "wrong_type", "store", "other"]

# ---- a strict parser of the text exposition format 0.0.4 ---------------------

NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
LABEL = r'[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"'
SAMPLE = re.compile(rf"^({NAME})(?:\{{({LABEL}(?:,{LABEL})*)\}})? (\S+)$")
VALUE = re.compile(r"^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]Inf|NaN)$")


def family_of(name, types):
    """The declared family a sample belongs to (histograms add suffixes)."""
    if name in types:
        return name
    for suffix in ("_bucket", "_sum", "_count"):
        base = name[: -len(suffix)]
        if name.endswith(suffix) and types.get(base) == "histogram":
            return base
    fail(f"sample {name} has no # TYPE line before it")


def check_histogram(name, samples):
    buckets = [(float(labels["le"]), v) for n, labels, v in samples if n == name + "_bucket"]
    counts = [v for n, _, v in samples if n == name + "_count"]
    sums = [v for n, _, v in samples if n == name + "_sum"]
    if not buckets or len(counts) != 1 or len(sums) != 1:
        fail(f"histogram {name}: needs buckets, one _sum and one _count")
    les = [le for le, _ in buckets]
    if les != sorted(les) or len(set(les)) != len(les) or les[-1] != math.inf:
        fail(f"histogram {name}: bucket bounds must ascend and end with +Inf ({les})")
    vals = [v for _, v in buckets]
    if vals != sorted(vals) or vals[-1] != counts[0]:
        fail(f"histogram {name}: buckets must be cumulative with +Inf = _count")


def parse_exposition(text):
    """{(name, ((label, value), ...)): float}; fails on anything not strictly valid."""
    if not text.endswith("\n"):
        fail("exposition must end with a newline")
    types, helps, samples, seen, done = {}, set(), {}, {}, set()
    current = None
    for line in text[:-1].split("\n"):
        if line.startswith("#"):
            m = re.match(rf"^# (HELP|TYPE) ({NAME}) (.*)$", line)
            if not m:
                fail(f"bad comment line: {line!r}")
            kind, name, rest = m.groups()
            if kind == "TYPE":
                if name in types or rest not in ("counter", "gauge", "histogram", "summary", "untyped"):
                    fail(f"bad or repeated TYPE: {line!r}")
                types[name] = rest
            elif name in helps:
                fail(f"repeated HELP for {name}")
            else:
                helps.add(name)
            continue
        m = SAMPLE.match(line)
        if not m or not VALUE.match(m.group(3)):
            fail(f"bad sample line: {line!r}")
        name, labeltext, value = m.groups()
        labels = dict(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"', labeltext or ""))
        fam = family_of(name, types)
        if fam != current:
            if fam in done:
                fail(f"samples of {fam} are not contiguous")
            if current:
                done.add(current)
            current = fam
        key = (name, tuple(sorted(labels.items())))
        if key in samples:
            fail(f"duplicate series {key}")
        samples[key] = float(value)
        seen.setdefault(fam, []).append((name, labels, float(value)))
        if types[fam] == "counter" and (float(value) < 0 or not name.endswith("_total")):
            fail(f"counter {name} must end in _total and be >= 0")
    for fam, kind in types.items():
        if kind == "histogram":
            check_histogram(fam, seen.get(fam, []))
    return samples


# ---- HTTP ---------------------------------------------------------------------


def get(port, path, method="GET"):
    """(status, body, headers) of one request."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method)
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.read().decode(), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), e.headers


def raw_request(port, data):
    """The status line of the answer to arbitrary bytes ('' when none)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(data)
        try:
            return s.recv(4096).split(b"\r\n", 1)[0].decode(errors="replace")
        except (socket.timeout, ConnectionResetError):
            return ""


def scrape(port):
    status, body, headers = get(port, "/metrics")
    check_quiet(status == 200 and headers.get("Content-Type", "").startswith("text/plain; version=0.0.4"),
                f"/metrics answers 200 text/plain version 0.0.4 ({status}, {headers.get('Content-Type')})")
    return parse_exposition(body)


def check_quiet(cond, msg):
    if not cond:
        fail(msg)


def value(samples, name, **labels):
    key = (name, tuple(sorted(labels.items())))
    if key not in samples:
        fail(f"no series {name}{labels}")
    return samples[key]


def health(port):
    status, body, _ = get(port, "/healthz")
    return status, body.strip()


# ---- the test -------------------------------------------------------------------


def endpoint_port(w):
    def port():
        it_log = w.log_text()
        m = re.search(r"metrics endpoint listening on http://127\.0\.0\.1:(\d+)", it_log)
        return int(m.group(1)) if m else None
    return wait_for("the metrics endpoint to listen", port, timeout=30)


def produce_input(it, articles):
    it.produce_lines(as_pairs(articles))
    for key, raw, _ in INVALID:
        it.produce_raw(key, raw)


def check_counts(it, s, articles):
    n = len(articles) + len(INVALID)
    check(value(s, "incidentd_messages_consumed_total") == n, f"messages consumed = {n}")
    check(value(s, "incidentd_articles_extracted_total") == len(articles),
          f"articles extracted = {len(articles)}")
    check(value(s, "incidentd_articles_stored_total") == len(articles), f"articles stored = {len(articles)}")
    incidents, tallies = int(it.scalar("SELECT count(*) FROM incidents")), int(it.scalar("SELECT count(*) FROM tallies"))
    check(incidents > 0 and value(s, "incidentd_incidents_stored_total") == incidents,
          f"incidents stored = the {incidents} rows in PostgreSQL")
    check(value(s, "incidentd_tallies_stored_total") == tallies, f"tallies stored = the {tallies} rows in PostgreSQL")
    for cls in CLASSES:
        want = sum(1 for _, _, c in INVALID if c == cls)
        check(value(s, "incidentd_dead_letters_total", **{"class": cls}) == want, f"dead letters of class {cls} = {want}")
    events = int(it.scalar("SELECT count(*) FROM outbox WHERE type <> 'dead_letter'"))
    check(value(s, "incidentd_events_published_total") == events, f"events published = the {events} event rows of the outbox")
    check(value(s, "incidentd_dead_letters_published_total") == len(INVALID),
          f"dead letters published = {len(INVALID)}")
    commits = value(s, "incidentd_pg_commits_total")
    check(1 <= commits <= n, f"PostgreSQL commits counted ({commits:.0f})")
    for reason in ("failed", "rejected", "fenced"):
        check(value(s, "incidentd_pg_commit_failures_total", reason=reason) == 0, f"no commit {reason}")
    check(value(s, "incidentd_rebalances_total", kind="assigned") == 1
          and value(s, "incidentd_rebalances_total", kind="revoked") == 0
          and value(s, "incidentd_rebalances_total", kind="lost") == 0, "one assignment, no revocation")
    check(value(s, "incidentd_assigned_partitions") == it.partitions, f"{it.partitions} partitions assigned")
    check(value(s, "incidentd_queue_depth") == 0, "nothing held")
    check(value(s, "incidentd_outbox_backlog") == 0, "outbox backlog 0")
    check(value(s, "incidentd_extraction_seconds_count") == n, f"an extraction latency for each of the {n} messages")
    check(value(s, "incidentd_end_to_end_seconds_count") == n, f"an end-to-end latency for each of the {n} messages")
    check(value(s, 'incidentd_end_to_end_seconds_bucket', le="+Inf") == n
          and value(s, "incidentd_end_to_end_seconds_sum") > 0, "end-to-end histogram: +Inf bucket and sum")


def check_bad_requests(port):
    status, _, headers = get(port, "/metrics", method="POST")
    check(status == 405 and headers.get("Allow") == "GET", "POST /metrics is 405 with Allow: GET")
    check(get(port, "/healthz", method="DELETE")[0] == 405, "DELETE /healthz is 405")
    check(get(port, "/nope")[0] == 404, "GET /nope is 404")
    check(get(port, "/metrics/../healthz%00")[0] == 404, "GET of an odd path is 404")
    check(get(port, "/healthz?x=1")[0] == 200, "a query string does not change /healthz")
    line = raw_request(port, b"GET /healthz HTTP/9.9\r\n\r\n")
    check(re.match(r"HTTP/1\.[01] [45]\d\d", line), f"an unknown HTTP version is refused ({line!r})")
    line = raw_request(port, b"\x00\xff GARBAGE\r\n\r\n")
    check(line == "" or re.match(r"HTTP/1\.[01] 4\d\d", line), f"a malformed request is refused ({line!r})")
    line = raw_request(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40000 + b"\r\n\r\n")
    check(line == "" or re.match(r"HTTP/1\.[01] 4\d\d", line), f"oversized headers are refused ({line!r})")
    check(health(port) == (200, "ok"), "the worker stays healthy after the bad requests")


def check_outage_and_stop(it, w, port, articles):
    it.pg("stop")
    log("PostgreSQL stopped")
    wait_for("/healthz 503 naming PostgreSQL",
             lambda: health(port) == (503, "PostgreSQL not reachable"), timeout=30)
    check(True, "/healthz is 503 'PostgreSQL not reachable' while PostgreSQL is down")
    extra = [dict(a, id=a["id"] + "-extra") for a in articles[:5]]
    it.produce_lines(as_pairs(extra))
    wait_for("the extra messages held",
             lambda: value(scrape(port), "incidentd_queue_depth") == len(extra), timeout=30)
    check(value(scrape(port), "incidentd_messages_consumed_total") == len(articles) + len(INVALID) + len(extra),
          "messages produced during the outage are consumed")
    wait_for("a failed commit", lambda: value(scrape(port), "incidentd_pg_commit_failures_total",
                                              reason="failed") >= 1, timeout=30)
    check(True, "failed commits are counted")
    it.pg("start")
    log("PostgreSQL started again")
    wait_for("/healthz 200 after the outage", lambda: health(port) == (200, "ok"), timeout=60)
    check(True, "/healthz is 200 again once PostgreSQL is back")
    wait_for("the extra messages committed",
             lambda: value(scrape(port), "incidentd_queue_depth") == 0, timeout=60)
    check(value(scrape(port), "incidentd_articles_stored_total") == len(articles) + len(extra),
          "the held messages are stored after the outage")

    it.pg("stop")
    late = [dict(a, id=a["id"] + "-late") for a in articles[:3]]
    it.produce_lines(as_pairs(late))
    wait_for("messages held again", lambda: value(scrape(port), "incidentd_queue_depth") == len(late),
             timeout=30)
    w.proc.send_signal(signal.SIGTERM)      # once: a second signal exits at once
    wait_for("/healthz 503 stopping", lambda: health(port) == (503, "stopping"), timeout=10, interval=0.05)
    check(True, "/healthz is 503 'stopping' while the worker drains (PostgreSQL still down)")
    it.pg("start")
    w.ended = True
    check(w.proc.wait(30) == 0, "the worker commits what it held once PostgreSQL is back, and exits 0")
    check(int(it.scalar("SELECT count(*) FROM articles WHERE id LIKE '%-late'")) == len(late),
          "the articles held at SIGTERM are stored")


def test(it):
    articles = sample_articles(5)
    produce_input(it, articles)
    w = it.start_worker("w1", metrics__listen="127.0.0.1:0", worker__shutdown_deadline_ms="20000",
                        worker__batch_size="10")
    port = endpoint_port(w)
    ends = it.wait_all_committed()
    it.wait_outbox_drained()
    want = len(articles) + len(INVALID)
    wait_for("the relay's counts and backlog to settle", lambda: (
        lambda s: value(s, "incidentd_events_published_total") > 0
        and value(s, "incidentd_dead_letters_published_total") == len(INVALID)
        and value(s, "incidentd_outbox_backlog") == 0
        and value(s, "incidentd_queue_depth") == 0)(scrape(port)), timeout=30)
    check(True, f"/metrics parses strictly ({len(scrape(port))} series)")
    log(f"all {want} messages committed up to {ends}")
    check_counts(it, scrape(port), articles)
    wait_for("/healthz 200", lambda: health(port) == (200, "ok"), timeout=30)
    check(True, "/healthz is 200 'ok' while consuming")
    check_bad_requests(port)
    check_outage_and_stop(it, w, port, articles)


if __name__ == "__main__":
    run("metrics", test, private_pg=True)
