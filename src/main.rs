//! The `faktenlage` command line tool.
fn main() {}
