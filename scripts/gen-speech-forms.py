#!/usr/bin/env python3
"""Writes src/lexicon/speech_forms.rs: every inflected form of the speech
verbs listed by lemma in src/lexicon/data/speech-lemmas.txt, with their
flags, from simplemma's lemma tables (MIT licence; PyPI `simplemma`,
pinned in scripts/setup.sh).

    scripts/gen-speech-forms.py          write the file
    scripts/gen-speech-forms.py --check  exit 1 when the file is stale

Kept forms: the finite forms a clause's verb takes. German: the infinitive
(= 3rd person plural), present and past forms, the Konjunktiv; not the
participles with `ge-` or their adjective forms (`die geforderte Summe`),
not the present participle (`fordernd`), not the `zu`-infinitive. English:
the base form, `-s` and past forms, not `-ing` (`a red flag warning`); for a
lemma that is also a noun (`report`, `fears`), only the past forms.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEMMAS = os.path.join(ROOT, "src/lexicon/data/speech-lemmas.txt")
OUT = os.path.join(ROOT, "src/lexicon/speech_forms.rs")
CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "faktenlage", "py")
sys.path.insert(0, CACHE)

SPEECH, SOURCE_VERB = 1, 2


def read_lemmas():
    out = []
    for line in open(LEMMAS, encoding="utf-8"):
        line = line.split("#", 1)[0].split()
        if line:
            lang, lemma, roles = line[0], line[1], set(line[2:])
            out.append((lang, lemma, roles))
    return out


def inverse(lang, lemmas):
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    d = DefaultDictionaryFactory().get_dictionary(lang)
    raw = getattr(d, "_dict", d)
    forms = {l: {l} for l in lemmas}
    for k, v in raw.items():
        k = k.decode() if isinstance(k, bytes) else k
        v = v.decode() if isinstance(v, bytes) else v
        if v in forms:
            forms[v].add(k.lower())
    return forms


# Separable particles: `angegeben`, `zugesichert`, `vorhergesagt` are
# participles once the particle is off.
PARTICLES = sorted(["ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "her", "hervor", "hinzu", "mit", "nach",
                    "vor", "vorher", "weg", "zu", "zurück", "zusammen"], key=len, reverse=True)


def without_particle(form, lemma):
    for p in PARTICLES:
        if lemma.startswith(p) and form.startswith(p) and len(lemma) > len(p) + 3:
            return form[len(p):], lemma[len(p):]
    return form, lemma


def german_finite(form, lemma):
    if form == lemma:
        return True
    form, lemma = without_particle(form, lemma)
    # (`gegeben` of `geben`: the prefix before a verb that has `ge` itself.)
    if form.startswith("ge") and (not lemma.startswith("ge") or form.startswith("ge" + lemma[:2])):
        return False
    if form.startswith("zu") and form[2:] == lemma:
        return False
    if any(form.endswith(e) for e in ("nd", "nde", "ndem", "nden", "nder", "ndes")):
        return False
    # Second persons and the bare stem (`forderst`, `forder`, `erwartt`)
    # do not occur in news prose; leaving them out keeps the table small.
    if form.endswith("st") or form in (lemma[:-1], lemma[:-2]) or form.endswith("tt"):
        return False
    # Adjective forms of a participle without ge- (`erklärtes`, `erklärter`).
    if any(form.endswith(e) for e in ("tes", "ter", "tem")):
        return False
    return form.isalpha()


def english_finite(form, lemma, noun):
    if form.endswith("ing") or not form.isalpha():
        return False
    past = form.endswith("ed") or (form not in (lemma, lemma + "s", lemma + "es") and not form.endswith("s"))
    return past or not noun


def generate():
    entries = {}
    lemmas = read_lemmas()
    for lang in ("de", "en"):
        mine = [(l, r) for (g, l, r) in lemmas if g == lang]
        forms = inverse(lang, [l for l, _ in mine])
        for lemma, roles in mine:
            flags = (SPEECH if "speech" in roles else 0) | (SOURCE_VERB if "source" in roles else 0)
            for f in sorted(forms[lemma]):
                ok = german_finite(f, lemma) if lang == "de" else english_finite(f, lemma, "noun" in roles)
                if ok:
                    entries[f] = entries.get(f, 0) | flags
    lines = [
        "//! Inflected forms of the speech verbs of `data/speech-lemmas.txt`, generated: do not edit.",
        "//!",
        "//! Written by `scripts/gen-speech-forms.py` from simplemma's lemma tables",
        "//! (Adrien Barbaresi, MIT licence); checked by `scripts/test.sh`.",
        "",
        "/// (form, flags of [`super::speech`]), sorted by form. Read only by the",
        "/// generator of the word index (`generate.rs`), hence unused outside tests.",
        "#[cfg_attr(not(test), allow(dead_code))]",
        "pub(crate) const FORMS: &[(&str, u8)] = &[",
    ]
    for f in sorted(entries):
        lines.append('    ("%s", %d),' % (f, entries[f]))
    lines.append("];")
    return "\n".join(lines) + "\n"


def main():
    try:
        text = generate()
    except ImportError:
        sys.exit("gen-speech-forms: simplemma is not installed (scripts/setup.sh installs it into %s)" % CACHE)
    if "--check" in sys.argv:
        if open(OUT, encoding="utf-8").read() != text:
            sys.exit("src/lexicon/speech_forms.rs is stale: run scripts/gen-speech-forms.py")
        print("speech forms: fresh (%d forms)" % text.count("\n    ("))
        return
    open(OUT, "w", encoding="utf-8").write(text)
    print("wrote %s (%d forms)" % (OUT, text.count("\n    (")))


if __name__ == "__main__":
    main()
