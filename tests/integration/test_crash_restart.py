#!/usr/bin/env python3
"""test_crash_restart.py — kill -9 in the middle of the stream, twice.

Produces a few thousand articles, SIGKILLs the worker while it is committing
(and its relay publishing), restarts it, SIGKILLs it again, restarts it once
more and lets it finish.  Then:
  - every article is stored exactly once, at version 1 (never re-counted as a
    change), with consumer_offsets = the input's end offsets;
  - every outbox row is sent and there is exactly one event id per article;
  - the output topic holds every event; a key appearing more than once
    (a re-publication after the crash) always carries the same event id.
"""
import time

from itlib import run, as_pairs, check, check_events_once, log, sample_articles, wait_for

COPIES = 300      # x 6 samples


def stored(it):
    return int(it.scalar("SELECT count(*) FROM articles"))


def kill_midstream(it, name, at_least, total):
    w = it.start_worker(name, worker__batch_size="25", worker__queue="64")   # keeps it mid-stream when killed
    n = wait_for(f"{at_least} more articles stored", lambda: (lambda k: k if k >= at_least else 0)(stored(it)),
                 timeout=120, interval=0.05)
    check(n < total, f"worker {name} killed mid-stream ({n}/{total} stored)")
    w.kill9()
    return n


def test(it):
    articles = sample_articles(COPIES)
    total = len(articles)
    it.produce_lines(as_pairs(articles))
    log(f"produced {total} articles")
    n1 = kill_midstream(it, "w1", total // 4, total)
    kill_midstream(it, "w2", n1 + total // 4, total)
    t0 = time.time()
    w = it.start_worker("w3")
    ends = it.wait_all_committed(timeout=180)
    it.wait_outbox_drained()
    log(f"third worker finished the rest in {time.time() - t0:.1f}s")
    check(w.stop() == 0, "last worker exits 0 on SIGTERM")

    check(stored(it) == total, f"{total} articles stored")
    check(it.scalar("SELECT count(*) FROM articles WHERE version <> 1") == "0",
          "no article was counted twice as a change (all version 1)")
    check(it.committed() == ends, f"consumer_offsets = end offsets {ends}")
    check(it.scalar("SELECT count(*) FROM outbox WHERE type = 'article.enriched'") == str(total),
          "one article event in the outbox per article")
    check(it.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == "0", "every outbox row sent")

    check_events_once(it, articles, total)


if __name__ == "__main__":
    run("crash", test)
