//! The document model on arbitrary text: blocks, sentences and tokens.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| faktenlage_fuzz::check_document(data));
