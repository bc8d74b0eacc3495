#!/usr/bin/env python3
"""Scores a built site's catalog.json against the blind labels, by the labelling guide's rules, per half and feed.

`staticcatalog evaluate` applies the same rules to the posts themselves and gives the same counts. Usage:
  python3 score.py SITE/catalog.json [dev|test]      (default: test)
Matching, as the guide says: a feature matches one-to-one when the names share at least half of the longer
name's words (or the extractor's name holds half the words of the label's evidence); a limit matches on the same
value (within 0.5%, raw or normalized) and evidence sharing at least 60% of the label evidence's words.
Optional labels count neither as missed nor as wrong. Service names map to slugs by the taxonomy's names/aliases.
"""
import json, os, re, sys, yaml
from collections import defaultdict
here = os.path.dirname(os.path.abspath(__file__))
catalog = json.load(open(sys.argv[1]))
half = sys.argv[2] if len(sys.argv) > 2 else "test"
words = lambda s: set(re.findall(r"[a-z0-9]+", (s or "").lower())) - {"the", "a", "an", "of", "for", "and", "in", "to", "with", "on", "is", "now"}
def sim(a, b):
    a, b = words(a), words(b)
    return len(a & b) / max(len(a), len(b)) if a and b else 0
def contained(label, text):
    l = words(label)
    return len(l & words(text)) / len(l) if l else 0
slug = {}
for s in catalog["services"]:
    for n in [s["name"], s["id"], *s.get("aliases", [])]:
        slug[n.lower()] = s["id"]
def to_slug(name): return slug.get(name.lower(), slug.get(re.sub(r"^(azure|microsoft) ", "", name.lower()), "?" + name))
posts = {p["source"]: p for p in catalog["posts"]}
features = defaultdict(list); limits = defaultdict(list)
for f in catalog["features"]: features[f["post"]].append(f)
for l in catalog["limits"]: limits[l["post"]].append(l)
rows = [l.split() for l in open(os.path.join(here, "selection.txt"))]
c = defaultdict(lambda: defaultdict(int))
for path, batch, h in rows:
    if h != half: continue
    lab = yaml.safe_load(open(os.path.join(here, "labels", path + ".yml")))
    feed = path.split("/")[0]
    p = posts.get(path)
    for key in ("all", feed, "kind:" + (lab.get("kind") or "?")):
        k = c[key]; k["posts"] += 1
        if p is None: k["missing_posts"] += 1; continue
        fs, ls = features[p["id"]], limits[p["id"]]
        # features: greedy one-to-one by best similarity
        labs = lab.get("features") or []
        pairs = sorted(((max(sim(lf["name"], ef["name"]), contained(lf.get("evidence"), ef["name"]) if contained(lf.get("evidence"), ef["name"]) >= 0.5 and sim(lf["name"], ef["name"]) > 0 else 0), i, j)
                        for i, lf in enumerate(labs) for j, ef in enumerate(fs)), reverse=True)
        mi, mj = {}, set()
        for s, i, j in pairs:
            if s >= 0.5 and i not in mi and j not in mj: mi[i] = j; mj.add(j)
        k["f_found"] += len(fs); k["f_labelled"] += len(labs); k["f_tp"] += len(mi)
        for i, lf in enumerate(labs):
            st = lf.get("status", "unknown")
            ef = fs[mi[i]] if i in mi else None
            if st != "unknown":
                k["s_labelled"] += 1
                if ef and ef["status"] == st: k["s_correct"] += 1
            if ef:
                if ef["status"] != "unknown":
                    k["s_stated"] += 1; k["s_stated_ok"] += ef["status"] == st
                k["a_matched"] += 1
                k["a_ok"] += to_slug(lf.get("service") or "") in ef["services"] and len(ef["services"]) <= 3
        # limits
        labl = lab.get("limits") or []
        used = set(); opt_hits = 0
        for ll in labl:
            for j, el in enumerate(ls):
                if j in used: continue
                vals = [el["value"], (el.get("normalized") or {}).get("value")]
                same = any(v is not None and abs(float(v) - float(ll["value"])) <= 0.005 * max(abs(float(ll["value"])), 1e-9) for v in vals)
                if same and contained(ll.get("evidence"), el["evidence"]) >= 0.6:
                    used.add(j)
                    if ll.get("optional"): opt_hits += 1
                    else: k["l_tp"] += 1
                    break
        k["l_labelled"] += sum(1 for ll in labl if not ll.get("optional"))
        k["l_found"] += len(ls) - opt_hits
        # services
        ls_ = {to_slug(s) for s in lab.get("services") or []}; es = set(p["services"])
        k["sv_tp"] += len(ls_ & es); k["sv_labelled"] += len(ls_); k["sv_found"] += len(es)
r = lambda a, b: f"{a / b:.2f}" if b else "  - "
print(f"half={half}  (features P/R, status acc (missed = wrong), status precision, attribution, limits P/R, services P/R)")
for key in ["all", "news", "blogs", "community", "videos", "roundups"] + sorted(x for x in c if x.startswith("kind:")):
    k = c[key]
    if not k["posts"]: continue
    print(f"{key:22} posts {k['posts']:3}  feat P {r(k['f_tp'], k['f_found'])} R {r(k['f_tp'], k['f_labelled'])}  "
          f"status acc {r(k['s_correct'], k['s_labelled'])} prec {r(k['s_stated_ok'], k['s_stated'])}  attr {r(k['a_ok'], k['a_matched'])}  "
          f"limits P {r(k['l_tp'], k['l_found'])} R {r(k['l_tp'], k['l_labelled'])}  services P {r(k['sv_tp'], k['sv_found'])} R {r(k['sv_tp'], k['sv_labelled'])}"
          f"   (found {k['f_found']} feat, {k['l_found']} limits)")
