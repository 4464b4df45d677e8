//! The wasm-bindgen boundary: the only module that knows about JavaScript.
