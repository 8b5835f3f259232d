#!/usr/bin/env python3
"""Score sitrep's events on the multi-war corpus (testdata/events/wars), per war.

Usage:
  score_wars.py [--sitrep build/sitrep] [--lang en|ja] [--verbose]
                [--floor wars/floor.tsv [--write-floor]]

Builds one JSON Lines document per row of wars/manifest.tsv (id = file name
without .txt; "published" only when the manifest gives one), runs
`sitrep extract`, and matches its events against wars/gold.jsonl with the
rules of the shared score_events.py: the same event_type, the place within
30 km, the date within the gold tolerance (a gold date of null is not
checked); one system event per gold event, best first. Prints, per war and in
all, precision, recall, F1 and — over matched events — actor1 and
claim-source accuracy. --verbose lists every gold event (HIT/miss) and every
unmatched system event. --floor makes it a test (ctest EventsWarCorpus): it
exits 1 when any war finds fewer expected records, more extra ones, or fewer
right actor1 / claim sources than the floor file states (a ratchet: raise it
with --write-floor when a change lifts a war). Standard library only.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
WARS = os.path.join(HERE, "wars")


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def day(s):
    try:
        return date.fromisoformat(s[:10]) if isinstance(s, str) and len(s) >= 10 else None
    except ValueError:
        return None


def names(obj):
    if not isinstance(obj, dict):
        return []
    return [obj[k] for k in ("name",) if isinstance(obj.get(k), str)]


def in_list(cands, gold):
    g = {x.lower() for x in gold}
    return any(c.lower() in g for c in cands)


def pair_score(g, s):
    if s.get("event_type") != g["event_type"] or s.get("doc") != g["doc"]:
        return None
    gp = g.get("place")
    if gp:
        sp = s.get("place") or {}
        if sp.get("lat") is None or km((gp["lat"], gp["lon"]), (sp["lat"], sp["lon"])) > 30:
            return None
    gd = day(g.get("date"))
    if gd:
        sd = day(s.get("date"))
        if sd is None:
            return None
        se = day(s.get("date_end")) or sd
        tol = timedelta(days=g.get("date_tolerance_days", 0))
        if not (sd <= gd + tol and se >= gd - tol):
            return None
    score = 1.0 + 0.5 * (s.get("sub_event_type") == g.get("sub_event_type"))
    if g.get("actor1") and in_list(names(s.get("actor1")), g["actor1"]):
        score += 0.25
    return score


def read_manifest():
    rows = []
    for line in open(os.path.join(WARS, "manifest.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name, war, lang, published = line.rstrip("\n").split("\t")
        rows.append((name, war, lang, published))
    return rows


def run_sitrep(binary, manifest):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for name, _, lang, published in manifest:
            doc = {"id": name[:-4], "lang": lang,
                   "text": open(os.path.join(WARS, name), encoding="utf-8").read()}
            if published != "-":
                doc["published"] = published
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([binary, "extract", path, "--format", "jsonl"], check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(l) for l in out.splitlines() if l.strip()]


FLOOR_COLUMNS = ("tp", "extra", "act", "src")


def measured(st):
    return {"tp": st["tp"], "extra": st["system"] - st["opt"] - st["tp"], "act": st["act"], "src": st["src"]}


def write_floor(path, stats, wars):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Floor of the multi-war corpus (score_wars.py --floor): per war, the fewest expected\n"
                "# records found, the most extra records, the fewest right actor1 and claim sources.\n"
                "# Columns: war, tp, extra, actor1, claim_source. Raise it with --write-floor.\n")
        for w in wars:
            m = measured(stats[w])
            f.write("\t".join([w] + [str(m[k]) for k in FLOOR_COLUMNS]) + "\n")


def check_floor(path, stats):
    ok = True
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        war, *vals = line.rstrip("\n").split("\t")
        m = measured(stats[war])
        for k, v in zip(FLOOR_COLUMNS, map(int, vals)):
            worse = m[k] > v if k == "extra" else m[k] < v
            if worse:
                print(f"FLOOR {war}: {k} {m[k]} (floor {v})")
                ok = False
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sitrep", default="build/sitrep")
    ap.add_argument("--lang")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--floor", help="per-war floor file; exit 1 below it")
    ap.add_argument("--write-floor", action="store_true", help="write the floor file from this run")
    a = ap.parse_args()
    manifest = [m for m in read_manifest() if not a.lang or m[2] == a.lang]
    war_of = {m[0][:-4]: m[1] for m in manifest}
    gold = [json.loads(l) for l in open(os.path.join(WARS, "gold.jsonl"), encoding="utf-8") if l.strip()]
    gold = [g for g in gold if g["doc"] in war_of]
    system = [e for e in run_sitrep(a.sitrep, manifest) if e.get("doc") in war_of]
    cands = sorted(((sc, gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if (sc := pair_score(g, s)) is not None), key=lambda t: -t[0])
    gmatch, smatch = {}, {}
    for _, gi, si in cands:
        if gi not in gmatch and si not in smatch:
            gmatch[gi], smatch[si] = si, gi
    stats = defaultdict(lambda: defaultdict(int))
    for key in [None]:
        pass
    for gi, g in enumerate(gold):
        for w in (war_of[g["doc"]], "all"):
            st = stats[w]
            st["required"] += g["required"]
            if gi in gmatch:
                st["tp"] += g["required"]
                st["opt"] += not g["required"]
                s = system[gmatch[gi]]
                if g.get("actor1"):
                    st["act_n"] += 1
                    st["act"] += in_list(names(s.get("actor1")), g["actor1"])
                if g.get("claim_source"):
                    st["src_n"] += 1
                    st["src"] += any(in_list(names(c.get("source")), g["claim_source"])
                                     for c in s.get("claims") or [])
    for s in system:
        for w in (war_of[s["doc"]], "all"):
            stats[w]["system"] += 1
    print(f"{'war':26} {'P':>6} {'R':>6} {'F1':>6}  {'actor1':>7}  {'claim src':>9}  (tp/gold, system)")
    wars = sorted({m[1] for m in manifest}) + ["all"]
    for w in wars:
        st = stats[w]
        tp, sysn, req = st["tp"], st["system"] - st["opt"], st["required"]
        p = tp / sysn if sysn else 0.0
        r = tp / req if req else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        act = f"{st['act']}/{st['act_n']}"
        src = f"{st['src']}/{st['src_n']}"
        print(f"{w:26} {p:6.3f} {r:6.3f} {f1:6.3f}  {act:>7}  {src:>9}  ({tp}/{req}, {st['system']})")
    if a.verbose:
        for gi, g in enumerate(gold):
            mark = "HIT " if gi in gmatch else ("miss" if g["required"] else "opt ")
            extra = ""
            if gi in gmatch:
                s = system[gmatch[gi]]
                extra = (f" -> {s.get('sub_event_type')} | {(s.get('actor1') or {}).get('name')} | "
                         f"{[c['source']['name'] for c in s.get('claims') or []]}")
            print(f"  {mark} {g['id']:9} {g['sub_event_type']:36} {(g.get('place') or {}).get('name', '-'):14}"
                  f" {g.get('date') or '-'}{extra}")
        for si, s in enumerate(system):
            if si not in smatch:
                print(f"  extra {s['doc']:11} {s.get('sub_event_type'):36} {(s.get('place') or {}).get('name', '-'):14}"
                      f" {s.get('date')} | {(s.get('actor1') or {}).get('name')} | {s['evidence']['sentence'][:70]}")
    if a.floor:
        if a.write_floor:
            write_floor(a.floor, stats, wars)
        elif not check_floor(a.floor, stats):
            return 1
    st = stats["all"]
    sysn = st["system"] - st["opt"]
    p = st["tp"] / sysn if sysn else 0.0
    r = st["tp"] / st["required"] if st["required"] else 0.0
    print(f"F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}")


if __name__ == "__main__":
    sys.exit(main())
