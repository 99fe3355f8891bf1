//! The built-in objects every program starts with: the prototypes' methods
//! (`Array.prototype.push`, `String.prototype.slice`, …) and the global
//! objects and functions (`Object`, `Array`, `Math`, `JSON`, `console`,
//! `parseInt`, …). Each file installs one family; `install` runs them all
//! when the VM is made.
//!
//! A built-in is a `vm::NativeFn`: `fn(vm, this, args) -> JsResult<Value>`.
//! Arguments past the ones passed read as undefined (`arg`).

mod array;
mod base64;
pub(crate) mod console;
mod dataview;
pub(crate) mod date;
mod encoding;
pub(crate) mod error;
mod function;
mod generator;
pub use array::length_of as array_length_of;
pub use function::is_bound;
pub mod iterator;
pub(crate) mod json;
mod map;
mod math;
mod number;
pub(crate) mod object;
mod order;
pub(crate) mod process;
pub use process::{emit_exit, exit_code, set_exit_code};
pub(crate) mod bigint;
mod promise;
mod reflect;
pub mod regexp;
mod string;
pub(crate) mod symbol;
mod timers;
pub(crate) mod typed;
mod uri;
pub(crate) mod weakref;

pub use json::parse as json_parse;
pub use object::to_object;

use crate::heap::shape::HIDDEN;
use crate::property;
use crate::value::Value;
use crate::vm::{GlobalKind, NativeFn, Vm};

/// Argument `i`, or undefined.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// Adds method `name` to object `o` (non-enumerable, like every built-in).
/// GetPrototypeFromConstructor: the prototype of what a built-in
/// constructor makes under `new` -- `new.target.prototype` when new.target
/// is a subclass and that is an object, else `fallback` (the built-in's
/// own prototype, also what `own`, the built-in itself, would give).
pub fn proto_from_new_target(vm: &mut Vm, fallback: Value, own: Value) -> crate::error::JsResult<Value> {
    let nt = vm.new_target;
    if nt.as_callable().is_none() || nt == own {
        return Ok(fallback);
    }
    let key = crate::heap::PropKey::Name(vm.realm.prototype);
    let p = property::get(vm, nt, key)?;
    Ok(if p.as_object().is_some() { p } else { fallback })
}

pub fn method(vm: &mut Vm, o: Value, name: &'static str, length: u8, f: NativeFn) -> Value {
    let fv = vm.native_function(name, length, f);
    property::define_named(vm, o, name, HIDDEN, fv);
    fv
}

/// Marks native function `f` as one stack traces skip (`Native::frameless`).
pub fn frameless(vm: &mut Vm, f: Value) {
    if let Some(crate::heap::Callable::Native(i)) = f.as_callable() {
        if let Some(n) = vm.natives.get_mut(*i as usize) {
            n.frameless = true;
        }
    }
}

/// Adds a data property (non-enumerable, like the constants of `Math`).
pub fn constant(vm: &mut Vm, o: Value, name: &str, v: Value) {
    property::define_named(vm, o, name, 0, v);
}

/// Declares global `name` holding `v` (writable, like node's globals).
pub fn global(vm: &mut Vm, name: &str, v: Value) {
    let n: std::rc::Rc<str> = name.into();
    if let Ok(g) = vm.globals.slot(&n) {
        vm.globals.kinds[g as usize] = GlobalKind::Var;
        vm.globals.make_visible(g, false);
        vm.globals.slots.set(g as usize, v);
        // The global object lists its keys by atom.
        vm.atoms.intern(name);
    }
}

/// A plain object for a namespace (`Math`, `JSON`, `console`), pinned.
pub fn namespace(vm: &mut Vm) -> Value {
    let shape = vm.realm.object_shape;
    vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain))
}

/// Installs every built-in into a new VM.
pub fn install(vm: &mut Vm) {
    vm.json_stringify = json::stringify;
    vm.own_keys_of = object::own_keys_of;
    console::install(vm);
    error::install(vm);
    array::install(vm);
    let math = math::install(vm);
    number::install(vm);
    let json = json::install(vm);
    string::install(vm);
    function::install(vm);
    symbol::install(vm);
    bigint::install(vm);
    iterator::install(vm);
    map::install(vm);
    weakref::install(vm);
    // After `symbol`: a Date has a `Symbol.toPrimitive` method.
    date::install(vm);
    // After `iterator`: matchAll's iterators inherit the array iterator's `next`.
    regexp::install(vm);
    promise::install(vm);
    process::install(vm);
    uri::install(vm);
    base64::install(vm);
    // node prints the namespaces as `Object [Math] {}`: their tags need
    // the Symbol.toStringTag that `symbol` makes.
    for (name, ns) in [("Math", math), ("JSON", json)] {
        let tag = vm.static_string(name);
        symbol::to_string_tag(vm, ns, tag);
    }
    // Last: it adds `Array.prototype.toString` only if no family did.
    object::install(vm);
    // After `object`: typed arrays share Array.prototype's finished methods.
    typed::install(vm);
    dataview::install(vm);
    encoding::install(vm);
    symbol::install_late(vm);
    let reflect = reflect::install(vm);
    let tag = vm.static_string("Reflect");
    symbol::to_string_tag(vm, reflect, tag);
    let g = vm.realm.global_this;
    // node's global object inherits from an object of its own (whose one
    // key is `constructor`), which inherits from Object.prototype.
    let object_proto = vm.realm.object_proto;
    let between = vm.new_object_with_proto(object_proto);
    vm.pin_value(between);
    if let Some(ctor) = vm.globals.lookup("Object").map(|s| vm.globals.get(s)) {
        property::define_named(vm, between, "constructor", HIDDEN, ctor);
    }
    if let Some(o) = g.as_object() {
        o.set_proto(&mut vm.shapes, between);
    }
    global(vm, "globalThis", g);
    global(vm, "global", g);
    // node's own globals are enumerable properties of its global object,
    // after the language's, in this order (those stitch has).
    let host = [
        "global",
        "clearImmediate",
        "setImmediate",
        "clearInterval",
        "clearTimeout",
        "setInterval",
        "setTimeout",
        "queueMicrotask",
        "structuredClone",
        "atob",
        "btoa",
        "performance",
    ];
    for name in host {
        if let Some(slot) = vm.globals.lookup(name).filter(|&s| vm.globals.visible[s as usize]) {
            vm.globals.make_visible(slot, true);
        }
    }
    // `Object.prototype.toString.call(globalThis)` is `[object global]`.
    let tag = vm.static_string("global");
    symbol::to_string_tag(vm, g, tag);
    // Last: every family has added its properties.
    order::reorder(vm);
}

/// Property `name` of an options object (`[[Get]]`: a getter runs).
pub(crate) fn option(vm: &mut Vm, options: Value, name: &str) -> crate::error::JsResult<Value> {
    let key = crate::property::key_of_str(vm, name);
    crate::property::get(vm, options, key)
}

/// A string option of `method` (`Number.prototype.toLocaleString`, ...)
/// that must be one of `allowed`, or None when absent: V8's RangeError
/// otherwise.
pub(crate) fn option_choice(
    vm: &mut Vm,
    options: Value,
    name: &str,
    allowed: &[&str],
    method: &str,
) -> crate::error::JsResult<Option<String>> {
    let v = option(vm, options, name)?;
    if v == Value::UNDEFINED {
        return Ok(None);
    }
    let text = crate::ops::to_js_string(vm, v)?;
    let text = crate::format::lossy(text).into_owned();
    if !allowed.contains(&text.as_str()) {
        let message = format!("Value {text} out of range for {method} options property {name}");
        return Err(vm.throw_error(crate::error::ErrorKind::RangeError, &message));
    }
    Ok(Some(text))
}
