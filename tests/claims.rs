//! Which sentences of article prose are claims: a claim states something
//! checkable, so sentences that ask or announce are none.

use faktenlage::{analyze, ArticleInput, Options};

/// A direct question asserts nothing: the headings of a questions-and-answers
/// piece are no claims, the answers are.
#[test]
fn a_direct_question_is_no_claim() {
    let text = "Was steht im neuen Vertrag zwischen Russland und Nordkorea?\n\n\
                Der Vertrag verpflichtet beide Länder zu militärischem Beistand im Fall eines Angriffs.\n\n\
                Wie viele Soldaten hat Nordkorea nach Russland geschickt?\n\n\
                Nach Angaben Südkoreas sind es etwa 12.000 Soldaten.";
    let input = ArticleInput::text(text).id("qa").published("2024-06-20");
    let r = analyze(&[input], &Options::default()).unwrap();
    let texts: Vec<&str> = r.claims.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.iter().all(|t| !t.trim_end().ends_with('?')), "a question became a claim: {texts:#?}");
    assert!(texts.iter().any(|t| t.contains("verpflichtet beide Länder")), "{texts:#?}");
    assert!(texts.iter().any(|t| t.contains("etwa 12.000 Soldaten")), "{texts:#?}");
}

fn claim_texts(text: &str, lang: &str) -> Vec<String> {
    let mut input = ArticleInput::text(text).id("a").published("2025-02-24");
    input.lang = Some(lang.to_string());
    let r = analyze(&[input], &Options::default()).unwrap();
    r.claims.into_iter().map(|c| c.text).collect()
}

/// A sentence that ends in a colon announces a list, a table or a quotation
/// set apart: it states nothing of its own, unless it gives a figure.
#[test]
fn an_announcement_is_no_claim() {
    let de = claim_texts(
        "Die Union hat die Bundestagswahl klar gewonnen.\n\n\
         Das vorläufige amtliche Endergebnis der Wahl im Überblick:\n\n\
         CDU/CSU 28,5 Prozent, AfD 20,8 Prozent, SPD 16,4 Prozent.\n\n\
         Die Wahlbeteiligung lag bei 82,5 Prozent, wie die Bundeswahlleiterin mitteilte:",
        "de",
    );
    assert!(de.iter().all(|t| !t.contains("im Überblick")), "{de:#?}");
    assert!(de.iter().any(|t| t.contains("klar gewonnen")), "{de:#?}");
    assert!(de.iter().any(|t| t.contains("82,5 Prozent")), "a figure before the colon is a claim: {de:#?}");
    let en = claim_texts(
        "Floods in southern Germany have killed at least four people.\n\n\
         Here is what we know about the floods so far:\n\n\
         Thousands of people were evacuated in Bavaria.",
        "en",
    );
    assert!(en.iter().all(|t| !t.contains("what we know")), "{en:#?}");
    assert!(en.iter().any(|t| t.contains("killed at least four")), "{en:#?}");
}
