//! Sets `cfg(has_corpus)` when the shared dev corpus is on this machine.
//!
//! Tests that need the corpus (real news texts, never copied into the
//! project) carry `#[cfg_attr(not(has_corpus), ignore = "…")]`, so that
//! without it cargo reports them as *ignored*, which `scripts/test.sh` counts
//! as skipped, instead of letting them return early and count as passed.
//!
//! The corpus is `$FAKTENLAGE_CORPUS` when that is set (point it at an empty
//! folder to see the gate work), else `../shared/corpus` beside the checkout.
//! The cfg changes nothing in the library itself.
//!
//! Likewise `cfg(has_simplemma)` when `scripts/setup.sh` has installed the
//! lemma tables that `scripts/gen-speech-forms.py` generates from, so that
//! the test of the generated forms' freshness runs where it can.

use std::path::PathBuf;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(has_corpus)");
    println!("cargo::rustc-check-cfg=cfg(has_simplemma)");
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")));
    if let Some(stamp) = cache.map(|c| c.join("faktenlage/py/.version")) {
        println!("cargo::rerun-if-changed={}", stamp.display());
        if stamp.is_file() {
            println!("cargo::rustc-cfg=has_simplemma");
        }
    }
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=FAKTENLAGE_CORPUS");
    let dir = match std::env::var_os("FAKTENLAGE_CORPUS") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../shared/corpus"),
    };
    let readme = dir.join("README.md");
    // Watching the README (present or not) reruns this script when the
    // corpus appears or goes away; a path that does not exist makes cargo
    // rerun it on every build, which costs one re-link of the tests.
    println!("cargo::rerun-if-changed={}", readme.display());
    if readme.is_file() {
        println!("cargo::rustc-cfg=has_corpus");
    }
}
