"""gold.py — how the source-built sets (train, train2, holdout2, holdout3)
write their gold: one constructor per record, in the format of
/work/shared/corpus/dev/gold.jsonl, and the writer with its counts.

A set's build/build_gold.py names its places (key -> (country, admin1,
location, lat, lon)) and codes each article with these:

    from gold import *          # Gold, Q, the event types (ERV, AIR...) and actor ids (US, IRI...)
    gold = Gold(P)
    inc, bg, tal, art = gold.inc, gold.bg, gold.tal, gold.art
    art("tr-001", "2023-10-26", [inc("ain_asad", ...)], [tal(...)], "note")
    gold.write(ROOT)
"""
import json
import os
from collections import Counter

Q = "?"     # a field the text leaves ambiguous: not scored

# ACLED event types and sub-event types
ERV = "Explosions/Remote violence"
SD = "Strategic developments"
BAT = "Battles"
VAC = "Violence against civilians"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
DWU = "Disrupted weapons use"
ARR = "Arrests"
CLASH = "Armed clash"
ATT = "Attack"
ABD = "Abduction/forced disappearance"

# GUIDE.md actor ids the sets share
IRI = "islamic-resistance-in-iraq"
IAM = "iran-aligned-militias"
KH = "kataib-hezbollah"
PMF = "popular-mobilization-forces"
US = "us-forces"
COAL = "coalition-forces"
IS = "islamic-state"
ISF = "iraqi-security-forces"
KSF = "kurdistan-security-forces"
IDF = "israel-defense-forces"
TAF = "turkish-armed-forces"
SGF = "syrian-government-forces"
SDF = "syrian-democratic-forces"
CIV = "civilians"
HEZ = "hezbollah"
IRGC = "irgc"

__all__ = ["Gold"] + [n for n in list(globals()) if n.isupper()]


class Gold:
    def __init__(self, places):
        self.places = places
        self.articles = []

    def inc(self, place, event_type, sub, date, a1, a2, weapons, fat, inj, claimed,
            tp=1, gp=1, optional=False, note=None):
        c, adm, loc, lat, lon = self.places[place]
        d = {"event_type": event_type, "sub_event_type": sub, "event_date": date,
             "time_precision": tp, "country": c, "admin1": adm, "location": loc,
             "lat": lat, "lon": lon, "geo_precision": gp, "actor1": a1, "actor2": a2,
             "weapons": weapons, "fatalities": fat, "injuries": inj, "claimed": claimed}
        if optional:
            d["optional"] = True
        if note:
            d["note"] = note
        return d

    def bg(self, place, event_type, sub, date, a1, a2, weapons=Q, fat=Q, inj=Q, claimed=Q, tp=1, gp=1,
           note="background recap"):
        """an optional background incident"""
        return self.inc(place, event_type, sub, date, a1, a2, weapons, fat, inj, claimed, tp=tp, gp=gp,
                        optional=True, note=note)

    @staticmethod
    def tal(unit, count, breakdown, countries, since, until, source, optional=False, note=None):
        d = {"unit": unit, "count": count, "breakdown": breakdown, "countries": countries,
             "since": since, "until": until, "source": source}
        if optional:
            d["optional"] = True
        if note:
            d["note"] = note
        return d

    def art(self, id_, published_at, incidents, tallies, note):
        self.articles.append({"id": id_, "published_at": published_at, "incidents": incidents,
                              "tallies": tallies, "note": note})

    def write(self, root):
        """writes root/expected.jsonl and prints what it holds"""
        G = self.articles
        with open(os.path.join(root, "expected.jsonl"), "w", encoding="utf-8") as f:
            for g in G:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        req = [i for g in G for i in g["incidents"] if not i.get("optional")]
        opt = [i for g in G for i in g["incidents"] if i.get("optional")]
        treq = [t for g in G for t in g["tallies"] if not t.get("optional")]
        topt = [t for g in G for t in g["tallies"] if t.get("optional")]
        neg = [g["id"] for g in G if not any(not i.get("optional") for i in g["incidents"])]
        print(f"articles {len(G)}; required incidents {len(req)}; optional incidents {len(opt)}; "
              f"required tallies {len(treq)}; optional tallies {len(topt)}; "
              f"no-required-incident articles {len(neg)}: {neg}")
        print("required by type:", dict(Counter(f"{i['event_type']} / {i['sub_event_type']}" for i in req)))
        print("required by country:", dict(Counter(i["country"] for i in req)))
        print("required tallies by unit:", dict(Counter(t["unit"] for t in treq)))
