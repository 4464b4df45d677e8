#!/usr/bin/env python3
"""How often the count of independent sources shown on a claim is right.

Issue 36's goal: the independent-source count right on at least 95% of
claims, a denying party never counted as a source. The right count of a
claim follows from two label sets of `../shared/corpus/stories/`: the
parties that assert its content are its own labelled source
(`attribution.json`) and the labelled sources of every claim it is linked to
by a link the fact labels (`*.facts.json`) call right and agreeing
(corroborates, consistent), one party counted once (same party as
`score_attribution.py` decides it), a party that denies never, at least one.
This runs the CLI on the seeds, the corpus and the stories together (as
`score_links.py` does), scores the claims of the stories that have at least
one right agreeing link, and prints the share on its last line as JSON.

Usage: score_sources.py --cli PATH [--corpus DIR] [--show]
"""
import json, os, sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import corpus_labels as cl

    a = cl.arguments("print the claims whose count is wrong")

    sl, sa = cl.scorer(a.corpus, "score_links"), cl.scorer(a.corpus, "score_attribution")
    labels = cl.fact_labels(a.corpus, sl)
    who = {x["file"]: x["sentences"] for x in json.load(open(os.path.join(a.corpus, "stories", "attribution.json")))["articles"]}
    rep, text_of = cl.analyze_all(a.cli, a.corpus, sl, labels)

    def asserting_source(c):
        """The labelled party that asserts the claim's content: `None` for the report's own voice or a denial."""
        for s in cl.overlapping(sl, text_of, c, who.get(c["article"], [])):
            if s.get("modality") != "denied":
                return s.get("source")
        return None

    claims = {c["id"]: c for c in rep["claims"]}
    lab = {cid: cl.fact_label(sl, text_of, labels, c) for cid, c in claims.items()}
    agreeing = {}
    for l in rep["links"]:
        x, y = lab.get(l["from"]), lab.get(l["to"])
        if x and y and x["story"] == y["story"] and l["relation"] in ("corroborates", "consistent"):
            if l["relation"] in sl.accepted(x, y):
                agreeing.setdefault(l["from"], []).append(l["to"])
                agreeing.setdefault(l["to"], []).append(l["from"])
    scored = right = 0
    wrong = []
    for cid, others in agreeing.items():
        c = claims[cid]
        if c["article"] not in who:
            continue
        parties = []
        for p in [asserting_source(c)] + [asserting_source(claims[o]) for o in others]:
            if p and not any(sa.same_party(p, q) for q in parties):
                parties.append(p)
        want = max(1, len(parties))
        got = c.get("independent_sources", 1)
        scored += 1
        right += got == want
        if got != want:
            wrong.append((c, want, got, parties))
    share = right / scored if scored else 1.0
    print("claims with a right agreeing link: %d; independent sources counted right: %d (%.3f)" % (scored, right, share))
    if a.show:
        for c, want, got, parties in wrong:
            print("  want %d %s, got %d %s: %s" % (want, parties, got, [p.get("en") for p in c.get("parties", [])], c["text"][:110]))
    print(json.dumps({"scored": scored, "right": right, "share": share}))


if __name__ == "__main__":
    main()
