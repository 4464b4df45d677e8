//! Block classification and sentence segmentation on arbitrary text.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| faktenlage_fuzz::check_segment(data));
