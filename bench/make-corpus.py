#!/usr/bin/env python3
"""Writes a synthetic corpus of N copies of every post: distinct file names and titles, tags kept.

    make-corpus.py SOURCE_DIR TARGET_DIR N

Copy 1 is the post as it is; copy k > 1 gets the file name prefix "kN-" and " (copy k)" at the end of its
title (inside the quotes when the title is quoted). Bytes other than the title line are kept (BOM, CRLF).
"""
import os
import re
import sys

source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(target, exist_ok=True)
title = re.compile(rb"^(title:[ \t]*)(.*?)([ \t]*)(\r?)$", re.M)  # never the first line: that is "---"


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


for name in sorted(os.listdir(source)):
    if not name.endswith(".md"):
        continue
    with open(os.path.join(source, name), "rb") as f:
        text = f.read()
    for k in range(1, copies + 1):
        out = name if k == 1 else "k%d-%s" % (k, name)
        with open(os.path.join(target, out), "wb") as f:
            f.write(text if k == 1 else retitle(text, k))
