//! `RegExp`: the constructor, `RegExp.prototype` (`exec`, `test`,
//! `toString`, the flag getters) and the regular-expression halves of the
//! String methods (`match`, `matchAll`, `replace`, `replaceAll`, `search`,
//! `split`), which `string.rs` hands a RegExp argument to. The engine,
//! flags and syntax errors are `crate::regexp`'s.
//!
//! A RegExp is a `JsObject` of class `ObjClass::RegExp` holding its
//! pattern, flags and compiled program; `lastIndex` is an ordinary own
//! data property (writable, not enumerable, not configurable), read and
//! written with `Get`/`Set` as the specification's RegExpBuiltinExec does,
//! so `re.lastIndex = 5` and a frozen `lastIndex` behave as in node.
//!
//! Departures: the String methods do not look up `Symbol.match`,
//! `Symbol.replace`, ... (stitch has no such symbols), and the regexp
//! algorithms call the built-in exec, not a `exec` property a script put
//! on the object. `matchAll` finds every match when it is called (the
//! iterator then walks them): no script code can run between two matches,
//! so nothing can tell.

mod legacy;
mod replace;

use std::rc::Rc;

use super::{arg, method};
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::{DEFAULT_ATTRS, HIDDEN};
use crate::heap::{JsObject, JsStr, ObjClass, ObjKind, PropKey};
use crate::ops::{to_js_string, to_number};
use crate::property;
use crate::regexp::{self, RegExpData, Subject};
use crate::regexp_object::make;
use crate::value::Value;
use crate::vm::{Scope, Vm};

pub use replace::{replace as string_replace, split as string_split};

/// `s` prepared for matching: ASCII text as `&str`, two-byte text as its
/// units, and one-byte text that is not ASCII widened to UTF-16 once per
/// buffer (`Vm::regexp_wide`), not once per search: a lexer running
/// sticky or global regexps over such a text (or over its slices, which
/// share the buffer) searched it in quadratic time.
pub(super) fn subject_of<'a>(vm: &mut Vm, s: &'a JsStr) -> Subject<'a> {
    if s.as_ascii_str().is_some() || s.as_latin1().is_none() {
        return Subject::new(s.as_ascii_str(), || s.units());
    }
    if let Some((whole, units)) = &vm.regexp_wide {
        if whole.shares_buffer(s) && s.start() + s.len() <= whole.len() {
            return Subject::shared(units.clone(), s.start(), s.len());
        }
    }
    let whole = s.whole_buffer();
    let units: Rc<[u16]> = whole.units().into();
    vm.regexp_wide = Some((whole, units.clone()));
    Subject::shared(units, s.start(), s.len())
}

/// The RegExp data of `v`, if it is a RegExp.
pub fn data_of(v: Value) -> Option<&'static RegExpData> {
    match v.as_object().map(|o| &o.class) {
        Some(ObjClass::RegExp(d)) => Some(d),
        _ => None,
    }
}

fn incompatible(vm: &mut Vm, method: &str, this: Value) -> crate::error::Thrown {
    let text = property::receiver_text(vm, this);
    let msg = format!("Method RegExp.prototype.{method} called on incompatible receiver {text}");
    vm.throw_error(ErrorKind::TypeError, &msg)
}

fn this_regexp(vm: &mut Vm, this: Value, method: &str) -> JsResult<&'static RegExpData> {
    data_of(this).ok_or_else(|| incompatible(vm, method, this))
}

fn units_of(vm: &mut Vm, v: Value) -> JsResult<Rc<[u16]>> {
    let s = to_js_string(vm, v)?;
    Ok(s.as_js_str().map(|s| s.units().into_owned().into()).unwrap_or_else(|| Rc::from([])))
}

fn flags_of(vm: &mut Vm, v: Value) -> JsResult<u8> {
    let text = units_of(vm, v)?;
    regexp::parse_flags(&text).ok_or_else(|| {
        let msg = format!("Invalid flags supplied to RegExp constructor '{}'", String::from_utf16_lossy(&text));
        vm.throw_error(ErrorKind::SyntaxError, &msg)
    })
}

/// `RegExp(pattern, flags)` and `new RegExp(...)`.
fn regexp_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let target = std::mem::replace(&mut vm.new_target, Value::UNDEFINED);
    let (p, f) = (arg(args, 0), arg(args, 1));
    let ctor = vm.realm.intrinsics.regexp_ctor;
    // `RegExp(re)` without new and flags is `re` itself (when its
    // constructor is RegExp).
    if target == Value::UNDEFINED && f == Value::UNDEFINED && data_of(p).is_some() {
        let key = PropKey::Name(vm.realm.constructor);
        if property::get(vm, p, key)? == ctor {
            return Ok(p);
        }
    }
    let mut proto = vm.realm.intrinsics.regexp_proto;
    if target.as_callable().is_some() && target != ctor {
        let q = property::get(vm, target, PropKey::Name(vm.realm.prototype))?;
        if q.as_object().is_some() {
            proto = q;
        }
    }
    let (pattern, flags) = match data_of(p) {
        Some(d) => {
            let flags = if f == Value::UNDEFINED { d.flags } else { flags_of(vm, f)? };
            (d.pattern.clone(), flags)
        }
        None => {
            let pattern = if p == Value::UNDEFINED { Rc::from([]) } else { units_of(vm, p)? };
            let flags = if f == Value::UNDEFINED { 0 } else { flags_of(vm, f)? };
            (pattern, flags)
        }
    };
    make(vm, pattern, flags, proto)
}

fn last_index_key(vm: &mut Vm) -> PropKey {
    property::key_of_str(vm, "lastIndex")
}

/// ToLength(re.lastIndex).
fn get_last_index(vm: &mut Vm, re: Value) -> JsResult<usize> {
    let key = last_index_key(vm);
    let v = property::get(vm, re, key)?;
    if v.is_smi() {
        return Ok(v.as_smi().max(0) as usize);
    }
    let n = to_number(vm, v)?;
    Ok(if n.is_nan() || n <= 0.0 { 0 } else { n.min(9_007_199_254_740_991.0).floor() as usize })
}

/// `re.lastIndex = i`, throwing as a strict assignment does.
fn set_last_index(vm: &mut Vm, re: Value, i: usize) -> JsResult<()> {
    let key = last_index_key(vm);
    let v = vm.number(i as f64);
    property::set_in(vm, re, key, v, true)
}

/// RegExpBuiltinExec without the result array: the match, if any, with
/// `lastIndex` read and updated as the specification says.
///
/// A match is recorded for `RegExp.$1` and its kin (`legacy::record`);
/// `sv` is the subject string.
fn exec_raw(vm: &mut Vm, re: Value, d: &RegExpData, sv: Value, subject: &Subject) -> JsResult<Option<regress::Match>> {
    let global_or_sticky = d.has(regexp::GLOBAL) || d.has(regexp::STICKY);
    let mut last = get_last_index(vm, re)?;
    if !global_or_sticky {
        last = 0;
    }
    if last > subject.len() {
        if global_or_sticky {
            set_last_index(vm, re, 0)?;
        }
        return Ok(None);
    }
    match subject.find(d, last, d.has(regexp::STICKY)) {
        None => {
            if global_or_sticky {
                set_last_index(vm, re, 0)?;
            }
            Ok(None)
        }
        Some(m) => {
            if global_or_sticky {
                set_last_index(vm, re, m.end())?;
            }
            legacy::record(vm, sv, &m);
            Ok(Some(m))
        }
    }
}

/// A substring of rooted string `sv` (units `s`), or undefined for a group
/// that did not take part.
fn piece(vm: &mut Vm, sv: Value, s: &JsStr, r: Option<std::ops::Range<usize>>) -> Value {
    match r {
        Some(r) => super::string::substring_of(vm, sv, s, r.start, r.end),
        None => Value::UNDEFINED,
    }
}

/// The array `exec` returns: the match and its groups, then `index`,
/// `input`, `groups` and, with the `d` flag, `indices`.
fn result_array(vm: &mut Scope, d: &RegExpData, sv: Value, s: &JsStr, m: &regress::Match) -> Value {
    let array = vm.new_array(Vec::new());
    let ra = vm.root(array);
    let Some(out) = array.as_object() else { return array };
    for r in m.groups() {
        let v = piece(vm, sv, s, r);
        out.push(&mut vm.heap, v);
    }
    let index = Value::smi(m.start() as i32);
    property::define_named(vm, array, "index", DEFAULT_ATTRS, index);
    property::define_named(vm, array, "input", DEFAULT_ATTRS, sv);
    let groups = if m.named_groups().len() == 0 {
        Value::UNDEFINED
    } else {
        let g = vm.new_object_with_proto(Value::NULL);
        property::define_named(vm, array, "groups", DEFAULT_ATTRS, g);
        for (name, r) in m.named_groups() {
            let v = piece(vm, sv, s, r);
            property::define_named(vm, g, name, DEFAULT_ATTRS, v);
        }
        g
    };
    if groups == Value::UNDEFINED {
        property::define_named(vm, array, "groups", DEFAULT_ATTRS, groups);
    }
    if d.has(regexp::HAS_INDICES) {
        let indices = vm.new_array(Vec::new());
        property::define_named(vm, array, "indices", DEFAULT_ATTRS, indices);
        let pair = |vm: &mut Scope, r: Option<std::ops::Range<usize>>| match r {
            Some(r) => vm.new_array(vec![Value::smi(r.start as i32), Value::smi(r.end as i32)]),
            None => Value::UNDEFINED,
        };
        if let Some(io) = indices.as_object() {
            for r in m.groups() {
                let p = pair(vm, r);
                io.push(&mut vm.heap, p);
            }
            let ig = if groups == Value::UNDEFINED {
                Value::UNDEFINED
            } else {
                let g = vm.new_object_with_proto(Value::NULL);
                property::define_named(vm, indices, "groups", DEFAULT_ATTRS, g);
                for (name, r) in m.named_groups() {
                    let p = pair(vm, r);
                    property::define_named(vm, g, name, DEFAULT_ATTRS, p);
                }
                g
            };
            if ig == Value::UNDEFINED {
                property::define_named(vm, indices, "groups", DEFAULT_ATTRS, ig);
            }
        }
    }
    vm.get(ra)
}

/// The string a method works on, rooted, and its units.
fn rooted_str(vm: &mut Scope, v: Value) -> JsResult<(Value, &'static JsStr)> {
    let sv = to_js_string(vm, v)?;
    vm.root(sv);
    match sv.as_js_str() {
        Some(s) => Ok((sv, s)),
        None => Err(vm.throw_error(ErrorKind::TypeError, "Cannot convert value to a string")),
    }
}

/// RegExpBuiltinExec: the result array, or null.
fn exec_on(vm: &mut Scope, re: Value, d: &RegExpData, sv: Value, s: &'static JsStr) -> JsResult<Value> {
    let subject = subject_of(vm, s);
    match exec_raw(vm, re, d, sv, &subject)? {
        Some(m) => Ok(result_array(vm, d, sv, s, &m)),
        None => Ok(Value::NULL),
    }
}

fn exec(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let d = this_regexp(vm, this, "exec")?;
    let mut vm = vm.scope();
    let (sv, s) = rooted_str(&mut vm, arg(args, 0))?;
    exec_on(&mut vm, this, d, sv, s)
}

fn test(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let d = this_regexp(vm, this, "test")?;
    let mut vm = vm.scope();
    let (sv, s) = rooted_str(&mut vm, arg(args, 0))?;
    let subject = subject_of(&mut vm, s);
    Ok(Value::bool(exec_raw(&mut vm, this, d, sv, &subject)?.is_some()))
}

/// `RegExp.prototype.toString`: `/${this.source}/${this.flags}`, read as
/// properties (any object will do).
fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.as_object().is_none() {
        let text = property::receiver_text(vm, this);
        let msg = format!("RegExp.prototype.toString requires that 'this' be an Object, not {text}");
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    if let Some(d) = data_of(this) {
        if this.as_object().is_some_and(|o| o.proto() == vm.realm.intrinsics.regexp_proto) {
            let text = regexp::text_of(d);
            return Ok(vm.string(text));
        }
    }
    let mut vm = vm.scope();
    let mut out: Vec<u16> = vec![b'/' as u16];
    for (i, name) in ["source", "flags"].into_iter().enumerate() {
        let key = property::key_of_str(&mut vm, name);
        let v = property::get(&mut vm, this, key)?;
        let (_, s) = rooted_str(&mut vm, v)?;
        out.extend(s.iter_units());
        if i == 0 {
            out.push(b'/' as u16);
        }
    }
    Ok(vm.string_from_units(out))
}

fn source(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this == vm.realm.intrinsics.regexp_proto {
        return Ok(vm.string("(?:)".into()));
    }
    let d = data_of(this).ok_or_else(|| {
        let text = property::receiver_text(vm, this);
        let msg = format!("RegExp.prototype.source getter called on non-RegExp object {text}");
        vm.throw_error(ErrorKind::TypeError, &msg)
    })?;
    let units = regexp::source_text(&d.pattern);
    Ok(vm.string_from_units(units))
}

fn flags(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.as_object().is_none() {
        let text = property::receiver_text(vm, this);
        let msg = format!("RegExp.prototype.flags getter called on non-object {text}");
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let bits = data_of(this).map_or(0, |d| d.flags);
    Ok(vm.string(regexp::flags_text(bits)))
}

macro_rules! flag_getters {
    ($($fn:ident $name:literal => $bit:expr),* $(,)?) => {
        $(
            fn $fn(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
                match data_of(this) {
                    Some(d) => Ok(Value::bool(d.has($bit))),
                    None if this == vm.realm.intrinsics.regexp_proto => Ok(Value::UNDEFINED),
                    None => {
                        let text = property::receiver_text(vm, this);
                        let msg = format!("RegExp.prototype.{} getter called on non-RegExp object {text}", $name);
                        Err(vm.throw_error(ErrorKind::TypeError, &msg))
                    }
                }
            }
        )*
        const FLAG_GETTERS: &[(&str, &str, crate::vm::NativeFn)] = &[$(($name, concat!("get ", $name), $fn)),*];
    };
}

flag_getters!(
    has_indices "hasIndices" => regexp::HAS_INDICES,
    global "global" => regexp::GLOBAL,
    ignore_case "ignoreCase" => regexp::IGNORE_CASE,
    multiline "multiline" => regexp::MULTILINE,
    dot_all "dotAll" => regexp::DOT_ALL,
    unicode "unicode" => regexp::UNICODE,
    unicode_sets "unicodeSets" => regexp::UNICODE_SETS,
    sticky "sticky" => regexp::STICKY,
);

/// A RegExp made from a String method's non-RegExp argument
/// (`'abc'.match('b')`, `'a.b'.search('.')`), with `flags`.
fn from_pattern(vm: &mut Vm, v: Value, flags: u8) -> JsResult<Value> {
    let pattern = if v == Value::UNDEFINED { Rc::from([]) } else { units_of(vm, v)? };
    let proto = vm.realm.intrinsics.regexp_proto;
    make(vm, pattern, flags, proto)
}

/// `str.match(x)`: exec once, or with `g` every match's text (null when
/// none).
pub fn string_match(vm: &mut Vm, sv: Value, s: &'static JsStr, x: Value) -> JsResult<Value> {
    let mut vm = vm.scope();
    let re = match data_of(x) {
        Some(_) => x,
        None => from_pattern(&mut vm, x, 0)?,
    };
    vm.root(re);
    let Some(d) = data_of(re) else { return Ok(Value::NULL) };
    if !d.has(regexp::GLOBAL) {
        return exec_on(&mut vm, re, d, sv, s);
    }
    set_last_index(&mut vm, re, 0)?;
    let subject = subject_of(&mut vm, s);
    let unicode = d.has(regexp::UNICODE) || d.has(regexp::UNICODE_SETS);
    let array = vm.new_array(Vec::new());
    let ra = vm.root(array);
    let Some(out) = array.as_object() else { return Ok(Value::NULL) };
    while let Some(m) = exec_raw(&mut vm, re, d, sv, &subject)? {
        let v = piece(&mut vm, sv, s, Some(m.range()));
        out.push(&mut vm.heap, v);
        if m.start() == m.end() {
            let next = subject.advance(get_last_index(&mut vm, re)?, unicode);
            set_last_index(&mut vm, re, next)?;
        }
    }
    if out.length() == 0 {
        return Ok(Value::NULL);
    }
    Ok(vm.get(ra))
}

/// `str.search(x)`: the index of the first match (lastIndex untouched).
pub fn string_search(vm: &mut Vm, sv: Value, s: &'static JsStr, x: Value) -> JsResult<Value> {
    let mut vm = vm.scope();
    let re = match data_of(x) {
        Some(_) => x,
        None => from_pattern(&mut vm, x, 0)?,
    };
    vm.root(re);
    let Some(d) = data_of(re) else { return Ok(Value::smi(-1)) };
    let key = last_index_key(&mut vm);
    let previous = property::get(&mut vm, re, key)?;
    vm.root(previous);
    if previous != Value::smi(0) {
        property::set_in(&mut vm, re, key, Value::smi(0), true)?;
    }
    let subject = subject_of(&mut vm, s);
    let m = exec_raw(&mut vm, re, d, sv, &subject)?;
    let now = property::get(&mut vm, re, key)?;
    if now != previous {
        property::set_in(&mut vm, re, key, previous, true)?;
    }
    Ok(Value::smi(m.map_or(-1, |m| m.start() as i32)))
}

/// `str.matchAll(x)`: an iterator over the exec results of a copy of the
/// regexp (a non-global RegExp is a TypeError).
pub fn string_match_all(vm: &mut Vm, sv: Value, s: &'static JsStr, x: Value) -> JsResult<Value> {
    let mut vm = vm.scope();
    let re = match data_of(x) {
        Some(d) => {
            if !d.has(regexp::GLOBAL) {
                return Err(vm.throw_error(
                    ErrorKind::TypeError,
                    "String.prototype.matchAll called with a non-global RegExp argument",
                ));
            }
            let last = get_last_index(&mut vm, x)?;
            let proto = x.as_object().map_or(Value::NULL, |o| o.proto());
            let copy = make(&mut vm, d.pattern.clone(), d.flags, proto)?;
            vm.root(copy);
            set_last_index(&mut vm, copy, last)?;
            copy
        }
        None => from_pattern(&mut vm, x, regexp::GLOBAL)?,
    };
    vm.root(re);
    let Some(d) = data_of(re) else { return Ok(Value::UNDEFINED) };
    let subject = subject_of(&mut vm, s);
    let unicode = d.has(regexp::UNICODE) || d.has(regexp::UNICODE_SETS);
    let global = d.has(regexp::GLOBAL);
    let array = vm.new_array(Vec::new());
    let ra = vm.root(array);
    let Some(out) = array.as_object() else { return Ok(Value::UNDEFINED) };
    while let Some(m) = exec_raw(&mut vm, re, d, sv, &subject)? {
        let r = result_array(&mut vm, d, sv, s, &m);
        out.push(&mut vm.heap, r);
        if !global {
            break;
        }
        if m.start() == m.end() {
            let next = subject.advance(get_last_index(&mut vm, re)?, unicode);
            set_last_index(&mut vm, re, next)?;
        }
    }
    let proto = vm.realm.intrinsics.regexp_iter_proto;
    let shape = vm.shapes.root(proto);
    let state = crate::heap::collection::BuiltinIter::new(
        crate::heap::collection::IterSource::Array(vm.get(ra)),
        crate::heap::collection::IterKind::Values,
    );
    let state = Box::new(std::cell::RefCell::new(state));
    Ok(vm.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::BuiltinIter(state)))))
}

pub fn install(vm: &mut Vm) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    vm.realm.intrinsics.regexp_proto = proto;
    let ctor = vm.native_constructor("RegExp", 2, regexp_ctor);
    vm.realm.intrinsics.regexp_ctor = ctor;
    super::constant(vm, ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    method(vm, proto, "exec", 1, exec);
    // node's order of RegExp.prototype's keys.
    let order = ["dotAll", "flags", "global", "hasIndices", "ignoreCase", "multiline", "source", "sticky", "unicode"];
    let getters: [(&str, &'static str, crate::vm::NativeFn); 2] =
        [("flags", "get flags", flags), ("source", "get source", source)];
    let all: Vec<_> = getters.iter().chain(FLAG_GETTERS).copied().collect();
    let ordered = order.iter().filter_map(|n| all.iter().find(|g| g.0 == *n)).copied();
    for (name, getter_name, f) in ordered {
        let g = vm.native_function(getter_name, 0, f);
        if let Some(o) = proto.as_object() {
            let a = vm.atoms.intern(name);
            property::define_accessor(vm, o, a, false, g, crate::heap::shape::CONFIGURABLE);
        }
    }
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "test", 1, test);
    if let Some(&(name, getter_name, f)) = FLAG_GETTERS.iter().find(|g| g.0 == "unicodeSets") {
        let g = vm.native_function(getter_name, 0, f);
        if let Some(o) = proto.as_object() {
            let a = vm.atoms.intern(name);
            property::define_accessor(vm, o, a, false, g, crate::heap::shape::CONFIGURABLE);
        }
    }
    legacy::install(vm, ctor);
    super::global(vm, "RegExp", ctor);

    // %RegExpStringIteratorPrototype%: `matchAll`'s iterators walk an
    // array of results, so they inherit the array iterator's `next`; the
    // tag is what node prints (`Object [RegExp String Iterator] {}`).
    let array_iter = vm.realm.intrinsics.array_iter_proto;
    let shape = vm.shapes.root(array_iter);
    let iter_proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    vm.realm.intrinsics.regexp_iter_proto = iter_proto;
    let tag = vm.static_string("RegExp String Iterator");
    super::symbol::to_string_tag(vm, iter_proto, tag);
}
