//! What kind of source a phrase names: state media, military,
//! intelligence, an official body, a person, the press, observers,
//! anonymous circles.

use super::*;
/// What kind of source a phrase names: known institutions first, then a named
/// person, then telling words, then a state (its government speaking).
pub(super) fn classify_source(source: &str, ents: &[Entity], span: &std::ops::Range<usize>) -> SourceKind {
    let inside: Vec<&Entity> = ents.iter().filter(|e| e.start >= span.start && e.end <= span.end).collect();
    let by_id = |id: &str| -> Option<SourceKind> {
        Some(match id {
            "kcna" | "tass" | "ria_novosti" | "rodong_sinmun" => SourceKind::StateMedia,
            "nis" => SourceKind::Intelligence,
            "us_military" | "general_staff" | "ukraine_general_staff" | "russia_general_staff" | "wpk_cmc" => {
                SourceKind::Military
            }
            "kremlin" | "bundeswahlleitung" | "dwd" | "landratsamt" | "nato" | "eu" | "un" => SourceKind::Official,
            "dpa" | "afp" | "ap" | "reuters" | "yonhap" | "interfax" => SourceKind::Media,
            _ => return None,
        })
    };
    let l = source.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if let Some(k) = inside.iter().filter_map(|e| by_id(&e.id)).find(|k| *k == SourceKind::StateMedia) {
        return k;
    }
    if has(&[
        "staatsmedien",
        "staatliche nachrichtenagentur",
        "staatlichen nachrichtenagentur",
        "state news agency",
        "state media",
        "staatsfernsehen",
        "state television",
    ]) {
        return SourceKind::StateMedia;
    }
    if let Some(k) = inside.iter().find_map(|e| by_id(&e.id)) {
        return k;
    }
    if inside.iter().any(|e| e.kind == EntityKind::Person) {
        return SourceKind::Person;
    }
    if has(&["geheimdienst", "nachrichtendienst", "intelligence", "spy agency"]) {
        return SourceKind::Intelligence;
    }
    if has(&[
        "militär",
        "armee",
        "generalstab",
        "streitkräfte",
        "military",
        "army",
        "general staff",
        "verteidigungsministerium",
        "pentagon",
    ]) {
        return SourceKind::Military;
    }
    if has(&[
        "kreml",
        "regierung",
        "ministerium",
        "präsident",
        "minister",
        "behörde",
        "amt",
        "polizei",
        "feuerwehr",
        "wetterdienst",
        "wahlleit",
        "sprecher",
        "government",
        "ministry",
        "official",
        "authorit",
        "police",
        "kremlin",
        "white house",
    ]) {
        return SourceKind::Official;
    }
    if has(&["beobachter", "experte", "expertin", "analyst", "observer", "expert", "forscher", "researcher"]) {
        return SourceKind::Observer;
    }
    if has(&["kreise", "kreisen", "insider", "anonym", "sources", "quellen", "circles"]) {
        return SourceKind::Anonymous;
    }
    if has(&[
        "zeitung",
        "sender",
        "nachrichtenagentur",
        "agentur",
        "newspaper",
        "news agency",
        "broadcaster",
        "magazin",
        "tv",
        "bericht",
        "report",
    ]) || source.starts_with(|c: char| is_quote_mark(c.encode_utf8(&mut [0; 4])))
    {
        // (A report no office gave out, and a title in quotation marks,
        // `laut „Bild“`, are the press's.)
        return SourceKind::Media;
    }
    if inside.iter().any(|e| e.kind == EntityKind::State) {
        return SourceKind::Official;
    }
    SourceKind::Other
}
