//! The `faktenlage` command line tool.
//!
//! `faktenlage analyze FILE...` reads articles (plain text, `.html`, or a
//! `.json` array of articles in the JS API's shape; `-` reads such an array
//! from stdin), runs the same analysis as the browser, and prints the report
//! as JSON or as a table for reading in a terminal.
//!
//! Arguments are parsed by hand: the tool has one subcommand and four flags,
//! which does not justify a dependency.

mod table;

use std::io::{Read, Write};
use std::process::ExitCode;

use faktenlage::{ArticleInput, Error, Options};

/// mimalloc rather than glibc's allocator: the analysis makes many small
/// allocations (strings of the report), and with glibc about a fifth of its
/// time went to the allocator, growing faster than the input on megabyte
/// pages. The browser build keeps its own small allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
faktenlage — finds the statements in news articles a careful reader would want
checked, and compares them across articles on the same story.

Usage:
  faktenlage analyze [OPTIONS] FILE...
  faktenlage analyze [OPTIONS] -        (articles as a JSON array on stdin)

Each FILE is one article: plain UTF-8 text, or HTML when it ends in .html or
.htm. A FILE ending in .json (and stdin, given as -) holds a JSON array of
articles in the JS API's shape:
  [{\"id\": \"…\", \"text\": \"…\", \"title\": \"…\", \"published\": \"YYYY-MM-DD\", \"lang\": \"de\"}]

Options:
  --published YYYY-MM-DD   publication date of the articles (resolves \"am Montag\")
  --lang de|en             language of the articles (detected when absent)
  --format json|table      output: the report as JSON (default) or a readable table
  -h, --help               print this help
  -V, --version            print the version

The options apply to every article that does not name its own date or language.
Exit status: 0 on success, 2 on bad usage or bad input (the message names the file).
";

/// What the command line asked for.
#[derive(Debug, Default, PartialEq)]
struct Args {
    published: Option<String>,
    lang: Option<String>,
    format: Format,
    files: Vec<String>,
}

/// The output format.
#[derive(Debug, Default, PartialEq, Clone, Copy)]
enum Format {
    #[default]
    Json,
    Table,
}

/// What `main` should do after parsing the arguments.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Analyze(Args),
}

/// A failure that ends the program with exit status 2.
#[derive(Debug)]
struct Failure(String);

impl<T: Into<String>> From<T> for Failure {
    fn from(s: T) -> Failure {
        Failure(s.into())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("faktenlage: {}", message);
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let args = match parse_args(args)? {
        Command::Help => {
            print!("{}", USAGE);
            return Ok(());
        }
        Command::Version => {
            println!("faktenlage {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        Command::Analyze(args) => args,
    };
    let (inputs, labels) = read_inputs(&args)?;
    let report = faktenlage::analyze(&inputs, &Options::default())
        .map_err(|e| Failure(format!("{}: {}", blame(&e, &labels), e)))?;
    let out = match args.format {
        Format::Json => {
            let mut s = indent(&faktenlage::report::json::to_json(&report));
            s.push('\n');
            s
        }
        Format::Table => table::render(&report, &labels),
    };
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        // `faktenlage … | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure(format!("cannot write the report: {}", e))),
    }
}

/// Parses the arguments after the program name.
fn parse_args(args: &[String]) -> Result<Command, Failure> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        None => return Err(Failure(format!("no command given\n\n{}", USAGE))),
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some("-V" | "--version") => return Ok(Command::Version),
        Some("analyze") => {}
        Some(other) => return Err(Failure(format!("unknown command {:?} (try --help)", other))),
    }
    let mut out = Args::default();
    let mut only_files = false;
    while let Some(arg) = it.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            out.files.push(arg.clone());
            continue;
        }
        // Accept both `--flag value` and `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, Failure> {
            inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| Failure(format!("{} needs a value", name)))
        };
        match flag {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--published" => {
                let d = value(flag)?;
                if faktenlage::date::Date::parse_iso(&d).is_none() {
                    return Err(Failure(format!("--published {:?} is not a date YYYY-MM-DD", d)));
                }
                out.published = Some(d);
            }
            "--lang" => {
                let l = value(flag)?;
                if !matches!(l.as_str(), "de" | "en") {
                    return Err(Failure(format!("--lang {:?}: use de or en", l)));
                }
                out.lang = Some(l);
            }
            "--format" => {
                out.format = match value(flag)?.as_str() {
                    "json" => Format::Json,
                    "table" => Format::Table,
                    other => return Err(Failure(format!("--format {:?}: use json or table", other))),
                }
            }
            _ => return Err(Failure(format!("unknown option {:?} (try --help)", arg))),
        }
    }
    if out.files.is_empty() {
        return Err(Failure::from("analyze needs at least one FILE (or - for stdin); try --help"));
    }
    if out.files.iter().filter(|f| *f == "-").count() > 1 {
        return Err(Failure::from("stdin (-) can be read only once"));
    }
    Ok(Command::Analyze(out))
}

/// Reads every FILE into articles, with a label per article naming where it
/// came from (for error messages and the table's headers).
fn read_inputs(args: &Args) -> Result<(Vec<ArticleInput>, Vec<String>), Failure> {
    let mut inputs = Vec::new();
    let mut labels = Vec::new();
    for file in &args.files {
        let (label, bytes) = if file == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("<stdin>: cannot read: {}", e))?;
            ("<stdin>".to_string(), buf)
        } else {
            let bytes = std::fs::read(file).map_err(|e| format!("{}: cannot read: {}", file, e))?;
            (file.clone(), bytes)
        };
        let text = decode_utf8(&label, &bytes)?;
        let lower = file.to_ascii_lowercase();
        if file == "-" || lower.ends_with(".json") {
            let many = parse_json_articles(&label, &text)?;
            for (i, mut a) in many.into_iter().enumerate() {
                a.published = a.published.or_else(|| args.published.clone());
                a.lang = a.lang.or_else(|| args.lang.clone());
                labels.push(format!("{} [{}]", label, i + 1));
                inputs.push(a);
            }
        } else {
            let mut a =
                ArticleInput { published: args.published.clone(), lang: args.lang.clone(), ..ArticleInput::default() };
            if lower.ends_with(".html") || lower.ends_with(".htm") {
                a.html = Some(text);
            } else {
                a.text = Some(text);
            }
            labels.push(label);
            inputs.push(a);
        }
    }
    Ok((inputs, labels))
}

/// Checks that `bytes` are UTF-8 and says at which byte they are not.
fn decode_utf8(label: &str, bytes: &[u8]) -> Result<String, Failure> {
    match std::str::from_utf8(bytes) {
        // A byte order mark is not part of the article.
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(e) => Err(Failure(format!(
            "{}: not valid UTF-8 at byte {} (is it Latin-1 or a binary file? convert it with iconv -f latin1 -t utf-8)",
            label,
            e.valid_up_to()
        ))),
    }
}

/// Parses a JSON array of articles, with line and column on error.
fn parse_json_articles(label: &str, text: &str) -> Result<Vec<ArticleInput>, Failure> {
    if text.trim().is_empty() {
        return Err(Failure(format!("{}: empty input, expected a JSON array of articles", label)));
    }
    // The same reader (and messages) as the browser build's.
    faktenlage::input::json::articles(text).map_err(|e| Failure(format!("{label}: {e}")))
}

/// Indents compact JSON two spaces a level, as `JSON.stringify(v, null, 2)`
/// does, so the report reads well in a terminal and diffs line by line.
fn indent(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut chars = json.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', depth * 2));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.push(chars.next().unwrap_or(']'));
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

/// Which input an analysis error is about, for the message.
fn blame(e: &Error, labels: &[String]) -> String {
    let index = match e {
        Error::EmptyArticle(i)
        | Error::TooLarge(i, _)
        | Error::BadDate(i, _)
        | Error::BadLanguage(i, _)
        | Error::Binary(i)
        | Error::HtmlUnsupported(i) => Some(*i),
        Error::DuplicateId(_) => None,
    };
    match index.and_then(|i| labels.get(i)) {
        Some(label) => label.clone(),
        None => labels.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_flags_in_both_spellings() {
        let Command::Analyze(a) =
            parse_args(&args("analyze --published 2025-04-28 --lang=de --format table a.txt -")).unwrap()
        else {
            panic!("expected analyze")
        };
        assert_eq!(a.published.as_deref(), Some("2025-04-28"));
        assert_eq!(a.lang.as_deref(), Some("de"));
        assert_eq!(a.format, Format::Table);
        assert_eq!(a.files, vec!["a.txt", "-"]);
    }

    #[test]
    fn rejects_bad_usage() {
        for bad in [
            "",
            "analyze",
            "frobnicate x",
            "analyze --lang fr a",
            "analyze --published 28.04.2025 a",
            "analyze --format xml a",
            "analyze --bogus a",
            "analyze - -",
            "analyze --lang",
        ] {
            assert!(parse_args(&args(bad)).is_err(), "{:?} should fail", bad);
        }
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse_args(&args("--help")).unwrap(), Command::Help);
        assert_eq!(parse_args(&args("analyze -h")).unwrap(), Command::Help);
        assert_eq!(parse_args(&args("-V")).unwrap(), Command::Version);
    }

    #[test]
    fn indents_like_json_stringify() {
        assert_eq!(
            indent(r#"{"a":[1,{"b":"x,{\"y\"}"}],"c":[],"d":{}}"#),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x,{\\\"y\\\"}\"\n    }\n  ],\n  \"c\": [],\n  \"d\": {}\n}"
        );
    }

    #[test]
    fn utf8_error_names_the_byte() {
        let err = decode_utf8("x.txt", b"Gr\xfc\xdfe").unwrap_err();
        assert!(err.0.contains("x.txt") && err.0.contains("byte 2"), "{}", err.0);
        assert_eq!(decode_utf8("x", "\u{feff}Hallo".as_bytes()).unwrap(), "Hallo");
    }

    #[test]
    fn json_error_names_line_and_column() {
        let err = parse_json_articles("in.json", "[\n  {\"text\": \"a\"},\n  {\"text\": }\n]").unwrap_err();
        assert!(err.0.starts_with("in.json: malformed JSON at line 3, column 12"), "{}", err.0);
        let err = parse_json_articles("in.json", "{\"text\": \"a\"}").unwrap_err();
        assert!(err.0.contains("expected an array of articles"), "{}", err.0);
    }
}
