//! Reading and writing the elements of any `this` the Array methods get:
//! arrays through their elements store, everything else (array-likes,
//! strings) through property access, as the specification's
//! `HasProperty`/`Get`/`Set`/`DeletePropertyOrThrow` steps do. Also the
//! conversions those methods share (lengths, relative indices, ToString of
//! elements) and their error messages.

use std::cell::RefCell;

use crate::error::{ErrorKind, JsResult, Thrown};
use crate::exec::call_function;
use crate::heap::object::ElementsKind;
use crate::heap::shape::PropKey;
use crate::heap::JsObject;
use crate::ops;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// The largest array length (2^32 - 1).
pub const MAX_LENGTH: u64 = u32::MAX as u64;
/// The largest length of an array-like (2^53 - 1).
pub const MAX_SAFE: u64 = (1 << 53) - 1;
/// Up to this length `new Array(n)` allocates its holes, so filling it in
/// any order stays dense (V8 preallocates too).
const PREALLOCATE: u64 = 1 << 16;

/// The key of index `i` (indices past 2^32 - 2 are names).
pub fn key_of(vm: &mut Vm, i: u64) -> PropKey {
    if i < MAX_LENGTH {
        PropKey::Index(i as u32)
    } else {
        PropKey::Name(vm.atoms.intern(&i.to_string()))
    }
}

/// ToObject's check: undefined and null have no elements.
pub fn check_object(vm: &mut Vm, this: Value) -> JsResult<()> {
    if this.is_nullish() {
        return Err(vm.throw_error(ErrorKind::TypeError, "Cannot convert undefined or null to object"));
    }
    Ok(())
}

/// LengthOfArrayLike.
pub fn length_of(vm: &mut Vm, o: Value) -> JsResult<u64> {
    if let Some(a) = o.as_array() {
        return Ok(a.length() as u64);
    }
    check_object(vm, o)?;
    let key = PropKey::Name(vm.realm.length);
    let v = property::get(vm, o, key)?;
    to_length(vm, v)
}

/// ToLength.
pub fn to_length(vm: &mut Vm, v: Value) -> JsResult<u64> {
    let n = to_integer(vm, v)?;
    Ok(if n <= 0.0 { 0 } else { n.min(MAX_SAFE as f64) as u64 })
}

/// ToIntegerOrInfinity (NaN is 0).
pub fn to_integer(vm: &mut Vm, v: Value) -> JsResult<f64> {
    if v.is_smi() {
        return Ok(v.as_smi() as f64);
    }
    let n = ops::to_number(vm, v)?;
    Ok(if n.is_nan() { 0.0 } else { n.trunc() })
}

/// A relative index (`slice(-2)`) clamped into `0..=len`.
pub fn relative(vm: &mut Vm, v: Value, len: u64) -> JsResult<u64> {
    let n = to_integer(vm, v)?;
    Ok(if n < 0.0 { (len as f64 + n).max(0.0) as u64 } else { n.min(len as f64) as u64 })
}

/// The end of a range: `len` when undefined, else relative.
pub fn relative_end(vm: &mut Vm, v: Value, len: u64) -> JsResult<u64> {
    if v == Value::UNDEFINED {
        Ok(len)
    } else {
        relative(vm, v, len)
    }
}

/// Element `i` if present (HasProperty then Get): the elements store
/// first, then the prototype chain for a hole; a string's characters.
pub fn element(vm: &mut Vm, o: Value, i: u64) -> JsResult<Option<Value>> {
    if let Some(obj) = o.as_object() {
        if i < MAX_LENGTH {
            if let Some(v) = obj.get_index(&mut vm.heap, i as u32) {
                return Ok(Some(v));
            }
        }
        let key = key_of(vm, i);
        let mut cur = obj;
        loop {
            if let Some(v) = property::get_own(vm, cur, key) {
                // An element with a getter (`property::index_key`).
                return property::resolve(vm, v, o).map(Some);
            }
            match cur.proto().as_object() {
                Some(p) => cur = p,
                None => return Ok(None),
            }
        }
    }
    if let Some(s) = o.as_js_str() {
        if i < s.len() as u64 {
            return property::get(vm, o, PropKey::Index(i as u32)).map(Some);
        }
    }
    Ok(None)
}

/// Get: element `i`, undefined when absent.
pub fn get_at(vm: &mut Vm, o: Value, i: u64) -> JsResult<Value> {
    Ok(element(vm, o, i)?.unwrap_or(Value::UNDEFINED))
}

/// Set, strict as built-ins are: a frozen or non-extensible object
/// throws node's TypeError instead of ignoring the write.
pub fn set_at(vm: &mut Vm, o: Value, i: u64, v: Value) -> JsResult<()> {
    if string_length(o).is_some_and(|n| i < n) {
        return Err(read_only(vm, o, &i.to_string()));
    }
    // `this` was a primitive: the method writes to its wrapper (ToObject),
    // which takes a new index and is dropped after.
    if o.as_object().is_none() && !o.is_nullish() {
        return Ok(());
    }
    if let Some(obj) = o.as_object() {
        // An index at or past a read-only length would grow it.
        if obj.is_array() && !obj.length_writable() && !obj.is_frozen() && i >= obj.length() as u64 {
            return Err(read_only(vm, o, "length"));
        }
        // An element with attributes of its own (a read-only one, a
        // setter) is for the full Set below.
        if i < MAX_LENGTH && !obj.is_frozen() && obj.is_extensible() && !obj.has_index_accessors() {
            obj.set_index(&mut vm.heap, i as u32, v);
            return Ok(());
        }
        if obj.is_frozen() || !obj.is_extensible() {
            let key = key_of(vm, i);
            let own = property::get_own(vm, obj, key).is_some();
            if obj.is_frozen() && own {
                return Err(read_only(vm, o, &i.to_string()));
            }
            if !own {
                let msg = format!("Cannot add property {}, object is not extensible", i);
                return Err(vm.throw_error(ErrorKind::TypeError, &msg));
            }
        }
    }
    let key = key_of(vm, i);
    // Strict: a read-only element or a getter without a setter throws.
    property::set_in(vm, o, key, v, true)
}

/// What a method that returns its `this` returns: ToObject of it (a
/// primitive's wrapper, made last as nothing roots it).
pub fn this_object(vm: &mut Vm, this: Value) -> Value {
    if ops::is_primitive(this) && !this.is_nullish() {
        return property::wrap_primitive(vm, this);
    }
    this
}

/// The length of a string `this` (or its wrapper), whose characters and
/// `length` are read-only properties: a mutating method called on it
/// throws at its first write to them.
fn string_length(o: Value) -> Option<u64> {
    let s = match o.as_object().map(|obj| &obj.class) {
        Some(crate::heap::ObjClass::Boxed(p)) => *p,
        _ => o,
    };
    s.as_js_str().map(|s| s.len() as u64)
}

/// How V8 names an object in these messages.
fn object_text(o: Value) -> &'static str {
    if string_length(o).is_some() {
        "[object String]"
    } else if o.as_array().is_some() {
        "[object Array]"
    } else {
        "#<Object>"
    }
}

/// `TypeError: Cannot assign to read only property 'k' of object '...'`.
fn read_only(vm: &mut Vm, o: Value, key: &str) -> Thrown {
    let msg = format!("Cannot assign to read only property '{}' of object '{}'", key, object_text(o));
    vm.throw_error(ErrorKind::TypeError, &msg)
}

/// DeletePropertyOrThrow.
pub fn delete_at(vm: &mut Vm, o: Value, i: u64) -> JsResult<()> {
    if string_length(o).is_some_and(|n| i < n) {
        let msg = format!("Cannot delete property '{}' of {}", i, object_text(o));
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let key = key_of(vm, i);
    if let Some(obj) = o.as_object().filter(|obj| obj.elements_sealed()) {
        if property::get_own(vm, obj, key).is_some() {
            let msg = format!("Cannot delete property '{}' of {}", i, object_text(o));
            return Err(vm.throw_error(ErrorKind::TypeError, &msg));
        }
    }
    // A non-configurable element of its own (`Object.defineProperty`).
    if !property::delete(vm, o, key)? {
        let msg = format!("Cannot delete property '{}' of {}", i, object_text(o));
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    Ok(())
}

/// Sets `length` (an array's directly, an array-like's as a property).
pub fn set_length(vm: &mut Vm, o: Value, n: u64) -> JsResult<()> {
    if let Some(a) = o.as_array() {
        if n > MAX_LENGTH {
            return Err(invalid_length(vm));
        }
        if !a.length_writable() {
            return Err(read_only(vm, o, "length"));
        }
        return property::truncate_sealed(vm, a, n as u32, true);
    }
    if o.as_object().is_some_and(|obj| obj.is_frozen()) || string_length(o).is_some() {
        return Err(read_only(vm, o, "length"));
    }
    let key = PropKey::Name(vm.realm.length);
    let v = vm.number(n as f64);
    property::set(vm, o, key, v)
}

/// A new array of length `n`, all holes.
pub fn new_with_length(vm: &mut Vm, n: u64) -> JsResult<Value> {
    if n > MAX_LENGTH {
        return Err(invalid_length(vm));
    }
    if n <= PREALLOCATE {
        return Ok(vm.new_array(vec![Value::HOLE; n as usize]));
    }
    let a = vm.new_array(Vec::new());
    if let Some(o) = a.as_object() {
        o.set_length(n as u32);
    }
    Ok(a)
}

/// The elements of array `o` as a vector (HOLE for a hole) when the fast
/// paths may rewrite it wholesale: an unfrozen array whose elements are
/// dense (not a sparse map). Raw doubles come boxed (no collection): the
/// caller puts the items back into an array (or a new one) before it
/// allocates through the VM.
pub fn dense_items(vm: &mut Vm, o: Value) -> Option<Vec<Value>> {
    let a = rewritable(o)?;
    let mut items = a.dense(&mut vm.heap);
    items.resize(a.length() as usize, Value::HOLE);
    Some(items)
}

/// The array behind `o` if `dense_items` may read it.
pub fn rewritable(o: Value) -> Option<&'static JsObject> {
    let a = o.as_array()?;
    // Elements with attributes of their own are not in the store (and
    // may refuse a write): only the element-by-element paths see them.
    if !a.length_writable()
        || !a.is_extensible()
        || a.elements_kind() == ElementsKind::Dictionary
        || a.has_index_accessors()
    {
        return None;
    }
    let (dense, len) = (a.dense_len(), a.length());
    (dense <= len && len - dense <= 1024).then_some(a)
}

/// The indices in `from..to` that may hold an element, in order, so a
/// huge length with few elements costs only those: an object's dense
/// store ends its elements (checked at each step, as callbacks may add
/// some), and a sparse one's keys are listed. Elements on the prototype
/// chain beyond those are not looked for.
pub struct Indices {
    obj: Option<&'static JsObject>,
    lo: u64,
    hi: u64,
    keys: Option<std::vec::IntoIter<u64>>,
}

impl Indices {
    /// Where the dense store ends, if the object has no sparse elements.
    fn dense_end(&self) -> Option<u64> {
        let o = self.obj?;
        // A String object's characters are not elements but are present.
        let chars = string_length(crate::heap::value_of_object(o)).unwrap_or(0);
        // A typed array's elements are all present, none in the store.
        if let Some(view) = o.typed() {
            return Some(view.length as u64);
        }
        (o.elements_kind() != ElementsKind::Dictionary).then(|| (o.dense_len() as u64).max(chars))
    }
}

impl Iterator for Indices {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if let Some(k) = &mut self.keys {
            return k.next();
        }
        if self.lo >= self.hi || self.dense_end().is_some_and(|end| self.lo >= end) {
            return None;
        }
        self.lo += 1;
        Some(self.lo - 1)
    }
}

impl DoubleEndedIterator for Indices {
    fn next_back(&mut self) -> Option<u64> {
        if let Some(k) = &mut self.keys {
            return k.next_back();
        }
        if let Some(end) = self.dense_end() {
            self.hi = self.hi.min(end);
        }
        if self.hi <= self.lo {
            return None;
        }
        self.hi -= 1;
        Some(self.hi)
    }
}

pub fn indices(vm: &Vm, o: Value, from: u64, to: u64) -> Indices {
    let obj = o.as_object();
    let mut it = Indices { obj, lo: from, hi: to.max(from), keys: None };
    if let Some(a) = obj.filter(|a| a.elements_kind() == ElementsKind::Dictionary || a.has_index_accessors()) {
        // Elements with attributes of their own are named properties
        // (`property::index_key`), anywhere in the range.
        let mut keys = a.index_keys();
        keys.extend(property::named_index_keys(vm, a));
        keys.sort_unstable();
        keys.dedup();
        let keys: Vec<u64> = keys.into_iter().map(u64::from).filter(|&k| k >= from && k < to).collect();
        it.keys = Some(keys.into_iter());
    }
    it
}

/// `RangeError: Invalid array length`.
pub fn invalid_length(vm: &mut Vm) -> Thrown {
    vm.throw_error(ErrorKind::RangeError, "Invalid array length")
}

/// `TypeError: x is not a function` unless `f` is callable.
pub fn require_callable(vm: &mut Vm, f: Value) -> JsResult<()> {
    if f.as_callable().is_some() {
        return Ok(());
    }
    let msg = format!("{} is not a function", crate::property::receiver_text(vm, f));
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

thread_local! {
    /// The arrays whose `join` is running: a cycle joins as "" (as in V8),
    /// not forever.
    /// (A set: a scan per level made joining a 200,000-deep nest quadratic.)
    static JOINING: RefCell<std::collections::HashSet<u64>> = RefCell::new(Default::default());
}

/// Marks `o` as being joined; false if it already is (a cycle).
pub fn enter_join(o: Value) -> bool {
    JOINING.with(|j| j.borrow_mut().insert(o.to_bits()))
}

pub fn leave_join(o: Value) {
    JOINING.with(|j| {
        j.borrow_mut().remove(&o.to_bits());
    })
}

/// Appends ToString of `v` (UTF-16 code units, lone surrogates kept) to
/// `out`; an object converts through its `toString`, so nested arrays
/// join.
pub fn append_text(vm: &mut Vm, v: Value, out: &mut Vec<u16>) -> JsResult<()> {
    let p = if ops::is_primitive(v) { v } else { ops::to_primitive(vm, v, ops::Hint::String)? };
    if p.as_symbol().is_some() {
        return Err(ops::symbol_to(vm, "string"));
    }
    match p.as_js_str() {
        Some(s) => out.extend(s.iter_units()),
        None => out.extend(crate::format::to_string(p).encode_utf16()),
    }
    Ok(())
}

/// ToString of `v` as code units.
pub fn text_units(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    let mut out = Vec::new();
    append_text(vm, v, &mut out)?;
    Ok(out)
}

/// Calls callback `f` with `this` and `args`.
#[inline]
pub fn call(vm: &mut Vm, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    call_function(vm, f, this, args)
}

/// An index as a number value.
pub fn index_value(vm: &mut Vm, i: u64) -> Value {
    if i <= i32::MAX as u64 {
        Value::smi(i as i32)
    } else {
        vm.number(i as f64)
    }
}
