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
import json, os, sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import corpus_labels as cl

    a = cl.arguments("print the claims that rest on no right link")

    sl = cl.scorer(a.corpus, "score_links")
    labels = cl.fact_labels(a.corpus, sl)
    rep, text_of = cl.analyze_all(a.cli, a.corpus, sl, labels)
    lab = {c["id"]: cl.fact_label(sl, text_of, labels, c) for c in rep["claims"]}
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
