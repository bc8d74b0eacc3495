#!/usr/bin/env python3
"""Writes a synthetic corpus of N copies of every post: distinct file names and titles, tags kept.

    make-corpus.py SOURCE_DIR TARGET_DIR N [LIMIT]

Every .md file below SOURCE_DIR (recursively) is copied to the same relative folder below TARGET_DIR, so
a corpus root with subfolders (news/, blogs/, ...) keeps them. Copy 1 is the post as it is; copy k > 1
gets " (copy k)" at the end of its title (inside the quotes when the title is quoted) and a "kN-" in its
file name: after the date when the name starts with one (2025-07-14-Foo.md -> 2025-07-14-k2-Foo.md, so a
post dated only by its file name keeps its date), else at the start (Foo.md -> k2-Foo.md). Bytes other
than the title line are kept (BOM, CRLF).

LIMIT (optional, for quick tests) takes only that many source posts, evenly spread over the sorted list
of relative paths so that every subfolder keeps its share.
"""
import os
import re
import sys

if len(sys.argv) not in (4, 5):
    sys.exit(__doc__.strip())
source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
limit = int(sys.argv[4]) if len(sys.argv) == 5 and sys.argv[4] else 0
title = re.compile(rb"^(title:[ \t]*)(.*?)([ \t]*)(\r?)$", re.M)  # never the first line: that is "---"
dated = re.compile(r"^(\d{4}-\d{2}-\d{2}-)(.*)$", re.S)  # the generator's file-name date prefix


def retitle(text, k):
    def replace(match):
        value = match.group(2)
        suffix = b" (copy %d)" % k
        if len(value) >= 2 and value[:1] in (b"'", b'"') and value[-1:] == value[:1]:
            value = value[:-1] + suffix + value[-1:]
        else:
            value = value + suffix
        return match.group(1) + value + match.group(3) + match.group(4)
    return title.sub(replace, text, count=1)


def copy_name(name, k):
    if k == 1:
        return name
    match = dated.match(name)
    return "%sk%d-%s" % (match.group(1), k, match.group(2)) if match else "k%d-%s" % (k, name)


os.makedirs(target, exist_ok=True)
posts = []
for root, dirs, files in os.walk(source):
    dirs.sort()
    for name in files:
        if name.endswith(".md"):
            posts.append(os.path.relpath(os.path.join(root, name), source))
posts.sort()
if limit and limit < len(posts):
    posts = [posts[i * len(posts) // limit] for i in range(limit)]

for relative in posts:
    folder, name = os.path.split(relative)
    with open(os.path.join(source, relative), "rb") as f:
        text = f.read()
    os.makedirs(os.path.join(target, folder), exist_ok=True)
    for k in range(1, copies + 1):
        with open(os.path.join(target, folder, copy_name(name, k)), "wb") as f:
            f.write(text if k == 1 else retitle(text, k))
