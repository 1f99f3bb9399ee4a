#!/usr/bin/env python3
"""Turn the gold into a concrete extractor-style result file (first acceptable
actor id, '?' replaced by a concrete value, latitude/longitude keys) to check
that the gold format runs through score.py and scores 1.0 against itself.

Shared by tests/holdout2, tests/holdout3 and tests/train.
usage: resolve_gold.py SET OUT.jsonl"""
import json, os, sys
ROOT = os.path.abspath(sys.argv[1])
Q = "?"
out = sys.argv[2]


def actor(v):
    if v == Q:
        return None
    if isinstance(v, list):
        v = v[0] if v else None
    return None if v is None else {"id": v, "name": v}


with open(out, "w", encoding="utf-8") as f:
    for line in open(os.path.join(ROOT, "expected.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        incs = []
        for i in g["incidents"]:
            s = {k: v for k, v in i.items() if k not in ("lat", "lon", "note", "optional")}
            s["latitude"], s["longitude"] = i["lat"], i["lon"]
            s["actor1"], s["actor2"] = actor(i["actor1"]), actor(i["actor2"])
            for k, d in (("event_type", "Strategic developments"), ("sub_event_type", "Air/drone strike"), ("event_date", g["published_at"]),
                         ("time_precision", 1), ("weapons", []), ("fatalities", None),
                         ("injuries", None), ("claimed", False)):
                if s.get(k) == Q:
                    s[k] = d
            incs.append(s)
        tals = []
        for t in g["tallies"]:
            s = {k: (None if v == Q else v) for k, v in t.items() if k not in ("note", "optional")}
            if s["breakdown"] is None:
                s["breakdown"] = {}
            tals.append(s)
        f.write(json.dumps({"article": {"id": g["id"], "published_at": g["published_at"]},
                            "incidents": incs, "tallies": tals}, ensure_ascii=False) + "\n")
print(out)
