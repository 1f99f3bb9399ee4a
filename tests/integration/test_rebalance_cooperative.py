#!/usr/bin/env python3
"""test_rebalance_cooperative.py — workers join and leave a group using the
cooperative-sticky assignor while articles flow; exactly-once results.

Six partitions.  A backlog is produced, two workers start, and a producer
thread keeps adding articles while the membership changes: w3 joins, w1
leaves (SIGTERM), w4 joins, w2 leaves.  Each change waits for the previous
one to settle and for articles to be stored meanwhile, and happens while
input is still unprocessed.  With cooperative-sticky a join or a leave moves
only some partitions: the others keep being consumed without a new claim.

Checks, once everything is committed and published:
  - every worker that left exited 0 within its deadline; every rebalance
    used the COOPERATIVE protocol, and at least one revoked only part of a
    worker's partitions (incremental, not eager); no assignment was lost, so
    revoked partitions were always drained and committed (with lag commits
    to Kafka during rebalances, librdkafka 2.0.2 lost 3-6 per run);
  - PostgreSQL: consumer_offsets = end offsets; every article stored, none
    written twice (version 1 and extracted_at = first_seen_at: the upsert
    rewrites extracted_at); the workers' committed counts (their last stats
    line) add up to the number of articles, so no message was committed
    twice nor lost; one article.enriched outbox row per article; merged
    incidents consistent (report counts = their reports; each has exactly
    the events of versions 1..version);
  - the output topic: no CloudEvents id twice, one article.enriched event
    per article, one incident event per outbox incident row.

6 partitions for at most 3 members: librdkafka 2.0.x's sticky assignor
loops for good when a member has fewer potential partitions than there are
members (fixed in 2.6.1), which one topic with more partitions than members
never meets.
"""
import json
import re
import threading
import time

from itlib import run, as_pairs, check, log, sample_articles, wait_for

WORKER = {"kafka__assignor": "cooperative-sticky", "worker__batch_size": "25", "worker__queue": "64"}
BACKLOG = 600
CHUNK, CHUNK_EVERY_S = 100, 0.5          # the flow: 200 articles/s
REBALANCE = re.compile(r"rebalance \((\w+) protocol\): (assigned|revoked|lost) (\d+) partition\(s\), "
                       r"(\d+) owned now")
STATS = re.compile(r"stats: articles=(\d+) dead_letters=(\d+)")


def stored(it):
    return int(it.scalar("SELECT count(*) FROM articles"))


def rebalances(w):
    return [(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)))
            for m in REBALANCE.finditer(w.log_text())]


def owns_partitions(w):
    r = rebalances(w)
    return r and r[-1][3] > 0


class Flow(threading.Thread):
    """Produces articles in chunks at a steady pace."""

    def __init__(self, it, articles):
        super().__init__(daemon=True)
        self.it, self.articles, self.error = it, articles, None

    def run(self):
        try:
            for i in range(0, len(self.articles), CHUNK):
                self.it.produce_lines(as_pairs(self.articles[i:i + CHUNK]))
                time.sleep(CHUNK_EVERY_S)
        except Exception as e:          # reported by the main thread
            self.error = e


def settle(it, w, total, what):
    """Waits until `w` owns partitions (a joiner) and articles keep being
    stored, then checks the next change still finds work left."""
    if w:
        wait_for(f"{w.name} to own partitions", lambda: it.check_workers() or owns_partitions(w), timeout=60)
    n = stored(it)
    wait_for("articles stored meanwhile", lambda: it.check_workers() or stored(it) >= n + 150, timeout=60)
    n = stored(it)
    check(n < total, f"{what} with input left to process ({n}/{total} stored)")


def leave(w):
    t0 = time.time()
    rc = w.stop()
    took = time.time() - t0
    check(rc == 0 and took < 12, f"{w.name} left on SIGTERM (exit {rc}, {took:.1f}s, deadline 10s)")


def change_membership(it, total):
    w1, w2 = it.start_worker("w1", **WORKER), it.start_worker("w2", **WORKER)
    for w in (w1, w2):
        wait_for(f"{w.name} to own partitions", lambda: it.check_workers() or owns_partitions(w), timeout=60)
    settle(it, None, total, "w3 joins")
    w3 = it.start_worker("w3", **WORKER)
    settle(it, w3, total, "w1 leaves")
    leave(w1)
    settle(it, None, total, "w4 joins")
    w4 = it.start_worker("w4", **WORKER)
    settle(it, w4, total, "w2 leaves")
    leave(w2)
    return w3, w4


def check_protocol(it):
    events = [(w.name, r) for w in it.workers for r in rebalances(w)]
    protocols = {r[0] for _, r in events}
    check(protocols == {"COOPERATIVE"}, f"every rebalance used the cooperative protocol ({protocols})")
    partial = [(n, r) for n, r in events if r[1] == "revoked" and r[2] > 0 and r[3] > 0]
    check(partial, f"incremental: {len(partial)} revocations left the worker its other partitions "
                   f"(e.g. {partial[0] if partial else None})")
    lost = [(n, r) for n, r in events if r[1] == "lost"]
    check(not lost, f"no assignment lost ({lost[:3]})")
    claims = sum(int(r[0]) for r in it.sql("SELECT epoch FROM consumer_offsets"))
    log(f"{len(events)} rebalance callbacks, {claims} partition claims in all")


def check_postgres(it, articles, ends):
    total = len(articles)
    check(len(ends) == 6 and it.committed() == ends, f"consumer_offsets = end offsets {ends}")
    ids = {r[0] for r in it.sql("SELECT id FROM articles")}
    check(ids == {a["id"] for a in articles}, f"all {total} articles stored, no other")
    check(it.scalar("SELECT count(*) FROM articles WHERE version <> 1 OR extracted_at <> first_seen_at") == "0",
          "no article written twice (version 1, extracted_at = first_seen_at)")
    counts = []
    for w in it.workers:
        last = STATS.findall(w.log_text())
        counts.append(int(last[-1][0]) if last else 0)
    check(sum(counts) == total, f"the workers committed {counts} articles: {sum(counts)} = {total}, each once")
    check(it.scalar("SELECT count(*) FROM outbox WHERE type = 'article.enriched'") == str(total),
          "one article.enriched outbox row per article")
    check(it.scalar("SELECT count(*) FROM dead_letters") == "0", "no dead letters")
    bad = it.scalar("SELECT count(*) FROM merged_incidents m WHERE report_count <>"
                    " (SELECT count(*) FROM incident_reports r WHERE r.incident_id = m.id)")
    check(bad == "0", "every merged incident's report count = its reports")
    merged = int(it.scalar("SELECT count(*) FROM merged_incidents"))
    bad = it.scalar("""SELECT count(*) FROM merged_incidents m
        WHERE (SELECT array_agg((o.payload->>'version')::int ORDER BY (o.payload->>'version')::int)
                 FROM outbox o WHERE o.type LIKE 'incident.%' AND o.subject = m.id::text)
              IS DISTINCT FROM (SELECT array_agg(g) FROM generate_series(1, m.version) g)""")
    check(merged > 0 and bad == "0", f"each of the {merged} merged incidents has exactly the events "
                                     f"of its versions 1..version")


def check_topic(it, articles):
    rows = int(it.scalar("SELECT count(*) FROM outbox"))
    msgs = it.consume(it.output, expect=rows, timeout=60)
    ids = [json.loads(m["payload"])["id"] for m in msgs]
    check(len(ids) == rows and len(set(ids)) == rows,
          f"{len(ids)} events on the output topic, {len(ids) - len(set(ids))} duplicates, "
          f"{rows} outbox rows")
    keys = sorted(m["key"] for m in msgs if json.loads(m["payload"])["type"] == "article.enriched")
    check(keys == sorted(a["id"] for a in articles), "one article.enriched event per article")
    incident = sum(1 for m in msgs if json.loads(m["payload"])["type"].startswith("incident."))
    check(incident == int(it.scalar("SELECT count(*) FROM outbox WHERE type LIKE 'incident.%'")),
          f"one event per outbox incident row ({incident})")


def test(it):
    articles = sample_articles(900)          # 5400 articles
    total = len(articles)
    it.produce_lines(as_pairs(articles[:BACKLOG]))
    flow = Flow(it, articles[BACKLOG:])
    t0 = time.time()
    flow.start()
    w3, w4 = change_membership(it, total)
    log(f"membership changes done {time.time() - t0:.1f}s into the flow "
        f"({'still producing' if flow.is_alive() else 'production over'})")
    flow.join()
    check(flow.error is None, f"the flow produced all {total - BACKLOG} articles ({flow.error})")
    ends = it.wait_all_committed(timeout=240)
    it.wait_outbox_drained()
    log(f"all {total} articles committed {time.time() - t0:.1f}s after the flow started")
    for w in (w3, w4):
        check(w.stop() == 0, f"{w.name} exits 0 on SIGTERM")
    check_protocol(it)
    check_postgres(it, articles, ends)
    check_topic(it, articles)


if __name__ == "__main__":
    run("rebalance_coop", test, partitions=6)
