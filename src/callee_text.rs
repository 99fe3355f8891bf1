//! The source text of an expression as V8's error messages print it
//! ("o.a.b is not a function", "is not iterable", "Cannot destructure
//! … of 'o.k'"). V8 prints its syntax tree, not the source, so the text
//! is rewritten to match: call arguments shrink to `(...)`, string
//! literals are double-quoted, a string key is a dotted name, the
//! parentheses around a literal or a name go, and a function literal is
//! `(intermediate value)`. Plain text in, plain text out: it imports
//! nothing, so any runtime module may use it.

/// The callee's text as V8's error messages print it (V8 prints the
/// syntax tree, not the source): the arguments of a call inside it shrink
/// to `(...)` (`Object.keys(...).join`), string literals are
/// double-quoted, a string key is a dotted name (`o['a']` is `o.a`), the
/// parentheses around a literal or a name go (`(5).f` is `5.f`) and a
/// function literal is `(intermediate value)`.
pub fn call_printer(text: &str) -> String {
    shrink_calls(&literal_forms(text))
}

/// `property 'a' of 'TEXT'` or `'TEXT'` (a destructuring's message) with
/// TEXT, the source of the value, as V8 prints it.
pub fn destructured_text(what: &str) -> String {
    let start = match what.strip_prefix("property '") {
        Some(rest) => rest.find("' of '").map(|i| "property '".len() + i + "' of '".len()),
        None => what.starts_with('\'').then_some(1),
    };
    match start {
        // Printed by the compiler already (a defaulted parameter's value).
        Some(i) if what[i..].starts_with("(intermediate value)") => what.to_string(),
        Some(i) if what.len() > i && what.ends_with('\'') => {
            format!("{}{}'", &what[..i], call_printer(&what[i..what.len() - 1]))
        }
        _ => what.to_string(),
    }
}

/// A quoted string's or a plain template's contents, if `t` starts with
/// one that has no escape (and no `"`, which V8 would print as is).
fn string_literal(t: &str) -> Option<(&str, usize)> {
    let q = t.chars().next().filter(|c| matches!(c, '\'' | '"' | '`'))?;
    let end = t[1..].find(q)? + 1;
    let body = &t[1..end];
    if body.contains(['\\', '"', '\n']) || (q == '`' && body.contains("${")) {
        return None;
    }
    Some((body, end + 1))
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The literal rewrites of `call_printer` (all but the calls).
fn literal_forms(text: &str) -> String {
    let t = text.trim();
    if t.starts_with('(') {
        if let Some(close) = matching_paren(t) {
            let inner = t[1..close].trim_start();
            let function = ["function", "class", "async"].iter().any(|k| inner.starts_with(k)) || inner.contains("=>");
            if function {
                return format!("(intermediate value){}", literal_forms(&t[close + 1..]));
            }
        }
    }
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        let rest = &t[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if c == '[' {
            if let Some((body, n)) = string_literal(&rest[1..]) {
                if rest[1 + n..].starts_with(']') && !body.is_empty() {
                    out.push('.');
                    out.push_str(body);
                    i += n + 2;
                    continue;
                }
            }
        }
        if matches!(c, '\'' | '"' | '`') {
            match string_literal(rest) {
                Some((body, n)) => {
                    out.push('"');
                    out.push_str(body);
                    out.push('"');
                    i += n;
                }
                None => {
                    // Left as written, to its closing quote.
                    let end = rest[1..].find(c).map_or(rest.len(), |e| e + 2);
                    out.push_str(&rest[..end]);
                    i += end;
                }
            }
            continue;
        }
        if c == '(' && !out.ends_with(is_name_char) && !out.ends_with([')', ']']) {
            // `(5).f`, `(o.a).b`: a literal or a name path in parentheses.
            if let Some(close) = matching_paren(rest) {
                let inner = rest[1..close].trim();
                let simple = !inner.is_empty()
                    && (string_literal(inner).is_some_and(|(_, n)| n == inner.len())
                        || inner.chars().all(|c| is_name_char(c) || c == '.')
                        || inner == "{}");
                if simple && rest[close + 1..].starts_with(['.', '[']) {
                    out.push_str(&literal_forms(inner));
                    i += close + 1;
                    continue;
                }
            }
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// The index of the `)` that closes the `(` `t` starts with.
fn matching_paren(t: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in t.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn shrink_calls(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let after_callee = out.ends_with(|p: char| p.is_alphanumeric() || p == '_' || p == '$' || p == ')' || p == ']');
        if c == b'(' && after_callee {
            let mut depth = 0usize;
            while i < b.len() {
                match b[i] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            out.push_str("(...)");
            i += 1;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}
