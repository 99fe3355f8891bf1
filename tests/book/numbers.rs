//! The numbers the book's prose quotes, checked against their source.
//!
//! A paragraph that quotes a number the binary prints (an offset, a byte or
//! hole count, a `--stats` line) or one the code defines (a tag, a size)
//! is preceded by a marker naming the numbers and where they come from:
//!
//! * `<!-- numbers: 0x39 0x122 338 -->` — from the nearest *checked* block
//!   after the paragraph (a console or repl transcript, a stencil listing,
//!   a js program), which the tutorial test itself compares with the
//!   binary's output;
//! * `<!-- numbers above: ... -->` — from the nearest checked block before
//!   the marker;
//! * `<!-- numbers in block N: ... -->` — from the chapter's checked block
//!   number N (counted from 1 as in the trial names `CHAPTER::block-NN-…`);
//! * `<!-- numbers in PATH: ... -->` — from a file, PATH relative to the
//!   chapter (`../../src/value.rs`);
//! * `<!-- numbers example: ... -->` — not a measurement (a literal in a
//!   program, a worked example whose arithmetic the reader does).
//!
//! Every number listed must occur, as a whole word, in the paragraph that
//! follows the marker and (but for `example`) in its source. A hex number
//! `0x39` also matches the five-digit offset column `00039` of a listing.
//! A token `A-B=C` (with `+`, `-`, `*`, `/`, evaluated left to right, so
//! `1048576-256/4=262080` is `(1048576 − 256) / 4`) is arithmetic: it must
//! hold exactly, each operand
//! must occur in the source (or be a small constant below 16 such as the
//! 4 of a rel32 field, or the result of an earlier token, or a
//! number an earlier marker of the same paragraph checked), and every
//! number in it must occur in the paragraph.
//!
//! So that nothing quoted escapes, every hexadecimal number and every
//! number with a unit (bytes, holes, jumps, entries, calls, objects,
//! iterations, slots, hits, a time…; see `quoted`) in a chapter's prose
//! must be listed by a marker of its paragraph. Timings are not: they
//! come from benchmark runs, which chapter 14's rules govern, and
//! transcripts normalise them.

/// One marker: where its numbers come from, and the numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Below,
    Above,
    /// The chapter's fenced block of that number (from 1, as in the
    /// trials' names `CHAPTER::block-NN-TAG`).
    Block(usize),
    File(String),
    Example,
}

#[derive(Debug, Clone)]
pub struct Marker {
    pub line: usize,
    pub source: Source,
    pub tokens: Vec<String>,
}

/// Parses `<!-- numbers...: ... -->`, if the line is one.
pub fn marker(line_no: usize, line: &str) -> Option<Result<Marker, String>> {
    let body = line.trim().strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    let rest = body.strip_prefix("numbers")?;
    let Some((head, tokens)) = rest.split_once(':') else {
        return Some(Err(format!("line {}: a numbers marker needs a `:`", line_no)));
    };
    let head = head.trim();
    let source = match head {
        "" => Source::Below,
        "above" => Source::Above,
        "example" => Source::Example,
        h => match (h.strip_prefix("in block "), h.strip_prefix("in ")) {
            (Some(n), _) => match n.trim().parse() {
                Ok(n) => Source::Block(n),
                Err(_) => return Some(Err(format!("line {}: {:?} is not a block number", line_no, n))),
            },
            (None, Some(path)) => Source::File(path.trim().to_string()),
            (None, None) => return Some(Err(format!("line {}: unknown numbers source {:?}", line_no, h))),
        },
    };
    let tokens: Vec<String> = tokens.split_whitespace().map(str::to_string).collect();
    if tokens.is_empty() {
        return Some(Err(format!("line {}: a numbers marker without numbers", line_no)));
    }
    Some(Ok(Marker { line: line_no, source, tokens }))
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `word` occurs in `text` with no word character either side.
pub fn has_word(text: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(p) = text[from..].find(word) {
        let at = from + p;
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        if !before.is_some_and(word_char) && !after.is_some_and(word_char) {
            return true;
        }
        from = at + word.len();
    }
    false
}

/// Whether the source text shows the number `token`.
fn in_source(source: &str, token: &str) -> bool {
    if has_word(source, token) {
        return true;
    }
    match token.strip_prefix("0x").and_then(|h| u64::from_str_radix(h, 16).ok()) {
        Some(v) => has_word(source, &format!("{:05x}", v)),
        None => false,
    }
}

fn parse_number(s: &str) -> Option<i128> {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let v = match s.strip_prefix("0x") {
        Some(h) => i128::from_str_radix(h, 16).ok()?,
        None => s.parse::<i128>().ok()?,
    };
    Some(if neg { -v } else { v })
}

/// `A-B*C=D` → the operators and operands (the first with `+`), and D.
fn arithmetic(token: &str) -> Option<(Vec<(char, String)>, String)> {
    let (expr, result) = token.split_once('=')?;
    let mut terms = Vec::new();
    let mut op = '+';
    let mut cur = String::new();
    for c in expr.chars() {
        if matches!(c, '+' | '-' | '*' | '/') && !cur.is_empty() {
            terms.push((op, std::mem::take(&mut cur)));
            op = c;
        } else {
            cur.push(c);
        }
    }
    terms.push((op, cur));
    Some((terms, result.to_string()))
}

/// Checks one marker against its paragraph and its source text (`None`
/// for an example).
pub fn check(m: &Marker, paragraph: &str, source: Option<&str>, known: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut derived: Vec<String> = known.to_vec();
    for token in &m.tokens {
        if let Some((terms, result)) = arithmetic(token) {
            let mut sum: i128 = 0;
            for (op, t) in &terms {
                match parse_number(t) {
                    Some(v) => match op {
                        '+' => sum += v,
                        '-' => sum -= v,
                        '*' => sum *= v,
                        _ if v != 0 && sum % v == 0 => sum /= v,
                        _ => problems.push(format!("line {}: {} does not divide exactly in {:?}", m.line, t, token)),
                    },
                    None => problems.push(format!("line {}: {:?} is not a number in {:?}", m.line, t, token)),
                }
                let small = t.parse::<u8>().is_ok_and(|v| v < 16);
                if let Some(src) = source {
                    if !small && !derived.contains(t) && !in_source(src, t) {
                        problems.push(format!("line {}: {} (in {}) is not in the source", m.line, t, token));
                    }
                }
                if !has_word(paragraph, t) {
                    problems.push(format!("line {}: {} (in {}) is not in the paragraph", m.line, t, token));
                }
            }
            match parse_number(&result) {
                Some(v) if v == sum || (v >= 0 && v == sum & 0xffff_ffff && result.starts_with("0x")) => {}
                _ => problems.push(format!("line {}: {} does not hold (the left side is {})", m.line, token, sum)),
            }
            if !has_word(paragraph, &result) {
                problems.push(format!("line {}: {} is not in the paragraph", m.line, result));
            }
            derived.push(result);
            continue;
        }
        if !has_word(paragraph, token) {
            problems.push(format!("line {}: {} is not in the paragraph after the marker", m.line, token));
        }
        if let Some(src) = source {
            if !derived.contains(token) && !in_source(src, token) {
                problems.push(format!("line {}: {} is not in the source ({:?})", m.line, token, m.source));
            }
        }
    }
    problems
}

/// The numbers a prose line quotes: hexadecimal numbers, and numbers
/// followed by a unit (`bytes`, `holes`, `calls`, `ms`, … below), except
/// a chapter's number.
pub fn quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !word_char(chars[i - 1]);
        if starts_word && chars[i] == '0' && chars.get(i + 1) == Some(&'x') {
            let mut j = i + 2;
            while j < chars.len() && chars[j].is_ascii_hexdigit() {
                j += 1;
            }
            if j > i + 2 && !(j < chars.len() && word_char(chars[j])) {
                out.push(chars[i..j].iter().collect());
            }
            i = j;
            continue;
        }
        if starts_word && chars[i].is_ascii_digit() {
            // The whole number as written: `1,000`, `0.25`.
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || (matches!(chars[j], ',' | '.') && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                j += 1;
            }
            let rest: String = chars[j..].iter().collect();
            let unit = [
                "bytes",
                "holes",
                "jumps",
                "entries",
                "KiB",
                "MiB",
                "calls",
                "objects",
                "allocations",
                "instructions",
                "bytecodes",
                "iterations",
                "collections",
                "stencils",
                "slots",
                "hits",
                "shapes",
                "times",
            ];
            let after_unit = |r: &str, u: &str| r.strip_prefix(u).is_some_and(|t| !t.starts_with(word_char));
            let before: String = chars[..i].iter().collect();
            let a_chapter = before.to_lowercase().trim_end().ends_with("chapter");
            if !a_chapter && unit.iter().any(|u| rest.strip_prefix(' ').is_some_and(|r| after_unit(r, u))) {
                out.push(chars[i..j].iter().collect());
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// The rules above, on known inputs.
pub fn self_check() -> Result<(), String> {
    let q = quoted("338 bytes at `0x39`, 1,000 calls, chapter 9 holes, 12 hot, 2 µs");
    if q != ["338", "0x39", "1,000"] {
        return Err(format!("quoted: {:?}", q));
    }
    if !has_word("jmp 0x66 ;", "0x66") || has_word("0x660", "0x66") || !in_source("  00039  48", "0x39") {
        return Err("word matching is broken".into());
    }
    let m =
        |source, tokens: &[&str]| Marker { line: 1, source, tokens: tokens.iter().map(|t| t.to_string()).collect() };
    let ok = check(&m(Source::Below, &["353-338=15"]), "353 − 338 = 15", Some("353 338"), &[]).is_empty()
        && !check(&m(Source::Below, &["353-338=16"]), "353 − 338 = 16", Some("353 338"), &[]).is_empty()
        && check(
            &m(Source::Below, &["1048576-256/4=262080"]),
            "(1048576 − 256) / 4 = 262080",
            Some("1048576 256"),
            &[],
        )
        .is_empty()
        && !check(&m(Source::Below, &["0x122"]), "at 0x122", Some("jne 0x123"), &[]).is_empty()
        && check(&m(Source::Example, &["0x122"]), "at 0x122", None, &[]).is_empty();
    if ok {
        Ok(())
    } else {
        Err("marker checking is broken".into())
    }
}
