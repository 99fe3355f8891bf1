//! `WeakRef` and `FinalizationRegistry`, with strong references: stitch's
//! collector does not know weak edges, so a `WeakRef` keeps its target
//! alive (`deref()` always returns it) and a registry's cleanup callback
//! never runs. That is a behaviour the specification allows (a collector
//! may keep anything alive as long as it likes), and a program cannot
//! tell it from a collector that has not run yet.
//!
//! Both are ordinary objects (of `WeakRef.prototype`,
//! `FinalizationRegistry.prototype`, or a subclass's) whose internal slot
//! is an own property keyed by a private atom (`Realm::weak`): invisible
//! to key lists, printing and JSON, as a class's `#x` is, and the brand
//! check is its presence. A registry's slot holds a `Map` whose keys are
//! the unregister tokens some cell was registered with, so that
//! `unregister(token)` answers as V8 does; registrations without a token
//! are not kept at all (nothing could ever observe them).

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{ErrorKind, JsResult};
use crate::heap::collection::{CollKind, SharedTable, Table};
use crate::heap::shape::{Atom, HIDDEN, PRIVATE};
use crate::heap::{JsObject, ObjClass, ObjKind};
use crate::property;
use crate::value::Value;
use crate::vm::{Vm, WeakRealm};

use super::arg;

pub fn install(vm: &mut Vm) {
    let target = vm.atoms.intern_private("#<WeakRef target>");
    let cells = vm.atoms.intern_private("#<FinalizationRegistry cells>");
    let weakref_proto = class(vm, "WeakRef", weakref_ctor);
    super::method(vm, weakref_proto, "deref", 0, deref);
    let registry_proto = class(vm, "FinalizationRegistry", registry_ctor);
    super::method(vm, registry_proto, "register", 2, register);
    super::method(vm, registry_proto, "unregister", 1, unregister);
    vm.realm.weak = WeakRealm { target, cells, weakref_proto, registry_proto };
}

/// Constructor `name` (length 1) and its prototype, which it returns.
fn class(vm: &mut Vm, name: &'static str, ctor: crate::vm::NativeFn) -> Value {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    let f = vm.native_constructor(name, 1, ctor);
    super::constant(vm, f, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, f);
    let tag = vm.static_string(name);
    super::symbol::to_string_tag(vm, proto, tag);
    super::global(vm, name, f);
    proto
}

/// Whether `v` may be a weak target or token: an object or a symbol not
/// made by `Symbol.for` (CanBeHeldWeakly).
fn can_be_held_weakly(v: Value) -> bool {
    v.as_object().is_some() || v.as_symbol().is_some_and(|s| !s.registered)
}

fn type_error(vm: &mut Vm, msg: &str) -> crate::error::Thrown {
    vm.throw_error(ErrorKind::TypeError, msg)
}

/// A new object for `new C(...)`: new.target's `prototype` if it is an
/// object (a subclass's), else `fallback`, with internal slot `slot`.
fn allocate(vm: &mut Vm, name: &str, fallback: Value, slot: Atom, v: Value) -> JsResult<Value> {
    if vm.new_target == Value::UNDEFINED {
        return Err(type_error(vm, &format!("Constructor {name} requires 'new'")));
    }
    let mut s = vm.scope();
    let rv = s.root(v);
    let proto = super::proto_from_new_target(&mut s, fallback, Value::UNDEFINED)?;
    let obj = s.new_object_with_proto(proto);
    let v = s.get(rv);
    if let Some(o) = obj.as_object() {
        o.add_named(&mut s.shapes, slot, PRIVATE, v);
    }
    Ok(obj)
}

fn weakref_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    if vm.new_target != Value::UNDEFINED && !can_be_held_weakly(target) {
        return Err(type_error(vm, "WeakRef: invalid target"));
    }
    let w = vm.realm.weak;
    allocate(vm, "WeakRef", w.weakref_proto, w.target, target)
}

/// The internal slot `slot` of `this`, or V8's TypeError for a receiver of
/// another kind.
fn slot(vm: &mut Vm, this: Value, slot: Atom, method: &str) -> JsResult<Value> {
    if let Some(v) = this.as_object().and_then(|o| o.get_named(slot)) {
        return Ok(v);
    }
    let text = property::receiver_text(vm, this);
    Err(type_error(vm, &format!("Method {method} called on incompatible receiver {text}")))
}

fn deref(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let target = vm.realm.weak.target;
    slot(vm, this, target, "WeakRef.prototype.deref")
}

fn registry_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target != Value::UNDEFINED && arg(args, 0).as_callable().is_none() {
        return Err(type_error(vm, "FinalizationRegistry: cleanup must be callable"));
    }
    // The tokens' table: a Map no script can reach.
    let map_proto = vm.realm.intrinsics.coll_protos[0];
    let shape = vm.shapes.root(map_proto);
    let table: SharedTable = Rc::new(RefCell::new(Table::default()));
    let cells = vm.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Collection(table, CollKind::Map))));
    let w = vm.realm.weak;
    allocate(vm, "FinalizationRegistry", w.registry_proto, w.cells, cells)
}

/// The tokens' table of registry `this`.
fn cells(vm: &mut Vm, this: Value, method: &str) -> JsResult<(Value, SharedTable)> {
    let atom = vm.realm.weak.cells;
    let cells = slot(vm, this, atom, &format!("FinalizationRegistry.prototype.{method}"))?;
    match cells.as_object().map(|o| &o.class) {
        Some(ObjClass::Collection(t, _)) => Ok((cells, t.clone())),
        _ => unreachable!("a registry's cells are a Map"),
    }
}

/// V8's error for an unregister token that cannot be held weakly.
fn invalid_token(vm: &mut Vm, token: Value) -> crate::error::Thrown {
    let text = crate::format::to_string(token);
    type_error(vm, &format!("Invalid unregisterToken ('{text}')"))
}

/// `register(target, holdings, unregisterToken)`.
fn register(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (cells_obj, table) = cells(vm, this, "register")?;
    let (target, holdings, token) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !can_be_held_weakly(target) {
        return Err(type_error(vm, "FinalizationRegistry.prototype.register: invalid target"));
    }
    if crate::ops::strict_equals(target, holdings) {
        return Err(type_error(vm, "FinalizationRegistry.prototype.register: target and holdings must not be same"));
    }
    if token == Value::UNDEFINED {
        return Ok(Value::UNDEFINED);
    }
    if !can_be_held_weakly(token) {
        return Err(invalid_token(vm, token));
    }
    crate::heap::write_barrier(cells_obj);
    let grown = table.borrow_mut().set(token, Value::TRUE);
    vm.heap.charge_growth(crate::heap::is_old(cells_obj), grown);
    Ok(Value::UNDEFINED)
}

/// `unregister(token)`: whether some cell was registered with `token`.
fn unregister(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (_, table) = cells(vm, this, "unregister")?;
    let token = arg(args, 0);
    if !can_be_held_weakly(token) {
        return Err(invalid_token(vm, token));
    }
    let found = table.borrow_mut().delete(token);
    Ok(Value::bool(found))
}
