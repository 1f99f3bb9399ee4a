#!/usr/bin/env python3
"""test_shutdown_race.py — SIGTERM while the group is rebalancing.

librdkafka 2.0's consumer close can hang for good when an assignment arrives
during the close (fixed upstream in 2.4).  In a group that happens when a
worker is stopped just after another one left: its partitions were revoked
for the rebalance and the new assignment, all partitions, comes back while
it is closing.  Each round starts two workers on six partitions while
articles stream in, stops the first, waits for the second to log the
revocation, and stops it a few milliseconds later.  Checks: every worker
exits 0 within its shutdown deadline in every round, and across all rounds
every article is stored exactly once with consumer_offsets = end offsets.
"""
import random
import signal
import time

from itlib import run, as_pairs, check, log, sample_articles, wait_for

import os
ROUNDS = int(os.environ.get('RACE_ROUNDS', '6'))
DEADLINE_MS = 8000
WORKER = {"worker__batch_size": "25", "worker__queue": "64",
          "worker__shutdown_deadline_ms": str(DEADLINE_MS)}


def stored(it):
    return int(it.scalar("SELECT count(*) FROM articles"))


def stop(w):
    """SIGTERM, then wait for the exit: (rc or None on timeout, seconds)."""
    t0 = time.time()
    w.ended = True
    w.proc.send_signal(signal.SIGTERM)
    try:
        rc = w.proc.wait(DEADLINE_MS / 1000 + 10)
    except Exception:
        w.proc.kill()
        w.proc.wait()
        rc = None
    w.logf.close()
    return rc, time.time() - t0


def revocations(w):
    return w.log_text().count(" worker revoked ")


def test(it):
    rng = random.Random(20261122)
    articles = sample_articles(1000)          # 6000 articles, produced a slice per round
    total = len(articles)
    per_round = total // ROUNDS
    slowest = 0.0
    for r in range(ROUNDS):
        it.produce_lines(as_pairs(articles[r * per_round:(r + 1) * per_round]))
        leaver = it.start_worker(f"r{r}leaver", **WORKER)
        slow = it.start_worker(f"r{r}slow", **dict(WORKER, worker__queue="2048", worker__threads="1"))
        watched = it.start_worker(f"r{r}watched", **WORKER)
        trio = (leaver, slow, watched)
        wait_for(f"round {r}: all three own partitions",
                 lambda: all("assigned" in w.log_text() for w in trio), timeout=60, interval=0.05)
        seen = revocations(watched)
        rc, took = stop(leaver)
        check(rc == 0, f"round {r}: {leaver.name} exited {rc} after {took:.1f}s")
        wait_for(f"round {r}: {watched.name} revoked for the rebalance",
                 lambda: revocations(watched) > seen, timeout=30, interval=0.005)
        time.sleep(rng.uniform(0.0, 0.01))
        rc, took = stop(watched)
        slowest = max(slowest, took)
        check(rc == 0, f"round {r}: {watched.name}, stopped mid-rebalance, exited {rc} after {took:.1f}s "
              f"(deadline {DEADLINE_MS} ms)")
        rc, took = stop(slow)
        check(rc == 0, f"round {r}: {slow.name} exited {rc} after {took:.1f}s")
    log(f"{ROUNDS} workers stopped mid-rebalance; slowest exit {slowest:.1f}s")
    final = it.start_worker("final", **WORKER)
    ends = it.wait_all_committed(timeout=180)
    check(final.stop() == 0, "the last worker exits 0")
    check(it.committed() == ends, f"consumer_offsets = end offsets {ends}")
    check(stored(it) == total, f"{total} articles stored")
    check(it.scalar("SELECT count(*) FROM articles WHERE version <> 1") == "0",
          "every article stored exactly once (version 1)")


if __name__ == "__main__":
    run("shutdown_race", test, partitions=6)
