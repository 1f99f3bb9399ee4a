#!/usr/bin/env python3
"""test_pipeline.py — the whole path on the real broker and server.

Produces sample articles and a catalogue of malformed messages into a
3-partition input topic, runs one worker until everything is committed, stops
it with SIGTERM, and checks:
  - PostgreSQL: one articles row per article, incidents for the articles that
    report one, one dead_letters row per malformed message with the expected
    error class, consumer_offsets = the input's end offsets;
  - the output topic: one CloudEvents 1.0 `article.enriched` event per article,
    keyed by article id, with the ce_type header;
  - the dead-letter topic: one record per malformed message, with the original
    bytes and the error/original-position headers;
  - a re-sent identical article changes nothing and publishes nothing new;
    a changed article (same id) updates its row and publishes a new event.
"""
import json
import re

from itlib import run, as_pairs, check, headers_of, log, sample_articles

COPIES = 10
BIG = "ش" * 20000            # 40 000 bytes of UTF-8: over the test's body limit

# (key, raw bytes or None for a tombstone, expected error class)
CATALOGUE = [
    ("not-json", b"this is not json", "not_json"),
    ("truncated-json", b'{"id": "t1", "body": "abc', "not_json"),
    ("trailing-garbage", b'{"id": "t2", "body": "abc"} xyz', "not_json"),
    ("json-array", b'[{"id": "t3", "body": "abc"}]', "not_json"),
    ("json-string", b'"just a string"', "not_json"),
    ("json-number", b"42", "not_json"),
    ("json-null", b"null", "not_json"),
    ("empty-object", b"{}", "no_body"),
    ("empty-body", b'{"id": "t4", "body": ""}', "no_body"),
    ("blank-body", b'{"id": "t5", "body": "   \\n\\t  "}', "no_body"),
    ("null-body", b'{"id": "t6", "body": null, "title": "x"}', "no_body"),
    ("body-number", b'{"id": "t7", "body": 5}', "wrong_type"),
    ("body-object", b'{"id": "t8", "body": {"text": "abc"}}', "wrong_type"),
    ("title-array", b'{"id": "t9", "body": "abc", "title": ["a"]}', "wrong_type"),
    ("id-object", b'{"id": {"x": 1}, "body": "abc"}', "wrong_type"),
    ("url-bool", b'{"id": "t10", "body": "abc", "url": true}', "wrong_type"),
    ("invalid-utf8", b'{"id": "t11", "body": "\xff\xfe bad bytes"}', "bad_utf8"),
    ("overlong-utf8", b'{"id": "t12", "body": "\xc0\xaf"}', "bad_utf8"),
    ("nul-byte", b'{"id": "t13", "body": "a\x00b"}', "bad_utf8"),
    ("nul-escape", b'{"id": "t14", "body": "a\\u0000b"}', "not_json"),
    ("too-deep", b'{"id": "t15", "body": "abc", "x": ' + b"[" * 40 + b"]" * 40 + b"}", "not_json"),
    ("body-too-big", json.dumps({"id": "t16", "body": BIG}, ensure_ascii=False).encode(), "too_big"),
    ("message-too-big", json.dumps({"id": "t17", "body": "abc", "pad": "x" * 70000}).encode(), "too_big"),
    ("tombstone", None, "no_body"),
]


def check_postgres(it, articles, ends):
    ids = sorted(a["id"] for a in articles)
    check(it.scalar("SELECT count(*) FROM articles") == str(len(ids)),
          f"{len(ids)} articles stored")
    stored = [r[0] for r in it.sql("SELECT id FROM articles ORDER BY id")]
    check(stored == ids, "the stored ids are exactly the produced ids")
    drone = it.sql("SELECT event_type, location FROM incidents "
                   "WHERE article_id = 'sample-1-ain-al-asad-drone-c0'")
    check(len(drone) >= 1, f"incidents stored for the drone-attack sample ({drone})")
    check(it.scalar("SELECT count(*) FROM incidents WHERE article_id LIKE "
                    "'sample-6-statement-no-incident-%'") == "0",
          "no incident for the statement-only sample")
    dead = {r[0]: r[1] for r in it.sql(
        "SELECT convert_from(msg_key, 'UTF8'), error_class FROM dead_letters")}
    check(len(dead) == len(CATALOGUE), f"{len(CATALOGUE)} dead letters stored")
    wrong = {k: (dead.get(k), cls) for k, _, cls in CATALOGUE if dead.get(k) != cls}
    check(not wrong, f"each malformed message has its error class (mismatches: {wrong})")
    payload = it.scalar("SELECT convert_from(payload, 'UTF8') FROM dead_letters "
                        "WHERE msg_key = 'not-json'::bytea")
    check(payload == "this is not json", "a dead letter keeps the original bytes")
    check(it.committed() == ends, f"consumer_offsets = end offsets {ends}")


def check_events(it, articles):
    msgs = it.consume(it.output, expect=len(articles), ce_type="article.enriched")
    ids = {a["id"] for a in articles}
    check(len(msgs) == len(articles), f"{len(articles)} events on the output topic")
    check({m["key"] for m in msgs} == ids, "events are keyed by article id")
    bad = []
    for m in msgs:
        ev = json.loads(m["payload"])
        h = headers_of(m)
        ok = (ev.get("specversion") == "1.0" and ev.get("type") == "article.enriched"
              and re.fullmatch(r"[0-9a-f-]{36}", ev.get("id", "")) and ev.get("source")
              and ev.get("subject") == m["key"] and ev.get("datacontenttype") == "application/json"
              and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", ev.get("time", ""))
              and ev["data"]["article"]["id"] == m["key"] and "incidents" in ev["data"]
              and h.get("ce_type") == "article.enriched" and h.get("ce_id") == ev["id"])
        if not ok:
            bad.append(m["key"])
    check(not bad, f"every event is a CloudEvents 1.0 article.enriched with ce_type (bad: {bad[:3]})")
    check(len({json.loads(m["payload"])["id"] for m in msgs}) == len(msgs), "event ids are distinct")
    return msgs


def check_dlq(it):
    msgs = it.consume(it.dlq, expect=len(CATALOGUE))
    check(len(msgs) == len(CATALOGUE), f"{len(CATALOGUE)} records on the dead-letter topic")
    by_key = {m["key"]: m for m in msgs}
    m = by_key.get("not-json")
    h = headers_of(m) if m else {}
    check(m is not None and m["payload"] == "this is not json", "DLQ record carries the original value")
    check(h.get("error_class") == "not_json" and h.get("original_topic") == it.input
          and h.get("original_partition", "").isdigit() and h.get("original_offset", "").isdigit()
          and h.get("error_message") and h.get("failed_at"),
          f"DLQ headers: error class, message, original topic/partition/offset, time ({h})")


def check_resend(it, articles, first_events):
    """Same content again: nothing new.  Changed content: new version + event."""
    same = articles[0]
    changed = dict(articles[1], body=articles[1]["body"] + "\nتحديث: تفاصيل إضافية.")
    w = it.start_worker("w2")
    it.produce_lines(as_pairs([same, changed]))
    it.wait_all_committed(timeout=60)
    it.wait_outbox_drained()
    check(w.stop() == 0, "second worker exits 0 on SIGTERM")
    check(it.scalar(f"SELECT version FROM articles WHERE id = '{same['id']}'") == "1",
          "an identical re-sent article keeps version 1")
    check(it.scalar(f"SELECT version FROM articles WHERE id = '{changed['id']}'") == "2",
          "a changed article (same id, new content) is updated to version 2")
    msgs = it.consume(it.output, expect=len(first_events) + 1, ce_type="article.enriched")
    keys = [m["key"] for m in msgs[len(first_events):]]
    check(keys == [changed["id"]], f"only the changed article published a new article event ({keys})")


def test(it):
    articles = sample_articles(COPIES)
    it.produce_lines(as_pairs(articles))
    for key, value, _ in CATALOGUE:
        it.produce_raw(key, value)
    log(f"produced {len(articles)} articles and {len(CATALOGUE)} malformed messages")
    w = it.start_worker("w1", limits__max_message_bytes="64K", limits__max_body_bytes="32K")
    ends = it.wait_all_committed()
    it.wait_outbox_drained()
    check(w.stop() == 0, "worker exits 0 on SIGTERM")
    check("leaving the consumer group" in w.log_text(), "worker left the group on shutdown")
    check_postgres(it, articles, ends)
    events = check_events(it, articles)
    check_dlq(it)
    check_resend(it, articles, events)


if __name__ == "__main__":
    run("pipeline", test)
