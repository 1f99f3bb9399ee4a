#!/usr/bin/env python3
"""Build tests/train/articles.jsonl from src/tr-*.txt (header lines, '---', body)."""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
out = []
for p in sorted(glob.glob(os.path.join(ROOT, "src", "tr-*.txt"))):
    head, body = open(p, encoding="utf-8").read().split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    pub = meta.get("published_at")
    out.append({
        "id": meta["id"],
        "url": None,
        "source": meta.get("source"),
        "title": meta["title"],
        "body": body.strip("\n"),
        "published_at": None if pub in (None, "", "null") else pub,
    })
with open(os.path.join(ROOT, "articles.jsonl"), "w", encoding="utf-8") as f:
    for a in out:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
for a in out:
    print(a["id"], a["published_at"], a["source"], len(a["body"]))
