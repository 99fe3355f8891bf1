//! `Symbol`: `Symbol()`, `Symbol(desc)`, `description`, `toString`,
//! `valueOf`, `Symbol.for`/`Symbol.keyFor` and the well-known
//! `Symbol.iterator`, `Symbol.toStringTag`, `Symbol.toPrimitive` (honoured
//! by `ops::to_primitive`), `Symbol.hasInstance` (by `instanceof`),
//! `Symbol.isConcatSpreadable` (by `concat`), `Symbol.match`, `matchAll`,
//! `replace`, `search`, `split` (by String.prototype's namesakes), and
//! `asyncIterator`, `species`, `unscopables`, `dispose`, `asyncDispose`.
//!
//! A symbol is a heap object of its own kind (`heap::collection::SymbolData`),
//! so it is a primitive to every other part of the runtime (`typeof` is
//! `'symbol'`, it has no properties of its own, `as_object` is None). As a
//! property key it is an atom of its own whose text is not interned
//! (`Atoms::symbol_atom`): shapes, dictionaries and inline caches treat it
//! like any name, and the key-listing functions leave symbol atoms out.

use crate::error::{ErrorKind, JsResult};
use crate::heap::collection::SymbolData;
use crate::heap::shape::HIDDEN;
use crate::heap::ObjKind;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

pub fn install(vm: &mut Vm) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    vm.realm.intrinsics.symbol_proto = proto;
    let ctor = vm.native_constructor("Symbol", 0, symbol);
    super::constant(vm, ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    super::method(vm, proto, "toString", 0, to_string);
    super::method(vm, proto, "valueOf", 0, value_of);
    let getter = vm.native_function("get description", 0, description);
    if let Some(o) = proto.as_object() {
        let a = vm.atoms.intern("description");
        property::define_accessor(vm, o, a, false, getter, crate::heap::shape::CONFIGURABLE);
    }
    super::method(vm, ctor, "for", 1, symbol_for);
    super::method(vm, ctor, "keyFor", 1, key_for);

    let desc = vm.static_string("Symbol.iterator");
    let iterator = new_symbol(vm, desc, false);
    vm.pin_value(iterator);
    super::constant(vm, ctor, "iterator", iterator);
    vm.realm.intrinsics.sym_iterator = iterator;
    if let Some(crate::heap::PropKey::Name(a)) = property::symbol_key(vm, iterator) {
        vm.realm.intrinsics.iterator = a;
    }
    let tag = well_known(vm, ctor, "toStringTag");
    vm.realm.intrinsics.tag = tag;
    let to_primitive = well_known(vm, ctor, "toPrimitive");
    vm.realm.intrinsics.to_primitive = to_primitive;
    let spreadable = well_known(vm, ctor, "isConcatSpreadable");
    vm.realm.intrinsics.is_concat_spreadable = spreadable;
    let has_instance = well_known(vm, ctor, "hasInstance");
    vm.realm.intrinsics.has_instance = has_instance;
    vm.shapes.watched = Some(has_instance);
    let desc = vm.static_string("Symbol.asyncIterator");
    let async_iterator = new_symbol(vm, desc, false);
    vm.pin_value(async_iterator);
    super::constant(vm, ctor, "asyncIterator", async_iterator);
    vm.realm.intrinsics.sym_async_iterator = async_iterator;
    if let Some(crate::heap::PropKey::Name(a)) = property::symbol_key(vm, async_iterator) {
        vm.realm.intrinsics.async_iterator = a;
    }
    let mut string_methods = [0; 5];
    for (i, name) in ["match", "matchAll", "replace", "search", "split"].into_iter().enumerate() {
        string_methods[i] = well_known(vm, ctor, name);
    }
    vm.realm.intrinsics.string_methods = string_methods;
    vm.realm.intrinsics.species = well_known(vm, ctor, "species");
    vm.realm.intrinsics.unscopables = well_known(vm, ctor, "unscopables");
    well_known(vm, ctor, "dispose");
    well_known(vm, ctor, "asyncDispose");
    let name = vm.static_string("Symbol");
    to_string_tag(vm, proto, name);
    let names = [vm.atoms.intern("next"), vm.atoms.intern("done"), vm.atoms.intern("value"), vm.atoms.intern("return")];
    let i = &mut vm.realm.intrinsics;
    [i.next, i.done, i.value, i.return_] = names;
    super::global(vm, "Symbol", ctor);
}

/// Makes the well-known symbol `Symbol.NAME`, puts it on the constructor
/// and returns its atom (what the runtime looks the property up by).
fn well_known(vm: &mut Vm, ctor: Value, name: &'static str) -> crate::heap::shape::Atom {
    let desc = vm.string(format!("Symbol.{name}"));
    let mut s = vm.scope();
    let rd = s.root(desc);
    let desc = s.get(rd);
    let vm = &mut *s;
    let sym = new_symbol(vm, desc, false);
    vm.pin_value(sym);
    super::constant(vm, ctor, name, sym);
    match property::symbol_key(vm, sym) {
        Some(crate::heap::PropKey::Name(a)) => a,
        _ => u32::MAX,
    }
}

/// A fresh symbol with description `desc` (a string or undefined).
pub fn new_symbol(vm: &mut Vm, desc: Value, registered: bool) -> Value {
    vm.alloc(ObjKind::Symbol(SymbolData { description: desc, atom: std::cell::Cell::new(None), registered }))
}

/// `Symbol(desc)`: a new symbol; `new Symbol` is a TypeError.
fn symbol(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target != Value::UNDEFINED {
        return Err(vm.throw_error(ErrorKind::TypeError, "Symbol is not a constructor"));
    }
    let d = arg(args, 0);
    let desc = if d == Value::UNDEFINED { d } else { crate::ops::to_js_string(vm, d)? };
    Ok(new_symbol(vm, desc, false))
}

/// The symbol `this` is (a symbol primitive), or node's TypeError.
fn this_symbol(vm: &mut Vm, this: Value, method: &str) -> JsResult<Value> {
    if this.as_symbol().is_some() {
        return Ok(this);
    }
    if let Some(crate::heap::ObjClass::Boxed(v)) = this.as_object().map(|o| &o.class) {
        if v.as_symbol().is_some() {
            return Ok(*v);
        }
    }
    let msg = format!("{method} requires that 'this' be a Symbol");
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_symbol(vm, this, "Symbol.prototype.toString")?;
    let text = crate::format::to_string(s);
    Ok(vm.string(text))
}

fn value_of(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    this_symbol(vm, this, "Symbol.prototype.valueOf")
}

fn description(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let s = this_symbol(vm, this, "Symbol.prototype.description")?;
    Ok(s.as_symbol().map_or(Value::UNDEFINED, |d| d.description))
}

/// `Symbol.for(key)`: the registry's symbol for the string `key`.
fn symbol_for(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let key = crate::ops::to_js_string(vm, arg(args, 0))?;
    let units: Box<[u16]> = key.as_js_str().map(|s| s.units().into_owned().into_boxed_slice()).unwrap_or_default();
    if let Some(&s) = vm.realm.intrinsics.registry.get(&units) {
        return Ok(s);
    }
    let sym = new_symbol(vm, key, true);
    vm.pin_value(sym);
    vm.realm.intrinsics.registry.insert(units, sym);
    Ok(sym)
}

/// `Symbol.keyFor(sym)`: the key of a registered symbol, else undefined.
fn key_for(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    match v.as_symbol() {
        Some(s) if s.registered => Ok(s.description),
        Some(_) => Ok(Value::UNDEFINED),
        None => {
            let text = crate::iteration::receiver_text(vm, v);
            Err(vm.throw_error(ErrorKind::TypeError, &format!("{text} is not a symbol")))
        }
    }
}

/// Adds method `f` under symbol key `sym` to `o` (non-enumerable).
pub fn symbol_method(vm: &mut Vm, o: Value, sym: Value, f: Value) {
    if let (Some(obj), Some(k)) = (o.as_object(), property::symbol_key(vm, sym)) {
        property::define(vm, obj, k, HIDDEN, f);
    }
}

/// Gives `o` its `[Symbol.toStringTag]` (`Map`, `Array Iterator`, …):
/// what `Object.prototype.toString` and node's printer show.
pub fn to_string_tag(vm: &mut Vm, o: Value, tag: Value) {
    if let Some(obj) = o.as_object() {
        let a = vm.realm.intrinsics.tag;
        property::define(vm, obj, crate::heap::PropKey::Name(a), crate::heap::shape::CONFIGURABLE, tag);
    }
}

/// What needs the well-known symbols and the constructors made after
/// `install`: `get [Symbol.species]` on the constructors that have it
/// (returning `this`), `Array.prototype[Symbol.unscopables]`, and
/// RegExp.prototype's `[Symbol.match]`, `[Symbol.matchAll]`,
/// `[Symbol.replace]`, `[Symbol.search]`, `[Symbol.split]`.
pub fn install_late(vm: &mut Vm) {
    let species = vm.realm.intrinsics.species;
    let getter = vm.native_function("get [Symbol.species]", 0, species_getter);
    for name in ["Array", "Map", "Set", "Promise", "RegExp", "ArrayBuffer"] {
        let Some(g) = vm.globals.lookup(name) else { continue };
        if let Some(o) = vm.globals.get(g).as_object() {
            property::define_accessor(vm, o, species, false, getter, crate::heap::shape::CONFIGURABLE);
        }
    }
    if let Some(tp) = vm.globals.lookup("Uint8Array").and_then(|g| vm.globals.get(g).as_object()).map(|o| o.proto()) {
        if let Some(o) = tp.as_object() {
            property::define_accessor(vm, o, species, false, getter, crate::heap::shape::CONFIGURABLE);
        }
    }
    let array_proto = vm.realm.array_proto;
    let list = vm.new_object_with_proto(Value::NULL);
    vm.pin_value(list);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "values",
        "toReversed",
        "toSorted",
        "toSpliced",
    ] {
        property::define_named(vm, list, name, crate::heap::shape::DEFAULT_ATTRS, Value::TRUE);
    }
    if let Some(o) = array_proto.as_object() {
        let key = crate::heap::PropKey::Name(vm.realm.intrinsics.unscopables);
        property::define(vm, o, key, crate::heap::shape::CONFIGURABLE, list);
    }
    let regexp_proto = vm.globals.lookup("RegExp").map(|g| vm.globals.get(g));
    let proto = match regexp_proto {
        Some(c) => {
            let key = property::key_of_str(vm, "prototype");
            c.as_object().and_then(|o| property::get_own(vm, o, key))
        }
        None => None,
    };
    if let Some(p) = proto.and_then(|p| p.as_object()) {
        let methods: [(&'static str, u8, crate::vm::NativeFn); 5] = [
            ("[Symbol.match]", 1, re_match),
            ("[Symbol.matchAll]", 1, re_match_all),
            ("[Symbol.replace]", 2, re_replace),
            ("[Symbol.search]", 1, re_search),
            ("[Symbol.split]", 2, re_split),
        ];
        for (i, (name, length, f)) in methods.into_iter().enumerate() {
            let fv = vm.native_function(name, length, f);
            let key = crate::heap::PropKey::Name(vm.realm.intrinsics.string_methods[i]);
            property::define(vm, p, key, HIDDEN, fv);
        }
    }
}

fn species_getter(_vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(this)
}

fn re_match(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    super::string::regexp_symbol_method(vm, this, args, 0)
}

fn re_match_all(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    super::string::regexp_symbol_method(vm, this, args, 1)
}

fn re_replace(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    super::string::regexp_symbol_method(vm, this, args, 2)
}

fn re_search(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    super::string::regexp_symbol_method(vm, this, args, 3)
}

fn re_split(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    super::string::regexp_symbol_method(vm, this, args, 4)
}
