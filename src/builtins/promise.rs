//! `Promise` (constructor, `then`/`catch`/`finally`, `resolve`, `reject`,
//! `all`, `allSettled`, `race`, `any`) and `queueMicrotask` (the timers
//! are timers.rs). The state machine and the queues are src/promise.rs;
//! this file is their JavaScript face.
//!
//! The closures the algorithms make (resolving functions, an `all`
//! element's resolver, `finally`'s wrappers) are native functions whose
//! environment slot holds an internal array of their data, as a bound
//! function holds its parts (`promise::closure`).
//!
//! Subclasses (`class P extends Promise`): `then`, `finally` and the
//! statics called on `P` make `P`s through NewPromiseCapability, which
//! constructs `new P(executor)` and settles it through the functions the
//! executor was handed. stitch has no `Symbol.species`; Promise's species
//! getter returns `this`, which subclasses inherit, so the species of a
//! constructor that is Promise or extends it is itself, and of anything
//! else undefined (%Promise%). %Promise% itself takes the direct path: its
//! promises are made and settled without calls.

use super::arg;
use crate::calls::call_function;
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::HIDDEN;
use crate::heap::{JsObject, ObjClass, PropKey};
use crate::promise::{self, data_get, data_set, Closure};
use crate::property;
use crate::value::Value;
use crate::vm::{Native, NativeFn, Vm};

pub fn install(vm: &mut Vm) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    vm.event.promise_proto = proto;
    let ctor = vm.native_constructor("Promise", 1, construct);
    vm.event.promise_ctor = ctor;
    super::constant(vm, ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    let tag = vm.static_string("Promise");
    super::symbol::to_string_tag(vm, proto, tag);
    super::method(vm, proto, "then", 2, then);
    super::method(vm, proto, "catch", 1, catch);
    super::method(vm, proto, "finally", 1, finally);
    super::method(vm, ctor, "resolve", 1, resolve_static);
    super::method(vm, ctor, "reject", 1, reject_static);
    super::method(vm, ctor, "all", 1, all);
    super::method(vm, ctor, "allSettled", 1, all_settled);
    super::method(vm, ctor, "race", 1, race);
    super::method(vm, ctor, "any", 1, any);
    super::global(vm, "Promise", ctor);
    let closures: [(Closure, u8, NativeFn); promise::CLOSURES] = [
        (Closure::Resolve, 1, resolve_fn),
        (Closure::Reject, 1, reject_fn),
        (Closure::FinallyThen, 1, finally_then),
        (Closure::FinallyCatch, 1, finally_catch),
        (Closure::ValueThunk, 0, value_thunk),
        (Closure::Thrower, 0, thrower),
        (Closure::AllElement, 1, all_element),
        (Closure::SettledFulfilled, 1, settled_fulfilled),
        (Closure::SettledRejected, 1, settled_rejected),
        (Closure::AnyElement, 1, any_element),
        (Closure::AwaitFulfilled, 1, crate::async_fn::await_fulfilled),
        (Closure::AwaitRejected, 1, crate::async_fn::await_rejected),
        (Closure::CapabilityExecutor, 2, capability_executor),
        (Closure::AsyncGenReturnFulfilled, 1, crate::async_gen::return_fulfilled),
        (Closure::AsyncGenReturnRejected, 1, crate::async_gen::return_rejected),
        (Closure::AsyncFromSyncUnwrap, 1, crate::async_gen::from_sync_unwrap),
    ];
    for (kind, length, call) in closures {
        vm.event.closures[kind as usize] = vm.natives.len() as u32;
        vm.natives.push(Native { name: "", length, call, constructor: false, frameless: false });
    }
    let f = vm.native_function("queueMicrotask", 1, queue_microtask);
    super::global(vm, "queueMicrotask", f);
    super::timers::install(vm);
}

fn construct(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target == Value::UNDEFINED {
        let msg = "Promise constructor cannot be invoked without 'new'";
        return Err(vm.throw_error(ErrorKind::TypeError, msg));
    }
    let executor = arg(args, 0);
    if executor.as_callable().is_none() {
        let msg = format!("Promise resolver {} is not a function", crate::iteration::receiver_text(vm, executor));
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut s = vm.scope();
    let (fallback, own) = (s.event.promise_proto, s.event.promise_ctor);
    let proto = super::proto_from_new_target(&mut s, fallback, own)?;
    let p = promise::new_promise_with(&mut s, proto);
    s.root(p);
    let (res, rej) = promise::resolving_functions(&mut s, p);
    s.root(res);
    s.root(rej);
    if call_function(&mut s, executor, Value::UNDEFINED, &[res, rej]).is_err() {
        let e = s.take_exception().unwrap_or(Value::UNDEFINED);
        s.root(e);
        call_function(&mut s, rej, Value::UNDEFINED, &[e])?;
    }
    Ok(p)
}

/// A resolving function: settles its promise once (the flag both share).
fn resolve_fn(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let data = promise::closure_data(vm);
    if data_get(data, 1) == Value::TRUE {
        return Ok(Value::UNDEFINED);
    }
    data_set(data, 1, Value::TRUE);
    promise::resolve(vm, data_get(data, 0), arg(args, 0))?;
    Ok(Value::UNDEFINED)
}

fn reject_fn(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let data = promise::closure_data(vm);
    if data_get(data, 1) == Value::TRUE {
        return Ok(Value::UNDEFINED);
    }
    data_set(data, 1, Value::TRUE);
    promise::reject(vm, data_get(data, 0), arg(args, 0));
    Ok(Value::UNDEFINED)
}

fn this_promise(vm: &mut Vm, this: Value, method: &str) -> JsResult<()> {
    if promise::state_of(this).is_some() {
        return Ok(());
    }
    let text = crate::iteration::receiver_text(vm, this);
    let msg = format!("Method Promise.prototype.{method} called on incompatible receiver {text}");
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

fn then(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    this_promise(vm, this, "then")?;
    let mut s = vm.scope();
    let (on_fulfilled, on_rejected) = (arg(args, 0), arg(args, 1));
    s.root(this);
    s.root(on_fulfilled);
    s.root(on_rejected);
    let c = species_constructor(&mut s, this)?;
    if c == s.event.promise_ctor {
        let derived = promise::new_promise(&mut s);
        s.root(derived);
        promise::perform_then(&mut s, this, on_fulfilled, on_rejected, derived);
        return Ok(derived);
    }
    let (p, resolve, reject) = new_capability(&mut s, c)?;
    s.root(p);
    s.root(resolve);
    s.root(reject);
    // The reaction settles it through its functions (`promise::settle_derived`).
    let record = s.new_array(vec![p, resolve, reject]);
    s.root(record);
    promise::perform_then(&mut s, this, on_fulfilled, on_rejected, record);
    Ok(p)
}

/// Whether `c` is Promise or a class extending it (its prototype chain
/// reaches Promise): the constructors whose `Symbol.species` is
/// themselves.
fn is_promise_species(vm: &Vm, c: Value) -> bool {
    let mut cur = c;
    for _ in 0..10_000 {
        if cur == vm.event.promise_ctor {
            return true;
        }
        match cur.as_object() {
            Some(o) => cur = o.proto(),
            None => return false,
        }
    }
    false
}

/// SpeciesConstructor(p, %Promise%): `p.constructor`, whose species is
/// itself when it is Promise or a subclass, else %Promise%.
fn species_constructor(vm: &mut Vm, p: Value) -> JsResult<Value> {
    let key = PropKey::Name(vm.realm.constructor);
    let c = property::get(vm, p, key)?;
    if c == Value::UNDEFINED {
        return Ok(vm.event.promise_ctor);
    }
    if c.as_object().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "The .constructor property is not an object"));
    }
    Ok(if is_promise_species(vm, c) { c } else { vm.event.promise_ctor })
}

/// NewPromiseCapability(C) for a C other than %Promise%: `new C(executor)`
/// and the resolving functions the executor was handed, which must be
/// functions: (promise, resolve, reject).
fn new_capability(vm: &mut Vm, c: Value) -> JsResult<(Value, Value, Value)> {
    if !crate::classes::is_constructor(vm, c) {
        let msg = format!("{} is not a constructor", crate::iteration::receiver_text(vm, c));
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut s = vm.scope();
    s.root(c);
    let executor = promise::closure(&mut s, Closure::CapabilityExecutor, &[Value::UNDEFINED, Value::UNDEFINED]);
    s.root(executor);
    let p = crate::classes::construct_with(&mut s, c, &[executor], c)?;
    let data = executor.as_object().map_or(Value::UNDEFINED, |o| o.env());
    let (resolve, reject) = (data_get(data, 0), data_get(data, 1));
    if resolve.as_callable().is_none() || reject.as_callable().is_none() {
        let msg = "Promise resolve or reject function is not callable";
        return Err(s.throw_error(ErrorKind::TypeError, msg));
    }
    Ok((p, resolve, reject))
}

/// GetCapabilitiesExecutor: keeps the first resolving functions it is
/// handed (a second call with any of them defined is an error).
fn capability_executor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let data = promise::closure_data(vm);
    if data_get(data, 0) != Value::UNDEFINED || data_get(data, 1) != Value::UNDEFINED {
        let msg = "Promise executor has already been invoked with non-undefined arguments";
        return Err(vm.throw_error(ErrorKind::TypeError, msg));
    }
    data_set(data, 0, arg(args, 0));
    data_set(data, 1, arg(args, 1));
    Ok(Value::UNDEFINED)
}

/// PromiseResolve(C, x): `x` itself when it is a promise whose
/// constructor is C, else a new C resolved with it.
fn promise_resolve_with(vm: &mut Vm, c: Value, x: Value) -> JsResult<Value> {
    if c == vm.event.promise_ctor {
        return promise::promise_resolve(vm, x);
    }
    let mut s = vm.scope();
    s.root(c);
    s.root(x);
    if promise::state_of(x).is_some() {
        let key = PropKey::Name(s.realm.constructor);
        if property::get(&mut s, x, key)? == c {
            return Ok(x);
        }
    }
    let (p, resolve, _) = new_capability(&mut s, c)?;
    s.root(p);
    call_function(&mut s, resolve, Value::UNDEFINED, &[x])?;
    Ok(p)
}

/// `obj.then(a, b)` looked up and called as a script would.
fn invoke_then(vm: &mut Vm, obj: Value, a: Value, b: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    s.root(obj);
    s.root(a);
    s.root(b);
    let key = PropKey::Name(s.atoms.intern("then"));
    let f = property::get(&mut s, obj, key)?;
    call_function(&mut s, f, obj, &[a, b])
}

fn catch(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    invoke_then(vm, this, Value::UNDEFINED, arg(args, 0))
}

fn finally(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.as_object().is_none() {
        let text = crate::iteration::receiver_text(vm, this);
        let msg = format!("Method Promise.prototype.finally called on incompatible receiver {text}");
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let on_finally = arg(args, 0);
    let mut s = vm.scope();
    s.root(this);
    s.root(on_finally);
    let c = species_constructor(&mut s, this)?;
    s.root(c);
    if on_finally.as_callable().is_none() {
        return invoke_then(&mut s, this, on_finally, on_finally);
    }
    let a = promise::closure(&mut s, Closure::FinallyThen, &[on_finally, c]);
    s.root(a);
    let b = promise::closure(&mut s, Closure::FinallyCatch, &[on_finally, c]);
    s.root(b);
    invoke_then(&mut s, this, a, b)
}

/// `finally`'s wrappers: run the callback, wait for what it returns, then
/// pass the original value (or reason) on.
fn finally_step(vm: &mut Vm, value: Value, kind: Closure) -> JsResult<Value> {
    let data = promise::closure_data(vm);
    let (on_finally, c) = (data_get(data, 0), data_get(data, 1));
    let mut s = vm.scope();
    s.root(value);
    s.root(c);
    let result = call_function(&mut s, on_finally, Value::UNDEFINED, &[])?;
    s.root(result);
    let p = promise_resolve_with(&mut s, c, result)?;
    s.root(p);
    let thunk = promise::closure(&mut s, kind, &[value]);
    s.root(thunk);
    invoke_then(&mut s, p, thunk, Value::UNDEFINED)
}

fn finally_then(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    finally_step(vm, arg(args, 0), Closure::ValueThunk)
}

fn finally_catch(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    finally_step(vm, arg(args, 0), Closure::Thrower)
}

fn value_thunk(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(data_get(promise::closure_data(vm), 0))
}

fn thrower(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let v = data_get(promise::closure_data(vm), 0);
    Err(vm.throw_value(v))
}

fn resolve_static(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.as_object().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "PromiseResolve called on non-object"));
    }
    promise_resolve_with(vm, this, arg(args, 0))
}

fn reject_static(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.as_object().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "PromiseReject called on non-object"));
    }
    let reason = arg(args, 0);
    let mut s = vm.scope();
    s.root(reason);
    if this != s.event.promise_ctor {
        let (p, _, reject) = new_capability(&mut s, this)?;
        s.root(p);
        call_function(&mut s, reject, Value::UNDEFINED, &[reason])?;
        return Ok(p);
    }
    let p = promise::new_promise(&mut s);
    s.root(p);
    promise::reject(&mut s, p, reason);
    Ok(p)
}

#[derive(Clone, Copy, PartialEq)]
enum Combinator {
    All,
    AllSettled,
    Race,
    Any,
}

/// The shared walk of `all`, `allSettled`, `race` and `any`: each item
/// through `C.resolve` (`this`'s, looked up once), then its `then` with
/// per-element closures whose data is `[values, [remaining], resolve,
/// reject, index, called]`.
fn combine(vm: &mut Vm, this: Value, args: &[Value], which: Combinator) -> JsResult<Value> {
    if this.as_object().is_none() {
        let name = match which {
            Combinator::All => "all",
            Combinator::AllSettled => "allSettled",
            Combinator::Race => "race",
            Combinator::Any => "any",
        };
        let msg = format!("Promise.{name} called on non-object");
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut s = vm.scope();
    let iterable = arg(args, 0);
    s.root(this);
    s.root(iterable);
    let (derived, res, rej) = if this == s.event.promise_ctor {
        let derived = promise::new_promise(&mut s);
        s.root(derived);
        let (res, rej) = promise::resolving_functions(&mut s, derived);
        (derived, res, rej)
    } else {
        new_capability(&mut s, this)?
    };
    s.root(derived);
    s.root(res);
    s.root(rej);
    // GetPromiseResolve(C): an error rejects the result.
    let key = PropKey::Name(s.atoms.intern("resolve"));
    let resolve = match property::get(&mut s, this, key) {
        Ok(f) if f.as_callable().is_some() => f,
        Ok(_) => {
            let e = s.error_value(ErrorKind::TypeError, "resolve is not a function");
            s.root(e);
            call_function(&mut s, rej, Value::UNDEFINED, &[e])?;
            return Ok(derived);
        }
        Err(_) => {
            let e = s.take_exception().unwrap_or(Value::UNDEFINED);
            s.root(e);
            call_function(&mut s, rej, Value::UNDEFINED, &[e])?;
            return Ok(derived);
        }
    };
    s.root(resolve);
    let values = s.new_array(Vec::new());
    s.root(values);
    let counter = s.new_array(vec![Value::smi(1)]);
    s.root(counter);
    let text = crate::iteration::describe(iterable);
    let mut index = 0;
    let walked = (|| -> JsResult<()> {
        if crate::iteration::iterator_method(&mut s, iterable)?.is_none() {
            let msg = format!("{text} is not iterable (cannot read property Symbol(Symbol.iterator))");
            return Err(s.throw_error(ErrorKind::TypeError, &msg));
        }
        crate::objects::for_each(&mut s, iterable, &text, |vm, item| {
            let mut s = vm.scope();
            let next = call_function(&mut s, resolve, this, &[item])?;
            s.root(next);
            if which == Combinator::Race {
                invoke_then(&mut s, next, res, rej)?;
                return Ok(());
            }
            if let Some(o) = values.as_object() {
                crate::heap::write_barrier(values);
                o.push(&mut s.heap, Value::UNDEFINED);
            }
            let count = data_get(counter, 0).as_smi();
            data_set(counter, 0, Value::smi(count + 1));
            let data = [values, counter, res, rej, Value::smi(index), Value::FALSE];
            index += 1;
            let (a, b) = match which {
                Combinator::All => (promise::closure(&mut s, Closure::AllElement, &data), rej),
                Combinator::AllSettled => {
                    let a = promise::closure(&mut s, Closure::SettledFulfilled, &data);
                    s.root(a);
                    let b = promise::closure(&mut s, Closure::SettledRejected, &data);
                    (a, b)
                }
                _ => (res, promise::closure(&mut s, Closure::AnyElement, &data)),
            };
            s.root(a);
            s.root(b);
            invoke_then(&mut s, next, a, b)?;
            Ok(())
        })
    })();
    if walked.is_err() {
        let e = s.take_exception().unwrap_or(Value::UNDEFINED);
        s.root(e);
        call_function(&mut s, rej, Value::UNDEFINED, &[e])?;
        return Ok(derived);
    }
    if which != Combinator::Race {
        count_down(&mut s, counter, values, res, rej, which == Combinator::Any)?;
    }
    Ok(derived)
}

/// One fewer element outstanding: at zero, settle with the values (or,
/// for `any`, reject with an AggregateError of the reasons).
fn count_down(vm: &mut Vm, counter: Value, values: Value, res: Value, rej: Value, any: bool) -> JsResult<()> {
    let count = data_get(counter, 0).as_smi() - 1;
    data_set(counter, 0, Value::smi(count));
    if count != 0 {
        return Ok(());
    }
    if any {
        let mut s = vm.scope();
        let e = aggregate_error(&mut s, values);
        s.root(e);
        call_function(&mut s, rej, Value::UNDEFINED, &[e])?;
        return Ok(());
    }
    call_function(vm, res, Value::UNDEFINED, &[values])?;
    Ok(())
}

/// `Promise.any`'s rejection: an AggregateError with the reasons in
/// `errors`.
fn aggregate_error(vm: &mut Vm, errors: Value) -> Value {
    let mut s = vm.scope();
    let e = s.error_value(ErrorKind::Error, "All promises were rejected");
    s.root(e);
    let proto = s.realm.intrinsics.aggregate_error_proto;
    if let Some(o) = e.as_object() {
        o.set_proto(&mut s.shapes, proto);
    }
    property::define_named(&mut s, e, "errors", HIDDEN, errors);
    e
}

/// Stores an element's result once (the `called` flag, data slot 5).
fn element_store(vm: &mut Vm, v: Value) -> Option<Value> {
    let data = promise::closure_data(vm);
    if data_get(data, 5) == Value::TRUE {
        return None;
    }
    data_set(data, 5, Value::TRUE);
    let values = data_get(data, 0);
    let i = data_get(data, 4).as_smi() as u32;
    if let Some(o) = values.as_object() {
        crate::heap::write_barrier(values);
        o.set_index(&mut vm.heap, i, v);
    }
    Some(data)
}

fn element_done(vm: &mut Vm, data: Value, any: bool) -> JsResult<Value> {
    let (values, counter, res, rej) = (data_get(data, 0), data_get(data, 1), data_get(data, 2), data_get(data, 3));
    count_down(vm, counter, values, res, rej, any)?;
    Ok(Value::UNDEFINED)
}

fn all_element(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    match element_store(vm, arg(args, 0)) {
        Some(data) => element_done(vm, data, false),
        None => Ok(Value::UNDEFINED),
    }
}

fn any_element(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    match element_store(vm, arg(args, 0)) {
        Some(data) => element_done(vm, data, true),
        None => Ok(Value::UNDEFINED),
    }
}

/// `{ status: 'fulfilled', value }` or `{ status: 'rejected', reason }`.
fn settled(vm: &mut Vm, v: Value, fulfilled: bool) -> JsResult<Value> {
    let mut s = vm.scope();
    s.root(v);
    let o = s.new_object();
    s.root(o);
    let (status, key) = if fulfilled { ("fulfilled", "value") } else { ("rejected", "reason") };
    let status = s.static_string(status);
    let k = PropKey::Name(s.atoms.intern("status"));
    property::set(&mut s, o, k, status)?;
    let k = PropKey::Name(s.atoms.intern(key));
    property::set(&mut s, o, k, v)?;
    match element_store(&mut s, o) {
        Some(data) => element_done(&mut s, data, false),
        None => Ok(Value::UNDEFINED),
    }
}

fn settled_fulfilled(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    settled(vm, arg(args, 0), true)
}

fn settled_rejected(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    settled(vm, arg(args, 0), false)
}

fn all(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    combine(vm, this, args, Combinator::All)
}

fn all_settled(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    combine(vm, this, args, Combinator::AllSettled)
}

fn race(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    combine(vm, this, args, Combinator::Race)
}

fn any(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    combine(vm, this, args, Combinator::Any)
}

/// node's check of a callback argument (`ERR_INVALID_ARG_TYPE`).
pub(super) fn check_callback(vm: &mut Vm, f: Value) -> JsResult<()> {
    if f.as_callable().is_some() {
        return Ok(());
    }
    let got = match f.as_object() {
        None => format!("type {} ({})", crate::ops::type_of(f), crate::show::inspect(vm, f)),
        Some(_) => "an instance of Object".to_string(),
    };
    let got = if f == Value::UNDEFINED { "undefined".to_string() } else { got };
    let msg = format!("The \"callback\" argument must be of type function. Received {got}");
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

fn queue_microtask(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    check_callback(vm, f)?;
    vm.event.jobs.push_back(promise::Job::Call(f));
    Ok(Value::UNDEFINED)
}
