#!/usr/bin/env python3
"""Builds SET/articles.jsonl from SET/src/*.txt (header lines, '---', body).

Shared by the evaluation sets written as sources (tests/holdout2,
tests/holdout3, tests/train).  usage: build_articles.py SET"""
import glob, json, os, sys
ROOT = os.path.abspath(sys.argv[1])
out = []
for p in sorted(glob.glob(os.path.join(ROOT, "src", "*.txt"))):
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
