//! How sure the text is: asserted, reported (Konjunktiv), hearsay (`sollen`),
//! hedged (`offenbar`), quoted, denied. OWNER: entities & attribution (issue 4).
//!
//! One sentence at a time, from word lists over the shared tokens. Words
//! inside quotation marks are the speaker's, not the article's, so they do not
//! count (a `wohl` in a quote does not hedge the report of it).
//!
//! When several apply, the strongest wins:
//! denied > quoted > hearsay > hedged > reported > asserted.
//! A denial is the news of a sentence even when it also reports the claim
//! denied (`… nach eigenen Angaben zurückerobert, was Kiew bestritt`); a
//! direct quote is the speaker's voice whatever mood the words inside have;
//! `sollen` and `offenbar` say more about the article's own doubt than the
//! Konjunktiv of indirect speech does.

use crate::doc::token::TokenKind;
use crate::doc::{is_quote_mark, SentenceView};
use crate::lexicon::packed;
use crate::lexicon::speech;
use crate::report::Modality;

/// The modality of one sentence.
pub fn classify(s: &SentenceView) -> Modality {
    let toks = s.toks;
    let words: Vec<(bool, &str)> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !t.quoted)
        .map(|t| (t.is_capitalized(), t.lower.as_ref()))
        .collect();
    let lower: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
    // Verb forms are never capitalized mid-sentence; `Kämpfe` is a noun.
    let verbs: Vec<&str> = words.iter().map(|(cap, w)| if *cap { "" } else { *w }).collect();
    // German and English word lists do not collide, so the language is not needed.
    if is_denied(&lower) {
        Modality::Denied
    } else if is_quoted(s) {
        Modality::Quoted
    } else if is_hearsay(&lower) {
        Modality::Hearsay
    } else if is_hedged(&lower) {
        Modality::Hedged
    } else if is_reported(&verbs) {
        Modality::Reported
    } else {
        Modality::Asserted
    }
}

/// Verbs (and fixed words) that introduce reported speech.
pub(crate) fn is_speech_verb(w: &str) -> bool {
    speech::is(w, speech::SPEECH)
}

fn negated(words: &[&str], i: usize) -> bool {
    i > 0 && matches!(words[i - 1], "nicht" | "nie" | "niemals" | "noch" | "weder" | "not" | "never" | "n't")
}

fn is_denied(w: &[&str]) -> bool {
    let mut rejecting = false;
    for (i, &x) in w.iter().enumerate() {
        let denial = speech::is(x, speech::DENIES);
        if denial && !negated(w, i) {
            return true;
        }
        // `wies … zurück`: the particle comes at the end of the clause.
        if matches!(x, "wies" | "wiesen" | "weist" | "weisen") && !negated(w, i) {
            rejecting = true;
        }
        if rejecting && x == "zurück" {
            return true;
        }
    }
    false
}

/// A sentence is a quotation when it opens with a quote that takes up most
/// of it, or that only a short speech tag follows (`„…“, sagte Kim.`).
fn is_quoted(s: &SentenceView) -> bool {
    let toks = s.toks;
    let Some(first) = toks.first() else { return false };
    let marks: Vec<usize> =
        (0..toks.len()).filter(|&i| toks[i].kind == TokenKind::Punct && is_quote_mark(toks[i].text)).collect();
    if first.kind != TokenKind::Punct || !is_quote_mark(first.text) {
        // The end of a quote the segmenter split: `Satz zwei“, sagte X.`
        return marks.len() == 1
            && toks.get(marks[0] + 1).is_some_and(|t| t.text == ",")
            && toks.len() - marks[0] <= 10
            && toks[marks[0]..].iter().any(|t| is_speech_verb(&t.lower));
    }
    // The start of a quote that runs on into the next sentence.
    if marks.len() == 1 {
        return true;
    }
    let total = s.as_str().trim().len().max(1);
    let quoted: usize = toks.iter().filter(|t| t.quoted).map(|t| t.end - t.start + 1).sum();
    if quoted * 2 >= total {
        return true;
    }
    // The first quote's end, then `, <speech tag>` to the end of the sentence.
    let close = (1..toks.len()).find(|&i| !toks[i].quoted).unwrap_or(toks.len());
    toks.get(close).is_some_and(|t| t.text == ",") && toks.len() - close <= 10
}

fn is_hearsay(w: &[&str]) -> bool {
    for (i, &x) in w.iter().enumerate() {
        match x {
            "soll" | "sollen" => return true,
            // `sollte(n)` is also a plain past tense: hearsay only with a
            // perfect infinitive (`sollten … gefallen sein`).
            "sollte" | "sollten" if w.last().is_some_and(|l| matches!(*l, "haben" | "sein")) => return true,
            "reportedly" | "allegedly" | "purportedly" => return true,
            "said" | "reported" | "believed"
                if i > 0 && matches!(w[i - 1], "is" | "are" | "was" | "were") && w.get(i + 1) == Some(&"to") =>
            {
                return true
            }
            _ => {}
        }
    }
    false
}

fn is_hedged(w: &[&str]) -> bool {
    w.iter().any(|x| {
        packed::contains(HEDGES, x)
            || x.starts_with("mutmaßlich")
            || x.starts_with("angeblich")
            || x.starts_with("vermeintlich")
    })
}

crate::packed_table!(
    /// Hedging adverbs and modal verbs.
    HEDGES,
    "\
anscheinend
apparently
dürfte
dürften
likely
might
möglicherweise
offenbar
possibly
presumably
probably
scheinbar
seemingly
vermutlich
wahrscheinlich
wohl
womöglich"
);

fn is_reported(w: &[&str]) -> bool {
    let speech = w.iter().any(|x| is_speech_verb(x));
    w.iter().enumerate().any(|(i, x)| {
        let konj1 = packed::contains(KONJUNKTIV_I, x);
        let konj2 = matches!(*x, "hätte" | "hätten" | "wäre" | "wären");
        // Conditional forms are indirect speech only next to a speech verb.
        let konj2_weak =
            matches!(*x, "würde" | "würden" | "könnte" | "könnten" | "müsste" | "müssten" | "gäbe" | "käme" | "läge");
        // English: a speech verb with a clause after it (`said Kim made …`).
        let english =
            matches!(*x, "said" | "says" | "told" | "stated" | "claimed" | "added" | "saying") && w.len() > i + 2;
        konj1 || konj2 || (konj2_weak && speech) || english
    })
}

crate::packed_table!(
    /// German Konjunktiv I forms of reported speech.
    KONJUNKTIV_I,
    "\
arbeite
befinde
bestehe
bleibe
brauche
demonstriere
dürfe
erfolge
erwarte
fehle
gebe
gehe
gelte
habe
halte
handele
handle
heiße
komme
kämpfe
könne
lasse
liege
möge
müsse
plane
sehe
sei
seien
solle
stehe
trage
unterstütze
verfüge
werde
wisse
wolle
zeige"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Modality {
        let mut store = Vec::new();
        let view = SentenceView::tokenized(s, 0..s.len(), crate::doc::language::detect(s), &mut store).unwrap();
        classify(&view)
    }

    #[test]
    fn precedence() {
        assert_eq!(m("Die Armee hat Kursk nach eigenen Angaben erobert, was Kiew bestritt."), Modality::Denied);
        assert_eq!(m("„Wir siegen“, sagte er."), Modality::Quoted);
        assert_eq!(m("Sie sollen offenbar geholfen haben."), Modality::Hearsay);
        assert_eq!(m("Es sei offenbar vorbei."), Modality::Hedged);
    }

    #[test]
    fn quoted_words_do_not_count() {
        assert_eq!(m("Er nannte den Einsatz „wohl notwendig“ und reiste ab."), Modality::Asserted);
        assert_eq!(m("Moskau hatte den Einsatz weder bestätigt noch dementiert."), Modality::Asserted);
    }
}
