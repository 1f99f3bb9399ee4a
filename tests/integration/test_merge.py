#!/usr/bin/env python3
"""test_merge.py — reports of one incident from many articles become one
incident, even when two workers merge them at the same moment.

Each sample article that reports an incident is sent twelve times under
different ids, spread over four partitions consumed by two workers started
together with small batches, so both merge reports of the same incidents
concurrently.  Checks:
  - one merged incident per distinct incident (five), each with twelve
    reports and its source articles, casualty figures from the reports;
  - per incident, the events on the output topic are one incident.created
    (version 1) followed by incident.updated with versions 2, 3, ... in
    order, the last one carrying all twelve sources;
  - re-sending an identical article changes no incident (no new version).
"""
import json

from itlib import run, as_pairs, check, headers_of, sample_articles, wait_for

COPIES = 12


def incident_events(it, expect):
    msgs = it.consume(it.output, timeout=60)
    evs = [(m["key"], json.loads(m["payload"])) for m in msgs
           if headers_of(m).get("ce_type", "").startswith("incident.")]
    return evs if len(evs) >= expect else None


def test(it):
    articles = [a for a in sample_articles(COPIES) if "no-incident" not in a["id"]]
    it.produce_lines(as_pairs(articles))
    ws = [it.start_worker(f"w{i}", worker__batch_size="3", worker__batch_linger_ms="0") for i in (1, 2)]
    it.wait_all_committed(timeout=120)
    it.wait_outbox_drained()
    per_worker = [w.log_text().count("assigned") for w in ws]
    check(all(per_worker), f"both workers owned partitions ({per_worker} claims)")

    rows = it.sql("SELECT id, event_type, location, report_count, version, fatalities FROM merged_incidents")
    check(len(rows) == 5, f"five merged incidents for five distinct incidents ({len(rows)})")
    check(all(r[3] == str(COPIES) for r in rows), f"each has {COPIES} reports ({[r[3] for r in rows]})")
    check(it.scalar("SELECT count(*) FROM incident_reports") == str(len(articles)),
          "every article incident is a report of a merged incident")
    strike = [r for r in rows if "Kaim" in (r[2] or "")]
    check(strike and strike[0][5] == "4", f"casualties taken from the reports ({strike})")

    total_versions = sum(int(r[4]) for r in rows)
    evs = wait_for("incident events", lambda: incident_events(it, total_versions), 60)
    by_id = {}
    for key, ev in evs:
        by_id.setdefault(key, []).append(ev)
    check(set(by_id) == {r[0] for r in rows}, "incident events keyed by merged incident id")
    bad = []
    for iid, lst in by_id.items():
        versions = [e["data"]["version"] for e in lst]
        types = [e["type"] for e in lst]
        if (versions != list(range(1, len(versions) + 1)) or types[0] != "incident.created"
                or any(t != "incident.updated" for t in types[1:])
                or len(lst[-1]["data"]["sources"]) != COPIES):
            bad.append((iid, versions[:5], types[:2]))
    check(not bad, f"per incident: created v1, then updated v2, v3... in order, last with all sources ({bad[:2]})")

    before = it.sql("SELECT id, version FROM merged_incidents ORDER BY id")
    for w in ws:
        check(w.stop() == 0, f"{w.name} exits 0 on SIGTERM")
    w3 = it.start_worker("w3")
    it.produce_lines(as_pairs(articles[:1]))
    it.wait_all_committed(timeout=60)
    it.wait_outbox_drained()
    check(w3.stop() == 0, "w3 exits 0 on SIGTERM")
    after = it.sql("SELECT id, version FROM merged_incidents ORDER BY id")
    check(before == after, "an identical re-sent article changes no merged incident")


if __name__ == "__main__":
    run("merge", test, partitions=4)
