//! Short German and English explanations of a link, naming figures and sources.
