//! `Function.prototype.bind` and bound functions.
//!
//! A bound function is a built-in function object of its own native,
//! `bound_call` (`bound_construct` when its target is a constructor, so
//! that `new` checks the target's kind without a special case), whose
//! environment slot, unused by natives, holds an internal array
//! `[target, boundThis, ...boundArgs]`: the collector traces it like a
//! closure's context, and no script can reach it. Its `name` (`bound f`)
//! and `length` are own properties, which win over a function's virtual
//! ones. A native finds its own function object below its frame
//! (`vm.calling` is its frame while it runs).

use super::arg;
use crate::calls::{call_function, ARGS_AFTER_FUNC};
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::{PropKey, CONFIGURABLE};
use crate::heap::{Callable, JsObject, ObjClass};
use crate::property;
use crate::value::Value;
use crate::vm::{Native, Vm};

/// The function object of the native now running.
fn running_native(vm: &Vm) -> Value {
    let (own, _) = vm.calling;
    vm.stack.view().get(own.wrapping_sub(ARGS_AFTER_FUNC))
}

use crate::calls::{bound_parts, BOUND};

/// Whether `f` is a bound function (`Function.prototype.toString`).
pub fn is_bound(vm: &Vm, f: Value) -> bool {
    bound_parts(vm, f).is_some()
}

fn native_index(vm: &mut Vm, constructor: bool) -> u32 {
    if let Some(i) = vm.natives.iter().position(|n| n.name == BOUND && n.constructor == constructor) {
        return i as u32;
    }
    let call: crate::vm::NativeFn = if constructor { bound_construct } else { bound_call };
    vm.natives.push(Native { name: BOUND, length: 0, call, constructor, frameless: true });
    (vm.natives.len() - 1) as u32
}

/// `f.bind(thisArg, ...args)`.
fn bind(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let Some(target) = this.as_object().filter(|o| o.callable().is_some()) else {
        return Err(vm.throw_error(ErrorKind::TypeError, "Bind must be called on a function"));
    };
    let bound_args = args.get(1..).unwrap_or(&[]);
    // length: the target's, less the bound arguments (not below 0).
    let key = PropKey::Name(vm.realm.length);
    let len = property::get(vm, this, key)?;
    let length = match len.as_number() {
        Some(d) if d == f64::INFINITY => f64::INFINITY,
        Some(d) if d.is_finite() => (d.trunc() - bound_args.len() as f64).max(0.0),
        _ => 0.0,
    };
    let key = PropKey::Name(vm.realm.name);
    let name = property::get(vm, this, key)?;
    let name = if name.is_string() { crate::format::lossy(name).into_owned() } else { String::new() };
    let constructor = crate::classes::is_constructor(vm, this);
    let index = native_index(vm, constructor);
    let mut s = vm.scope();
    let mut parts = vec![this, arg(args, 0)];
    parts.extend_from_slice(bound_args);
    for &p in &parts {
        s.root(p);
    }
    let data = s.new_array(parts);
    s.root(data);
    let shape = s.shapes.root(target.proto());
    let obj = JsObject::new(shape, ObjClass::Function(Callable::Native(index)));
    obj.set_env(data);
    let f = s.alloc(crate::heap::ObjKind::Object(obj));
    s.root(f);
    let name = s.string(format!("bound {}", name));
    s.root(name);
    let length = s.number(length);
    if let Some(o) = f.as_object() {
        let (a_len, a_name) = (s.realm.length, s.realm.name);
        o.add_named(&mut s.shapes, a_len, CONFIGURABLE, length);
        o.add_named(&mut s.shapes, a_name, CONFIGURABLE, name);
    }
    Ok(f)
}

/// Calling a bound function, or (under `new`) constructing its target with
/// new.target the target when it was the bound function.
fn bound_call(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let callee = running_native(vm);
    let new_target = std::mem::replace(&mut vm.new_target, Value::UNDEFINED);
    let Some(parts) = bound_parts(vm, callee) else {
        return Err(vm.throw_error(ErrorKind::TypeError, "internal error: not a bound function"));
    };
    let (target, bound_this) = (parts[0], parts[1]);
    let mut list = parts[2..].to_vec();
    list.extend_from_slice(args);
    if new_target != Value::UNDEFINED {
        let nt = if new_target == callee { target } else { new_target };
        return crate::classes::construct_with(vm, target, &list, nt);
    }
    call_function(vm, target, bound_this, &list)
}

/// `bound_call` for a target that is a constructor (`new` allowed).
fn bound_construct(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    bound_call(vm, this, args)
}

/// `Function(...)` / `new Function(...)`: code from strings is refused,
/// as node refuses it under `--disallow-code-generation-from-strings`
/// (stitch compiles a script once, before it runs).
fn function_ctor(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(vm.throw_error(ErrorKind::EvalError, "Code generation from strings disallowed for this context"))
}

pub fn install(vm: &mut Vm) {
    let fproto = vm.realm.function_proto;
    super::method(vm, fproto, "bind", 1, bind);
    // `Function` itself, for `Function.prototype` and `f instanceof Function`.
    let ctor = vm.native_constructor("Function", 1, function_ctor);
    property::define_named(vm, ctor, "prototype", 0, fproto);
    property::define_named(vm, fproto, "constructor", crate::heap::shape::HIDDEN, ctor);
    super::global(vm, "Function", ctor);
}

/// `GeneratorFunction` / `AsyncFunction`, reached only as `constructor` of
/// their prototype `proto` (`(function* () {}).constructor`): a `Function`
/// subclass that refuses code from strings as `Function` does.
pub(super) fn install_hidden_constructor(vm: &mut Vm, name: &'static str, proto: Value) {
    let function = vm.realm.function_proto.as_object().and_then(|p| p.get_named(vm.realm.constructor));
    let ctor = vm.native_constructor(name, 1, function_ctor);
    if let (Some(o), Some(f)) = (ctor.as_object(), function) {
        o.set_proto(&mut vm.shapes, f);
    }
    property::define_named(vm, ctor, "prototype", 0, proto);
    property::define_named(vm, proto, "constructor", crate::heap::shape::CONFIGURABLE, ctor);
}
