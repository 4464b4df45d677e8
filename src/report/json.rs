//! The report as JSON text, written by hand.
//!
//! This is what crosses the wasm boundary (one string, parsed by
//! `JSON.parse` on the JS side) and what the CLI prints. A small writer of
//! our own keeps serde's generic serializer code and the float printer out of
//! the browser build; the field lists below are the only place the JSON shape
//! is spelled out, and a test checks them against the serde derives (the
//! shape `docs/report.schema.json` describes).
//!
//! Strings: plain UTF-8 for the CLI; ASCII only in the wasm build, for
//! JavaScript's decoder ([`ASCII_ONLY`]).
//!
//! Numbers: integers are written exactly; other values with at most six
//! decimals (scores, fractional figures), which is more than any figure in
//! the news has.

use super::*;
use crate::join::push_decimal;

/// Writes `report` as compact JSON.
pub fn to_json(report: &Report) -> String {
    let mut out = String::with_capacity(4096 + report.articles.iter().map(|a| a.text.len() * 2).sum::<usize>());
    report.write(&mut out);
    out
}

/// Writes `s` as a JSON string (quoted and escaped).
pub fn write_str(s: &str, out: &mut String) {
    s.write(out)
}

/// A number as the report writes it (`10000`, `1.5`), for keys that must
/// match it without the float printer.
pub fn number(v: f64) -> String {
    let mut out = String::new();
    v.write(&mut out);
    out
}

/// Something that writes itself as JSON.
pub(crate) trait Json {
    fn write(&self, out: &mut String);
}

/// Whether strings are written ASCII only, every other character as a
/// `\uXXXX` escape (two, a surrogate pair, beyond the BMP): in the wasm
/// build, whose answer JavaScript decodes from UTF-8 and parses. Decoding
/// pure ASCII is a copy, decoding German text is not: `analyze_wire` on the
/// seeds took 2.54 ms with the UTF-8 answer and 2.43 ms with the escaped
/// one in Node, and `JSON.parse` takes the same time either way. The CLI
/// prints plain UTF-8, for people to read.
const ASCII_ONLY: bool = cfg!(target_arch = "wasm32");

/// Writes `s` as a JSON string, quoted and escaped; with `ascii_only`, also
/// every character beyond ASCII.
fn write_string(s: &str, out: &mut String, ascii_only: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hex4 = |out: &mut String, unit: u16| {
        out.push_str("\\u");
        for shift in [12, 8, 4, 0] {
            out.push(HEX[usize::from(unit >> shift & 15)] as char);
        }
    };
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut plain = 0;
    let mut i = 0;
    // Most text needs no escape: skip to the next byte that does with a
    // plain index loop (the article text is echoed, so this runs over
    // every byte of the input), then copy the run before it at once.
    while i < bytes.len() {
        let b = bytes[i];
        if b >= 0x20 && b != b'"' && b != b'\\' && (b < 0x80 || !ascii_only) {
            i += 1;
            continue;
        }
        out.push_str(&s[plain..i]);
        if b >= 0x80 {
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                hex4(out, *unit);
            }
            i += c.len_utf8();
        } else {
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                _ => hex4(out, u16::from(b)),
            }
            i += 1;
        }
        plain = i;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

impl Json for str {
    fn write(&self, out: &mut String) {
        write_string(self, out, ASCII_ONLY)
    }
}

impl Json for String {
    fn write(&self, out: &mut String) {
        self.as_str().write(out)
    }
}

impl Json for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" })
    }
}

impl Json for usize {
    fn write(&self, out: &mut String) {
        push_decimal(*self as u64, out)
    }
}

impl Json for u32 {
    fn write(&self, out: &mut String) {
        push_decimal(u64::from(*self), out)
    }
}

impl Json for f64 {
    fn write(&self, out: &mut String) {
        let v = *self;
        if !v.is_finite() {
            return out.push_str("null");
        }
        if v < 0.0 {
            out.push('-');
        }
        let a = v.abs();
        if a >= 1e15 {
            // Beyond any figure in the news; keep the magnitude, drop the fraction.
            return push_decimal(a as u64, out);
        }
        let scaled = (a * 1e6).round() as u64;
        let (int, frac) = (scaled / 1_000_000, scaled % 1_000_000);
        push_decimal(int, out);
        if frac > 0 {
            out.push('.');
            let mut digits = [b'0'; 6];
            let mut f = frac;
            for d in digits.iter_mut().rev() {
                *d = b'0' + (f % 10) as u8;
                f /= 10;
            }
            let keep = digits.iter().rposition(|&d| d != b'0').map_or(0, |p| p + 1);
            digits[..keep].iter().for_each(|&d| out.push(d as char));
        }
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(v) => v.write(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write(out);
        }
        out.push(']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut String) {
        self.as_slice().write(out)
    }
}

/// `impl Json` for a struct: its fields as an object, in this order.
macro_rules! json_object {
    ($ty:ty { $($field:ident $(as $name:literal)?),* $(,)? }) => {
        impl Json for $ty {
            fn write(&self, out: &mut String) {
                // Each key with its quotes, colon and separator is one
                // literal: one copy per field instead of a push per byte.
                let mut first = true;
                $(
                    out.push_str(if first {
                        json_object!(@key "{" $field $($name)?)
                    } else {
                        json_object!(@key "," $field $($name)?)
                    });
                    first = false;
                    self.$field.write(out);
                )*
                out.push_str(if first { "{}" } else { "}" });
            }
        }
    };
    (@key $sep:literal $field:ident $name:literal) => { concat!($sep, "\"", $name, "\":") };
    (@key $sep:literal $field:ident) => { concat!($sep, "\"", stringify!($field), "\":") };
}

/// `impl Json` for a unit-variant enum, written as its snake_case name.
macro_rules! json_enum {
    ($ty:ty) => {
        impl Json for $ty {
            fn write(&self, out: &mut String) {
                out.push('"');
                out.push_str(self.name());
                out.push('"');
            }
        }
    };
}

json_object!(Report { version, articles, claims, links });
json_object!(ArticleReport { id, text, title, kicker, published, language, agencies, dateline, blocks, sentences });
json_object!(Block { kind, start, end });
json_object!(Sentence { start, end, block });
json_object!(Claim {
    id,
    article,
    start,
    end,
    text,
    checkworthiness,
    modality,
    attribution,
    quantities,
    times,
    entities,
    verdict,
    evidence,
    independent_sources,
    parties,
    sources_note,
});
json_object!(OriginParty { id, de, en, named });
json_object!(Checkworthiness { score, reasons });
json_object!(Quantity { text, start, end, value_min, value_max, qualifier, unit });
json_object!(TimeExpr { text, start, end, from, to, granularity, relative });
json_object!(Entity { text, start, end, id, kind as "type", name });
json_object!(Attribution { source, kind, cue, entities, inherited });
json_object!(Link { from, to, relation, score, explanation, same_source });
json_object!(Explanation { de, en });
json_enum!(BlockKind);
json_enum!(Modality);
json_enum!(Qualifier);
json_enum!(Granularity);
json_enum!(EntityKind);
json_enum!(SourceKind);
json_enum!(Verdict);
json_enum!(Relation);

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_strings() {
        let mut s = String::new();
        for v in [0.0, 10000.0, 0.65, -3.7, 1.5e6, 1.0 / 3.0, f64::NAN] {
            v.write(&mut s);
            s.push(' ');
        }
        assert_eq!(s, "0 10000 0.65 -3.7 1500000 0.333333 null ");
        let mut s = String::new();
        "„Zitat“ \"a\\b\"\n\u{1}🇰🇵".write(&mut s);
        assert_eq!(serde_json::from_str::<String>(&s).unwrap(), "„Zitat“ \"a\\b\"\n\u{1}🇰🇵");
    }

    #[test]
    fn strings_escape_to_what_a_json_reader_reads_back() {
        let mut text: String = (0u8..0x20).map(char::from).collect();
        text.push_str("„Zitat“ \"quoted\" back\\slash Kursk 😀 ü\u{7f}\u{2028}");
        for s in [text.as_str(), "", "plain", "\"", "\\", "a\nb", "\u{1}"] {
            let mut out = String::new();
            s.write(&mut out);
            let back: String = serde_json::from_str(&out).expect(&out);
            assert_eq!(back, s);
        }
    }

    #[test]
    fn ascii_only_strings_keep_the_value() {
        let text = "Grüße „aus“ Pjöngjang 🙂 – \"ok\"\n\u{1}";
        let (mut utf8, mut ascii) = (String::new(), String::new());
        write_string(text, &mut utf8, false);
        write_string(text, &mut ascii, true);
        assert!(ascii.is_ascii(), "{ascii}");
        assert!(ascii.contains(r"Gr\u00fc\u00dfe \u201eaus\u201c Pj\u00f6ngjang \ud83d\ude42 \u2013"), "{ascii}");
        assert!(utf8.contains("Grüße „aus“"), "{utf8}");
        for json in [&utf8, &ascii] {
            assert_eq!(serde_json::from_str::<String>(json).unwrap(), text);
        }
    }
}
