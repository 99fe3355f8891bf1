//! `Object`, its static methods (`keys`, `assign`, `freeze`, `create`,
//! `defineProperty`, …), the methods of `Object.prototype`
//! (`hasOwnProperty`, `toString`, …), `Function.prototype.toString`, and
//! `Array.prototype.toString` when the array built-ins have not put one
//! there. Errors carry V8's wording.
//!
//! Property descriptors are data descriptors only: accessors (`get`,
//! `set`) are refused until the object model has them. Attributes of
//! indexed properties are not kept (elements have none): defining one
//! stores its value.

use crate::error::{ErrorKind, JsResult};
use crate::exec::call_function;
use crate::heap::shape::{Attrs, ACCESSOR, CONFIGURABLE, DEFAULT_ATTRS, ENUMERABLE, HIDDEN, WRITABLE};
use crate::heap::{Callable, JsObject, ObjClass, ObjKind, PropKey};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

fn type_error(vm: &mut Vm, msg: &str) -> crate::error::Thrown {
    vm.throw_error(ErrorKind::TypeError, msg)
}

fn not_object_coercible(vm: &mut Vm) -> crate::error::Thrown {
    type_error(vm, "Cannot convert undefined or null to object")
}

/// The prototype a primitive's methods come from.
fn proto_of_primitive(vm: &Vm, v: Value) -> Value {
    if v.is_number() {
        vm.realm.number_proto
    } else if v.is_string() {
        vm.realm.string_proto
    } else if v.as_symbol().is_some() {
        vm.realm.intrinsics.symbol_proto
    } else if v.is_bigint() {
        vm.realm.intrinsics.bigint_proto
    } else {
        vm.realm.boolean_proto
    }
}

/// ToObject: objects are themselves, a primitive is wrapped, undefined
/// and null throw.
pub fn to_object(vm: &mut Vm, v: Value) -> JsResult<Value> {
    if v.as_object().is_some() {
        return Ok(v);
    }
    if v.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    if v.as_error().is_some() {
        return Ok(v);
    }
    Ok(crate::property::wrap_primitive(vm, v))
}

/// `new String(x)`, `new Number(x)`, `new Boolean(x)`: primitive `v`
/// (already converted) wrapped in an object whose prototype comes from
/// new.target (the constructor, or a subclass of it). Called only while
/// `vm.new_target` is set.
pub fn box_primitive(vm: &mut Vm, v: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    let rv = s.root(v);
    let nt = s.new_target;
    let key = PropKey::Name(s.realm.prototype);
    let p = property::get(&mut s, nt, key)?;
    let v = s.get(rv);
    let proto = if p.as_object().is_some() { p } else { proto_of_primitive(&s, v) };
    let shape = s.shapes.root(proto);
    Ok(s.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Boxed(v)))))
}

/// The string a string primitive or a wrapped string holds.
fn string_of(v: Value) -> Option<Value> {
    if v.is_string() {
        return Some(v);
    }
    match v.as_object().map(|o| &o.class) {
        Some(ObjClass::Boxed(p)) if p.is_string() => Some(*p),
        _ => None,
    }
}

/// A string's length in UTF-16 code units.
fn utf16_len(s: Value) -> u32 {
    s.as_js_str().map_or(0, |s| s.len() as u32)
}

/// `v`'s own keys in JavaScript's order (only the enumerable ones when
/// `enumerable_only`): a string's indices first, then the object's.
pub(crate) fn own_keys_of(vm: &mut Vm, v: Value, enumerable_only: bool) -> JsResult<Vec<PropKey>> {
    if v.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    let mut keys = Vec::new();
    if let Some(s) = string_of(v) {
        keys.extend((0..utf16_len(s)).map(PropKey::Index));
        if !enumerable_only {
            keys.push(PropKey::Name(vm.realm.length));
        }
    }
    if let Some(o) = v.as_object() {
        if !enumerable_only {
            if let Some(c) = o.callable() {
                for a in [vm.realm.length, vm.realm.name] {
                    if property::virtual_fn_prop(vm, o, a) {
                        keys.push(PropKey::Name(a));
                    }
                }
                if matches!(c, Callable::Script(p) if property::has_legacy_own(p)) {
                    keys.push(PropKey::Name(vm.realm.arguments));
                    keys.push(PropKey::Name(vm.realm.caller));
                }
                let has_prototype = matches!(c, Callable::Script(p) if p.is_constructor() || p.info.generator);
                if has_prototype && o.get_named(vm.realm.prototype).is_none() {
                    keys.push(PropKey::Name(vm.realm.prototype));
                }
            }
        }
        // An own `length` or `name` (a bound function's) is listed once, first.
        let virtual_keys = keys.len();
        for k in property::own_keys(vm, o, enumerable_only) {
            if !keys[..virtual_keys].contains(&k) {
                keys.push(k);
            }
        }
    }
    Ok(keys)
}

/// `v[key]` for a value already known not to be undefined or null.
fn get(vm: &mut Vm, v: Value, key: PropKey) -> JsResult<Value> {
    if let (Some(s), PropKey::Index(i)) = (string_of(v), key) {
        if let Some(c) = property::string_index(vm, s, i) {
            return Ok(c);
        }
    }
    property::get(vm, v, key)
}

/// An array built from values made one at a time: each is pushed as soon
/// as it exists, so the array (rooted by the caller) keeps it alive.
fn push(vm: &mut Vm, arr: Value, v: Value) {
    if let Some(a) = arr.as_object() {
        a.push(&mut vm.heap, v);
    }
}

fn keys(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    let ks = own_keys_of(vm, o, true)?;
    let out = vm.new_array(Vec::new());
    let mut s = vm.scope();
    let r = s.root(out);
    for k in ks {
        let kv = property::key_value(&mut s, k);
        let arr = s.get(r);
        push(&mut s, arr, kv);
    }
    Ok(s.get(r))
}

fn values(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    let ks = own_keys_of(vm, o, true)?;
    let out = vm.new_array(Vec::new());
    let mut s = vm.scope();
    let r = s.root(out);
    for k in ks {
        let v = get(&mut s, o, k)?;
        let arr = s.get(r);
        push(&mut s, arr, v);
    }
    Ok(s.get(r))
}

fn entries(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    let ks = own_keys_of(vm, o, true)?;
    let out = vm.new_array(Vec::new());
    let mut s = vm.scope();
    let r = s.root(out);
    for k in ks {
        let v = get(&mut s, o, k)?;
        let rv = s.root(v);
        let kv = property::key_value(&mut s, k);
        let v = s.get(rv);
        let pair = s.new_array(vec![kv, v]);
        let arr = s.get(r);
        push(&mut s, arr, pair);
    }
    Ok(s.get(r))
}

/// The `'#<Object>'` V8 names an object by in messages.
fn object_label(vm: &Vm, o: &JsObject) -> String {
    format!("#<{}>", constructor_name(vm, o))
}

/// The name of the constructor of the first prototype that has one (V8's
/// GetConstructorName), "Object" when there is none.
pub fn constructor_name(vm: &Vm, o: &JsObject) -> String {
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if let Some(c) = p.get_named(vm.realm.constructor).and_then(|c| c.as_callable()) {
            let name = property::function_name(vm, c);
            if !name.is_empty() {
                return name;
            }
        }
        if cur == vm.realm.array_proto {
            return "Array".into();
        }
        cur = p.proto();
    }
    "Object".into()
}

/// `target[key] = v` as strict code does it (Object.assign): writes that
/// sloppy code drops silently throw.
fn attrs_of_own(o: &JsObject, a: crate::heap::shape::Atom) -> Option<Attrs> {
    match o.find(a)? {
        crate::heap::object::Found::Slot(_, attrs) | crate::heap::object::Found::Dict(attrs, _) => Some(attrs),
    }
}

fn assign(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let target = to_object(vm, arg(args, 0))?;
    let mut s = vm.scope();
    let rt = s.root(target);
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let mut keys = own_keys_of(&mut s, src, true)?;
        if let Some(o) = src.as_object() {
            keys.extend(property::own_symbol_keys(&s, o, true));
        }
        for k in keys {
            let v = get(&mut s, src, k)?;
            if let Some(t) = s.get(rt).as_object() {
                // [[Set]] with throw: a setter on the target or its chain
                // takes the value; a refused write is strict code's error.
                property::put(&mut s, t, k, v, true)?;
            }
        }
    }
    Ok(s.get(rt))
}

fn freeze(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    crate::stack::settle(vm, o);
    if let Some(obj) = o.as_object() {
        obj.freeze(&mut vm.shapes);
    }
    Ok(o)
}

/// True when no own property may change: frozen, or not extensible with
/// only read-only, non-configurable named properties and no elements
/// (V8 does not count an empty array's `length`).
fn frozen(o: &JsObject) -> bool {
    if o.is_frozen() {
        return true;
    }
    !o.is_extensible()
        && o.index_keys().is_empty()
        && o.named_entries().iter().all(|&(_, attrs, _)| attrs & (WRITABLE | CONFIGURABLE) == 0)
}

fn is_frozen(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_object().is_none_or(frozen)))
}

fn seal(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    crate::stack::settle(vm, o);
    if let Some(obj) = o.as_object() {
        if !obj.is_frozen() {
            for (a, attrs, v) in obj.named_entries() {
                obj.redefine(&mut vm.shapes, a, attrs & !CONFIGURABLE, v);
            }
        }
        obj.seal_elements(&mut vm.shapes);
    }
    Ok(o)
}

fn is_sealed(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let sealed = |o: &JsObject| {
        o.is_frozen()
            || !o.is_extensible()
                && (o.elements_sealed() || o.index_keys().is_empty())
                && o.named_entries().iter().all(|&(_, attrs, _)| attrs & CONFIGURABLE == 0)
    };
    Ok(Value::bool(arg(args, 0).as_object().is_none_or(sealed)))
}

fn prevent_extensions(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    if let Some(obj) = o.as_object() {
        obj.prevent_extensions(&mut vm.shapes);
    }
    Ok(o)
}

pub(super) fn is_extensible(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_object().is_some_and(|o| o.is_extensible() && !o.is_frozen())))
}

/// How V8 shows a value in "... may only be an Object or null: X".
fn plain_text(vm: &mut Vm, v: Value) -> String {
    match v.as_object() {
        Some(o) if o.callable().is_none() => object_label(vm, o),
        _ => crate::format::to_string(v),
    }
}

pub(super) fn check_proto(vm: &mut Vm, proto: Value) -> JsResult<()> {
    if proto == Value::NULL || proto.as_object().is_some() {
        return Ok(());
    }
    let text = plain_text(vm, proto);
    Err(type_error(vm, &format!("Object prototype may only be an Object or null: {}", text)))
}

fn from_entries(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut src = arg(args, 0);
    // Any other iterable (a Map, a generator of pairs): its entries
    // collected into an array first.
    if src.as_object().is_some() && src.as_array().is_none() {
        if let Some(m) = crate::iteration::iterator_method(vm, src)? {
            src = collect_iterable(vm, src, m)?;
        }
    }
    let mut s = vm.scope();
    let rsrc = s.root(src);
    let vm = &mut *s;
    let items = if src.as_array().is_some() {
        crate::objects::list_of(vm, src)
    } else if let Some(s) = src.as_js_str() {
        // A string's items are strings, never entries.
        if s.is_empty() {
            return Ok(vm.new_object());
        }
        let first = s.to_string_lossy().chars().next().map(String::from).unwrap_or_default();
        return Err(type_error(vm, &format!("Iterator value {} is not an entry object", first)));
    } else if src.is_nullish() {
        // V8 words null as undefined here.
        return Err(type_error(vm, "undefined is not iterable"));
    } else {
        let what = match crate::ops::type_of(src) {
            "object" | "function" => crate::ops::type_of(src).to_string(),
            t => format!("{} {}", t, crate::format::to_string(src)),
        };
        let msg = format!("{} is not iterable (cannot read property Symbol(Symbol.iterator))", what);
        return Err(type_error(vm, &msg));
    };
    let out = vm.new_object();
    let r = s.root(out);
    let _ = rsrc;
    for entry in items {
        if entry.as_object().is_none() {
            let text = crate::format::to_string(entry);
            return Err(type_error(&mut s, &format!("Iterator value {} is not an entry object", text)));
        }
        let k = property::get(&mut s, entry, PropKey::Index(0))?;
        let rk = s.root(k);
        let v = property::get(&mut s, entry, PropKey::Index(1))?;
        let rv = s.root(v);
        let k = s.get(rk);
        let key = property::to_key(&mut s, k)?;
        let v = s.get(rv);
        if let Some(o) = s.get(r).as_object() {
            property::define(&mut s, o, key, DEFAULT_ATTRS, v);
        }
    }
    Ok(s.get(r))
}

/// The values an iterable yields, as a new array.
fn collect_iterable(vm: &mut Vm, v: Value, method: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    let (it, next) = crate::iteration::open(&mut s, v, method)?;
    let (rit, rnext) = (s.root(it), s.root(next));
    let arr = s.new_array(Vec::new());
    let ra = s.root(arr);
    loop {
        let (it, next) = (s.get(rit), s.get(rnext));
        let Some(x) = crate::iteration::step(&mut s, it, next)? else { break };
        if let Some(a) = s.get(ra).as_object() {
            a.push(&mut s.heap, x);
        }
    }
    Ok(s.get(ra))
}

fn create(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let proto = arg(args, 0);
    check_proto(vm, proto)?;
    let o = vm.new_object_with_proto(proto);
    let props = arg(args, 1);
    if props != Value::UNDEFINED {
        let mut s = vm.scope();
        let r = s.root(o);
        define_properties_from(&mut s, o, props)?;
        return Ok(s.get(r));
    }
    Ok(o)
}

pub(super) fn get_prototype_of(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    Ok(match v.as_object() {
        Some(o) => o.proto(),
        None if v.as_error().is_some() => vm.realm.object_proto,
        None => proto_of_primitive(vm, v),
    })
}

pub(super) fn set_prototype_of(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (v, proto) = (arg(args, 0), arg(args, 1));
    if v.is_nullish() {
        return Err(type_error(vm, "Object.setPrototypeOf called on null or undefined"));
    }
    check_proto(vm, proto)?;
    let Some(o) = v.as_object() else { return Ok(v) };
    if o.proto() == proto {
        return Ok(v);
    }
    // Object.prototype is an immutable prototype exotic object.
    if v == vm.realm.object_proto {
        let msg = "Immutable prototype object 'Object.prototype' cannot have their prototype set";
        return Err(type_error(vm, msg));
    }
    if !o.is_extensible() {
        let label = object_label(vm, o);
        return Err(type_error(vm, &format!("{} is not extensible", label)));
    }
    let mut cur = proto;
    while let Some(p) = cur.as_object() {
        if cur == v {
            return Err(type_error(vm, "Cyclic __proto__ value"));
        }
        cur = p.proto();
    }
    o.set_proto(&mut vm.shapes, proto);
    Ok(v)
}

/// `get Object.prototype.__proto__`.
fn proto_get(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = to_object(vm, this)?;
    get_prototype_of(vm, Value::UNDEFINED, &[o])
}

/// `set Object.prototype.__proto__`: a value that is neither an object
/// nor null, or a primitive receiver, changes nothing.
fn proto_set(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(type_error(vm, "Object.prototype.__proto__ called on null or undefined"));
    }
    let proto = arg(args, 0);
    if this.as_object().is_none() || !(proto == Value::NULL || proto.as_object().is_some()) {
        return Ok(Value::UNDEFINED);
    }
    set_prototype_of(vm, Value::UNDEFINED, &[this, proto])?;
    Ok(Value::UNDEFINED)
}

/// `Object.getOwnPropertySymbols(o)`: its symbol keys, in order.
pub(super) fn get_own_property_symbols(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(vm, arg(args, 0))?;
    let keys = o.as_object().map(|o| property::own_symbol_keys(vm, o, false)).unwrap_or_default();
    let syms = keys.into_iter().map(|k| property::key_value(vm, k)).collect();
    Ok(vm.new_array(syms))
}

/// `Object.getOwnPropertyDescriptors(o)`: every own key's descriptor,
/// names (in key order) then symbols.
fn get_own_property_descriptors(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    let mut ks = own_keys_of(vm, v, false)?;
    if let Some(o) = v.as_object() {
        ks.extend(property::own_symbol_keys(vm, o, false));
    }
    let mut s = vm.scope();
    let rv = s.root(v);
    let out = s.new_object();
    let r = s.root(out);
    for k in ks {
        let kv = property::key_value(&mut s, k);
        let rk = s.root(kv);
        let args = [s.get(rv), s.get(rk)];
        let d = get_own_property_descriptor(&mut s, Value::UNDEFINED, &args)?;
        let rd = s.root(d);
        let target = s.get(r);
        let d = s.get(rd);
        property::set(&mut s, target, k, d)?;
    }
    Ok(s.get(r))
}

pub(super) fn get_own_property_names(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let ks = own_keys_of(vm, arg(args, 0), false)?;
    let out = vm.new_array(Vec::new());
    let mut s = vm.scope();
    let r = s.root(out);
    for k in ks {
        let kv = property::key_value(&mut s, k);
        let arr = s.get(r);
        push(&mut s, arr, kv);
    }
    Ok(s.get(r))
}

/// A data descriptor read from a descriptor object: each field if given.
#[derive(Default)]
pub(super) struct Descriptor {
    value: Option<Value>,
    writable: Option<bool>,
    enumerable: Option<bool>,
    configurable: Option<bool>,
    get: Option<Value>,
    set: Option<Value>,
}

impl Descriptor {
    /// `{value: v}`: a new value, the attributes kept.
    pub(super) fn value(v: Value) -> Descriptor {
        Descriptor { value: Some(v), writable: None, enumerable: None, configurable: None, get: None, set: None }
    }

    /// CreateDataProperty's descriptor: writable, enumerable, configurable.
    pub(super) fn data(v: Value) -> Descriptor {
        let t = Some(true);
        Descriptor { value: Some(v), writable: t, enumerable: t, configurable: t, get: None, set: None }
    }
}

/// ToPropertyDescriptor (data descriptors only). The value it returns is
/// reachable from `desc`, which the caller keeps rooted.
pub(super) fn to_descriptor(vm: &mut Vm, desc: Value) -> JsResult<Descriptor> {
    if desc.as_object().is_none() {
        let text = plain_text(vm, desc);
        return Err(type_error(vm, &format!("Property description must be an object: {}", text)));
    }
    let mut d = Descriptor::default();
    let field = |vm: &mut Vm, name: &str| -> JsResult<Option<Value>> {
        let key = property::key_of_str(vm, name);
        let name_value = property::key_value(vm, key);
        if property::has(vm, name_value, desc)? {
            Ok(Some(property::get(vm, desc, key)?))
        } else {
            Ok(None)
        }
    };
    d.enumerable = field(vm, "enumerable")?.map(Value::truthy);
    d.configurable = field(vm, "configurable")?.map(Value::truthy);
    d.value = field(vm, "value")?;
    d.writable = field(vm, "writable")?.map(Value::truthy);
    d.get = field(vm, "get")?;
    d.set = field(vm, "set")?;
    for (f, what) in [(d.get, "Getter"), (d.set, "Setter")] {
        if let Some(f) = f.filter(|f| *f != Value::UNDEFINED && f.as_callable().is_none()) {
            let text = plain_text(vm, f);
            return Err(type_error(vm, &format!("{} must be a function: {}", what, text)));
        }
    }
    if (d.get.is_some() || d.set.is_some()) && (d.value.is_some() || d.writable.is_some()) {
        let label = match desc.as_object() {
            Some(o) => object_label(vm, o),
            None => String::new(),
        };
        let msg = format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {}",
            label
        );
        return Err(type_error(vm, &msg));
    }
    Ok(d)
}

/// The attributes every element of `o` has (elements carry none of
/// their own): a frozen object's are read-only, a sealed one's fixed. An
/// element given others moves to a named property (`named_element`).
fn element_attrs(o: &JsObject) -> Attrs {
    if o.is_frozen() {
        ENUMERABLE
    } else if o.elements_sealed() {
        ENUMERABLE | WRITABLE
    } else {
        DEFAULT_ATTRS
    }
}

/// Element `i` of `o` is to have attributes of its own (read-only,
/// hidden, fixed, an accessor): it leaves the elements for a named
/// property under its index's text, where the shape keeps attributes.
/// `property::index_key` finds it there, and the INDEX_ACCESSORS flag (with
/// MAPPED) sends every element store that compiled code or the
/// interpreter would do itself to the runtime, which checks them; a read
/// finds a hole and takes the runtime's path too. An array grows over it.
/// Returns the name.
fn named_element(vm: &mut Vm, o: &JsObject, i: u32) -> crate::heap::shape::Atom {
    o.delete_index(i);
    o.mark_index_accessors();
    if o.is_array() && i >= o.length() {
        o.set_length(i + 1);
    }
    vm.atoms.intern(&i.to_string())
}

/// Whether `key` is an index at or past an array's read-only length,
/// which no definition may add (V8 words it as for a closed object).
fn past_fixed_length(o: &JsObject, key: PropKey) -> bool {
    matches!(key, PropKey::Index(i) if o.is_array() && i >= o.length() && !o.length_writable())
}

/// SameValue.
fn same_value(a: Value, b: Value) -> bool {
    match (a.as_number(), b.as_number()) {
        (Some(x), Some(y)) => (x.is_nan() && y.is_nan()) || (x == y && x.is_sign_negative() == y.is_sign_negative()),
        _ => crate::ops::strict_equals(a, b),
    }
}

/// ValidateAndApplyPropertyDescriptor for a data descriptor.
pub(super) fn define_own(vm: &mut Vm, o: &'static JsObject, key: PropKey, d: Descriptor) -> JsResult<()> {
    // An error's lazy `stack` is a data property to the program.
    crate::stack::settle(vm, property::object_value(o));
    let redefine = |vm: &mut Vm| {
        let k = property::key_text(vm, key);
        type_error(vm, &format!("Cannot redefine property: {}", k))
    };
    // An element with attributes of its own lives under the index's text
    // (`named_element`).
    let key = property::index_key(vm, o, key);
    let current = match key {
        PropKey::Index(i) => {
            let attrs = element_attrs(o);
            o.get_index(&mut vm.heap, i).map(|v| (attrs, v))
        }
        PropKey::Name(a) if o.is_array() && a == vm.realm.length => return define_array_length(vm, o, d),
        PropKey::Name(a) => match attrs_of_own(o, a) {
            Some(attrs) => Some((attrs, o.get_named(a).unwrap_or(Value::UNDEFINED))),
            // A function's `name` and `length` are read-only but
            // configurable: defining one makes it a real property.
            None if property::virtual_fn_prop(vm, o, a) => property::get_own(vm, o, key).map(|v| (CONFIGURABLE, v)),
            None => None,
        },
    };
    if d.get.is_some() || d.set.is_some() {
        return define_accessor_own(vm, o, key, d, current);
    }
    let attrs = match current {
        None => {
            if !o.is_extensible() || o.is_frozen() || past_fixed_length(o, key) {
                let k = property::key_text(vm, key);
                return Err(type_error(vm, &format!("Cannot define property {}, object is not extensible", k)));
            }
            let bit = |b: Option<bool>, f: Attrs| if b == Some(true) { f } else { 0 };
            bit(d.enumerable, ENUMERABLE) | bit(d.writable, WRITABLE) | bit(d.configurable, CONFIGURABLE)
        }
        Some((attrs, v)) => {
            if attrs & CONFIGURABLE == 0 {
                let changes_enum = d.enumerable.is_some_and(|e| e != (attrs & ENUMERABLE != 0));
                let read_only = attrs & WRITABLE == 0;
                if d.configurable == Some(true)
                    || changes_enum
                    || read_only && (d.writable == Some(true) || d.value.is_some_and(|nv| !same_value(nv, v)))
                {
                    return Err(redefine(vm));
                }
            }
            let set = |b: Option<bool>, f: Attrs, attrs: Attrs| match b {
                Some(true) => attrs | f,
                Some(false) => attrs & !f,
                None => attrs,
            };
            // An accessor becoming a data property starts read-only.
            let attrs = if attrs & ACCESSOR != 0 { attrs & !ACCESSOR } else { attrs };
            set(d.configurable, CONFIGURABLE, set(d.writable, WRITABLE, set(d.enumerable, ENUMERABLE, attrs)))
        }
    };
    let old = current.filter(|&(a, _)| a & ACCESSOR == 0).map(|(_, v)| v);
    let value = d.value.or(old).unwrap_or(Value::UNDEFINED);
    match key {
        PropKey::Index(i) if attrs == element_attrs(o) => {
            if !o.is_frozen() {
                o.set_index(&mut vm.heap, i, value);
            }
        }
        PropKey::Index(i) => {
            let a = named_element(vm, o, i);
            o.redefine(&mut vm.shapes, a, attrs, value);
        }
        PropKey::Name(a) => o.redefine(&mut vm.shapes, a, attrs, value),
    }
    Ok(())
}

/// ArrayDefineOwnProperty for `length`: never configurable or
/// enumerable, and once read-only (`writable: false`, which compiled
/// `push`/`pop` see in the object's flags) its value is fixed.
fn define_array_length(vm: &mut Vm, o: &'static JsObject, d: Descriptor) -> JsResult<()> {
    let n = match d.value {
        Some(v) => Some(property::array_length_value(vm, v)?),
        None => None,
    };
    let fixed = !o.length_writable();
    if d.get.is_some()
        || d.set.is_some()
        || d.configurable == Some(true)
        || d.enumerable == Some(true)
        || fixed && (d.writable == Some(true) || n.is_some_and(|n| n != o.length()))
    {
        return Err(type_error(vm, "Cannot redefine property: length"));
    }
    if let Some(n) = n.filter(|_| !fixed) {
        property::truncate_sealed(vm, o, n, true)?;
    }
    if d.writable == Some(false) {
        o.make_length_readonly();
    }
    Ok(())
}

/// ValidateAndApplyPropertyDescriptor for an accessor descriptor.
fn define_accessor_own(
    vm: &mut Vm,
    o: &'static JsObject,
    key: PropKey,
    d: Descriptor,
    current: Option<(Attrs, Value)>,
) -> JsResult<()> {
    let old_pair = current.and_then(|(at, v)| if at & ACCESSOR != 0 { property::accessor_of(v) } else { None });
    let base = match current {
        None => {
            if !o.is_extensible() || o.is_frozen() || past_fixed_length(o, key) {
                let k = property::key_text(vm, key);
                return Err(type_error(vm, &format!("Cannot define property {}, object is not extensible", k)));
            }
            0
        }
        Some((attrs, _)) => {
            if attrs & CONFIGURABLE == 0 {
                let same = |new: Option<Value>, old: Option<Value>| new.is_none_or(|n| Some(n) == old);
                let unchanged = old_pair.is_some_and(|(g, st)| same(d.get, Some(g)) && same(d.set, Some(st)))
                    && d.configurable != Some(true)
                    && d.enumerable.is_none_or(|e| e == (attrs & ENUMERABLE != 0));
                if !unchanged {
                    let k = property::key_text(vm, key);
                    return Err(type_error(vm, &format!("Cannot redefine property: {}", k)));
                }
            }
            attrs & (ENUMERABLE | CONFIGURABLE)
        }
    };
    let bit = |b: Option<bool>, f: Attrs, attrs: Attrs| match b {
        Some(true) => attrs | f,
        Some(false) => attrs & !f,
        None => attrs,
    };
    let attrs = bit(d.configurable, CONFIGURABLE, bit(d.enumerable, ENUMERABLE, base)) | ACCESSOR;
    let (og, os) = old_pair.unwrap_or((Value::UNDEFINED, Value::UNDEFINED));
    let pair = property::new_accessor_pair(vm, d.get.unwrap_or(og), d.set.unwrap_or(os));
    let a = match key {
        PropKey::Name(a) => a,
        PropKey::Index(i) => named_element(vm, o, i),
    };
    o.redefine(&mut vm.shapes, a, attrs, pair);
    Ok(())
}

fn define_property(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let (o, key, desc) = (arg(args, 0), arg(args, 1), arg(args, 2));
    let Some(obj) = o.as_object() else {
        return Err(type_error(vm, "Object.defineProperty called on non-object"));
    };
    let key = property::to_key(vm, key)?;
    let d = to_descriptor(vm, desc)?;
    define_own(vm, obj, key, d)?;
    Ok(o)
}

/// ObjectDefineProperties: every descriptor is read before any property
/// is defined, as the specification orders it.
fn define_properties_from(vm: &mut Vm, o: Value, props: Value) -> JsResult<()> {
    let Some(obj) = o.as_object() else {
        return Err(type_error(vm, "Object.defineProperties called on non-object"));
    };
    let keys = own_keys_of(vm, props, true)?;
    let mut s = vm.scope();
    let mut descs = Vec::new();
    for k in keys {
        let desc = get(&mut s, props, k)?;
        s.root(desc);
        descs.push((k, to_descriptor(&mut s, desc)?));
    }
    for (k, d) in descs {
        define_own(&mut s, obj, k, d)?;
    }
    Ok(())
}

fn define_properties(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    define_properties_from(vm, o, arg(args, 1))?;
    Ok(o)
}

/// The attributes and value (an accessor pair for an accessor) of own
/// property `key` of `v`, as [[GetOwnProperty]] finds it.
pub(super) fn own_descriptor(vm: &mut Vm, v: Value, key: PropKey) -> JsResult<Option<(Attrs, Value)>> {
    let key = v.as_object().map_or(key, |o| property::index_key(vm, o, key));
    let found = match (v.as_object(), string_of(v), key) {
        (_, Some(s), PropKey::Index(i)) if i < utf16_len(s) => Some((ENUMERABLE, get(vm, v, key)?)),
        (_, Some(s), PropKey::Name(a)) if a == vm.realm.length => Some((0, Value::smi(utf16_len(s) as i32))),
        (Some(o), _, PropKey::Index(i)) => o.get_index(&mut vm.heap, i).map(|x| (element_attrs(o), x)),
        (Some(o), _, PropKey::Name(a)) => match attrs_of_own(o, a) {
            Some(attrs) => Some((attrs, o.get_named(a).unwrap_or(Value::UNDEFINED))),
            None if crate::global_object::is_global(vm, o) => {
                let attrs = crate::global_object::attrs(vm, a);
                attrs.and_then(|attrs| Some((attrs, crate::global_object::get(vm, a)?)))
            }
            None => {
                let poison = o.callable().is_some_and(|c| property::is_poison_name(vm, c, a));
                let attrs = if poison || (o.is_array() && a == vm.realm.length && !o.length_writable()) {
                    0
                } else if o.is_array() || a == vm.realm.prototype {
                    WRITABLE
                } else {
                    CONFIGURABLE
                };
                property::get_own(vm, o, key).map(|x| (attrs, x))
            }
        },
        _ => None,
    };
    Ok(found)
}

pub(super) fn get_own_property_descriptor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    let key = property::to_key(vm, arg(args, 1))?;
    crate::stack::settle(vm, v);
    let found = own_descriptor(vm, v, key)?;
    let Some((attrs, value)) = found else { return Ok(Value::UNDEFINED) };
    let mut s = vm.scope();
    let rv = s.root(value);
    let d = s.new_object();
    let rd = s.root(d);
    if let Some((g, st)) = property::accessor_of(value).filter(|_| attrs & ACCESSOR != 0) {
        let fields = [
            ("get", g),
            ("set", st),
            ("enumerable", Value::bool(attrs & ENUMERABLE != 0)),
            ("configurable", Value::bool(attrs & CONFIGURABLE != 0)),
        ];
        for (name, x) in fields {
            let d = s.get(rd);
            property::define_named(&mut s, d, name, DEFAULT_ATTRS, x);
        }
        return Ok(s.get(rd));
    }
    let fields = [
        ("value", s.get(rv)),
        ("writable", Value::bool(attrs & WRITABLE != 0)),
        ("enumerable", Value::bool(attrs & ENUMERABLE != 0)),
        ("configurable", Value::bool(attrs & CONFIGURABLE != 0)),
    ];
    for (name, x) in fields {
        let d = s.get(rd);
        property::define_named(&mut s, d, name, DEFAULT_ATTRS, x);
    }
    Ok(s.get(rd))
}

fn is(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(same_value(arg(args, 0), arg(args, 1))))
}

/// `Object(v)` and `new Object(v)`.
fn object(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(vm.new_object());
    }
    to_object(vm, v)
}

// ----- Object.prototype -----

fn has_own(vm: &mut Vm, v: Value, key: PropKey) -> JsResult<bool> {
    if v.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    if let Some(s) = string_of(v) {
        match key {
            PropKey::Index(i) if i < utf16_len(s) => return Ok(true),
            PropKey::Name(a) if a == vm.realm.length => return Ok(true),
            _ => {}
        }
    }
    Ok(match v.as_object() {
        Some(o) => property::get_own(vm, o, key).is_some(),
        None => false,
    })
}

/// `o.__defineGetter__(key, f)` / `__defineSetter__` (Annex B, which old
/// programs still use): an enumerable, configurable accessor half.
fn define_getter_or_setter(vm: &mut Vm, this: Value, args: &[Value], set: bool) -> JsResult<Value> {
    let o = to_object(vm, this)?;
    let f = arg(args, 1);
    if f.as_callable().is_none() {
        let which = if set { "__defineSetter__" } else { "__defineGetter__" };
        return Err(type_error(vm, &format!("Object.prototype.{which}: Expecting function")));
    }
    let mut s = vm.scope();
    s.root(o);
    let key = property::to_key(&mut s, arg(args, 0))?;
    let Some(obj) = o.as_object() else { return Ok(Value::UNDEFINED) };
    let (get, put) = if set { (None, Some(f)) } else { (Some(f), None) };
    let d = Descriptor { value: None, writable: None, enumerable: Some(true), configurable: Some(true), get, set: put };
    define_own(&mut s, obj, key, d)?;
    Ok(Value::UNDEFINED)
}

fn define_getter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    define_getter_or_setter(vm, this, args, false)
}

fn define_setter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    define_getter_or_setter(vm, this, args, true)
}

/// `o.__lookupGetter__(key)` / `__lookupSetter__`: the accessor half of
/// the first property named `key` on the prototype chain (undefined if
/// that property is data, or there is none).
fn lookup_getter_or_setter(vm: &mut Vm, this: Value, args: &[Value], set: bool) -> JsResult<Value> {
    let mut o = to_object(vm, this)?;
    let mut s = vm.scope();
    s.root(o);
    let key = property::to_key(&mut s, arg(args, 0))?;
    loop {
        if let Some((attrs, v)) = own_descriptor(&mut s, o, key)? {
            return Ok(match property::accessor_of(v).filter(|_| attrs & ACCESSOR != 0) {
                Some((g, st)) => {
                    if set {
                        st
                    } else {
                        g
                    }
                }
                None => Value::UNDEFINED,
            });
        }
        match o.as_object().map(|x| x.proto()) {
            Some(p) if p.as_object().is_some() => o = p,
            _ => return Ok(Value::UNDEFINED),
        }
    }
}

fn lookup_getter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    lookup_getter_or_setter(vm, this, args, false)
}

fn lookup_setter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    lookup_getter_or_setter(vm, this, args, true)
}

fn has_own_property(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let key = property::to_key(vm, arg(args, 0))?;
    Ok(Value::bool(has_own(vm, this, key)?))
}

fn object_has_own(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    let key = property::to_key(vm, arg(args, 1))?;
    Ok(Value::bool(has_own(vm, v, key)?))
}

/// Object.prototype.toString's `[object Tag]`.
fn tag_of(v: Value) -> &'static str {
    if v == Value::UNDEFINED {
        return "Undefined";
    }
    if v == Value::NULL {
        return "Null";
    }
    if v.is_number() {
        return "Number";
    }
    if v.is_string() {
        return "String";
    }
    if v == Value::TRUE || v == Value::FALSE {
        return "Boolean";
    }
    if v.as_error().is_some() {
        return "Error";
    }
    let Some(o) = v.as_object() else { return "Object" };
    match &o.class {
        ObjClass::Array => "Array",
        // A class and its methods are functions with a home object.
        ObjClass::Function(_) | ObjClass::Method(..) => "Function",
        ObjClass::Boxed(p) => tag_of(*p),
        ObjClass::Error(_) => "Error",
        ObjClass::Date(_) => "Date",
        ObjClass::RegExp(_) => "RegExp",
        ObjClass::Arguments(_) => "Arguments",
        _ => "Object",
    }
}

pub(crate) fn object_to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    // `Symbol.toStringTag`, when it is a string, names the object.
    if !this.is_nullish() {
        let key = PropKey::Name(vm.realm.intrinsics.tag);
        let t = property::get(vm, this, key)?;
        if t.is_string() {
            let text = format!("[object {}]", crate::format::to_string(t));
            return Ok(vm.string(text));
        }
    }
    let text = format!("[object {}]", tag_of(this));
    Ok(vm.string(text))
}

fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    let f = property::get(vm, this, PropKey::Name(vm.realm.to_string))?;
    call_function(vm, f, this, &[])
}

fn value_of(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    to_object(vm, this)
}

fn is_prototype_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let Some(o) = arg(args, 0).as_object() else { return Ok(Value::FALSE) };
    let me = to_object(vm, this)?;
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if cur == me {
            return Ok(Value::TRUE);
        }
        cur = p.proto();
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let key = property::to_key(vm, arg(args, 0))?;
    if this.is_nullish() {
        return Err(not_object_coercible(vm));
    }
    if let (Some(s), PropKey::Index(i)) = (string_of(this), key) {
        if i < utf16_len(s) {
            return Ok(Value::TRUE);
        }
    }
    let Some(o) = this.as_object() else { return Ok(Value::FALSE) };
    Ok(Value::bool(match key {
        PropKey::Index(i) => o.has_index(i),
        PropKey::Name(a) => attrs_of_own(o, a)
            .or_else(|| crate::global_object::is_global(vm, o).then(|| crate::global_object::attrs(vm, a)).flatten())
            .is_some_and(|attrs| attrs & ENUMERABLE != 0),
    }))
}

// ----- Function.prototype, Array.prototype -----

fn function_to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let text = match this.as_callable() {
        Some(Callable::Script(p)) => {
            p.source.text.get(p.text.start as usize..p.text.end as usize).unwrap_or("").to_string()
        }
        Some(Callable::Native(_)) if super::is_bound(vm, this) => "function () { [native code] }".to_string(),
        Some(c @ Callable::Native(_)) => format!("function {}() {{ [native code] }}", property::function_name(vm, c)),
        None => return Err(type_error(vm, "Function.prototype.toString requires that 'this' be a Function")),
    };
    Ok(vm.string(text))
}

fn not_callable(vm: &mut Vm, this: Value, method: &str) -> crate::error::Thrown {
    let _ = this;
    type_error(vm, &format!("Function.prototype.{} called on a value that is not a function", method))
}

fn function_call(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.as_callable().is_none() {
        return Err(not_callable(vm, this, "call"));
    }
    call_function(vm, this, arg(args, 0), args.get(1..).unwrap_or(&[]))
}

/// `f.apply(this, list)`: the arguments are an array-like's items (holes
/// read as undefined); undefined or null means none.
fn function_apply(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.as_callable().is_none() {
        return Err(not_callable(vm, this, "apply"));
    }
    let list = arg(args, 1);
    let items = if list.is_nullish() {
        Vec::new()
    } else if list.as_object().is_some() {
        list_from_array_like(vm, list)?
    } else {
        return Err(type_error(vm, "CreateListFromArrayLike called on non-object"));
    };
    call_function(vm, this, arg(args, 0), &items)
}

/// Array.prototype.toString: `this.join()` when there is one.
fn array_to_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = to_object(vm, this)?;
    let key = property::key_of_str(vm, "join");
    let join = property::get(vm, o, key)?;
    if join.as_callable().is_some() {
        return call_function(vm, join, o, &[]);
    }
    object_to_string(vm, o, args)
}

pub fn install(vm: &mut Vm) {
    let ctor = vm.native_constructor("Object", 1, object);
    let statics: &[(&'static str, u8, crate::vm::NativeFn)] = &[
        ("assign", 2, assign),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getOwnPropertyDescriptors", 1, get_own_property_descriptors),
        ("getOwnPropertyNames", 1, get_own_property_names),
        ("getOwnPropertySymbols", 1, get_own_property_symbols),
        ("hasOwn", 2, object_has_own),
        ("is", 2, is),
        ("preventExtensions", 1, prevent_extensions),
        ("seal", 1, seal),
        ("create", 2, create),
        ("defineProperties", 2, define_properties),
        ("defineProperty", 3, define_property),
        ("freeze", 1, freeze),
        ("getPrototypeOf", 1, get_prototype_of),
        ("setPrototypeOf", 2, set_prototype_of),
        ("isExtensible", 1, is_extensible),
        ("isFrozen", 1, is_frozen),
        ("isSealed", 1, is_sealed),
        ("keys", 1, keys),
        ("entries", 1, entries),
        ("values", 1, values),
        ("fromEntries", 1, from_entries),
    ];
    for &(name, len, f) in statics {
        super::method(vm, ctor, name, len, f);
    }
    let proto = vm.realm.object_proto;
    property::define_named(vm, ctor, "prototype", 0, proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    let methods: &[(&'static str, u8, crate::vm::NativeFn)] = &[
        ("hasOwnProperty", 1, has_own_property),
        ("isPrototypeOf", 1, is_prototype_of),
        ("propertyIsEnumerable", 1, property_is_enumerable),
        ("toString", 0, object_to_string),
        ("valueOf", 0, value_of),
        ("toLocaleString", 0, to_locale_string),
        ("__defineGetter__", 2, define_getter),
        ("__defineSetter__", 2, define_setter),
        ("__lookupGetter__", 1, lookup_getter),
        ("__lookupSetter__", 1, lookup_setter),
    ];
    for &(name, len, f) in methods {
        super::method(vm, proto, name, len, f);
    }
    if let Some(f) = proto.as_object().and_then(|p| p.get_named(vm.realm.to_string)) {
        vm.pin_value(f);
        vm.realm.intrinsics.object_to_string = f;
    }
    // `o.__proto__`, the ES5-era way to read and set a prototype.
    if let Some(p) = proto.as_object() {
        let a = vm.atoms.intern("__proto__");
        let getter = vm.native_function("get __proto__", 0, proto_get);
        property::define_accessor(vm, p, a, false, getter, CONFIGURABLE);
        let setter = vm.native_function("set __proto__", 1, proto_set);
        property::define_accessor(vm, p, a, true, setter, CONFIGURABLE);
    }
    let fproto = vm.realm.function_proto;
    super::method(vm, fproto, "toString", 0, function_to_string);
    for f in
        [super::method(vm, fproto, "call", 1, function_call), super::method(vm, fproto, "apply", 2, function_apply)]
    {
        super::frameless(vm, f);
    }
    // The array built-ins may have installed their own.
    let aproto = vm.realm.array_proto;
    let to_string = vm.realm.to_string;
    if aproto.as_object().is_some_and(|a| a.get_named(to_string).is_none()) {
        super::method(vm, aproto, "toString", 0, array_to_string);
    }
    super::global(vm, "Object", ctor);
}

/// CreateListFromArrayLike, as `f.apply(this, list)` reads its list: an
/// array's or an `arguments` object's items directly, any other object
/// through its `length` and index getters (`Math.max.apply(null,
/// arguments)` and `{length: 2, 0: a, 1: b}` are the ES5 idioms). A length
/// longer than any stack could hold fails as the call would, before the
/// list is made.
pub(super) fn list_from_array_like(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    if let Some(items) = crate::objects::arguments_items(vm, v)? {
        return Ok(items);
    }
    if v.as_array().is_some() {
        return Ok(crate::objects::list_of(vm, v));
    }
    let len = super::array_length_of(vm, v)?;
    if len > crate::vm::STACK_SLOTS as u64 {
        return Err(crate::calls::stack_overflow(vm));
    }
    let mut items = Vec::with_capacity(len as usize);
    for i in 0..len as u32 {
        items.push(crate::property::get(vm, v, crate::heap::PropKey::Index(i))?);
    }
    Ok(items)
}
