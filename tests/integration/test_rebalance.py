#!/usr/bin/env python3
"""test_rebalance.py — three workers share six partitions; one leaves, one joins.

Three workers consume a six-partition topic.  Mid-stream one of them is
stopped with SIGTERM (it must drain, commit and leave the group within its
deadline, exit 0) and a fourth joins.  Checks: every partition was owned by
someone, every article is stored exactly once (version 1 everywhere),
consumer_offsets = end offsets, one outbox row per article, and the output
topic holds an event for every article (duplicates only with the same id).
"""
import time

from itlib import run, as_pairs, check, check_events_once, log, sample_articles, wait_for

# A small in-flight queue keeps each worker fetching as it goes, so that
# stopping one leaves work for the others whatever the machine's speed.
WORKER = {"worker__batch_size": "25", "worker__queue": "64"}


def stored(it):
    return int(it.scalar("SELECT count(*) FROM articles"))


def test(it):
    articles = sample_articles(1000)         # 6000 articles
    total = len(articles)
    it.produce_lines(as_pairs(articles))
    workers = [it.start_worker(f"w{i}", **WORKER) for i in (1, 2, 3)]
    wait_for("a sixth stored", lambda: stored(it) >= total // 6, timeout=120, interval=0.1)
    t0 = time.time()
    rc = workers[1].stop()
    took = time.time() - t0
    check(rc == 0 and took < 12, f"w2 left cleanly on SIGTERM (exit {rc}, {took:.1f}s, deadline 10s)")
    check("leaving the consumer group" in workers[1].log_text(), "w2 left the consumer group")
    n = stored(it)
    check(n < total, f"w2 left mid-stream ({n}/{total} stored)")
    workers.append(it.start_worker("w4", **WORKER))
    ends = it.wait_all_committed(timeout=180)
    it.wait_outbox_drained()
    for w in (workers[0], workers[2], workers[3]):
        check(w.stop() == 0, f"{w.name} exits 0 on SIGTERM")
    owners = {r[0] for r in it.sql("SELECT DISTINCT owner FROM consumer_offsets")}
    log(f"last owners of the six partitions: {sorted(owners)}")
    check(len(ends) == 6 and it.committed() == ends, f"consumer_offsets = end offsets {ends}")
    check(stored(it) == total, f"{total} articles stored")
    check(it.scalar("SELECT count(*) FROM articles WHERE version <> 1") == "0",
          "every article stored exactly once (version 1)")
    check(it.scalar("SELECT count(*) FROM outbox WHERE type = 'article.enriched'") == str(total),
          "one article event in the outbox per article")
    check_events_once(it, articles, total)
    took = [l for w in workers for l in w.log_text().splitlines() if "worker assigned " in l]
    check(len(took) >= 6, f"partitions were (re)assigned as workers came and went ({len(took)} claims)")


if __name__ == "__main__":
    run("rebalance", test, partitions=6)
