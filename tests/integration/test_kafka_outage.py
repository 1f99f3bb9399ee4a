#!/usr/bin/env python3
"""test_kafka_outage.py — the Kafka broker goes away under load and comes back
(issue 5: "Kafka broker down: keep retrying; no loss").

The Kafka twin of test_pg_outage.py.  On a broker of its own (its own
KAFKA_DIR and ports under this test's run directory; PostgreSQL is the shared
fixture's), the test:

  1. produces 600 articles, starts a worker, and once some but not all are
     stored stops the broker cleanly (deploy/kafka.sh stop); keeps it down
     ~10 s while the worker runs: the worker must stay up and log that the
     broker is unavailable; then starts the broker again on the same
     KAFKA_DIR (data kept) and produces more articles;
  2. once those are partly stored, kills the broker's JVM with SIGKILL, keeps
     it down a few seconds, starts it again and produces the last articles.

  3. freezes the broker (SIGSTOP) and stops the worker: it must exit 0 by
     its shutdown deadline although it cannot leave the group properly.

In the end: every article stored exactly once (count and ids, all version 1),
consumer_offsets = the end offsets of every partition, an article.enriched
event for every article on the output topic (a key seen twice always carries
the same event id) and no dead letters.
"""
import os
import shutil
import signal
import socket
import subprocess
import time

from itlib import It, ROOT, as_pairs, check, check_events_once, fail, log, run, sample_articles, wait_for

COPIES = 275                    # x 6 samples = 1650 articles
FIRST, SECOND = 600, 900        # before the clean stop, before the SIGKILL; the rest at the end
OUTAGE_S = 10                   # the clean stop
DEADLINE_MS = 5000              # worker.shutdown_deadline_ms, tested against a frozen broker
KILL_OUTAGE_S = 5               # the SIGKILL


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class KafkaIt(It):
    """It, with a Kafka broker of its own that the test may stop, kill and start."""

    def __init__(self, name, **kw):
        super().__init__(name, **kw)
        kport = free_port()
        cport = free_port()
        while cport == kport:
            cport = free_port()
        self.kafka_dir = os.path.abspath(os.path.join(self.dir, "kafka"))
        self.kafka_env = dict(os.environ, KAFKA_DIR=self.kafka_dir, KAFKA_PORT=str(kport),
                              KAFKA_CONTROLLER_PORT=str(cport), KAFKA_STOP_TIMEOUT="30",
                              KAFKA_START_TIMEOUT="60")
        self.bootstrap = f"127.0.0.1:{kport}"        # everything Kafka goes to our broker
        self.kafka_started = False

    def kafka(self, command, check_rc=True):
        """deploy/kafka.sh COMMAND on this test's broker; returns its stdout's last line."""
        t0 = time.time()
        r = subprocess.run([os.path.join(ROOT, "deploy", "kafka.sh"), command], env=self.kafka_env,
                           capture_output=True, text=True)
        if r.returncode != 0 and check_rc:
            fail(f"kafka.sh {command} failed ({r.returncode}): {r.stderr.strip()[-2000:]}")
        log(f"kafka.sh {command}: {time.time() - t0:.1f}s")
        out = r.stdout.strip()
        return out.splitlines()[-1] if out else ""

    def broker_pid(self):
        with open(os.path.join(self.kafka_dir, "kafka.pid"), encoding="utf-8") as f:
            return int(f.read().strip())

    def kill9_broker(self):
        """SIGKILL of the broker's JVM (the pid kafka.sh recorded: bash exec'd java)."""
        pid = self.broker_pid()
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
        if "kafka.Kafka" not in cmdline or self.kafka_dir not in cmdline:
            fail(f"pid {pid} is not this test's broker: {cmdline[:200]}")
        os.kill(pid, signal.SIGKILL)
        wait_for("the broker process to die", lambda: not os.path.exists(f"/proc/{pid}"), timeout=10,
                 interval=0.05)
        log(f"killed the broker (pid {pid}) with SIGKILL")

    def setup(self):
        self.kafka_started = True
        self.kafka("start")
        super().setup()

    def cleanup(self):
        try:
            super().cleanup()
        finally:
            if self.kafka_started:
                self.kafka("stop", check_rc=False)
                shutil.rmtree(os.path.join(self.kafka_dir, "data"), ignore_errors=True)


def stored(it):
    return int(it.scalar("SELECT count(*) FROM articles"))


def wait_stored(it, at_least, timeout=60):
    def enough():
        it.check_workers()
        n = stored(it)
        return n if n >= at_least else 0
    return wait_for(f"{at_least} articles stored", enough, timeout=timeout, interval=0.05)


def down_for(it, w, seconds):
    """Keeps the broker down `seconds` while checking that the worker stays up."""
    t0 = time.time()
    while time.time() - t0 < seconds:
        it.check_workers()
        time.sleep(0.25)
    check(w.alive(), f"the worker survives {seconds}s without a broker")


def broker_down_lines(text):
    """The log lines that say the broker is unavailable (librdkafka's error and log callbacks)."""
    keys = ("_ALL_BROKERS_DOWN", "brokers are down", "Connection refused", "_TRANSPORT")
    return [line for line in text.splitlines() if any(k in line for k in keys)]


def stop_with_frozen_broker(it, w):
    """SIGTERM while the broker answers nothing (SIGSTOP): leaving the group
    cannot finish, and the worker must still exit by its shutdown deadline."""
    pid = it.broker_pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        t0 = time.time()
        rc = w.stop(timeout=DEADLINE_MS / 1000 + 15)
        took = time.time() - t0
    finally:
        os.kill(pid, signal.SIGCONT)
    log(f"worker stopped against a frozen broker: exit {rc} in {took:.1f}s")
    check(rc == 0 and took < DEADLINE_MS / 1000 + 3,
          f"the worker exits 0 by its deadline with the broker frozen ({took:.1f}s, deadline {DEADLINE_MS} ms)")
    check("consumer did not close in time" in w.log_text() or "leaving the consumer group" in w.log_text(),
          "the worker says how it left the group")


def test(it):
    articles = sample_articles(COPIES)
    total = len(articles)
    first, second, third = articles[:FIRST], articles[FIRST:FIRST + SECOND], articles[FIRST + SECOND:]
    it.produce_lines(as_pairs(first))
    log(f"produced {len(first)} articles")
    w = it.start_worker("w1", worker__batch_size="20", worker__queue="64",
                        worker__shutdown_deadline_ms=str(DEADLINE_MS))   # keeps it mid-stream at the outage

    # ---- phase 1: clean stop, ~10 s down -------------------------------------
    n = wait_stored(it, 60)
    mark = len(w.log_text())
    it.kafka("stop")
    n_down = stored(it)
    log(f"broker stopped with {n} articles stored when the stop began, {n_down} when it ended")
    check(n < len(first), f"the broker went down mid-stream ({n}/{len(first)} stored)")
    down_for(it, w, OUTAGE_S)
    outage = w.log_text()[mark:]
    lines = broker_down_lines(outage)
    log("worker log during the outage (broker lines, first 8):\n  " + "\n  ".join(lines[:8]))
    check(lines, "the worker logs that the broker is unavailable")
    log(f"{stored(it)} articles stored after {OUTAGE_S}s without a broker")
    it.kafka("start")
    it.produce_lines(as_pairs(second))
    log(f"produced {len(second)} more articles")

    # ---- phase 2: SIGKILL of the broker mid-stream ---------------------------
    n = wait_stored(it, len(first) + 60, timeout=90)
    unsent = it.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
    mark = len(w.log_text())
    it.kill9_broker()
    log(f"broker killed with {n} articles stored and {unsent} outbox rows unsent when the kill began, "
        f"{stored(it)} stored when it ended")
    check(n < len(first) + len(second),
          f"the broker was killed mid-stream ({n}/{len(first) + len(second)} stored)")
    down_for(it, w, KILL_OUTAGE_S)
    lines = broker_down_lines(w.log_text()[mark:])
    log("worker log after the SIGKILL (broker lines, first 4):\n  " + "\n  ".join(lines[:4]))
    check(lines, "the worker logs that the killed broker is unavailable")
    it.kafka("start")
    it.produce_lines(as_pairs(third))
    log(f"produced the last {len(third)} articles")

    # ---- everything arrives exactly once ---------------------------------------
    ends = it.wait_all_committed(timeout=90)
    it.wait_outbox_drained()
    log("worker log since the SIGKILL (group and worker lines):\n  " + "\n  ".join(
        [line for line in w.log_text()[mark:].splitlines()
         if "SESSTMOUT" in line or " INFO worker " in line or " outbox " in line]))
    stop_with_frozen_broker(it, w)

    check(stored(it) == total, f"all {total} articles stored")
    ids = {r[0] for r in it.sql("SELECT id FROM articles")}
    check(ids == {a["id"] for a in articles}, "the stored ids are exactly the produced ids")
    check(it.scalar("SELECT count(*) FROM articles WHERE version <> 1") == "0",
          "none stored twice as a change (all version 1)")
    check(it.committed() == ends, f"consumer_offsets = end offsets {ends}")
    check(sum(ends.values()) == total, f"the input holds {total} messages (nothing lost on the broker)")
    check(it.scalar("SELECT count(*) FROM dead_letters") == "0", "no dead letters")
    check(it.scalar("SELECT count(*) FROM outbox WHERE type = 'article.enriched'") == str(total),
          "one article event in the outbox per article")
    check(it.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL OR send_error IS NOT NULL") == "0",
          "every outbox row sent, none given up")

    check_events_once(it, articles, total)
    check(it.consume(it.dlq) == [], "nothing on the DLQ topic")


def main():
    run("kafka_outage", test, cls=KafkaIt)


if __name__ == "__main__":
    main()
