//! The tutorial's code blocks, run as tests: a chapter whose examples drift
//! from the code fails `cargo test`.
//!
//! Every fenced block in `tutorial/src/*.md` is one trial, named
//! `CHAPTER::block-NN-TAG` (NN counts every fenced block of the chapter,
//! from 1). What a block's tag means:
//!
//! * ` ```js ` — a stitch program. It runs under the real binary in every
//!   tier (`--jit=off`, `--jit=on`, `--jit=eager`, `--jit-threshold=1`) and,
//!   when node is installed, under node too. Annotations as in
//!   `tests/programs.rs`: `// expect: TEXT` for each stdout line in order,
//!   `// expect error: Name: message` for an uncaught error (exit status 1),
//!   `// node: skip` for a program node cannot agree with (then node does not
//!   run it). A program needs at least one `expect` annotation. When the
//!   line before the fence is `<!-- file: PATH -->`, the block must equal
//!   that file (PATH relative to the repository root), so transcripts can
//!   run the file the reader has just seen.
//! * ` ```console ` — a transcript. A line `$ stitch ARGS` is a command,
//!   split like a POSIX shell splits words (quotes and backslashes), run
//!   from the repository root with the freshly built binary, stdin empty,
//!   stdout and stderr going to one pipe (as a terminal shows them). The
//!   lines after it, up to the next `$ ` line, are its expected output.
//!   Only `stitch` commands may appear.
//! * ` ```text ` after `<!-- stencil: NAME -->` — the listing of a stencil
//!   as the generated table has it (`stitch::jit::stencil_listing`, which
//!   the REPL's `:stencils` prints), compared like a transcript.
//! * ` ```repl ` — a REPL session, replayed through a pseudo-terminal
//!   (rexpect, as `tests/repl.rs` does) so that the REPL shows its prompts
//!   as a person sees them. A line `> INPUT` is typed, and so is each
//!   `... INPUT` line right after it (the REPL's continuation prompt); the
//!   lines after the input, up to the next `> `, are what the REPL prints
//!   for it. One `stitch` process (no arguments) runs the whole block, with
//!   `TERM=dumb` (the line editor then prints the prompt and lets the
//!   terminal echo the line, instead of redrawing it per keystroke),
//!   `NO_COLOR=1` and a private `HOME` (no history from outside). The
//!   banner before the first prompt is not part of the block; the session
//!   ends with `:quit`. Outputs are normalised and matched like
//!   transcripts.
//! * ` ```rust `, ` ```text `, ` ```sh `, ` ```toml `, ` ```lalrpop ` — shown, not
//!   run (attributes after a comma, as in mdBook's ` ```rust,ignore `, are
//!   allowed). Any other tag (or none) fails, so a typo cannot hide a block.
//!   An mdBook include in such a block, `{{#include PATH}}` or
//!   `{{#include PATH:ANCHOR}}` (PATH relative to the Markdown file), must
//!   resolve: the file exists and has the `ANCHOR: name` / `ANCHOR_END: name`
//!   lines (see `resolve_includes`). The build-along pages
//!   (`tutorial/src/build-along/*.md`) are checked like the chapters.
//!
//! Before a transcript is compared, both the expected and the actual
//! output are normalised:
//!
//! * a hexadecimal number `0x…` of 7 to 16 digits whose low 32 bits are not
//!   all zero is an address (a pointer, a code or helper address); it
//!   becomes `0xADDR`, and its eight little-endian bytes, where they appear
//!   in a hex dump on the same line, become `XXXXXXXXXXXXXXXX` (Smi
//!   constants have zero low bits and are kept);
//! * a number followed by `ns`, `µs` or `ms` is a timing; it becomes `N`
//!   and its unit becomes `TIME`, so a transcript holds whatever the
//!   machine's speed (`:time` picks the unit that suits the duration);
//! * runs of spaces become one space; lines are trimmed.
//!
//! Then an expected line `...` matches any number of lines (none included),
//! and `[..]` inside an expected line matches any text within that line.
//!
//! `STITCH_BLESS=1 cargo test --release --test tutorial` first rewrites, in
//! the Markdown, the expected output of every console or repl block that no longer
//! matches, from what the binary prints now (keeping `...` elisions where
//! the lines around them can still be placed, else writing the full
//! output); then the trials run as usual. Read the rewritten blocks and the
//! prose around them before committing.
//!
//! Inside any fenced block, mdBook's `{{#include PATH}}`,
//! `{{#include PATH:ANCHOR}}` and `{{#include PATH:START:END}}` (also
//! `PATH:START`, `PATH:START:`, `PATH::END`; lines counted from 1) are
//! expanded first (`resolve_includes`), PATH relative to the chapter, as
//! mdBook does when it builds the book: an anchor is the text between the
//! lines `// ANCHOR: NAME` and `// ANCHOR_END: NAME` of the file (any
//! comment syntax), and lines naming other anchors are dropped. A missing
//! file or anchor fails the chapter's `includes` trial, so Rust and
//! lalrpop excerpts come from the source and cannot drift from it
//! (`\{{#include ...}}`, mdBook's escape, is left as text). A
//! ` ```rust ` or ` ```lalrpop ` block without an include must say
//! ` ```rust,ignore,sketch ` (an illustration, not stitch's code).
//!
//! Numbers the prose quotes are checked too (`tests/book/numbers.rs` says
//! how): a paragraph that cites an offset, a byte or hole count or a
//! statistic is preceded by `<!-- numbers: ... -->`, and each number listed
//! must appear in that paragraph and in the listing or transcript it comes
//! from (which is itself compared with the binary), or in the source file
//! named. Every hexadecimal number and every count of bytes, holes, jumps,
//! entries or KiB in a chapter's prose must be listed so (the chapter's
//! `numbers` trial).
//!
//! Separately, every chapter is checked for links: each relative link must
//! name an existing file, and a link whose text is a code span naming an
//! identifier (`` [`compile`](../../src/jit/compile.rs) ``, `Vm::collect`,
//! `run()`) must point at a file that contains that identifier. SUMMARY.md
//! must list every chapter, and every chapter must end with exercises,
//! each of which has a hint and then a solution, under the same number, in
//! the appendix (`tutorial/src/solutions.md`, trial `book::challenges`).
//! Every line of code a build-along step adds (`tutorial/build-along/chNN`
//! against the step before) must be inside an anchor its page includes,
//! comments, closing brackets and the checkpoint's tests excepted
//! (`build-along::steps_are_shown`).
//! When mdBook is installed, `book::mdbook_build` builds the book with it
//! and fails on any error or warning it logs (otherwise it passes with a
//! message).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};

mod common;
use common::{annotations, check, node_available, run, STITCH};

#[path = "book/numbers.rs"]
mod numbers;

#[path = "book/fill.rs"]
mod fill;

/// The tiers every ```js block runs in.
const TIERS: &[(&str, &[&str])] = &[
    ("interp", &["--jit=off"]),
    ("jit", &["--jit=on"]),
    ("eager", &["--jit=eager"]),
    ("threshold1", &["--jit=on", "--jit-threshold=1"]),
];

const SHOWN_ONLY: &[&str] = &["rust", "text", "sh", "toml", "lalrpop"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn book() -> PathBuf {
    root().join("tutorial/src")
}

// ---- Markdown ----

#[derive(Clone, Debug)]
struct Block {
    /// 1-based index among the chapter's fenced blocks.
    index: usize,
    /// Line of the opening fence (1-based).
    line: usize,
    tag: String,
    text: String,
    /// `<!-- file: PATH -->` right before the fence.
    file: Option<String>,
    /// `<!-- stencil: NAME -->` right before the fence.
    stencil: Option<String>,
    /// `<!-- emitter: NAME -->` right before the fence.
    emitter: Option<String>,
}

/// The fenced blocks of a Markdown file, and its lines outside them.
fn blocks(md: &str) -> (Vec<Block>, Vec<(usize, String)>) {
    let mut out = Vec::new();
    let mut prose = Vec::new();
    let mut open: Option<Block> = None;
    let mut last_prose = String::new();
    for (i, line) in md.lines().enumerate() {
        match open.as_mut() {
            Some(b) => {
                if line.trim_end() == "```" {
                    out.push(open.take().expect("open block"));
                } else {
                    b.text.push_str(line);
                    b.text.push('\n');
                }
            }
            None => {
                if let Some(info) = line.strip_prefix("```") {
                    let marker = |name: &str| {
                        last_prose
                            .trim()
                            .strip_prefix("<!--")
                            .and_then(|s| s.strip_suffix("-->"))
                            .and_then(|s| s.trim().strip_prefix(name))
                            .and_then(|s| s.strip_prefix(':'))
                            .map(|s| s.trim().to_string())
                    };
                    let (file, stencil, emitter) = (marker("file"), marker("stencil"), marker("emitter"));
                    open = Some(Block {
                        index: out.len() + 1,
                        line: i + 1,
                        tag: info.split([' ', ',']).next().unwrap_or("").trim().to_string(),
                        text: String::new(),
                        file,
                        stencil,
                        emitter,
                    });
                } else {
                    prose.push((i + 1, line.to_string()));
                    if !line.trim().is_empty() {
                        last_prose = line.to_string();
                    }
                }
            }
        }
    }
    if let Some(b) = open {
        out.push(Block { tag: "<unclosed>".into(), ..b });
    }
    (out, prose)
}

/// `(text, target)` of every inline link on a line, outside code spans.
fn links(line: &str) -> Vec<(String, String)> {
    // Blank out code spans that are not a link's text, so `a](b)` inside
    // backticks is no link; keep those directly inside `[...]`.
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = line[i..].find("](") {
        let close = i + p;
        let Some(open) = line[..close].rfind('[') else {
            i = close + 2;
            continue;
        };
        let start = close + 2;
        let Some(len) = line[start..].find(')') else { break };
        let target = line[start..start + len].to_string();
        let ticks_before = bytes[..open].iter().filter(|&&b| b == b'`').count();
        if ticks_before % 2 == 0 {
            out.push((line[open + 1..close].to_string(), target));
        }
        i = start + len;
    }
    out
}

// ---- running ----

// ---- ```js blocks ----

/// Where ```js blocks are written to be run (removed after the run).
fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("stitch-tutorial-{}", std::process::id()))
}

fn js_trial(chapter: &str, block: &Block, node: bool) -> Result<(), Failed> {
    let expect = annotations(&block.text);
    if expect.annotations == 0 {
        return Err("a ```js block needs `// expect:` annotations (use ```text for code that is not a program)".into());
    }
    if let Some(path) = &block.file {
        let on_disk = std::fs::read_to_string(root().join(path)).map_err(|e| format!("{}: {}", path, e))?;
        if on_disk != block.text {
            return Err(
                format!("the block differs from {} (the comment before it says they are the same)", path).into()
            );
        }
    }
    let dir = scratch_dir();
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join(format!("{}-block{:02}.js", chapter, block.index));
    std::fs::write(&file, &block.text).map_err(|e| e.to_string())?;
    let mut problems = Vec::new();
    for (tier, flags) in TIERS {
        let out = run(Command::new(STITCH).current_dir(root()).args(*flags).arg(&file), Duration::from_secs(120))?;
        if let Err(p) = check(&out, &expect, "stitch", false) {
            problems.push(format!("[{}] {}", tier, p));
        }
    }
    if node && !expect.node_skip {
        let out = run(Command::new("node").current_dir(root()).arg(&file), Duration::from_secs(120))?;
        let syntax = expect.error.as_deref().is_some_and(|e| e.starts_with("SyntaxError"));
        if let Err(p) = check(&out, &expect, "node", syntax) {
            problems.push(format!("[node] {}", p));
        }
    }
    let _ = std::fs::remove_file(&file);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("block at line {}:\n{}", block.line, problems.join("\n")).into())
    }
}

// ---- ```console blocks ----

/// Splits a command line into words like a POSIX shell (no expansions).
fn shell_words(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err("unterminated '".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err("unterminated \"".into()),
                        },
                        Some(c) => word.push(c),
                        None => return Err("unterminated \"".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    word.push(c);
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

fn is_hex(c: char) -> bool {
    c.is_ascii_digit() || ('a'..='f').contains(&c)
}

/// Addresses become `0xADDR`, and their little-endian bytes in a hex dump
/// on the same line become `XXXXXXXXXXXXXXXX`.
fn normalise_addresses(line: &str) -> String {
    let mut addrs = Vec::new();
    let mut out = String::new();
    let mut rest = line;
    while let Some(p) = rest.find("0x") {
        out.push_str(&rest[..p]);
        let digits: String = rest[p + 2..].chars().take_while(|&c| is_hex(c)).collect();
        let after = &rest[p + 2 + digits.len()..];
        let value = u64::from_str_radix(&digits, 16).ok();
        match value {
            Some(v) if (7..=16).contains(&digits.len()) && v & 0xffff_ffff != 0 => {
                out.push_str("0xADDR");
                addrs.push(v);
            }
            _ => {
                out.push_str("0x");
                out.push_str(&digits);
            }
        }
        rest = after;
    }
    out.push_str(rest);
    for v in addrs {
        let le: String = v.to_le_bytes().iter().map(|b| format!("{:02x}", b)).collect();
        out = out.replace(&le, "XXXXXXXXXXXXXXXX");
    }
    out
}

/// Timings (`29.4 µs`, `812 ns`, `1.649 ms`) all become `N TIME`: a fast
/// machine prints µs where the book, written on a slower one, shows ms.
fn normalise_timings(words: &mut [String]) {
    for i in 1..words.len() {
        let unit = words[i].trim_end_matches([')', ',', ';', '.']);
        if matches!(unit, "µs" | "ns" | "ms") && words[i - 1].parse::<f64>().is_ok() {
            let rest = words[i][unit.len()..].to_string();
            words[i - 1] = "N".to_string();
            words[i] = format!("TIME{}", rest);
        }
    }
}

fn normalise(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let line = normalise_addresses(line);
            let mut words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
            normalise_timings(&mut words);
            words.join(" ")
        })
        .collect()
}

fn line_matches(want: &str, got: &str) -> bool {
    if !want.contains("[..]") {
        return want == got;
    }
    let parts: Vec<&str> = want.split("[..]").collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !got.starts_with(first) || got.len() < first.len() + last.len() || !got.ends_with(last) {
        return false;
    }
    let mut at = first.len();
    let end = got.len() - last.len();
    for part in &parts[1..parts.len() - 1] {
        match got[at..end].find(part) {
            Some(p) => at += p + part.len(),
            None => return false,
        }
    }
    true
}

/// Whether `got` matches `want`, where a `...` line in `want` matches any
/// number of lines.
fn lines_match(want: &[String], got: &[String]) -> bool {
    match want.split_first() {
        None => got.is_empty(),
        Some((w, rest)) if w == "..." => (0..=got.len()).any(|skip| lines_match(rest, &got[skip..])),
        Some((w, rest)) => got.split_first().is_some_and(|(g, grest)| line_matches(w, g) && lines_match(rest, grest)),
    }
}

struct Command1 {
    line: usize,
    argv: Vec<String>,
    expected: String,
}

fn commands(block: &Block) -> Result<Vec<Command1>, String> {
    let mut out: Vec<Command1> = Vec::new();
    for (i, line) in block.text.lines().enumerate() {
        if let Some(cmd) = line.strip_prefix("$ ") {
            let argv = shell_words(cmd).map_err(|e| format!("line {}: {}", block.line + 1 + i, e))?;
            if argv.first().map(String::as_str) != Some("stitch") {
                return Err(format!("line {}: only `stitch` commands are replayed: {}", block.line + 1 + i, cmd));
            }
            out.push(Command1 { line: block.line + 1 + i, argv, expected: String::new() });
        } else {
            let Some(c) = out.last_mut() else {
                return Err("a transcript must start with a `$ stitch ...` line".into());
            };
            c.expected.push_str(line);
            c.expected.push('\n');
        }
    }
    if out.is_empty() {
        return Err("a transcript without commands".into());
    }
    Ok(out)
}

fn console_trial(block: &Block) -> Result<(), Failed> {
    let mut problems = Vec::new();
    for c in commands(block)? {
        // One pipe for both streams, as a terminal shows them.
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg("exec \"$0\" \"$@\" 2>&1").arg(STITCH).args(&c.argv[1..]);
        let out = run(cmd.current_dir(root()), Duration::from_secs(120))?;
        let got = format!("{}{}", out.stdout, out.stderr);
        problems.extend(mismatch(c.line, &c.argv.join(" "), &c.expected, &got));
    }
    verdict(problems)
}

/// The report for an output that does not match what the book shows at
/// `line` (both normalised), if it does not.
fn mismatch(line: usize, what: &str, expected: &str, got: &str) -> Option<String> {
    let (want, got) = (normalise(expected), normalise(got));
    (!lines_match(&want, &got)).then(|| {
        format!(
            "line {}: `{}` printed (normalised):\n{}\n--- but the book shows (normalised):\n{}",
            line,
            what,
            got.join("\n"),
            want.join("\n")
        )
    })
}

fn verdict(problems: Vec<String>) -> Result<(), Failed> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n\n").into())
    }
}

// ---- bless mode ----

/// The expected text that `actual` should replace `expected` with: the
/// expected text itself when it still matches; otherwise the actual output,
/// keeping the book's `...` elisions where the literal lines around them can
/// still be placed (a head of as many lines as before, a tail likewise, and
/// each middle stretch where the most of its lines still match), and keeping
/// an expected line (e.g. one with `[..]`) wherever it still matches.
fn bless_expected(expected: &str, actual: &str) -> String {
    let want = normalise(expected);
    let got = normalise(actual);
    if lines_match(&want, &got) {
        return expected.to_string();
    }
    let raw_exp: Vec<&str> = expected.lines().collect();
    let raw_act: Vec<&str> = actual.lines().map(str::trim_end).collect();
    let keep = |e: usize, a: usize| -> String {
        if line_matches(&want[e], &got[a]) {
            raw_exp[e].to_string()
        } else {
            raw_act[a].to_string()
        }
    };
    let full = || -> String {
        let mut s = String::new();
        for (a, line) in raw_act.iter().enumerate() {
            if a < want.len() && want[a] != "..." && line_matches(&want[a], &got[a]) {
                s.push_str(raw_exp[a]);
            } else {
                s.push_str(line);
            }
            s.push('\n');
        }
        s
    };
    // Segments of expected line indices between `...` lines.
    let mut segments: Vec<Vec<usize>> = vec![vec![]];
    for (i, w) in want.iter().enumerate() {
        if w == "..." {
            segments.push(vec![]);
        } else if let Some(last) = segments.last_mut() {
            last.push(i);
        }
    }
    if segments.len() == 1 {
        return full();
    }
    let (head, tail) = (&segments[0], &segments[segments.len() - 1]);
    if got.len() < head.len() + tail.len() {
        return full();
    }
    let limit = got.len() - tail.len();
    let mut out: Vec<String> = head.iter().enumerate().map(|(k, &e)| keep(e, k)).collect();
    let mut cursor = head.len();
    for seg in &segments[1..segments.len() - 1] {
        if seg.is_empty() {
            continue;
        }
        let n = seg.len();
        let mut best: Option<(usize, usize)> = None;
        let mut p = cursor;
        while p + n <= limit {
            let score = seg.iter().enumerate().filter(|&(k, &e)| line_matches(&want[e], &got[p + k])).count();
            if score > 0 && best.is_none_or(|(_, s)| score > s) {
                best = Some((p, score));
            }
            p += 1;
        }
        let Some((p, _)) = best else { return full() };
        out.push("...".to_string());
        out.extend(seg.iter().enumerate().map(|(k, &e)| keep(e, p + k)));
        cursor = p + n;
    }
    // The tail runs to the end of the output, which may have grown or
    // shrunk: start it where the most of its lines match (the latest such
    // place), or as many lines before the end as before.
    let mut start = limit;
    let mut best = 0;
    for p in cursor..got.len() {
        let score =
            tail.iter().enumerate().filter(|&(k, &e)| p + k < got.len() && line_matches(&want[e], &got[p + k])).count();
        if score > 0 && score >= best {
            (start, best) = (p, score);
        }
    }
    out.push("...".to_string());
    out.extend((start..got.len()).map(|a| {
        if a - start < tail.len() {
            keep(tail[a - start], a)
        } else {
            raw_act[a].to_string()
        }
    }));
    let mut s = String::new();
    for line in &out {
        s.push_str(line);
        s.push('\n');
    }
    if lines_match(&normalise(&s), &got) {
        s
    } else {
        full()
    }
}

/// With `STITCH_BLESS=1`, rewrites the expected output of every console
/// and repl block that no longer matches from what the binary prints now. Returns
/// the blocks rewritten.
fn bless(md_path: &Path) -> Result<Vec<String>, String> {
    let md = std::fs::read_to_string(md_path).map_err(|e| e.to_string())?;
    let (found, _) = blocks(&md);
    let mut lines: Vec<String> = md.lines().map(str::to_string).collect();
    let mut changed = Vec::new();
    let stem = md_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    for block in found.iter().rev().filter(|b| b.tag == "repl" || b.tag == "console") {
        let mut text = String::new();
        if block.tag == "repl" {
            let entries = repl_entries(block)?;
            let outputs = repl_session(&entries, &format!("bless-{}-{}", stem, block.index))?;
            for (e, got) in entries.iter().zip(&outputs) {
                for (k, input) in e.inputs.iter().enumerate() {
                    text.push_str(if k == 0 { "> " } else { "... " });
                    text.push_str(input);
                    text.push('\n');
                }
                text.push_str(&bless_expected(&e.expected, got));
            }
        } else {
            for c in commands(block)? {
                let mut cmd = Command::new("sh");
                cmd.arg("-c").arg("exec \"$0\" \"$@\" 2>&1").arg(STITCH).args(&c.argv[1..]);
                let out = run(cmd.current_dir(root()), Duration::from_secs(120)).map_err(|e| format!("{:?}", e))?;
                let src = &block.text.lines().nth(c.line - block.line - 1).unwrap_or_default();
                text.push_str(src);
                text.push('\n');
                text.push_str(&bless_expected(&c.expected, &format!("{}{}", out.stdout, out.stderr)));
            }
        }
        if text != block.text {
            let n = block.text.lines().count();
            lines.splice(block.line..block.line + n, text.lines().map(str::to_string));
            changed.push(format!("{}: block {} (line {})", md_path.display(), block.index, block.line));
        }
    }
    if !changed.is_empty() {
        let mut s = lines.join("\n");
        s.push('\n');
        std::fs::write(md_path, s).map_err(|e| e.to_string())?;
    }
    Ok(changed)
}

// ---- ```repl blocks ----

struct Entry {
    line: usize,
    /// The first line after `> `, then each continuation after `... `.
    inputs: Vec<String>,
    expected: String,
}

fn repl_entries(block: &Block) -> Result<Vec<Entry>, String> {
    let mut out: Vec<Entry> = Vec::new();
    let mut after_input = false;
    for (i, line) in block.text.lines().enumerate() {
        let line_no = block.line + 1 + i;
        if let Some(input) = line.strip_prefix("> ") {
            out.push(Entry { line: line_no, inputs: vec![input.to_string()], expected: String::new() });
            after_input = true;
        } else if let (true, Some(input)) = (after_input, line.strip_prefix("... ")) {
            out.last_mut().expect("an entry").inputs.push(input.to_string());
        } else {
            let Some(e) = out.last_mut() else {
                return Err(format!("line {}: a REPL transcript must start with a `> ` line", line_no));
            };
            e.expected.push_str(line);
            e.expected.push('\n');
            after_input = false;
        }
    }
    if out.is_empty() {
        return Err("a REPL transcript without input".into());
    }
    Ok(out)
}

/// Runs the entries in one REPL session; returns what the REPL printed for
/// each (its echo of the input left out).
fn repl_session(entries: &[Entry], tag: &str) -> Result<Vec<String>, String> {
    use rexpect::reader::Options;
    use rexpect::session::spawn_with_options;
    let home = scratch_dir().join(format!("home-{}", tag));
    std::fs::create_dir_all(&home).map_err(|e| e.to_string())?;
    // rexpect turns the terminal's echo off; a person's terminal has it on.
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg("stty echo && exec \"$0\"").arg(STITCH);
    cmd.current_dir(root()).env("HOME", &home).env("TERM", "dumb").env("NO_COLOR", "1");
    let options = Options::new().timeout_ms(Some(120_000)).strip_ansi_escape_codes(true);
    let mut pty = spawn_with_options(cmd, options).map_err(|e| format!("cannot start the REPL in a pty: {}", e))?;
    // A prompt: at the start of a line, with nothing after it yet.
    const PROMPT: &str = r"(^|\r\n)(> |\.\.\. )$";
    pty.exp_regex(PROMPT).map_err(|e| format!("no first prompt: {}", e))?;
    let mut outputs = Vec::new();
    for e in entries {
        let mut before = String::new();
        for input in &e.inputs {
            pty.send(input).and_then(|_| pty.send("\r")).map_err(|e| e.to_string())?;
            pty.flush().map_err(|e| e.to_string())?;
            before = pty
                .exp_regex(PROMPT)
                .map_err(|err| format!("line {}: no prompt after {:?}: {}", e.line, input, err))?
                .0;
        }
        // rexpect hands over each byte as a char: decode the UTF-8.
        let before = if before.chars().all(|c| (c as u32) < 256) {
            String::from_utf8_lossy(&before.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()).into_owned()
        } else {
            before
        };
        let before = before.replace("\r\n", "\n");
        let (echo, output) = before.split_once('\n').unwrap_or((&before, ""));
        let last = e.inputs.last().map(String::as_str).unwrap_or("");
        if echo.trim_end() != last.trim_end() {
            return Err(format!("line {}: the terminal echoed {:?} for {:?}", e.line, echo, last));
        }
        let mut output = output.to_string();
        if !output.is_empty() && !output.ends_with('\n') {
            output.push('\n');
        }
        outputs.push(output);
    }
    let _ = pty.send(":quit\r").and_then(|_| pty.flush());
    pty.exp_eof().map_err(|e| format!("the REPL did not exit after :quit: {}", e))?;
    let _ = std::fs::remove_dir_all(&home);
    Ok(outputs)
}

fn repl_trial(chapter: &str, block: &Block) -> Result<(), Failed> {
    let entries = repl_entries(block)?;
    let outputs = repl_session(&entries, &format!("{}-{}", chapter, block.index))?;
    let mut problems = Vec::new();
    for (e, got) in entries.iter().zip(&outputs) {
        problems.extend(mismatch(e.line, &e.inputs.join(" / "), &e.expected, got));
    }
    verdict(problems)
}

// ---- stencil listings ----

/// A ```text block marked `<!-- stencil: NAME -->` must be the listing of
/// that stencil from the generated table (what the REPL's `:stencils` shows).
fn stencil_trial(block: &Block, name: &str) -> Result<(), Failed> {
    let stencil = stitch::jit::stencils::by_name(name).ok_or_else(|| format!("no stencil named {:?}", name))?;
    let listing = stitch::jit::stencil_listing(stencil);
    if lines_match(&normalise(&block.text), &normalise(&listing)) {
        Ok(())
    } else {
        Err(format!(
            "line {}: the stencil {} is now:\n{}--- but the book shows:\n{}",
            block.line, name, listing, block.text
        )
        .into())
    }
}

// ---- includes ----

/// Expands mdBook's `{{#include PATH}}`, `{{#include PATH:ANCHOR}}` and
/// `{{#include PATH:START:END}}` (PATH relative to `markdown_dir`) in
/// `text`, as mdBook does when it builds the book. Fails on a missing
/// file, a missing anchor or an empty line range.
fn resolve_includes(markdown_dir: &Path, text: &str) -> Result<String, String> {
    const OPEN: &str = "{{#include ";
    let mut out = String::new();
    let mut rest = text;
    while let Some(p) = rest.find(OPEN) {
        if rest[..p].ends_with('\\') {
            // `\{{#include ...}}` is mdBook's escape: the text itself.
            out.push_str(&rest[..p - 1]);
            out.push_str(OPEN);
            rest = &rest[p + OPEN.len()..];
            continue;
        }
        out.push_str(&rest[..p]);
        let after = &rest[p + OPEN.len()..];
        let end = after.find("}}").ok_or_else(|| format!("unclosed {}", OPEN.trim()))?;
        out.push_str(&include(markdown_dir, after[..end].trim())?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// One include's text: `PATH`, `PATH:ANCHOR` or a line range.
fn include(dir: &Path, spec: &str) -> Result<String, String> {
    let mut parts = spec.splitn(3, ':');
    let path = parts.next().unwrap_or_default();
    let (a, b) = (parts.next(), parts.next());
    let file =
        std::fs::read_to_string(dir.join(path)).map_err(|e| format!("{{{{#include {}}}}}: {}: {}", spec, path, e))?;
    let is_anchor_line = |l: &str| l.contains("ANCHOR:") || l.contains("ANCHOR_END:");
    let lines: Vec<&str> = file.lines().collect();
    let number =
        |s: &str| s.trim().parse::<usize>().map_err(|_| format!("{{{{#include {}}}}}: {:?} is not a line", spec, s));
    let picked: Vec<&str> = match (a, b) {
        (None, _) => lines,
        (Some(name), None) if name.parse::<usize>().is_err() => {
            let name = name.trim();
            let starts = |l: &str| l.split("ANCHOR:").nth(1).is_some_and(|n| n.trim() == name);
            let ends = |l: &str| l.split("ANCHOR_END:").nth(1).is_some_and(|n| n.trim() == name);
            let start =
                lines.iter().position(|l| starts(l)).ok_or_else(|| format!("{}: no `ANCHOR: {}`", path, name))?;
            let len = lines[start + 1..]
                .iter()
                .position(|l| ends(l))
                .ok_or_else(|| format!("{}: no `ANCHOR_END: {}`", path, name))?;
            lines[start + 1..start + 1 + len].to_vec()
        }
        (Some(one), None) => {
            let n = number(one)?;
            lines.get(n.wrapping_sub(1)..n).map(<[&str]>::to_vec).unwrap_or_default()
        }
        (Some(from), Some(to)) => {
            let from = if from.trim().is_empty() { 1 } else { number(from)? };
            let to = if to.trim().is_empty() { lines.len() } else { number(to)? };
            lines.get(from.max(1) - 1..to.min(lines.len())).map(<[&str]>::to_vec).unwrap_or_default()
        }
    };
    let kept: Vec<&str> = picked.into_iter().filter(|l| !is_anchor_line(l)).collect();
    if kept.is_empty() {
        return Err(format!("{{{{#include {}}}}} includes nothing", spec));
    }
    Ok(kept.join("\n"))
}

/// Every include of a page resolves, and (for the book's own pages) every
/// Rust or lalrpop block is an include or says it is a sketch.
fn chapter_includes_trial(md_path: &Path, excerpts_from_source: bool) -> Result<(), Failed> {
    let md = std::fs::read_to_string(md_path).map_err(|e| e.to_string())?;
    let dir = md_path.parent().expect("parent");
    let (found, _) = blocks(&md);
    // mdBook expands includes everywhere, prose included.
    let mut problems: Vec<String> = resolve_includes(dir, &md).err().into_iter().collect();
    problems.extend(
        found
            .iter()
            .filter_map(|b| resolve_includes(dir, &b.text).err().map(|e| format!("block at line {}: {}", b.line, e))),
    );
    // Source excerpts come from the source: a Rust or lalrpop block is
    // made of includes, or says in its info string that it is a sketch.
    let lines: Vec<&str> = md.lines().collect();
    for b in found.iter().filter(|b| excerpts_from_source && (b.tag == "rust" || b.tag == "lalrpop")) {
        let info = lines.get(b.line - 1).copied().unwrap_or_default();
        if !b.text.contains("{{#include ") && !info.split(',').any(|a| a.trim() == "sketch") {
            problems.push(format!(
                "line {}: a {} block must include its text from the source ({{{{#include PATH:ANCHOR}}}}) or be marked `,sketch`",
                b.line, b.tag
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

// ---- numbers in the prose ----

/// Whether a block is compared with what the binary does.
fn is_checked(b: &Block) -> bool {
    matches!(b.tag.as_str(), "console" | "repl" | "js")
        || (b.tag == "text" && (b.stencil.is_some() || b.emitter.is_some()))
}

/// Every `<!-- numbers ... -->` marker holds, and every number the prose
/// quotes is listed by one (`tests/book/numbers.rs`).
fn numbers_trial(md_path: &Path) -> Result<(), Failed> {
    let md = std::fs::read_to_string(md_path).map_err(|e| e.to_string())?;
    let dir = md_path.parent().expect("parent");
    let (found, prose) = blocks(&md);
    let mut problems = Vec::new();
    // Paragraph number of each prose line: a blank line or a block ends one.
    let mut para = vec![0usize; prose.len()];
    let mut n = 0;
    for i in 0..prose.len() {
        let split = i == 0 || prose[i - 1].0 + 1 != prose[i].0 || prose[i - 1].1.trim().is_empty();
        if split {
            n += 1;
        }
        para[i] = n;
    }
    let mut listed: std::collections::HashMap<usize, Vec<String>> = Default::default();
    for (i, (line_no, line)) in prose.iter().enumerate() {
        let Some(m) = numbers::marker(*line_no, line) else { continue };
        let m = match m {
            Ok(m) => m,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        // The paragraph: the prose lines after the marker (and any markers
        // right after it), up to a blank line or a block.
        let body: Vec<usize> = (i + 1..prose.len())
            .skip_while(|&k| para[k] == para[i] && numbers::marker(prose[k].0, &prose[k].1).is_some())
            .take_while(|&k| para[k] == para[i] && !prose[k].1.trim().is_empty())
            .collect();
        let Some(&first) = body.first() else {
            problems.push(format!("line {}: no paragraph right after the marker", line_no));
            continue;
        };
        let paragraph: String = body.iter().map(|&k| format!("{}\n", prose[k].1)).collect();
        let source = match &m.source {
            numbers::Source::Example => None,
            numbers::Source::File(path) => match std::fs::read_to_string(dir.join(path)) {
                Ok(s) => Some(s),
                Err(e) => {
                    problems.push(format!("line {}: {}: {}", line_no, path, e));
                    continue;
                }
            },
            numbers::Source::Below | numbers::Source::Above | numbers::Source::Block(_) => {
                let block = match m.source {
                    numbers::Source::Below => found.iter().find(|b| b.line > *line_no && is_checked(b)),
                    numbers::Source::Above => found.iter().rev().find(|b| b.line < *line_no && is_checked(b)),
                    numbers::Source::Block(n) => found.iter().find(|b| b.index == n && is_checked(b)),
                    _ => None,
                };
                match block.map(|b| resolve_includes(dir, &b.text)) {
                    Some(Ok(text)) => Some(text),
                    Some(Err(e)) => {
                        problems.push(format!("line {}: {}", line_no, e));
                        continue;
                    }
                    None => {
                        problems.push(format!("line {}: no checked block {:?} the marker", line_no, m.source));
                        continue;
                    }
                }
            }
        };
        let tokens = listed.entry(para[first]).or_default();
        problems.extend(numbers::check(&m, &paragraph, source.as_deref(), tokens));
        for t in &m.tokens {
            tokens.extend(t.split(['=', '+', '-', '*', '/']).filter(|s| !s.is_empty()).map(str::to_string));
        }
    }
    for (i, (line_no, line)) in prose.iter().enumerate() {
        if numbers::marker(*line_no, line).is_some() {
            continue;
        }
        let tokens = listed.get(&para[i]);
        for q in numbers::quoted(line) {
            if !tokens.is_some_and(|t| t.contains(&q)) {
                problems.push(format!(
                    "line {}: {} is quoted but no `<!-- numbers... -->` marker before the paragraph checks it",
                    line_no, q
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// A ```text block marked `<!-- emitter: NAME -->` must be the generated
/// emitter `emit_NAME` from `$OUT_DIR/stencils.rs`, as the build wrote it.
fn emitter_trial(block: &Block, name: &str) -> Result<(), Failed> {
    let generated = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/stencils.rs")).map_err(|e| e.to_string())?;
    let head = format!("pub fn emit_{}(", name);
    let start = generated.find(&head).ok_or_else(|| format!("no emitter {} in the generated table", head))?;
    let len = generated[start..].find("\n}\n").ok_or("an unterminated emitter")? + 3;
    let emitter = &generated[start..start + len];
    if lines_match(&normalise(&block.text), &normalise(emitter)) {
        Ok(())
    } else {
        Err(format!("line {}: the emitter is now:\n{}--- but the book shows:\n{}", block.line, emitter, block.text)
            .into())
    }
}

// ---- links and structure ----

/// The identifier a code-span link text names, if it is one:
/// `` `Vm::collect` `` -> `collect`, `` `run()` `` -> `run`.
fn named_identifier(text: &str) -> Option<String> {
    let code = text.strip_prefix('`')?.strip_suffix('`')?;
    let last = code.rsplit("::").next()?.trim_end_matches("()").trim_end_matches('!');
    let ident = !last.is_empty() && last.chars().all(|c| c.is_alphanumeric() || c == '_');
    ident.then(|| last.to_string())
}

fn links_trial(md_path: &Path) -> Result<(), Failed> {
    let md = std::fs::read_to_string(md_path).map_err(|e| e.to_string())?;
    let dir = md_path.parent().expect("parent");
    let (_, prose) = blocks(&md);
    let mut problems = Vec::new();
    for (line_no, line) in prose {
        for (text, target) in links(&line) {
            if target.contains("://") || target.starts_with("mailto:") || target.starts_with('#') {
                continue;
            }
            let path = target.split('#').next().unwrap_or("");
            let file = dir.join(path);
            if !file.exists() {
                problems.push(format!("line {}: link to {} which does not exist", line_no, target));
                continue;
            }
            if let Some(ident) = named_identifier(&text) {
                if file.is_file() {
                    let content = std::fs::read_to_string(&file).unwrap_or_default();
                    if !content.contains(&ident) {
                        problems.push(format!("line {}: {} does not mention `{}`", line_no, target, ident));
                    }
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn chapters() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(book()).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    v.retain(|p| {
        p.extension().is_some_and(|e| e == "md") && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("ch"))
    });
    v.sort();
    v
}

fn structure_trial() -> Result<(), Failed> {
    let summary = std::fs::read_to_string(book().join("SUMMARY.md")).map_err(|e| format!("SUMMARY.md: {}", e))?;
    let listed: Vec<String> = summary.lines().flat_map(|l| links(l).into_iter().map(|(_, t)| t)).collect();
    let mut problems = Vec::new();
    let chapters = chapters();
    if chapters.is_empty() {
        problems.push("no chapters found".to_string());
    }
    for ch in chapters {
        let name = ch.file_name().expect("name").to_string_lossy().into_owned();
        if !listed.contains(&name) {
            problems.push(format!("SUMMARY.md does not list {}", name));
        }
        let text = std::fs::read_to_string(&ch).unwrap_or_default();
        if !text.lines().any(|l| l.trim() == "## Exercises") {
            problems.push(format!("{} has no `## Exercises` section", name));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// The indices of the lines of `new` that a longest-common-subsequence
/// diff against `old` finds added or changed.
fn added_lines(old: &[&str], new: &[&str]) -> Vec<usize> {
    // common[i][j]: the longest common subsequence of old[i..] and new[j..].
    let mut common = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] =
                if old[i] == new[j] { common[i + 1][j + 1] + 1 } else { common[i + 1][j].max(common[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut added) = (0, 0, Vec::new());
    while j < new.len() {
        if i < old.len() && old[i] == new[j] {
            i += 1;
            j += 1;
        } else if i < old.len() && common[i + 1][j] >= common[i][j + 1] {
            i += 1;
        } else {
            added.push(j);
            j += 1;
        }
    }
    added
}

/// Each anchor of a file: its name and the range of lines between its
/// `ANCHOR:` and `ANCHOR_END:` lines.
fn anchor_spans(lines: &[&str]) -> Vec<(String, std::ops::Range<usize>)> {
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut spans = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(name) = line.split("ANCHOR_END:").nth(1) {
            let name = name.trim().to_string();
            if let Some(k) = open.iter().position(|(n, _)| *n == name) {
                let (_, start) = open.remove(k);
                spans.push((name, start + 1..i));
            }
        } else if let Some(name) = line.split("ANCHOR:").nth(1) {
            open.push((name.trim().to_string(), i));
        }
    }
    spans
}

/// Every line a build-along step adds to the code is on its page: inside
/// an anchor the page includes (or a whole file it includes). Comments,
/// lines of closing brackets and the checkpoint's tests (which the page
/// quotes as it chooses) are exempt. So a reader who types what the pages
/// show ends each step with the checkpoint's program.
fn build_along_steps_trial() -> Result<(), Failed> {
    let dir = root().join("tutorial/build-along");
    let mut steps: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ch"))
        .collect();
    steps.sort();
    let mut problems = Vec::new();
    for (k, step) in steps.iter().enumerate() {
        let page = std::fs::read_to_string(book().join("build-along").join(format!("{}.md", step))).unwrap_or_default();
        let prefix = format!("{{{{#include ../../build-along/{}/src/", step);
        let included: Vec<(String, Option<String>)> = page
            .split(prefix.as_str())
            .skip(1)
            .filter_map(|rest| rest.split_once("}}"))
            .map(|(spec, _)| match spec.split_once(':') {
                Some((file, anchor)) => (file.to_string(), Some(anchor.to_string())),
                None => (spec.to_string(), None),
            })
            .collect();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(step).join("src"))
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in files {
            let name = file.file_name().expect("name").to_string_lossy().into_owned();
            let new_text = std::fs::read_to_string(&file).unwrap_or_default();
            let old_text = match k {
                0 => String::new(),
                _ => std::fs::read_to_string(dir.join(&steps[k - 1]).join("src").join(&name)).unwrap_or_default(),
            };
            let (old, new): (Vec<&str>, Vec<&str>) = (old_text.lines().collect(), new_text.lines().collect());
            let tests_start = new.iter().position(|l| l.trim() == "#[cfg(test)]").unwrap_or(new.len());
            let spans = anchor_spans(&new);
            let shown = |i: usize| {
                included.iter().any(|(f, anchor)| {
                    *f == name && anchor.as_ref().is_none_or(|a| spans.iter().any(|(n, r)| n == a && r.contains(&i)))
                })
            };
            for i in added_lines(&old, &new) {
                let line = new[i].trim();
                let exempt = line.is_empty()
                    || line.starts_with("//")
                    || line.chars().all(|c| "{}()[];,".contains(c))
                    || i >= tests_start;
                if !exempt && !shown(i) {
                    problems.push(format!("{}/src/{}:{}: `{}` is not on the page", step, name, i + 1, line));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// mdBook builds the book without an error or a warning (an include it
/// cannot read is only logged, so the log is checked as well as the exit
/// status). Passes with a message when `mdbook` is not installed: it is a
/// tool for the book's readers, not a dependency of the tests.
fn mdbook_trial() -> Result<(), Failed> {
    let out_dir = scratch_dir().join("mdbook");
    let run = Command::new("mdbook").arg("build").arg(root().join("tutorial")).arg("-d").arg(&out_dir).output();
    let output = match run {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("book::mdbook_build: skipped, mdbook is not installed (cargo install mdbook --locked)");
            return Ok(());
        }
        Err(e) => return Err(format!("cannot run mdbook: {}", e).into()),
    };
    let log = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let complaints: Vec<&str> = log.lines().filter(|l| l.contains("ERROR") || l.contains("WARN")).collect();
    if !output.status.success() || !complaints.is_empty() {
        return Err(format!("mdbook build failed ({}):\n{}", output.status, complaints.join("\n")).into());
    }
    for page in ["index.html", "solutions.html", "build-along/ch14.html"] {
        if !out_dir.join(page).exists() {
            return Err(format!("mdbook did not write {}", page).into());
        }
    }
    Ok(())
}

/// The numbered items at the start of a line in `text` (`1. ...`), each
/// with its text up to the next item.
fn numbered_items(text: &str) -> Vec<(usize, String)> {
    let mut items: Vec<(usize, String)> = Vec::new();
    for line in text.lines() {
        let number = line.split_once(". ").and_then(|(n, _)| n.parse::<usize>().ok());
        match (number, items.last_mut()) {
            (Some(n), _) => items.push((n, line.to_string())),
            (None, Some((_, item))) => {
                item.push('\n');
                item.push_str(line);
            }
            (None, None) => {}
        }
    }
    items
}

/// Every challenge of every chapter (and of the x86 interlude) has an
/// entry in the appendix, numbered as in the chapter, with a hint before
/// its solution, and the chapter's exercises link to that section.
fn challenges_trial() -> Result<(), Failed> {
    let solutions = std::fs::read_to_string(book().join("solutions.md")).map_err(|e| format!("solutions.md: {}", e))?;
    let section = |title: &str| -> Option<String> {
        let start = solutions.find(&format!("\n## {}\n", title))? + title.len() + 5;
        let end = solutions[start..].find("\n## ").map_or(solutions.len(), |e| start + e);
        Some(solutions[start..end].to_string())
    };
    let mut pages: Vec<(PathBuf, String, String)> = chapters()
        .into_iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            let n: usize = name.strip_prefix("ch")?.get(..2)?.parse().ok()?;
            Some((p, format!("Chapter {}", n), format!("chapter-{}", n)))
        })
        .collect();
    pages.push((book().join("x86-primer.md"), "Interlude: x86-64".into(), "interlude-x86-64".into()));
    let mut problems = Vec::new();
    for (page, title, anchor) in pages {
        let name = page.file_name().expect("name").to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&page).unwrap_or_default();
        let exercises = match text.split_once("\n## Exercises\n") {
            Some((_, rest)) => rest.split("\n## ").next().unwrap_or("").to_string(),
            None => continue, // `structure` reports it
        };
        if !exercises.contains(&format!("(solutions.md#{})", anchor)) {
            problems.push(format!("{}: the exercises do not link to solutions.md#{}", name, anchor));
        }
        let Some(answers) = section(&title) else {
            problems.push(format!("solutions.md has no `## {}` section", title));
            continue;
        };
        let asked: Vec<usize> = numbered_items(&exercises).into_iter().map(|(n, _)| n).collect();
        let answered = numbered_items(&answers);
        let numbers: Vec<usize> = answered.iter().map(|(n, _)| *n).collect();
        if numbers != asked {
            problems.push(format!("{}: challenges {:?}, but solutions.md answers {:?}", name, asked, numbers));
        }
        for (n, item) in answered {
            let hint = item.find("*Hint:*");
            let solution = item.find("*Solution:*");
            if hint.is_none() || solution.is_none() || hint > solution {
                problems
                    .push(format!("solutions.md, {} challenge {}: needs a *Hint:* and then a *Solution:*", title, n));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let node = node_available();
    if std::env::var_os("STITCH_BLESS").is_some_and(|v| v == "1") {
        for md in chapters() {
            match bless(&md) {
                Ok(changed) => changed.iter().for_each(|c| eprintln!("blessed {}", c)),
                Err(e) => eprintln!("cannot bless {}: {}", md.display(), e),
            }
        }
    }
    let mut trials = vec![
        Trial::test("book::structure", structure_trial),
        Trial::test("book::challenges", challenges_trial),
        Trial::test("book::mdbook_build", mdbook_trial),
        Trial::test("build-along::steps_are_shown", build_along_steps_trial),
        Trial::test("book::harness", harness_trial),
        Trial::test("book::generic_fill", || fill::check().map_err(Failed::from)),
        Trial::test("book::numbers_rules", || numbers::self_check().map_err(Failed::from)),
    ];
    let mut md_files: Vec<(String, PathBuf)> =
        chapters().into_iter().map(|p| (p.file_stem().expect("stem").to_string_lossy().into_owned(), p)).collect();
    md_files.push(("SUMMARY".into(), book().join("SUMMARY.md")));
    md_files.push(("introduction".into(), book().join("README.md")));
    md_files.push(("tutorial-README".into(), root().join("tutorial/README.md")));
    md_files.push(("x86-primer".into(), book().join("x86-primer.md")));
    md_files.push(("solutions".into(), book().join("solutions.md")));
    trials.push(Trial::test("book::includes", includes_trial));
    for page in build_along_pages() {
        md_files.push((format!("build-along-{}", page.file_stem().expect("stem").to_string_lossy()), page));
    }
    for (stem, md) in md_files {
        let text = std::fs::read_to_string(&md).unwrap_or_default();
        let md2 = md.clone();
        trials.push(Trial::test(format!("{}::links", stem), move || links_trial(&md2)));
        let md3 = md.clone();
        // The chapters, the interlude and the appendix quote stitch's source.
        let book_page = stem.starts_with("ch") || stem == "x86-primer" || stem == "solutions";
        trials.push(Trial::test(format!("{}::includes", stem), move || chapter_includes_trial(&md3, book_page)));
        if book_page {
            let md4 = md.clone();
            trials.push(Trial::test(format!("{}::numbers", stem), move || numbers_trial(&md4)));
        }
        let (found, _) = blocks(&text);
        let dir = md.parent().expect("parent").to_path_buf();
        for mut block in found {
            // An include that does not resolve fails the `includes` trial.
            block.text = resolve_includes(&dir, &block.text).unwrap_or(block.text);
            let name = format!("{}::block-{:02}-{}", stem, block.index, block.tag);
            let chapter = stem.clone();
            let trial = match block.tag.as_str() {
                "js" => Trial::test(name, move || js_trial(&chapter, &block, node)),
                "console" => Trial::test(name, move || console_trial(&block)),
                "text" if block.emitter.is_some() => {
                    let stencil_name = block.emitter.clone().unwrap_or_default();
                    Trial::test(name, move || emitter_trial(&block, &stencil_name))
                }
                "text" if block.stencil.is_some() => {
                    let stencil = block.stencil.clone().unwrap_or_default();
                    Trial::test(name, move || stencil_trial(&block, &stencil))
                }
                "repl" => Trial::test(name, move || repl_trial(&chapter, &block)),
                t if SHOWN_ONLY.contains(&t) => continue,
                _ => Trial::test(name, move || {
                    Err(format!(
                        "line {}: unknown code block tag {:?} (use js, console, or one of {:?})",
                        block.line, block.tag, SHOWN_ONLY
                    )
                    .into())
                }),
            };
            trials.push(trial);
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(scratch_dir());
    conclusion.exit();
}

/// The normalisation and matching rules, checked on known inputs.
fn harness_trial() -> Result<(), Failed> {
    let line = "  00091  48b9312101acd07f0000     mov    rcx, 0x7fd0ac012131           ; hole: call guard";
    let want = "00091 48b9XXXXXXXXXXXXXXXX mov rcx, 0xADDR ; hole: call guard";
    let checks = [
        (normalise(line).join(""), want.to_string()),
        (normalise("mov rax, 0x100000000 ; smi").join(""), "mov rax, 0x100000000 ; smi".to_string()),
        (
            normalise("[jit] compile f (3 bytecodes, 29.4 µs)").join(""),
            "[jit] compile f (3 bytecodes, N TIME)".to_string(),
        ),
        // A faster machine prints µs where the book shows ms.
        (
            normalise("time: 812.5 µs  tier: interpreter").join(""),
            normalise("time: 15.551 ms  tier: interpreter").join(""),
        ),
        (shell_words(r#"stitch -e 'a b' "c\"d" e\ f"#)?.join("|"), "stitch|-e|a b|c\"d|e f".to_string()),
    ];
    for (got, want) in checks {
        if got != want {
            return Err(format!("normalised to {:?}, expected {:?}", got, want).into());
        }
    }
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let ok = lines_match(&s(&["a", "...", "d"]), &s(&["a", "b", "c", "d"]))
        && lines_match(&s(&["a", "...", "b"]), &s(&["a", "b"]))
        && !lines_match(&s(&["a", "...", "d"]), &s(&["a", "b"]))
        && lines_match(&s(&["x [..] z"]), &s(&["x yyy z"]))
        && !lines_match(&s(&["x [..] z"]), &s(&["x yyy"]));
    if !ok {
        return Err("`...` / `[..]` matching is broken".into());
    }
    let blessed = bless_expected("a\n...\nx 1\ny\n...\nz\n", "a\nb\nx 2\ny\nc\nz\n");
    if blessed != "a\n...\nx 2\ny\n...\nz\n" {
        return Err(format!("bless kept the wrong lines: {:?}", blessed).into());
    }
    Ok(())
}

// ---- mdBook includes ----

/// The build-along pages, `tutorial/src/build-along/*.md` (one per checkpoint
/// in `tutorial/build-along/`).
fn build_along_pages() -> Vec<PathBuf> {
    let dir = book().join("build-along");
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "md"));
    v.sort();
    v
}

/// `resolve_includes` on known inputs: an anchor is cut out without its
/// marker lines (nested ones too), and a missing file or anchor is an error.
fn includes_trial() -> Result<(), Failed> {
    let dir = scratch_dir().join("includes");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let code = "a\n// ANCHOR: outer\nb\n// ANCHOR: inner\nc\n// ANCHOR_END: inner\n// ANCHOR_END: outer\nd\n";
    std::fs::write(dir.join("x.rs"), code).map_err(|e| e.to_string())?;
    let checks = [
        ("{{#include x.rs:outer}}", Some("b\nc")),
        ("<{{#include x.rs:inner}}>", Some("<c>")),
        ("{{#include x.rs}}", Some("a\nb\nc\nd")),
        ("{{#include x.rs:nowhere}}", None),
        ("{{#include y.rs:outer}}", None),
    ];
    for (text, want) in checks {
        let got = resolve_includes(&dir, text).ok();
        if got.as_deref() != want {
            return Err(format!("{:?} resolved to {:?}, expected {:?}", text, got, want).into());
        }
    }
    Ok(())
}
