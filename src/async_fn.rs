//! Async functions at run time: a call starts the body, each `await`
//! suspends it, and promise reactions resume it.
//!
//! An async function is a generator nobody sees. Its code is a generator's
//! (src/compiler/async_fn.rs): `GenStart` before the parameters are bound
//! (so that a throwing default rejects the promise, as the specification's
//! instantiation inside the async context does), and each `await v` is a
//! `Yield` of `v` with the same resume dispatch. Here `GenStart` makes the
//! generator object and the function's promise, runs the body to its
//! first `await` (or its end) at once, and hands the promise to the caller.
//!
//! An `await` is the specification's Await: `PromiseResolve(%Promise%, v)`
//! then `PerformPromiseThen` with two native closures (data: the generator
//! and the promise) and no derived promise. A native promise is used as it
//! is, so awaiting one costs one tick (the ES2019 fast path node has); a
//! plain value becomes an already fulfilled promise (one tick too), a
//! thenable a promise that adopts it (its `then` runs in a job first).
//! The closures resume the generator with `next(value)` or `throw(reason)`,
//! so a rejection surfaces at the `await` as a throw that `try`/`catch`/
//! `finally` around it see. The body's return value resolves the promise
//! (adopting a returned promise costs its two extra ticks, as in node) and
//! an exception out of the body rejects it.

use crate::error::JsResult;
use crate::generators::{resume_raw, Mode, Resumed};
use crate::promise;
use crate::value::Value;
use crate::vm::Vm;

/// `GenStart` of an async function at `pc` in the frame at `base`: runs
/// the body until it first awaits, and returns the function's promise.
pub fn start(vm: &mut Vm, proto: &crate::bytecode::FuncProto, base: usize, pc: usize) -> JsResult<Value> {
    let gen = crate::generators::start(vm, proto, base, pc)?;
    let mut s = vm.scope();
    s.root(gen);
    let p = promise::new_promise(&mut s);
    s.root(p);
    // The body runs in a copy of this frame above it: that copy links to
    // this frame's caller, so a stack trace shows the function once.
    let link = s.stack.link(base);
    let caller = base.wrapping_sub(((link >> 32) / 8) as usize);
    let saved = s.calling;
    s.calling = (caller, link as u32);
    let stepped = step(&mut s, gen, p, Mode::Next, Value::UNDEFINED);
    s.calling = saved;
    stepped?;
    Ok(p)
}

/// Resumes the body (`mode`, with `sent`) and settles or re-awaits by
/// what it did.
fn step(vm: &mut Vm, gen: Value, p: Value, mut mode: Mode, mut sent: Value) -> JsResult<()> {
    let mut s = vm.scope();
    s.root(gen);
    s.root(p);
    loop {
        let awaited = match resume_raw(&mut s, gen, mode, sent) {
            Ok(Resumed::Yielded(v)) | Ok(Resumed::Passed(v)) | Ok(Resumed::AsyncYield(v)) => v,
            Ok(Resumed::Done(v)) => {
                s.root(v);
                return promise::resolve(&mut s, p, v);
            }
            Err(e) => {
                if !s.exception_catchable() {
                    return Err(e);
                }
                let reason = s.take_exception().unwrap_or(Value::UNDEFINED);
                promise::reject(&mut s, p, reason);
                return Ok(());
            }
        };
        s.root(awaited);
        // PromiseResolve may call a `constructor` getter: what it throws
        // is thrown at the `await`.
        let q = match promise::promise_resolve(&mut s, awaited) {
            Ok(q) => q,
            Err(e) => {
                if !s.exception_catchable() {
                    return Err(e);
                }
                mode = Mode::Throw;
                sent = s.take_exception().unwrap_or(Value::UNDEFINED);
                continue;
            }
        };
        s.root(q);
        let (on_fulfilled, on_rejected) = crate::generators::await_closures(&mut s, gen, p);
        promise::perform_then(&mut s, q, on_fulfilled, on_rejected, Value::UNDEFINED);
        return Ok(());
    }
}

/// The closure resuming an `await` whose promise fulfilled.
pub fn await_fulfilled(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    resume_from_job(vm, Mode::Next, args)
}

/// The closure resuming an `await` whose promise rejected: the reason is
/// thrown at the `await`.
pub fn await_rejected(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    resume_from_job(vm, Mode::Throw, args)
}

fn resume_from_job(vm: &mut Vm, mode: Mode, args: &[Value]) -> JsResult<Value> {
    let data = promise::closure_data(vm);
    let (gen, p) = (promise::data_get(data, 0), promise::data_get(data, 1));
    let v = args.first().copied().unwrap_or(Value::UNDEFINED);
    if crate::async_gen::is_async_gen(gen) {
        crate::async_gen::drive(vm, gen, mode, v)?;
        return Ok(Value::UNDEFINED);
    }
    step(vm, gen, p, mode, v)?;
    Ok(Value::UNDEFINED)
}
