//! console.log's line: node's `formatWithOptions`, with the `%` directives
//! of a first string argument, and `%j`'s JSON.stringify.

use super::text::number_text;
use super::{inspect, Id, Inspect, Key, Options, View};
use crate::value::{number_to_string, Value};

/// `%j` met a structure nested deeper than node's JSON.stringify can go:
/// console.log throws `RangeError: Maximum call stack size exceeded`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackOverflow;

/// The text `console.log(...args)` writes, without the newline (node's
/// `formatWithOptions`).
pub fn console_line(h: &impl Inspect, args: &[Value]) -> Result<String, StackOverflow> {
    let defaults = Options::default();
    let mut out = String::new();
    let mut a = 0;
    let mut join = "";
    if let Some(View::Str(first)) = args.first().map(|&v| h.view(v)) {
        if args.len() == 1 {
            return Ok(String::from_utf16_lossy(&first));
        }
        let mut last = 0;
        let mut i = 0;
        while i + 1 < first.len() {
            if first[i] != u16::from(b'%') {
                i += 1;
                continue;
            }
            i += 1;
            let next = first[i];
            if a + 1 != args.len() {
                let text = match u8::try_from(next).unwrap_or(0) {
                    b's' => {
                        a += 1;
                        let v = args[a];
                        // node: String(v) for a primitive, a function or
                        // an object with its own kind of toString; any
                        // other object is inspected one level deep.
                        match (h.user_string(a), h.view(v)) {
                            (Some(text), _) => text,
                            (None, View::Number(d)) => number_text(d),
                            (None, View::BigInt(d)) => format!("{d}n"),
                            (
                                None,
                                View::Array { .. }
                                | View::Object { .. }
                                | View::Buffer { .. }
                                | View::Error { .. }
                                | View::RegExp { .. }
                                | View::Collection { .. }
                                | View::Date { .. }
                                | View::Boxed { .. },
                            ) => {
                                let opts = Options { depth: Some(0), ..Options::default() };
                                inspect(h, v, &opts)
                            }
                            _ => h.to_js_string(v),
                        }
                    }
                    b'j' => {
                        a += 1;
                        match h.user_string(a) {
                            Some(text) => text,
                            None => json_text(h, args[a])?,
                        }
                    }
                    b'd' => {
                        a += 1;
                        match (h.user_number(a), h.view(args[a])) {
                            (Some(d), _) => number_text(d),
                            (None, View::Symbol(_)) => "NaN".into(),
                            (None, View::BigInt(d)) => format!("{d}n"),
                            _ => number_text(h.to_js_number(args[a])),
                        }
                    }
                    b'O' => {
                        a += 1;
                        inspect(h, args[a], &defaults)
                    }
                    b'o' => {
                        a += 1;
                        let opts = Options { show_hidden: true, depth: Some(4), ..Options::default() };
                        inspect(h, args[a], &opts)
                    }
                    b'i' => {
                        a += 1;
                        match h.view(args[a]) {
                            View::Symbol(_) => "NaN".into(),
                            View::BigInt(d) => format!("{d}n"),
                            _ => {
                                let text = h.user_string(a).unwrap_or_else(|| h.to_js_string(args[a]));
                                number_text(crate::numconv::parse_int(&text, None))
                            }
                        }
                    }
                    b'f' => {
                        a += 1;
                        match h.view(args[a]) {
                            View::Symbol(_) => "NaN".into(),
                            _ => {
                                let text = h.user_string(a).unwrap_or_else(|| h.to_js_string(args[a]));
                                number_text(crate::numconv::parse_float(&text))
                            }
                        }
                    }
                    b'c' => {
                        a += 1;
                        String::new()
                    }
                    b'%' => {
                        out.push_str(&String::from_utf16_lossy(&first[last..i]));
                        last = i + 1;
                        i += 1;
                        continue;
                    }
                    _ => {
                        i += 1;
                        continue;
                    }
                };
                if last != i - 1 {
                    out.push_str(&String::from_utf16_lossy(&first[last..i - 1]));
                }
                out.push_str(&text);
                last = i + 1;
            } else if next == u16::from(b'%') {
                out.push_str(&String::from_utf16_lossy(&first[last..i]));
                last = i + 1;
            }
            i += 1;
        }
        if last != 0 {
            a += 1;
            join = " ";
            if last < first.len() {
                out.push_str(&String::from_utf16_lossy(&first[last..]));
            }
        }
    }
    while a < args.len() {
        out.push_str(join);
        match h.view(args[a]) {
            View::Str(s) => out.push_str(&String::from_utf16_lossy(&s)),
            _ => out.push_str(&inspect(h, args[a], &defaults)),
        }
        join = " ";
        a += 1;
    }
    Ok(out)
}

/// How deep `String(array)` follows nested arrays before giving up (the
/// default `to_js_string` must terminate on cycles; JavaScript's join
/// prints a cycle as an empty string).
const MAX_JOIN_DEPTH: usize = 64;

pub(super) fn default_to_string<H: Inspect + ?Sized>(h: &H, v: Value, depth: usize) -> String {
    match h.view(v) {
        View::Undefined => "undefined".into(),
        View::Null => "null".into(),
        View::Bool(b) => b.to_string(),
        View::Number(d) => number_to_string(d),
        View::Str(s) => String::from_utf16_lossy(&s),
        View::Symbol(d) => format!("Symbol({d})"),
        View::BigInt(d) => d,
        View::Accessor { .. } => "undefined".into(),
        View::Array { len, items, .. } => {
            if depth >= MAX_JOIN_DEPTH {
                return String::new();
            }
            let mut out = String::new();
            let mut items = items.iter().peekable();
            for i in 0..len {
                if i > 0 {
                    out.push(',');
                }
                if let Some(&&(j, item)) = items.peek() {
                    if j == i {
                        items.next();
                        if !matches!(h.view(item), View::Undefined | View::Null) {
                            out.push_str(&default_to_string(h, item, depth + 1));
                        }
                    }
                }
            }
            out
        }
        View::Object { .. } => "[object Object]".into(),
        View::Buffer { .. } => "[object ArrayBuffer]".into(),
        View::Boxed { prim, .. } => default_to_string(h, prim, depth + 1),
        View::Date { time, .. } => crate::datetime::string_of(time),
        View::RegExp { text, .. } => text,
        View::Collection { style, .. } => format!("[object {}]", style.trim_matches(['[', ']'])),
        View::Function { name, class, .. } => match class {
            Some(_) => format!("class {name} {{ }}"),
            None => format!("function {name}() {{ [native code] }}"),
        },
        View::Error { name, message, .. } => match (name.is_empty(), message.is_empty()) {
            (_, true) => name,
            (true, false) => message,
            _ => format!("{name}: {message}"),
        },
    }
}

/// How deep `%j` goes before giving up as node does (its JSON.stringify
/// overflows the stack a little past 4000 levels).
const MAX_JSON_DEPTH: usize = 4000;

/// Why JSON.stringify throws.
enum JsonError {
    Circular,
    TooDeep,
}

/// `%j`: JSON.stringify, or `[Circular]` when it would throw on a cycle.
fn json_text<H: Inspect + ?Sized>(h: &H, v: Value) -> Result<String, StackOverflow> {
    let mut stack = Vec::new();
    match json_value(h, v, &mut stack) {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Ok("undefined".into()),
        Err(JsonError::Circular) => Ok("[Circular]".into()),
        Err(JsonError::TooDeep) => Err(StackOverflow),
    }
}

/// JSON text of `v`, `None` where JSON.stringify gives undefined; `stack`
/// holds the objects being written.
fn json_value<H: Inspect + ?Sized>(h: &H, v: Value, stack: &mut Vec<Id>) -> Result<Option<String>, JsonError> {
    // (key, value) pairs; an array's keys are `None`, its holes `None` values.
    type Entries = Vec<(Option<Vec<u16>>, Option<Value>)>;
    let (id, is_array, entries): (Id, bool, Entries) = match h.view(v) {
        // (node's `%j` throws on a BigInt; this prints undefined.)
        View::Undefined | View::Symbol(_) | View::BigInt(_) | View::Function { .. } | View::Accessor { .. } => {
            return Ok(None)
        }
        View::Null => return Ok(Some("null".into())),
        View::Bool(b) => return Ok(Some(b.to_string())),
        View::Number(d) => return Ok(Some(if d.is_finite() { number_to_string(d) } else { "null".into() })),
        View::Str(s) => return Ok(Some(json_quote(&s))),
        // JSON.stringify unwraps a wrapped string, number or boolean.
        View::Boxed { prim, ty, .. } if ty != "Symbol" => return json_value(h, prim, stack),
        View::Date { time, .. } => {
            let text = crate::datetime::inspect_text(time);
            return Ok(Some(if time.is_nan() { "null".into() } else { format!("\"{text}\"") }));
        }
        View::Boxed { id, props, .. } | View::RegExp { id, props, .. } => {
            let entries = props
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Key::Str(s) => Some((Some(s), Some(v))),
                    Key::Symbol(_) => None,
                })
                .collect();
            (id, false, entries)
        }
        View::Array { id, len, items, .. } => {
            let mut entries = Vec::new();
            let mut items = items.into_iter().peekable();
            for i in 0..len {
                while items.peek().is_some_and(|&(j, _)| j < i) {
                    items.next();
                }
                match items.peek() {
                    Some(&(j, item)) if j == i => entries.push((None, Some(item))),
                    _ => entries.push((None, None)),
                }
            }
            (id, true, entries)
        }
        View::Object { id, props, .. }
        | View::Buffer { id, props, .. }
        | View::Error { id, props, .. }
        | View::Collection { id, props, .. } => {
            let entries = props
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Key::Str(s) => Some((Some(s), Some(v))),
                    Key::Symbol(_) => None,
                })
                .collect();
            (id, false, entries)
        }
    };
    if stack.contains(&id) {
        return Err(JsonError::Circular);
    }
    if stack.len() >= MAX_JSON_DEPTH {
        return Err(JsonError::TooDeep);
    }
    stack.push(id);
    let mut parts = Vec::new();
    for (k, item) in entries {
        let text = match item {
            Some(item) => json_value(h, item, stack)?,
            None => None,
        };
        match (k, text) {
            (None, t) => parts.push(t.unwrap_or_else(|| "null".into())),
            (Some(k), Some(t)) => parts.push(format!("{}:{t}", json_quote(&k))),
            (Some(_), None) => {}
        }
    }
    stack.pop();
    let (open, close) = if is_array { ('[', ']') } else { ('{', '}') };
    Ok(Some(format!("{open}{}{close}", parts.join(","))))
}

fn json_quote(s: &[u16]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match c {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            c if c < 0x20 => out.push_str(&format!("\\u{c:04x}")),
            0xd800..=0xdbff if s.get(i + 1).is_some_and(|n| (0xdc00..=0xdfff).contains(n)) => {
                out.push_str(&String::from_utf16_lossy(&s[i..i + 2]));
                i += 1;
            }
            0xd800..=0xdfff => out.push_str(&format!("\\u{c:04x}")),
            c => out.push(char::from_u32(c.into()).unwrap_or('\u{fffd}')),
        }
        i += 1;
    }
    out.push('"');
    out
}
