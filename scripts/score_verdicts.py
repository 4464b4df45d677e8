#!/usr/bin/env python3
"""How many claims shown as confirmed rest on a right link.

Issue 33's goal: a claim shown as "bestätigt" (corroborated) or "mehrfach
berichtet" (relayed) rests on at least one link that the fact labels of
`../shared/corpus` call right, in at least 98% of cases. This runs the CLI
on the seeds, the corpus and the stories together, as `score_links.py`
does, reads the labels with that script's own functions, and prints the
share on its last line as JSON.

Usage: score_verdicts.py --cli PATH [--corpus DIR] [--show]
"""
import argparse, importlib.util, json, os, subprocess, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--show", action="store_true", help="print the claims that rest on no right link")
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score_links", os.path.join(a.corpus, "score_links.py"))
    sl = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sl)

    labels = {}
    facts = sorted(os.path.join(a.corpus, "facts", f) for f in os.listdir(os.path.join(a.corpus, "facts")))
    stories = os.path.join(a.corpus, "stories")
    facts += sorted(os.path.join(stories, f) for f in os.listdir(stories) if f.endswith(".facts.json"))
    for path in facts:
        d = json.load(open(path))
        story = d.get("story") or os.path.basename(path)
        for x, y in d.get("related", []):
            sl.RELATED.update({(story + "/" + x, story + "/" + y), (story + "/" + y, story + "/" + x)})
        for s in d["sentences"]:
            s = dict(s, story=story)
            s["facts"] = [dict(f, id=story + "/" + f["id"]) for f in s.get("facts", [])]
            s["figures"] = [dict(g, q=story + "/" + g["q"]) for g in s.get("figures", [])]
            labels.setdefault(s["file"], []).append(s)
    arts, text_of = [], {}
    for d in [os.path.join(a.corpus, "..", "seeds"), a.corpus, stories]:
        for name in sorted(os.listdir(d)):
            if name in labels:
                art = sl.read_article(os.path.join(d, name))
                arts.append(dict(art, id=name))
                text_of[name] = art["text"]
    r = subprocess.run([a.cli, "analyze", "-"], input=json.dumps(arts, ensure_ascii=False), capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("analyze failed: " + r.stderr[-300:])
    rep = json.loads(r.stdout)

    def label(c):
        got = {"facts": [], "figures": [], "story": None}
        t = text_of.get(c["article"], "")
        for s in labels.get(c["article"], []):
            i = t.find(s["quote"])
            if i < 0:
                continue
            st = sl.u16(t[:i])
            en = st + sl.u16(s["quote"])
            ov = min(en, c["end"]) - max(st, c["start"])
            if ov > 0 and ov >= 0.5 * min(en - st, c["end"] - c["start"]):
                got["facts"] += s["facts"]
                got["figures"] += s["figures"]
                got["story"] = s["story"]
        return got if got["story"] else None

    lab = {c["id"]: label(c) for c in rep["claims"]}
    resting = set()
    for l in rep["links"]:
        x, y = lab.get(l["from"]), lab.get(l["to"])
        if x and y and x["story"] == y["story"]:
            acc = sl.accepted(x, y)
            if acc != {"none"} and l["relation"] in acc:
                resting.update((l["from"], l["to"]))
    shown = [c for c in rep["claims"] if c.get("verdict") in ("corroborated", "relayed")]
    bare = [c for c in shown if c["id"] not in resting]
    share = 1 - len(bare) / len(shown) if shown else 1.0
    print("claims shown as corroborated or relayed: %d; resting on a right link: %d (%.3f)" % (len(shown), len(shown) - len(bare), share))
    if a.show:
        for c in bare:
            print("  %s: %s" % (c["verdict"], c["text"][:140]))
    print(json.dumps({"shown": len(shown), "bare": len(bare), "share": share}))


if __name__ == "__main__":
    main()
