//! The Snowball stemmers for German and English (Porter2), written out for
//! this crate's one use: the stems of lowercase content words in the
//! comparison keys ([`super::stem`]).
//!
//! Why not the `rust-stemmers` crate: its generated code walks each word
//! through a general Snowball machine (a cursor in UTF-8 bytes, `among`
//! tables searched per step); a German word cost about 3,900 instructions,
//! 6% of a whole analysis natively, and the two algorithms with that machine
//! weighed about 8 KB of wasm. Here the same algorithms are direct steps
//! over the word. They give the same stem as `rust-stemmers` 1.2
//! (`german.sbl` with the `-nisse` rule, `english.sbl` of 2017) for every
//! word: the tests compare the two on every word of the seeds, the spec
//! files and the corpus, and on some 50,000 generated forms that stack the
//! suffixes of every step (`rust-stemmers` stays a dev-dependency for that).
//!
//! German (<https://snowballstem.org/algorithms/german/stemmer.html>): `ß`
//! becomes `ss`; `u` and `y` between vowels are marked as consonants;
//! regions R1 and R2 are found; three groups of suffixes are removed in
//! order, each only inside its region; the marks and umlauts are undone.
//! English (<https://snowballstem.org/algorithms/english/stemmer.html>):
//! exceptional words, `y` marked as a consonant, regions with the `gener-`,
//! `commun-`, `arsen-` prefixes, then steps 1a to 5.

// The word is worked on as UTF-8 bytes: every suffix the steps remove is
// ASCII, and the only letters beyond ASCII that the steps test are the
// umlauts (`ä` `ö` `ü`: 0xC3 followed by 0xA4, 0xB6, 0xBC). A continuation
// byte never equals an ASCII letter, so a test of "the letter before" on
// the byte before is exact. `u` and `y` marked as consonants are stored as
// `U` and `Y`.

/// Whether the character starting at byte `i` is a vowel (`y` and the
/// umlauts included), and how many bytes it has.
fn vowel_at(w: &[u8], i: usize) -> (bool, usize) {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => (true, 1),
        0xC3 if w.get(i + 1).is_some_and(|b| matches!(b, 0xA4 | 0xB6 | 0xBC)) => (true, 2),
        b if b < 0x80 => (false, 1),
        b => (false, (b.leading_ones() as usize).max(1)),
    }
}

/// Whether the character that ends at byte `i` is a vowel.
fn vowel_before(w: &[u8], i: usize) -> bool {
    match i {
        0 => false,
        1 => vowel_at(w, 0).0,
        _ => {
            matches!(w[i - 1], b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
                || w[i - 2] == 0xC3 && matches!(w[i - 1], 0xA4 | 0xB6 | 0xBC)
        }
    }
}

/// Letters an `-s` ending may follow.
fn s_ending(b: u8) -> bool {
    matches!(b, b'b' | b'd' | b'f' | b'g' | b'h' | b'k' | b'l' | b'm' | b'n' | b'r' | b't')
}

/// Letters an `-st` ending may follow (those of `-s`, less `r`).
fn st_ending(b: u8) -> bool {
    b != b'r' && s_ending(b)
}

/// The longest of `suffixes` that `w` ends with, and the byte where it starts.
fn longest<'s>(w: &[u8], suffixes: &[&'s str]) -> Option<(&'s str, usize)> {
    let mut best: Option<&str> = None;
    for s in suffixes {
        if w.ends_with(s.as_bytes()) && best.is_none_or(|b| b.len() < s.len()) {
            best = Some(s);
        }
    }
    best.map(|s| (s, w.len() - s.len()))
}

/// The byte before position `at` (0 at the start, which no test matches).
fn before(w: &[u8], at: usize) -> u8 {
    if at == 0 {
        0
    } else {
        w[at - 1]
    }
}

/// Start of R1 and R2 (byte offsets): after the first non-vowel that
/// follows a vowel, the second time (R1 at least three letters in); the
/// word's end where there is none.
fn regions(w: &[u8]) -> (usize, usize) {
    let n = w.len();
    // Where the first non-vowel after a vowel, from byte `from` on, ends.
    let after_vowel_then_consonant = |from: usize| -> Option<usize> {
        let (mut i, mut seen_vowel) = (from, false);
        while i < n {
            let (v, len) = vowel_at(w, i);
            i += len;
            if seen_vowel && !v {
                return Some(i);
            }
            seen_vowel |= v;
        }
        None
    };
    // Three letters in, or no regions at all for shorter words.
    let mut three = 0;
    for _ in 0..3 {
        if three >= n {
            return (n, n);
        }
        three += vowel_at(w, three).1;
    }
    let Some(p1) = after_vowel_then_consonant(0) else { return (n, n) };
    (p1.max(three), after_vowel_then_consonant(p1).unwrap_or(n))
}

/// The German Snowball stem of a lowercase word.
pub fn german(word: &str) -> String {
    // `ß` is 0xC3 0x9F; a 0x9F byte is rare, and a plain copy otherwise.
    let mut w = if word.bytes().any(|b| b == 0x9F) { word.replace('ß', "ss") } else { word.to_owned() }.into_bytes();
    // `u` and `y` between vowels are consonants: marked upper case, which
    // no vowel test matches, until the end.
    for i in 1..w.len().saturating_sub(1) {
        if matches!(w[i], b'u' | b'y') && vowel_before(&w, i) && vowel_at(&w, i + 1).0 {
            w[i] = w[i].to_ascii_uppercase();
        }
    }
    let (p1, p2) = regions(&w);

    // Step 1.
    if let Some((suffix, at)) = longest(&w, &["em", "ern", "er", "e", "en", "es", "s"]) {
        if at >= p1 {
            match suffix {
                "s" => {
                    if s_ending(before(&w, at)) {
                        w.truncate(at);
                    }
                }
                "e" | "en" | "es" => {
                    w.truncate(at);
                    // -nisse: the doubled s goes too.
                    if w.ends_with(b"niss") {
                        w.pop();
                    }
                }
                _ => w.truncate(at),
            }
        }
    }
    // Step 2.
    if let Some((suffix, at)) = longest(&w, &["en", "er", "est", "st"]) {
        // -st only after an st-ending letter with three more before it.
        let st_allowed = || st_ending(before(&w, at)) && at >= 1 && letters(&w[..at - 1]) >= 3;
        if at >= p1 && (suffix != "st" || st_allowed()) {
            w.truncate(at);
        }
    }
    // Step 3: derivational suffixes, in R2.
    if let Some((suffix, at)) = longest(&w, &["end", "ung", "ig", "ik", "isch", "lich", "heit", "keit"]) {
        if at >= p2 {
            match suffix {
                "end" | "ung" => {
                    w.truncate(at);
                    if w.ends_with(b"ig") && at - 2 >= p2 && before(&w, at - 2) != b'e' {
                        w.truncate(at - 2);
                    }
                }
                "ig" | "ik" | "isch" => {
                    if before(&w, at) != b'e' {
                        w.truncate(at);
                    }
                }
                "lich" | "heit" => {
                    w.truncate(at);
                    if (w.ends_with(b"er") || w.ends_with(b"en")) && at - 2 >= p1 {
                        w.truncate(at - 2);
                    }
                }
                _ => {
                    // -keit, then -lich or -ig before it.
                    w.truncate(at);
                    if let Some((_, inner)) = longest(&w, &["lich", "ig"]) {
                        if inner >= p2 {
                            w.truncate(inner);
                        }
                    }
                }
            }
        }
    }
    // The marks and umlauts undone, in place: an umlaut's two bytes become
    // one letter. Only ASCII letters were changed and only ASCII suffixes
    // cut off, so the bytes stay whole UTF-8.
    let mut j = 0;
    let mut i = 0;
    while i < w.len() {
        let (plain, len) = match (w[i], w.get(i + 1)) {
            (b'Y', _) => (b'y', 1),
            (b'U', _) => (b'u', 1),
            (0xC3, Some(0xA4)) => (b'a', 2),
            (0xC3, Some(0xB6)) => (b'o', 2),
            (0xC3, Some(0xBC)) => (b'u', 2),
            (b, _) => (b, 1),
        };
        w[j] = plain;
        j += 1;
        i += len;
    }
    w.truncate(j);
    String::from_utf8(w).unwrap_or_default()
}

/// The number of characters in UTF-8 bytes.
fn letters(w: &[u8]) -> usize {
    w.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

/// English words as characters: Porter2 tests letters at fixed places
/// before a suffix (`hop`, "at the start"), which is clearest over a
/// character array, and English words are few in the German-first corpus.
struct Chars(Vec<char>);

impl Chars {
    fn ends_with(&self, suffix: &str) -> bool {
        let n = suffix.len(); // the suffixes are ASCII
        n <= self.0.len() && self.0[self.0.len() - n..].iter().copied().eq(suffix.chars())
    }

    /// The longest of `suffixes` the word ends with, and where it starts.
    fn longest<'s>(&self, suffixes: &[&'s str]) -> Option<(&'s str, usize)> {
        let mut best: Option<&str> = None;
        for s in suffixes {
            if self.ends_with(s) && best.is_none_or(|b| b.len() < s.len()) {
                best = Some(s);
            }
        }
        best.map(|s| (s, self.0.len() - s.len()))
    }

    /// The longest suffix of `table` the word ends with, its replacement,
    /// and where it starts.
    fn longest_of<'s>(&self, table: &[(&'s str, &'s str)]) -> Option<(&'s str, &'s str, usize)> {
        let mut best: Option<(&str, &str)> = None;
        for &(s, with) in table {
            if self.ends_with(s) && best.is_none_or(|b| b.0.len() < s.len()) {
                best = Some((s, with));
            }
        }
        best.map(|(s, with)| (s, with, self.0.len() - s.len()))
    }

    /// Replaces everything from `at` with `with`.
    fn replace(&mut self, at: usize, with: &str) {
        self.0.truncate(at);
        self.0.extend(with.chars());
    }

    fn vowel(&self, i: usize) -> bool {
        matches!(self.0[i], 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
    }

    /// Whether the word up to `end` ends in a short syllable: a vowel
    /// between non-vowels, the last not `w`, `x` or `Y`; or a vowel at the
    /// start followed by a non-vowel.
    fn short_syllable(&self, end: usize) -> bool {
        if end < 2 || self.vowel(end - 1) || !self.vowel(end - 2) {
            return false;
        }
        end == 2 || !matches!(self.0[end - 1], 'w' | 'x' | 'Y') && !self.vowel(end - 3)
    }

    /// Where the first non-vowel after a vowel, from `from` on, ends.
    fn after_vowel_then_consonant(&self, from: usize) -> Option<usize> {
        let v = (from..self.0.len()).find(|&i| self.vowel(i))?;
        (v + 1..self.0.len()).find(|&i| !self.vowel(i)).map(|i| i + 1)
    }
}

/// Whole words with a fixed stem (Porter2's first exception list).
const ENGLISH_EXCEPTIONS: [(&str, &str); 18] = [
    ("skis", "ski"),
    ("skies", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("idly", "idl"),
    ("gently", "gentl"),
    ("ugly", "ugli"),
    ("early", "earli"),
    ("only", "onli"),
    ("singly", "singl"),
    ("sky", "sky"),
    ("news", "news"),
    ("howe", "howe"),
    ("atlas", "atlas"),
    ("cosmos", "cosmos"),
    ("bias", "bias"),
    ("andes", "andes"),
];

/// The English Snowball (Porter2) stem of a lowercase word.
pub fn english(word: &str) -> String {
    if let Some((_, stem)) = ENGLISH_EXCEPTIONS.iter().find(|(w, _)| *w == word) {
        return (*stem).to_owned();
    }
    let mut w = Chars(word.chars().collect());
    if w.0.len() < 3 {
        return word.to_owned();
    }
    // Prelude: a leading apostrophe goes; `y` at the start or after a vowel
    // is a consonant (`Y`).
    if w.0[0] == '\'' {
        w.0.remove(0);
    }
    let mut marked = false;
    if w.0.first() == Some(&'y') {
        w.0[0] = 'Y';
        marked = true;
    }
    for i in 1..w.0.len() {
        if w.0[i] == 'y' && w.vowel(i - 1) {
            w.0[i] = 'Y';
            marked = true;
        }
    }
    // Regions.
    let n = w.0.len();
    let prefix = ["gener", "commun", "arsen"]
        .iter()
        .find(|p| w.0.len() >= p.len() && w.0[..p.len()].iter().copied().eq(p.chars()));
    let p1 = match prefix {
        Some(p) => Some(p.len()),
        None => w.after_vowel_then_consonant(0),
    };
    let (p1, p2) = match p1 {
        Some(p1) => (p1, w.after_vowel_then_consonant(p1).unwrap_or(n)),
        None => (n, n),
    };

    // Step 1a: possessives, then plurals.
    if let Some((_, at)) = w.longest(&["'", "'s", "'s'"]) {
        w.0.truncate(at);
    }
    if let Some((suffix, at)) = w.longest(&["sses", "ied", "ies", "s", "us", "ss"]) {
        match suffix {
            "sses" => w.replace(at, "ss"),
            "ied" | "ies" => w.replace(at, if at >= 2 { "i" } else { "ie" }),
            // -s goes where a vowel comes before the letter before it.
            "s" if at >= 1 && (0..at - 1).any(|i| w.vowel(i)) => w.0.truncate(at),
            _ => {}
        }
    }
    let invariant = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];
    if !invariant.iter().any(|x| w.0.len() == x.len() && w.ends_with(x)) {
        english_steps(&mut w, p1, p2);
    }
    let stem = w.0.into_iter();
    if marked {
        stem.map(|c| if c == 'Y' { 'y' } else { c }).collect()
    } else {
        stem.collect()
    }
}

/// Porter2's steps 1b to 5, on a word past step 1a.
fn english_steps(w: &mut Chars, p1: usize, p2: usize) {
    // Step 1b.
    if let Some((suffix, at)) = w.longest(&["eed", "eedly", "ed", "edly", "ing", "ingly"]) {
        if suffix.starts_with("eed") {
            if at >= p1 {
                w.replace(at, "ee");
            }
        } else if (0..at).any(|i| w.vowel(i)) {
            w.0.truncate(at);
            let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
            if w.ends_with("at") || w.ends_with("bl") || w.ends_with("iz") {
                w.0.push('e');
            } else if doubles.iter().any(|d| w.ends_with(d)) {
                w.0.pop();
            } else if at == p1 && w.short_syllable(at) {
                w.0.push('e');
            }
        }
    }
    // Step 1c: a final y after a non-vowel (not the first letter) is i.
    let n = w.0.len();
    if n >= 3 && matches!(w.0[n - 1], 'y' | 'Y') && !w.vowel(n - 2) {
        w.0[n - 1] = 'i';
    }
    // Step 2.
    const STEP_2: [(&str, &str); 24] = [
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("abli", "able"),
        ("entli", "ent"),
        ("izer", "ize"),
        ("ization", "ize"),
        ("ational", "ate"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("aliti", "al"),
        ("alli", "al"),
        ("fulness", "ful"),
        ("ousli", "ous"),
        ("ousness", "ous"),
        ("iveness", "ive"),
        ("iviti", "ive"),
        ("biliti", "ble"),
        ("bli", "ble"),
        ("ogi", "og"),
        ("fulli", "ful"),
        ("lessli", "less"),
        ("li", ""),
    ];
    if let Some((suffix, with, at)) = w.longest_of(&STEP_2) {
        if at >= p1 {
            let before = at.checked_sub(1).map(|i| w.0[i]);
            match suffix {
                "ogi" if before != Some('l') => {}
                "li" if !before
                    .is_some_and(|c| matches!(c, 'c' | 'd' | 'e' | 'g' | 'h' | 'k' | 'm' | 'n' | 'r' | 't')) => {}
                _ => w.replace(at, with),
            }
        }
    }
    // Step 3.
    const STEP_3: [(&str, &str); 9] = [
        ("tional", "tion"),
        ("ational", "ate"),
        ("alize", "al"),
        ("icate", "ic"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
        ("ative", ""),
    ];
    if let Some((suffix, with, at)) = w.longest_of(&STEP_3) {
        if at >= p1 && (suffix != "ative" || at >= p2) {
            w.replace(at, with);
        }
    }
    // Step 4.
    let step_4 = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion",
    ];
    if let Some((suffix, at)) = w.longest(&step_4) {
        if at >= p2 && (suffix != "ion" || at >= 1 && matches!(w.0[at - 1], 's' | 't')) {
            w.0.truncate(at);
        }
    }
    // Step 5.
    let n = w.0.len();
    if n >= 1 && w.0[n - 1] == 'e' {
        let at = n - 1;
        if at >= p2 || at >= p1 && !w.short_syllable(at) {
            w.0.truncate(at);
        }
    } else if n >= 2 && w.0[n - 1] == 'l' && n > p2 && w.0[n - 2] == 'l' {
        w.0.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::{english, german};
    use rust_stemmers::{Algorithm, Stemmer};

    /// The lowercase words of `text` that hold a letter.
    fn words(text: &str) -> impl Iterator<Item = String> + '_ {
        text.split(|c: char| !c.is_alphanumeric() && c != 'ß')
            .filter(|w| w.chars().any(char::is_alphabetic))
            .map(str::to_lowercase)
    }

    /// Lists every word whose German stem differs from `rust-stemmers`'.
    fn differences(all: impl Iterator<Item = String>) -> (usize, Vec<String>) {
        differences_in(Algorithm::German, german, all)
    }

    /// Lists every word whose stem differs from `rust-stemmers`'.
    fn differences_in(
        algorithm: Algorithm,
        ours: fn(&str) -> String,
        all: impl Iterator<Item = String>,
    ) -> (usize, Vec<String>) {
        let reference = Stemmer::create(algorithm);
        let mut seen = std::collections::BTreeSet::new();
        let mut wrong = Vec::new();
        for w in all {
            if seen.insert(w.clone()) {
                let (ours, theirs) = (ours(&w), reference.stem(&w).into_owned());
                if ours != theirs {
                    wrong.push(format!("{w}: {ours} (rust-stemmers: {theirs})"));
                }
            }
        }
        (seen.len(), wrong)
    }

    /// The text of the files in `dir` with one of `extensions`.
    fn text_in(dir: &std::path::Path, extensions: &[&str]) -> String {
        let mut text = String::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| extensions.iter().any(|x| e == *x)) {
                text.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
        text
    }

    /// Both stemmers agree with `rust-stemmers` on every word of `text`
    /// (English on German words too: any word is a fair test of the steps).
    fn assert_same_stems(text: &str, at_least: usize) {
        let (n, wrong) = differences(words(text));
        assert!(n > at_least, "only {n} words read");
        assert!(wrong.is_empty(), "{} of {n} words differ:\n{}", wrong.len(), wrong.join("\n"));
        let (n, wrong) = differences_in(Algorithm::English, english, words(text));
        assert!(wrong.is_empty(), "English: {} of {n} words differ:\n{}", wrong.len(), wrong.join("\n"));
    }

    /// Every beginning, middle and ending put together.
    fn forms(beginnings: &[&str], middles: &[&str], endings: &[&str]) -> Vec<String> {
        let mut all = Vec::new();
        for b in beginnings {
            for m in middles {
                for e in endings {
                    all.push(format!("{b}{m}{e}"));
                }
            }
        }
        all.retain(|w| !w.is_empty());
        all
    }

    /// Asserts that none of `wrong` (out of `n` forms, at least `at_least`) differs.
    fn assert_no_differences((n, wrong): (usize, Vec<String>), at_least: usize) {
        assert!(n > at_least, "only {n} forms");
        let shown = wrong.iter().take(40).cloned().collect::<Vec<_>>().join("\n");
        assert!(wrong.is_empty(), "{} of {n} forms differ:\n{shown}", wrong.len());
    }

    #[test]
    fn same_stems_as_rust_stemmers_on_the_seeds_and_specs() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = text_in(&root.join("tests/data/seeds"), &["txt"]) + &text_in(&root.join("tests/data"), &["toml"]);
        assert_same_stems(&text, 1000);
    }

    #[test]
    #[cfg_attr(not(has_corpus), ignore = "needs the shared corpus (../shared/corpus)")]
    fn same_stems_as_rust_stemmers_on_the_corpus() {
        let dir = std::env::var_os("FAKTENLAGE_CORPUS")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
        assert_same_stems(&text_in(&dir, &["txt", "md"]), 500);
    }

    /// Every stem and suffix combination of the German steps, on
    /// beginnings with different regions (short, vowel-initial, `u`/`y`
    /// between vowels, umlauts, `ß`).
    #[test]
    fn same_stems_as_rust_stemmers_on_generated_forms() {
        let beginnings = [
            "", "a", "ab", "bau", "kat", "erg", "straß", "bayer", "neu", "freu", "häus", "schön", "über", "aue",
            "taue", "ergebn", "kategor", "ahn", "ordn", "eu", "qu", "heu", "flü", "st", "mäd", "kä",
        ];
        let middles = ["", "e", "i", "ig", "lich", "er", "en", "end", "un", "ni", "nis", "s", "t", "b", "r", "ü", "y"];
        let endings = [
            "", "e", "em", "en", "er", "ern", "es", "s", "st", "est", "end", "ung", "ig", "ik", "isch", "lich", "heit",
            "keit", "igkeit", "lichkeit", "erlich", "enheit", "igend", "eigung", "nisse", "nissen", "isse", "bst",
            "rst", "tst", "ends", "ungen", "igen", "lichen", "heiten", "keiten", "ischen", "ikern",
        ];
        assert_no_differences(differences(forms(&beginnings, &middles, &endings).into_iter()), 10_000);
    }

    /// English forms for every rule of Porter2: beginnings with different
    /// regions (`gener-`, `commun-`, short syllables, `y` after vowels)
    /// and every suffix of the steps, alone and stacked.
    #[test]
    fn same_english_stems_as_rust_stemmers_on_generated_forms() {
        let beginnings = [
            "", "y", "a", "'", "ab", "hop", "bat", "gener", "commun", "arsen", "sayy", "boy", "play", "cr", "fl", "tr",
            "agree", "proc", "happ", "dy", "ski", "fix", "snow", "rel", "nation", "form", "hope", "ca", "sky", "emb",
        ];
        let middles = ["", "e", "i", "y", "at", "bl", "iz", "b", "l", "s", "t", "ic", "ful", "al", "ous", "iv", "ent"];
        let endings = [
            "", "s", "'s", "'", "'s'", "sses", "ied", "ies", "us", "ss", "eed", "eedly", "ed", "edly", "ing", "ingly",
            "y", "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism",
            "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "fulli",
            "lessli", "li", "alize", "icate", "iciti", "ical", "ful", "ness", "ative", "al", "ance", "ence", "er",
            "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
            "sion", "tion", "e", "le", "ll", "ly", "ings", "ations", "nesses",
        ];
        let mut all = forms(&beginnings, &middles, &endings);
        all.extend(super::ENGLISH_EXCEPTIONS.iter().map(|(w, _)| w.to_string()));
        let invariant = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed", "news's"];
        all.extend(invariant.map(String::from));
        assert_no_differences(differences_in(Algorithm::English, english, all.into_iter()), 30_000);
    }

    #[test]
    fn examples_from_the_snowball_pages() {
        for (word, stem) in [
            ("aufeinanderfolgenden", "aufeinanderfolg"),
            ("kategorischen", "kategor"),
            ("katers", "kat"),
            ("kätzchens", "katzch"),
            ("ergebnisse", "ergebnis"),
            ("straße", "strass"),
            ("soldaten", "soldat"),
            ("freundlichkeit", "freundlich"),
        ] {
            assert_eq!(german(word), stem, "{word}");
        }
        for (word, stem) in [
            ("consigned", "consign"),
            ("generously", "generous"),
            ("troops", "troop"),
            ("skies", "sky"),
            ("hopping", "hop"),
            ("agreed", "agre"),
            ("evacuated", "evacu"),
        ] {
            assert_eq!(english(word), stem, "{word}");
        }
    }
}
