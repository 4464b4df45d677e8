//! Verbs of saying and denying, German and English, in one table.
//!
//! Each word carries flags for the roles it plays; the attribution reader
//! and the modality classifier look words up here instead of keeping lists
//! of their own. Sorted by word (checked by a test), looked up by binary
//! search: one comparison chain per token instead of one per list.

/// Introduces speech or a report: `sagte`, `meldete`, `said` (modality:
/// a quote followed by one of these is a quotation; their presence marks
/// reported speech).
pub const SPEECH: u8 = 1;
/// A finite verb whose subject is the source: `KCNA meldete`, `he said`.
pub const SOURCE_VERB: u8 = 2;
/// Denies what it governs: `bestritt`, `dementierte`, `denied`.
pub const DENIES: u8 = 4;
/// Marks a denial cue in attribution, including the `wies` of `wies … zurück`.
pub const DENIAL_CUE: u8 = 8;

/// (word, flags), sorted by word.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const VERBS: &[(&str, u8)] = &[
    ("acknowledged", SPEECH | SOURCE_VERB),
    ("added", SPEECH | SOURCE_VERB),
    ("admitted", SPEECH | SOURCE_VERB),
    ("angekündigt", SPEECH),
    ("ankündigte", SPEECH | SOURCE_VERB),
    ("ankündigten", SPEECH | SOURCE_VERB),
    ("announced", SPEECH | SOURCE_VERB),
    ("argued", SPEECH | SOURCE_VERB),
    ("argues", SPEECH | SOURCE_VERB),
    ("argumentiert", SPEECH | SOURCE_VERB),
    ("argumentierte", SPEECH | SOURCE_VERB),
    ("argumentierten", SPEECH | SOURCE_VERB),
    ("behauptet", SPEECH),
    ("behauptete", SPEECH | SOURCE_VERB),
    ("behaupteten", SPEECH | SOURCE_VERB),
    ("bekanntgab", SPEECH | SOURCE_VERB),
    ("bekanntgaben", SPEECH | SOURCE_VERB),
    ("believe", SPEECH | SOURCE_VERB),
    ("believes", SPEECH | SOURCE_VERB),
    ("berichten", SPEECH | SOURCE_VERB),
    ("berichtet", SPEECH | SOURCE_VERB),
    ("berichtete", SPEECH | SOURCE_VERB),
    ("berichteten", SPEECH | SOURCE_VERB),
    ("bestreiten", DENIES),
    ("bestreitet", DENIES | DENIAL_CUE),
    ("bestritt", DENIES | DENIAL_CUE),
    ("bestritten", DENIES | DENIAL_CUE),
    ("bestätigte", SPEECH | SOURCE_VERB),
    ("bestätigten", SPEECH | SOURCE_VERB),
    ("betonen", SOURCE_VERB),
    ("betont", SPEECH),
    ("betonte", SPEECH | SOURCE_VERB),
    ("betonten", SPEECH | SOURCE_VERB),
    ("cited", SPEECH | SOURCE_VERB),
    ("claimed", SPEECH | SOURCE_VERB),
    ("claims", SPEECH),
    ("conceded", SPEECH | SOURCE_VERB),
    ("confirmed", SOURCE_VERB),
    ("dementieren", DENIES),
    ("dementiert", DENIES),
    ("dementierte", DENIES | DENIAL_CUE),
    ("dementierten", DENIES | DENIAL_CUE),
    ("denied", DENIES | DENIAL_CUE),
    ("denies", DENIES | DENIAL_CUE),
    ("deny", DENIES),
    ("denying", DENIES),
    ("disputed", DENIES | DENIAL_CUE),
    ("einräumte", SPEECH | SOURCE_VERB),
    ("einräumten", SPEECH | SOURCE_VERB),
    ("ergänzte", SPEECH | SOURCE_VERB),
    ("erklären", SOURCE_VERB),
    ("erklärt", SPEECH | SOURCE_VERB),
    ("erklärte", SPEECH | SOURCE_VERB),
    ("erklärten", SPEECH | SOURCE_VERB),
    ("erläuterte", SPEECH | SOURCE_VERB),
    ("estimate", SOURCE_VERB),
    ("estimates", SPEECH | SOURCE_VERB),
    ("explained", SPEECH | SOURCE_VERB),
    ("fügte", SPEECH | SOURCE_VERB),
    ("heißt", SPEECH),
    ("hieß", SPEECH),
    ("hinzufügte", SPEECH | SOURCE_VERB),
    ("insisted", SPEECH | SOURCE_VERB),
    ("kündigt", SPEECH | SOURCE_VERB),
    ("kündigte", SPEECH | SOURCE_VERB),
    ("kündigten", SPEECH | SOURCE_VERB),
    ("melden", SPEECH | SOURCE_VERB),
    ("meldet", SPEECH | SOURCE_VERB),
    ("meldete", SPEECH | SOURCE_VERB),
    ("meldeten", SPEECH | SOURCE_VERB),
    ("mitteilt", SPEECH | SOURCE_VERB),
    ("mitteilte", SPEECH | SOURCE_VERB),
    ("mitteilten", SPEECH | SOURCE_VERB),
    ("noted", SPEECH | SOURCE_VERB),
    ("refuted", DENIES),
    ("rejected", DENIES | DENIAL_CUE),
    ("rejecting", DENIES),
    ("rejects", DENIES | DENIAL_CUE),
    ("reported", SPEECH | SOURCE_VERB),
    ("reports", SPEECH),
    ("räumt", SPEECH | SOURCE_VERB),
    ("räumte", SPEECH | SOURCE_VERB),
    ("räumten", SPEECH | SOURCE_VERB),
    ("sagen", SPEECH | SOURCE_VERB),
    ("sagt", SPEECH | SOURCE_VERB),
    ("sagte", SPEECH | SOURCE_VERB),
    ("sagten", SPEECH | SOURCE_VERB),
    ("said", SPEECH | SOURCE_VERB),
    ("say", SPEECH | SOURCE_VERB),
    ("saying", SPEECH),
    ("says", SPEECH | SOURCE_VERB),
    ("schrieb", SPEECH | SOURCE_VERB),
    ("schrieben", SPEECH | SOURCE_VERB),
    ("schätzt", SPEECH | SOURCE_VERB),
    ("schätzte", SPEECH | SOURCE_VERB),
    ("schätzten", SPEECH | SOURCE_VERB),
    ("sprach", SPEECH),
    ("sprechen", SPEECH),
    ("spricht", SPEECH),
    ("stated", SPEECH | SOURCE_VERB),
    ("stressed", SPEECH | SOURCE_VERB),
    ("teilt", SPEECH | SOURCE_VERB),
    ("teilte", SPEECH | SOURCE_VERB),
    ("teilten", SPEECH | SOURCE_VERB),
    ("told", SPEECH | SOURCE_VERB),
    ("verkündet", SPEECH | SOURCE_VERB),
    ("verkündete", SPEECH | SOURCE_VERB),
    ("verkündeten", SPEECH | SOURCE_VERB),
    ("verlautet", SPEECH),
    ("verlautete", SPEECH),
    ("vermuten", SPEECH | SOURCE_VERB),
    ("vermutete", SPEECH | SOURCE_VERB),
    ("vermuteten", SPEECH | SOURCE_VERB),
    ("versicherte", SPEECH | SOURCE_VERB),
    ("vorwarf", SPEECH | SOURCE_VERB),
    ("vorwarfen", SPEECH | SOURCE_VERB),
    ("warf", SOURCE_VERB),
    ("warfen", SOURCE_VERB),
    ("warned", SPEECH | SOURCE_VERB),
    ("warnen", SOURCE_VERB),
    ("warns", SPEECH | SOURCE_VERB),
    ("warnte", SPEECH | SOURCE_VERB),
    ("warnten", SPEECH | SOURCE_VERB),
    ("weist", DENIAL_CUE),
    ("werfen", SOURCE_VERB),
    ("widersprach", DENIES | DENIAL_CUE),
    ("widersprachen", DENIES | DENIAL_CUE),
    ("widerspricht", DENIES),
    ("wies", DENIAL_CUE),
    ("wiesen", DENIAL_CUE),
    ("wirft", SOURCE_VERB),
    ("wrote", SPEECH | SOURCE_VERB),
    ("zitiert", SPEECH),
    ("zitierte", SPEECH),
    ("zurückgewiesen", DENIES),
    ("zurückwies", DENIES | DENIAL_CUE),
    ("zurückwiesen", DENIES | DENIAL_CUE),
];

/// The flags of a lowercased word (0 when it is none of these), from the
/// one index of [`super::words`] (a token's [`lex`] holds them already).
///
/// [`lex`]: crate::doc::token::Token::lex
pub fn flags(w: &str) -> u8 {
    (super::words::flags(w) & 0xF) as u8
}

/// Whether a lowercased word has `flag`.
pub fn is(w: &str, flag: u8) -> bool {
    flags(w) & flag != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_found() {
        assert!(VERBS.windows(2).all(|p| p[0].0 < p[1].0), "VERBS must be sorted and free of repeats");
        assert!(is("meldete", SPEECH) && is("meldete", SOURCE_VERB) && !is("meldete", DENIES));
        assert!(is("bestritt", DENIES) && is("bestritt", DENIAL_CUE));
        assert!(is("wies", DENIAL_CUE) && !is("wies", DENIES));
        assert_eq!(flags("haus"), 0);
    }
}
