//! Text rules of node's printer: string literals and their escapes, keys
//! that need no quotes, numbers, and the width and padding of columns.

use crate::value::number_to_string;

/// node's `formatNumber` without numeric separators: `-0` keeps its sign.
pub fn number_text(d: f64) -> String {
    if d == 0.0 && d.is_sign_negative() {
        "-0".into()
    } else {
        number_to_string(d)
    }
}

/// `/^[a-zA-Z_][a-zA-Z_0-9]*$/`: keys printed without quotes.
pub(super) fn is_identifier_key(k: &[u16]) -> bool {
    let ok = |c: u16, first: bool| {
        u8::try_from(c).is_ok_and(|c| c.is_ascii_alphabetic() || c == b'_' || (!first && c.is_ascii_digit()))
    };
    !k.is_empty() && ok(k[0], true) && k[1..].iter().all(|&c| ok(c, false))
}

/// node's `meta` table: how an escaped code unit below 0xa0 prints.
fn meta(c: u16) -> String {
    match c {
        0x08 => "\\b".into(),
        0x09 => "\\t".into(),
        0x0a => "\\n".into(),
        0x0c => "\\f".into(),
        0x0d => "\\r".into(),
        0x27 => "\\'".into(),
        0x5c => "\\\\".into(),
        _ => format!("\\x{c:02X}"),
    }
}

/// Whether node escapes this code unit (`strEscapeSequencesRegExp`), given
/// whether `'` needs escaping; `lone` says the unit is an unpaired surrogate.
fn needs_escape(c: u16, quote: bool, lone: bool) -> bool {
    (quote && c == 0x27) || c == 0x5c || c < 0x20 || (0x7f..0xa0).contains(&c) || lone
}

fn is_lone_surrogate(s: &[u16], i: usize) -> bool {
    let c = s[i];
    match c {
        0xd800..=0xdbff => !s.get(i + 1).is_some_and(|n| (0xdc00..=0xdfff).contains(n)),
        0xdc00..=0xdfff => !(i > 0 && (0xd800..=0xdbff).contains(&s[i - 1])),
        _ => false,
    }
}

/// Escapes as node's `strEscapeSequencesReplacer` with `escapeFn` (symbol
/// descriptions and hidden keys): quotes included, no surrounding quotes.
pub(super) fn escape_all(s: &[u16]) -> String {
    escape_units(s, true)
}

fn escape_units(s: &[u16], quote: bool) -> String {
    let mut out: Vec<u16> = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        let c = s[i];
        let lone = is_lone_surrogate(s, i);
        if needs_escape(c, quote, lone) {
            let text = if lone { format!("\\u{c:x}") } else { meta(c) };
            out.extend(text.encode_utf16());
        } else {
            out.push(c);
        }
    }
    String::from_utf16_lossy(&out)
}

/// node's `strEscape`: a quoted string literal. Single quotes unless the
/// text has one; then double quotes, then backquotes (when the text has no
/// backquote and no `${`), else single quotes with `\'`.
pub fn str_escape(s: &[u16]) -> String {
    let has = |c: u8| s.contains(&u16::from(c));
    let mut quote = '\'';
    if has(b'\'') {
        if !has(b'"') {
            quote = '"';
        } else if !has(b'`') && !s.windows(2).any(|w| w == [u16::from(b'$'), u16::from(b'{')]) {
            quote = '`';
        }
    }
    let body = escape_units(s, quote == '\'');
    format!("{quote}{body}{quote}")
}

/// JavaScript's `string.length`: UTF-16 code units.
pub(super) fn js_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// node's `getStringWidth`: terminal columns, each code point on its own
/// (node expands emoji sequences), control characters taking none.
pub(crate) fn string_width(s: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `Math.round`: halves round up.
pub(super) fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}

/// `padStart`/`padEnd` with spaces to `width` UTF-16 units.
pub(super) fn pad(s: &str, width: usize, start: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(js_len(s)));
    if start {
        fill + s
    } else {
        s.to_string() + &fill
    }
}
