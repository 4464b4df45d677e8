//! The wasm-bindgen boundary: the only module that knows about JavaScript.
//!
//! It turns JS values into [`crate::ArticleInput`]s (serde-wasm-bindgen),
//! runs [`crate::analyze`], and hands the [`crate::Report`] back as plain JS
//! objects. Errors become JS exceptions with the same readable message the CLI
//! prints. Nothing else in the crate depends on wasm-bindgen, so the core
//! stays testable natively.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{ArticleInput, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** One article to analyse. Give `text` or `html`. */
export interface ArticleInput {
  id?: string;
  text?: string;
  html?: string;
  title?: string;
  /** `YYYY-MM-DD` */
  published?: string;
  lang?: "de" | "en";
  /** Block kinds known from markup, as UTF-16 spans into `text`. */
  hints?: { kind: string; start: number; end: number }[];
}

/** Options for an analysis run. */
export interface AnalyzeOptions {
  gazetteer?: { id: string; name: string; type?: string; aliases?: string[] }[];
}

/**
 * The analysis report (see docs/report.schema.json). Offsets are UTF-16 code
 * units into each article's `text`.
 */
export type Report = {
  version: number;
  articles: any[];
  claims: any[];
  links: any[];
};
"#;

/// Analyses `articles` (an array of article objects) and returns the report.
///
/// Throws a `TypeError` when the input does not have the expected shape and
/// an `Error` when the analysis refuses the input (e.g. an empty article).
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    if !js_sys::Array::is_array(&articles) {
        return Err(type_error("articles: expected an array of articles"));
    }
    // One by one, so a shape error can say which article it is about.
    let mut inputs: Vec<ArticleInput> = Vec::new();
    for (i, value) in js_sys::Array::from(&articles).iter().enumerate() {
        if !value.is_object() || js_sys::Array::is_array(&value) {
            return Err(type_error(&format!("article {}: expected an object like {{text: \"…\"}}", i + 1)));
        }
        let input = serde_wasm_bindgen::from_value(value)
            .map_err(|e| type_error(&format!("article {}: {}", i + 1, message(e))))?;
        inputs.push(input);
    }
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| type_error(&format!("options: {}", message(e))))?
    };
    let timer = Timer::start();
    let result = crate::analyze(&inputs, &options);
    timer.stop();
    let report = result.map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from(js_sys::Error::new(&format!("report: {}", e))))
}

/// serde-wasm-bindgen's message without the `Error: ` its JS error adds.
fn message(e: serde_wasm_bindgen::Error) -> String {
    let s = e.to_string();
    s.strip_prefix("Error: ").map(String::from).unwrap_or(s)
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// `performance.mark`/`measure` around the analysis, named
/// `faktenlage:analyze`, so it shows up in the browser's performance panel.
///
/// Looked up on the global object rather than through `window`, so it works in
/// Node and workers too, and does nothing where there is no `performance`.
struct Timer(Option<web_sys::Performance>);

const MARK_START: &str = "faktenlage:analyze:start";
const MARK_END: &str = "faktenlage:analyze:end";

impl Timer {
    fn start() -> Timer {
        let perf = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
            .ok()
            .filter(|p| p.is_object())
            .filter(|p| {
                js_sys::Reflect::get(p, &JsValue::from_str("measure")).map_or(false, |f| f.is_function())
            })
            .map(|p| p.unchecked_into::<web_sys::Performance>());
        if let Some(p) = &perf {
            let _ = p.mark(MARK_START);
        }
        Timer(perf)
    }

    fn stop(self) {
        if let Some(p) = self.0 {
            // Errors here (e.g. a page that replaced `performance`) must never
            // cost the caller its report.
            let _ = p.mark(MARK_END);
            let _ = p.measure_with_start_mark_and_end_mark("faktenlage:analyze", MARK_START, MARK_END);
            p.clear_marks_with_mark_name(MARK_START);
            p.clear_marks_with_mark_name(MARK_END);
        }
    }
}
