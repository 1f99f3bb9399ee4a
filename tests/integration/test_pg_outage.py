#!/usr/bin/env python3
"""test_pg_outage.py — PostgreSQL goes away under load and comes back.

On a PostgreSQL server of its own, the test stops the server while a worker is
committing, keeps it down for a few seconds (more input arrives meanwhile),
and starts it again.  Checks: the worker stays up, logs that it is not ready,
pauses, and after the server is back resumes by itself; in the end every
article is stored exactly once, consumer_offsets = end offsets, and every
event is published.
"""
import time

from itlib import run, as_pairs, check, log, sample_articles, wait_for


def test(it):
    articles = sample_articles(150)          # 900 articles
    first, second = articles[:600], articles[600:]
    it.produce_lines(as_pairs(first))
    w = it.start_worker("w1", worker__batch_size="20", worker__queue="64")   # keeps it mid-stream at the outage
    wait_for("some articles stored", lambda: int(it.scalar("SELECT count(*) FROM articles")) >= 100,
             timeout=60, interval=0.05)
    it.pg("stop")
    log("PostgreSQL stopped")
    it.produce_lines(as_pairs(second))
    time.sleep(4)
    check(w.alive(), "the worker survives the outage")
    text = w.log_text()
    check("not ready" in text, "the worker logs that it is not ready")
    check("paused consumption: PostgreSQL not ready" in text, "the worker paused consumption")
    it.pg("start")
    log("PostgreSQL started again")
    ends = it.wait_all_committed(timeout=90)
    it.wait_outbox_drained()
    check("ready: PostgreSQL is reachable again" in w.log_text(), "the worker logs that it is ready again")
    check(w.stop() == 0, "the worker exits 0 on SIGTERM")
    check(it.scalar("SELECT count(*) FROM articles") == str(len(articles)),
          f"all {len(articles)} articles stored")
    check(it.scalar("SELECT count(*) FROM articles WHERE version <> 1") == "0", "none stored twice as a change")
    check(it.committed() == ends, f"consumer_offsets = end offsets {ends}")
    msgs = it.consume(it.output, expect=len(articles), timeout=60, ce_type="article.enriched")
    check({m["key"] for m in msgs} == {a["id"] for a in articles}, "an event for every article")


if __name__ == "__main__":
    run("outage", test, private_pg=True)
