//! Regular expressions below the built-ins: flags, compiling a pattern with
//! the `regress` crate (an ECMAScript regex engine, Boa's), V8's wording
//! for the syntax errors, the `source` text, and matching on a stitch
//! string. The lexer calls [`check`] so that an invalid literal is an early
//! SyntaxError; `builtins/regexp.rs` is everything a script sees.
//!
//! Why regress: writing a backtracking engine with JavaScript's exact
//! semantics (case folding, `u` mode's code points, lookbehind, named
//! groups, the legacy Annex B syntax) is a project of its own; regress
//! implements exactly that syntax and matches UTF-16 input directly
//! (`find_from_ucs2`/`find_from_utf16`), so indices are code units as in
//! JavaScript and no string is converted to UTF-8 and back.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Flag bits, in the order `flags` lists them (`dgimsuvy`).
pub const HAS_INDICES: u8 = 1;
pub const GLOBAL: u8 = 2;
pub const IGNORE_CASE: u8 = 4;
pub const MULTILINE: u8 = 8;
pub const DOT_ALL: u8 = 16;
pub const UNICODE: u8 = 32;
pub const UNICODE_SETS: u8 = 64;
pub const STICKY: u8 = 128;

const FLAG_CHARS: [(char, u8); 8] = [
    ('d', HAS_INDICES),
    ('g', GLOBAL),
    ('i', IGNORE_CASE),
    ('m', MULTILINE),
    ('s', DOT_ALL),
    ('u', UNICODE),
    ('v', UNICODE_SETS),
    ('y', STICKY),
];

/// The flag bits of `text`, None when a flag is unknown or repeated, or
/// `u` and `v` are both given.
pub fn parse_flags(text: &[u16]) -> Option<u8> {
    let mut bits = 0u8;
    for &u in text {
        let &(_, b) = FLAG_CHARS.iter().find(|(c, _)| *c as u16 == u)?;
        if bits & b != 0 {
            return None;
        }
        bits |= b;
    }
    if bits & UNICODE != 0 && bits & UNICODE_SETS != 0 {
        return None;
    }
    Some(bits)
}

/// The text of flag bits, in the canonical order.
pub fn flags_text(bits: u8) -> String {
    FLAG_CHARS.iter().filter(|(_, b)| bits & b != 0).map(|(c, _)| *c).collect()
}

/// What a RegExp object holds besides its properties: the pattern as it
/// was given (`source` escapes it), its flags and the compiled program,
/// shared with the compile cache and with the copies `new RegExp(re)` and
/// `matchAll` make (the program is immutable; each object has its own
/// `lastIndex`). Holding no `Value`, it needs no tracing; dropping the
/// object drops its reference.
pub struct RegExpData {
    pub pattern: Rc<[u16]>,
    pub flags: u8,
    pub program: Rc<Program>,
}

/// A pattern's compiled forms. regress with UTF-16 input (the `utf16`
/// feature, which lone surrogates need) tries a match at every position
/// from the start it is given, even for a sticky search or a pattern
/// anchored with `^`: a failing `/^y/.test(s)` or a lexer's sticky
/// `/\d+/y` at each token cost time in the length of the rest of `s`
/// (1 MB: 30 ms a test). `anchored` is `(?:P)|()`, whose empty second
/// alternative matches wherever P fails, so its search ends at the
/// first position it tries: P matched there, or the extra last group
/// says it did not.
pub struct Program {
    pub main: regress::Regex,
    anchored: OnceCell<Option<regress::Regex>>,
    /// The source (after Annex B's rewrite) the anchored form wraps.
    source: Vec<u16>,
    /// `^` begins every alternative and the flags have no `m`: a match
    /// starts at 0 or nowhere.
    start_only: bool,
}

impl Program {
    fn anchored(&self, flags: u8) -> Option<&regress::Regex> {
        self.anchored
            .get_or_init(|| {
                let mut wrapped: Vec<u16> = "(?:".encode_utf16().collect();
                wrapped.extend_from_slice(&self.source);
                wrapped.extend(")|()".encode_utf16());
                compile_raw(&wrapped, flags).ok()
            })
            .as_ref()
    }
}

/// Whether every alternative of `pattern` begins with `^`: it starts
/// with `^` and has no `|` outside groups and classes (conservative: a
/// `|` anywhere at the top level says no).
fn starts_only_at_start(pattern: &[u16]) -> bool {
    if pattern.first() != Some(&(b'^' as u16)) {
        return false;
    }
    let (mut depth, mut class, mut i) = (0usize, false, 0);
    while i < pattern.len() {
        match pattern[i] {
            0x5c => i += 1, // an escape: skip what it escapes
            0x5b if !class => class = true,
            0x5d if class => class = false,
            0x28 if !class => depth += 1,
            0x29 if !class => depth = depth.saturating_sub(1),
            0x7c if !class && depth == 0 => return false,
            _ => {}
        }
        i += 1;
    }
    true
}

impl RegExpData {
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// Compiled programs by pattern and flags, so that a literal in a loop (a
/// new object each evaluation, as JavaScript specifies) or a `new
/// RegExp(s)` of the same text compiles once. Bounded: cleared when full.
#[derive(Default)]
pub struct Cache {
    map: HashMap<(Rc<[u16]>, u8), Rc<Program>>,
}

const CACHE_LIMIT: usize = 512;

impl Cache {
    /// The program of `pattern` with `flags`, or V8's message for why it
    /// does not compile.
    pub fn compile(&mut self, pattern: &Rc<[u16]>, flags: u8) -> Result<Rc<Program>, String> {
        if let Some(p) = self.map.get(&(pattern.clone(), flags)) {
            return Ok(p.clone());
        }
        let program = Rc::new(compile(pattern, flags)?);
        if self.map.len() >= CACHE_LIMIT {
            self.map.clear();
        }
        self.map.insert((pattern.clone(), flags), program.clone());
        Ok(program)
    }
}

/// The pattern's code points (a surrogate pair is one; a lone surrogate
/// stays itself), as regress reads patterns.
fn code_points(units: &[u16]) -> impl Iterator<Item = u32> + Clone + '_ {
    char::decode_utf16(units.iter().copied()).map(|r| match r {
        Ok(c) => c as u32,
        Err(e) => e.unpaired_surrogate() as u32,
    })
}

fn regress_flags(flags: u8) -> regress::Flags {
    regress::Flags {
        icase: flags & IGNORE_CASE != 0,
        multiline: flags & MULTILINE != 0,
        dot_all: flags & DOT_ALL != 0,
        unicode: flags & UNICODE != 0,
        unicode_sets: flags & UNICODE_SETS != 0,
        no_opt: false,
    }
}

/// Compiles `pattern`; the error is V8's text after the pattern
/// (`Unterminated group`).
fn compile(pattern: &[u16], flags: u8) -> Result<Program, String> {
    // regress recurses while it parses; a pattern nested deeper than this
    // would overflow the native stack before it says "too deeply nested".
    if nesting(pattern) > 1000 {
        return Err("Regular expression too large".into());
    }
    let unicode = flags & (UNICODE | UNICODE_SETS) != 0;
    let source = if unicode { pattern.to_vec() } else { annex_b_braces(pattern) };
    let main = compile_raw(&source, flags)?;
    let start_only = flags & MULTILINE == 0 && starts_only_at_start(&source);
    Ok(Program { main, anchored: OnceCell::new(), source, start_only })
}

/// regress's program for `source` as it is (Annex B's rewrite done).
fn compile_raw(source: &[u16], flags: u8) -> Result<regress::Regex, String> {
    regress::Regex::from_unicode(code_points(source), regress_flags(flags))
        .map_err(|e| v8_message(source, flags, &e.text))
}

/// Without `u`, `\u{61}` is not a code point escape: Annex B reads it as
/// `u{61}` (61 `u`s); regress reads the escape in both modes, so the
/// backslash goes.
fn annex_b_braces(pattern: &[u16]) -> Vec<u16> {
    let mut out = Vec::with_capacity(pattern.len());
    let mut i = 0;
    while i < pattern.len() {
        let u = pattern[i];
        if u == b'\\' as u16 && i + 1 < pattern.len() {
            if pattern[i + 1] == b'u' as u16 && pattern.get(i + 2) == Some(&(b'{' as u16)) {
                out.push(b'u' as u16);
            } else {
                out.extend_from_slice(&pattern[i..i + 2]);
            }
            i += 2;
            continue;
        }
        out.push(u);
        i += 1;
    }
    out
}

/// How deeply groups and classes nest.
fn nesting(pattern: &[u16]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for &u in pattern {
        match u {
            0x28 | 0x5B => {
                depth += 1;
                max = max.max(depth);
            }
            0x29 | 0x5D => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// The message node gives for a pattern regress refuses with `text`.
/// regress's wording differs from V8's; where one regress message covers
/// several of V8's (an unbalanced parenthesis is an unterminated group or
/// an unmatched `)`), the pattern decides.
fn v8_message(pattern: &[u16], flags: u8, text: &str) -> String {
    let unicode = flags & (UNICODE | UNICODE_SETS) != 0;
    let m = match text {
        "Unbalanced parenthesis" => {
            if unmatched_close(pattern) {
                "Unmatched ')'"
            } else {
                "Unterminated group"
            }
        }
        "Unbalanced bracket" | "Unbalanced class set bracket" => "Unterminated character class",
        "Incomplete escape" | "Unterminated escape" => {
            if pattern.last() == Some(&(b'\\' as u16)) {
                "\\ at end of pattern"
            } else if unicode {
                "Invalid escape"
            } else {
                "Invalid regular expression"
            }
        }
        "Invalid atom character" | "Quantifier not allowed here" => "Nothing to repeat",
        "Invalid quantifier" | "Invalid braced quantifier" => {
            if out_of_order_braces(pattern) {
                "numbers out of order in {} quantifier"
            } else if unicode {
                "Incomplete quantifier"
            } else {
                "Nothing to repeat"
            }
        }
        t if t.starts_with("Range values reversed") => "Range out of order in character class",
        "Invalid character range" | "Invalid class set range" => "Range out of order in character class",
        "Duplicate capture group name" => "Duplicate capture group name",
        "Invalid token at named capture group identifier" => "Invalid capture group name",
        "Invalid named backreference syntax" => "Invalid named reference",
        "Invalid group modifier" => "Invalid group",
        "Invalid property name" | "Invalid character at property escape start" => "Invalid property name",
        "Invalid unicode escape" => "Invalid Unicode escape",
        "Invalid character escape" | "Invalid class set escape: expected {" | "Incomplete class set escape" => {
            if unicode && pattern.windows(2).any(|w| w == [b'\\' as u16, b'c' as u16]) {
                "Invalid Unicode escape"
            } else if unicode {
                "Invalid escape"
            } else {
                "Invalid class escape"
            }
        }
        "Capture group count limit exceeded" => "Too many captures",
        "Regular expression is too deeply nested" | "Loop count limit exceeded" => "Regular expression too large",
        t if t.starts_with("Invalid character") => "Invalid escape",
        t if t.contains("named") || t.contains("Named") => "Invalid named capture referenced",
        t => return t.to_string(),
    };
    m.to_string()
}

/// Whether some `)` closes no group (escapes and classes skipped).
fn unmatched_close(pattern: &[u16]) -> bool {
    let (mut depth, mut i, mut class) = (0i32, 0, false);
    while i < pattern.len() {
        match pattern[i] {
            0x5C => i += 1,
            0x5B if !class => class = true,
            0x5D if class => class = false,
            0x28 if !class => depth += 1,
            0x29 if !class => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// Whether the pattern has a `{n,m}` with `n > m`.
fn out_of_order_braces(pattern: &[u16]) -> bool {
    let text = String::from_utf16_lossy(pattern);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            let rest = &text[i + 1..];
            if let Some(close) = rest.find('}') {
                let inner = &rest[..close];
                if let Some((lo, hi)) = inner.split_once(',') {
                    if let (Ok(lo), Ok(hi)) = (lo.parse::<u64>(), hi.parse::<u64>()) {
                        if lo > hi {
                            return true;
                        }
                    }
                }
            }
        }
        i += 1;
    }
    false
}

/// The full message of a SyntaxError for an invalid pattern.
pub fn syntax_message(pattern: &[u16], flags_text: &str, why: &str) -> String {
    format!("Invalid regular expression: /{}/{flags_text}: {why}", String::from_utf16_lossy(pattern))
}

/// Checks a literal's pattern and flags (the lexer's early error): the
/// message, and whether it concerns the flags (node then points at the
/// literal's first character only).
pub fn check(pattern: &str, flags: &str) -> Result<(), (String, bool)> {
    let units: Vec<u16> = pattern.encode_utf16().collect();
    let Some(bits) = parse_flags(&flags.encode_utf16().collect::<Vec<_>>()) else {
        return Err(("Invalid regular expression flags".into(), true));
    };
    compile(&units, bits).map(|_| ()).map_err(|why| (syntax_message(&units, flags, &why), false))
}

/// EscapeRegExpPattern as V8 does it: the text between the slashes of
/// `toString`, `(?:)` for the empty pattern, `/` escaped outside classes
/// and line terminators written as escapes.
pub fn source_text(pattern: &[u16]) -> Vec<u16> {
    if pattern.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(pattern.len());
    let (mut class, mut escaped) = (false, false);
    for &u in pattern {
        if escaped {
            escaped = false;
            match u {
                0x0A => out.extend("n".encode_utf16()),
                0x0D => out.extend("r".encode_utf16()),
                0x2028 => out.extend("u2028".encode_utf16()),
                0x2029 => out.extend("u2029".encode_utf16()),
                _ => out.push(u),
            }
            continue;
        }
        match u {
            0x5C => {
                escaped = true;
                out.push(u);
            }
            0x2F if !class => out.extend("\\/".encode_utf16()),
            0x5B => {
                class = true;
                out.push(u);
            }
            0x5D => {
                class = false;
                out.push(u);
            }
            0x0A => out.extend("\\n".encode_utf16()),
            0x0D => out.extend("\\r".encode_utf16()),
            0x2028 => out.extend("\\u2028".encode_utf16()),
            0x2029 => out.extend("\\u2029".encode_utf16()),
            _ => out.push(u),
        }
    }
    out
}

/// A string prepared for matching: ASCII text is searched as UTF-8 (its
/// byte offsets are its unit indices), anything else as UTF-16 units.
pub struct Subject<'a> {
    ascii: Option<&'a str>,
    units: Cow<'a, [u16]>,
    /// Units `[from, from + len)` of a shared widening (`Subject::shared`),
    /// used instead of `units` when present.
    shared: Option<(Rc<[u16]>, usize, usize)>,
}

impl<'a> Subject<'a> {
    /// A string's ASCII text if it has one, else its units (`units` is
    /// asked only then). Takes the parts, not a `JsStr`: the heap names
    /// `RegExpData`, so this module stays below it.
    pub fn new(ascii: Option<&'a str>, units: impl FnOnce() -> Cow<'a, [u16]>) -> Subject<'a> {
        match ascii {
            Some(a) => Subject { ascii: Some(a), units: Cow::Borrowed(&[]), shared: None },
            None => Subject { ascii: None, units: units(), shared: None },
        }
    }

    /// Units `[from, from + len)` of `units`, a widening shared between
    /// the strings that view one buffer (a one-byte string that is not
    /// ASCII is widened once per buffer, not once per search:
    /// `builtins::regexp::subject_of`).
    pub fn shared(units: Rc<[u16]>, from: usize, len: usize) -> Subject<'static> {
        Subject { ascii: None, units: Cow::Borrowed(&[]), shared: Some((units, from, len)) }
    }

    /// The units searched when the text is not ASCII.
    fn wide(&self) -> &[u16] {
        match &self.shared {
            Some((units, from, len)) => units.get(*from..*from + *len).unwrap_or(&[]),
            None => &self.units,
        }
    }

    pub fn len(&self) -> usize {
        match self.ascii {
            Some(a) => a.len(),
            None => self.wide().len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The unit at `i` (for AdvanceStringIndex).
    pub fn unit(&self, i: usize) -> u16 {
        match self.ascii {
            Some(a) => a.as_bytes()[i] as u16,
            None => self.wide()[i],
        }
    }

    /// AdvanceStringIndex: one unit, or a surrogate pair's two in `u` mode.
    pub fn advance(&self, i: usize, unicode: bool) -> usize {
        if unicode && i + 1 < self.len() {
            let (hi, lo) = (self.unit(i), self.unit(i + 1));
            if (0xD800..0xDC00).contains(&hi) && (0xDC00..0xE000).contains(&lo) {
                return i + 2;
            }
        }
        i + 1
    }

    /// The first match at or after `start` (exactly at `start` when
    /// `sticky`): a leftmost search tries `start` first, so a match found
    /// elsewhere means none begins at `start`.
    pub fn find(&self, re: &RegExpData, start: usize, sticky: bool) -> Option<regress::Match> {
        if start > self.len() {
            return None;
        }
        let unicode = re.has(UNICODE) || re.has(UNICODE_SETS);
        // V8 steps back to the start of a surrogate pair that `lastIndex`
        // points into the middle of, in u mode.
        let start = if unicode && self.ascii.is_none() && start > 0 && start < self.len() {
            let (hi, lo) = (self.wide()[start - 1], self.wide()[start]);
            if (0xD800..0xDC00).contains(&hi) && (0xDC00..0xE000).contains(&lo) {
                start - 1
            } else {
                start
            }
        } else {
            start
        };
        let p = &re.program;
        if p.start_only && start > 0 {
            return None; // (`^` without `m` matches at 0 only)
        }
        if sticky || p.start_only {
            if let Some(anchored) = p.anchored(re.flags) {
                let mut m = self.search(anchored, unicode, start)?;
                // The last group is the empty alternative's: P failed.
                if m.captures.pop().flatten().is_some() || m.start() != start {
                    return None;
                }
                return Some(m);
            }
        }
        let m = self.search(&p.main, unicode, start)?;
        if sticky && m.start() != start {
            return None;
        }
        Some(m)
    }

    fn search(&self, program: &regress::Regex, unicode: bool, start: usize) -> Option<regress::Match> {
        match self.ascii {
            Some(a) => program.find_from(a, start).next(),
            None if unicode => program.find_from_utf16(self.wide(), start).next(),
            None => program.find_from_ucs2(self.wide(), start).next(),
        }
    }
}

/// `/source/flags`.
pub fn text_of(d: &RegExpData) -> String {
    format!("/{}/{}", String::from_utf16_lossy(&source_text(&d.pattern)), flags_text(d.flags))
}

/// The last successful match of any regexp in the program (V8's
/// RegExpLastMatchInfo), which the legacy static properties `RegExp.$1` …
/// `$9`, `lastMatch`, `lastParen`, `leftContext`, `rightContext` and
/// `input` read (`builtins/regexp/legacy.rs`). `subject` is the string
/// matched (a GC root, `Vm::collect`), `input` what `RegExp.input` reads
/// (the subject, until a script assigns it), `groups` the match's and its
/// captures' ranges in code units. Undefined subjects mean no match yet.
pub struct LastMatch {
    pub subject: crate::value::Value,
    pub input: crate::value::Value,
    pub groups: Vec<Option<std::ops::Range<usize>>>,
}

impl Default for LastMatch {
    fn default() -> Self {
        LastMatch { subject: crate::value::Value::UNDEFINED, input: crate::value::Value::UNDEFINED, groups: Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(p: &str, flags: &str) -> String {
        let units: Vec<u16> = p.encode_utf16().collect();
        compile(&units, parse_flags(&flags.encode_utf16().collect::<Vec<_>>()).unwrap()).err().unwrap_or_default()
    }

    #[test]
    fn v8_wording() {
        assert_eq!(why("(", ""), "Unterminated group");
        assert_eq!(why(")", ""), "Unmatched ')'");
        assert_eq!(why("[", ""), "Unterminated character class");
        assert_eq!(why("a**", ""), "Nothing to repeat");
        assert_eq!(why("\\", ""), "\\ at end of pattern");
        assert_eq!(why("a{2,1}", ""), "numbers out of order in {} quantifier");
        assert_eq!(why("[b-a]", ""), "Range out of order in character class");
        assert_eq!(why("(?<a>x)(?<a>y)", ""), "Duplicate capture group name");
        assert_eq!(why("a", ""), "");
    }

    #[test]
    fn flags_and_source() {
        assert_eq!(parse_flags(&"gi".encode_utf16().collect::<Vec<_>>()), Some(GLOBAL | IGNORE_CASE));
        assert_eq!(parse_flags(&"gg".encode_utf16().collect::<Vec<_>>()), None);
        assert_eq!(flags_text(STICKY | GLOBAL | HAS_INDICES), "dgy");
        let s = |p: &str| String::from_utf16_lossy(&source_text(&p.encode_utf16().collect::<Vec<_>>()));
        assert_eq!(s("/"), "\\/");
        assert_eq!(s("[/]"), "[/]");
        assert_eq!(s(""), "(?:)");
        assert_eq!(s("a\\/b"), "a\\/b");
        assert_eq!(s("\n"), "\\n");
    }
}
