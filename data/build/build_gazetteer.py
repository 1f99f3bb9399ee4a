#!/usr/bin/env python3
"""Build incidentd's gazetteer TSV files (python3 stdlib only, deterministic).

Reads the source data (OCHA COD-AB Iraq GeoJSON, csc-cities IQ/SY/JO) and the
curated files in this folder, and writes

  data/gazetteer/places.tsv     (generated)
  data/gazetteer/countries.tsv  (generated from icu_countries.tsv + countries_curated.tsv)

then validates them together with the hand-curated data/gazetteer/sites.tsv and
data/gazetteer/demonyms.tsv. Any violation makes the script exit non-zero.

  python3 data/build/build_gazetteer.py --src ../shared/data
  python3 data/build/build_gazetteer.py --check          # validate only
  python3 data/build/build_gazetteer.py --refresh-icu    # re-snapshot ICU names

Relative --src paths are taken relative to the repository root.
"""
import argparse
import ctypes
import ctypes.util
import json
import math
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GAZ = os.path.join(REPO, "data", "gazetteer")
COLUMNS = ["id", "kind", "country", "admin1", "name_en", "lat", "lon", "rank", "names_ar", "names_en"]
KINDS = {"country", "admin1", "admin2", "admin3", "town", "base", "facility"}

# ACLED-style admin1 names where they differ from OCHA's ADM1_EN.
ACLED_ADMIN1_IQ = {"Salah Al-Din": "Salah al-Din", "Thi Qar": "Thi-Qar"}

# Bare Arabic names of admin2/admin3 units that are ordinary words (or names of
# other, more prominent places) in news text: common_words.txt, loaded by
# load_common_words(). For these only the qualified forms (قضاء X / ناحية X) are emitted.
COMMON_WORDS_FILE = os.path.join(HERE, "common_words.txt")

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) used by validation.
BBOX = {
    "IQ": (29.0, 37.5, 38.7, 48.7), "SY": (32.3, 37.4, 35.6, 42.5), "JO": (29.1, 33.5, 34.9, 39.4),
    "PS": (31.2, 32.6, 34.2, 35.6), "IL": (29.4, 33.4, 34.2, 35.95), "LB": (33.0, 34.75, 35.05, 36.7),
    "TR": (35.8, 42.2, 25.6, 44.9), "IR": (25.0, 39.8, 44.0, 63.4), "SA": (16.3, 32.2, 34.5, 55.7),
    "KW": (28.5, 30.1, 46.5, 48.5), "EG": (22.0, 31.7, 24.7, 36.9), "YE": (12.1, 19.0, 42.5, 54.6),
    "LY": (19.5, 33.2, 9.3, 25.2), "AE": (22.6, 26.1, 51.5, 56.4), "QA": (24.4, 26.2, 50.7, 51.7),
    "BH": (25.8, 26.3, 50.3, 50.7), "OM": (16.6, 26.4, 51.8, 59.9), "CY": (34.5, 35.75, 32.2, 34.65),
    "AF": (29.3, 38.5, 60.5, 75.0), "PK": (23.6, 37.1, 60.8, 77.9), "TN": (30.2, 37.6, 7.5, 11.6),
    "DZ": (18.9, 37.1, -8.7, 12.0), "MA": (27.6, 35.95, -13.2, -1.0), "SD": (8.6, 22.3, 21.8, 38.7),
    "RU": (41.0, 82.0, 19.0, 180.0), "CN": (18.0, 53.6, 73.5, 134.8), "GB": (49.9, 60.9, -8.2, 1.8),
    "FR": (41.3, 51.1, -5.2, 9.6), "DE": (47.2, 55.1, 5.8, 15.1), "US": (18.9, 71.4, -179.9, -66.9),
    "UA": (44.3, 52.4, 22.1, 40.3), "AZ": (38.4, 41.9, 44.7, 50.4), "AM": (38.8, 41.3, 43.4, 46.7),
}

# A site's code as Arabic news writes it, alone or after Arabic words: "T4", "قاعدة T4".
LATIN_CODE_NAME = re.compile(r"^(?:[\u0621-\u063A\u0640-\u0652]+ )*[A-Z][0-9]{1,2}$")
# Arabic letters, plus the Persian and Kurdish ones Kurdish outlets write names with (پ چ ژ ڤ گ ڕ ڵ ۆ ێ ە ی ک).
ARABIC_OK = re.compile(r"^[\u0621-\u063A\u0640-\u0652\u0670\u0660-\u0669\u067E\u0686\u0698\u06A4\u06A9\u06AF"
                       r"\u0695\u06B5\u06C6\u06CC\u06CE\u06D50-9 \-]+$")
ID_OK = re.compile(r"^[a-z0-9._-]+$")


class BuildError(Exception):
    pass


# ---------------------------------------------------------------- helpers
def norm_ar(s):
    """Folding used only for comparing names inside this script."""
    s = s.replace("\u00a0", " ").replace("\u0640", "")
    s = "".join(ch for ch in s if not ("\u064B" <= ch <= "\u0652" or ch == "\u0670"))
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي").replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(s.split())


def clean_ar(s):
    s = (s or "").replace("\u00a0", " ").strip()
    s = re.sub(r"^مركز(?=\S)", "مركز ", s)
    return " ".join(s.split())


def uniq(seq):
    out, seen = [], set()
    for x in seq:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def ascii_fold(s):
    s = s.replace("‘", "").replace("’", "").replace("ʿ", "").replace("ʾ", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    s = ascii_fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def fmt(x):
    return "%.4f" % float(x)


def read_tsv(path):
    rows = []
    header = None
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if header is None:
                header = parts
                continue
            if len(parts) != len(header):
                raise BuildError("%s:%d: %d fields, expected %d" % (path, ln, len(parts), len(header)))
            rows.append(dict(zip(header, parts)))
    return header, rows


# ---------------------------------------------------------------- geometry
def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for i in range(len(ring) - 1):
        x0, y0 = ring[i][0], ring[i][1]
        x1, y1 = ring[i + 1][0], ring[i + 1][1]
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    a *= 0.5
    if a == 0:
        return 0.0, 0.0, 0.0
    return a, cx / (6 * a), cy / (6 * a)


def polygons_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    raise BuildError("unsupported geometry " + geom["type"])


def centroid(geom):
    """Area-weighted centroid over all polygons, holes subtracted."""
    ta = sx = sy = 0.0
    for poly in polygons_of(geom):
        for k, ring in enumerate(poly):
            a, cx, cy = ring_area_centroid(ring)
            a = abs(a) if k == 0 else -abs(a)
            ta += a
            sx += a * cx
            sy += a * cy
    if ta == 0:
        raise BuildError("zero-area geometry")
    return sy / ta, sx / ta  # lat, lon


def point_in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_geom(lat, lon, geom):
    for poly in polygons_of(geom):
        if point_in_ring(lon, lat, poly[0]) and not any(point_in_ring(lon, lat, h) for h in poly[1:]):
            return True
    return False


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2 +
         math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


# ---------------------------------------------------------------- ICU
def load_icu():
    names = [ctypes.util.find_library("icuuc"), "libicuuc.so.72", "libicuuc.so"]
    lib = None
    for n in names:
        if not n:
            continue
        try:
            lib = ctypes.CDLL(n)
            break
        except OSError:
            continue
    if lib is None:
        raise BuildError("libicuuc not found")
    suffix = None
    for cand in [""] + ["_%d" % v for v in range(99, 40, -1)]:
        try:
            getattr(lib, "uloc_getISOCountries" + cand)
            suffix = cand
            break
        except AttributeError:
            continue
    if suffix is None:
        raise BuildError("uloc_getISOCountries not exported by libicuuc")
    gic = getattr(lib, "uloc_getISOCountries" + suffix)
    gic.restype = ctypes.POINTER(ctypes.c_char_p)
    gdc = getattr(lib, "uloc_getDisplayCountry" + suffix)
    gdc.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32,
                    ctypes.POINTER(ctypes.c_int)]
    gdc.restype = ctypes.c_int32

    def display(code, lang):
        buf = ctypes.create_string_buffer(1024)
        err = ctypes.c_int(0)
        n = gdc(("und_" + code).encode(), lang.encode(), buf, 500, ctypes.byref(err))
        if err.value > 0:
            raise BuildError("ICU error %d for %s" % (err.value, code))
        return buf.raw[: n * 2].decode("utf-16-le")

    p = gic()
    codes = []
    i = 0
    while p[i]:
        codes.append(p[i].decode())
        i += 1
    return suffix, [(c, display(c, "en"), display(c, "ar")) for c in codes]


def refresh_icu(path):
    suffix, rows = load_icu()
    # DG, EA, IC are ICU/CLDR region codes that are not ISO 3166-1 alpha-2 countries.
    rows = [r for r in rows if r[0] not in ("DG", "EA", "IC")]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# Snapshot of ICU country display names (libicuuc uloc_getDisplayCountry%s), "
                 "refreshed by build_gazetteer.py --refresh-icu.\n" % suffix)
        fh.write("# ICU data: Copyright Unicode, Inc., Unicode License v3. See NOTICE.\n")
        fh.write("code\tname_en_icu\tname_ar_icu\n")
        for c, en, ar in sorted(rows):
            fh.write("%s\t%s\t%s\n" % (c, en, ar))
    print("wrote %s (%d codes, ICU symbol suffix %s)" % (path, len(rows), suffix or "none"))


# ---------------------------------------------------------------- build
def load_overrides():
    _, rows = read_tsv(os.path.join(HERE, "overrides.tsv"))
    ov = {}
    for r in rows:
        if r["key"] in ov:
            raise BuildError("overrides.tsv: duplicate key " + r["key"])
        if r["action"] not in ("fix", "extend", "drop", "merge", "keep"):
            raise BuildError("overrides.tsv: bad action %r for %s" % (r["action"], r["key"]))
        ov[r["key"]] = r
    return ov


SETTLEMENT_WORDS = ("مدينة ", "بلدة ")


def settlement_forms(names):
    """A town named with a settlement word ("مدينة القصير", kept because the
    bare name is a common word) is also written "بلدة القصير" / "مدينة
    القصير": news uses either for the same town."""
    out = list(names)
    for n in names:
        for w in SETTLEMENT_WORDS:
            if n.startswith(w):
                rest = n[len(w):]
                out += ["مدينة " + rest, "بلدة " + rest]
    return uniq(out)


def load_common_words():
    words = set()
    with open(COMMON_WORDS_FILE, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            w = " ".join(line.split("#", 1)[0].split())
            if not w:
                continue
            if not ARABIC_OK.match(w):
                raise BuildError("common_words.txt:%d: not an Arabic name: %r" % (ln, w))
            words.add(norm_ar(w))
    return words


def split_names(s):
    return uniq([clean_ar(x) for x in (s or "").split("|")])


def build_places(src):
    ov = load_overrides()
    used_ov = set()
    ocha_dir = os.path.join(src, "ocha-iraq-cod-ab")
    csc_dir = os.path.join(src, "csc-cities")
    log = []

    # ---- OCHA admin units
    units = {}  # pcode -> dict
    for level in (1, 2, 3):
        fn = os.path.join(ocha_dir, "irq_admbnda_adm%d_cso_20190603.geojson" % level)
        with open(fn, encoding="utf-8") as fh:
            gj = json.load(fh)
        for f in gj["features"]:
            p = f["properties"]
            pc = p["ADM%d_PCODE" % level]
            lat, lon = centroid(f["geometry"])
            units[pc] = {
                "level": level, "pcode": pc, "geom": f["geometry"],
                "en": p["ADM%d_EN" % level].strip(), "ar": clean_ar(p["ADM%d_AR" % level]),
                "alt_ar": [clean_ar(p.get("ADM%dALT%dAR" % (level, k)) or "") for k in (1, 2)],
                "alt_en": [(p.get("ADM%dALT%dEN" % (level, k)) or "").strip() for k in (1, 2)],
                "adm1": p["ADM1_PCODE"], "adm2": p.get("ADM2_PCODE"),
                "lat": lat, "lon": lon, "point_src": "centroid", "drop_bare": False,
            }
    adm1_en = {pc: ACLED_ADMIN1_IQ.get(u["en"], u["en"]) for pc, u in units.items() if u["level"] == 1}

    # ---- csc towns
    towns = {}  # key -> dict
    sy_jo_admin1 = {}
    _, a1rows = read_tsv(os.path.join(HERE, "admin1_sy_jo.tsv"))
    for r in a1rows:
        sy_jo_admin1[(r["country"], r["csc_state"])] = r
    for cc in ("IQ", "SY", "JO"):
        with open(os.path.join(csc_dir, cc + ".json"), encoding="utf-8") as fh:
            data = json.load(fh)
        for e in data:
            key = "csc:%s:%d" % (cc, e["id"])
            native = clean_ar(e.get("native") or "")
            tr = clean_ar((e.get("translations") or {}).get("ar") or "")
            t = {"key": key, "cc": cc, "src": e, "name_en": ascii_fold(e["name"]).strip(),
                 "lat": float(e["latitude"]), "lon": float(e["longitude"]),
                 "names": [], "pop": e.get("population") or 0, "type": e.get("type"),
                 "state": e.get("state_code")}
            o = ov.get(key)
            if o:
                used_ov.add(key)
            if o and o["action"] in ("drop", "merge"):
                log.append("%s %s -> %s (%s)" % (o["action"], key, o["target"] or "-", o["note"]))
                continue
            if o and o["action"] == "fix":
                t["names"] = split_names(o["names_ar"])
            else:
                cands = uniq([native, tr])
                good = [c for c in cands if ARABIC_OK.match(c)]
                if len(good) != 1 or not good or (native and tr and native != tr):
                    log.append("drop %s %r: Arabic name unverified (native=%r ar=%r), no override"
                               % (key, e["name"], native, tr))
                    continue
                t["names"] = good + (split_names(o["names_ar"]) if o else [])
            if o and o["name_en"]:
                t["name_en"] = o["name_en"]
            if o and o["lat"]:
                t["lat"], t["lon"] = float(o["lat"]), float(o["lon"])
            if o and o.get("rank"):
                t["rank"] = int(o["rank"])
            if not t["names"]:
                raise BuildError("no Arabic name left for " + key)
            towns[key] = t

    # curated extra places (IQ towns missing from csc, PS, IL, LB, ...). Their IQ
    # towns take part in the seat merging below like csc towns do.
    _, extra = read_tsv(os.path.join(HERE, "extra_places.tsv"))
    extra_rows = []
    for r in extra:
        er = {"id": r["id"], "kind": r["kind"], "country": r["country"], "admin1": r["admin1"],
              "name_en": r["name_en"], "lat": float(r["lat"]), "lon": float(r["lon"]),
              "rank": int(r["rank"]), "names_ar": split_names(r["names_ar"]),
              "names_en": split_names(r["names_en"])}
        extra_rows.append(er)
        if r["country"] == "IQ" and r["kind"] == "town":
            key = "extra:" + r["id"]
            towns[key] = {"key": key, "cc": "IQ", "src": None, "name_en": r["name_en"],
                          "lat": er["lat"], "lon": er["lon"], "names": er["names_ar"], "pop": 0,
                          "type": None, "state": None, "extra_row": er}

    # admin1 / admin2 / admin3 of IQ towns by point-in-polygon
    for t in towns.values():
        if t["cc"] != "IQ":
            a = sy_jo_admin1.get((t["cc"], t["state"]))
            if not a:
                raise BuildError("no admin1 for %s state %s" % (t["key"], t["state"]))
            t["admin1"] = a["admin1"]
            continue
        hit = {1: None, 2: None, 3: None}
        for pc in sorted(units):
            u = units[pc]
            if hit[u["level"]] is None and point_in_geom(t["lat"], t["lon"], u["geom"]):
                hit[u["level"]] = pc
        if hit[1] is None:  # on a border / river: nearest admin1 centroid
            hit[1] = min((pc for pc in units if units[pc]["level"] == 1),
                         key=lambda pc: km(t["lat"], t["lon"], units[pc]["lat"], units[pc]["lon"]))
        t["adm"] = hit
        t["admin1"] = adm1_en[hit[1]]
        if t.get("extra_row") and t["extra_row"]["admin1"] != t["admin1"]:
            raise BuildError("extra_places.tsv %s: admin1 %r but the point is in %r" % (
                t["extra_row"]["id"], t["extra_row"]["admin1"], t["admin1"]))

    # ---- OCHA overrides
    for pc, u in units.items():
        o = ov.get("ocha:" + pc)
        u["names"] = None
        u["extra"] = []
        if not o:
            continue
        used_ov.add("ocha:" + pc)
        if o["action"] == "fix":
            u["names"] = split_names(o["names_ar"])
        elif o["action"] == "extend":
            u["extra"] = split_names(o["names_ar"])
        else:
            raise BuildError("ocha override %s: action %s not supported" % (pc, o["action"]))
        if o["name_en"]:
            u["en"] = o["name_en"]
        if o["target"]:
            tt = towns.get(o["target"])
            if not tt:
                raise BuildError("override ocha:%s target %s is not a kept town" % (pc, o["target"]))
            u["lat"], u["lon"], u["point_src"] = tt["lat"], tt["lon"], "town " + tt["name_en"]
            u["seat"] = o["target"]
        elif o["lat"]:
            u["lat"], u["lon"], u["point_src"] = float(o["lat"]), float(o["lon"]), "curated"
    unknown = [k for k in ov if k not in used_ov]
    if unknown:
        raise BuildError("overrides.tsv keys matching no source record: " + ", ".join(sorted(unknown)))

    # ---- merge towns with the admin units they are the seat of
    def bare(s):
        s = norm_ar(s)
        for pre in ("قضاء ", "ناحيه ", "ناحية ", "مدينه ", "بلده ", "مركز "):
            if s.startswith(pre):
                s = s[len(pre):]
        if s.startswith("ال") and len(s) > 4:  # الدبس (town) = دبس (OCHA unit)
            s = s[2:]
        return s

    merged = 0
    for key in sorted(towns):
        t = towns[key]
        if t["cc"] != "IQ":
            continue
        tnames = {bare(n) for n in t["names"]}
        for lvl in (2, 3):
            pc = t["adm"][lvl]
            if not pc:
                continue
            u = units[pc]
            unames = {bare(n) for n in ([u["ar"]] + (u["names"] or []) + u["extra"]) if n}
            if tnames & unames and u["point_src"] == "centroid":
                u["lat"], u["lon"], u["point_src"] = t["lat"], t["lon"], "town " + t["name_en"]
                u["seat"] = key
                merged += 1
        # the central sub-district of the district the town is the seat of
        pc2 = t["adm"][2]
        if pc2 and units[pc2].get("seat") == key:
            for pc3, u3 in units.items():
                if (u3["level"] == 3 and u3["adm2"] == pc2 and u3["en"].startswith("Markaz")
                        and u3["point_src"] == "centroid"
                        and (point_in_geom(t["lat"], t["lon"], u3["geom"])
                             or km(t["lat"], t["lon"], u3["lat"], u3["lon"]) < 15)):
                    u3["lat"], u3["lon"], u3["point_src"] = t["lat"], t["lon"], "town " + t["name_en"]
                    u3["seat"] = key
                    merged += 1

    # names each town claims, per country: admin units lose these bare forms
    town_names = defaultdict(set)
    for t in towns.values():
        for n in t["names"]:
            town_names[t["cc"]].add(norm_ar(n))

    common = load_common_words()
    qualifiers = {2: "قضاء ", 3: "ناحية "}

    rows = []
    for pc in sorted(units):
        u = units[pc]
        lvl = u["level"]
        base = [u["ar"]] + [a for a in u["alt_ar"] if a]
        if u["names"] is not None:
            names = list(u["names"])
        else:
            names = []
            is_markaz = u["en"].startswith("Markaz")
            for b in base:
                if lvl == 1:
                    names += [b, "محافظة " + b]
                elif is_markaz:
                    names += [b]
                else:
                    names += [b, qualifiers[lvl] + b]
            names += u["extra"]
        if lvl > 1:
            names = [n for n in names if norm_ar(n) not in common]
        # a town of the same name is the seat: the bare name goes to the town
        kept = [n for n in names if norm_ar(n) not in town_names["IQ"]]
        if not kept:
            raise BuildError("no Arabic name left for %s" % pc)
        if len(kept) < len(names):
            u["gave_bare"] = True
        names = uniq(kept)
        kind = {1: "admin1", 2: "admin2", 3: "admin3"}[lvl]
        rank = {1: 850, 2: 500, 3: 300}[lvl]
        if lvl == 3 and u["en"].startswith("Markaz"):
            rank = 350
        en = adm1_en[pc] if lvl == 1 else u["en"]
        names_en = uniq([a for a in u["alt_en"] if a] + ([u["en"]] if lvl == 1 and en != u["en"] else []))
        rows.append({"id": "iq." + pc.lower(), "kind": kind, "country": "IQ", "admin1": adm1_en[u["adm1"]],
                     "name_en": en, "lat": u["lat"], "lon": u["lon"], "rank": rank,
                     "names_ar": names, "names_en": names_en})

    # towns
    seat_rank = {}
    for u in units.values():
        if u.get("seat"):
            seat_rank[u["seat"]] = max(seat_rank.get(u["seat"], 0), {1: 900, 2: 650, 3: 500}[u["level"]])
    for r in a1rows:  # SY/JO capitals
        for t in towns.values():
            if t["cc"] == r["country"] and km(t["lat"], t["lon"], float(r["lat"]), float(r["lon"])) < 3:
                seat_rank[t["key"]] = 900
    big = {"csc:IQ:134504": 950, "csc:SY:104988": 950, "csc:JO:63141": 950}
    used_ids = set()
    for key in sorted(towns, key=lambda k: (towns[k]["cc"], towns[k]["name_en"], k)):
        t = towns[key]
        if t.get("extra_row"):
            continue  # emitted with the other extra_places rows
        if "rank" in t:
            rank = t["rank"]
        elif key in big:
            rank = big[key]
        elif key in seat_rank:
            rank = seat_rank[key]
        elif t["pop"]:
            rank = min(880, 100 + int(120 * math.log10(max(10, t["pop"]))))
        elif t["cc"] == "IQ" and t["state"] == "BG" and key >= "csc:IQ:153":
            rank = 250  # Baghdad neighbourhoods
        else:
            rank = 400
        if t["cc"] == "SY" and t["type"] == "adm2" and "rank" not in t:
            rank = max(rank, 600)
        tid = "%s.town.%s" % (t["cc"].lower(), slug(t["name_en"]))
        if tid in used_ids:
            tid = "%s.%s" % (tid, key.split(":")[-1])
        used_ids.add(tid)
        rows.append({"id": tid, "kind": "town", "country": t["cc"], "admin1": t["admin1"],
                     "name_en": t["name_en"], "lat": t["lat"], "lon": t["lon"], "rank": rank,
                     "names_ar": settlement_forms(t["names"]), "names_en": uniq([ascii_fold(t["src"]["name"])]) if
                     ascii_fold(t["src"]["name"]) != t["name_en"] else []})

    # SY / JO admin1 (curated): the bare name goes to the capital town
    for r in a1rows:
        names = split_names(r["names_ar"])
        kept = [n for n in names if norm_ar(n) not in town_names[r["country"]]]
        rows.append({"id": r["id"], "kind": "admin1", "country": r["country"], "admin1": r["admin1"],
                     "name_en": r["name_en"], "lat": float(r["lat"]), "lon": float(r["lon"]),
                     "rank": int(r["rank"]), "names_ar": kept or names,
                     "names_en": split_names(r["names_en"])})

    # curated extra places
    rows += extra_rows

    stats = {"merged_seats": merged, "log": log,
             "points": Counter(u["point_src"].split(" ")[0] for u in units.values())}
    return rows, stats


def build_countries():
    _, icu = read_tsv(os.path.join(HERE, "icu_countries.tsv"))
    _, cur = read_tsv(os.path.join(HERE, "countries_curated.tsv"))
    cur = {r["code"]: r for r in cur}
    rows = []
    for r in icu:
        c = r["code"]
        if c not in cur:
            raise BuildError("countries_curated.tsv has no point for " + c)
        k = cur[c]
        en = k["name_en"] or r["name_en_icu"].replace(" & ", " and ").replace("St. ", "Saint ")
        ar_icu = r["name_ar_icu"]
        ar_forms = []
        m = re.match(r"^(.*?)\s*\((.*)\)$", ar_icu)
        if m:
            ar_forms.append(m.group(1))  # the parenthesised part is a gloss, not a name
        elif " - " in ar_icu:
            pass  # e.g. الكونغو - كينشاسا: curated names replace it
        else:
            ar_forms.append(ar_icu)
        names = uniq(ar_forms + split_names(k["names_ar"]))
        names_en = uniq(([r["name_en_icu"]] if r["name_en_icu"] != en else []) +
                        [x for x in k["names_en"].split("|") if x])
        rows.append({"id": "cc." + c.lower(), "kind": "country", "country": c, "admin1": "",
                     "name_en": en, "lat": float(k["lat"]), "lon": float(k["lon"]), "rank": 1000,
                     "names_ar": names, "names_en": names_en})
    extra = set(cur) - {r["code"] for r in icu}
    if extra:
        raise BuildError("countries_curated.tsv codes unknown to ICU snapshot: %s" % sorted(extra))
    return rows


def write_tsv(path, rows, comment):
    rows = sorted(rows, key=lambda r: (r["country"], r["kind"] != "country", r["id"]))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for c in comment:
            fh.write("# " + c + "\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            vals = [r["id"], r["kind"], r["country"], r["admin1"], r["name_en"], fmt(r["lat"]), fmt(r["lon"]),
                    str(int(r["rank"])), "|".join(r["names_ar"]), "|".join(r["names_en"])]
            fh.write("\t".join(vals) + "\n")


# ---------------------------------------------------------------- validation
def validate(paths, iso_codes):
    errors = []
    ids = {}
    all_rows = []
    for path in paths:
        try:
            header, rows = read_tsv(path)
        except BuildError as e:
            errors.append(str(e))
            continue
        # sites.tsv may add target_actor (read by the C loader, checked there)
        if header[:len(COLUMNS)] != COLUMNS or header[len(COLUMNS):] not in ([], ["target_actor"]):
            errors.append("%s: header %r != %r" % (path, header, COLUMNS))
            continue
        name = os.path.basename(path)
        for r in rows:
            where = "%s %s" % (name, r["id"])
            for k, v in r.items():
                if "\t" in v or "\r" in v:
                    errors.append("%s: tab/CR in %s" % (where, k))
            if not ID_OK.match(r["id"]):
                errors.append("%s: bad id" % where)
            if r["id"] in ids:
                errors.append("%s: duplicate id (also in %s)" % (where, ids[r["id"]]))
            ids[r["id"]] = name
            if r["kind"] not in KINDS:
                errors.append("%s: bad kind %r" % (where, r["kind"]))
            if r["country"] not in iso_codes:
                errors.append("%s: bad country %r" % (where, r["country"]))
            if r["kind"] == "country":
                if r["admin1"]:
                    errors.append("%s: country row with admin1" % where)
            elif not r["admin1"]:
                errors.append("%s: empty admin1" % where)
            if not r["name_en"].strip():
                errors.append("%s: empty name_en" % where)
            if re.search(r"[\u0600-\u06FF]", r["name_en"] + r["names_en"]):
                errors.append("%s: Arabic letters in an English field" % where)
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                if not re.match(r"^-?\d+\.\d{4}$", r["lat"]) or not re.match(r"^-?\d+\.\d{4}$", r["lon"]):
                    errors.append("%s: lat/lon not 4-decimal" % where)
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    errors.append("%s: lat/lon out of range" % where)
                bb = BBOX.get(r["country"])
                if bb and not (bb[0] <= lat <= bb[1] and bb[2] <= lon <= bb[3]):
                    errors.append("%s: point %s,%s outside %s bbox" % (where, lat, lon, r["country"]))
                if r["country"] in ("IQ", "SY", "JO", "PS", "IL", "LB") and not bb:
                    errors.append("%s: no bbox for %s" % (where, r["country"]))
            except ValueError:
                errors.append("%s: non-numeric lat/lon" % where)
            try:
                rk = int(r["rank"])
                if not 0 <= rk <= 1000:
                    errors.append("%s: rank out of 0..1000" % where)
                if r["kind"] == "country" and rk != 1000:
                    errors.append("%s: country rank != 1000" % where)
            except ValueError:
                errors.append("%s: non-integer rank" % where)
            names = r["names_ar"].split("|") if r["names_ar"] else []
            if not names:
                errors.append("%s: empty names_ar" % where)
            for n in names:
                if not n.strip() or n != n.strip() or "  " in n:
                    errors.append("%s: empty/unstripped Arabic alias %r" % (where, n))
                elif LATIN_CODE_NAME.match(n):
                    pass
                elif re.search(r"[A-Za-z]", n):
                    errors.append("%s: Latin letters in names_ar %r" % (where, n))
                elif not ARABIC_OK.match(n):
                    errors.append("%s: non-Arabic characters in %r" % (where, n))
            if len(set(names)) != len(names):
                errors.append("%s: repeated alias in names_ar" % where)
            all_rows.append(r)
    return errors, all_rows


def validate_demonyms(path, iso_codes):
    errors = []
    header, rows = read_tsv(path)
    if header != ["country", "adjectives_ar"]:
        errors.append("demonyms.tsv: bad header %r" % header)
    seen = set()
    for r in rows:
        if r["country"] not in iso_codes or r["country"] in seen:
            errors.append("demonyms.tsv: bad or repeated country %r" % r["country"])
        seen.add(r["country"])
        forms = r["adjectives_ar"].split("|")
        if not forms or any(not ARABIC_OK.match(f) for f in forms):
            errors.append("demonyms.tsv: bad forms for %s" % r["country"])
    return errors, len(rows)


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default="../shared/data", help="source data dir (relative to the repo root)")
    ap.add_argument("--out", default=GAZ, help="output dir (default data/gazetteer)")
    ap.add_argument("--check", action="store_true", help="only validate the existing files")
    ap.add_argument("--refresh-icu", action="store_true", help="re-snapshot ICU country names, then build")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every source-record decision")
    a = ap.parse_args()
    src = a.src if os.path.isabs(a.src) else os.path.normpath(os.path.join(REPO, a.src))
    out = a.out
    icu_path = os.path.join(HERE, "icu_countries.tsv")
    try:
        if a.refresh_icu or not os.path.exists(icu_path):
            refresh_icu(icu_path)
        _, icu = read_tsv(icu_path)
        iso = {r["code"] for r in icu}
        places_path = os.path.join(out, "places.tsv")
        countries_path = os.path.join(out, "countries.tsv")
        sites_path = os.path.join(GAZ, "sites.tsv")
        if not a.check:
            if not os.path.isdir(src):
                raise BuildError("source dir not found: " + src)
            rows, stats = build_places(src)
            write_tsv(places_path, rows, [
                "GENERATED by data/build/build_gazetteer.py from OCHA COD-AB Iraq and csc-cities (see NOTICE,",
                "data/README.md). Do not edit: change data/build/*.tsv and rebuild."])
            write_tsv(countries_path, build_countries(), [
                "GENERATED by data/build/build_gazetteer.py from ICU country names (icu_countries.tsv)",
                "and data/build/countries_curated.tsv. Do not edit: change those and rebuild."])
            for line in stats["log"] if a.verbose else []:
                print("  " + line)
            dec = Counter(l.split(" ")[0] for l in stats["log"])
            print("source decisions: %s; towns merged as admin seats: %d; admin points: %s" % (
                dict(sorted(dec.items())), stats["merged_seats"], dict(sorted(stats["points"].items()))))
            for l in stats["log"]:
                if "no override" in l:
                    print("  WARNING " + l)
        paths = [places_path, sites_path, countries_path]
        errors, rows = validate(paths, iso)
        derr, ndem = validate_demonyms(os.path.join(GAZ, "demonyms.tsv"), iso)
        errors += derr
        # a name that maps to several rows of the same country and kind is suspicious (not fatal)
        bykey = defaultdict(list)
        for r in rows:
            for n in r["names_ar"].split("|"):
                if r not in bykey[(r["country"], norm_ar(n))]:
                    bykey[(r["country"], norm_ar(n))].append(r)
        shared = sorted(k for k, v in bykey.items() if len(v) > 1)
        clashes = [k for k in shared if len({x["rank"] for x in bykey[k]}) < len(bykey[k])]
        if errors:
            for e in errors:
                print("ERROR " + e, file=sys.stderr)
            raise BuildError("%d validation error(s)" % len(errors))
        counts = Counter((r["country"], r["kind"]) for r in rows)
        by_file = {}
        for p in paths:
            _, rr = read_tsv(p)
            by_file[os.path.basename(p)] = (len(rr), sum(len(x["names_ar"].split("|")) for x in rr))
        print("counts per country and kind:")
        for c in sorted({c for c, _ in counts}):
            if all(k == "country" for cc, k in counts if cc == c) and c not in ("IQ", "SY", "JO"):
                continue
            print("  %s: %s" % (c, ", ".join("%s=%d" % (k, counts[(c, k)]) for k in
                                                 ("country", "admin1", "admin2", "admin3", "town", "base", "facility")
                                                 if counts[(c, k)])))
        print("countries: %d" % sum(v for (c, k), v in counts.items() if k == "country"))
        for f, (n, al) in by_file.items():
            print("%s: %d rows, %d Arabic aliases" % (f, n, al))
        print("demonyms.tsv: %d countries" % ndem)
        if shared:
            print("note: %d Arabic names shared by rows of one country (the higher rank wins; "
                  "'TIE' = equal rank):" % len(shared))
            for k in shared:
                print("   %s %s: %s%s" % (k[0], k[1], ", ".join("%s(%s)" % (x["id"], x["rank"]) for x in bykey[k]),
                                         "  TIE" if k in clashes else ""))
        print("OK")
    except BuildError as e:
        print("build_gazetteer: FAILED: %s" % e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
