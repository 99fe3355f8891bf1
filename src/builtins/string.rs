//! `String`, `String.fromCharCode`/`fromCodePoint` and the methods of
//! `String.prototype`. Everything works on UTF-16 code units, as in
//! JavaScript: indices count units, an astral character is two of them and a
//! lone surrogate is kept as it is.
//!
//! GC: a method converts `this` and its string arguments first and roots
//! each converted value in a `Scope`, so the `&JsStr` views it reads stay
//! alive across the allocations it makes. The hot methods (`charCodeAt`,
//! `charAt`, `indexOf`, `slice`) first try a path for a string `this` and
//! Smi or string arguments that allocates nothing but the result.

use crate::calls::call_function;
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::HIDDEN;
use crate::heap::{JsStr, ObjClass, Units};
use crate::numconv::{is_js_whitespace, to_uint32};
use crate::ops::{to_js_string, to_number};
use crate::value::{number_to_string, Value};
use crate::vm::{Scope, Vm, MAX_STRING_LENGTH};

use super::{arg, method};

mod unicode;

/// RequireObjectCoercible(this) then ToString: the string a method works on,
/// as a value (rooted) and its units.
fn this_str(vm: &mut Scope, this: Value, name: &str) -> JsResult<(Value, &'static JsStr)> {
    if let Some(s) = this.as_js_str() {
        // `this` is rooted by the caller's frame.
        return Ok((this, s));
    }
    if this.is_nullish() {
        let msg = format!("String.prototype.{} called on null or undefined", name);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let v = match this.as_object().map(|o| &o.class) {
        Some(ObjClass::Boxed(v)) if v.is_string() => *v,
        _ => to_js_string(vm, this)?,
    };
    str_value(vm, v)
}

/// ToString of an argument, rooted in the scope.
fn str_arg(vm: &mut Scope, v: Value) -> JsResult<(Value, &'static JsStr)> {
    let v = to_js_string(vm, v)?;
    str_value(vm, v)
}

fn str_value(vm: &mut Scope, v: Value) -> JsResult<(Value, &'static JsStr)> {
    vm.root(v);
    match v.as_js_str() {
        Some(s) => Ok((v, s)),
        None => Err(vm.throw_error(ErrorKind::TypeError, "Cannot convert value to a string")),
    }
}

/// ToIntegerOrInfinity (NaN is 0).
fn integer(vm: &mut Vm, v: Value) -> JsResult<f64> {
    if v.is_smi() {
        return Ok(v.as_smi() as f64);
    }
    let d = to_number(vm, v)?;
    Ok(if d.is_nan() { 0.0 } else { d.trunc() + 0.0 })
}

/// A position clamped to `0..=len`.
fn clamp(d: f64, len: usize) -> usize {
    d.max(0.0).min(len as f64) as usize
}

/// A position where negatives count from the end (`slice`, `at`).
fn relative(d: f64, len: usize) -> usize {
    if d < 0.0 {
        clamp(len as f64 + d, len)
    } else {
        clamp(d, len)
    }
}

pub(super) fn empty(vm: &mut Vm) -> Value {
    vm.static_string("")
}

/// Units `[a, b)` of `s` (whose value is `v`): `v` itself when that is all
/// of it, a cached string for one unit.
pub(super) fn substring_of(vm: &mut Vm, v: Value, s: &JsStr, a: usize, b: usize) -> Value {
    if a >= b {
        return empty(vm);
    }
    if a == 0 && b >= s.len() {
        return v;
    }
    if b - a == 1 {
        return vm.unit_string(s.unit_at(a));
    }
    // A long piece shares the buffer: no copy, and no new bytes to charge.
    if let Some(view) = s.sliced(a, b) {
        return vm.alloc(crate::heap::ObjKind::Str(view));
    }
    vm.alloc_string(s.slice(a, b))
}

fn check_length(vm: &mut Vm, len: usize) -> JsResult<()> {
    if len as u64 > MAX_STRING_LENGTH {
        return Err(vm.throw_error(ErrorKind::RangeError, "Invalid string length"));
    }
    Ok(())
}

// ---- searching ----

fn rfind_in<T: Copy + Eq>(hay: &[T], needle: &[T], upto: usize) -> Option<usize> {
    let last = hay.len().checked_sub(needle.len())?;
    (0..=upto.min(last)).rev().find(|&i| hay[i..i + needle.len()] == *needle)
}

/// The first index `>= from` where `needle` occurs in `hay`.
fn find(hay: &JsStr, needle: &JsStr, from: usize) -> Option<usize> {
    hay.find(needle, from)
}

/// The last index `<= upto` where `needle` occurs in `hay`.
fn rfind(hay: &JsStr, needle: &JsStr, upto: usize) -> Option<usize> {
    match (hay.view(), needle.view()) {
        (Units::Latin1(h), Units::Latin1(n)) => rfind_in(h, n, upto),
        (Units::Wide(h), Units::Wide(n)) => rfind_in(h, n, upto),
        _ => rfind_in(&hay.units(), &needle.units(), upto),
    }
}

/// Whether `needle` occurs in `hay` at `at`.
fn occurs_at(hay: &JsStr, needle: &JsStr, at: usize) -> bool {
    at + needle.len() <= hay.len() && (0..needle.len()).all(|i| hay.unit_at(at + i) == needle.unit_at(i))
}

fn index_result(i: Option<usize>) -> Value {
    Value::smi(i.map_or(-1, |i| i as i32))
}

// ---- code units and code points ----

fn is_high(u: u16) -> bool {
    (0xD800..0xDC00).contains(&u)
}

fn is_low(u: u16) -> bool {
    (0xDC00..0xE000).contains(&u)
}

/// The code point at `i` (a lone surrogate is itself).
fn code_point_at(s: &JsStr, i: usize) -> u32 {
    let u = s.unit_at(i);
    match s.get(i + 1) {
        Some(next) if is_high(u) && is_low(next) => 0x10000 + (((u as u32) - 0xD800) << 10) + ((next as u32) - 0xDC00),
        _ => u as u32,
    }
}

fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        out.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        out.push(0xD800 + (c >> 10) as u16);
        out.push(0xDC00 + (c & 0x3FF) as u16);
    }
}

fn char_at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let a = arg(args, 0);
    if let (Some(s), true) = (this.as_js_str(), a.is_smi() || a == Value::UNDEFINED) {
        let i = if a.is_smi() { a.as_smi() } else { 0 };
        return Ok(match usize::try_from(i).ok().and_then(|i| s.get(i)) {
            Some(u) => vm.unit_string(u),
            None => empty(vm),
        });
    }
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "charAt")?;
    let i = integer(&mut vm, a)?;
    if i < 0.0 || i >= s.len() as f64 {
        return Ok(empty(&mut vm));
    }
    Ok(vm.unit_string(s.unit_at(i as usize)))
}

fn char_code_at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let a = arg(args, 0);
    if let (Some(s), true) = (this.as_js_str(), a.is_smi()) {
        return Ok(match usize::try_from(a.as_smi()).ok().and_then(|i| s.get(i)) {
            Some(u) => Value::smi(u as i32),
            None => vm.number(f64::NAN),
        });
    }
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "charCodeAt")?;
    let i = integer(&mut vm, a)?;
    if i < 0.0 || i >= s.len() as f64 {
        return Ok(vm.number(f64::NAN));
    }
    Ok(Value::smi(s.unit_at(i as usize) as i32))
}

fn code_point_at_method(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "codePointAt")?;
    let i = integer(&mut vm, arg(args, 0))?;
    if i < 0.0 || i >= s.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(Value::smi(code_point_at(s, i as usize) as i32))
}

fn at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "at")?;
    let i = integer(&mut vm, arg(args, 0))?;
    let k = if i < 0.0 { s.len() as f64 + i } else { i };
    if k < 0.0 || k >= s.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(vm.unit_string(s.unit_at(k as usize)))
}

// ---- searching methods ----

fn index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (a, p) = (arg(args, 0), arg(args, 1));
    if let (Some(s), Some(n), true) = (this.as_js_str(), a.as_js_str(), p.is_smi() || p == Value::UNDEFINED) {
        let from = if p.is_smi() { p.as_smi().max(0) as usize } else { 0 };
        return Ok(index_result(find(s, n, from.min(s.len()))));
    }
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "indexOf")?;
    let (_, n) = str_arg(&mut vm, a)?;
    let from = clamp(integer(&mut vm, p)?, s.len());
    Ok(index_result(find(s, n, from)))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "lastIndexOf")?;
    let (_, n) = str_arg(&mut vm, arg(args, 0))?;
    let d = to_number(&mut vm, arg(args, 1))?;
    let upto = if d.is_nan() { s.len() } else { clamp(d.trunc(), s.len()) };
    Ok(index_result(rfind(s, n, upto)))
}

/// The search string of `includes`/`startsWith`/`endsWith`, which refuse
/// a RegExp rather than search for its source text (IsRegExp; stitch has
/// no `Symbol.match` for an object to opt in or out with).
fn search_arg(vm: &mut Scope, v: Value, method: &str) -> JsResult<(Value, &'static JsStr)> {
    if super::regexp::data_of(v).is_some() {
        let msg = format!("First argument to String.prototype.{method} must not be a regular expression");
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    str_arg(vm, v)
}

fn includes(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "includes")?;
    let (_, n) = search_arg(&mut vm, arg(args, 0), "includes")?;
    let from = clamp(integer(&mut vm, arg(args, 1))?, s.len());
    Ok(Value::bool(find(s, n, from).is_some()))
}

fn starts_with(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "startsWith")?;
    let (_, n) = search_arg(&mut vm, arg(args, 0), "startsWith")?;
    let start = clamp(integer(&mut vm, arg(args, 1))?, s.len());
    Ok(Value::bool(occurs_at(s, n, start)))
}

fn ends_with(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "endsWith")?;
    let (_, n) = search_arg(&mut vm, arg(args, 0), "endsWith")?;
    let e = arg(args, 1);
    let end = if e == Value::UNDEFINED { s.len() } else { clamp(integer(&mut vm, e)?, s.len()) };
    Ok(Value::bool(end >= n.len() && occurs_at(s, n, end - n.len())))
}

// ---- substrings ----

fn slice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (a, b) = (arg(args, 0), arg(args, 1));
    if let (Some(s), true, true) = (this.as_js_str(), a.is_smi(), b.is_smi() || b == Value::UNDEFINED) {
        let len = s.len();
        let start = relative(a.as_smi() as f64, len);
        let end = if b.is_smi() { relative(b.as_smi() as f64, len) } else { len };
        return Ok(substring_of(vm, this, s, start, end));
    }
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "slice")?;
    let len = s.len();
    let start = relative(integer(&mut vm, a)?, len);
    let end = if b == Value::UNDEFINED { len } else { relative(integer(&mut vm, b)?, len) };
    Ok(substring_of(&mut vm, v, s, start, end))
}

fn substring(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "substring")?;
    let len = s.len();
    let a = clamp(integer(&mut vm, arg(args, 0))?, len);
    let e = arg(args, 1);
    let b = if e == Value::UNDEFINED { len } else { clamp(integer(&mut vm, e)?, len) };
    Ok(substring_of(&mut vm, v, s, a.min(b), a.max(b)))
}

fn substr(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "substr")?;
    let len = s.len();
    let start = relative(integer(&mut vm, arg(args, 0))?, len);
    let l = arg(args, 1);
    let count = if l == Value::UNDEFINED { len - start } else { clamp(integer(&mut vm, l)?, len - start) };
    Ok(substring_of(&mut vm, v, s, start, start + count))
}

/// String.prototype's `match`, `matchAll`, `replace`, `replaceAll`,
/// `search` and `split` hand an object argument that has the matching
/// well-known method (`Symbol.replace` …) to it: `method(this, ...rest)`
/// called on the argument. A RegExp's methods are these natives' own
/// paths, so a RegExp goes on to them directly.
fn delegate(vm: &mut Vm, this: Value, args: &[Value], which: usize, name: &str) -> JsResult<Option<Value>> {
    if this.is_nullish() {
        let msg = format!("String.prototype.{} called on null or undefined", name);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let target = arg(args, 0);
    if target.as_object().is_none() || super::regexp::data_of(target).is_some() {
        return Ok(None);
    }
    // replaceAll and matchAll insist on a global RegExp when the argument
    // says it is one (IsRegExp: a truthy `Symbol.match`).
    if name == "replaceAll" || name == "matchAll" {
        let key = crate::heap::PropKey::Name(vm.realm.intrinsics.string_methods[MATCH]);
        let m = crate::property::get(vm, target, key)?;
        if m.truthy() {
            let key = crate::property::key_of_str(vm, "flags");
            let flags = crate::property::get(vm, target, key)?;
            let msg = if flags.is_nullish() {
                if name == "matchAll" {
                    "The .flags property of the argument to String.prototype.matchAll cannot be null or undefined"
                } else {
                    "String.prototype.replaceAll called on null or undefined"
                }
            } else {
                let f = to_js_string(vm, flags)?;
                if f.as_js_str().is_some_and(|t| t.iter_units().any(|u| u == b'g' as u16)) {
                    ""
                } else if name == "matchAll" {
                    "String.prototype.matchAll called with a non-global RegExp argument"
                } else {
                    "String.prototype.replaceAll called with a non-global RegExp argument"
                }
            };
            if !msg.is_empty() {
                return Err(vm.throw_error(ErrorKind::TypeError, msg));
            }
        }
    }
    let key = crate::heap::PropKey::Name(vm.realm.intrinsics.string_methods[which]);
    let method = crate::property::get(vm, target, key)?;
    if method.is_nullish() {
        return Ok(None);
    }
    let mut rest = vec![this];
    rest.extend(args.get(1..).unwrap_or(&[]).iter().copied());
    if which == MATCH_ALL || which == MATCH || which == SEARCH {
        rest.truncate(1);
    }
    crate::calls::call_function(vm, method, target, &rest).map(Some)
}

const MATCH: usize = 0;
const MATCH_ALL: usize = 1;
const REPLACE: usize = 2;
const SEARCH: usize = 3;
const SPLIT: usize = 4;

fn split(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Some(v) = delegate(vm, this, args, SPLIT, "split")? {
        return Ok(v);
    }
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "split")?;
    let (sep, l) = (arg(args, 0), arg(args, 1));
    if super::regexp::data_of(sep).is_some() {
        return super::regexp::string_split(&mut vm, v, s, sep, l);
    }
    let limit = if l == Value::UNDEFINED { u32::MAX } else { to_uint32(to_number(&mut vm, l)?) } as usize;
    let sep = if sep == Value::UNDEFINED { None } else { Some(str_arg(&mut vm, sep)?.1) };
    let array = vm.new_array(Vec::new());
    vm.root(array);
    let Some(out) = array.as_object() else { return Ok(array) };
    if limit == 0 {
        return Ok(array);
    }
    let Some(sep) = sep else {
        out.push(&mut vm.heap, v);
        return Ok(array);
    };
    if sep.is_empty() {
        for i in 0..s.len().min(limit) {
            let u = vm.unit_string(s.unit_at(i));
            out.push(&mut vm.heap, u);
        }
        return Ok(array);
    }
    let mut start = 0;
    while let Some(i) = find(s, sep, start) {
        let part = substring_of(&mut vm, v, s, start, i);
        out.push(&mut vm.heap, part);
        if out.length() as usize >= limit {
            return Ok(array);
        }
        start = i + sep.len();
    }
    let rest = substring_of(&mut vm, v, s, start, s.len());
    out.push(&mut vm.heap, rest);
    Ok(array)
}

// ---- whitespace and case ----

fn is_space(u: u16) -> bool {
    char::from_u32(u as u32).is_some_and(is_js_whitespace)
}

fn trim_with(vm: &mut Vm, this: Value, name: &str, front: bool, back: bool) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, name)?;
    let mut a = 0;
    let mut b = s.len();
    if front {
        while a < b && is_space(s.unit_at(a)) {
            a += 1;
        }
    }
    if back {
        while b > a && is_space(s.unit_at(b - 1)) {
            b -= 1;
        }
    }
    Ok(substring_of(&mut vm, v, s, a, b))
}

fn trim(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_with(vm, this, "trim", true, true)
}

fn trim_start(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_with(vm, this, "trimStart", true, false)
}

fn trim_end(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    trim_with(vm, this, "trimEnd", false, true)
}

/// Full Unicode case mapping of the well-formed runs (Rust's `str` mapping
/// also handles the final sigma); lone surrogates stay as they are.
fn map_case(units: &[u16], upper: bool) -> Vec<u16> {
    fn flush(run: &mut String, out: &mut Vec<u16>, upper: bool) {
        let mapped = if upper { run.to_uppercase() } else { run.to_lowercase() };
        out.extend(mapped.encode_utf16());
        run.clear();
    }
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out, upper);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out, upper);
    out
}

fn change_case(vm: &mut Vm, this: Value, name: &str, upper: bool) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, name)?;
    if let Some(a) = s.as_ascii_str() {
        let unchanged =
            if upper { !a.bytes().any(|b| b.is_ascii_lowercase()) } else { !a.bytes().any(|b| b.is_ascii_uppercase()) };
        if unchanged {
            return Ok(v);
        }
        let mapped = if upper { a.to_ascii_uppercase() } else { a.to_ascii_lowercase() };
        return Ok(vm.string(mapped));
    }
    let out = map_case(&s.units(), upper);
    check_length(&mut vm, out.len())?;
    Ok(vm.string_from_units(out))
}

fn to_upper_case(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    change_case(vm, this, "toUpperCase", true)
}

fn to_lower_case(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    change_case(vm, this, "toLowerCase", false)
}

fn to_locale_upper_case(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    change_case(vm, this, "toLocaleUpperCase", true)
}

fn to_locale_lower_case(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    change_case(vm, this, "toLocaleLowerCase", false)
}

// ---- building ----

fn repeat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "repeat")?;
    let d = to_number(&mut vm, arg(args, 0))?;
    let n = if d.is_nan() { 0.0 } else { d.trunc() };
    if n < 0.0 || n == f64::INFINITY {
        let msg = format!("Invalid count value: {}", number_to_string(d));
        return Err(vm.throw_error(ErrorKind::RangeError, &msg));
    }
    if s.is_empty() || n == 0.0 {
        return Ok(empty(&mut vm));
    }
    if n == 1.0 {
        return Ok(v);
    }
    if n * s.len() as f64 > MAX_STRING_LENGTH as f64 {
        return Err(vm.throw_error(ErrorKind::RangeError, "Invalid string length"));
    }
    let n = n as usize;
    Ok(match s.view() {
        Units::Latin1(b) => vm.string_from_latin1(b.repeat(n)),
        Units::Wide(w) => vm.string_from_units(w.repeat(n)),
    })
}

fn pad(vm: &mut Vm, this: Value, args: &[Value], name: &str, at_start: bool) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, name)?;
    let max = integer(&mut vm, arg(args, 0))?;
    if max <= s.len() as f64 {
        return Ok(v);
    }
    let f = arg(args, 1);
    let fill: Vec<u16> =
        if f == Value::UNDEFINED { vec![b' ' as u16] } else { str_arg(&mut vm, f)?.1.units().into_owned() };
    if fill.is_empty() {
        return Ok(v);
    }
    if max > MAX_STRING_LENGTH as f64 {
        return Err(vm.throw_error(ErrorKind::RangeError, "Invalid string length"));
    }
    let max = max as usize;
    let filler = fill.iter().copied().cycle().take(max - s.len());
    let mut out = Vec::with_capacity(max);
    if at_start {
        out.extend(filler);
        out.extend(s.iter_units());
    } else {
        out.extend(s.iter_units());
        out.extend(filler);
    }
    Ok(vm.string_from_units(out))
}

fn pad_start(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    pad(vm, this, args, "padStart", true)
}

fn pad_end(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    pad(vm, this, args, "padEnd", false)
}

fn concat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "concat")?;
    if args.is_empty() {
        return Ok(v);
    }
    let mut out: Vec<u16> = s.units().into_owned();
    for &a in args {
        let (_, t) = str_arg(&mut vm, a)?;
        out.extend(t.iter_units());
        check_length(&mut vm, out.len())?;
    }
    Ok(vm.string_from_units(out))
}

/// GetSubstitution without captures: `$$`, `$&`, `` $` `` and `$'`; any
/// other `$` is itself.
fn substitute(out: &mut Vec<u16>, template: &[u16], s: &JsStr, pos: usize, matched: usize) {
    let mut i = 0;
    while i < template.len() {
        let u = template[i];
        let next = template.get(i + 1).copied();
        if u == b'$' as u16 {
            match next.and_then(|n| u8::try_from(n).ok()) {
                Some(b'$') => out.push(b'$' as u16),
                Some(b'&') => out.extend(s.slice(pos, pos + matched).iter_units()),
                Some(b'`') => out.extend(s.slice(0, pos).iter_units()),
                Some(b'\'') => out.extend(s.slice(pos + matched, s.len()).iter_units()),
                _ => {
                    out.push(u);
                    i += 1;
                    continue;
                }
            }
            i += 2;
            continue;
        }
        out.push(u);
        i += 1;
    }
}

fn replace_with(vm: &mut Vm, this: Value, args: &[Value], name: &str, all: bool) -> JsResult<Value> {
    if let Some(v) = delegate(vm, this, args, REPLACE, name)? {
        return Ok(v);
    }
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, name)?;
    let r = arg(args, 1);
    if super::regexp::data_of(arg(args, 0)).is_some() {
        return super::regexp::string_replace(&mut vm, v, s, arg(args, 0), r, all);
    }
    let (search_v, search) = str_arg(&mut vm, arg(args, 0))?;
    let callback = r.as_callable().is_some();
    let template: Vec<u16> = if callback { Vec::new() } else { str_arg(&mut vm, r)?.1.units().into_owned() };
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(p) = find(s, search, from) {
        positions.push(p);
        if !all {
            break;
        }
        from = p + search.len().max(1);
        if from > s.len() {
            break;
        }
    }
    if positions.is_empty() {
        return Ok(v);
    }
    let mut out: Vec<u16> = Vec::with_capacity(s.len());
    let mut last = 0;
    for p in positions {
        out.extend(s.slice(last, p).iter_units());
        if callback {
            let at = Value::smi(p as i32);
            let result = call_function(&mut vm, r, Value::UNDEFINED, &[search_v, at, v])?;
            let (_, t) = str_arg(&mut vm, result)?;
            out.extend(t.iter_units());
        } else {
            substitute(&mut out, &template, s, p, search.len());
        }
        check_length(&mut vm, out.len())?;
        last = p + search.len();
    }
    out.extend(s.slice(last, s.len()).iter_units());
    check_length(&mut vm, out.len())?;
    Ok(vm.string_from_units(out))
}

/// `match`, `matchAll` and `search`: a RegExp does the work (a string
/// argument is made into one, as the specification says).
fn match_(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Some(v) = delegate(vm, this, args, MATCH, "match")? {
        return Ok(v);
    }
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "match")?;
    super::regexp::string_match(&mut vm, v, s, arg(args, 0))
}

fn match_all(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Some(v) = delegate(vm, this, args, MATCH_ALL, "matchAll")? {
        return Ok(v);
    }
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "matchAll")?;
    super::regexp::string_match_all(&mut vm, v, s, arg(args, 0))
}

fn search(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Some(v) = delegate(vm, this, args, SEARCH, "search")? {
        return Ok(v);
    }
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "search")?;
    super::regexp::string_search(&mut vm, v, s, arg(args, 0))
}

fn replace(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    replace_with(vm, this, args, "replace", false)
}

fn replace_all(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    replace_with(vm, this, args, "replaceAll", true)
}

/// `localeCompare`: `unicode::locale_compare` says what it approximates.
fn locale_compare(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "localeCompare")?;
    let (_, t) = str_arg(&mut vm, arg(args, 0))?;
    let how = collation(&mut vm, arg(args, 1), arg(args, 2))?;
    let order = unicode::locale_compare(&s.units(), &t.units(), &how);
    Ok(Value::smi(order as i32))
}

/// The collator options of `localeCompare(that, locales, options)`: the
/// Unicode extension keys `kn` and `kf` of the locale, then the options
/// object's `numeric`, `caseFirst`, `sensitivity` and `ignorePunctuation`,
/// read in ECMA-402's order; a value out of range is V8's RangeError.
fn collation(vm: &mut Vm, locales: Value, options: Value) -> JsResult<unicode::Collation> {
    let mut how = unicode::Collation::default();
    if let Some(tag) = locales.as_js_str().map(|s| s.to_string_lossy().to_ascii_lowercase()) {
        if let Some((_, ext)) = tag.split_once("-u-") {
            let parts: Vec<&str> = ext.split('-').collect();
            for (i, p) in parts.iter().enumerate() {
                let value = parts.get(i + 1).copied().filter(|v| v.len() > 2);
                match (*p, value) {
                    ("kn", None | Some("true")) => how.numeric = true,
                    ("kf", Some("upper")) => how.upper_first = true,
                    _ => {}
                }
            }
        }
    }
    if options == Value::UNDEFINED {
        return Ok(how);
    }
    if options == Value::NULL {
        // V8 words a null options object as it words a null receiver.
        return Err(vm.throw_error(ErrorKind::TypeError, "String.prototype.localeCompare called on null or undefined"));
    }
    // A primitive's wrapper has none of the options.
    if options.as_object().is_none() {
        return Ok(how);
    }
    let read = super::option;
    let choice = |s: &mut Vm, options: Value, name: &str, allowed: &[&str]| {
        super::option_choice(s, options, name, allowed, "String.prototype.localeCompare")
    };
    let mut s = vm.scope();
    s.root(options);
    choice(&mut s, options, "usage", &["sort", "search"])?;
    choice(&mut s, options, "localeMatcher", &["lookup", "best fit"])?;
    let numeric = read(&mut s, options, "numeric")?;
    if numeric != Value::UNDEFINED {
        how.numeric = numeric.truthy();
    }
    if let Some(c) = choice(&mut s, options, "caseFirst", &["upper", "lower", "false"])? {
        how.upper_first = c == "upper";
    }
    match choice(&mut s, options, "sensitivity", &["base", "accent", "case", "variant"])?.as_deref() {
        Some("base") => how.strength = 1,
        Some("accent") => how.strength = 2,
        Some("case") => (how.strength, how.case_level) = (1, true),
        _ => {}
    }
    how.ignore_punctuation = read(&mut s, options, "ignorePunctuation")?.truthy();
    Ok(how)
}

/// `normalize(form)`: NFC unless another form is named.
fn normalize(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "normalize")?;
    let form = match arg(args, 0) {
        Value::UNDEFINED => "NFC".to_string(),
        f => crate::ops::to_string(&mut vm, f)?,
    };
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        let msg = "The normalization form should be one of NFC, NFD, NFKC, NFKD.";
        return Err(vm.throw_error(ErrorKind::RangeError, msg));
    }
    let out = unicode::normalize(&s.units(), &form);
    check_length(&mut vm, out.len())?;
    Ok(vm.string_from_units(out))
}

/// `String.raw(strings, ...subs)`: the raw pieces of a template with the
/// substitutions between them.
fn raw(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let cooked = super::object::to_object(&mut vm, arg(args, 0))?;
    let rc = vm.root(cooked);
    let key = crate::heap::PropKey::Name(vm.atoms.intern("raw"));
    let cooked = vm.get(rc);
    let raw = crate::property::get(&mut vm, cooked, key)?;
    let raw = super::object::to_object(&mut vm, raw)?;
    let rr = vm.root(raw);
    let len_key = crate::heap::PropKey::Name(vm.realm.length);
    let len = crate::property::get(&mut vm, raw, len_key)?;
    let len = to_number(&mut vm, len)?;
    let len = if len.is_nan() || len <= 0.0 { 0 } else { len.min(u32::MAX as f64) as u32 };
    let mut out: Vec<u16> = Vec::new();
    for i in 0..len {
        let raw = vm.get(rr);
        let piece = crate::property::get(&mut vm, raw, crate::heap::PropKey::Index(i))?;
        let piece = to_js_string(&mut vm, piece)?;
        out.extend(piece.as_js_str().map(|s| s.units().into_owned()).unwrap_or_default());
        if i + 1 < len && (i as usize + 1) < args.len() {
            let sub = to_js_string(&mut vm, args[i as usize + 1])?;
            out.extend(sub.as_js_str().map(|s| s.units().into_owned()).unwrap_or_default());
        }
        check_length(&mut vm, out.len())?;
    }
    Ok(vm.string_from_units(out))
}

/// thisStringValue: `toString` and `valueOf` do not convert.
fn this_string_value(vm: &mut Vm, this: Value, name: &str) -> JsResult<Value> {
    if this.is_string() {
        return Ok(this);
    }
    if let Some(ObjClass::Boxed(v)) = this.as_object().map(|o| &o.class) {
        if v.is_string() {
            return Ok(*v);
        }
    }
    let msg = format!("String.prototype.{} requires that 'this' be a String", name);
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    this_string_value(vm, this, "toString")
}

fn value_of(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    this_string_value(vm, this, "valueOf")
}

fn is_well_formed(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (_, s) = this_str(&mut vm, this, "isWellFormed")?;
    Ok(Value::bool(char::decode_utf16(s.iter_units()).all(|r| r.is_ok())))
}

fn to_well_formed(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let mut vm = vm.scope();
    let (v, s) = this_str(&mut vm, this, "toWellFormed")?;
    if char::decode_utf16(s.iter_units()).all(|r| r.is_ok()) {
        return Ok(v);
    }
    let mut out = Vec::with_capacity(s.len());
    for r in char::decode_utf16(s.iter_units()) {
        push_code_point(&mut out, r.map_or(0xFFFD, |c| c as u32));
    }
    Ok(vm.string_from_units(out))
}

// ---- the constructor ----

/// `String(v)`. `new String(v)` gives the primitive as well (there are no
/// wrapper objects for strings yet).
fn string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target != Value::UNDEFINED {
        let v = if args.is_empty() { empty(vm) } else { to_js_string(vm, args[0])? };
        return super::object::box_primitive(vm, v);
    }
    let _ = this;
    if args.is_empty() {
        return Ok(empty(vm));
    }
    // `String(sym)` is the one conversion of a symbol that does not throw
    // (unless called with `new`).
    if args[0].as_symbol().is_some() && vm.new_target == Value::UNDEFINED {
        let text = crate::format::to_string(args[0]);
        return Ok(vm.string(text));
    }
    to_js_string(vm, args[0])
}

fn from_char_code(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let unit = |vm: &mut Vm, v: Value| -> JsResult<u16> {
        if v.is_smi() {
            return Ok(v.as_smi() as u16);
        }
        Ok(to_uint32(to_number(vm, v)?) as u16)
    };
    if args.len() == 1 {
        let u = unit(vm, args[0])?;
        return Ok(vm.unit_string(u));
    }
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        out.push(unit(vm, a)?);
    }
    Ok(vm.string_from_units(out))
}

fn from_code_point(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        let d = to_number(vm, a)?;
        if d.trunc() != d || !(0.0..=1114111.0).contains(&d) {
            let msg = format!("Invalid code point {}", number_to_string(d));
            return Err(vm.throw_error(ErrorKind::RangeError, &msg));
        }
        push_code_point(&mut out, d as u32);
    }
    Ok(vm.string_from_units(out))
}

pub fn install(vm: &mut Vm) {
    let f = vm.native_constructor("String", 1, string);
    let proto = vm.realm.string_proto;
    super::constant(vm, f, "prototype", proto);
    crate::property::define_named(vm, proto, "constructor", HIDDEN, f);
    let fv = method(vm, f, "fromCharCode", 1, from_char_code);
    if let Some(i) = crate::jit::INLINE_MATH.iter().position(|&n| n == "fromCharCode") {
        vm.realm.inline_math[i] = fv;
    }
    method(vm, f, "fromCodePoint", 1, from_code_point);
    method(vm, f, "raw", 1, raw);
    let methods: [(&'static str, u8, crate::vm::NativeFn); 37] = [
        ("charAt", 1, char_at),
        ("charCodeAt", 1, char_code_at),
        ("codePointAt", 1, code_point_at_method),
        ("at", 1, at),
        ("indexOf", 1, index_of),
        ("lastIndexOf", 1, last_index_of),
        ("includes", 1, includes),
        ("startsWith", 1, starts_with),
        ("endsWith", 1, ends_with),
        ("slice", 2, slice),
        ("substring", 2, substring),
        ("substr", 2, substr),
        ("split", 2, split),
        ("trim", 0, trim),
        ("trimStart", 0, trim_start),
        ("trimEnd", 0, trim_end),
        ("trimLeft", 0, trim_start),
        ("trimRight", 0, trim_end),
        ("toUpperCase", 0, to_upper_case),
        ("toLowerCase", 0, to_lower_case),
        ("toLocaleUpperCase", 0, to_locale_upper_case),
        ("toLocaleLowerCase", 0, to_locale_lower_case),
        ("repeat", 1, repeat),
        ("padStart", 1, pad_start),
        ("padEnd", 1, pad_end),
        ("concat", 1, concat),
        ("replace", 2, replace),
        ("replaceAll", 2, replace_all),
        ("match", 1, match_),
        ("matchAll", 1, match_all),
        ("search", 1, search),
        ("localeCompare", 1, locale_compare),
        ("normalize", 0, normalize),
        ("toString", 0, to_string),
        ("valueOf", 0, value_of),
        ("isWellFormed", 0, is_well_formed),
        ("toWellFormed", 0, to_well_formed),
    ];
    for (name, length, m) in methods {
        let fv = method(vm, proto, name, length, m);
        if let Some(i) = crate::jit::INLINE_MATH.iter().position(|&n| n == name) {
            vm.realm.inline_math[i] = fv;
        }
    }
    super::global(vm, "String", f);
}

/// `RegExp.prototype[Symbol.match]` and its kin: the string method with
/// the RegExp as its argument (`re[Symbol.replace](s, r)` is
/// `s.replace(re, r)`).
pub fn regexp_symbol_method(vm: &mut Vm, this: Value, args: &[Value], which: usize) -> JsResult<Value> {
    if super::regexp::data_of(this).is_none() {
        let text = crate::iteration::receiver_text(vm, this);
        let msg = format!("Method RegExp.prototype.exec called on incompatible receiver {}", text);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut vm = vm.scope();
    let s = to_js_string(&mut vm, arg(args, 0))?;
    vm.root(s);
    let vm = &mut *vm;
    let mut rest = vec![this];
    rest.extend(args.get(1..).unwrap_or(&[]).iter().copied());
    match which {
        MATCH => match_(vm, s, &rest),
        MATCH_ALL => match_all(vm, s, &rest),
        REPLACE => replace(vm, s, &rest),
        SEARCH => search(vm, s, &rest),
        _ => split(vm, s, &rest),
    }
}
