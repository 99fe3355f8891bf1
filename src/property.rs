//! Property access with JavaScript's semantics: keys (ToPropertyKey),
//! lookup along the prototype chain, primitives (strings' indices and
//! `length`, methods of `String.prototype` and `Number.prototype`),
//! assignment, deletion, `in`, and the key order of `Object.keys` and
//! `for...in` (integer keys ascending, then names in insertion order).
//!
//! The cached paths of property sites are in `ic.rs`; they fall back here.

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::{self, Attrs, PropKey, ENUMERABLE, HIDDEN, WRITABLE};
use crate::heap::{Callable, JsObject, ObjClass};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

/// ToPropertyKey.
pub fn to_key(vm: &mut Vm, v: Value) -> JsResult<PropKey> {
    if v.is_smi() && v.as_smi() >= 0 {
        return Ok(PropKey::Index(v.as_smi() as u32));
    }
    if let Some(s) = v.as_js_str() {
        return Ok(match s.as_ascii_str() {
            Some(a) => key_of_str(vm, a),
            None => key_of_str(vm, &crate::keytext::encode(&s.units())),
        });
    }
    if let Some(k) = symbol_key(vm, v) {
        return Ok(k);
    }
    if !ops::is_primitive(v) {
        let p = ops::to_primitive(vm, v, ops::Hint::String)?;
        if let Some(k) = symbol_key(vm, p) {
            return Ok(k);
        }
        let s = ops::to_string(vm, p)?;
        return Ok(key_of_str(vm, &s));
    }
    let s = ops::to_string(vm, v)?;
    Ok(key_of_str(vm, &s))
}

/// The key a symbol is: an atom of its own, made (and the symbol pinned)
/// the first time it is used as one.
pub fn symbol_key(vm: &mut Vm, v: Value) -> Option<PropKey> {
    let sym = v.as_symbol()?;
    if let Some(a) = sym.atom.get() {
        return Some(PropKey::Name(a));
    }
    let text = crate::format::to_string(v);
    let a = vm.atoms.symbol_atom(&text, v);
    sym.atom.set(Some(a));
    vm.pin_value(v);
    Some(PropKey::Name(a))
}

/// The key a string names.
pub fn key_of_str(vm: &mut Vm, s: &str) -> PropKey {
    match shape::array_index(s) {
        Some(i) => PropKey::Index(i),
        None => PropKey::Name(vm.atoms.intern(s)),
    }
}

/// The key as text.
pub fn key_text(vm: &Vm, k: PropKey) -> String {
    match k {
        PropKey::Index(i) => i.to_string(),
        PropKey::Name(a) => String::from_utf16_lossy(&crate::keytext::decode(vm.atoms.name(a))),
    }
}

/// The key as a string value (a name's string is made once).
pub fn key_value(vm: &mut Vm, k: PropKey) -> Value {
    match k {
        PropKey::Name(a) => match vm.atoms.symbol_of(a) {
            Some(sym) => sym,
            None => vm.atom_string(a),
        },
        PropKey::Index(i) => vm.string(i.to_string()),
    }
}

/// The object that holds the properties of primitive `v` (its prototype).
pub fn proto_of_primitive(vm: &Vm, v: Value) -> Option<Value> {
    if v.is_number() {
        Some(vm.realm.number_proto)
    } else if v.is_string() {
        Some(vm.realm.string_proto)
    } else if v == Value::TRUE || v == Value::FALSE {
        Some(vm.realm.boolean_proto)
    } else if v.as_symbol().is_some() {
        Some(vm.realm.intrinsics.symbol_proto)
    } else if v.is_bigint() {
        Some(vm.realm.intrinsics.bigint_proto)
    } else {
        None
    }
}

/// Primitive `v` (a number, string, boolean or symbol) in its wrapper
/// object: what ToObject makes of it, and what a sloppy function called on
/// a primitive sees as `this`.
pub fn wrap_primitive(vm: &mut Vm, v: Value) -> Value {
    let proto = proto_of_primitive(vm, v).unwrap_or(vm.realm.object_proto);
    let shape = vm.shapes.root(proto);
    vm.alloc(crate::heap::ObjKind::Object(JsObject::new(shape, ObjClass::Boxed(v))))
}

/// `obj[key]` for any value, with node's TypeError for undefined and null.
pub fn get(vm: &mut Vm, obj: Value, key: PropKey) -> JsResult<Value> {
    if let Some(o) = obj.as_object() {
        return get_from(vm, o, key);
    }
    if let Some(s) = obj.as_js_str() {
        match key {
            PropKey::Index(i) => {
                if let Some(v) = string_index(vm, obj, i) {
                    return Ok(v);
                }
            }
            PropKey::Name(a) if a == vm.realm.length => return Ok(Value::smi(s.len() as i32)),
            _ => {}
        }
    }
    match proto_of_primitive(vm, obj) {
        Some(p) => match p.as_object() {
            Some(o) => get_with_receiver(vm, o, key, obj),
            None => Ok(Value::UNDEFINED),
        },
        None => Err(cannot(vm, "read", "reading", obj, key)),
    }
}

/// The one-unit string at index `i` of string `s`, if in range.
pub fn string_index(vm: &mut Vm, s: Value, i: u32) -> Option<Value> {
    let unit = s.as_js_str()?.get(i as usize)?;
    Some(vm.unit_string(unit))
}

/// `TypeError: Cannot read properties of undefined (reading 'x')`.
pub fn cannot(vm: &mut Vm, verb: &str, ing: &str, obj: Value, key: PropKey) -> crate::error::Thrown {
    let what = if obj == Value::NULL { "null" } else { "undefined" };
    let k = key_text(vm, key);
    if verb == "read" && k == "Symbol(Symbol.iterator)" {
        // V8 words a read of the iterator method as the iteration's error,
        // naming the value with its type as `objects::not_iterable` does
        // (`object null`, but plain `undefined`).
        let what = if obj == Value::NULL { "object null" } else { what };
        return vm.throw_error(ErrorKind::TypeError, &format!("{what} is not iterable (cannot read property {k})"));
    }
    let msg = format!("Cannot {} properties of {} ({} '{}')", verb, what, ing, k);
    vm.throw_error(ErrorKind::TypeError, &msg)
}

/// Looks `key` up on `o` and its prototypes (a getter runs with `o` as
/// `this`).
pub fn get_from(vm: &mut Vm, o: &'static JsObject, key: PropKey) -> JsResult<Value> {
    get_with_receiver(vm, o, key, object_value(o))
}

/// Looks `key` up on `o` and its prototypes; a getter found there runs
/// with `receiver` as `this` (`super.x`, a primitive's getters).
pub fn get_with_receiver(vm: &mut Vm, o: &'static JsObject, key: PropKey, receiver: Value) -> JsResult<Value> {
    let mut cur = o;
    loop {
        if let Some(v) = get_own(vm, cur, key) {
            return resolve(vm, v, receiver);
        }
        // A typed array's index past its end is undefined, not looked up
        // on the prototypes (an integer-indexed exotic object).
        if cur.typed().is_some() && typed_element_key(vm, key) {
            return Ok(Value::UNDEFINED);
        }
        match cur.proto().as_object() {
            Some(p) => cur = p,
            None => return Ok(Value::UNDEFINED),
        }
    }
}

/// Whether `key` names an element of a typed array: an index, or a
/// name that is a number's canonical text (`-1`, `1.5`, `-0`, `NaN`),
/// which a typed array never has and never takes.
fn typed_element_key(vm: &Vm, key: PropKey) -> bool {
    let a = match key {
        PropKey::Index(_) => return true,
        PropKey::Name(a) => a,
    };
    if vm.atoms.is_symbol(a) {
        return false;
    }
    let name = vm.atoms.name(a);
    name == "-0" || name.parse::<f64>().is_ok_and(|n| crate::value::number_to_string(n) == name)
}

/// The getter/setter pair a raw property value is, if it is one.
pub fn accessor_of(raw: Value) -> Option<(Value, Value)> {
    raw.as_object().and_then(|o| o.accessor_pair())
}

/// A property's value from its raw slot value (the getter run): one rule,
/// in `ops` so that conversions below this module use it too.
pub use crate::ops::resolve;

/// The first accessor for `a` on the prototype chain of `o` (own
/// included), if the first property named `a` found is one.
fn inherited_accessor(o: &'static JsObject, a: shape::Atom) -> Option<(Value, Value)> {
    let mut cur = o;
    loop {
        if let Some(v) = cur.get_named(a) {
            return accessor_of(v);
        }
        cur = cur.proto().as_object()?;
    }
}

/// The first object on the chain from `o` that has property `a`, and the
/// property's attributes.
fn first_on_chain(o: &'static JsObject, a: shape::Atom) -> Option<(&'static JsObject, Attrs)> {
    let mut cur = o;
    loop {
        if let Some(found) = cur.find(a) {
            return Some((cur, attrs_of(found)));
        }
        cur = cur.proto().as_object()?;
    }
}

/// Calls setter `s` (nothing without one: sloppy mode drops the write).
fn call_setter(vm: &mut Vm, s: Value, receiver: Value, v: Value) -> JsResult<()> {
    if s.as_callable().is_some() {
        crate::calls::call_function(vm, s, receiver, &[v])?;
    }
    Ok(())
}

/// Defines (or replaces) one half of accessor property `a` of `o`: the
/// getter (`set` false) or the setter, keeping the other half when the
/// property already is an accessor (`{ get x() {}, set x(v) {} }`).
pub fn define_accessor(vm: &mut Vm, o: &'static JsObject, a: shape::Atom, set: bool, f: Value, attrs: Attrs) {
    note_index_accessor(vm, o, a);
    if let Some(pair) = o.get_named(a).filter(|v| accessor_of(*v).is_some()).and_then(|v| v.as_object()) {
        pair.set_accessor_half(set, f);
        o.redefine(&mut vm.shapes, a, attrs | shape::ACCESSOR, object_value(pair));
        return;
    }
    let (g, s) = if set { (Value::UNDEFINED, f) } else { (f, Value::UNDEFINED) };
    let mut sc = vm.scope();
    sc.root(f);
    let pair = new_accessor_pair(&mut sc, g, s);
    o.redefine(&mut sc.shapes, a, attrs | shape::ACCESSOR, pair);
}

/// Where `o` keeps property `key`: an index key that names one of the
/// object's accessors (`{ get 0() {} }`) becomes the named key they are
/// stored under (see `heap::object::INDEX_ACCESSORS`); every other key
/// is itself.
pub fn index_key(vm: &Vm, o: &JsObject, key: PropKey) -> PropKey {
    if let (PropKey::Index(i), true) = (key, o.has_index_accessors()) {
        if let Some(a) = vm.atoms.lookup(&i.to_string()).filter(|&a| o.find(a).is_some()) {
            return PropKey::Name(a);
        }
    }
    key
}

/// Records that `o` may keep an accessor under atom `a` that reads as an
/// index (see `index_key`); an element there is replaced.
fn note_index_accessor(vm: &Vm, o: &JsObject, a: shape::Atom) {
    if let Some(i) = shape::array_index(vm.atoms.name(a)) {
        o.delete_index(i);
        o.mark_index_accessors();
    }
}

/// A fresh getter/setter pair object.
pub fn new_accessor_pair(vm: &mut Vm, g: Value, s: Value) -> Value {
    use crate::heap::ObjKind;
    use std::cell::Cell;
    let shape = vm.shapes.root(Value::NULL);
    let obj = crate::heap::JsObject::new(shape, ObjClass::Accessor(Cell::new(g), Cell::new(s)));
    // Where compiled code finds the getter (`JsObject::set_accessor_half`).
    obj.set_env(g);
    vm.alloc(ObjKind::Object(obj))
}

/// An own property's value, including the virtual ones: an array's
/// `length`, a function's `name` and `length` (and its `prototype`, made
/// on first use).
pub fn get_own(vm: &mut Vm, o: &'static JsObject, key: PropKey) -> Option<Value> {
    let key = index_key(vm, o, key);
    match key {
        PropKey::Index(i) => o.get_index(&mut vm.heap, i).or_else(|| match o.class {
            // A wrapped string's characters are its own (read-only) elements.
            ObjClass::Boxed(p) => string_index(vm, p, i),
            _ => None,
        }),
        PropKey::Name(a) => {
            if let Some(v) = o.get_named(a) {
                return Some(v);
            }
            virtual_own(vm, o, a)
        }
    }
}

fn virtual_own(vm: &mut Vm, o: &'static JsObject, a: shape::Atom) -> Option<Value> {
    if crate::global_object::is_global(vm, o) {
        return crate::global_object::get(vm, a);
    }
    if o.is_array() && a == vm.realm.length {
        return Some(vm.number(o.length() as f64));
    }
    if let (ObjClass::Boxed(p), true) = (&o.class, a == vm.realm.length) {
        if let Some(s) = p.as_js_str() {
            return Some(Value::smi(s.len() as i32));
        }
    }
    let callable = o.callable()?;
    if (a == vm.realm.name || a == vm.realm.length) && !virtual_fn_prop(vm, o, a) {
        return None;
    }
    if a == vm.realm.name {
        let name = function_name(vm, callable);
        return Some(vm.string(name));
    }
    if a == vm.realm.length {
        let n = match callable {
            Callable::Script(p) => p.info.length as i32,
            Callable::Native(i) => vm.natives[*i as usize].length as i32,
        };
        return Some(Value::smi(n));
    }
    if is_poison_name(vm, callable, a) {
        return Some(Value::NULL);
    }
    if a == vm.realm.prototype {
        if let Callable::Script(p) = callable {
            if p.info.generator {
                let gp =
                    if p.info.is_async { vm.realm.intrinsics.async_gen_proto } else { vm.realm.intrinsics.gen_proto };
                return Some(make_generator_prototype(vm, o, gp));
            }
            if p.is_constructor() {
                return Some(make_prototype(vm, o));
            }
        }
    }
    None
}

/// Whether function `o` still has its virtual `name` or `length` (atom
/// `a`): not once deleted. A deletion leaves a hidden marker property
/// (`Realm::name_deleted`), since the property has no slot to remove.
pub fn virtual_fn_prop(vm: &Vm, o: &JsObject, a: shape::Atom) -> bool {
    if o.callable().is_none() {
        return false;
    }
    let marker = if a == vm.realm.name {
        vm.realm.name_deleted
    } else if a == vm.realm.length {
        vm.realm.length_deleted
    } else {
        return false;
    };
    o.find(marker).is_none()
}

/// Whether the first object on `o`'s prototype chain with property `a`
/// (`name` or `length`) is a function whose `a` is virtual, so read-only.
fn inherits_virtual_fn_prop(vm: &Vm, o: &JsObject, a: shape::Atom) -> bool {
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if p.find(a).is_some() {
            return false;
        }
        if virtual_fn_prop(vm, p, a) {
            return true;
        }
        cur = p.proto();
    }
    false
}

/// Whether a sloppy function declaration or expression has `p` (V8
/// gives those, and only those, own `arguments` and `caller`: null,
/// read-only, not configurable; strict functions, arrows, methods,
/// generators and classes have none).
pub fn has_legacy_own(p: &crate::bytecode::FuncProto) -> bool {
    !p.strict && p.kind == crate::bytecode::FnKind::Normal && p.is_constructor()
}

/// Whether atom `a` is `arguments` or `caller` of a function that has
/// them as own properties (`has_legacy_own`). No program sees what they
/// hold while the function runs (V8's live `arguments` object and caller):
/// they read as null, as between calls.
pub fn is_poison_name(vm: &Vm, c: &Callable, a: shape::Atom) -> bool {
    match c {
        Callable::Script(p) if has_legacy_own(p) => a == vm.realm.arguments || a == vm.realm.caller,
        _ => false,
    }
}

/// A function's name.
pub fn function_name(vm: &Vm, c: &Callable) -> String {
    match c {
        Callable::Script(p) => p.name.to_string(),
        Callable::Native(i) => vm.natives[*i as usize].name.to_string(),
    }
}

/// A script function's `prototype` object (`{ constructor: f }`), made
/// and stored on first use.
fn make_prototype(vm: &mut Vm, f: &'static JsObject) -> Value {
    let p = vm.new_object();
    let fv = object_value(f);
    if let Some(po) = p.as_object() {
        let c = vm.realm.constructor;
        po.add_named(&mut vm.shapes, c, HIDDEN, fv);
    }
    let a = vm.realm.prototype;
    f.add_named(&mut vm.shapes, a, WRITABLE, p);
    p
}

/// A generator function's `prototype`: an empty object inheriting from
/// `gp`, `%GeneratorPrototype%` or `%AsyncGeneratorPrototype%` (no `constructor`), which its generator objects
/// inherit from.
fn make_generator_prototype(vm: &mut Vm, f: &'static JsObject, gp: Value) -> Value {
    let shape = vm.shapes.root(gp);
    let p = vm.alloc(crate::heap::ObjKind::Object(JsObject::new(shape, ObjClass::Plain)));
    let a = vm.realm.prototype;
    f.add_named(&mut vm.shapes, a, WRITABLE, p);
    p
}

/// The value of an object reference.
pub fn object_value(o: &'static JsObject) -> Value {
    crate::heap::value_of_object(o)
}

/// `obj[key] = v`, sloppy mode: writes to frozen objects and read-only
/// properties are ignored; undefined and null throw.
pub fn set(vm: &mut Vm, obj: Value, key: PropKey, v: Value) -> JsResult<()> {
    set_in(vm, obj, key, v, false)
}

/// `obj[key] = v` in sloppy (`strict` false: a refused write is dropped)
/// or strict code (a refused write is V8's TypeError).
pub fn set_in(vm: &mut Vm, obj: Value, key: PropKey, v: Value, strict: bool) -> JsResult<()> {
    let Some(o) = obj.as_object() else {
        if obj.is_nullish() {
            return Err(cannot(vm, "set", "setting", obj, key));
        }
        if !strict {
            return Ok(()); // a property of a primitive: dropped
        }
        let k = key_text(vm, key);
        let ty = ops::type_of(obj);
        let text = crate::format::to_string(obj);
        let own = obj.is_string()
            && match key {
                PropKey::Index(i) => (i as usize) < obj.as_js_str().map_or(0, |s| s.len()),
                PropKey::Name(a) => a == vm.realm.length,
            };
        let msg = if own {
            format!("Cannot assign to read only property '{k}' of {ty} '{text}'")
        } else {
            format!("Cannot create property '{k}' on {ty} '{text}'")
        };
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    };
    put(vm, o, key, v, strict)
}

pub fn set_on(vm: &mut Vm, o: &'static JsObject, key: PropKey, v: Value) -> JsResult<()> {
    put(vm, o, key, v, false)
}

/// Why a write was refused, for strict code's TypeError.
enum Refused {
    ReadOnly,
    NotExtensible,
    GetterOnly,
}

/// A refused write: nothing in sloppy code, V8's TypeError in strict code.
fn refuse(vm: &mut Vm, o: &'static JsObject, key: PropKey, why: Refused, strict: bool) -> JsResult<()> {
    if !strict {
        return Ok(());
    }
    let k = key_text(vm, key);
    let receiver = object_value(o);
    let msg = match why {
        Refused::ReadOnly if o.callable().is_some() => {
            format!("Cannot assign to read only property '{k}' of function '{}'", receiver_text(vm, receiver))
        }
        Refused::ReadOnly => {
            format!("Cannot assign to read only property '{k}' of object '{}'", receiver_text(vm, receiver))
        }
        Refused::NotExtensible => format!("Cannot add property {k}, object is not extensible"),
        Refused::GetterOnly => {
            // V8 names a typed array `[object Object]` here.
            let text = if o.typed().is_some() { "[object Object]".into() } else { receiver_text(vm, receiver) };
            format!("Cannot set property {k} of {text} which has only a getter")
        }
    };
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

/// Calls setter `s`; an accessor without one refuses the write.
fn call_setter_in(vm: &mut Vm, o: &'static JsObject, key: PropKey, s: Value, v: Value, strict: bool) -> JsResult<()> {
    // V8 lets sloppy code's write to a strict `arguments.callee` pass
    // silently instead of calling %ThrowTypeError%.
    if !strict && vm.realm.throw_type_error == Some(s) {
        return Ok(());
    }
    if s.as_callable().is_some() {
        return call_setter(vm, s, object_value(o), v);
    }
    refuse(vm, o, key, Refused::GetterOnly, strict)
}

/// `super.x = v` in a method whose home object's prototype is `base`:
/// an accessor or a read-only property found from `base` up decides, as
/// a write to `base` would, but a data property is written on `this`
/// itself (its own, or a new one: never through `this`'s own prototype
/// chain, whose setter of the same name may be the one running).
pub fn put_super(
    vm: &mut Vm,
    base: Option<&'static JsObject>,
    this: Value,
    key: PropKey,
    v: Value,
    strict: bool,
) -> JsResult<()> {
    let PropKey::Name(a) = key else { return set_in(vm, this, key, v, strict) };
    if let Some((holder, attrs)) = base.and_then(|b| first_on_chain(b, a)) {
        if attrs & shape::ACCESSOR != 0 {
            let s = holder.get_named(a).and_then(accessor_of).map_or(Value::UNDEFINED, |(_, s)| s);
            if s.as_callable().is_some() {
                return call_setter(vm, s, this, v);
            }
            // V8 names the object holding the getter (a prototype: by its
            // own constructor).
            if strict {
                let name =
                    holder.get_named(vm.realm.constructor).and_then(|c| c.as_callable()).map(|c| function_name(vm, c));
                if let Some(name) = name.filter(|n| !n.is_empty()) {
                    let msg =
                        format!("Cannot set property {} of #<{}> which has only a getter", key_text(vm, key), name);
                    return Err(vm.throw_error(ErrorKind::TypeError, &msg));
                }
            }
            return refuse(vm, holder, key, Refused::GetterOnly, strict);
        }
        if attrs & WRITABLE == 0 {
            return refuse(vm, holder, key, Refused::ReadOnly, strict);
        }
    }
    let Some(o) = this.as_object() else { return set_in(vm, this, key, v, strict) };
    if o.find(a).is_some() || (o.is_array() && a == vm.realm.length) {
        return put(vm, o, key, v, strict);
    }
    if !o.is_extensible() {
        return refuse(vm, o, key, Refused::NotExtensible, strict);
    }
    o.add_named(&mut vm.shapes, a, shape::DEFAULT_ATTRS, v);
    Ok(())
}

/// `o[key] = v` (see `set_in`).
pub fn put(vm: &mut Vm, o: &'static JsObject, key: PropKey, v: Value, strict: bool) -> JsResult<()> {
    let key = index_key(vm, o, key);
    if o.typed().is_some() && typed_element_key(vm, key) {
        // The element type's conversion, after ToNumber (which may run
        // valueOf); an index past the end (or a numeric name that is no
        // index) takes nothing and adds nothing.
        let d = ops::to_number(vm, v)?;
        if let (Some(view), PropKey::Index(i)) = (o.typed(), key) {
            view.set(i, d);
        }
        return Ok(());
    }
    if o.is_frozen() {
        let exists = match key {
            PropKey::Index(i) => o.has_index(i),
            PropKey::Name(a) => o.find(a).is_some() || (o.is_array() && a == vm.realm.length),
        };
        if exists {
            return refuse(vm, o, key, Refused::ReadOnly, strict);
        }
        // An inherited setter still takes the write (the object is not
        // changed by it).
        if let PropKey::Name(a) = key {
            if let Some((_, s)) = o.proto().as_object().and_then(|p| inherited_accessor(p, a)) {
                return call_setter_in(vm, o, key, s, v, strict);
            }
        }
        return refuse(vm, o, key, Refused::NotExtensible, strict);
    }
    match key {
        PropKey::Index(i) => {
            if !o.has_index(i) && !o.is_extensible() {
                return refuse(vm, o, key, Refused::NotExtensible, strict);
            }
            // An index at or past a read-only length would grow it: V8
            // blames the length.
            if o.is_array() && i >= o.length() && !o.length_writable() {
                let length = PropKey::Name(vm.realm.length);
                return refuse(vm, o, length, Refused::ReadOnly, strict);
            }
            o.set_index(&mut vm.heap, i, v);
            crate::closure::store_mapped(o, i, v);
            Ok(())
        }
        PropKey::Name(a) => {
            if o.is_array() && a == vm.realm.length {
                return set_array_length(vm, o, v, strict);
            }
            if o.find(a).is_none() && crate::global_object::is_global(vm, o) && crate::global_object::put(vm, a, v) {
                return Ok(());
            }
            if let Some(found) = o.find(a) {
                let attrs = attrs_of(found);
                if attrs & WRITABLE != 0 {
                    o.put_found(found, a, v);
                } else if attrs & shape::ACCESSOR != 0 {
                    if let Some((_, s)) = o.get_named(a).and_then(accessor_of) {
                        return call_setter_in(vm, o, key, s, v, strict);
                    }
                } else {
                    return refuse(vm, o, key, Refused::ReadOnly, strict);
                }
                return Ok(());
            }
            // An accessor on the prototype chain takes the write; a
            // read-only data property there refuses it (the write does not
            // shadow it).
            if (a == vm.realm.name || a == vm.realm.length) && inherits_virtual_fn_prop(vm, o, a) {
                return refuse(vm, o, key, Refused::ReadOnly, strict);
            }
            if let Some((holder, attrs)) = o.proto().as_object().and_then(|p| first_on_chain(p, a)) {
                if attrs & shape::ACCESSOR != 0 {
                    if let Some((_, s)) = holder.get_named(a).and_then(accessor_of) {
                        return call_setter_in(vm, o, key, s, v, strict);
                    }
                } else if attrs & WRITABLE == 0 || holder.is_frozen() {
                    return refuse(vm, o, key, Refused::ReadOnly, strict);
                }
            }
            if virtual_fn_prop(vm, o, a) || o.callable().is_some_and(|c| is_poison_name(vm, c, a)) {
                return refuse(vm, o, key, Refused::ReadOnly, strict);
            }
            if !o.is_extensible() {
                return refuse(vm, o, key, Refused::NotExtensible, strict);
            }
            o.add_named(&mut vm.shapes, a, shape::DEFAULT_ATTRS, v);
            Ok(())
        }
    }
}

/// How V8 names a value in messages (Object::NoSideEffectsToString):
/// primitives and functions as text; an error as `Name: message`; an
/// object whose `toString` is Object.prototype's as `#<Ctor>` (its
/// `constructor`, found without running getters); any other object as
/// `[object Tag]` (its string `Symbol.toStringTag`, else its class), so an
/// array reads `[object Array]`, a date `[object Date]` and `new Number(1)`
/// `[object Number]`, as they have `toString`s of their own.
pub fn receiver_text(vm: &Vm, v: Value) -> String {
    if let Some(c @ Callable::Native(_)) = v.as_callable() {
        // What Function.prototype.toString prints of a built-in.
        return if crate::calls::bound_parts(vm, v).is_some() {
            "function () { [native code] }".to_string()
        } else {
            format!("function {}() {{ [native code] }}", function_name(vm, c))
        };
    }
    let Some(o) = v.as_object().filter(|o| o.callable().is_none()) else {
        return crate::format::to_string(v);
    };
    let data = |a: shape::Atom| {
        o.lookup_named(a).filter(|x| !matches!(x.as_object().map(|x| &x.class), Some(ObjClass::Accessor(..))))
    };
    let to_string = data(vm.realm.to_string);
    let i = &vm.realm.intrinsics;
    if matches!(o.class, ObjClass::Error(_)) || (to_string.is_some() && to_string == Some(i.error_to_string)) {
        return error_text(vm, o);
    }
    if to_string.is_some() && to_string == Some(i.object_to_string) {
        if let Some(c) = data(vm.realm.constructor).and_then(|c| c.as_callable()) {
            let name = function_name(vm, c);
            if !name.is_empty() {
                return format!("#<{}>", name);
            }
        }
    }
    match data(i.tag).filter(|t| t.is_string()) {
        Some(t) => format!("[object {}]", crate::format::lossy(t)),
        None => format!("[object {}]", class_name(o)),
    }
}

/// An error as V8 names it in messages, without running getters: its
/// `name` and `message` data properties, `Error` and "" when they are
/// not strings.
fn error_text(vm: &Vm, o: &JsObject) -> String {
    let text = |a: shape::Atom| o.lookup_named(a).filter(|x| x.is_string()).map(crate::format::lossy);
    let name = text(vm.realm.name).unwrap_or("Error".into());
    let message = text(vm.realm.message).unwrap_or_default();
    match (name.is_empty(), message.is_empty()) {
        (true, _) => message.into_owned(),
        (_, true) => name.into_owned(),
        _ => format!("{}: {}", name, message),
    }
}

/// V8's JSReceiver::class_name: the kind of built-in object.
fn class_name(o: &JsObject) -> &'static str {
    match &o.class {
        _ if o.is_array() => "Array",
        ObjClass::Function(_) | ObjClass::Method(..) => "Function",
        ObjClass::Arguments(_) => "Arguments",
        ObjClass::Date(_) => "Date",
        ObjClass::Error(_) => "Error",
        ObjClass::RegExp(_) => "RegExp",
        ObjClass::Generator(_) => "Generator",
        ObjClass::Collection(_, k) => k.name(),
        ObjClass::Boxed(p) if p.is_number() => "Number",
        ObjClass::Boxed(p) if p.is_string() => "String",
        ObjClass::Boxed(p) if p.as_symbol().is_some() => "Symbol",
        ObjClass::Boxed(p) if p.is_bigint() => "BigInt",
        ObjClass::Boxed(_) => "Boolean",
        _ => "Object",
    }
}

fn attrs_of(f: crate::heap::object::Found) -> Attrs {
    match f {
        crate::heap::object::Found::Slot(_, a) | crate::heap::object::Found::Dict(a, _) => a,
    }
}

/// `a.length = v`: RangeError unless v is a valid array length.
pub fn set_array_length(vm: &mut Vm, o: &JsObject, v: Value, strict: bool) -> JsResult<()> {
    let n = array_length_value(vm, v)?;
    if !o.length_writable() {
        if strict {
            let msg = "Cannot assign to read only property 'length' of object '[object Array]'";
            return Err(vm.throw_error(ErrorKind::TypeError, msg));
        }
        return Ok(());
    }
    truncate_sealed(vm, o, n, strict)
}

/// A value given as an array's length, checked (ToUint32 must not change
/// it).
pub fn array_length_value(vm: &mut Vm, v: Value) -> JsResult<u32> {
    let n = ops::to_number(vm, v)?;
    if n < 0.0 || n > u32::MAX as f64 || n.fract() != 0.0 || n.is_nan() {
        return Err(vm.throw_error(ErrorKind::RangeError, "Invalid array length"));
    }
    Ok(n as u32)
}

/// Sets an array's length; a sealed one's elements cannot be deleted, so
/// (as ArraySetLength deletes from the end) the length stops just above
/// the last element at or past `n`, and strict code hears of it.
pub fn truncate_sealed(vm: &mut Vm, o: &JsObject, n: u32, strict: bool) -> JsResult<()> {
    if o.has_index_accessors() && n < o.length() && !o.is_frozen() {
        // Elements with attributes of their own go from the top down; a
        // non-configurable one stops the truncation just above it.
        let mut named: Vec<u32> = named_index_keys(vm, o).into_iter().filter(|&i| i >= n).collect();
        named.sort_unstable();
        while let Some(i) = named.pop() {
            let a = vm.atoms.intern(&i.to_string());
            let fixed = o.find(a).is_some_and(|found| attrs_of(found) & shape::CONFIGURABLE == 0);
            if fixed {
                o.set_length(i + 1);
                if strict {
                    let msg = format!("Cannot delete property '{}' of [object Array]", i);
                    return Err(vm.throw_error(ErrorKind::TypeError, &msg));
                }
                return Ok(());
            }
            o.delete_named(&mut vm.shapes, a);
        }
    }
    if o.elements_sealed() && n < o.length() {
        if let Some(last) = o.last_index_from(n) {
            o.set_length(last + 1);
            if strict {
                let msg = format!("Cannot delete property '{}' of [object Array]", last);
                return Err(vm.throw_error(ErrorKind::TypeError, &msg));
            }
            return Ok(());
        }
    }
    o.set_length(n);
    Ok(())
}

/// `delete obj[key]`: true unless the property is there and cannot be
/// removed.
pub fn delete(vm: &mut Vm, obj: Value, key: PropKey) -> JsResult<bool> {
    let Some(o) = obj.as_object() else {
        if obj.is_nullish() {
            let k = key_text(vm, key);
            let what = if obj == Value::NULL { "null" } else { "undefined" };
            let msg = format!("Cannot convert undefined or null to object (deleting '{}' of {})", k, what);
            let _ = msg;
            return Err(vm.throw_error(ErrorKind::TypeError, "Cannot convert undefined or null to object"));
        }
        // A string's `length` and characters are its own, not configurable.
        return Ok(!string_own(vm, obj, key));
    };
    if let ObjClass::Boxed(p) = o.class {
        if string_own(vm, p, key) {
            return Ok(false);
        }
    }
    let key = index_key(vm, o, key);
    if o.is_frozen() {
        return Ok(get_own(vm, o, key).is_none());
    }
    match key {
        PropKey::Index(i) => {
            if (o.elements_sealed() || o.typed().is_some()) && o.has_index(i) {
                return Ok(false);
            }
            o.delete_index(i);
            o.unmap(i);
        }
        PropKey::Name(a) => {
            if o.is_array() && a == vm.realm.length {
                return Ok(false);
            }
            if crate::global_object::is_global(vm, o) && crate::global_object::delete(vm, a) {
                return Ok(true);
            }
            if virtual_fn_prop(vm, o, a) {
                // A function's `name` and `length` are configurable: once
                // deleted, the prototype's are read (`''` and 0).
                let own = o.find(a);
                if own.is_some_and(|found| attrs_of(found) & shape::CONFIGURABLE == 0) {
                    return Ok(false);
                }
                if own.is_some() {
                    o.delete_named(&mut vm.shapes, a);
                }
                let marker = if a == vm.realm.name { vm.realm.name_deleted } else { vm.realm.length_deleted };
                o.add_named(&mut vm.shapes, marker, shape::PRIVATE, Value::TRUE);
                return Ok(true);
            }
            match o.find(a) {
                Some(found) if attrs_of(found) & shape::CONFIGURABLE == 0 => return Ok(false),
                Some(_) => o.delete_named(&mut vm.shapes, a),
                // A function's `prototype` not made yet is there all the
                // same, and not configurable.
                None if a == vm.realm.prototype && o.callable().is_some() => {
                    return Ok(get_own(vm, o, key).is_none());
                }
                None => {}
            }
        }
    }
    Ok(true)
}

/// Whether `key` is the `length` or a character index of string `s`
/// (false when `s` is no string).
fn string_own(vm: &Vm, s: Value, key: PropKey) -> bool {
    let Some(units) = s.as_js_str() else { return false };
    match key {
        PropKey::Index(i) => (i as usize) < units.len(),
        PropKey::Name(a) => a == vm.realm.length,
    }
}

/// `key in obj`.
pub fn has(vm: &mut Vm, key: Value, obj: Value) -> JsResult<bool> {
    let Some(o) = obj.as_object() else {
        let k = ops::to_string(vm, key)?;
        // V8 shows a string operand without quotes.
        let text = if obj.is_string() { crate::format::lossy(obj).into_owned() } else { crate::format::debug(obj) };
        let msg = format!("Cannot use 'in' operator to search for '{}' in {}", k, text);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    };
    let key = to_key(vm, key)?;
    let mut cur = o;
    loop {
        if get_own(vm, cur, key).is_some() {
            return Ok(true);
        }
        match cur.proto().as_object() {
            Some(p) => cur = p,
            None => return Ok(false),
        }
    }
}

/// The indices of `o`'s elements that have attributes of their own, kept
/// as named properties (see `index_key`); unordered.
pub fn named_index_keys(vm: &Vm, o: &JsObject) -> Vec<u32> {
    if !o.has_index_accessors() {
        return Vec::new();
    }
    o.named_entries().into_iter().filter_map(|(a, _, _)| shape::array_index(vm.atoms.name(a))).collect()
}

/// The own property keys of `o` in JavaScript's order; only enumerable
/// ones when `enumerable_only`.
pub fn own_keys(vm: &Vm, o: &JsObject, enumerable_only: bool) -> Vec<PropKey> {
    let mut keys: Vec<PropKey> = o.index_keys().into_iter().map(PropKey::Index).collect();
    if !enumerable_only && o.is_array() {
        keys.push(PropKey::Name(vm.realm.length));
    }
    if crate::global_object::is_global(vm, o) {
        keys.extend(crate::global_object::keys(vm, enumerable_only).into_iter().map(PropKey::Name));
    }
    for (a, attrs, _) in o.named_entries() {
        if (!enumerable_only || attrs & ENUMERABLE != 0) && !vm.atoms.is_symbol(a) {
            keys.push(PropKey::Name(a));
        }
    }
    if o.has_index_accessors() {
        // Accessors with index keys are listed with the elements, in
        // ascending order.
        let index = |k: &PropKey| match *k {
            PropKey::Index(i) => Some(i),
            PropKey::Name(a) => shape::array_index(vm.atoms.name(a)),
        };
        let (mut ix, named): (Vec<PropKey>, Vec<PropKey>) = keys.into_iter().partition(|k| index(k).is_some());
        ix.sort_by_key(|k| index(k));
        keys = ix;
        keys.extend(named);
        return keys;
    }
    keys
}

/// The own symbol-keyed properties of `o`, in the order they were added
/// (`Object.getOwnPropertySymbols`, `{...o}`, `Object.assign`).
pub fn own_symbol_keys(vm: &Vm, o: &JsObject, enumerable_only: bool) -> Vec<PropKey> {
    o.named_entries()
        .into_iter()
        .filter(|&(a, attrs, _)| (!enumerable_only || attrs & ENUMERABLE != 0) && vm.atoms.is_symbol(a))
        .map(|(a, _, _)| PropKey::Name(a))
        .collect()
}

/// The keys a `for...in` loop over `v` visits, and the shape whose cached
/// list they are (V8's enum cache): an object without elements, not in
/// dictionary mode, whose prototypes have no key to add, visits its
/// shape's enumerable names, made into strings once per shape.
pub fn for_in_list(vm: &mut Vm, v: Value) -> (shape::ForInKeys, Option<&'static shape::Shape>) {
    if let Some(o) = v.as_object() {
        let sh = o.shape();
        let plain = !sh.dictionary && !o.may_have_index_keys() && !crate::global_object::is_global(vm, o);
        let protos_add_none = || {
            let mut cur = sh.proto.as_object();
            while let Some(p) = cur {
                if crate::global_object::is_global(vm, p) || p.may_have_enumerable_keys(|a| vm.atoms.is_symbol(a)) {
                    return false;
                }
                cur = p.proto().as_object();
            }
            true
        };
        if plain && protos_add_none() {
            if let Some(keys) = sh.for_in.borrow().as_ref() {
                return (keys.clone(), Some(sh));
            }
            let mut keys = Vec::new();
            for &(a, at) in &sh.props {
                if at & ENUMERABLE != 0 && at & shape::PRIVATE == 0 && !vm.atoms.is_symbol(a) {
                    keys.push((PropKey::Name(a), vm.atom_string(a)));
                }
            }
            let keys: shape::ForInKeys = keys.into();
            *sh.for_in.borrow_mut() = Some(keys.clone());
            return (keys, Some(sh));
        }
    }
    let keys: Vec<(PropKey, Value)> = for_in_keys(vm, v).into_iter().map(|k| (k, Value::UNDEFINED)).collect();
    (keys.into(), None)
}

/// The keys `for...in` visits: own enumerable ones, then each
/// prototype's not already seen (a string's indices first).
pub fn for_in_keys(vm: &Vm, v: Value) -> Vec<PropKey> {
    let mut out = Vec::new();
    // A string's characters, or a String object's (virtual, not elements).
    let text = match v.as_object().map(|o| &o.class) {
        Some(crate::heap::ObjClass::Boxed(p)) => *p,
        _ => v,
    };
    if let Some(s) = text.as_js_str() {
        out.extend((0..s.len() as u32).map(PropKey::Index));
    }
    // The chain up to the last object that may add a key: the prototypes
    // above it (Object.prototype's built-ins, non-enumerable) add none.
    let mut chain: Vec<&JsObject> = Vec::new();
    let mut last = None;
    let mut cur = v.as_object();
    while let Some(o) = cur {
        chain.push(o);
        if crate::global_object::is_global(vm, o) || o.may_have_enumerable_keys(|a| vm.atoms.is_symbol(a)) {
            last = Some(chain.len());
        }
        cur = o.proto().as_object();
    }
    chain.truncate(last.unwrap_or(0));
    if out.is_empty() && chain.len() == 1 {
        // Only the object's own keys, which are distinct: no set of the
        // keys seen (hashing every key, the built-ins' too, was most of a
        // `for (c in table)` loop's time).
        return own_keys(vm, chain[0], true);
    }
    let mut seen: std::collections::HashSet<PropKey, foldhash::fast::FixedState> = out.iter().copied().collect();
    for o in chain {
        for k in own_keys(vm, o, false) {
            if seen.insert(k) && is_enumerable(vm, o, k) {
                out.push(k);
            }
        }
    }
    out
}

/// Whether `key` is still a property of `obj` (own or inherited).
pub fn has_key(vm: &mut Vm, obj: &'static JsObject, key: PropKey) -> bool {
    let mut cur = obj;
    loop {
        if get_own(vm, cur, key).is_some() {
            return true;
        }
        match cur.proto().as_object() {
            Some(p) => cur = p,
            None => return false,
        }
    }
}

fn is_enumerable(vm: &Vm, o: &JsObject, k: PropKey) -> bool {
    match k {
        PropKey::Index(_) => true,
        PropKey::Name(a) => match o.find(a) {
            Some(f) => attrs_of(f) & ENUMERABLE != 0,
            None => {
                crate::global_object::is_global(vm, o)
                    && crate::global_object::attrs(vm, a).is_some_and(|at| at & ENUMERABLE != 0)
            }
        },
    }
}

/// Defines (or overwrites) an own property with `attrs`, as built-ins and
/// object literals do.
pub fn define(vm: &mut Vm, o: &JsObject, key: PropKey, attrs: Attrs, v: Value) {
    match key {
        PropKey::Index(i) => o.set_index(&mut vm.heap, i, v),
        PropKey::Name(a) => match o.find(a) {
            Some(found) => o.put_found(found, a, v),
            None => o.add_named(&mut vm.shapes, a, attrs, v),
        },
    }
}

/// Defines a named property by its text.
pub fn define_named(vm: &mut Vm, o: Value, name: &str, attrs: Attrs, v: Value) {
    let key = key_of_str(vm, name);
    if let Some(o) = o.as_object() {
        define(vm, o, key, attrs, v);
    }
}

/// CreateDataPropertyOrThrow, as a class field and an object literal's
/// `key: v` define their property: an own data property, writable,
/// enumerable and configurable, whatever the prototypes hold (no setter
/// runs, no inherited read-only property refuses it) and replacing an own
/// configurable one (a class's `name` and `length` too). A fixed own
/// property or a closed object is a TypeError, worded as V8 words it.
pub fn define_field(vm: &mut Vm, o: &'static JsObject, key: PropKey, v: Value) -> JsResult<()> {
    let key = index_key(vm, o, key);
    let current = match key {
        PropKey::Index(i) => {
            let fixed = o.is_frozen() || o.elements_sealed();
            o.get_index(&mut vm.heap, i).map(|_| if fixed { 0 } else { shape::DEFAULT_ATTRS })
        }
        PropKey::Name(a) => match o.find(a) {
            Some(crate::heap::object::Found::Slot(_, attrs) | crate::heap::object::Found::Dict(attrs, _)) => {
                Some(attrs)
            }
            // A function's virtual `name` and `length`, an array's `length`,
            // a wrapped string's characters: as their own descriptors say.
            None => get_own(vm, o, key).map(|_| {
                let virtual_configurable = virtual_fn_prop(vm, o, a);
                if virtual_configurable {
                    shape::CONFIGURABLE
                } else {
                    0
                }
            }),
        },
    };
    match current {
        Some(attrs) if attrs & shape::CONFIGURABLE == 0 => {
            let k = key_text(vm, key);
            Err(vm.throw_error(ErrorKind::TypeError, &format!("Cannot redefine property: {k}")))
        }
        None if !o.is_extensible()
            || o.is_frozen()
            || o.is_array() && matches!(key, PropKey::Index(i) if i >= o.length() && !o.length_writable()) =>
        {
            let k = key_text(vm, key);
            Err(vm.throw_error(ErrorKind::TypeError, &format!("Cannot define property {k}, object is not extensible")))
        }
        _ => {
            match key {
                PropKey::Index(i) => o.set_index(&mut vm.heap, i, v),
                PropKey::Name(a) => o.redefine(&mut vm.shapes, a, shape::DEFAULT_ATTRS, v),
            }
            Ok(())
        }
    }
}
