#!/usr/bin/env python3
"""Selects the blind labelled set of 2026-12 from ../shared/corpus, reproducibly.

Each feed's posts are ordered by sha256("blind-2026-12:" + feed/file) and the first N are taken
(posts over 25,000 bytes are skipped, except in roundups, where posts over 60,000 bytes are skipped).
The 30 posts of the older set (labels.yml, retired in issue 16; their names are in old-set.txt) are added and relabelled from the text.
The dev/test split is by sha256(file name): first hex digit 0-7 is dev, 8-f is test.
Usage: python3 select.py [corpus-root]   prints feed/file, batch, half
"""
import hashlib, os, sys
root = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
quota = {"news": 45, "blogs": 35, "community": 35, "videos": 35, "roundups": 6}
def h(s): return hashlib.sha256(s.encode()).hexdigest()
def half(path): return "dev" if h(os.path.basename(path))[0] in "01234567" else "test"
rows = []
for feed, n in quota.items():
    files = sorted(f for f in os.listdir(os.path.join(root, feed)) if f.endswith(".md"))
    files.sort(key=lambda f: h(f"blind-2026-12:{feed}/{f}"))
    cap = 60000 if feed == "roundups" else 25000
    taken = [f for f in files if os.path.getsize(os.path.join(root, feed, f)) <= cap][:n]
    rows += [(f"{feed}/{f}", feed) for f in taken]
old = os.path.join(os.path.dirname(os.path.abspath(__file__)), "old-set.txt")
if os.path.exists(old):
    have = {r[0] for r in rows}
    for line in open(old):
        p = "news/" + line.strip()
        if line.strip() and p not in have: rows.append((p, "relabel"))
for p, b in rows: print(p, b, half(p))
