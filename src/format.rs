//! Turning values into text: ToString for `+` and for printing, node's
//! console.log rendering, a debug form for listings (and `Debug` for
//! `Value`), and ToNumber of a primitive (what `%d` prints).

use crate::value::{number_to_string, Value};

/// ECMAScript ToString (`"" + v`). Functions give their source text.
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
            } else if let Some(s) = v.as_str() {
                s.to_string()
            } else if let Some(p) = v.as_function() {
                p.source.text.get(p.text.start as usize..p.text.end as usize).unwrap_or("").to_string()
            } else if let Some(e) = v.as_error() {
                // Error.prototype.toString.
                format!("{}: {}", e.kind.name(), e.message.as_str().unwrap_or(""))
            } else {
                "<internal>".into()
            }
        }
    }
}

/// One console.log argument, as node's util.inspect shows a top-level value.
pub fn inspect(v: Value) -> String {
    if let Some(p) = v.as_function() {
        return format!("[Function: {}]", p.name);
    }
    match v.as_double() {
        Some(d) if d == 0.0 && d.is_sign_negative() => "-0".into(),
        _ => to_string(v),
    }
}

/// Values in bytecode listings and traces: strings quoted, like node's REPL.
pub fn debug(v: Value) -> String {
    match v.as_str() {
        Some(s) => quote(s),
        _ if v.to_bits() == crate::value::HOLE_BITS => "<hole>".into(),
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

/// One console.log line. Like node's util.format, a first argument that is
/// a string with `%` directives consumes the following arguments (`%s %d %i
/// %f %j %o %O %c %%`); the rest are appended, separated by spaces.
pub fn console_line(args: &[Value]) -> String {
    let mut out = String::new();
    let mut rest = args;
    if let (Some(fmt), true) = (args.first().and_then(|v| v.as_str()), args.len() > 1) {
        rest = &args[1..];
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            match chars.peek().copied() {
                Some('%') => {
                    chars.next();
                    out.push('%');
                }
                Some(d @ ('s' | 'd' | 'i' | 'f' | 'j' | 'o' | 'O' | 'c')) if !rest.is_empty() => {
                    chars.next();
                    let v = rest[0];
                    rest = &rest[1..];
                    match d {
                        's' => out.push_str(&if v.is_string() { to_string(v) } else { inspect(v) }),
                        'd' => out.push_str(&number_text(primitive_to_number(v))),
                        'i' => out.push_str(&number_text(crate::numconv::parse_int(&to_string(v), None))),
                        'f' => out.push_str(&number_text(crate::numconv::parse_float(&to_string(v)))),
                        'j' => out.push_str(&if v.is_string() { format!("{:?}", to_string(v)) } else { inspect(v) }),
                        'o' | 'O' => out.push_str(&debug(v)),
                        _ => {} // %c: CSS, which a terminal ignores
                    }
                }
                _ => out.push('%'),
            }
        }
    } else if let Some(&first) = args.first() {
        out.push_str(&inspect(first));
        rest = &args[1..];
    }
    for &v in rest {
        out.push(' ');
        out.push_str(&inspect(v));
    }
    out
}

fn number_text(d: f64) -> String {
    if d == 0.0 && d.is_sign_negative() {
        "-0".into()
    } else {
        number_to_string(d)
    }
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
        _ => match (v.as_double(), v.as_str()) {
            (Some(d), _) => d,
            (_, Some(s)) => crate::value::string_to_number(s),
            _ => f64::NAN,
        },
    }
}
