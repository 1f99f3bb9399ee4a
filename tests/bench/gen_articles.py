#!/usr/bin/env python3
"""Generates N synthetic Arabic news articles (input-topic JSON lines) for the
benchmark: incident sentences built from the project's own gazetteer and
lexicons, mixed with statement, background and boilerplate paragraphs, about
2-4 KB each.  Deterministic for a given --seed.

usage: gen_articles.py --count 10000 [--seed 1] > articles.jsonl
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
    for i in range(a.count):
        paras = []
        for _ in range(rnd.randint(2, 4)):
            paras.append(rnd.choice(incident).format(site=rnd.choice(sites), town=rnd.choice(towns),
                                                     actor=rnd.choice(actors), n=rnd.randint(2, 9),
                                                     when=rnd.choice(whens)))
        for _ in range(rnd.randint(6, 12)):
            big = rnd.randint(30, 90)
            paras.append(rnd.choice(filler).format(big=big, a=big // 2, b=big - big // 2))
        rnd.shuffle(paras)
        paras.append("إقرأ أيضاً:\nمقتل ثلاثة جنود بهجوم على قاعدة حرير")
        day = 1 + i % 28
        print(json.dumps({"id": f"bench-{i:06d}", "url": f"https://example.org/{i}", "source": "bench",
                          "title": "تصاعد الهجمات على القواعد الأمريكية", "body": "\n".join(paras),
                          "published_at": f"2023-11-{day:02d}"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
