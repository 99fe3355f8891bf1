//! `JSON.stringify` and `JSON.parse`, as the specification defines them,
//! with V8's error messages: the parser follows V8's (which error it
//! reports where, and at which position, counted in UTF-16 code units),
//! and a circular structure is described the way V8 describes it.

use crate::error::{ErrorKind, JsResult};
use crate::exec::call_function;
use crate::heap::shape::DEFAULT_ATTRS;
use crate::heap::{ObjClass, PropKey};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

// ----- strings (kept in small helpers for the UTF-16 conversion) -----

/// The UTF-16 code units of a string value.
fn units_of(s: &crate::heap::JsStr) -> Vec<u16> {
    s.units().into_owned()
}

fn stack_overflow(vm: &mut Vm) -> crate::error::Thrown {
    vm.throw_error(ErrorKind::RangeError, "Maximum call stack size exceeded")
}

// ----- JSON.stringify -----

/// QuoteJSONString: escapes `"`, `\`, control characters and lone
/// surrogates; everything else is copied.
fn quote(out: &mut String, units: &[u16]) {
    out.push('"');
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        match u {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            0..=0x1f => out.push_str(&format!("\\u{:04x}", u)),
            0xd800..=0xdbff if units.get(i + 1).is_some_and(|&n| (0xdc00..=0xdfff).contains(&n)) => {
                out.push_str(&String::from_utf16_lossy(&units[i..i + 2]));
                i += 1;
            }
            0xd800..=0xdfff => out.push_str(&format!("\\u{:04x}", u)),
            _ => out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}')),
        }
        i += 1;
    }
    out.push('"');
}

struct Stringifier {
    out: String,
    /// The objects being serialized, outermost first, each with the key it
    /// was reached by: the cycle check, and the path V8's message shows.
    stack: Vec<(Value, PropKey)>,
    /// The same objects as a set: the cycle check is one lookup, not a
    /// scan of `stack` per level (a 200,000-deep object took 28 s).
    open: std::collections::HashSet<u64>,
    replacer: Value,
    /// The property list of an array replacer.
    keys: Option<Vec<PropKey>>,
    gap: String,
    indent: String,
}

/// Calls `f` on `this` with the key as a string and `rest`.
fn call_with_key(vm: &mut Vm, f: Value, this: Value, key: PropKey, rest: Option<Value>) -> JsResult<Value> {
    let mut s = vm.scope();
    let rest_root = rest.map(|v| s.root(v));
    let k = property::key_value(&mut s, key);
    match rest_root {
        Some(r) => {
            let v = s.get(r);
            call_function(&mut s, f, this, &[k, v])
        }
        None => call_function(&mut s, f, this, &[k]),
    }
}

impl Stringifier {
    /// SerializeJSONProperty: appends `holder[key]`'s JSON text, or
    /// nothing (returning false) when it has none (undefined, functions).
    /// `value` is `holder[key]`, reachable from the rooted holder.
    fn property(&mut self, vm: &mut Vm, holder: Value, key: PropKey, value: Value) -> JsResult<bool> {
        if crate::native_stack::exhausted(vm.native_limit) {
            return Err(stack_overflow(vm));
        }
        let mut s = vm.scope();
        let r = s.root(value);
        if value.as_object().is_some() || value.is_bigint() {
            let to_json = PropKey::Name(s.realm.to_json);
            let f = property::get(&mut s, value, to_json)?;
            if f.as_callable().is_some() {
                let v = call_with_key(&mut s, f, value, key, None)?;
                s.set(r, v);
            }
        }
        if self.replacer.as_callable().is_some() {
            let v = s.get(r);
            let v = call_with_key(&mut s, self.replacer, holder, key, Some(v))?;
            s.set(r, v);
        }
        let mut value = s.get(r);
        // A wrapped primitive is serialized as the primitive (the
        // specification converts it with ToNumber / ToString, which give
        // the same unless String.prototype's methods are replaced).
        // A wrapped symbol (or any other) is an ordinary object.
        if let Some(ObjClass::Boxed(p)) = value.as_object().map(|o| &o.class).filter(|_| !is_boxed_symbol(value)) {
            value = *p;
            s.set(r, value);
        }
        match value.to_bits() {
            crate::value::NULL_BITS => self.out.push_str("null"),
            crate::value::TRUE_BITS => self.out.push_str("true"),
            crate::value::FALSE_BITS => self.out.push_str("false"),
            _ => {
                if let Some(text) = value.as_js_str() {
                    quote(&mut self.out, &units_of(text));
                } else if let Some(d) = value.as_number() {
                    let text = if d.is_finite() { crate::value::number_to_string(d) } else { "null".into() };
                    self.out.push_str(&text);
                } else if value.is_bigint() {
                    return Err(
                        s.throw_error(crate::error::ErrorKind::TypeError, "Do not know how to serialize a BigInt")
                    );
                } else if value.as_error().is_some() {
                    self.out.push_str("{}");
                } else if let Some(o) = value.as_object().filter(|o| o.callable().is_none()) {
                    self.enter(&mut s, value, key)?;
                    if o.is_array() {
                        self.array(&mut s, value)?;
                    } else {
                        self.object(&mut s, value)?;
                    }
                    self.stack.pop();
                    self.open.remove(&value.to_bits());
                } else {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// Pushes `value` on the stack of open objects, or throws V8's
    /// "Converting circular structure to JSON" if it is already open.
    fn enter(&mut self, vm: &mut Vm, value: Value, key: PropKey) -> JsResult<()> {
        if self.open.insert(value.to_bits()) {
            self.stack.push((value, key));
            return Ok(());
        }
        let start = self.stack.iter().position(|&(v, _)| v == value).unwrap_or(0);
        let msg = self.circular_message(vm, start, key);
        Err(vm.throw_error(ErrorKind::TypeError, &msg))
    }

    fn circular_message(&self, vm: &Vm, start: usize, closing: PropKey) -> String {
        let ctor = |v: Value| match v.as_object() {
            Some(o) => super::object::constructor_name(vm, o),
            None => "Object".into(),
        };
        let key_text = |v: Value, k: PropKey| match (v.as_array(), k) {
            (Some(_), PropKey::Index(i)) => format!("index {}", i),
            _ => format!("property '{}'", property::key_text(vm, k)),
        };
        let mut msg = String::from("Converting circular structure to JSON");
        msg.push_str(&format!("\n    --> starting at object with constructor '{}'", ctor(self.stack[start].0)));
        // V8 shows the first two steps of the path and the last one.
        let line = |i: usize| {
            let (parent, (v, k)) = (self.stack[i - 1].0, self.stack[i]);
            format!("\n    |     {} -> object with constructor '{}'", key_text(parent, k), ctor(v))
        };
        let n = self.stack.len();
        let prefix_end = n.min(start + 1 + 2);
        for i in start + 1..prefix_end {
            msg.push_str(&line(i));
        }
        if n > prefix_end + 1 {
            msg.push_str("\n    |     ...");
        }
        for i in prefix_end.max(n.saturating_sub(1))..n {
            msg.push_str(&line(i));
        }
        let last = self.stack[n - 1].0;
        msg.push_str(&format!("\n    --- {} closes the circle", key_text(last, closing)));
        msg
    }

    /// Opens a nesting level: a newline and the new indentation between
    /// items when there is a gap.
    fn separator(&self, first: bool) -> String {
        let mut sep = String::new();
        if !first {
            sep.push(',');
        }
        if !self.gap.is_empty() {
            sep.push('\n');
            sep.push_str(&self.indent);
        }
        sep
    }

    fn close(&mut self, stepback: &str, any: bool, bracket: char) {
        if any && !self.gap.is_empty() {
            self.out.push('\n');
            self.out.push_str(stepback);
        }
        self.out.push(bracket);
    }

    /// SerializeJSONObject: `value` is rooted by the caller.
    fn object(&mut self, vm: &mut Vm, value: Value) -> JsResult<()> {
        let stepback = self.indent.clone();
        self.indent.push_str(&self.gap.clone());
        let keys = match &self.keys {
            Some(k) => k.clone(),
            None => match value.as_object() {
                Some(o) => property::own_keys(vm, o, true),
                None => Vec::new(),
            },
        };
        self.out.push('{');
        let mut first = true;
        for k in keys {
            let mark = self.out.len();
            let sep = self.separator(first);
            self.out.push_str(&sep);
            let name: Vec<u16> = match k {
                PropKey::Name(a) => crate::keytext::decode(vm.atoms.name(a)).into_owned(),
                _ => property::key_text(vm, k).encode_utf16().collect(),
            };
            quote(&mut self.out, &name);
            self.out.push(':');
            if !self.gap.is_empty() {
                self.out.push(' ');
            }
            let v = property::get(vm, value, k)?;
            if self.property(vm, value, k, v)? {
                first = false;
            } else {
                self.out.truncate(mark);
            }
        }
        self.indent = stepback;
        let stepback = self.indent.clone();
        self.close(&stepback, !first, '}');
        Ok(())
    }

    /// SerializeJSONArray: `value` is rooted by the caller.
    fn array(&mut self, vm: &mut Vm, value: Value) -> JsResult<()> {
        let stepback = self.indent.clone();
        self.indent.push_str(&self.gap.clone());
        self.out.push('[');
        let mut i = 0;
        // The length is read again each time: a replacer may change it.
        while i < value.as_object().map_or(0, |o| o.length()) {
            let sep = self.separator(i == 0);
            self.out.push_str(&sep);
            let key = PropKey::Index(i);
            let v = property::get(vm, value, key)?;
            if !self.property(vm, value, key, v)? {
                self.out.push_str("null");
            }
            i += 1;
        }
        self.indent = stepback;
        let stepback = self.indent.clone();
        self.close(&stepback, i > 0, ']');
        Ok(())
    }
}

fn is_boxed_symbol(v: Value) -> bool {
    matches!(v.as_object().map(|o| &o.class), Some(ObjClass::Boxed(p)) if p.as_symbol().is_some())
}

/// The property list an array replacer names: its strings and numbers
/// (and wrapped ones), each once, in order.
fn replacer_keys(vm: &mut Vm, replacer: Value) -> JsResult<Vec<PropKey>> {
    let mut keys: Vec<PropKey> = Vec::new();
    for item in crate::objects::list_of(vm, replacer) {
        let item = match item.as_object().map(|o| &o.class) {
            Some(ObjClass::Boxed(p)) => *p,
            _ => item,
        };
        if !(item.is_string() || item.is_number()) {
            continue;
        }
        let text = crate::ops::to_string(vm, item)?;
        let k = property::key_of_str(vm, &text);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    Ok(keys)
}

/// The gap `space` asks for: up to ten spaces, or the first ten code
/// units of a string.
fn gap_of(space: Value) -> String {
    let space = match space.as_object().map(|o| &o.class) {
        Some(ObjClass::Boxed(p)) => *p,
        _ => space,
    };
    if let Some(d) = space.as_number() {
        let n = if d.is_nan() { 0.0 } else { d.trunc().clamp(0.0, 10.0) };
        return " ".repeat(n as usize);
    }
    if let Some(s) = space.as_js_str() {
        let units = units_of(s);
        return String::from_utf16_lossy(&units[..units.len().min(10)]);
    }
    String::new()
}

pub(crate) fn stringify(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (value, replacer, space) = (arg(args, 0), arg(args, 1), arg(args, 2));
    let keys = if replacer.as_array().is_some() { Some(replacer_keys(vm, replacer)?) } else { None };
    let gap = gap_of(space);
    let mut st = Stringifier {
        out: String::new(),
        stack: Vec::new(),
        open: Default::default(),
        replacer,
        keys,
        gap,
        indent: String::new(),
    };
    let mut s = vm.scope();
    let rv = s.root(value);
    let wrapper = s.new_object();
    let rw = s.root(wrapper);
    let empty = property::key_of_str(&mut s, "");
    let (w, v) = (s.get(rw), s.get(rv));
    if let Some(o) = w.as_object() {
        property::define(&mut s, o, empty, DEFAULT_ATTRS, v);
    }
    if !st.property(&mut s, w, empty, v)? {
        return Ok(Value::UNDEFINED);
    }
    Ok(s.string(st.out))
}

// ----- JSON.parse -----

/// V8's classification of the character where a token starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    Eos,
    Number,
    String,
    Other,
}

fn token_at(units: &[u16], pos: usize) -> Token {
    match units.get(pos) {
        None => Token::Eos,
        Some(&c) if c == b'-' as u16 || (b'0' as u16..=b'9' as u16).contains(&c) => Token::Number,
        Some(&c) if c == b'"' as u16 => Token::String,
        Some(_) => Token::Other,
    }
}

struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
}

/// A parse error: a message, or "the token at `pos` was unexpected".
enum Fail {
    Message(String),
    Unexpected(usize),
    /// Nested too deep for the native stack.
    Overflow,
}

type Parsed<T> = Result<T, Fail>;

fn at(template: &str, pos: usize) -> Fail {
    Fail::Message(format!("{} in JSON at position {}", template, pos))
}

impl Parser<'_> {
    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(0x20 | 0x09 | 0x0a | 0x0d)) {
            self.pos += 1;
        }
    }

    /// The message V8 gives for an unexpected token at `pos`.
    fn unexpected_message(&self, pos: usize) -> String {
        match token_at(self.src, pos) {
            Token::Eos => "Unexpected end of JSON input".into(),
            Token::Number => format!("Unexpected number in JSON at position {}", pos),
            Token::String => format!("Unexpected string in JSON at position {}", pos),
            Token::Other => {
                let whole = String::from_utf16_lossy(self.src);
                if matches!(whole.as_str(), "[object Object]" | "undefined" | "Infinity" | "NaN") {
                    return format!("\"{}\" is not valid JSON", whole);
                }
                let c = String::from_utf16_lossy(&self.src[pos..pos + 1]);
                let text = |a: usize, b: usize| String::from_utf16_lossy(&self.src[a..b]);
                let n = self.src.len();
                // Only a long text is shown in part: ten code units either side.
                let context = if n < 21 {
                    format!("\"{}\"", whole)
                } else if pos < 10 {
                    format!("\"{}\"...", text(0, pos + 10))
                } else if pos < n - 10 {
                    format!("...\"{}\"...", text(pos - 10, pos + 10))
                } else {
                    format!("...\"{}\"", text(pos - 10, n))
                };
                format!("Unexpected token '{}', {} is not valid JSON", c, context)
            }
        }
    }

    fn message(&self, f: Fail) -> String {
        match f {
            Fail::Message(m) => m,
            Fail::Unexpected(pos) => self.unexpected_message(pos),
            Fail::Overflow => "Maximum call stack size exceeded".into(),
        }
    }

    /// Skips whitespace and consumes `c`, or fails with `template` (or as
    /// an unexpected token without one).
    fn expect(&mut self, c: u8, template: Option<&str>) -> Parsed<()> {
        self.skip_whitespace();
        if self.peek() == Some(c as u16) {
            self.pos += 1;
            return Ok(());
        }
        Err(match template {
            Some(t) => at(t, self.pos),
            None => Fail::Unexpected(self.pos),
        })
    }

    fn value(&mut self, vm: &mut Vm) -> Parsed<Value> {
        if crate::native_stack::exhausted(vm.native_limit) {
            return Err(Fail::Overflow);
        }
        self.skip_whitespace();
        let Some(c) = self.peek() else { return Err(Fail::Unexpected(self.pos)) };
        match c as u8 {
            _ if c > 0x7f => Err(Fail::Unexpected(self.pos)),
            b'"' => {
                self.pos += 1;
                let units = self.string()?;
                Ok(vm.string_from_units(units))
            }
            b'-' | b'0'..=b'9' => self.number(vm),
            b'{' => self.object(vm),
            b'[' => self.array(vm),
            b't' => self.literal("true", Value::TRUE),
            b'f' => self.literal("false", Value::FALSE),
            b'n' => self.literal("null", Value::NULL),
            _ => Err(Fail::Unexpected(self.pos)),
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Parsed<Value> {
        for b in word.bytes() {
            match self.peek() {
                Some(c) if c == b as u16 => self.pos += 1,
                _ => return Err(Fail::Unexpected(self.pos)),
            }
        }
        Ok(v)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(0x30..=0x39)) {
            self.pos += 1;
        }
    }

    fn number(&mut self, vm: &mut Vm) -> Parsed<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-' as u16) {
            self.pos += 1;
        }
        match self.peek() {
            Some(0x30) => {
                self.pos += 1;
                if matches!(self.peek(), Some(0x30..=0x39)) {
                    return Err(Fail::Unexpected(self.pos));
                }
            }
            Some(0x31..=0x39) => self.digits(),
            _ => return Err(at("No number after minus sign", self.pos)),
        }
        if self.peek() == Some(b'.' as u16) {
            self.pos += 1;
            if !matches!(self.peek(), Some(0x30..=0x39)) {
                return Err(at("Unterminated fractional number", self.pos));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(0x45 | 0x65)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2b | 0x2d)) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(0x30..=0x39)) {
                return Err(at("Exponent part is missing a number", self.pos));
            }
            self.digits();
        }
        let text = String::from_utf16_lossy(&self.src[start..self.pos]);
        Ok(vm.number(crate::value::string_to_number(&text)))
    }

    /// The code units of a string whose opening quote is consumed.
    fn string(&mut self) -> Parsed<Vec<u16>> {
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else { return Err(at("Unterminated string", self.pos)) };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(out);
                }
                0x5c => {
                    self.pos += 1;
                    let Some(e) = self.peek() else { return Err(Fail::Unexpected(self.pos)) };
                    let unit = match e as u8 {
                        _ if e > 0x7f => return Err(at("Bad escaped character", self.pos)),
                        b'"' => 0x22,
                        b'\\' => 0x5c,
                        b'/' => 0x2f,
                        b'b' => 0x08,
                        b'f' => 0x0c,
                        b'n' => 0x0a,
                        b'r' => 0x0d,
                        b't' => 0x09,
                        b'u' => {
                            let mut u = 0u16;
                            for _ in 0..4 {
                                self.pos += 1;
                                let d = self.peek().and_then(|h| char::from_u32(h as u32)?.to_digit(16));
                                match d {
                                    Some(d) => u = u * 16 + d as u16,
                                    None => return Err(at("Bad Unicode escape", self.pos)),
                                }
                            }
                            u
                        }
                        _ => return Err(at("Bad escaped character", self.pos)),
                    };
                    out.push(unit);
                    self.pos += 1;
                }
                0..=0x1f => return Err(at("Bad control character in string literal", self.pos)),
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// An object after its `{`. The object is rooted while its values are
    /// parsed (they allocate); each value is stored as soon as it exists.
    fn object(&mut self, vm: &mut Vm) -> Parsed<Value> {
        self.pos += 1;
        let o = vm.new_object();
        let mut s = vm.scope();
        let r = s.root(o);
        self.skip_whitespace();
        if self.peek() == Some(b'}' as u16) {
            self.pos += 1;
            return Ok(s.get(r));
        }
        // V8 words the first member's errors apart from the later ones'.
        self.expect(b'"', Some("Expected property name or '}'"))?;
        let mut first = true;
        loop {
            let name = self.string()?;
            if first {
                self.expect(b':', Some("Expected ':' after property name"))?;
            } else {
                self.expect(b':', None)?;
            }
            first = false;
            let v = self.value(&mut s)?;
            let key = property::key_of_str(&mut s, &String::from_utf16_lossy(&name));
            if let Some(obj) = s.get(r).as_object() {
                property::define(&mut s, obj, key, DEFAULT_ATTRS, v);
            }
            self.skip_whitespace();
            if self.peek() == Some(b',' as u16) {
                self.pos += 1;
                self.expect(b'"', Some("Expected double-quoted property name"))?;
                continue;
            }
            self.expect(b'}', Some("Expected ',' or '}' after property value"))?;
            return Ok(s.get(r));
        }
    }

    fn array(&mut self, vm: &mut Vm) -> Parsed<Value> {
        self.pos += 1;
        let a = vm.new_array(Vec::new());
        let mut s = vm.scope();
        let r = s.root(a);
        self.skip_whitespace();
        if self.peek() == Some(b']' as u16) {
            self.pos += 1;
            return Ok(s.get(r));
        }
        loop {
            let v = self.value(&mut s)?;
            if let Some(arr) = s.get(r).as_object() {
                arr.push(&mut s.heap, v);
            }
            self.skip_whitespace();
            if self.peek() == Some(b',' as u16) {
                self.pos += 1;
                continue;
            }
            self.expect(b']', Some("Expected ',' or ']' after array element"))?;
            return Ok(s.get(r));
        }
    }
}

/// InternalizeJSONProperty: runs the reviver over `holder[key]`'s tree,
/// children first. `holder` is rooted by the caller.
fn internalize(vm: &mut Vm, reviver: Value, holder: Value, key: PropKey) -> JsResult<Value> {
    if crate::native_stack::exhausted(vm.native_limit) {
        return Err(stack_overflow(vm));
    }
    let val = property::get(vm, holder, key)?;
    let mut s = vm.scope();
    let rv = s.root(val);
    if let Some(o) = val.as_object() {
        let keys: Vec<PropKey> =
            if o.is_array() { (0..o.length()).map(PropKey::Index).collect() } else { property::own_keys(&s, o, true) };
        for k in keys {
            let v = internalize(&mut s, reviver, val, k)?;
            if v == Value::UNDEFINED {
                property::delete(&mut s, val, k)?;
            } else if let Some(o) = val.as_object() {
                property::define(&mut s, o, k, DEFAULT_ATTRS, v);
            }
        }
    }
    let val = s.get(rv);
    call_with_key(&mut s, reviver, holder, key, Some(val))
}

pub fn parse(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let text = crate::ops::to_js_string(vm, arg(args, 0))?;
    let src = text.as_js_str().map(units_of).unwrap_or_default();
    let mut p = Parser { src: &src, pos: 0 };
    let parsed = p.value(vm).and_then(|v| {
        p.skip_whitespace();
        match p.peek() {
            None => Ok(v),
            Some(_) => {
                Err(Fail::Message(format!("Unexpected non-whitespace character after JSON at position {}", p.pos)))
            }
        }
    });
    let value = match parsed {
        Ok(v) => v,
        Err(Fail::Overflow) => return Err(stack_overflow(vm)),
        Err(f) => {
            let msg = p.message(f);
            return Err(vm.throw_error(ErrorKind::SyntaxError, &msg));
        }
    };
    let reviver = arg(args, 1);
    if reviver.as_callable().is_none() {
        return Ok(value);
    }
    let mut s = vm.scope();
    let rv = s.root(value);
    let root = s.new_object();
    let rr = s.root(root);
    let empty = property::key_of_str(&mut s, "");
    let (root, value) = (s.get(rr), s.get(rv));
    if let Some(o) = root.as_object() {
        property::define(&mut s, o, empty, DEFAULT_ATTRS, value);
    }
    internalize(&mut s, reviver, root, empty)
}

pub fn install(vm: &mut Vm) -> Value {
    let json = super::namespace(vm);
    super::method(vm, json, "parse", 2, parse);
    super::method(vm, json, "stringify", 3, stringify);
    super::global(vm, "JSON", json);
    json
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::source::Source;
    use crate::vm::{Options, Vm};

    /// The message of the error `code` throws (its whole text, which a
    /// one-line `expect error:` annotation cannot pin).
    fn error_of(code: &str) -> String {
        error_in(code, true)
    }

    fn error_in(code: &str, gc_stress: bool) -> String {
        let mut vm = Vm::new(Options { gc_stress, ..Options::default() }, Box::new(std::io::sink()));
        match vm.run_source(Rc::new(Source::new("test.js", code)), false) {
            Ok(_) => "no error".into(),
            Err(e) => e.message,
        }
    }

    #[test]
    fn a_circle_is_described_as_v8_does() {
        let msg = error_of("var o = { a: 1 }; o.self = o; JSON.stringify([o]);");
        assert_eq!(
            msg,
            "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    \
             --- property 'self' closes the circle"
        );
        let msg = error_of("var p = { x: { y: [1, { z: null }] } }; p.x.y[1].z = p.x; JSON.stringify(p);");
        assert_eq!(
            msg,
            "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    \
             |     property 'y' -> object with constructor 'Array'\n    \
             |     index 1 -> object with constructor 'Object'\n    \
             --- property 'z' closes the circle"
        );
        let msg = error_of("var a = [1]; a.push(a); JSON.stringify(a);");
        assert_eq!(
            msg,
            "Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    \
             --- index 1 closes the circle"
        );
        let msg = error_of("function F() { this.me = this; } JSON.stringify(new F());");
        assert!(msg.contains("starting at object with constructor 'F'"), "{}", msg);
    }

    #[test]
    fn a_long_circle_is_shortened_to_its_first_two_steps_and_last() {
        let code = "var r = {}; var c = r; for (var i = 0; i < 8; i++) { c['k' + i] = {}; c = c['k' + i]; } \
                    c.back = r; JSON.stringify(r);";
        assert_eq!(
            error_of(code),
            "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    \
             |     property 'k0' -> object with constructor 'Object'\n    \
             |     property 'k1' -> object with constructor 'Object'\n    \
             |     ...\n    \
             |     property 'k7' -> object with constructor 'Object'\n    \
             --- property 'back' closes the circle"
        );
        let code = "var r = {}; var c = r; for (var i = 0; i < 3; i++) { c['k' + i] = {}; c = c['k' + i]; } \
                    c.back = r; JSON.stringify(r);";
        assert!(!error_of(code).contains("..."));
    }

    #[test]
    fn parse_errors_use_v8s_words_and_positions() {
        let cases = [
            ("'{\"a\":1'", "Expected ',' or '}' after property value in JSON at position 6"),
            ("'xyz'", "Unexpected token 'x', \"xyz\" is not valid JSON"),
            ("'{\"a\":1, \"b\" \"c\"}'", "Unexpected string in JSON at position 12"),
            ("'tr1'", "Unexpected number in JSON at position 2"),
            ("'-'", "No number after minus sign in JSON at position 1"),
            ("'1e+'", "Exponent part is missing a number in JSON at position 3"),
            ("'\"\\\\u12\"'", "Bad Unicode escape in JSON at position 5"),
            ("'\"abc\\\\'", "Unexpected end of JSON input"),
            ("'a very long string of text'", "Unexpected token 'a', \"a very lon\"... is not valid JSON"),
            ("'[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x]'", "Unexpected token 'x', ...\",12,13,14,x]\" is not valid JSON"),
            ("'NaN'", "\"NaN\" is not valid JSON"),
            ("{}", "\"[object Object]\" is not valid JSON"),
        ];
        for (arg, want) in cases {
            assert_eq!(error_of(&format!("JSON.parse({});", arg)), want, "JSON.parse({})", arg);
        }
    }

    #[test]
    fn deep_nesting_is_a_range_error_not_a_crash() {
        let deep = "[".repeat(200_000);
        let code = format!("var s = '{}'; JSON.parse(s);", deep);
        let msg = error_in(&code, false);
        assert!(msg == "Maximum call stack size exceeded" || msg == "Unexpected end of JSON input", "{}", msg);
        let code = "var a = []; for (var i = 0; i < 200000; i++) a = [a]; JSON.stringify(a);";
        assert_eq!(error_in(code, false), "Maximum call stack size exceeded");
    }
}
