#!/usr/bin/env python3
"""Generates N synthetic Arabic news articles (input-topic JSON lines) for the
benchmark: incident sentences built from the project's own gazetteer and
lexicons, mixed with statement, background and boilerplate paragraphs.
Deterministic for a given --seed.

Two shapes:
  real   (default) the size and incident density of the real articles
         (dev set and tests/holdout: about 4.9 KB per message and one
         incident per 2.5 KB)
  dense  the earlier corpus: about 2.6 KB per message with three incidents,
         three to four times denser than real articles

usage: gen_articles.py --count 10000 [--seed 1] [--shape real|dense] > articles.jsonl
"""
import argparse
import json
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")


def column(path, col, kinds=None):
    out = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if kinds and row.get("kind") not in kinds:
                continue
            out.append(row[col].split("|")[0])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shape", choices=("real", "dense"), default="real")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    sites = column(os.path.join(ROOT, "gazetteer", "sites.tsv"), "names_ar")
    towns = column(os.path.join(ROOT, "gazetteer", "places.tsv"), "names_ar", {"town"})
    actors = column(os.path.join(ROOT, "lexicon", "actors.tsv"), "patterns")
    incident = [
        "وأفاد مصدر أمني بأن هجوما بطائرة مسيرة استهدف {site} {when}، دون وقوع إصابات.",
        "أعلنت {actor} مسؤوليتها عن هجوم صاروخي على {site} {when}.",
        "قتل {n} من عناصر {actor} في غارة جوية قرب {town} {when}، بحسب مصادر محلية.",
        "تمكنت الدفاعات الجوية من إسقاط طائرتين مسيرتين {when} شمال {town} قبل وصولهما إلى {site}.",
        "اعتقلت القوات الأمنية العراقية {n} متهمين بالانتماء إلى داعش في {town} {when}.",
        "وأسفر انفجار عبوة ناسفة على طريق قرب {town} {when} عن إصابة {n} جنود.",
    ]
    filler = [
        "وقال المتحدث باسم الحكومة إن الأجهزة الأمنية تواصل عملها لحماية البعثات الدبلوماسية والمستشارين في البلاد، مؤكدا التزام الحكومة بتعهداتها.",
        "ويأتي ذلك في ظل توتر متصاعد في المنطقة منذ اندلاع الحرب في غزة، وسط دعوات دولية إلى التهدئة وضبط النفس.",
        "وينتشر في العراق نحو 2500 جندي أمريكي يقدمون المشورة والتدريب للقوات المحلية في إطار مهمة التحالف الدولي.",
        "وبحسب أرقام أعلنها البنتاغون، تعرضت القوات الأمريكية إلى {big} هجوما منذ منتصف أكتوبر، منها {a} في العراق و{b} في سوريا.",
        "ونددت وزارة الخارجية بالهجمات، ودعت إلى ملاحقة المسؤولين عنها وتقديمهم إلى العدالة في أقرب وقت ممكن.",
    ]
    whens = ["أمس", "مساء أمس", "فجر اليوم", "الأحد الماضي", "أول أمس", "يوم الثلاثاء"]
    # (incident paragraphs, filler paragraphs) per article; real articles
    # carry about 1.5 tallies, so the filler with a count is rarer there
    incidents_range, filler_range = {"real": ((1, 3), (15, 26)), "dense": ((2, 4), (6, 12))}[a.shape]
    filler_weights = [1, 1, 1, 0.3, 1] if a.shape == "real" else None
    for i in range(a.count):
        paras = []
        for _ in range(rnd.randint(*incidents_range)):
            paras.append(rnd.choice(incident).format(site=rnd.choice(sites), town=rnd.choice(towns),
                                                     actor=rnd.choice(actors), n=rnd.randint(2, 9),
                                                     when=rnd.choice(whens)))
        for _ in range(rnd.randint(*filler_range)):
            big = rnd.randint(30, 90)
            text = rnd.choices(filler, filler_weights)[0] if filler_weights else rnd.choice(filler)
            paras.append(text.format(big=big, a=big // 2, b=big - big // 2))
        rnd.shuffle(paras)
        paras.append("إقرأ أيضاً:\nمقتل ثلاثة جنود بهجوم على قاعدة حرير")
        day = 1 + i % 28
        print(json.dumps({"id": f"bench-{i:06d}", "url": f"https://example.org/{i}", "source": "bench",
                          "title": "تصاعد الهجمات على القواعد الأمريكية", "body": "\n".join(paras),
                          "published_at": f"2023-11-{day:02d}"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
