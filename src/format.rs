//! Turning values into text: ToString for `+` and for printing, node's
//! console.log rendering, and a debug form for listings.

use crate::heap::{Obj, ObjKind};
use crate::value::{number_to_string, Value};

/// ECMAScript ToString (`"" + v`). Functions give their source text.
pub fn to_string(v: Value) -> String {
    match v.0 {
        crate::value::UNDEFINED_BITS => "undefined".into(),
        crate::value::NULL_BITS => "null".into(),
        crate::value::TRUE_BITS => "true".into(),
        crate::value::FALSE_BITS => "false".into(),
        _ if v.is_smi() => v.as_smi().to_string(),
        _ => match v.obj() {
            Some(Obj { kind: ObjKind::Double(d), .. }) => number_to_string(*d),
            Some(Obj { kind: ObjKind::Str(s), .. }) => s.text.to_string(),
            Some(Obj { kind: ObjKind::Function(p), .. }) => {
                p.source.text.get(p.text.start as usize..p.text.end as usize).unwrap_or("").to_string()
            }
            Some(Obj { kind: ObjKind::Free, .. }) | None => "<internal>".into(),
        },
    }
}

/// One console.log argument, as node's util.inspect shows a top-level value.
pub fn inspect(v: Value) -> String {
    match v.obj() {
        Some(Obj { kind: ObjKind::Double(d), .. }) if *d == 0.0 && d.is_sign_negative() => "-0".into(),
        Some(Obj { kind: ObjKind::Function(p), .. }) => format!("[Function: {}]", p.name),
        _ => to_string(v),
    }
}

/// Values in bytecode listings and traces: strings quoted, like node's REPL.
pub fn debug(v: Value) -> String {
    match v.obj() {
        Some(Obj { kind: ObjKind::Str(s), .. }) => quote(&s.text),
        _ if v.0 == crate::value::HOLE_BITS => "<hole>".into(),
        _ => inspect(v),
    }
}

/// A string literal as node's REPL echoes it: single quotes unless the text
/// contains one, then double quotes, then backquotes.
pub fn quote(s: &str) -> String {
    let q = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
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
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
