//! Async generators (`async function*`) and `for await`, at run time.
//!
//! An async generator is a generator (src/generators.rs: its frame saved
//! in the object, resumed from the instruction after a `Yield`) with a
//! request queue, as ECMA-262 27.6 describes it: `next`, `throw` and
//! `return` each queue a request and return a promise; the body runs while
//! requests wait, and each `yield` answers the oldest one. Its `await`s are
//! an async function's (the same `Yield` with kind 0, resumed by the same
//! await closures, src/async_fn.rs), its `yield`s a `Yield` of kind 2
//! (src/compiler/generators.rs awaits the operand first, and awaits the
//! value of a `return()` resumption, as AsyncGeneratorUnwrapYieldResumption
//! does), so the tick counts are the specification's and node's.
//!
//! `for await` steps an iterator object made by `AsyncIterValues`: an
//! async iterator (`[Symbol.asyncIterator]()`), or a sync one wrapped as
//! CreateAsyncFromSyncIterator specifies, without a wrapper object: each
//! step makes the promise the wrapper's `next` would.

use crate::error::{ErrorKind, JsResult};
use crate::generators::{iter_result, resume_raw, Mode, Resumed};
use crate::heap::object::{AsyncGenState, AsyncQueue};
use crate::heap::{ObjClass, PropKey};
use crate::promise::{self, Closure};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// Runs `f` on the queue of async generator `gen` (None: not one).
fn with_queue<R>(gen: Value, f: impl FnOnce(&mut AsyncQueue) -> R) -> Option<R> {
    let Some(ObjClass::Generator(g)) = gen.as_object().map(|o| &o.class) else { return None };
    let mut g = g.borrow_mut();
    g.queue.as_deref_mut().map(f)
}

/// Whether `gen` is an async generator object.
pub fn is_async_gen(gen: Value) -> bool {
    with_queue(gen, |_| ()).is_some()
}

fn set_state(gen: Value, state: AsyncGenState) {
    with_queue(gen, |q| q.state = state);
}

/// `AsyncGenerator.prototype.next/throw/return(v)` on `this`: queues the
/// request and returns its promise.
pub fn request(vm: &mut Vm, this: Value, mode: Mode, v: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    s.root(this);
    s.root(v);
    let p = promise::new_promise(&mut s);
    s.root(p);
    let Some(state) = with_queue(this, |q| q.state) else {
        let text = property::receiver_text(&s, this);
        let name = match mode {
            Mode::Next => "next",
            Mode::Throw => "throw",
            Mode::Return => "return",
        };
        let msg = format!("Method [AsyncGenerator].prototype.{name} called on incompatible receiver {text}");
        let e = s.error_value(ErrorKind::TypeError, &msg);
        promise::reject(&mut s, p, e);
        return Ok(p);
    };
    use AsyncGenState::*;
    match mode {
        Mode::Next if state == Completed => {
            let r = iter_result(&mut s, Value::UNDEFINED, true)?;
            promise::resolve(&mut s, p, r)?;
            return Ok(p);
        }
        Mode::Throw if matches!(state, SuspendedStart | Completed) => {
            set_state(this, Completed);
            promise::reject(&mut s, p, v);
            return Ok(p);
        }
        _ => {}
    }
    with_queue(this, |q| {
        crate::heap::write_barrier(this);
        q.requests.push_back((mode as u8, v, p));
    });
    match (mode, state) {
        (Mode::Return, SuspendedStart | Completed) => {
            set_state(this, AwaitingReturn);
            await_return(&mut s, this)?;
        }
        (_, SuspendedStart | SuspendedYield) => {
            set_state(this, Executing);
            drive(&mut s, this, mode, v)?;
        }
        // Executing or awaiting a return: the request waits its turn.
        _ => {}
    }
    Ok(p)
}

/// Runs the body from where it stopped, sending `v` the way `mode` says,
/// until it awaits, suspends at a `yield` no request is waiting for, or
/// ends.
pub fn drive(vm: &mut Vm, gen: Value, mut mode: Mode, mut v: Value) -> JsResult<()> {
    let mut s = vm.scope();
    s.root(gen);
    loop {
        match resume_raw(&mut s, gen, mode, v) {
            Ok(Resumed::Yielded(x)) | Ok(Resumed::Passed(x)) => {
                // An `await`: the await closures resume it (src/async_fn.rs).
                s.root(x);
                let q = match promise::promise_resolve(&mut s, x) {
                    Ok(q) => q,
                    Err(e) => {
                        if !s.exception_catchable() {
                            return Err(e);
                        }
                        mode = Mode::Throw;
                        v = s.take_exception().unwrap_or(Value::UNDEFINED);
                        continue;
                    }
                };
                s.root(q);
                let (on_fulfilled, on_rejected) = crate::generators::await_closures(&mut s, gen, Value::UNDEFINED);
                promise::perform_then(&mut s, q, on_fulfilled, on_rejected, Value::UNDEFINED);
                return Ok(());
            }
            Ok(Resumed::AsyncYield(x)) => {
                s.root(x);
                complete_step(&mut s, gen, x, false, false)?;
                // A request already waiting resumes the body at once.
                match with_queue(gen, |q| q.requests.front().copied()).flatten() {
                    Some((m, sent, _)) => {
                        mode = mode_of(m);
                        v = sent;
                        s.root(v);
                    }
                    None => {
                        set_state(gen, AsyncGenState::SuspendedYield);
                        return Ok(());
                    }
                }
            }
            Ok(Resumed::Done(x)) => return finish(&mut s, gen, x, false),
            Err(e) => {
                if !s.exception_catchable() {
                    return Err(e);
                }
                let reason = s.take_exception().unwrap_or(Value::UNDEFINED);
                return finish(&mut s, gen, reason, true);
            }
        }
    }
}

fn mode_of(m: u8) -> Mode {
    match m {
        1 => Mode::Throw,
        2 => Mode::Return,
        _ => Mode::Next,
    }
}

/// AsyncGeneratorCompleteStep: answers the oldest request with `v` (a
/// rejection when `throw`, else `{ value: v, done }`).
fn complete_step(vm: &mut Vm, gen: Value, v: Value, throw: bool, done: bool) -> JsResult<()> {
    let Some(Some((_, _, p))) = with_queue(gen, |q| q.requests.pop_front()) else { return Ok(()) };
    let mut s = vm.scope();
    s.root(p);
    s.root(v);
    if throw {
        promise::reject(&mut s, p, v);
        return Ok(());
    }
    let r = iter_result(&mut s, v, done)?;
    s.root(r);
    promise::resolve(&mut s, p, r)
}

/// AsyncGeneratorDrainQueue: answers the requests made after the body
/// ended (`next` done, `throw` rejected, `return` awaited).
fn drain_queue(vm: &mut Vm, gen: Value) -> JsResult<()> {
    loop {
        let Some(Some((m, v, _))) = with_queue(gen, |q| q.requests.front().copied()) else { return Ok(()) };
        match mode_of(m) {
            Mode::Return => {
                set_state(gen, AsyncGenState::AwaitingReturn);
                return await_return(vm, gen);
            }
            Mode::Throw => complete_step(vm, gen, v, true, true)?,
            Mode::Next => complete_step(vm, gen, Value::UNDEFINED, false, true)?,
        }
    }
}

/// AsyncGeneratorAwaitReturn: the oldest request is a `return(v)` of a
/// generator that is not running; `v` is awaited, then answers it.
fn await_return(vm: &mut Vm, gen: Value) -> JsResult<()> {
    let Some(Some((_, v, _))) = with_queue(gen, |q| q.requests.front().copied()) else { return Ok(()) };
    let mut s = vm.scope();
    s.root(gen);
    s.root(v);
    let q = match promise::promise_resolve(&mut s, v) {
        Ok(q) => q,
        Err(e) => {
            if !s.exception_catchable() {
                return Err(e);
            }
            let reason = s.take_exception().unwrap_or(Value::UNDEFINED);
            return finish(&mut s, gen, reason, true);
        }
    };
    s.root(q);
    let on_fulfilled = promise::closure(&mut s, Closure::AsyncGenReturnFulfilled, &[gen]);
    s.root(on_fulfilled);
    let on_rejected = promise::closure(&mut s, Closure::AsyncGenReturnRejected, &[gen]);
    s.root(on_rejected);
    promise::perform_then(&mut s, q, on_fulfilled, on_rejected, Value::UNDEFINED);
    Ok(())
}

/// The generator is done: answers the oldest request with its last
/// completion (`v`, thrown when `throw`), then the rest of the queue.
fn finish(vm: &mut Vm, gen: Value, v: Value, throw: bool) -> JsResult<()> {
    set_state(gen, AsyncGenState::Completed);
    let mut s = vm.scope();
    s.root(gen);
    s.root(v);
    complete_step(&mut s, gen, v, throw, true)?;
    drain_queue(&mut s, gen)
}

fn returned(vm: &mut Vm, args: &[Value], throw: bool) -> JsResult<Value> {
    let gen = promise::data_get(promise::closure_data(vm), 0);
    let v = args.first().copied().unwrap_or(Value::UNDEFINED);
    finish(vm, gen, v, throw)?;
    Ok(Value::UNDEFINED)
}

/// The reaction to a `return(v)`'s value fulfilling.
pub fn return_fulfilled(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    returned(vm, args, false)
}

/// The reaction to a `return(v)`'s value rejecting.
pub fn return_rejected(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    returned(vm, args, true)
}

// ---- for await

/// How a `for await` loop steps its iterator (`Iter::asynchronous`).
pub const ASYNC_ITERATOR: u8 = 1;
pub const FROM_SYNC: u8 = 2;

/// GetIterator(src, async): the loop iterator of `for await (x of src)`.
pub fn iter_values(vm: &mut Vm, src: Value, text: &crate::bytecode::IterText) -> JsResult<Value> {
    let mut s = vm.scope();
    s.root(src);
    let mut kind = ASYNC_ITERATOR;
    if src.is_nullish() {
        let what = if src == Value::NULL { "null" } else { "undefined" };
        let msg = format!("Cannot read properties of {what} (reading 'Symbol(Symbol.asyncIterator)')");
        return Err(s.throw_error(ErrorKind::TypeError, &msg));
    }
    let key = PropKey::Name(s.realm.intrinsics.async_iterator);
    let mut method = property::get(&mut s, src, key)?;
    if method.is_nullish() {
        kind = FROM_SYNC;
        method = crate::iteration::iterator_method(&mut s, src)?.unwrap_or(Value::UNDEFINED);
        if method == Value::UNDEFINED {
            return Err(not_async_iterable(&mut s, text, src));
        }
    }
    s.root(method);
    if method.as_callable().is_none() {
        let msg = format!("{} is not a function", crate::iteration::describe(method));
        return Err(s.throw_error(ErrorKind::TypeError, &msg));
    }
    let it = crate::calls::call_function(&mut s, method, src, &[])?;
    if it.as_object().is_none() {
        let which = if kind == FROM_SYNC { "Symbol.iterator" } else { "Symbol.asyncIterator" };
        return Err(s.throw_error(ErrorKind::TypeError, &format!("Result of the {which} method is not an object")));
    }
    s.root(it);
    let key = PropKey::Name(s.realm.intrinsics.next);
    let next = property::get(&mut s, it, key)?;
    s.root(next);
    Ok(crate::objects::protocol_loop_iterator(&mut s, it, next, kind))
}

/// V8's "TEXT is not async iterable", TEXT the loop's expression as
/// written (or the value, where the compiler recorded no text).
fn not_async_iterable(vm: &mut Vm, text: &crate::bytecode::IterText, src: Value) -> crate::error::Thrown {
    let what = match text {
        crate::bytecode::IterText::Quote(t) => t.to_string(),
        _ => crate::show::inspect(vm, src),
    };
    vm.throw_error(ErrorKind::TypeError, &format!("{what} is not async iterable"))
}

/// The loop iterator's state: (iterator, next, kind, closed or done).
fn loop_iter(it: Value) -> Option<(Value, Value, u8, bool)> {
    let Some(ObjClass::Iter(st, false)) = it.as_object().map(|o| &o.class) else { return None };
    let st = st.borrow();
    Some((st.target, st.next, st.asynchronous, st.pos != 0))
}

fn mark_finished(it: Value) {
    if let Some(ObjClass::Iter(st, false)) = it.as_object().map(|o| &o.class) {
        st.borrow_mut().pos = 1;
    }
}

/// One step of `for await`: what the loop awaits (the iterator's `next()`
/// result, or the promise the async-from-sync wrapper's `next` makes).
pub fn iter_next(vm: &mut Vm, it: Value) -> JsResult<Value> {
    let Some((target, next, kind, _)) = loop_iter(it) else { return Ok(Value::UNDEFINED) };
    let r = crate::calls::call_function(vm, next, target, &[])?;
    if kind == FROM_SYNC {
        return from_sync_continue(vm, r);
    }
    Ok(r)
}

/// AsyncFromSyncIteratorContinuation: a promise of `{ value, done }` that
/// waits for `value` when it is a promise.
fn from_sync_continue(vm: &mut Vm, r: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    s.root(r);
    let p = promise::new_promise(&mut s);
    s.root(p);
    let step = (|| -> JsResult<(bool, Value)> {
        let done = crate::iteration::result_done(&mut s, r)?;
        let key = PropKey::Name(s.realm.intrinsics.value);
        let value = property::get(&mut s, r, key)?;
        s.root(value);
        Ok((done, promise::promise_resolve(&mut s, value)?))
    })();
    let (done, wrapper) = match step {
        Ok(x) => x,
        Err(e) => {
            if !s.exception_catchable() {
                return Err(e);
            }
            let reason = s.take_exception().unwrap_or(Value::UNDEFINED);
            promise::reject(&mut s, p, reason);
            return Ok(p);
        }
    };
    s.root(wrapper);
    let unwrap = promise::closure(&mut s, Closure::AsyncFromSyncUnwrap, &[Value::bool(done)]);
    s.root(unwrap);
    promise::perform_then(&mut s, wrapper, unwrap, Value::UNDEFINED, p);
    Ok(p)
}

/// The wrapper's unwrap closure: `{ value: v, done }`.
pub fn from_sync_unwrap(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let done = promise::data_get(promise::closure_data(vm), 0).truthy();
    let v = args.first().copied().unwrap_or(Value::UNDEFINED);
    iter_result(vm, v, done)
}

/// The awaited result of a step: `Some(value)`, or None when done (the
/// loop ends and nothing is closed).
pub fn iter_result_value(vm: &mut Vm, it: Value, r: Value) -> JsResult<Option<Value>> {
    let mut s = vm.scope();
    s.root(r);
    if crate::iteration::result_done(&mut s, r)? {
        mark_finished(it);
        return Ok(None);
    }
    let key = PropKey::Name(s.realm.intrinsics.value);
    property::get(&mut s, r, key).map(Some)
}

/// AsyncIteratorClose after a `break` or `return`: the result of calling
/// the iterator's `return` (to be awaited), or None when there is nothing
/// to call (or to await) .
pub fn iter_close(vm: &mut Vm, it: Value) -> JsResult<Option<Value>> {
    let Some((target, _, kind, finished)) = loop_iter(it) else { return Ok(None) };
    if finished || kind == 0 {
        return Ok(None);
    }
    mark_finished(it);
    let mut s = vm.scope();
    s.root(target);
    let key = PropKey::Name(s.realm.intrinsics.return_);
    let ret = property::get(&mut s, target, key)?;
    if ret.is_nullish() {
        if kind == FROM_SYNC {
            // The wrapper's own `return` exists: it answers done at once.
            let p = promise::new_promise(&mut s);
            s.root(p);
            let r = iter_result(&mut s, Value::UNDEFINED, true)?;
            promise::resolve(&mut s, p, r)?;
            return Ok(Some(p));
        }
        return Ok(None);
    }
    s.root(ret);
    let r = crate::calls::call_function(&mut s, ret, target, &[])?;
    if kind == FROM_SYNC {
        return from_sync_continue(&mut s, r).map(Some);
    }
    Ok(Some(r))
}

/// The awaited result of a close must be an object.
pub fn check_result_object(vm: &mut Vm, r: Value) -> JsResult<()> {
    if r.as_object().is_none() {
        let text = crate::show::inspect(vm, r);
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("Iterator result {text} is not an object")));
    }
    Ok(())
}

// ---- yield* in an async generator

/// Sends `v` to the inner iterator of `yield*` (loop iterator `it`) the
/// way `mode` says (0 next, 1 throw, 2 return): what to await, and how
/// (0 a next/throw result, 1 a return result, 2 the value to return: the
/// iterator has no `return`).
pub fn delegate_call(vm: &mut Vm, it: Value, mode: i32, v: Value) -> JsResult<(Value, i32)> {
    let Some((target, next, kind, _)) = loop_iter(it) else { return Ok((Value::UNDEFINED, 2)) };
    let mut s = vm.scope();
    s.root(target);
    s.root(v);
    let method = match mode {
        0 => next,
        1 => {
            let key = PropKey::Name(s.realm.intrinsics.throw_);
            let m = property::get(&mut s, target, key)?;
            if m.is_nullish() {
                // No `throw`: the inner iterator is closed, then a TypeError.
                let key = PropKey::Name(s.realm.intrinsics.return_);
                let ret = property::get(&mut s, target, key)?;
                if !ret.is_nullish() {
                    crate::calls::call_function(&mut s, ret, target, &[])?;
                }
                let msg = "The iterator does not provide a 'throw' method.";
                return Err(s.throw_error(ErrorKind::TypeError, msg));
            }
            m
        }
        _ => {
            let key = PropKey::Name(s.realm.intrinsics.return_);
            let m = property::get(&mut s, target, key)?;
            if m.is_nullish() {
                return Ok((v, 2));
            }
            m
        }
    };
    s.root(method);
    let r = crate::calls::call_function(&mut s, method, target, &[v])?;
    let r = if kind == FROM_SYNC { from_sync_continue(&mut s, r)? } else { r };
    Ok((r, if mode == 2 { 1 } else { 0 }))
}

/// An awaited inner result of `yield*`: its value and whether it is done.
pub fn delegate_result(vm: &mut Vm, r: Value) -> JsResult<(Value, bool)> {
    let mut s = vm.scope();
    s.root(r);
    let done = crate::iteration::result_done(&mut s, r)?;
    let key = PropKey::Name(s.realm.intrinsics.value);
    Ok((property::get(&mut s, r, key)?, done))
}
