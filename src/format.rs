//! Turning primitives into text: ToString for `+` and for printing, a
//! debug form for listings (and `Debug` for `Value`), and ToNumber of a
//! primitive. console.log of every value is `show.rs` (node's util.inspect
//! in `inspect.rs`).

use crate::value::{number_to_string, Value};

/// ECMAScript ToString (`"" + v`) as Rust text. Functions give their source
/// text. A string's lone surrogates become U+FFFD, as node writes them: this
/// is text for output, not a string value (`Vm::concat` keeps the units).
pub fn to_string(v: Value) -> String {
    match v.to_bits() {
        crate::value::UNDEFINED_BITS => "undefined".into(),
        crate::value::NULL_BITS => "null".into(),
        crate::value::TRUE_BITS => "true".into(),
        crate::value::FALSE_BITS => "false".into(),
        _ if v.is_smi() => v.as_smi().to_string(),
        _ => {
            if let Some(d) = v.as_double() {
                number_to_string(d)
            } else if let Some(s) = v.as_js_str() {
                s.to_string_lossy().into_owned()
            } else if let Some(p) = v.as_function() {
                p.source.text.get(p.text.start as usize..p.text.end as usize).unwrap_or("").to_string()
            } else if let Some(sym) = v.as_symbol() {
                format!("Symbol({})", lossy(sym.description))
            } else if let Some(b) = v.as_bigint() {
                b.to_string()
            } else if let Some(e) = v.as_error() {
                // Error.prototype.toString.
                format!("{}: {}", e.kind.name(), lossy(e.message))
            } else {
                "<internal>".into()
            }
        }
    }
}

/// A string value's text (lone surrogates as U+FFFD); "" for a non-string.
pub fn lossy(v: Value) -> std::borrow::Cow<'static, str> {
    v.as_js_str().map_or(std::borrow::Cow::Borrowed(""), |s| s.to_string_lossy())
}

/// One console.log argument, as node's util.inspect shows a top-level value.
pub fn inspect(v: Value) -> String {
    if let Some(p) = v.as_function() {
        if p.name.is_empty() {
            return "[Function (anonymous)]".into();
        }
        return format!("[Function: {}]", p.name);
    }
    if let Some(b) = v.as_bigint() {
        return format!("{b}n");
    }
    match v.as_double() {
        Some(d) if d == 0.0 && d.is_sign_negative() => "-0".into(),
        _ => to_string(v),
    }
}

/// Values in bytecode listings and traces: strings quoted, like node's REPL.
pub fn debug(v: Value) -> String {
    match v.as_js_str() {
        Some(s) => quote(&s.units()),
        _ if v.to_bits() == crate::value::HOLE_BITS => "<hole>".into(),
        _ => inspect(v),
    }
}

/// A string literal as node's REPL echoes it: single quotes unless the text
/// contains one, then double quotes, then backquotes. Lone surrogates and
/// C1 controls are escaped, as util.inspect does.
pub fn quote(units: &[u16]) -> String {
    let has = |c: char| units.contains(&(c as u16));
    let q = if !has('\'') {
        '\''
    } else if !has('"') {
        '"'
    } else if !has('`') {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(units.len() + 2);
    out.push(q);
    for c in char::decode_utf16(units.iter().copied()) {
        let c = match c {
            Ok(c) => c,
            Err(lone) => {
                out.push_str(&format!("\\u{:04x}", lone.unpaired_surrogate()));
                continue;
            }
        };
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&debug(*self))
    }
}

/// ToNumber of a primitive: cannot throw, call back or allocate.
pub fn primitive_to_number(v: Value) -> f64 {
    if v.is_smi() {
        return v.as_smi() as f64;
    }
    match v.to_bits() {
        crate::value::UNDEFINED_BITS => f64::NAN,
        crate::value::NULL_BITS | crate::value::FALSE_BITS => 0.0,
        crate::value::TRUE_BITS => 1.0,
        _ => match (v.as_double(), v.as_js_str()) {
            (Some(d), _) => d,
            // A lone surrogate (U+FFFD here) is not numeric either way.
            (_, Some(s)) => crate::value::string_to_number(&s.to_string_lossy()),
            _ => f64::NAN,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    fn q(s: &str) -> String {
        quote(&s.encode_utf16().collect::<Vec<u16>>())
    }

    #[test]
    fn quote_escapes_as_util_inspect() {
        // node: util.inspect("\ud800a\udfff\u0001\u007f\u0085") is
        // '\ud800a\udfff\x01\x7F\x85'.
        let units = [0xD800, 0x61, 0xDFFF, 0x01, 0x7F, 0x85];
        assert_eq!(quote(&units), r"'\ud800a\udfff\x01\x7F\x85'");
        assert_eq!(q("😀é"), "'😀é'");
        assert_eq!(q("it's"), "\"it's\"");
    }
}
