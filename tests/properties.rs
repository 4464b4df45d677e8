//! Properties of the whole pipeline on arbitrary input: no panics, spans in
//! range and on UTF-16 boundaries, blocks ordered and disjoint, sentences
//! inside their prose blocks, deterministic output; and the HTML extractor
//! never panics and keeps its hints on char boundaries; the browser build's
//! input form (`input::wire`) reads back what the JS side writes and takes
//! any other text without panicking.

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

    #[test]
    fn wire_reads_back_what_the_js_side_writes(
        fields in prop::collection::vec(prop::option::of(any::<String>()), 6),
        hints in prop::option::of(prop::collection::vec((0..11usize, 0..5000usize, 0..5000usize), 0..4)),
        aliases in prop::collection::vec(any::<String>(), 0..3),
    ) {
        // As www/src/analyze.js writes it: lengths in UTF-16 code units.
        let field = |s: &Option<String>| s.as_ref().map_or("-".to_string(), |s| format!("{}:{s}", s.encode_utf16().count()));
        let kinds = faktenlage::report::BlockKind::NAMES;
        let mut wire = format!("1;{}", fields.iter().map(field).collect::<String>());
        match &hints {
            None => wire.push('-'),
            Some(hs) => {
                wire.push_str(&format!("{};", hs.len()));
                for (k, start, end) in hs {
                    wire.push_str(&format!("{}{start};{end};", field(&Some(kinds[*k].to_string()))));
                }
            }
        }
        wire.push_str(&format!("1;{}{}-{};", field(&Some("id".into())), field(&Some("Name".into())), aliases.len()));
        for a in &aliases {
            wire.push_str(&field(&Some(a.clone())));
        }
        wire.push_str("0;0;");
        let (articles, options) = faktenlage::input::wire::read(&wire).map_err(TestCaseError::fail)?;
        let a = &articles[0];
        prop_assert_eq!(
            [&a.id, &a.text, &a.html, &a.title, &a.published, &a.lang].map(Clone::clone).to_vec(),
            fields
        );
        let read_hints = a.hints.as_ref().map(|hs| hs.iter().map(|h| (h.kind.name(), h.start, h.end)).collect::<Vec<_>>());
        let want_hints = hints.map(|hs| hs.iter().map(|(k, s, e)| (kinds[*k], *s, *e)).collect::<Vec<_>>());
        prop_assert_eq!(read_hints, want_hints);
        prop_assert_eq!(&options.gazetteer[0].aliases, &aliases);
    }

    #[test]
    fn wire_takes_any_text_without_panicking(parts in prop::collection::vec(prop_oneof![
        prop::sample::select(vec!["1;", "0;", "2;", "-", "1:", "2:", "3:", "9:", ";", ":", "🙂", "ä", "x", "body", "4294967296;"])
            .prop_map(str::to_string),
        any::<String>(),
    ], 0..24)) {
        let _ = faktenlage::input::wire::read(&parts.concat());
    }
}
