//! The iterator protocol (ECMAScript GetIterator, IteratorStep,
//! IteratorClose), shared by `for...of`, spread, array destructuring,
//! `Array.from` and the `Map`/`Set` constructors.
//!
//! Arrays and strings that still iterate with the built-in iterator are
//! walked directly (`objects::iter_next`'s array and string paths, no
//! iterator object is made); everything else goes through
//! `[Symbol.iterator]()` and `next()`. A built-in iterator reached that
//! way (a map's entries, `arr.values()`) whose `next` is the original one
//! is stepped without making `{ value, done }` objects.

use crate::error::{ErrorKind, JsResult};
use crate::heap::collection::{BuiltinIter, IterKind, IterSource};
use crate::heap::{ObjClass, PropKey};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// Whether `v` is an array or string that iterates with the built-in
/// iterator (so `for...of` may index it directly).
pub fn iterates_natively(vm: &Vm, v: Value) -> bool {
    let i = &vm.realm.intrinsics;
    if let Some(a) = v.as_array() {
        // Elements with attributes of their own (a getter) are not in
        // the store that the native paths copy: the protocol reads them.
        if a.proto() != vm.realm.array_proto || a.get_named(i.iterator).is_some() || a.has_index_accessors() {
            return false;
        }
        return vm.realm.array_proto.as_object().and_then(|p| p.get_named(i.iterator)) == Some(i.array_values);
    }
    if v.is_string() {
        return vm.realm.string_proto.as_object().and_then(|p| p.get_named(i.iterator)) == Some(i.string_iterator);
    }
    false
}

/// `v[Symbol.iterator]`, if it is callable (None when undefined or null;
/// a TypeError names nothing: the caller words "is not iterable").
pub fn iterator_method(vm: &mut Vm, v: Value) -> JsResult<Option<Value>> {
    if v.is_nullish() {
        return Ok(None);
    }
    let key = PropKey::Name(vm.realm.intrinsics.iterator);
    let m = property::get(vm, v, key)?;
    Ok(m.as_callable().map(|_| m))
}

/// GetIterator: calls `method` on `v`; the result must be an object.
/// Returns (iterator, its `next`).
pub fn open(vm: &mut Vm, v: Value, method: Value) -> JsResult<(Value, Value)> {
    let it = crate::calls::call_function(vm, method, v, &[])?;
    if it.as_object().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "Result of the Symbol.iterator method is not an object"));
    }
    let mut s = vm.scope();
    let r = s.root(it);
    let key = PropKey::Name(s.realm.intrinsics.next);
    let next = property::get(&mut s, it, key)?;
    Ok((s.get(r), next))
}

/// IteratorStep: the next value, or None when done. `it` and `next` are
/// the caller's (kept alive by it).
pub fn step(vm: &mut Vm, it: Value, next: Value) -> JsResult<Option<Value>> {
    if vm.realm.intrinsics.builtin_next.contains(&next) {
        if let Some(ObjClass::BuiltinIter(state)) = it.as_object().map(|o| &o.class) {
            return builtin_step(vm, state);
        }
    }
    if next == vm.realm.intrinsics.gen_next {
        if let Some(ObjClass::Generator(_)) = it.as_object().map(|o| &o.class) {
            // The built-in `next` of a generator: no result object per item.
            use crate::generators::{resume_raw, Mode, Resumed};
            match resume_raw(vm, it, Mode::Next, Value::UNDEFINED)? {
                Resumed::Yielded(v) => return Ok(Some(v)),
                Resumed::Done(_) => return Ok(None),
                Resumed::Passed(r) => return result_value(vm, r),
                Resumed::AsyncYield(v) => return Ok(Some(v)),
            }
        }
    }
    if next.as_callable().is_none() {
        let text = described(vm, next)?;
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("{text} is not a function")));
    }
    let r = crate::calls::call_function(vm, next, it, &[])?;
    result_value(vm, r)
}

/// A value as V8 names it where it quotes no source: its type, then the
/// value for a primitive (`undefined`, `object null`, `number 5`,
/// `string "s"`, `object` for any object).
pub fn described(vm: &mut Vm, src: Value) -> JsResult<String> {
    Ok(if src == Value::UNDEFINED {
        "undefined".to_string()
    } else if src.as_object().is_some() || src == Value::NULL {
        let t = crate::ops::type_of(src);
        if src == Value::NULL {
            format!("{t} null")
        } else {
            t.to_string()
        }
    } else if src.is_string() {
        format!("string \"{}\"", crate::ops::to_string(vm, src)?)
    } else if crate::ops::type_of(src) == "symbol" {
        format!("symbol {}", crate::show::inspect(vm, src))
    } else {
        let s = crate::ops::to_string(vm, src)?;
        format!("{} {}", crate::ops::type_of(src), s)
    })
}

/// The value of iterator result `r`, or None when it says done.
fn result_value(vm: &mut Vm, r: Value) -> JsResult<Option<Value>> {
    let mut s = vm.scope();
    let rr = s.root(r);
    if result_done(&mut s, r)? {
        return Ok(None);
    }
    let (r, value_key) = (s.get(rr), PropKey::Name(s.realm.intrinsics.value));
    property::get(&mut s, r, value_key).map(Some)
}

/// Whether iterator result `r` says done (a TypeError if it is not an
/// object): the check every consumer of the protocol makes, `yield*` too.
pub fn result_done(vm: &mut Vm, r: Value) -> JsResult<bool> {
    if r.as_object().is_none() {
        let text = crate::show::inspect(vm, r);
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("Iterator result {text} is not an object")));
    }
    let done_key = PropKey::Name(vm.realm.intrinsics.done);
    Ok(property::get(vm, r, done_key)?.truthy())
}

/// IteratorClose after a `break`, a `return` or (`throwing`) an exception
/// leaving a loop over iterator `it`: calls its `return` method if it has
/// one. A throw keeps the original exception (errors from `return` are
/// dropped); otherwise `return` must give an object.
pub fn close(vm: &mut Vm, it: Value, throwing: bool) -> JsResult<()> {
    if let Some(ObjClass::BuiltinIter(_)) = it.as_object().map(|o| &o.class) {
        // Built-in iterators have no `return` unless a program added one.
        let key = PropKey::Name(vm.realm.intrinsics.return_);
        if !it.as_object().is_some_and(|o| property::has_key(vm, o, key)) {
            return Ok(());
        }
    }
    let saved = vm.suspend_exception();
    let mut s = vm.scope();
    if let Some((v, _)) = &saved {
        s.root(*v);
    }
    let result = call_return(&mut s, it, throwing);
    drop(s);
    if throwing {
        // The loop's own exception wins over anything `return` threw.
        if result.is_err() {
            let _ = vm.take_exception();
        }
        vm.resume_exception(saved);
        return Ok(());
    }
    result
}

fn call_return(vm: &mut Vm, it: Value, throwing: bool) -> JsResult<()> {
    let key = PropKey::Name(vm.realm.intrinsics.return_);
    let m = property::get(vm, it, key)?;
    if m.is_nullish() {
        return Ok(());
    }
    if m.as_callable().is_none() {
        let text = crate::show::inspect(vm, m);
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("{text} is not a function")));
    }
    let r = crate::calls::call_function(vm, m, it, &[])?;
    if r.as_object().is_none() && !throwing {
        let text = crate::show::inspect(vm, r);
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("Iterator result {text} is not an object")));
    }
    Ok(())
}

/// One step of a built-in iterator.
pub fn builtin_step(vm: &mut Vm, state: &std::cell::RefCell<BuiltinIter>) -> JsResult<Option<Value>> {
    let (kind, pos) = {
        let st = state.borrow();
        if st.done {
            return Ok(None);
        }
        (st.kind, st.pos)
    };
    let item = {
        let st = state.borrow();
        match &st.source {
            IterSource::Table(t, is_set) => {
                let found = t.borrow().next_from(pos);
                found.map(|(p, k, v)| (p, k, if *is_set { k } else { v }))
            }
            IterSource::Array(a) => {
                let a = *a;
                drop(st);
                let len = match a.as_object() {
                    Some(o) if o.is_array() => o.length() as usize,
                    _ => {
                        let l = property::get(vm, a, PropKey::Name(vm.realm.length))?;
                        let n = crate::ops::to_number(vm, l)?;
                        if n.is_nan() || n <= 0.0 {
                            0
                        } else {
                            n.min(9007199254740991.0) as usize
                        }
                    }
                };
                if pos >= len {
                    None
                } else {
                    let v = if kind == IterKind::Keys {
                        Value::UNDEFINED
                    } else {
                        property::get(vm, a, PropKey::Index(pos as u32))?
                    };
                    Some((pos + 1, Value::smi(pos as i32), v))
                }
            }
            IterSource::Str(s) => {
                let s = *s;
                drop(st);
                let js = s.as_js_str().expect("a string");
                if pos >= js.len() {
                    None
                } else {
                    let units = js.slice(pos, (pos + 2).min(js.len())).units().into_owned();
                    let n = code_point_len(&units, 0);
                    let v = vm.string_from_units(units[..n].to_vec());
                    Some((pos + n, v, v))
                }
            }
        }
    };
    let Some((next_pos, k, v)) = item else {
        state.borrow_mut().finish();
        return Ok(None);
    };
    state.borrow_mut().pos = next_pos;
    Ok(Some(match kind {
        IterKind::Keys => k,
        IterKind::Values => v,
        IterKind::Entries => {
            let mut s = vm.scope();
            let (rk, rv) = (s.root(k), s.root(v));
            let (k, v) = (s.get(rk), s.get(rv));
            s.new_array(vec![k, v])
        }
    }))
}

/// How many units (1 or 2) the code point at `i` takes: a surrogate pair
/// is one code point, a lone surrogate one unit.
pub fn code_point_len(units: &[u16], i: usize) -> usize {
    let hi = (0xD800..0xDC00).contains(&units[i]);
    let lo = units.get(i + 1).is_some_and(|u| (0xDC00..0xE000).contains(u));
    if hi && lo {
        2
    } else {
        1
    }
}

/// A new built-in iterator object over `source`.
pub fn new_builtin_iter(vm: &mut Vm, source: IterSource, kind: IterKind) -> Value {
    let i = &vm.realm.intrinsics;
    let proto = match &source {
        IterSource::Array(_) => i.array_iter_proto,
        IterSource::Str(_) => i.string_iter_proto,
        IterSource::Table(_, false) => i.map_iter_proto,
        IterSource::Table(_, true) => i.set_iter_proto,
    };
    let shape = vm.shapes.root(proto);
    let state = Box::new(std::cell::RefCell::new(BuiltinIter::new(source, kind)));
    vm.alloc(crate::heap::ObjKind::Object(crate::heap::JsObject::new(shape, ObjClass::BuiltinIter(state))))
}

/// How V8 describes a value in "is not a function" / "is not iterable"
/// messages: `number 3`, `string "s"`, `object null`, `undefined`,
/// `object`, `symbol`.
pub fn describe(v: Value) -> String {
    if v == Value::UNDEFINED {
        return "undefined".into();
    }
    if v == Value::NULL {
        return "object null".into();
    }
    let t = crate::ops::type_of(v);
    if let Some(s) = v.as_js_str() {
        return format!("{t} \"{}\"", s.to_string_lossy());
    }
    if v.is_number() || v == Value::TRUE || v == Value::FALSE {
        return format!("{t} {}", crate::format::to_string(v));
    }
    t.to_string()
}

pub use crate::property::receiver_text;
