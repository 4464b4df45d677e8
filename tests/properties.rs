//! Properties of the whole pipeline on arbitrary input: no panics, spans in
//! range and on UTF-16 boundaries, blocks ordered and disjoint, sentences
//! inside their prose blocks, deterministic output; and the HTML extractor
//! never panics and keeps its hints on char boundaries.

use faktenlage::report::Report;
use faktenlage::{analyze, ArticleInput, Options};
use proptest::prelude::*;

/// Pieces of news-like text, including everything that trips segmenters.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-ZäöüÄÖÜß ]{1,12}",
        "[0-9.,:| ]{1,8}",
        prop::sample::select(vec![
            "„",
            "“",
            "«",
            "»",
            "\"",
            "'",
            "‚",
            "‘",
            ". ",
            ".",
            "!",
            "?",
            "…",
            "\n",
            "\n\n",
            " ",
            "\u{A0}",
            "\u{AD}",
            "\u{200B}",
            "\u{FEFF}",
            "🙂",
            "👍🏽",
            "𝔘",
            "(l.)",
            "(2.vl)",
            "z. B.",
            "Dr.",
            "St.-",
            "2. Korps",
            "13.01.2025 | 1:27 min",
            "(mit AFP)",
            "Quelle: AFP, dpa",
            "./ab/DP/cd",
            "Pool/AP",
            "|",
            "OSZAR »",
            "BERLIN (dpa) - ",
            "Liveblog:",
            "Die",
            "Nordkorea",
            "\r\n",
            "\t",
            "-",
            "–",
        ])
        .prop_map(str::to_string),
    ]
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|v| v.concat())
}

/// Is `i` a UTF-16 boundary of `units` (not between the halves of a surrogate pair)?
fn on_boundary(units: &[u16], i: usize) -> bool {
    i == 0 || i >= units.len() || !(0xDC00..0xE000).contains(&units[i])
}

fn check(report: &Report) -> Result<(), TestCaseError> {
    for a in &report.articles {
        let units: Vec<u16> = a.text.encode_utf16().collect();
        let n = units.len();
        let mut last_end = 0;
        for b in &a.blocks {
            prop_assert!(b.start <= b.end && b.end <= n, "block out of range {:?}", b);
            prop_assert!(on_boundary(&units, b.start) && on_boundary(&units, b.end));
            prop_assert!(b.start >= last_end, "blocks overlap or are out of order");
            last_end = b.end;
        }
        let mut last = 0;
        for s in &a.sentences {
            prop_assert!(s.start <= s.end && s.end <= n, "sentence out of range {:?}", s);
            prop_assert!(on_boundary(&units, s.start) && on_boundary(&units, s.end));
            let b = a.blocks[s.block];
            prop_assert!(b.kind.is_prose());
            prop_assert!(b.start <= s.start && s.end <= b.end, "sentence outside its block");
            prop_assert!(s.start >= last, "sentences out of order");
            last = s.end;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn pipeline_invariants(text in article_text()) {
        let input = [ArticleInput::text(text.clone())];
        let first = analyze(&input, &Options::default());
        let second = analyze(&input, &Options::default());
        prop_assert_eq!(&first, &second, "analysis is deterministic");
        if let Ok(report) = first {
            check(&report)?;
            prop_assert_eq!(&report.articles[0].text, &text, "the text is echoed exactly");
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        if let Ok(report) = analyze(&[ArticleInput::text(text)], &Options::default()) {
            check(&report)?;
        }
    }

    #[test]
    fn html_extraction_is_tolerant(parts in prop::collection::vec(prop_oneof![
        prop::sample::select(vec![
            "<p>", "</p>", "<h1>", "</h1>", "<h2>", "<figcaption>", "</figcaption>", "<aside>", "</aside>",
            "<article>", "</article>", "<script>", "</script>", "</scr", "<style>", "<!--", "-->", "<br>",
            "<svg>", "</svg>", "&amp;", "&auml;", "&#", "&#x1F600;", "&nbsp;", "<", ">", "\"", "'", "=",
            "<div class=\"a\">", "</div>", "<time datetime=\"2025-04-28\">", "<nav>", "</nav>", "\u{0}", "ä", "🙂",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
        ]).prop_map(str::to_string),
        "[a-zA-Z .\n]{0,10}",
    ], 0..60)) {
        let html = parts.concat();
        let page = faktenlage::input::html::extract(&html);
        for h in &page.hints {
            prop_assert!(h.start < h.end && h.end <= page.text.len());
            prop_assert!(page.text.is_char_boundary(h.start) && page.text.is_char_boundary(h.end));
        }
        let input = ArticleInput { html: Some(html), ..ArticleInput::default() };
        if let Ok(report) = analyze(&[input], &Options::default()) {
            check(&report)?;
        }
    }

    #[test]
    fn arbitrary_html_never_panics(html in any::<String>()) {
        let page = faktenlage::input::html::extract(&html);
        for h in &page.hints {
            prop_assert!(page.text.is_char_boundary(h.start) && page.text.is_char_boundary(h.end) && h.end <= page.text.len());
        }
    }
}
