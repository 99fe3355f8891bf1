//! The object instructions' semantics that are not plain property access:
//! indexed access with its fast path, spreading, `for...in`/`for...of`
//! iteration, `new`, `instanceof`. Both tiers run these (through
//! `exec_generic`).

use std::cell::RefCell;

use crate::bytecode::IterText;
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::{PropKey, DEFAULT_ATTRS};
use crate::heap::{JsObject, ObjClass, ObjKind};
use crate::iteration::code_point_len;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// The interpreter's inline part of `obj[key]`: a present element of the
/// dense part at a Smi index, or None (a hole, a string, any other key),
/// which sends the caller to `get_index`. Inlined into the dispatch loop,
/// so the common read costs no call; a raw double is boxed by the bump of
/// the doubles' LAB (`Vm::number_inline`), as the arithmetic arms box
/// their results (spectralnorm's `v[j]` went out of line before).
#[inline(always)]
pub fn get_index_hit(vm: &mut Vm, obj: Value, key: Value) -> Option<Value> {
    if !key.is_smi() || key.as_smi() < 0 {
        return None;
    }
    let o = obj.as_object()?;
    match o.get_dense(key.as_smi() as u32) {
        Some(crate::heap::object::Elem::Value(v)) => Some(v),
        Some(crate::heap::object::Elem::F64(d)) => Some(vm.number_inline(d)),
        None => typed_hit(vm, o, key.as_smi() as u32),
    }
}

/// A typed array's element, past the dense miss: nbody-style code reads
/// coordinates this way in its loop (a Float64Array's the quickest).
/// Out of line, so that the interpreter's inlined read of a plain array
/// stays as it was.
#[inline(never)]
pub fn typed_hit(vm: &mut Vm, o: &crate::heap::JsObject, i: u32) -> Option<Value> {
    let view = o.typed()?;
    let d = match view.get_f64(i) {
        Some(d) => d,
        None => view.get(i)?,
    };
    Some(vm.number_inline(d))
}

/// The interpreter's inline part of `obj[key] = v`: a store into the
/// dense part at a Smi index (`JsObject::set_dense`); false sends the
/// caller to `set_index`.
#[inline(always)]
pub fn set_index_hit(obj: Value, key: Value, v: Value) -> bool {
    if !key.is_smi() || key.as_smi() < 0 {
        return false;
    }
    match obj.as_object() {
        Some(o) => o.set_dense(key.as_smi() as u32, v) || typed_store(o, key.as_smi() as u32, v),
        None => false,
    }
}

/// A number stored into a typed array in range, past the dense miss;
/// anything that needs ToNumber (which may call valueOf) goes slow.
#[inline(never)]
pub fn typed_store(o: &crate::heap::JsObject, i: u32, v: Value) -> bool {
    match (o.typed(), v.as_number()) {
        (Some(view), Some(d)) => view.set(i, d),
        _ => false,
    }
}

/// `obj[key]`: an array element or a string's character by Smi index
/// without converting the key; anything else through ToPropertyKey.
#[inline]
pub fn get_index(vm: &mut Vm, obj: Value, key: Value) -> JsResult<Value> {
    if key.is_smi() && key.as_smi() >= 0 {
        let i = key.as_smi() as u32;
        if let Some(o) = obj.as_object() {
            // Compiled code's `get_index` stencil has no typed-array case:
            // its miss comes here.
            if let Some(v) = typed_hit(vm, o, i) {
                return Ok(v);
            }
            if let Some(v) = o.get_index(&mut vm.heap, i) {
                return Ok(v);
            }
        } else if obj.is_string() {
            if let Some(v) = property::string_index(vm, obj, i) {
                return Ok(v);
            }
        }
    }
    if obj.is_nullish() {
        let k = property::to_key(vm, key)?;
        return Err(property::cannot(vm, "read", "reading", obj, k));
    }
    let k = property::to_key(vm, key)?;
    property::get(vm, obj, k)
}

/// `obj[key] = v`.
#[inline]
pub fn set_index(vm: &mut Vm, obj: Value, key: Value, v: Value, strict: bool) -> JsResult<()> {
    if key.is_smi() && key.as_smi() >= 0 {
        if let Some(o) = obj.as_object() {
            // A number into a typed array in range (compiled code's
            // `set_index` stencil has no typed-array case).
            if typed_store(o, key.as_smi() as u32, v) {
                return Ok(());
            }
            return property::put(vm, o, PropKey::Index(key.as_smi() as u32), v, strict);
        }
    }
    if obj.is_nullish() {
        let k = property::to_key(vm, key)?;
        return Err(property::cannot(vm, "set", "setting", obj, k));
    }
    let k = property::to_key(vm, key)?;
    property::set_in(vm, obj, k, v, strict)
}

/// The elements of array `v` as a list (holes read as undefined); empty
/// for anything else.
pub fn list_of(vm: &mut Vm, v: Value) -> Vec<Value> {
    match v.as_object() {
        Some(a) => (0..a.length()).map(|i| a.get_index(&mut vm.heap, i).unwrap_or(Value::UNDEFINED)).collect(),
        None => Vec::new(),
    }
}

/// `TypeError: x is not iterable`, worded as V8 words it where the value
/// is (`IterText`).
fn not_iterable(vm: &mut Vm, text: &IterText, src: Value) -> crate::error::Thrown {
    let msg = match text {
        IterText::Quote(t) => format!("{} is not iterable", t),
        IterText::CallSpread(t) if src.is_nullish() => {
            format!("{} is not iterable (cannot read property {})", t, crate::format::debug(src))
        }
        IterText::CallSpread(_) => "Spread syntax requires ...iterable[Symbol.iterator] to be a function".into(),
        IterText::Describe => match not_iterable_text(vm, src) {
            Ok(m) => m,
            Err(e) => return e,
        },
    };
    vm.throw_error(ErrorKind::TypeError, &msg)
}

/// The items of an `arguments` object (which `for...of` and spread
/// iterate, as its `Symbol.iterator` does in JavaScript), or None for any
/// other value. An element made an accessor (`Object.defineProperty`)
/// runs its getter, which may throw.
pub fn arguments_items(vm: &mut Vm, v: Value) -> JsResult<Option<Vec<Value>>> {
    let Some(o) = v.as_object().filter(|o| matches!(o.class, ObjClass::Arguments(_))) else { return Ok(None) };
    let n = o.get_named(vm.realm.length).and_then(|l| l.as_number()).unwrap_or(0.0);
    let n = if n.is_nan() { 0 } else { n.clamp(0.0, u32::MAX as f64) as u32 };
    // As made: the elements are the values (a mapped parameter's
    // assignment writes its element too), read without a lookup each.
    if let Some(items) = o.packed_values(n) {
        return Ok(Some(items));
    }
    let mut s = vm.scope();
    let mut items = Vec::with_capacity(n as usize);
    for i in 0..n {
        let x = property::get(&mut s, v, PropKey::Index(i))?;
        // Rooted: the next getter may collect.
        items.push(s.root(x));
    }
    Ok(Some(items.into_iter().map(|r| s.get(r)).collect()))
}

/// `[...src]`: appends every item of `src` (an array's elements, a
/// string's code points) to array `arr`, which its register keeps alive.
pub fn spread_into(vm: &mut Vm, arr: Value, src: Value, text: &IterText) -> JsResult<()> {
    let Some(a) = arr.as_object() else { return Ok(()) };
    if let Some(items) = arguments_items(vm, src)? {
        for v in items {
            a.push(&mut vm.heap, v);
        }
        return Ok(());
    }
    if src.as_array().is_some() && crate::iteration::iterates_natively(vm, src) {
        for v in list_of(vm, src) {
            a.push(&mut vm.heap, v);
        }
        return Ok(());
    }
    if !src.is_string() || !crate::iteration::iterates_natively(vm, src) {
        let Some(method) = crate::iteration::iterator_method(vm, src)? else {
            return Err(not_iterable(vm, text, src));
        };
        let (it, next) = crate::iteration::open(vm, src, method)?;
        // V8's spread checks `next` when it opens the iterator: one that
        // cannot be called makes the source "not iterable".
        if next.as_callable().is_none() {
            return Err(not_iterable(vm, text, src));
        }
        let mut s = vm.scope();
        let (rit, rnext) = (s.root(it), s.root(next));
        // `arr` is the caller's register, alive across the calls.
        loop {
            let (it, next) = (s.get(rit), s.get(rnext));
            match crate::iteration::step(&mut s, it, next)? {
                Some(v) => a.push(&mut s.heap, v),
                None => return Ok(()),
            }
        }
    }
    let Some(s) = src.as_js_str() else { return Err(not_iterable(vm, text, src)) };
    let units = s.units().into_owned();
    let mut i = 0;
    while i < units.len() {
        let n = code_point_len(&units, i);
        let v = if n == 1 { vm.unit_string(units[i]) } else { vm.string_from_units(units[i..i + n].to_vec()) };
        a.push(&mut vm.heap, v);
        i += n;
    }
    Ok(())
}

/// `{...src}`: copies `src`'s own enumerable properties into `obj`.
pub fn copy_props(vm: &mut Vm, obj: Value, src: Value) -> JsResult<()> {
    copy_props_except(vm, obj, src, &[])
}

/// CopyDataProperties(obj, src, excluded): `copy_props` leaving out the
/// keys an object pattern took (their getters are not called); a key
/// deleted by an earlier getter is skipped.
pub fn copy_props_except(vm: &mut Vm, obj: Value, src: Value, excluded: &[PropKey]) -> JsResult<()> {
    let Some(target) = obj.as_object() else { return Ok(()) };
    // A wrapped string's characters are own enumerable properties too
    // (virtual ones, not in its property list).
    let chars = match src.as_object().map(|o| &o.class) {
        Some(ObjClass::Boxed(p)) if p.is_string() => *p,
        _ => src,
    };
    if let Some(s) = chars.as_js_str() {
        let chars = s.units().into_owned();
        for (i, c) in chars.into_iter().enumerate() {
            if excluded.contains(&PropKey::Index(i as u32)) {
                continue;
            }
            let v = vm.unit_string(c);
            property::define(vm, target, PropKey::Index(i as u32), DEFAULT_ATTRS, v);
        }
    }
    let Some(o) = src.as_object() else { return Ok(()) };
    let mut keys = property::own_keys(vm, o, true);
    keys.extend(property::own_symbol_keys(vm, o, true));
    for k in keys {
        if excluded.contains(&k) {
            continue;
        }
        let Some(raw) = property::get_own(vm, o, k) else { continue };
        let v = property::resolve(vm, raw, src)?;
        property::define(vm, target, k, DEFAULT_ATTRS, v);
    }
    Ok(())
}

fn iterator(
    vm: &mut Vm,
    target: Value,
    keys: Option<crate::heap::shape::ForInKeys>,
    cached: Option<&'static crate::heap::shape::Shape>,
    for_in: bool,
) -> Value {
    let shape = vm.realm.object_shape;
    let it = crate::heap::object::Iter {
        keys,
        shape: cached,
        target,
        pos: 0,
        next: Value::UNDEFINED,
        protocol: false,
        asynchronous: 0,
    };
    vm.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Iter(Box::new(RefCell::new(it)), for_in))))
}

/// The iterator of `for (k in src)`.
pub fn iter_keys(vm: &mut Vm, src: Value) -> Value {
    let (keys, cached) = property::for_in_list(vm, src);
    iterator(vm, src, Some(keys), cached, true)
}

/// The iterator of `for (x of src)`.
pub fn iter_values(vm: &mut Vm, src: Value, text: &IterText) -> JsResult<Value> {
    if let Some(items) = arguments_items(vm, src)? {
        let copy = vm.new_array(items);
        return Ok(iterator(vm, copy, None, None, false));
    }
    if crate::iteration::iterates_natively(vm, src) {
        return Ok(iterator(vm, src, None, None, false));
    }
    match crate::iteration::iterator_method(vm, src)? {
        Some(m) => protocol_iterator(vm, src, m),
        None => Err(not_iterable(vm, text, src)),
    }
}

/// The loop iterator of an iterable that goes through the protocol.
fn protocol_iterator(vm: &mut Vm, src: Value, method: Value) -> JsResult<Value> {
    let (it, next) = crate::iteration::open(vm, src, method)?;
    Ok(protocol_loop_iterator(vm, it, next, 0))
}

/// A loop iterator stepping iterator `it` with `next` (`asynchronous`:
/// 0 for `for...of`, else how `for await` steps it, src/async_gen.rs).
pub fn protocol_loop_iterator(vm: &mut Vm, it: Value, next: Value, asynchronous: u8) -> Value {
    let shape = vm.realm.object_shape;
    let st =
        crate::heap::object::Iter { keys: None, shape: None, target: it, pos: 0, next, protocol: true, asynchronous };
    vm.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Iter(Box::new(RefCell::new(st)), false))))
}

/// IteratorClose for a loop iterator leaving early (`break`, `return`,
/// or, `throwing`, an exception): only a protocol iterator that is not
/// done has a `return` to call.
pub fn iter_close(vm: &mut Vm, it: Value, throwing: bool) -> JsResult<()> {
    let Some(ObjClass::Iter(state, false)) = it.as_object().map(|o| &o.class) else { return Ok(()) };
    let target = {
        let mut st = state.borrow_mut();
        if !st.protocol || st.pos != 0 {
            return Ok(());
        }
        // Closed once: a second close (a `finally` around it) does nothing.
        st.pos = 1;
        st.target
    };
    crate::iteration::close(vm, target, throwing)
}

/// The iterator of an array pattern (`const [a, b] = src`). V8 quotes the
/// source of a declaration's value (`text`, a string; `f(...)` for a call)
/// and otherwise describes the value: `number 5 is not iterable (cannot
/// read property Symbol(Symbol.iterator))`.
pub fn destructure_iter(vm: &mut Vm, src: Value, text: impl FnOnce() -> Option<String>) -> JsResult<Value> {
    if crate::iteration::iterates_natively(vm, src) {
        return Ok(iterator(vm, src, None, None, false));
    }
    if let Some(m) = crate::iteration::iterator_method(vm, src)? {
        return protocol_iterator(vm, src, m);
    }
    let msg = match text() {
        // `\0` first: an array pattern nested in a declaration's object
        // pattern, which V8 words as a property read of the initializer.
        Some(t) if t.starts_with('\0') => {
            format!("{} is not iterable (cannot read property Symbol(Symbol.iterator))", &t[1..])
        }
        Some(t) => format!("{t} is not iterable"),
        None => not_iterable_text(vm, src)?,
    };
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

/// V8's description of a value that is not iterable, where it quotes no
/// source: `number 5 is not iterable (cannot read property Symbol(Symbol.iterator))`.
pub fn not_iterable_text(vm: &mut Vm, src: Value) -> JsResult<String> {
    let what = crate::iteration::described(vm, src)?;
    Ok(format!("{what} is not iterable (cannot read property Symbol(Symbol.iterator))"))
}

/// An object pattern's value must not be null or undefined: `Cannot
/// destructure property 'a' of 'o' as it is undefined.` (`what`, a string,
/// is the part between "destructure" and "as").
pub fn destructure_check(vm: &mut Vm, src: Value, what: &str) -> JsResult<()> {
    if !src.is_nullish() {
        return Ok(());
    }
    let kind = if src == Value::NULL { "null" } else { "undefined" };
    let what = what.replace("%v", if src == Value::NULL { "object null" } else { "undefined" });
    Err(vm.throw_error(ErrorKind::TypeError, &format!("Cannot destructure {what} as it is {kind}.")))
}

/// The next item of an iterator, or None when done.
pub fn iter_next(vm: &mut Vm, it: Value) -> JsResult<Option<Value>> {
    let Some(ObjClass::Iter(state, for_in)) = it.as_object().map(|o| &o.class) else {
        return Ok(None);
    };
    if *for_in {
        loop {
            let (key, text, target, shape) = {
                let mut st = state.borrow_mut();
                let Some(&(k, text)) = st.keys.as_ref().and_then(|keys| keys.get(st.pos as usize)) else {
                    return Ok(None);
                };
                st.pos += 1;
                (k, text, st.target, st.shape)
            };
            // A key deleted during the loop, before its turn, is skipped.
            let unchanged = |o: &JsObject| shape.is_some_and(|s| std::ptr::eq(s, o.shape()));
            if target.as_object().is_none_or(|o| unchanged(o) || property::has_key(vm, o, key)) {
                return Ok(Some(if text == Value::UNDEFINED { property::key_value(vm, key) } else { text }));
            }
        }
    }
    let (target, pos, next, protocol) = {
        let st = state.borrow();
        (st.target, st.pos, st.next, st.protocol)
    };
    if protocol {
        if pos != 0 {
            return Ok(None);
        }
        let r = crate::iteration::step(vm, target, next);
        if !matches!(r, Ok(Some(_))) {
            // Done, or the iterator threw: either way it is not closed.
            state.borrow_mut().pos = 1;
        }
        return r;
    }
    if let Some(a) = target.as_object() {
        if pos >= a.length() {
            return Ok(None);
        }
        state.borrow_mut().pos = pos + 1;
        return match a.get_index(&mut vm.heap, pos) {
            Some(v) => Ok(Some(v)),
            // A hole: an element with attributes of its own (a getter) is
            // a named property, and a prototype may have the index.
            None => property::get(vm, target, crate::heap::PropKey::Index(pos)).map(Some),
        };
    }
    let Some(s) = target.as_js_str() else { return Ok(None) };
    // Strings iterate by code point; `pos` counts UTF-16 units.
    let i = pos as usize;
    if i >= s.len() {
        return Ok(None);
    }
    let units = s.slice(i, (i + 2).min(s.len())).units().into_owned();
    let n = code_point_len(&units, 0);
    state.borrow_mut().pos = pos + n as u32;
    Ok(Some(vm.string_from_units(units[..n].to_vec())))
}

/// `new f(...args)`.
pub fn construct(
    vm: &mut Vm,
    proto: &crate::bytecode::FuncProto,
    pc: usize,
    f: Value,
    args: &[Value],
) -> JsResult<Value> {
    if !crate::classes::is_constructor(vm, f) {
        let text = proto.callee_text(pc);
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("{} is not a constructor", text)));
    }
    crate::classes::construct_with(vm, f, args, f)
}

/// `v instanceof f`.
pub fn instance_of(vm: &mut Vm, v: Value, f: Value) -> JsResult<bool> {
    let Some(fo) = f.as_object() else {
        return Err(vm.throw_error(ErrorKind::TypeError, "Right-hand side of 'instanceof' is not an object"));
    };
    // `f[Symbol.hasInstance]` decides, when `f` or its prototypes have one
    // (JavaScript's Function.prototype has the ordinary one; here its
    // absence means the ordinary check below).
    let a = vm.realm.intrinsics.has_instance;
    // No object has had the key yet: no chain to walk (`Shapes::watched`).
    if vm.shapes.watched_added && fo.lookup_named(a).is_some() {
        let mut s = vm.scope();
        let (rv, rf) = (s.root(v), s.root(f));
        let h = property::get(&mut s, f, PropKey::Name(a))?;
        if !h.is_nullish() {
            if h.as_callable().is_none() {
                let msg = format!("{} is not a function", crate::ops::typed_text(h));
                return Err(s.throw_error(ErrorKind::TypeError, &msg));
            }
            let (v, f) = (s.get(rv), s.get(rf));
            let r = crate::calls::call_function(&mut s, h, f, &[v])?;
            return Ok(r.truthy());
        }
        let (v, f) = (s.get(rv), s.get(rf));
        drop(s);
        return ordinary_instance_of(vm, v, f);
    }
    ordinary_instance_of(vm, v, f)
}

/// `f.prototype` when it is an own data property in a shape slot (every
/// constructor's, built-in or script), read there without the generic
/// [[Get]]; None for anything else (an accessor, a dictionary object, an
/// inherited one), which must take the full lookup.
pub fn own_prototype(vm: &Vm, f: Value) -> Option<Value> {
    f.as_object().and_then(|fo| match fo.find(vm.realm.prototype) {
        Some(crate::heap::object::Found::Slot(i, attrs)) if attrs & crate::heap::shape::ACCESSOR == 0 => {
            Some(fo.slot(i))
        }
        _ => None,
    })
}

/// `v instanceof f` when the prototype chain alone decides it: no object
/// has a `Symbol.hasInstance` (`Shapes::watched`), `f` is a function that
/// is not bound, and its `prototype` is an own data property holding an
/// object. None for anything else, which `instance_of` answers (and may
/// throw for). It reads and never allocates or runs code, so compiled
/// code's helper answers with it before it sets up for the general case.
#[inline]
pub fn plain_instance_of(vm: &Vm, v: Value, f: Value) -> Option<bool> {
    if vm.shapes.watched_added {
        return None;
    }
    match f.as_object()?.callable()? {
        crate::heap::Callable::Native(i)
            if vm.natives.get(*i as usize).is_none_or(|n| n.name == crate::calls::BOUND) =>
        {
            return None
        }
        _ => {}
    }
    let proto = own_prototype(vm, f)?;
    proto.as_object()?;
    let Some(o) = v.as_object() else { return Some(false) };
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if cur == proto {
            return Some(true);
        }
        cur = p.proto();
    }
    Some(false)
}

/// OrdinaryHasInstance.
fn ordinary_instance_of(vm: &mut Vm, v: Value, f: Value) -> JsResult<bool> {
    if f.as_callable().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "Right-hand side of 'instanceof' is not callable"));
    }
    // A bound function answers for its target.
    if let Some(t) = crate::calls::bound_target(vm, f) {
        return instance_of(vm, v, t);
    }
    let Some(o) = v.as_object() else { return Ok(false) };
    // A function's `prototype` is an own data property in a shape slot
    // (every constructor's, built-in or script): read there, without the
    // generic lookup, which was most of the cost of `e instanceof
    // TypeError` in a catch block. Anything else takes the full [[Get]].
    let proto = match own_prototype(vm, f) {
        Some(p) => p,
        None => property::get(vm, f, PropKey::Name(vm.realm.prototype))?,
    };
    if proto.as_object().is_none() {
        let text = crate::format::debug(proto);
        let msg = format!("Function has non-object prototype '{}' in instanceof check", text);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if cur == proto {
            return Ok(true);
        }
        cur = p.proto();
    }
    Ok(false)
}

/// Calls `f` with each item `v` yields (GetIterator + IteratorStep), closing
/// the iterator when `f` throws. `text` quotes the source for "x is not
/// iterable". The items are handed over one at a time; `f` must root what
/// it keeps.
pub fn for_each(vm: &mut Vm, v: Value, text: &str, mut f: impl FnMut(&mut Vm, Value) -> JsResult<()>) -> JsResult<()> {
    let mut s = vm.scope();
    let text = IterText::Quote(crate::callee_text::call_printer(text).into());
    let it = iter_values(&mut s, v, &text)?;
    let rit = s.root(it);
    loop {
        let it = s.get(rit);
        let Some(item) = iter_next(&mut s, it)? else { return Ok(()) };
        if let Err(e) = f(&mut s, item) {
            let it = s.get(rit);
            iter_close(&mut s, it, true)?;
            return Err(e);
        }
    }
}
