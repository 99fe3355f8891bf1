//! Promises and the event loop: a promise's state and reactions, the
//! microtask (job) queue, timers, and the check for rejections nobody
//! handled.
//!
//! The algorithms are the specification's (ECMA-262 27.2), which V8
//! follows to the tick, so that programs print in node's order:
//! settling a promise queues one job per waiting reaction; resolving a
//! promise with a thenable queues a job that calls its `then` (so adopting
//! another promise costs two ticks); `then` on a settled promise queues
//! its reaction at once. The queue is drained after the script returns
//! (and after each REPL input, and after each timer callback), as node
//! drains it when the stack empties.
//!
//! Every value the loop holds (jobs, timers, the promises rejected without
//! a handler) lives in `EventLoop`, which the collector traces as a root.
//! A promise's own state (`PromiseState`) is traced through its object, and
//! every store into it goes through the write barrier: an old promise may
//! be handed a young reaction.

use std::time::Instant;

use crate::event_loop::Host;

use crate::error::{ErrorKind, JsError, JsResult};
use crate::heap::{ObjClass, PropKey};
use crate::value::Value;
use crate::vm::Vm;

pub use crate::event_loop::{Closure, EventLoop, Job, PState, PromiseState, Reaction, Timer, CLOSURES};

pub use crate::heap::promise_parts::{data_get, state_of};

/// A new pending promise whose prototype is `proto`.
pub fn new_promise_with(vm: &mut Vm, proto: Value) -> Value {
    let shape = vm.shapes.root(proto);
    let state = PromiseState { state: PState::Pending, value: Value::UNDEFINED, reactions: Vec::new(), handled: false };
    let obj = crate::heap::JsObject::new(shape, ObjClass::Promise(Box::new(std::cell::RefCell::new(state))));
    vm.alloc(crate::heap::ObjKind::Object(obj))
}

pub fn new_promise(vm: &mut Vm) -> Value {
    let proto = vm.event.promise_proto;
    new_promise_with(vm, proto)
}

/// A native closure of kind `kind` whose data is the internal array
/// `data` (held in the function's environment slot, as a bound function
/// holds its parts).
pub fn closure(vm: &mut Vm, kind: Closure, data: &[Value]) -> Value {
    let mut s = vm.scope();
    for &d in data {
        s.root(d);
    }
    // A trailing undefined keeps the array's elements tagged: an array of
    // numbers alone would hold raw doubles, which `data_get` cannot hand
    // back without allocating (`Promise.resolve(NaN).finally(f)`).
    let mut items = data.to_vec();
    items.push(Value::UNDEFINED);
    let arr = s.new_array(items);
    s.root(arr);
    let index = s.event.closures[kind as usize];
    let shape = s.realm.function_shape;
    let obj = crate::heap::JsObject::new(shape, ObjClass::Function(crate::heap::Callable::Native(index)));
    obj.set_env(arr);
    s.alloc(crate::heap::ObjKind::Object(obj))
}

/// The data array of the closure now running.
pub fn closure_data(vm: &Vm) -> Value {
    let f = vm.stack.view().get(vm.calling.0.wrapping_sub(crate::calls::ARGS_AFTER_FUNC));
    f.as_object().map(|o| o.env()).unwrap_or(Value::UNDEFINED)
}

pub fn data_set(data: Value, i: u32, v: Value) {
    if let Some(o) = data.as_object() {
        crate::heap::write_barrier(data);
        o.set_dense(i, v);
    }
}

/// The pair of resolving functions for `promise` (sharing one "already
/// resolved" flag, data slot 1).
pub fn resolving_functions(vm: &mut Vm, promise: Value) -> (Value, Value) {
    let mut s = vm.scope();
    s.root(promise);
    let data = s.new_array(vec![promise, Value::FALSE]);
    s.root(data);
    let index = s.event.closures[Closure::Resolve as usize];
    let shape = s.realm.function_shape;
    let make = |s: &mut Vm, index: u32| {
        let obj = crate::heap::JsObject::new(shape, ObjClass::Function(crate::heap::Callable::Native(index)));
        obj.set_env(data);
        s.alloc(crate::heap::ObjKind::Object(obj))
    };
    let resolve = make(&mut s, index);
    s.root(resolve);
    let index = s.event.closures[Closure::Reject as usize];
    let reject = make(&mut s, index);
    (resolve, reject)
}

/// Settles pending promise `p` and queues its reactions.
fn settle(vm: &mut Vm, p: Value, state: PState, value: Value) {
    let Some(cell) = state_of(p) else { return };
    let (reactions, handled) = {
        let mut st = cell.borrow_mut();
        if st.state != PState::Pending {
            return;
        }
        crate::heap::write_barrier(p);
        st.state = state;
        st.value = value;
        (std::mem::take(&mut st.reactions), st.handled)
    };
    if state == PState::Rejected && !handled {
        vm.event.rejected.push(p);
    }
    for r in reactions {
        queue_reaction(vm, r, state, value);
    }
}

fn queue_reaction(vm: &mut Vm, r: Reaction, state: PState, value: Value) {
    let rejected = state == PState::Rejected;
    let handler = if rejected { r.on_rejected } else { r.on_fulfilled };
    vm.event.jobs.push_back(Job::Reaction { handler, arg: value, derived: r.derived, rejected });
}

pub fn fulfill(vm: &mut Vm, p: Value, v: Value) {
    settle(vm, p, PState::Fulfilled, v);
}

pub fn reject(vm: &mut Vm, p: Value, reason: Value) {
    settle(vm, p, PState::Rejected, reason);
}

/// The promise resolve function's steps (after its "already resolved"
/// check): fulfill with a non-thenable, adopt a thenable through a job.
pub fn resolve(vm: &mut Vm, p: Value, resolution: Value) -> JsResult<()> {
    if resolution == p {
        let e = vm.error_value(ErrorKind::TypeError, "Chaining cycle detected for promise #<Promise>");
        reject(vm, p, e);
        return Ok(());
    }
    if resolution.as_object().is_none() {
        fulfill(vm, p, resolution);
        return Ok(());
    }
    let mut s = vm.scope();
    s.root(p);
    s.root(resolution);
    let key = PropKey::Name(s.atoms.intern("then"));
    let then = match crate::property::get(&mut s, resolution, key) {
        Ok(t) => t,
        Err(_) => {
            let e = s.take_exception().unwrap_or(Value::UNDEFINED);
            reject(&mut s, p, e);
            return Ok(());
        }
    };
    if then.as_callable().is_none() {
        fulfill(&mut s, p, resolution);
        return Ok(());
    }
    s.event.jobs.push_back(Job::Thenable { promise: p, thenable: resolution, then });
    Ok(())
}

/// PerformPromiseThen: attaches a reaction (queued at once when `p` has
/// settled) and marks `p` handled.
pub fn perform_then(vm: &mut Vm, p: Value, on_fulfilled: Value, on_rejected: Value, derived: Value) {
    let Some(cell) = state_of(p) else { return };
    let on_fulfilled = if on_fulfilled.as_callable().is_some() { on_fulfilled } else { Value::UNDEFINED };
    let on_rejected = if on_rejected.as_callable().is_some() { on_rejected } else { Value::UNDEFINED };
    let r = Reaction { on_fulfilled, on_rejected, derived };
    let (state, value, was_handled) = {
        let mut st = cell.borrow_mut();
        let was = st.handled;
        st.handled = true;
        if st.state == PState::Pending {
            crate::heap::write_barrier(p);
            st.reactions.push(r);
        }
        (st.state, st.value, was)
    };
    if state == PState::Rejected && !was_handled {
        vm.event.rejected.retain(|&q| q != p);
    }
    if state != PState::Pending {
        queue_reaction(vm, r, state, value);
    }
}

/// PromiseResolve(%Promise%, v): `v` itself when it is a promise made by
/// the Promise constructor, else a new promise resolved with it.
pub fn promise_resolve(vm: &mut Vm, v: Value) -> JsResult<Value> {
    if state_of(v).is_some() {
        let key = PropKey::Name(vm.atoms.intern("constructor"));
        let ctor = crate::property::get(vm, v, key)?;
        if ctor == vm.event.promise_ctor {
            return Ok(v);
        }
    }
    let mut s = vm.scope();
    s.root(v);
    let p = new_promise(&mut s);
    s.root(p);
    resolve(&mut s, p, v)?;
    Ok(p)
}

/// Settles what a reaction derives: a promise `then` made (resolved or
/// rejected directly), or the capability a Promise subclass's `then` made,
/// `[promise, resolve, reject]`, through its functions.
fn settle_derived(vm: &mut Vm, derived: Value, v: Value, rejected: bool) -> JsResult<()> {
    if state_of(derived).is_some() {
        if rejected {
            reject(vm, derived, v);
            return Ok(());
        }
        return resolve(vm, derived, v);
    }
    let f = data_get(derived, if rejected { 2 } else { 1 });
    crate::calls::call_function(vm, f, Value::UNDEFINED, &[v])?;
    Ok(())
}

/// Runs one job. An exception out of a handler rejects the derived
/// promise; one out of `queueMicrotask`'s callback is uncaught.
fn run_job(vm: &mut Vm, job: Job) -> JsResult<()> {
    let mut s = vm.scope();
    for v in job.values() {
        s.root(v);
    }
    match job {
        Job::Call(f) => {
            crate::calls::call_function(&mut s, f, Value::UNDEFINED, &[])?;
        }
        Job::Reaction { handler, arg, derived, rejected } => {
            let result = if handler == Value::UNDEFINED {
                if rejected {
                    Err(arg)
                } else {
                    Ok(arg)
                }
            } else {
                match crate::calls::call_function(&mut s, handler, Value::UNDEFINED, &[arg]) {
                    Ok(v) => Ok(v),
                    Err(t) => {
                        if derived == Value::UNDEFINED {
                            return Err(t);
                        }
                        Err(s.take_exception().unwrap_or(Value::UNDEFINED))
                    }
                }
            };
            if derived == Value::UNDEFINED {
                return Ok(());
            }
            match result {
                Ok(v) => {
                    s.root(v);
                    settle_derived(&mut s, derived, v, false)?
                }
                Err(e) => {
                    s.root(e);
                    settle_derived(&mut s, derived, e, true)?
                }
            }
        }
        Job::Thenable { promise, thenable, then } => {
            let (res, rej) = resolving_functions(&mut s, promise);
            s.root(res);
            s.root(rej);
            if crate::calls::call_function(&mut s, then, thenable, &[res, rej]).is_err() {
                let e = s.take_exception().unwrap_or(Value::UNDEFINED);
                s.root(e);
                crate::calls::call_function(&mut s, rej, Value::UNDEFINED, &[e])?;
            }
        }
    }
    Ok(())
}

/// Runs `process.nextTick` callbacks and microtasks until both queues are
/// empty, in node's order: every tick queued so far, then every promise
/// job (those they queue too), then the ticks those queued, and so on.
pub fn drain_jobs(vm: &mut Vm) -> JsResult<()> {
    use crate::event_loop::{Host, Phase};
    let saved = vm.event.host;
    let r = drain(vm);
    vm.event.host = saved;
    return r;

    /// The host of a job of this kind (tick, promise job, queueMicrotask)
    /// in the current drain.
    fn host(vm: &Vm, kind: usize) -> Host {
        match vm.event.phase {
            Phase::None => Host::None,
            Phase::Drain { ticks: true } => [Host::Tick, Host::Reaction, Host::QueueMicrotask][kind],
            Phase::Drain { ticks: false } => [Host::Tick, Host::None, Host::BareQueueMicrotask][kind],
        }
    }

    fn drain(vm: &mut Vm) -> JsResult<()> {
        loop {
            vm.event.host = host(vm, 0);
            if !vm.event.ticks.is_empty() && vm.event.phase != Phase::None {
                // The jobs after a tick run in node's tick processing.
                vm.event.phase = Phase::Drain { ticks: true };
            }
            while let Some((f, args)) = vm.event.ticks.pop_front() {
                let mut s = vm.scope();
                s.root(f);
                for &a in &args {
                    s.root(a);
                }
                crate::calls::call_function(&mut s, f, Value::UNDEFINED, &args)?;
            }
            if vm.event.jobs.is_empty() {
                return Ok(());
            }
            while let Some(job) = vm.event.jobs.pop_front() {
                vm.event.host = host(vm, if matches!(job, Job::Call(_)) { 2 } else { 1 });
                run_job(vm, job)?;
            }
        }
    }
}

/// node's report of a rejection no handler caught (process exits 1).
fn unhandled_report(vm: &mut Vm) -> Option<JsError> {
    let list = std::mem::take(&mut vm.event.rejected);
    let p = list.into_iter().find(|&p| state_of(p).is_some_and(|c| !c.borrow().handled))?;
    let reason = state_of(p).map(|c| c.borrow().value).unwrap_or(Value::UNDEFINED);
    let is_error = reason.as_object().is_some_and(|o| matches!(o.class, ObjClass::Error(_)));
    if is_error {
        let _ = vm.throw_value(reason);
        return Some(crate::uncaught::report(vm));
    }
    // node converts the reason without calling into the program.
    let text = match reason.as_object() {
        Some(_) if reason.as_callable().is_none() => "[object Object]".to_string(),
        _ => crate::format::to_string(reason),
    };
    let mut e = JsError::new(ErrorKind::Error, "");
    e.headline = Some(format!(
        "UnhandledPromiseRejection: This error originated either by throwing inside of an async function \
         without a catch block, or by rejecting a promise which was not handled with .catch(). The promise \
         rejected with the reason \"{text}\"."
    ));
    Some(e)
}

// ----- node's process events (`process.on`: builtins/process.rs) -----

/// Emits `event` (`'unhandledRejection'`, `'uncaughtException'`) with
/// `args` to its listeners, `this` the process object. False when it has
/// none (node then ends the program with its report). A listener that
/// throws leaves its exception pending.
pub fn emit_event(vm: &mut Vm, event: &'static str, args: &[Value]) -> JsResult<bool> {
    let event = vm.static_string(event);
    let process = vm.realm.process;
    emit_to(vm, event, process, args)
}

/// Calls `event`'s listeners (the `once` ones removed first) with `args`
/// and `this`, each rooted while the others run: a removed `once`
/// listener is reachable from nowhere else. Whether there was one.
pub fn emit_to(vm: &mut Vm, event: Value, this: Value, args: &[Value]) -> JsResult<bool> {
    let fs = take_listeners(vm, event);
    if fs.is_empty() {
        return Ok(false);
    }
    let mut s = vm.scope();
    for &v in fs.iter().chain(args).chain([&this]) {
        s.root(v);
    }
    for f in fs {
        crate::calls::call_function(&mut s, f, this, args)?;
    }
    Ok(true)
}

/// Whether `event` has a listener.
pub fn has_listeners(vm: &mut Vm, event: &'static str) -> bool {
    let e = vm.static_string(event);
    vm.event.listeners.iter().any(|l| same_event(l.0, e))
}

/// The listeners of `event` as they are now, the `once` ones removed.
fn take_listeners(vm: &mut Vm, event: Value) -> Vec<Value> {
    let fs = vm.event.listeners.iter().filter(|l| same_event(l.0, event)).map(|l| l.1).collect();
    vm.event.listeners.retain(|l| !(l.2 && same_event(l.0, event)));
    fs
}

/// Event names are compared as `===` compares them (strings by their
/// text, symbols by identity).
pub fn same_event(a: Value, b: Value) -> bool {
    a == b || matches!((a.as_js_str(), b.as_js_str()), (Some(x), Some(y)) if x == y)
}

/// Drains the microtasks, then reports a rejection left unhandled (or
/// hands each to the `'unhandledRejection'` listeners, and drains what
/// they queued).
fn settle_tick(vm: &mut Vm) -> Result<(), JsError> {
    loop {
        while drain_jobs(vm).is_err() {
            uncaught(vm)?;
        }
        // Without 'unhandledRejection' listeners, node hands each to the
        // 'uncaughtException' ones (origin "unhandledRejection").
        let rejection_listeners = has_listeners(vm, "unhandledRejection");
        if !rejection_listeners && !has_listeners(vm, "uncaughtException") {
            break;
        }
        let list = std::mem::take(&mut vm.event.rejected);
        let unhandled: Vec<Value> =
            list.into_iter().filter(|&p| state_of(p).is_some_and(|c| !c.borrow().handled)).collect();
        if unhandled.is_empty() {
            return Ok(());
        }
        let mut s = vm.scope();
        for &p in &unhandled {
            s.root(p);
        }
        for p in unhandled {
            let reason = state_of(p).map(|c| c.borrow().value).unwrap_or(Value::UNDEFINED);
            let emitted = if rejection_listeners {
                emit_event(&mut s, "unhandledRejection", &[reason, p])
            } else {
                let origin = s.static_string("unhandledRejection");
                emit_event(&mut s, "uncaughtException", &[reason, origin])
            };
            if emitted.is_err() {
                drop(s);
                return Err(crate::uncaught::report(vm));
            }
        }
    }
    match unhandled_report(vm) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// An exception no handler caught, out of a callback of the loop (or the
/// script): node's `'uncaughtException'` listeners get it and the loop
/// goes on; without one it ends the program with its report. An
/// interrupt (Ctrl-C) is never handed to them.
pub fn uncaught(vm: &mut Vm) -> Result<(), JsError> {
    if !vm.exception_catchable() || !has_listeners(vm, "uncaughtException") {
        return Err(crate::uncaught::report(vm));
    }
    let err = vm.take_exception().unwrap_or(Value::UNDEFINED);
    let mut s = vm.scope();
    s.root(err);
    let origin = s.static_string("uncaughtException");
    if emit_event(&mut s, "uncaughtException", &[err, origin]).is_err() {
        drop(s);
        return Err(crate::uncaught::report(vm));
    }
    Ok(())
}

/// After the script: the microtasks, then turns of node's loop: the
/// timers that are due, in due order, then the immediates, each followed
/// by the microtasks it queued; waiting for the next timer when nothing
/// is due.
pub fn run_event_loop(vm: &mut Vm) -> Result<(), JsError> {
    use crate::event_loop::Phase;
    // The REPL's entries (no host lines) drain with no host either.
    let hosted = vm.event.host != Host::None;
    vm.event.phase = drain_phase(vm, hosted);
    vm.event.host = Host::None;
    let r = event_loop(vm, hosted);
    vm.event.phase = Phase::None;
    vm.event.host = Host::None;
    r
}

/// The phase of the drain about to run (see `Phase`).
fn drain_phase(vm: &mut Vm, hosted: bool) -> crate::event_loop::Phase {
    let ticks = std::mem::take(&mut vm.event.wrote) || !vm.event.ticks.is_empty();
    if hosted {
        crate::event_loop::Phase::Drain { ticks }
    } else {
        crate::event_loop::Phase::None
    }
}

fn event_loop(vm: &mut Vm, hosted: bool) -> Result<(), JsError> {
    settle_tick(vm)?;
    // node caches the loop's time before the main script runs and its
    // first timers phase comes at least a millisecond later, so a
    // `setTimeout(f, 0)` made by the script (or its microtasks) runs
    // before a `setImmediate(g)` does. stitch starts faster: it waits out
    // what is left of such a timer's millisecond.
    if hosted && vm.event.alive() && !vm.event.immediates.is_empty() {
        if let Some(i) = earliest_timer(vm) {
            let due = vm.event.timers[i].due;
            let now = Instant::now();
            if due > now && due - now <= std::time::Duration::from_millis(1) {
                std::thread::sleep(due - now);
            }
        }
    }
    loop {
        // libuv's loop runs while a handle keeps it alive: a timer or an
        // immediate that was not `unref()`ed.
        if !vm.event.alive() {
            return Ok(());
        }
        // The timers phase: every timer due at the loop's time, in due
        // order. Its callbacks share that time (libuv caches it), so a
        // timer one of them makes is due after it, in a later phase.
        let now = Instant::now();
        vm.event.now = Some(now);
        while let Some(i) = earliest_timer(vm).filter(|&i| vm.event.timers[i].due <= now) {
            run_timer(vm, i, hosted)?;
        }
        // The check phase: the immediates queued before it began (those
        // their callbacks queue wait for the next turn).
        if let Some(last) = vm.event.immediates.back().map(|i| i.id) {
            while let Some(im) = vm.event.immediates.front().cloned() {
                if im.id > last {
                    break;
                }
                vm.event.immediates.pop_front();
                vm.event.now = Some(Instant::now());
                immediate_runs(vm, im.obj);
                let host = Host::Immediate { args: !im.args.is_empty() };
                run_callback(vm, im.callback, im.obj, &im.args, hosted, host)?;
            }
            continue;
        }
        let Some(i) = earliest_timer(vm) else {
            return Ok(());
        };
        let due = vm.event.timers[i].due;
        let now = Instant::now();
        if due > now {
            let _ = std::io::Write::flush(&mut vm.out);
            std::thread::sleep(due - now);
        }
    }
}

fn earliest_timer(vm: &Vm) -> Option<usize> {
    let t = &vm.event.timers;
    (0..t.len()).min_by_key(|&i| (t[i].due, t[i].seq))
}

/// Runs timer `i` (rescheduled first if it repeats).
fn run_timer(vm: &mut Vm, i: usize, hosted: bool) -> Result<(), JsError> {
    let (callback, args, due, obj, id) = {
        let t = &vm.event.timers[i];
        (t.callback, t.args.clone(), t.due, t.obj, t.id)
    };
    match vm.event.timers[i].repeat {
        Some(period) => {
            let seq = vm.event.next_seq;
            vm.event.next_seq += 1;
            let t = &mut vm.event.timers[i];
            t.due = Instant::now().max(due) + period;
            t.seq = seq;
        }
        None => {
            vm.event.timers.remove(i);
        }
    }
    let mut s = vm.scope();
    s.root(obj);
    let r = run_callback(&mut s, callback, obj, &args, hosted, Host::Timer { args: !args.is_empty() });
    timer_ran(&mut s, obj, id);
    r
}

/// After a timer's callback ran: its `Timeout` object, unless the timer
/// repeats or was scheduled again (`refresh()`), is destroyed, as node's
/// `listOnTimeout` marks it (src/builtins/timers.rs makes the objects).
fn timer_ran(vm: &mut Vm, obj: Value, id: u32) {
    if vm.event.timers.iter().any(|t| t.obj == obj) {
        return;
    }
    let key = crate::heap::PropKey::Name(vm.event.timer_syms[2]);
    if let Some(o) = obj.as_object() {
        if crate::property::get_own(vm, o, key) == Some(Value::smi(id as i32)) {
            crate::property::define_named(vm, obj, "_destroyed", crate::heap::shape::DEFAULT_ATTRS, Value::TRUE);
        }
    }
}

/// Before an immediate's callback runs, node marks its object destroyed
/// and no longer refed.
fn immediate_runs(vm: &mut Vm, obj: Value) {
    if let Some(o) = obj.as_object() {
        crate::property::define_named(vm, obj, "_destroyed", crate::heap::shape::DEFAULT_ATTRS, Value::TRUE);
        let key = crate::heap::PropKey::Name(vm.event.timer_syms[0]);
        crate::property::define(vm, o, key, crate::heap::shape::DEFAULT_ATTRS, Value::NULL);
    }
}

/// Calls a timer's or an immediate's callback, then drains the
/// microtasks it queued.
fn run_callback(
    vm: &mut Vm,
    callback: Value,
    this: Value,
    args: &[Value],
    hosted: bool,
    host: Host,
) -> Result<(), JsError> {
    let mut s = vm.scope();
    s.root(callback);
    s.root(this);
    for &a in args {
        s.root(a);
    }
    s.event.host = if hosted { host } else { Host::None };
    s.event.wrote = false;
    let r = crate::calls::call_function(&mut s, callback, this, args);
    s.event.host = Host::None;
    drop(s);
    if r.is_err() {
        uncaught(vm)?;
    }
    vm.event.phase = drain_phase(vm, hosted);
    settle_tick(vm)
}
