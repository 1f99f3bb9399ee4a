#!/usr/bin/env python3
"""test_pg_outage.py — PostgreSQL goes away under load and comes back.

On a PostgreSQL server of its own, the test stops the server while a worker is
committing, keeps it down for a few seconds (more input arrives meanwhile),
and starts it again.  Checks: the worker stays up, logs that it is not ready,
pauses, and after the server is back resumes by itself; in the end every
article is stored exactly once, consumer_offsets = end offsets, and every
event is published.

Then a worker is stopped while PostgreSQL is down and it holds messages it
cannot commit: it must exit 0 within its shutdown deadline (and a little
grace), not hang in librdkafka's shutdown, and a second worker started once
the server is back stores exactly what the first one held.
"""
import time

from itlib import run, as_pairs, check, log, sample_articles, wait_for

STOP_DEADLINE_MS = 3000


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
    stop_while_down(it, articles)


def stop_while_down(it, articles):
    w2 = it.start_worker("w2", worker__shutdown_deadline_ms=str(STOP_DEADLINE_MS))
    wait_for("w2 assigned", lambda: "assigned" in w2.log_text(), timeout=60)
    it.pg("stop")
    held = [dict(a, id=a["id"] + "-held") for a in articles[:30]]
    it.produce_lines(as_pairs(held))
    wait_for("w2 not ready", lambda: "not ready" in w2.log_text(), timeout=30)
    time.sleep(2)
    t0 = time.time()
    rc = w2.stop(timeout=STOP_DEADLINE_MS / 1000 + 10)
    took = time.time() - t0
    log(f"w2 stopped with PostgreSQL down in {took:.1f}s (deadline {STOP_DEADLINE_MS / 1000:.0f}s)")
    check(rc == 0 and took < STOP_DEADLINE_MS / 1000 + 3,
          "a worker stopped while PostgreSQL is down exits 0 within its deadline and grace")
    it.pg("start")
    w3 = it.start_worker("w3")
    ends = it.wait_all_committed(timeout=90)
    check(it.scalar("SELECT count(*) FROM articles WHERE id LIKE '%-held'") == str(len(held)),
          f"the {len(held)} articles it held are stored by the next worker")
    check(it.scalar("SELECT count(*) FROM articles WHERE version <> 1") == "0", "none stored twice")
    check(it.committed() == ends, f"consumer_offsets = end offsets {ends}")
    check(w3.stop() == 0, "the next worker exits 0")


if __name__ == "__main__":
    run("outage", test, private_pg=True)
