//! Closures at run time, shared by both tiers (the interpreter's generic
//! arm and compiled code's `exec_op` helper run these): contexts, closure
//! objects, `arguments` and rest parameters. The compile side is
//! `src/compiler/closures.rs`; ARCHITECTURE.md, "Closures", says why
//! contexts (V8) rather than upvalues (Lua).

use crate::error::{ErrorKind, JsResult};
use crate::heap::context::Context;
use crate::heap::object::{JsObject, ObjClass};
use crate::heap::{Callable, ObjKind};
use crate::value::Value;
use crate::vm::Vm;

/// A new context of `n` slots (HOLE) under `parent`.
pub fn new_context(vm: &mut Vm, parent: Value, n: usize) -> Value {
    vm.alloc(ObjKind::Context(Context::new(parent, n)))
}

/// A copy of context `v`: the next iteration of a `for (let …)` loop gets
/// fresh bindings that start with the values of the last ones.
pub fn copy_context(vm: &mut Vm, v: Value) -> Value {
    match v.as_context() {
        Some(c) => {
            let (parent, values) = (c.parent(), c.values());
            vm.alloc(ObjKind::Context(Context::from_values(parent, values)))
        }
        None => v,
    }
}

/// The context `depth` parents up from `ctx`.
#[inline]
fn walk(mut ctx: Value, depth: u8) -> Option<&'static Context> {
    for _ in 0..depth {
        ctx = ctx.as_context()?.parent();
    }
    ctx.as_context()
}

#[inline]
pub fn get_scoped(ctx: Value, depth: u8, slot: u8) -> Value {
    walk(ctx, depth).map_or(Value::UNDEFINED, |c| c.get(slot as usize))
}

#[inline]
pub fn set_scoped(ctx: Value, depth: u8, slot: u8, v: Value) {
    if let Some(c) = walk(ctx, depth) {
        c.set(slot as usize, v);
    }
}

/// The environment of closure `f` (the running function, from `r[-2]`).
#[inline]
pub fn env_of(f: Value) -> Value {
    f.as_object().map_or(Value::UNDEFINED, |o| o.env())
}

/// `ReferenceError: Cannot access 'x' before initialization` when `v` is
/// a binding still in its temporal dead zone.
pub fn check_hole(vm: &mut Vm, v: Value, name: Value) -> JsResult<()> {
    if v == Value::HOLE {
        let name = crate::format::lossy(name).into_owned();
        let msg = format!("Cannot access '{}' before initialization", name);
        return Err(vm.throw_error(ErrorKind::ReferenceError, &msg));
    }
    Ok(())
}

/// A new closure: a fresh function object running the code of function
/// constant `template` over context `env`. Every evaluation of a function
/// expression or declaration makes one (`f !== g` for two of them, and
/// each may get its own properties).
pub fn new_closure(vm: &mut Vm, template: Value, env: Value) -> Value {
    let Some(Callable::Script(p)) = template.as_callable() else { return template };
    let shape = vm.function_shape_of(p);
    let o = JsObject::new(shape, ObjClass::Function(Callable::Script(p.clone())));
    o.set_env(env);
    // The payload being allocated (its env) is a root of the collection
    // `alloc` may run first.
    vm.alloc(ObjKind::Object(o))
}

/// The `arguments` object of a call: the object `gather_args` made (a
/// function that reads `arguments` but has no rest parameter), or one
/// holding the items of argument array `arr` (unmapped: assigning a
/// parameter does not change it, as in strict code; `map_argument` links).
pub fn arguments_object(vm: &mut Vm, arr: Value) -> Value {
    if arr.as_object().is_some_and(|o| matches!(o.class, ObjClass::Arguments(_))) {
        return arr;
    }
    let items: Vec<Value> = match arr.as_array() {
        Some(a) => (0..a.length()).map(|i| a.get_index(&mut vm.heap, i).unwrap_or(Value::UNDEFINED)).collect(),
        None => Vec::new(),
    };
    new_arguments(vm, items, None)
}

/// The `arguments` object of node's CommonJS wrapper, which a script's
/// top-level code (and its arrow functions) read: its five parameters,
/// `callee` the wrapper (here a function standing in for it).
pub fn module_arguments(vm: &mut Vm, items: Vec<Value>, callee: Value) -> Value {
    new_arguments(vm, items, Some(callee))
}

/// A fresh `arguments` object of `items`: elements put in at once,
/// `length` a hidden property in its first slot, and `callee` in its
/// second: a sloppy function's own function, or (`None`, an unmapped
/// object) an accessor whose getter and setter throw, as the
/// specification's CreateUnmappedArgumentsObject makes it.
fn new_arguments(vm: &mut Vm, items: Vec<Value>, callee: Option<Value>) -> Value {
    let plain = match vm.realm.arguments_shape {
        Some(s) => s,
        None => {
            let root = vm.shapes.root(vm.realm.object_proto);
            let s = vm.shapes.add(root, vm.realm.length, crate::heap::shape::HIDDEN);
            vm.realm.arguments_shape = Some(s);
            s
        }
    };
    let (shape, callee) = match (callee, vm.realm.arguments_callee_shape) {
        (None, _) => strict_callee(vm, plain),
        (Some(f), Some(s)) => (s, f),
        (Some(f), None) => {
            let name = vm.atoms.intern("callee");
            let s = vm.shapes.add(plain, name, crate::heap::shape::HIDDEN);
            vm.realm.arguments_callee_shape = Some(s);
            (s, f)
        }
    };
    let n = items.len();
    vm.heap.charge(items.capacity() * 8);
    let v =
        vm.alloc(ObjKind::Object(JsObject::with_packed_values(shape, ObjClass::Arguments(Default::default()), items)));
    if let Some(o) = v.as_object() {
        // (At most the length of an array: a Smi.)
        o.set_slot(0, Value::smi(n as i32));
        o.set_slot(1, callee);
    }
    v
}

/// An unmapped `arguments` object's shape and its `callee` accessor
/// pair, both made once (the pair pinned).
fn strict_callee(
    vm: &mut Vm,
    plain: &'static crate::heap::shape::Shape,
) -> (&'static crate::heap::shape::Shape, Value) {
    if let (Some(s), Some(pair)) = (vm.realm.arguments_strict_shape, vm.realm.strict_callee) {
        return (s, pair);
    }
    let thrower = vm.native_function("", 0, throw_type_error);
    let root = vm.shapes.root(Value::NULL);
    let pair = JsObject::new(root, ObjClass::Accessor(std::cell::Cell::new(thrower), std::cell::Cell::new(thrower)));
    // Where compiled code finds the getter (`JsObject::set_accessor_half`).
    pair.set_env(thrower);
    let pair = vm.pin(pair);
    let name = vm.atoms.intern("callee");
    // Neither enumerable nor configurable.
    let s = vm.shapes.add(plain, name, crate::heap::shape::ACCESSOR);
    vm.realm.arguments_strict_shape = Some(s);
    vm.realm.strict_callee = Some(pair);
    vm.realm.throw_type_error = Some(thrower);
    (s, pair)
}

/// %ThrowTypeError%: the getter and setter of an unmapped `arguments`
/// object's `callee`.
fn throw_type_error(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(vm.throw_error(
        ErrorKind::TypeError,
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the \
         arguments objects for calls to them",
    ))
}

/// What `gather_args` makes of a call's arguments.
#[derive(Clone, Copy)]
pub enum Gather {
    /// An array (a rest parameter; `arguments` beside one).
    Array,
    /// The `arguments` object of strict code or a non-simple parameter list.
    Object,
    /// The `arguments` object of a sloppy function with simple parameters,
    /// whose `callee` is the function (the value in the frame's callee slot).
    ObjectWithCallee(Value),
}

/// Links element `index` of `arguments` object `args` with slot `slot` of
/// context `ctx`, where the sloppy function keeps parameter `index`
/// (mapped arguments: `arguments[0] = v` changes the parameter and the
/// other way round). Only a parameter that got an argument is linked.
/// The context holds the parameters' values, the elements copies of them:
/// a store to either side writes the other (`property::set_on`,
/// `sync_argument`).
pub fn map_argument(args: Value, ctx: Value, slot: u8, index: u8) {
    let Some(o) = args.as_object() else { return };
    let ObjClass::Arguments(map) = &o.class else { return };
    if !o.has_index(index as u32) {
        return;
    }
    o.set_env(ctx);
    o.set_mapped();
    let mut m = map.get_or_init(Default::default).borrow_mut();
    if m.len() <= index as usize {
        m.resize(index as usize + 1, None);
    }
    m[index as usize] = Some(slot);
}

/// A mapped parameter was assigned `v`: its `arguments` element follows,
/// while linked.
pub fn sync_argument(vm: &mut Vm, args: Value, index: u8, v: Value) {
    if let Some(o) = args.as_object() {
        if o.mapped_slot(index as u32).is_some() && !o.is_frozen() {
            o.set_index(&mut vm.heap, index as u32, v);
        }
    }
}

/// `arguments[i] = v` on a mapped `arguments` object: the parameter too.
pub fn store_mapped(o: &JsObject, i: u32, v: Value) {
    if let Some(slot) = o.mapped_slot(i) {
        if let Some(c) = o.env().as_context() {
            c.set(slot as usize, v);
        }
    }
}

/// A rest parameter: the items of argument array `arr` from `from` on.
pub fn rest_args(vm: &mut Vm, arr: Value, from: usize) -> Value {
    let items: Vec<Value> = match arr.as_array() {
        Some(a) => {
            (from as u32..a.length()).map(|i| a.get_index(&mut vm.heap, i).unwrap_or(Value::UNDEFINED)).collect()
        }
        None => Vec::new(),
    };
    vm.new_array(items)
}

/// For a function that gathers its arguments (`FnInfo::args_array`): puts
/// an array of all `argc` arguments in its last parameter register, after
/// the declared parameters are padded -- or, for a function that only
/// needs them as `arguments` (`FnInfo::args_object`), the `arguments`
/// object itself, which its `Arguments` instruction then takes as it is. Called on every path that enters a
/// frame (`calls::pad_args`).
// Never inlined: in the interpreter's call path it would be the only loop
// over frame slots, whose addresses LLVM then computes before every dispatch.
#[inline(never)]
pub fn gather_args(vm: &mut Vm, nparams: usize, gather: Gather, new_base: usize, argc: usize) {
    let stack = vm.stack.view();
    let items: Vec<Value> = (0..argc).map(|i| stack.get(new_base + i)).collect();
    let arr = match gather {
        Gather::Array => vm.new_array(items),
        Gather::Object => new_arguments(vm, items, None),
        // (The callee stays in its slot below the frame: a root while the
        // object is allocated.)
        Gather::ObjectWithCallee(f) => new_arguments(vm, items, Some(f)),
    };
    let stack = vm.stack.view();
    for i in argc..nparams {
        stack.set(new_base + i, Value::UNDEFINED);
    }
    stack.set(new_base + nparams - 1, arr);
}
