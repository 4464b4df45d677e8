//! The wasm-bindgen boundary: the only module that knows about JavaScript.
//!
//! One coarse function, strings in and out: the JS side checks its
//! articles and options and hands them over as one string in the flat wire
//! form ([`crate::input::wire`]); the core reads it, analyses the articles
//! and writes the report as JSON ([`crate::report::json`]), ASCII only (the
//! JS side's `TextDecoder` copies ASCII and decodes anything else character
//! by character), which the JS side parses. Plain strings keep the boundary
//! small: no JS object walking, no serde code, no `js-sys` in
//! the binary. The JS wrapper (`scripts/assemble.mjs`) turns an error answer
//! into a thrown `TypeError` (the input has the wrong shape) or `Error` (the
//! analysis refuses the input), with the same message the CLI prints.

use wasm_bindgen::prelude::*;

/// A bump arena emptied after every call instead of a free-list allocator
/// (dlmalloc, then talc): allocation was 7–8% of the analysis in Node, and
/// the arena's code is a fraction of theirs (`src/arena.rs`).
#[global_allocator]
static ALLOCATOR: crate::arena::Arena<crate::arena::WasmMemory> = crate::arena::Arena::new(crate::arena::WasmMemory);

// Runs once when the module is instantiated: builds the tables that are
// otherwise built on first use, then makes them the arena's permanent floor.
// (A plain comment: wasm-bindgen copies doc comments into the JS glue.)
#[wasm_bindgen(start)]
fn start() {
    crate::warm_up();
    ALLOCATOR.settle();
}

/// Analyses the articles and options in `input`, as the JS side checked
/// and wrote them (`src/input/wire.rs`).
///
/// Returns the report as JSON, or on failure
/// `{"error": "<message>", "kind": "type" | "input"}`: `type` when the input
/// is not of the expected shape, `input` when the analysis refuses it
/// (an empty article, a bad date, …).
#[wasm_bindgen]
pub fn analyze_wire(input: &str) -> String {
    // The argument string is the only block a call brings along.
    ALLOCATOR.begin_call(usize::from(ALLOCATOR.owns(input.as_ptr())));
    match run(input) {
        Ok(report) => crate::report::json::to_json(&report),
        Err((kind, message)) => {
            let mut out = String::from("{\"error\":");
            crate::report::json::write_str(&message, &mut out);
            out.push_str(",\"kind\":\"");
            out.push_str(kind);
            out.push_str("\"}");
            out
        }
    }
}

fn run(input: &str) -> Result<crate::Report, (&'static str, String)> {
    let (inputs, options) = crate::input::wire::read(input).map_err(|e| ("type", e))?;
    crate::analyze(&inputs, &options).map_err(|e| ("input", e.to_string()))
}
