//! The whole analysis on arbitrary bytes: text, several articles with block
//! hints, HTML, or JSON in the JS API's shape (see `faktenlage_fuzz::articles`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| faktenlage_fuzz::check_analyze(data));
