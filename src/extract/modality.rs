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

use crate::doc::token::{Token, TokenKind};
use crate::doc::{is_quote_mark, SentenceView};
use crate::lexicon::{calendar, packed, speech, words};
use crate::report::Modality;

/// The modality of one sentence.
pub fn classify(s: &SentenceView) -> Modality {
    let words: Vec<&Token> = s.toks.iter().filter(|t| t.kind == TokenKind::Word && !t.quoted).collect();
    // German and English word lists do not collide, so the language is not needed.
    if is_denied(&words) {
        Modality::Denied
    } else if is_quoted(s) {
        Modality::Quoted
    } else if is_hearsay(&words) {
        Modality::Hearsay
    } else if is_hedged(&words) || is_question(s.toks) {
        Modality::Hedged
    } else if is_reported(&words, s.lang == crate::doc::language::Lang::De)
        || has_speech_tag(s.toks, s.lang == crate::doc::language::Lang::De)
        || is_accusation(s.toks)
    {
        Modality::Reported
    } else {
        Modality::Asserted
    }
}

/// Every sentence of a quotation that spans several sentences is the
/// speaker's (`quotation::runs`), whether or not it holds a mark itself,
/// unless it denies: a denial is the news of its sentence.
pub fn within_quotations(modalities: &mut [Modality], runs: &[(usize, usize)]) {
    for &(a, b) in runs {
        for m in modalities.iter_mut().take(b + 1).skip(a) {
            if *m != Modality::Denied {
                *m = Modality::Quoted;
            }
        }
    }
}

fn negated(words: &[&Token], i: usize) -> bool {
    i > 0 && words[i - 1].is(words::VERB_NEGATION)
}

fn is_denied(w: &[&Token]) -> bool {
    let mut rejecting = false;
    for (i, t) in w.iter().enumerate() {
        if t.is(speech::DENIES as u32) && !negated(w, i) && !refuses(w, i) {
            return true;
        }
        // `wies … zurück`: the particle comes at the end of the clause.
        let x = t.folded();
        if matches!(x, "wies" | "wiesen" | "weist" | "weisen") && !negated(w, i) {
            rejecting = true;
        }
        if rejecting
            && x == "zurück"
            && !w[..i].iter().rev().take(4).any(|t| crate::lexicon::predicates::refusable(t.folded()))
        {
            return true;
        }
    }
    false
}

/// Whether the verb at `i` refuses something rather than denying a claim:
/// a verb of rejecting whose object, within the three words after it, is
/// an offer, a demand, an invitation or a proposal (`had rejected its offer
/// of arbitration`), which one turns down, not calls untrue.
fn refuses(w: &[&Token], i: usize) -> bool {
    // Only a verb of rejecting refuses; `denied plans to …` still denies.
    let rejects = ["reject", "zurückgew", "zurückweis", "ablehn", "abgelehnt", "lehnt"]
        .iter()
        .any(|p| w[i].folded().starts_with(p));
    rejects && w[i + 1..].iter().take(3).any(|t| crate::lexicon::predicates::refusable(t.folded()))
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
            && toks[marks[0]..].iter().any(|t| t.is(speech::SPEECH as u32));
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
    // The first quote's end, then `, <speech tag>` to the end of the
    // sentence: short, or opening with the verb of saying (`," said
    // Margaret Stewart, a spokesperson for the fire service`).
    // (In English the comma stands inside the marks: `stopped," said`.)
    let close = (1..toks.len()).find(|&i| !toks[i].quoted).unwrap_or(toks.len());
    let comma_after = toks.get(close).is_some_and(|t| t.text == ",");
    let comma_inside = close >= 2 && toks[close - 2].text == ",";
    let tag = if comma_after { close + 1 } else { close };
    let tag_first = toks.iter().skip(tag).take(3).any(|t| t.is(speech::SPEECH as u32));
    (comma_after || comma_inside) && (toks.len() - close <= 10 || tag_first)
}

fn is_hearsay(w: &[&Token]) -> bool {
    let word = |i: usize| w.get(i).map(|t| t.folded());
    for (i, t) in w.iter().enumerate() {
        match t.folded() {
            // `soll um 23:59 Uhr enden`, `soll ab 2027 verlegt werden`: a
            // plan or schedule, told as such, not hearsay (`soll … gelegt
            // worden sein`, `sollen … geholfen haben`).
            "soll" | "sollen" if !is_plan(w, i) => return true,
            // `sollte(n)` is also a plain past tense: hearsay only with a
            // perfect infinitive (`sollten … gefallen sein`).
            "sollte" | "sollten" if w.last().is_some_and(|l| matches!(l.folded(), "haben" | "sein")) => return true,
            "reportedly" | "allegedly" | "purportedly" => return true,
            // `Dem Vernehmen nach`: what is heard, from no one named.
            "vernehmen" if i > 0 && word(i - 1) == Some("dem") && word(i + 1) == Some("nach") => return true,
            "said" | "reported" | "believed"
                if i > 0 && matches!(word(i - 1), Some("is" | "are" | "was" | "were")) && word(i + 1) == Some("to") =>
            {
                return true
            }
            _ => {}
        }
    }
    false
}

/// Whether `sollen` at `i` states a plan or a schedule: its clause ends in
/// a passive infinitive (`verlegt werden`), or names when it will happen
/// (`ab 2027`, `um 22 Uhr`, `am Mittwoch`, `mittelfristig`), and it is no
/// perfect infinitive (`getötet worden sein`, `geholfen haben`), which
/// tells what is said to have happened.
fn is_plan(w: &[&Token], i: usize) -> bool {
    // (The clause after `soll`, at most 25 words: linear on any sentence.)
    let rest = &w[i + 1..w.len().min(i + 26)];
    // (Anywhere in it, not only last: the words of the next clause follow,
    // `soll … angegriffen haben, als dieser ihn kontrollierte`.)
    if rest.iter().any(|t| matches!(t.folded(), "haben" | "sein" | "worden")) {
        return false;
    }
    let last = rest.last().map(|t| t.folded());
    let when = rest.iter().enumerate().any(|(k, t)| {
        let x = t.folded();
        packed::contains(PLAN_TIMES, x)
            || (matches!(x, "ab" | "bis" | "um" | "am" | "im")
                && rest[k + 1..].iter().take(3).any(|n| {
                    n.text.chars().all(|c| c.is_ascii_digit() || c == ':')
                        || calendar::is_weekday_name(n.folded())
                        || calendar::is_month_name(n.folded(), None)
                }))
    });
    last == Some("werden") || when
}

crate::packed_table!(
    /// Words that place a plan in the future (`soll mittelfristig …`).
    PLAN_TIMES,
    "\
demnächst
künftig
langfristig
mittelfristig
morgen
morgigen
nächste
nächsten
nächstes
übermorgen"
);

fn is_hedged(w: &[&Token]) -> bool {
    w.iter().enumerate().any(|(i, t)| {
        let x = t.folded();
        // `der mutmaßliche Täter` is the presumption of innocence, not a
        // doubt about what the sentence states (`wurde festgenommen`);
        // `mutmaßlich getötet` is one.
        let attributive = x.len() > "mutmaßlich".len() && w.get(i + 1).is_some_and(|n| n.is_capitalized());
        // `It was not immediately clear`, `Es ist nicht klar`: not known.
        let unclear = matches!(x, "clear" | "klar") && w[i.saturating_sub(2)..i].iter().any(|p| p.is(words::NEGATION));
        t.is(words::HEDGE)
            || unclear
            || (x.starts_with("mutmaßlich") && !attributive)
            || x.starts_with("angeblich")
            || x.starts_with("vermeintlich")
    })
}

/// An accusation with what it accuses of in a clause of its own (`Die
/// Opposition warf der Regierung vor, die Vorschriften nicht durchgesetzt
/// zu haben`): the clause is the accuser's claim, told as indirect speech.
/// The particle must close its clause, as in attribution (`warf Steine vor
/// das Rathaus` accuses no one).
fn is_accusation(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.kind == TokenKind::Word && !t.quoted).map(|t| t.folded());
    (0..toks.len()).any(|i| {
        matches!(word(i), Some("warf" | "warfen" | "wirft" | "werfen"))
            && (i + 1..toks.len())
                .find(|&k| toks[k].kind == TokenKind::Punct)
                .is_some_and(|p| p > i + 1 && word(p - 1) == Some("vor") && toks[p].text == ",")
    })
}

/// A sentence that asks (`4,2 Millionen Euro veruntreut?`, the headline's
/// way of saying what it cannot state) asserts nothing: it is hedged.
pub(crate) fn is_question(toks: &[Token]) -> bool {
    toks.iter()
        .rev()
        .find(|t| !(t.kind == TokenKind::Punct && is_quote_mark(t.text)))
        .is_some_and(|t| t.text == "?" && !t.quoted)
}

/// Indirect speech told in the indicative, marked only by its speech tag:
/// before the first comma (`Er warnte jedoch, die Preise stiegen weiter.`)
/// or after the last (`Einer der Verletzten schwebt in Lebensgefahr, sagte
/// ein Sprecher.`, `The bridge is closed, a spokesman said.`). The tag is
/// short; at the end German puts its verb first, English last.
fn has_speech_tag(toks: &[Token], german: bool) -> bool {
    let speech = |t: &&Token| !t.quoted && !t.is_capitalized() && t.is(speech::SPEECH as u32);
    // The tag first, in German: `Er warnte jedoch, die Preise stiegen
    // weiter.` Its verb has no object (at most `jedoch`, `am Abend`), and
    // `Das heißt, …` / `Das erklärt, warum …` introduce no speech.
    if let Some(first) = toks.iter().position(|t| t.text == "," && !t.quoted).filter(|_| german) {
        let intro: Vec<&Token> = toks[..first].iter().filter(|t| !t.quoted).collect();
        let after = toks[first + 1..].iter().filter(|t| t.kind == TokenKind::Word).count();
        let pointer = intro.first().is_some_and(|t| matches!(t.folded(), "das" | "dies" | "es"));
        let verb = intro.iter().position(|t| t.kind == TokenKind::Word && speech(t)).filter(|&v| v > 0);
        let bare = verb.is_some_and(|v| {
            let rest = &intro[v + 1..];
            rest.len() <= 2
                && rest.iter().all(|t| t.kind == TokenKind::Word)
                && (rest.len() < 2 || matches!(rest[0].folded(), "am" | "im" | "gegenüber"))
        });
        if (2..=5).contains(&intro.len()) && after >= 3 && !pointer && bare {
            return true;
        }
    }
    let Some(comma) = toks.iter().rposition(|t| t.text == "," && !t.quoted) else { return false };
    let tag: Vec<&Token> = toks[comma + 1..].iter().filter(|t| t.kind == TokenKind::Word).collect();
    let before = toks[..comma].iter().filter(|t| t.kind == TokenKind::Word).count();
    // `…, sagte aber nichts`: a second verb of the subject, not a tag.
    let continues = tag.get(1).is_some_and(|t| {
        t.is(words::VERB_NEGATION) || matches!(t.folded(), "aber" | "jedoch" | "nichts" | "dann" | "später" | "but")
    });
    // `…, erklärte seinen Rücktritt und trat ab`: a tag names no second verb.
    let joined = tag.iter().any(|t| matches!(t.folded(), "und" | "and" | "or" | "oder"));
    // `…, wie das Statistische Bundesamt am Freitag in Wiesbaden nach
    // einer ersten Schätzung mitteilte`: a `wie` clause may be longer.
    let wie = tag.first().is_some_and(|t| t.folded() == "wie") && tag.len() <= 14 && tag.last().is_some_and(speech);
    before >= 3
        && !joined
        && ((1..=8).contains(&tag.len()) || wie)
        && ((tag.first().is_some_and(speech) && !continues) || tag.last().is_some_and(speech))
}

fn is_reported(w: &[&Token], german: bool) -> bool {
    // Verb forms are never capitalized mid-sentence; `Kämpfe` is a noun.
    let verb = |t: &Token, flag: u32| !t.is_capitalized() && t.is(flag);
    let speech = w.iter().any(|t| verb(t, speech::SPEECH as u32));
    w.iter().enumerate().any(|(i, t)| {
        // Conditional forms are indirect speech only next to a speech verb.
        // English: a speech verb with a clause after it (`said Kim made …`).
        verb(t, words::KONJUNKTIV_I | words::KONJUNKTIV_II)
            || (speech && verb(t, words::CONDITIONAL))
            || (verb(t, words::REPORTING_EN) && w.len() > i + 2)
            || (german && i == 1 && konjunktiv_after_pronoun(w[0], t))
    })
}

/// A Konjunktiv I form the word list does not hold, where its shape says
/// it: the verb right after a third-person pronoun that opens the sentence
/// (`Er verstoße gegen …`, `Man verurteile …`). In the indicative that verb
/// ends in `-t` (`verstößt`); `-e` after `er`/`es`/`man` is the subjunctive.
/// Not `-te`: that is the past (`Er sagte`), and the Konjunktiv forms that
/// end in it (`halte`, `gelte`) are in the list.
fn konjunktiv_after_pronoun(pronoun: &Token, verb: &Token) -> bool {
    let w = verb.folded();
    matches!(pronoun.folded(), "er" | "es" | "man")
        && !verb.is_capitalized()
        && w.len() >= 4
        && w.ends_with('e')
        && !w.ends_with("te")
        && !verb.is(words::FUNCTION_DE)
}

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
