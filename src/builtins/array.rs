//! `Array`: the constructor, `Array.isArray/of/from`, and the methods of
//! `Array.prototype`, with JavaScript's semantics for holes, relative
//! indices and array-likes.
//!
//! Every method works on any `this` through `access` (property reads and
//! writes, as the specification's steps do); the common case, an array
//! with dense elements, takes a fast path that reads or rewrites the
//! elements store directly (`push` and `pop` stay O(1), `shift`,
//! `unshift` and `splice` one O(n) move as in V8).
//!
//! The callback methods are in `callbacks`, `sort` in `sort`, the
//! copying ones (`toSorted`, `with`, ...) in `copies`.

pub(super) mod access;
mod callbacks;
mod copies;
mod sort;
mod species;

pub use access::length_of;
use access::{element, get_at, index_value, indices, invalid_length, MAX_LENGTH, MAX_SAFE};

use super::{arg, method};
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::HIDDEN;
use crate::ops;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

// ----- the constructor and its statics -----

/// `Array(...)` and `new Array(...)` alike: one number argument is a
/// length, anything else the elements.
fn construct(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if let [n] = args {
        if let Some(d) = n.as_number() {
            if !(0.0..=MAX_LENGTH as f64).contains(&d) || d.fract() != 0.0 {
                return Err(invalid_length(vm));
            }
            return access::new_with_length(vm, d as u64);
        }
    }
    Ok(vm.new_array(args.to_vec()))
}

fn is_array(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_array().is_some()))
}

fn of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let out = vm.new_array(args.to_vec());
    species::like_constructor(vm, this, out)
}

/// `Array.from(items, mapFn, thisArg)`: an array's elements (holes read
/// as undefined, as its iterator does), a string's code points, or an
/// array-like's indices up to its `length`.
fn from(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let mut s = vm.scope();
    let rthis = s.root(this);
    let out = from_plain(&mut s, args)?;
    let this = s.get(rthis);
    species::like_constructor(&mut s, this, out)
}

fn from_plain(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    let (items, map, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if map != Value::UNDEFINED {
        access::require_callable(vm, map)?;
    }
    if items.is_nullish() {
        let what = if items == Value::NULL { "object null" } else { "undefined" };
        let msg = format!("{} is not iterable (cannot read property Symbol(Symbol.iterator))", what);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut s = vm.scope();
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    let held = s.root(Value::UNDEFINED);
    let mut k = 0u64;
    // Each item is mapped as it is produced, as the iteration does.
    let put = |s: &mut crate::vm::Scope, k: u64, v: Value| -> JsResult<()> {
        let v = if map == Value::UNDEFINED {
            v
        } else {
            s.set(held, v);
            let i = index_value(s, k);
            access::call(s, map, this_arg, &[v, i])?
        };
        if let Some(o) = s.get(out).as_object() {
            o.push(&mut s.heap, v);
        }
        Ok(())
    };
    let key = crate::heap::PropKey::Name(s.realm.intrinsics.iterator);
    let m = property::get(&mut s, items, key)?;
    if !m.is_nullish() && m.as_callable().is_none() {
        let msg = "%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function";
        return Err(s.throw_error(ErrorKind::TypeError, msg));
    }
    let native = crate::iteration::iterates_natively(&s, items);
    if !native && !items.is_string() && crate::iteration::iterator_method(&mut s, items)?.is_some() {
        // Any other iterable: the protocol, mapping each item as it comes.
        crate::objects::for_each(&mut s, items, "items", |s, v| {
            let mut sc = s.scope();
            let v = if map == Value::UNDEFINED {
                v
            } else {
                let rv = sc.root(v);
                let i = index_value(&mut sc, k);
                let v = sc.get(rv);
                crate::calls::call_function(&mut sc, map, this_arg, &[v, i])?
            };
            k += 1;
            if let Some(o) = sc.get(out).as_object() {
                o.push(&mut sc.heap, v);
            }
            Ok(())
        })?;
        return Ok(s.get(out));
    }
    if items.as_array().is_some() {
        // An array iterator reads the length at every step.
        while let Some(a) = items.as_array().filter(|a| (a.length() as u64) > k) {
            let _ = a;
            let v = get_at(&mut s, items, k)?;
            put(&mut s, k, v)?;
            k += 1;
        }
    } else if let Some(text) = items.as_js_str() {
        // Code points: a surrogate pair is one item, a lone surrogate too.
        let units = text.units().into_owned();
        let mut i = 0;
        while i < units.len() {
            let pair =
                (0xD800..0xDC00).contains(&units[i]) && units.get(i + 1).is_some_and(|u| (0xDC00..0xE000).contains(u));
            let n = if pair { 2 } else { 1 };
            let v = s.string_from_units(units[i..i + n].to_vec());
            put(&mut s, k, v)?;
            k += 1;
            i += n;
        }
    } else {
        let len = access::length_of(&mut s, items)?;
        if len > MAX_LENGTH {
            return Err(invalid_length(&mut s));
        }
        for k in 0..len {
            let v = get_at(&mut s, items, k)?;
            put(&mut s, k, v)?;
        }
    }
    Ok(s.get(out))
}

// ----- adding and removing at the ends -----

fn push(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Some(a) = this.as_array().filter(|a| a.length_writable() && a.is_extensible()) {
        if a.length() as u64 + args.len() as u64 > MAX_LENGTH {
            return Err(invalid_length(vm));
        }
        for &v in args {
            a.push(&mut vm.heap, v);
        }
        return Ok(index_value(vm, a.length() as u64));
    }
    let len = access::length_of(vm, this)?;
    let n = args.len() as u64;
    if len + n > MAX_SAFE {
        return Err(too_long(vm, n, len));
    }
    for (i, &v) in args.iter().enumerate() {
        access::set_at(vm, this, len + i as u64, v)?;
    }
    // V8 leaves an array's length alone when nothing was pushed (a
    // read-only one does not throw), unless the array is frozen.
    if n > 0 || this.as_array().is_none_or(|a| a.is_frozen()) {
        access::set_length(vm, this, len + n)?;
    }
    Ok(index_value(vm, len + n))
}

fn too_long(vm: &mut Vm, n: u64, len: u64) -> crate::error::Thrown {
    let msg = format!(
        "Pushing {} elements on an array-like of length {} is disallowed, as the total surpasses 2**53-1",
        n, len
    );
    vm.throw_error(ErrorKind::TypeError, &msg)
}

fn pop(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if let Some(v) = this.as_object().and_then(|a| a.pop_dense()) {
        return Ok(v);
    }
    let len = access::length_of(vm, this)?;
    if len == 0 {
        access::set_length(vm, this, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let v = get_at(vm, this, len - 1)?;
    if let Some(a) = this.as_array().filter(|a| !a.elements_sealed() && a.length_writable() && !a.has_index_accessors())
    {
        // Truncating removes the last element: no delete needed.
        a.set_length((len - 1) as u32);
        return Ok(v);
    }
    let mut s = vm.scope();
    let r = s.root(v);
    access::delete_at(&mut s, this, len - 1)?;
    access::set_length(&mut s, this, len - 1)?;
    Ok(s.get(r))
}

fn shift(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    // A dense array: in place (a queue drained with `shift`).
    if let Some(v) = this.as_object().and_then(|a| a.shift_dense()) {
        return Ok(v);
    }
    // A hole first would read the prototype (a getter may run, with the
    // boxed items unrooted): the generic path below.
    if let Some(mut items) = access::dense_items(vm, this).filter(|i| i.first() != Some(&Value::HOLE)) {
        let Some(&first) = items.first() else {
            return Ok(Value::UNDEFINED);
        };
        items.remove(0);
        if let Some(a) = this.as_array() {
            a.replace_elements(items);
        }
        return Ok(first);
    }
    let len = access::length_of(vm, this)?;
    if len == 0 {
        access::set_length(vm, this, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = get_at(vm, this, 0)?;
    let mut s = vm.scope();
    let r = s.root(first);
    move_elements(&mut s, this, 1, 0, len - 1)?;
    access::delete_at(&mut s, this, len - 1)?;
    access::set_length(&mut s, this, len - 1)?;
    Ok(s.get(r))
}

/// Moves `count` elements from `from` to `to` (holes move as holes), in
/// the order that does not overwrite what is still to move.
fn move_elements(vm: &mut Vm, o: Value, from: u64, to: u64, count: u64) -> JsResult<()> {
    let step = |vm: &mut Vm, k: u64| -> JsResult<()> {
        match element(vm, o, from + k)? {
            Some(v) => access::set_at(vm, o, to + k, v),
            None => access::delete_at(vm, o, to + k),
        }
    };
    if from > to {
        for k in 0..count {
            step(vm, k)?;
        }
    } else {
        for k in (0..count).rev() {
            step(vm, k)?;
        }
    }
    Ok(())
}

fn unshift(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if let Some(a) = this.as_object().filter(|a| a.length() as u64 + args.len() as u64 <= MAX_LENGTH) {
        if a.unshift_dense(args) {
            return Ok(index_value(vm, a.length() as u64));
        }
    }
    if let Some(items) = access::dense_items(vm, this) {
        if items.len() as u64 + args.len() as u64 > MAX_LENGTH {
            return Err(invalid_length(vm));
        }
        if !args.is_empty() {
            let mut all = args.to_vec();
            all.extend(items);
            if let Some(a) = this.as_array() {
                a.replace_elements(all);
            }
        }
        let n = this.as_array().map_or(0, |a| a.length());
        return Ok(index_value(vm, n as u64));
    }
    let len = access::length_of(vm, this)?;
    let n = args.len() as u64;
    if n > 0 {
        if len + n > MAX_SAFE {
            return Err(too_long(vm, n, len));
        }
        if this.as_array().is_some() && len + n > MAX_LENGTH {
            return Err(invalid_length(vm));
        }
        move_elements(vm, this, 0, n, len)?;
        for (i, &v) in args.iter().enumerate() {
            access::set_at(vm, this, i as u64, v)?;
        }
    }
    access::set_length(vm, this, len + n)?;
    Ok(index_value(vm, len + n))
}

// ----- copying and rearranging -----

fn slice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let start = access::relative(vm, arg(args, 0), len)?;
    let end = access::relative_end(vm, arg(args, 1), len)?;
    let count = end.saturating_sub(start);
    if let Some(a) = access::rewritable(this) {
        // Boxing raw doubles cannot collect, and `new_array` keeps its
        // payload's values alive: nothing here needs rooting.
        let items: Vec<Value> =
            (start..end).map(|k| a.get_index(&mut vm.heap, k as u32).unwrap_or(Value::HOLE)).collect();
        if !items.contains(&Value::HOLE) {
            return Ok(vm.new_array(items));
        }
    }
    if count > MAX_LENGTH {
        return Err(invalid_length(vm));
    }
    let mut s = vm.scope();
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    for k in indices(&s, this, start, end) {
        if let Some(v) = element(&mut s, this, k)? {
            if let Some(o) = s.get(out).as_object() {
                o.set_index(&mut s.heap, (k - start) as u32, v);
            }
        }
    }
    let out = s.get(out);
    access::set_length(&mut s, out, count)?;
    Ok(out)
}

fn splice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let start = access::relative(vm, arg(args, 0), len)?;
    let delete = match args.len() {
        0 => 0,
        1 => len - start,
        _ => (access::to_integer(vm, args[1])?.max(0.0) as u64).min(len - start),
    };
    let inserted = args.get(2..).unwrap_or(&[]);
    let new_len = len + inserted.len() as u64 - delete;
    if new_len > MAX_SAFE {
        return Err(too_long(vm, inserted.len() as u64, len));
    }
    if new_len <= MAX_LENGTH {
        // A dense array: in place (one move of the tail, no copy).
        let dense = this.as_object().and_then(|a| a.splice_dense(start as u32, (start + delete) as u32, inserted));
        if let Some(removed) = dense {
            return Ok(vm.new_array(removed));
        }
    }
    if let Some(mut items) = access::dense_items(vm, this) {
        if new_len > MAX_LENGTH {
            return Err(invalid_length(vm));
        }
        let (start, end) = (start as usize, (start + delete) as usize);
        let removed: Vec<Value> = items.splice(start..end, inserted.iter().copied()).collect();
        if let Some(a) = this.as_array() {
            a.replace_elements(items);
        }
        return Ok(vm.new_array(removed));
    }
    if delete > MAX_LENGTH || this.as_array().is_some() && new_len > MAX_LENGTH {
        return Err(invalid_length(vm));
    }
    let mut s = vm.scope();
    let removed = s.new_array(Vec::new());
    let removed = s.root(removed);
    for k in indices(&s, this, start, start + delete) {
        if let Some(v) = element(&mut s, this, k)? {
            if let Some(o) = s.get(removed).as_object() {
                o.set_index(&mut s.heap, (k - start) as u32, v);
            }
        }
    }
    let r = s.get(removed);
    access::set_length(&mut s, r, delete)?;
    let n = inserted.len() as u64;
    let rest = len - start - delete;
    if n < delete {
        move_elements(&mut s, this, start + delete, start + n, rest)?;
        for k in (new_len..len).rev() {
            access::delete_at(&mut s, this, k)?;
        }
    } else if n > delete {
        move_elements(&mut s, this, start + delete, start + n, rest)?;
    }
    for (i, &v) in inserted.iter().enumerate() {
        access::set_at(&mut s, this, start + i as u64, v)?;
    }
    access::set_length(&mut s, this, new_len)?;
    Ok(s.get(removed))
}

fn reverse(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if let Some(mut items) = access::dense_items(vm, this) {
        items.reverse();
        if let Some(a) = this.as_array() {
            a.replace_elements(items);
        }
        return Ok(this);
    }
    let len = access::length_of(vm, this)?;
    let mut s = vm.scope();
    let lower_v = s.root(Value::UNDEFINED);
    for lower in 0..len / 2 {
        let upper = len - 1 - lower;
        let lv = element(&mut s, this, lower)?;
        s.set(lower_v, lv.unwrap_or(Value::UNDEFINED));
        let uv = element(&mut s, this, upper)?;
        match uv {
            Some(v) => access::set_at(&mut s, this, lower, v)?,
            None if lv.is_some() => access::delete_at(&mut s, this, lower)?,
            None => {}
        }
        match lv {
            Some(_) => {
                let v = s.get(lower_v);
                access::set_at(&mut s, this, upper, v)?
            }
            None if uv.is_some() => access::delete_at(&mut s, this, upper)?,
            None => {}
        }
    }
    Ok(access::this_object(&mut s, this))
}

/// IsConcatSpreadable: an object's `[Symbol.isConcatSpreadable]` when
/// defined, else whether it is an array.
fn spreadable(vm: &mut Vm, e: Value) -> JsResult<bool> {
    let Some(o) = e.as_object() else { return Ok(false) };
    let key = crate::heap::PropKey::Name(vm.realm.intrinsics.is_concat_spreadable);
    let v = property::get_from(vm, o, key)?;
    Ok(if v == Value::UNDEFINED { o.is_array() } else { v.truthy() })
}

/// `concat`: `this` and each argument, arrays (and objects whose
/// `Symbol.isConcatSpreadable` says so) spread (holes kept), other values
/// appended whole.
fn concat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    // A primitive `this` is appended wrapped (`[Number: 1]`), as ToObject makes it.
    let this = super::object::to_object(vm, this)?;
    let mut s = vm.scope();
    s.root(this);
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    let mut n = 0u64;
    for e in std::iter::once(this).chain(args.iter().copied()) {
        if !spreadable(&mut s, e)? {
            if n >= MAX_LENGTH {
                return Err(invalid_length(&mut s));
            }
            if let Some(o) = s.get(out).as_object() {
                o.set_index(&mut s.heap, n as u32, e);
            }
            n += 1;
            continue;
        }
        let Some(src) = e.as_array() else {
            // A spreadable object that is not an array: its length and elements.
            let len = access::length_of(&mut s, e)?;
            if n + len > MAX_LENGTH {
                return Err(invalid_length(&mut s));
            }
            for k in 0..len {
                if let Some(v) = element(&mut s, e, k)? {
                    if let Some(o) = s.get(out).as_object() {
                        o.set_index(&mut s.heap, (n + k) as u32, v);
                    }
                }
            }
            n += len;
            continue;
        };
        let len = src.length() as u64;
        if n + len > MAX_LENGTH {
            return Err(invalid_length(&mut s));
        }
        for k in indices(&s, e, 0, len) {
            if let Some(v) = element(&mut s, e, k)? {
                if let Some(o) = s.get(out).as_object() {
                    o.set_index(&mut s.heap, (n + k) as u32, v);
                }
            }
        }
        n += len;
    }
    let out = s.get(out);
    access::set_length(&mut s, out, n)?;
    Ok(out)
}

fn fill(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let v = arg(args, 0);
    let start = access::relative(vm, arg(args, 1), len)?;
    let end = access::relative_end(vm, arg(args, 2), len)?;
    for k in start..end {
        access::set_at(vm, this, k, v)?;
    }
    Ok(access::this_object(vm, this))
}

/// `flat(depth)`, and `flatMap`'s one level: the present elements of
/// `src` from `0..len`, arrays among them opened `depth` levels deep.
fn flatten_into(vm: &mut Vm, out: Value, src: Value, len: u64, depth: f64, n: &mut u64) -> JsResult<()> {
    if crate::native_stack::exhausted(vm.native_limit) {
        return Err(crate::exec::stack_overflow(vm));
    }
    for k in indices(vm, src, 0, len) {
        let Some(v) = element(vm, src, k)? else { continue };
        if depth > 0.0 {
            if let Some(inner) = v.as_array() {
                flatten_into(vm, out, v, inner.length() as u64, depth - 1.0, n)?;
                continue;
            }
        }
        if *n >= MAX_LENGTH {
            return Err(invalid_length(vm));
        }
        access::set_at(vm, out, *n, v)?;
        *n += 1;
    }
    Ok(())
}

fn flat(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let depth = match arg(args, 0) {
        Value::UNDEFINED => 1.0,
        d => access::to_integer(vm, d)?,
    };
    let mut s = vm.scope();
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    let mut n = 0;
    let o = s.get(out);
    flatten_into(&mut s, o, this, len, depth, &mut n)?;
    Ok(s.get(out))
}

fn flat_map(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    if f.as_callable().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "flatMap mapper function is not callable"));
    }
    let mut s = vm.scope();
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    let held = s.root(Value::UNDEFINED);
    let mut n = 0;
    for k in indices(&s, this, 0, len) {
        let Some(v) = element(&mut s, this, k)? else { continue };
        let i = index_value(&mut s, k);
        let r = access::call(&mut s, f, this_arg, &[v, i, this])?;
        s.set(held, r);
        let o = s.get(out);
        match r.as_array() {
            Some(inner) => flatten_into(&mut s, o, r, inner.length() as u64, 0.0, &mut n)?,
            None => {
                access::set_at(&mut s, o, n, r)?;
                n += 1;
            }
        }
    }
    Ok(s.get(out))
}

// ----- searching -----

/// The start of a forward search from `fromIndex` (None: past the end).
fn search_start(vm: &mut Vm, from: Value, len: u64) -> JsResult<Option<u64>> {
    let n = access::to_integer(vm, from)?;
    if n >= len as f64 {
        return Ok(None);
    }
    Ok(Some(if n >= 0.0 { n as u64 } else { (len as f64 + n).max(0.0) as u64 }))
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let target = arg(args, 0);
    let Some(start) = search_start(vm, arg(args, 1), len)? else { return Ok(Value::smi(-1)) };
    if let Some(a) = access::rewritable(this) {
        let end = len.min(a.dense_len() as u64) as u32;
        for k in start as u32..end {
            if a.element(k).is_some_and(|e| elem_strict_equals(e, target)) {
                return Ok(index_value(vm, k as u64));
            }
        }
        return Ok(Value::smi(-1));
    }
    for k in indices(vm, this, start, len) {
        if element(vm, this, k)?.is_some_and(|v| ops::strict_equals(v, target)) {
            return Ok(index_value(vm, k));
        }
    }
    Ok(Value::smi(-1))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    if len == 0 {
        return Ok(Value::smi(-1));
    }
    let target = arg(args, 0);
    let n = if args.len() > 1 { access::to_integer(vm, args[1])? } else { len as f64 - 1.0 };
    let last = if n >= 0.0 { n.min(len as f64 - 1.0) } else { len as f64 + n };
    if last < 0.0 {
        return Ok(Value::smi(-1));
    }
    for k in indices(vm, this, 0, last as u64 + 1).rev() {
        if element(vm, this, k)?.is_some_and(|v| ops::strict_equals(v, target)) {
            return Ok(index_value(vm, k));
        }
    }
    Ok(Value::smi(-1))
}

/// SameValueZero: `===`, except that NaN equals NaN.
fn same_value_zero(a: Value, b: Value) -> bool {
    ops::strict_equals(a, b) || a.as_number().is_some_and(f64::is_nan) && b.as_number().is_some_and(f64::is_nan)
}

fn includes(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let target = arg(args, 0);
    let Some(start) = search_start(vm, arg(args, 1), len)? else { return Ok(Value::FALSE) };
    // Holes read as undefined here.
    for k in start..len {
        if same_value_zero(get_at(vm, this, k)?, target) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn at(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let n = access::to_integer(vm, arg(args, 0))?;
    let k = if n >= 0.0 { n } else { len as f64 + n };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::UNDEFINED);
    }
    get_at(vm, this, k as u64)
}

// ----- to text -----

fn join(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let sep = match arg(args, 0) {
        Value::UNDEFINED => vec![b',' as u16],
        v => access::text_units(vm, v)?,
    };
    if !access::enter_join(this) {
        return Ok(vm.string(String::new()));
    }
    let text = join_units(vm, this, len, &sep);
    access::leave_join(this);
    let text = text?;
    vm.try_string_from_units(text)
}

/// The joined text: present elements in order, with the separators of
/// any run of holes filled in without visiting each one.
fn join_units(vm: &mut Vm, this: Value, len: u64, sep: &[u16]) -> JsResult<Vec<u16>> {
    let too_long = |vm: &mut Vm| vm.throw_error(ErrorKind::RangeError, "Invalid string length");
    if len.saturating_sub(1).saturating_mul(sep.len() as u64) > crate::vm::MAX_STRING_LENGTH {
        return Err(too_long(vm));
    }
    let mut out: Vec<u16> = Vec::new();
    let mut seps = 0;
    for i in indices(vm, this, 0, len) {
        for _ in seps..i {
            out.extend_from_slice(sep);
        }
        seps = i;
        let v = get_at(vm, this, i)?;
        // Memory for a long element runs out before the length limit can
        // be reached (node's ropes need none): the same RangeError, not an
        // abort.
        let need = v.as_js_str().map_or(32, |s| s.len()) + sep.len();
        if out.try_reserve(need).is_err() {
            return Err(too_long(vm));
        }
        if !v.is_nullish() {
            access::append_text(vm, v, &mut out)?;
        }
        if out.len() as u64 > crate::vm::MAX_STRING_LENGTH {
            return Err(too_long(vm));
        }
    }
    for _ in seps..len.saturating_sub(1) {
        out.extend_from_slice(sep);
    }
    Ok(out)
}

/// `toString`: `this.join()` (an object without `join` is
/// `[object Object]`).
fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    access::check_object(vm, this)?;
    let key = property::key_of_str(vm, "join");
    let f = property::get(vm, this, key)?;
    if f.as_callable().is_some() {
        return access::call(vm, f, this, &[]);
    }
    // Object.prototype.toString: `[object Map]` for a map, by its tag.
    super::object::object_to_string(vm, this, &[])
}

/// `toLocaleString`: each element's own `toLocaleString()` (nothing for
/// null, undefined and holes), joined with commas; a cycle joins as "".
fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    if !access::enter_join(this) {
        return Ok(vm.string(String::new()));
    }
    let text = locale_units(vm, this, len);
    access::leave_join(this);
    let text = text?;
    Ok(vm.string_from_units(text))
}

fn locale_units(vm: &mut Vm, this: Value, len: u64) -> JsResult<Vec<u16>> {
    let mut out: Vec<u16> = Vec::new();
    let key = property::key_of_str(vm, "toLocaleString");
    for i in 0..len {
        if i > 0 {
            out.push(b',' as u16);
        }
        let v = get_at(vm, this, i)?;
        if v.is_nullish() {
            continue;
        }
        let f = property::get(vm, v, key)?;
        access::require_callable(vm, f)?;
        let text = access::call(vm, f, v, &[])?;
        access::append_text(vm, text, &mut out)?;
        if out.len() as u64 > crate::vm::MAX_STRING_LENGTH {
            return Err(vm.throw_error(ErrorKind::RangeError, "Invalid string length"));
        }
    }
    Ok(out)
}

/// The methods V8 writes in Torque/CSA check their receiver themselves
/// and name themselves (`Array.prototype.map called on null or
/// undefined`); the others fail in ToObject (`Cannot convert undefined or
/// null to object`).
macro_rules! named_receiver_check {
    ($($wrapper:ident => $f:path, $name:literal;)*) => {$(
        fn $wrapper(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
            if this.is_nullish() {
                let msg = concat!("Array.prototype.", $name, " called on null or undefined");
                return Err(vm.throw_error(ErrorKind::TypeError, msg));
            }
            $f(vm, this, args)
        }
    )*};
}

named_receiver_check! {
    checked_concat => concat_like, "concat";
    checked_every => callbacks::every, "every";
    checked_filter => filter_like, "filter";
    checked_find => callbacks::find, "find";
    checked_find_index => callbacks::find_index, "findIndex";
    checked_find_last => callbacks::find_last, "findLast";
    checked_find_last_index => callbacks::find_last_index, "findLastIndex";
    checked_for_each => callbacks::for_each, "forEach";
    checked_index_of => index_of, "indexOf";
    checked_map => map_like, "map";
    checked_reduce => callbacks::reduce, "reduce";
    checked_reduce_right => callbacks::reduce_right, "reduceRight";
    checked_some => callbacks::some, "some";
}

pub fn install(vm: &mut Vm) {
    let array = vm.native_constructor("Array", 1, construct);
    // V8 lists no frame for `Array` / `new Array`.
    super::frameless(vm, array);
    super::method(vm, array, "isArray", 1, is_array);
    super::method(vm, array, "of", 0, of);
    super::method(vm, array, "from", 1, from);
    let proto = vm.realm.array_proto;
    property::define_named(vm, array, "prototype", 0, proto);
    property::define_named(vm, proto, "constructor", HIDDEN, array);
    let methods: &[(&'static str, u8, crate::vm::NativeFn)] = &[
        ("at", 1, at),
        ("concat", 1, checked_concat),
        ("copyWithin", 2, copies::copy_within),
        ("every", 1, checked_every),
        ("fill", 1, fill),
        ("filter", 1, checked_filter),
        ("find", 1, checked_find),
        ("findIndex", 1, checked_find_index),
        ("findLast", 1, checked_find_last),
        ("findLastIndex", 1, checked_find_last_index),
        ("flat", 0, flat_like),
        ("flatMap", 1, flat_map_like),
        ("forEach", 1, checked_for_each),
        ("includes", 1, includes),
        ("indexOf", 1, checked_index_of),
        ("join", 1, join),
        ("lastIndexOf", 1, last_index_of),
        ("map", 1, checked_map),
        ("pop", 0, pop),
        ("push", 1, push),
        ("reduce", 1, checked_reduce),
        ("reduceRight", 1, checked_reduce_right),
        ("reverse", 0, reverse),
        ("shift", 0, shift),
        ("slice", 2, slice_like),
        ("some", 1, checked_some),
        ("sort", 1, sort::sort),
        ("splice", 2, splice_like),
        ("toReversed", 0, copies::to_reversed),
        ("toSorted", 1, copies::to_sorted),
        ("toSpliced", 2, copies::to_spliced),
        ("toString", 0, to_string),
        ("toLocaleString", 0, to_locale_string),
        ("unshift", 1, unshift),
        ("with", 2, copies::with),
    ];
    for &(name, length, f) in methods {
        let fv = method(vm, proto, name, length, f);
        if name == "push" || name == "pop" {
            if let Some(i) = crate::jit::INLINE_MATH.iter().position(|&n| n == name) {
                vm.realm.inline_math[i] = fv;
            }
        }
    }
    super::global(vm, "Array", array);
}

species::preserving!(map_like, callbacks::map);
species::preserving!(filter_like, callbacks::filter);
species::preserving!(slice_like, slice);
species::preserving!(splice_like, splice);
species::preserving!(concat_like, concat);
species::preserving!(flat_like, flat);
species::preserving!(flat_map_like, flat_map);

/// `===` between an element read without boxing and `target`.
fn elem_strict_equals(e: crate::heap::object::Elem, target: Value) -> bool {
    match e {
        crate::heap::object::Elem::Value(v) => ops::strict_equals(v, target),
        crate::heap::object::Elem::F64(d) => target.as_number() == Some(d),
    }
}
