#!/usr/bin/env python3
"""Prints a built StaticCatalog site's files and bytes by page kind.

    by-kind.py SITE_DIR [INDENT]

A kind is the site's top-level folder (posts/, tags/, services/, sections/, feeds/, search/, kinds/,
status/, limits/, tags-by-letter/, assets/, ...); the files at the site root (index.html, catalog.json,
sitemap.xml, atom.xml, ...) are one kind, "root files". tags/ is split into its index.html pages (the tag
index and every tag's pages) and its atom.xml feeds (any other file there is "tags/ other"). Prints files,
bytes and the share of the total of each, in that order (other folders after limits/ and
tags-by-letter/, root files last), then the total, which is the sum of the rows.
"""
import os
import sys

site = sys.argv[1]
indent = sys.argv[2] if len(sys.argv) > 2 else ""
groups = {}
for root, _, files in os.walk(site):
    for name in files:
        path = os.path.join(root, name)
        parts = os.path.relpath(path, site).split(os.sep)
        if len(parts) == 1:
            group = "root files"
        elif parts[0] == "tags":
            group = {"index.html": "tags/ pages", "atom.xml": "tags/ feeds"}.get(name, "tags/ other")
        else:
            group = parts[0] + "/"
        count, size = groups.get(group, (0, 0))
        groups[group] = (count + 1, size + os.path.getsize(path))

if not groups:
    sys.exit(f"{indent}no files in {site}")
total_files = sum(c for c, _ in groups.values())
total_bytes = sum(b for _, b in groups.values())
print(f"{indent}{'kind':<16} {'files':>8} {'%files':>7} {'bytes':>14} {'%bytes':>7} {'KB/file':>8}")
known = ["posts/", "tags/ pages", "tags/ feeds", "tags/ other", "services/", "sections/", "feeds/", "search/",
         "kinds/", "status/", "limits/", "tags-by-letter/"]
order = [g for g in known if g in groups] + sorted(set(groups) - set(known) - {"root files"}) + \
    [g for g in ["root files"] if g in groups]
for group in order:
    count, size = groups[group]
    print(f"{indent}{group:<16} {count:>8} {100 * count / total_files:>6.1f}% {size:>14,} "
          f"{100 * size / total_bytes:>6.1f}% {size / count / 1e3:>8.1f}")
print(f"{indent}{'total':<16} {total_files:>8} {100.0:>6.1f}% {total_bytes:>14,} {100.0:>6.1f}% "
      f"{total_bytes / max(total_files, 1) / 1e3:>8.1f}")
