"""What `score_verdicts.py` and `score_sources.py` share: the corpus's
scorers as modules, its fact labels read as `score_links.py` reads them,
and one analysis of all its labelled articles together."""
import argparse, importlib.util, json, os, subprocess, sys


def arguments(show_help):
    """`--cli PATH [--corpus DIR] [--show]`, the corpus beside the checkout by default."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--show", action="store_true", help=show_help)
    return ap.parse_args()


def scorer(corpus, name):
    """`../shared/corpus/<name>.py` as a module (its own reading of labels)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(corpus, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def fact_labels(corpus, sl):
    """The fact labels of the corpus and its stories by file, ids prefixed by story."""
    stories = os.path.join(corpus, "stories")
    facts = sorted(os.path.join(corpus, "facts", f) for f in os.listdir(os.path.join(corpus, "facts")))
    facts += sorted(os.path.join(stories, f) for f in os.listdir(stories) if f.endswith(".facts.json"))
    labels = {}
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
    return labels


def analyze_all(cli, corpus, sl, labels):
    """Runs the CLI on every labelled article of the seeds, the corpus and
    the stories together; returns the report and each article's text."""
    arts, text_of = [], {}
    for d in [os.path.join(corpus, "..", "seeds"), corpus, os.path.join(corpus, "stories")]:
        for name in sorted(os.listdir(d)):
            if name in labels:
                art = sl.read_article(os.path.join(d, name))
                arts.append(dict(art, id=name))
                text_of[name] = art["text"]
    r = subprocess.run([cli, "analyze", "-"], input=json.dumps(arts, ensure_ascii=False), capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("analyze failed: " + r.stderr[-300:])
    return json.loads(r.stdout), text_of


def overlapping(sl, text_of, c, sentences):
    """The labelled sentences a claim's span covers (half of the shorter, as the scorers decide)."""
    t = text_of.get(c["article"], "")
    for s in sentences:
        i = t.find(s["quote"])
        if i < 0:
            continue
        st = sl.u16(t[:i])
        en = st + sl.u16(s["quote"])
        ov = min(en, c["end"]) - max(st, c["start"])
        if ov > 0 and ov >= 0.5 * min(en - st, c["end"] - c["start"]):
            yield s


def fact_label(sl, text_of, labels, c):
    """A claim's facts and figures, or None when no labelled sentence covers it."""
    got = {"facts": [], "figures": [], "story": None}
    for s in overlapping(sl, text_of, c, labels.get(c["article"], [])):
        got["facts"] += s["facts"]
        got["figures"] += s["figures"]
        got["story"] = s["story"]
    return got if got["story"] else None
