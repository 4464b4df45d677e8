//! The two seed articles, analysed whole: every tricky line gets the right
//! block kind, metadata is read, and sentences fall where a reader would
//! put them.

use faktenlage::doc::offsets::utf16_slice;
use faktenlage::report::{ArticleReport, BlockKind};
use faktenlage::{analyze, ArticleInput, Options};

fn seed(name: &str) -> ArticleReport {
    let path = format!("{}/tests/data/seeds/{}", env!("CARGO_MANIFEST_DIR"), name);
    let text = std::fs::read_to_string(path).unwrap();
    let report = analyze(&[ArticleInput::text(text).published("2025-04-28")], &Options::default()).unwrap();
    report.articles.into_iter().next().unwrap()
}

/// Blocks as (kind, text); report offsets are UTF-16 units.
fn blocks(a: &ArticleReport) -> Vec<(BlockKind, String)> {
    a.blocks.iter().map(|b| (b.kind, utf16_slice(&a.text, b.start, b.end).unwrap())).collect()
}

fn sentences(a: &ArticleReport) -> Vec<String> {
    a.sentences.iter().map(|s| utf16_slice(&a.text, s.start, s.end).unwrap()).collect()
}

/// The kind of the one block whose text starts with `prefix`.
fn kind_of(a: &ArticleReport, prefix: &str) -> BlockKind {
    let bs = blocks(a);
    let exact: Vec<_> = bs.iter().filter(|(_, t)| t == prefix).collect();
    let found: Vec<_> =
        if exact.len() == 1 { exact } else { bs.iter().filter(|(_, t)| t.starts_with(prefix)).collect() };
    assert_eq!(found.len(), 1, "{prefix:?} should start exactly one block: {bs:#?}");
    found[0].0
}

/// Asserts the kinds of blocks named by the start of their text.
fn assert_kinds(a: &ArticleReport, expected: &[(BlockKind, &str)]) {
    let wrong: Vec<String> = expected
        .iter()
        .filter(|(k, p)| kind_of(a, p) != *k)
        .map(|(k, p)| format!("{p:?}: want {k:?}, got {:?}", kind_of(a, p)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn assert_one_sentence(a: &ArticleReport, sentence: &str) {
    let ss = sentences(a);
    assert!(ss.iter().any(|s| s == sentence), "not one sentence: {sentence:?}\n{ss:#?}");
}

#[test]
fn seed_000_blocks() {
    use BlockKind::*;
    let a = seed("000_f1b10fb3713ca5b6.txt");
    assert_kinds(
        &a,
        &[
            (Headline, "Ukraine-Krieg: Nordkorea"),
            (Other, "Ukraine-Krieg:Nordkorea"),
            (Other, "|"),
            (Lede, "Das Regime in Pjöngjang gibt erstmals zu"),
            (Caption, "Kim Jong Un der mit Offizieren"),
            (Caption, "Nordkorea hat Russland für den Angriffskrieg"),
            (Media, "13.01.2025 | 1:27 min"),
            (Body, "Nordkorea hat erstmals die Entsendung"),
            (Body, "Untereinheiten der nordkoreanischen"),
            (Body, "Die Entsendung der Truppen erfolgte"),
            (Caption, "Die Regierungschefs Nordkoreas und Russlands"),
            (Caption, "Kim unterstützt Putin in seinem Krieg"),
            (Media, "29.01.2025 | 7:52 min"),
            (Subheading, "Russland meldet Rückeroberung der Region Kursk"),
            (Body, "Russland hatte am Samstag erstmals"),
            (Body, "Das ukrainische Militär bestritt"),
            (Caption, "Ein zerstörter russischer Panzer"),
            (Caption, "In der russischen Grenzregion Kursk sollen"),
            (Media, "18.12.2024 | 0:24 min"),
            (Subheading, "Offenbar mehr als 10.000 Nordkoreaner im Einsatz"),
            (Body, "Nach Angaben von Geheimdienstmitarbeitern"),
            (Body, "Beobachtern zufolge"),
            (Body, "Neben Soldaten soll die Führung"),
            (Related, "Aktuelle Meldungen zu Russlands Angriff"),
            (Related, "Russland greift die Ukraine an"),
            (Related, ":Aktuelles zum Krieg in der Ukraine"),
            (Related, "Seit Februar 2022 führt Russland"),
            (Caption, "Olena Selenska (2.vl)"),
            (Other, "Liveblog"),
            (Source, "Quelle: AFP, AP, dpa, Reuters"),
            (Related, "Aktuelle Nachrichten zur Ukraine"),
            (Other, "OSZAR »"),
        ],
    );
    // The glue points are exact: the caption keeps its period, the stamp stands alone.
    let bs = blocks(&a);
    assert!(bs.contains(&(
        Caption,
        "Nordkorea hat Russland für den Angriffskrieg gegen die Ukraine Soldaten bereitgestellt.".into()
    )));
    assert!(bs.contains(&(Caption, "In der russischen Grenzregion Kursk sollen bei Kämpfen viele nordkoreanische Soldaten gefallen sein. Es gebe hunderte Tote und Verletzte. Das heißt es aus Kreisen des US-Militärs.".into())));
}

#[test]
fn seed_000_metadata_and_sentences() {
    let a = seed("000_f1b10fb3713ca5b6.txt");
    assert_eq!(a.title.as_deref(), Some("Ukraine-Krieg: Nordkorea bestätigt Militäreinsatz in Russland"));
    assert_eq!(a.kicker.as_deref(), Some("Ukraine-Krieg"));
    assert_eq!(a.agencies, vec!["AFP", "AP", "dpa", "Reuters"]);
    assert_eq!(a.published.as_deref(), Some("2025-04-28"));
    assert_eq!(a.language, "de");
    assert!(a.dateline.is_empty());
    // Headline and subheadings are sentences of their own.
    assert_one_sentence(&a, "Ukraine-Krieg: Nordkorea bestätigt Militäreinsatz in Russland");
    assert_one_sentence(&a, "Offenbar mehr als 10.000 Nordkoreaner im Einsatz");
    assert_one_sentence(&a, "Untereinheiten der nordkoreanischen Streitkräfte hätten an den \"Operationen zur Befreiung\" der Gebiete in Kursk teilgenommen, meldete KCNA weiter.");
    assert_one_sentence(&a, "Nach Angaben von Geheimdienstmitarbeitern aus den USA, Südkorea und der Ukraine hat Nordkorea im vergangenen Herbst etwa 10.000 bis 12.000 Soldaten nach Russland entsandt.");
    // The caption with `2. Korps` is not prose, so it has no sentences at all.
    assert!(!sentences(&a).iter().any(|s| s.contains("2. Korps") || s.contains("(2.vl)") || s.contains("min")));
    no_sentence_outside_prose(&a);
}

#[test]
fn seed_001_blocks() {
    use BlockKind::*;
    let a = seed("001_603facece05b4bf3.txt");
    assert_kinds(
        &a,
        &[
            (Kicker, "Ukrainekrieg"),
            (Headline, "Ukrainekrieg: Putin lobt"),
            (Lede, "Sowohl Moskau als auch Pjöngjang"),
            (Credit, "Pool Sputnik Kremlin/AP"),
            (Body, "Der russische Präsident hat die Beteiligung"),
            (Body, "Zuvor hatte auch Nordkorea"),
            (Body, "Kim Jong-un habe die Entscheidung"),
            (Subheading, "Russland bestätigt auch nordkoreanische Beteiligung an Kursk-Kämpfen"),
            (Body, "Die russische Armee hat Kursk"),
            (Body, "Alexander Garmaew, ein russischer Kriegskorrespondent"),
            (Body, "Die ukrainische Armee hatte im Sommer 2024"),
            (Source, "(mit AFP)"),
        ],
    );
    // Both copies of the duplicated caption are captions; the credit is cut off the second.
    let caption = "Der russische Präsident Wladimir Putin (l.) und der nordkoreanische Staatschef Kim Jong-un posieren für ein Foto während einer Unterzeichnungszeremonie.";
    let bs = blocks(&a);
    assert_eq!(bs.iter().filter(|b| *b == &(Caption, caption.to_string())).count(), 2, "{bs:#?}");
    // The source marker is cut off the last paragraph, which ends at its period.
    assert!(bs.iter().any(|(k, t)| *k == Body && t.ends_with("in Kursk zu unterstützen.")));
}

#[test]
fn seed_001_metadata_and_sentences() {
    let a = seed("001_603facece05b4bf3.txt");
    assert_eq!(
        a.title.as_deref(),
        Some("Ukrainekrieg: Putin lobt nordkoreanische Soldaten in russischer Grenzregion Kursk")
    );
    assert_eq!(a.kicker.as_deref(), Some("Ukrainekrieg"));
    assert_eq!(a.agencies, vec!["AFP"]);
    assert_one_sentence(&a, "„Wir würdigen den Heldenmut, das hohe Niveau der Spezialausbildung und das Engagement der koreanischen Soldaten, die Seite an Seite mit russischen Kämpfern unser Vaterland wie ihr eigenes verteidigten“, heißt es in einer am Montag veröffentlichten Mitteilung des Kremls.");
    assert_one_sentence(&a, "Auf ihren Helmen sind St.-Georgs-Bänder zu sehen.");
    assert_one_sentence(&a, "„Nordkoreanische Soldaten, die an der Befreiung der Region Kursk teilgenommen haben“, lautet die Bildunterschrift.");
    assert_one_sentence(&a, "Die Einsätze seien „siegreich abgeschlossen“ worden.");
    assert_one_sentence(&a, "Russland bestätigt auch nordkoreanische Beteiligung an Kursk-Kämpfen");
    assert_one_sentence(&a, "Nach Angaben südkoreanischer und westlicher Geheimdienste entsandte Nordkorea im vergangenen Jahr mehr als 10.000 Soldaten nach Russland, um das Land im Kampf gegen die ukrainische Offensive in Kursk zu unterstützen.");
    // `(l.)` only occurs in captions, which have no sentences.
    assert!(!sentences(&a).iter().any(|s| s.contains("(l.)") || s.contains("Kremlin/AP") || s.contains("mit AFP")));
    no_sentence_outside_prose(&a);
}

#[test]
fn abbreviation_l_does_not_split_in_prose() {
    let text =
        "Putin (l.) und Kim Jong-un unterzeichneten den Vertrag am Mittwoch in Pjöngjang. Danach gab es ein Essen.";
    let r = analyze(&[ArticleInput::text(text)], &Options::default()).unwrap();
    let a = &r.articles[0];
    assert_eq!(sentences(a)[0], "Putin (l.) und Kim Jong-un unterzeichneten den Vertrag am Mittwoch in Pjöngjang.");
}

fn no_sentence_outside_prose(a: &ArticleReport) {
    for s in &a.sentences {
        let b = a.blocks[s.block];
        assert!(b.kind.is_prose(), "sentence in a {:?} block", b.kind);
        assert!(b.start <= s.start && s.end <= b.end);
    }
}
