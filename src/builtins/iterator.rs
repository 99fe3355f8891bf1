//! The built-in iterators: `Array.prototype.values/keys/entries` (and
//! `[Symbol.iterator]`, which is `values`), `String.prototype[Symbol.iterator]`,
//! and the prototypes of array, string, map and set iterators, whose one
//! shared `next` steps a `BuiltinIter` (`iteration::builtin_step`) and
//! whose `[Symbol.iterator]()` returns the iterator itself.

use crate::error::{ErrorKind, JsResult};
use crate::generators::iter_result;
use crate::heap::collection::{IterKind, IterSource};
use crate::heap::shape::HIDDEN;
use crate::heap::ObjClass;
use crate::iteration::new_builtin_iter;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let sym = vm.realm.intrinsics.sym_iterator;
    // %IteratorPrototype%: `[Symbol.iterator]() { return this }`.
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let iter_proto = vm.pin(crate::heap::JsObject::new(shape, ObjClass::Plain));
    let self_fn = vm.native_function("[Symbol.iterator]", 0, return_this);
    super::symbol::symbol_method(vm, iter_proto, sym, self_fn);
    super::generator::install(vm, iter_proto);
    let mut protos = [Value::NULL; 4];
    let nexts: [crate::vm::NativeFn; 4] = [array_next, string_next, map_next, set_next];
    for (i, tag) in ["Array Iterator", "String Iterator", "Map Iterator", "Set Iterator"].into_iter().enumerate() {
        let shape = vm.shapes.root(iter_proto);
        let p = vm.pin(crate::heap::JsObject::new(shape, ObjClass::Plain));
        let next = vm.native_function("next", 0, nexts[i]);
        vm.realm.intrinsics.builtin_next[i] = next;
        property::define_named(vm, p, "next", HIDDEN, next);
        let tag = vm.static_string(tag);
        super::symbol::to_string_tag(vm, p, tag);
        protos[i] = p;
    }
    let i = &mut vm.realm.intrinsics;
    [i.array_iter_proto, i.string_iter_proto, i.map_iter_proto, i.set_iter_proto] = protos;

    let array_proto = vm.realm.array_proto;
    let values = super::method(vm, array_proto, "values", 0, array_values);
    super::method(vm, array_proto, "keys", 0, array_keys);
    super::method(vm, array_proto, "entries", 0, array_entries);
    super::symbol::symbol_method(vm, array_proto, sym, values);
    vm.realm.intrinsics.array_values = values;
    let string_proto = vm.realm.string_proto;
    let f = vm.native_function("[Symbol.iterator]", 0, string_iterator);
    super::symbol::symbol_method(vm, string_proto, sym, f);
    vm.realm.intrinsics.string_iterator = f;
}

fn return_this(_vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(this)
}

fn array_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    next(vm, this, "Array Iterator", |s| matches!(s, IterSource::Array(_)))
}
fn string_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    next(vm, this, "String Iterator", |s| matches!(s, IterSource::Str(_)))
}
fn map_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    next(vm, this, "Map Iterator", |s| matches!(s, IterSource::Table(_, false)))
}
fn set_next(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    next(vm, this, "Set Iterator", |s| matches!(s, IterSource::Table(_, true)))
}

/// `%XIteratorPrototype%.next`: `{ value, done }`.
fn next(vm: &mut Vm, this: Value, kind: &str, fits: fn(&IterSource) -> bool) -> JsResult<Value> {
    let state = match this.as_object().map(|o| &o.class) {
        Some(ObjClass::BuiltinIter(state)) if fits(&state.borrow().source) => state,
        _ => {
            let text = crate::iteration::receiver_text(vm, this);
            let msg = format!("Method {kind}.prototype.next called on incompatible receiver {text}");
            return Err(vm.throw_error(ErrorKind::TypeError, &msg));
        }
    };
    let item = crate::iteration::builtin_step(vm, state)?;
    result_object(vm, item)
}

/// `{ value: v, done: false }`, or `{ value: undefined, done: true }`.
pub fn result_object(vm: &mut Vm, item: Option<Value>) -> JsResult<Value> {
    match item {
        Some(v) => iter_result(vm, v, false),
        None => iter_result(vm, Value::UNDEFINED, true),
    }
}

/// ToObject for the array iterator methods (`Array.prototype.values.call(null)`).
fn this_object(vm: &mut Vm, this: Value, method: &str) -> JsResult<Value> {
    if this.is_nullish() {
        let msg = format!("Array.prototype.{method} called on null or undefined");
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    Ok(this)
}

fn array_iter(vm: &mut Vm, this: Value, kind: IterKind, method: &str) -> JsResult<Value> {
    let o = this_object(vm, this, method)?;
    Ok(new_builtin_iter(vm, IterSource::Array(o), kind))
}

fn array_values(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    array_iter(vm, this, IterKind::Values, "values")
}

fn array_keys(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    array_iter(vm, this, IterKind::Keys, "keys")
}

fn array_entries(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    array_iter(vm, this, IterKind::Entries, "entries")
}

fn string_iterator(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.is_nullish() {
        let msg = "String.prototype[Symbol.iterator] called on null or undefined";
        return Err(vm.throw_error(ErrorKind::TypeError, msg));
    }
    let s = crate::ops::to_js_string(vm, this)?;
    Ok(new_builtin_iter(vm, IterSource::Str(s), IterKind::Values))
}
