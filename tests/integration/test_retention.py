#!/usr/bin/env python3
"""test_retention.py — outbox.retention and dead_letters.retention on the
real broker and server: what the relay prunes, what it must never prune, and
the incidentd_pruned_rows_total counters.

Unpublished rows: an event and a dead letter's record aimed at a topic that
does not exist (the broker does not create topics), written ten days ago,
the dead letter too.  They stand for records committed and not yet
published.  The relay publishes in id order, so they are added once all else
is published.

  A. One worker (retention 1h for both) stores and publishes 30 articles and
     4 bad messages; then the unpublished rows are added.  Some published
     rows are backdated two hours: half the events (sent_at) and two dead
     letters (received_at; their records stay fresh).  Checks: exactly those
     events, those two dead letters and their records are deleted; every
     other row stays through further prune passes, the unpublished ones
     included; the counters equal the deletions.
  B. That worker stops and the missing topic is created; another worker
     starts with outbox.retention = 3s and dead_letters.retention = 10s and
     takes 12 more articles and a bad message.  Checks: everything expires
     by itself, the formerly unpublished rows too once published; the
     counters equal the rows the worker found plus those it published.  Then
     new unpublished rows, ten days old, survive prune passes at these short
     retentions.
"""
import time

from itlib import run, as_pairs, check, log, sample_articles, wait_for
from test_metrics import endpoint_port, scrape, value

BAD = [("not-json", b"this is not json"), ("empty-body", b'{"id": "t4", "body": ""}'),
       ("body-number", b'{"id": "t7", "body": 5}'), ("array", b'[1, 2]')]
PRUNE_EVERY_S = 5                     # worker/prune.h
# Producing to a missing topic fails within a second instead of 30 s; the
# relay retries the unpublishable rows until the shutdown deadline.
WORKER = {"metrics__listen": "127.0.0.1:0",
          "kafka__producer__topic__metadata__propagation__max__ms": "1000",
          "kafka__producer__message__timeout__ms": "5000", "worker__shutdown_deadline_ms": "3000"}


def ids(it, sql):
    return {int(r[0]) for r in it.sql(sql)}


def outbox_ids(it):
    return ids(it, "SELECT id FROM outbox")


def dead_ids(it):
    return ids(it, "SELECT id FROM dead_letters")


def pruned(port):
    s = scrape(port)
    return (int(value(s, "incidentd_pruned_rows_total", table="outbox")),
            int(value(s, "incidentd_pruned_rows_total", table="dead_letters")))


def add_unpublishable(it, missing):
    """An event and a dead letter with its record, on a missing topic, ten days
    old; returns their outbox ids and the dead letter's id."""
    it.sql(f"""
        WITH e AS (INSERT INTO outbox (event_id, topic, type, subject, payload, created_at)
                   VALUES (gen_random_uuid(), '{missing}', 'article.enriched', 'stuck', '{{}}',
                           now() - interval '10 days')),
             d AS (INSERT INTO dead_letters (topic, partition, "offset", payload, error_class, error,
                                             received_at)
                   VALUES ('{it.input}', 0, 1000000 + (SELECT count(*) FROM dead_letters), 'x',
                           'not_json', 'stuck', now() - interval '10 days')
                   RETURNING id)
        INSERT INTO outbox (event_id, topic, type, dead_letter_id, created_at)
        SELECT gen_random_uuid(), '{missing}', 'dead_letter', id, now() - interval '10 days' FROM d""")
    stuck = ids(it, f"SELECT id FROM outbox WHERE topic = '{missing}'")
    stuck_dead = ids(it, f"SELECT dead_letter_id FROM outbox WHERE topic = '{missing}'"
                         " AND dead_letter_id IS NOT NULL")
    check(len(stuck) == 2 and len(stuck_dead) == 1, f"two unpublishable records on {missing}, ten days old")
    return stuck, stuck_dead


def unsent(it):
    return ids(it, "SELECT id FROM outbox WHERE sent_at IS NULL")


def check_never_pruned(it, port, stuck, stuck_dead):
    """Prune passes leave everything as it is, unpublished rows included."""
    before, dead_before, counts = outbox_ids(it), dead_ids(it), pruned(port)
    time.sleep(2 * PRUNE_EVERY_S + 1)
    check(outbox_ids(it) == before and dead_ids(it) == dead_before and pruned(port) == counts,
          "further prune passes delete nothing")
    check(stuck <= outbox_ids(it) and stuck_dead <= dead_ids(it) and unsent(it) == stuck,
          "the unpublished records (ten days old) and their dead letter were never pruned")


def phase_a(it):
    w = it.start_worker("w1", outbox__retention="1h", dead_letters__retention="1h", **WORKER)
    port = endpoint_port(w)
    it.wait_all_committed()
    it.wait_outbox_drained()
    stuck, stuck_dead = add_unpublishable(it, f"{it.output}-missing-a")
    before, dead_before = outbox_ids(it), dead_ids(it)
    check(len(dead_before) == len(BAD) + 1, f"{len(BAD)} dead letters stored (and the unpublishable one)")
    time.sleep(PRUNE_EVERY_S + 1)
    check(pruned(port) == (0, 0) and outbox_ids(it) == before and dead_ids(it) == dead_before,
          "nothing pruned while every row is younger than its retention")

    old_events = ids(it, "SELECT id FROM outbox WHERE dead_letter_id IS NULL AND sent_at IS NOT NULL"
                         " AND id % 2 = 0")
    old_dead = ids(it, "SELECT id FROM dead_letters WHERE error <> 'stuck' ORDER BY id LIMIT 2")
    records = ids(it, f"SELECT id FROM outbox WHERE dead_letter_id IN ({','.join(map(str, old_dead))})")
    it.sql(f"UPDATE outbox SET sent_at = now() - interval '2 hours'"
           f" WHERE id IN ({','.join(map(str, old_events))})")
    it.sql(f"UPDATE dead_letters SET received_at = now() - interval '2 hours'"
           f" WHERE id IN ({','.join(map(str, old_dead))})")
    log(f"backdated {len(old_events)} published events and {len(old_dead)} dead letters "
        f"(their {len(records)} records stay fresh)")
    want = (len(old_events) + len(records), len(old_dead))
    wait_for("the backdated rows pruned", lambda: pruned(port) == want, timeout=30)
    check(outbox_ids(it) == before - old_events - records,
          f"exactly the {len(old_events)} backdated events and the {len(records)} records of the "
          f"pruned dead letters left the outbox")
    check(dead_ids(it) == dead_before - old_dead, "exactly the two backdated dead letters were pruned")
    check(pruned(port) == want, f"incidentd_pruned_rows_total = {want} (outbox, dead_letters)")
    check_never_pruned(it, port, stuck, stuck_dead)
    check(w.stop() == 0, "w1 exits 0 on SIGTERM")


def phase_b(it, articles):
    it.create_topic(f"{it.output}-missing-a", 1)
    log("created the missing topic: its records can be published now")
    found, found_dead = len(outbox_ids(it)), len(dead_ids(it))
    w = it.start_worker("w2", outbox__retention="3s", dead_letters__retention="10s", **WORKER)
    port = endpoint_port(w)
    more = [dict(a, id=a["id"] + "-b") for a in articles[:12]]
    it.produce_lines(as_pairs(more))
    it.produce_raw("late-bad", b"still not json")
    it.wait_all_committed()
    check(int(it.scalar("SELECT count(*) FROM articles")) == len(articles) + len(more),
          f"the {len(more)} new articles stored")

    def expired():
        it.check_workers()
        return not outbox_ids(it) and not dead_ids(it)
    t0 = time.time()
    wait_for("every outbox row and dead letter to expire", expired, timeout=90)
    log(f"outbox and dead letters empty {time.time() - t0:.1f}s after the last commit")
    check(True, "with a 3s and a 10s retention every published row and dead letter expired")
    s = scrape(port)
    published = int(value(s, "incidentd_events_published_total")
                    + value(s, "incidentd_dead_letters_published_total"))
    want = (found - 2 + published, found_dead + 1)
    got = pruned(port)
    log(f"w2 found {found} outbox rows (2 unpublished) and {found_dead} dead letters, "
        f"published {published}, pruned {got}")
    check(got == want, f"incidentd_pruned_rows_total = {want}: the published rows w2 found and those it "
                       f"published; the dead letters it found and the new one")
    stuck, stuck_dead = add_unpublishable(it, f"{it.output}-missing-b")
    check_never_pruned(it, port, stuck, stuck_dead)
    check(w.stop() == 0, "w2 exits 0 on SIGTERM")


def test(it):
    articles = sample_articles(5)            # 30 articles
    it.produce_lines(as_pairs(articles))
    for key, raw in BAD:
        it.produce_raw(key, raw)
    phase_a(it)
    phase_b(it, articles)


if __name__ == "__main__":
    run("retention", test, partitions=2)
