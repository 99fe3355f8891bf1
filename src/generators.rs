//! Generators at run time: making a generator object (`GenStart`),
//! resuming it (`next`, `throw`, `return`); the steps of `yield*` are
//! src/delegation.rs.
//!
//! A generator runs in the interpreter only (ARCHITECTURE.md,
//! "Generators"). While it is suspended its frame (callee, `this`, every
//! register) is a vector in the generator object, which the collector
//! traces; resuming copies it onto the top of the value stack and runs the
//! interpreter from the instruction after the `Yield` (`Tiers::resume`).
//! A `Yield` leaves the interpreter with `Vm::suspended` set, and the frame
//! is copied back. The exception table is indexed by pc, and `finally`'s
//! completion kind lives in a register, so the saved pc and registers are
//! all the handler state there is.
//!
//! How a value was sent (next / throw / return) lands in the register after
//! the one receiving the value; the code after each `Yield` dispatches on
//! it (src/compiler/generators.rs), so `return()` runs the `finally` blocks
//! around the `yield` exactly as a `return` statement there would.

use std::cell::RefCell;

use crate::bytecode::FuncProto;
use crate::calls::ARGS_AFTER_FUNC;
use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{GenRun, GenState};
use crate::heap::{Callable, JsObject, ObjClass, PropKey};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// How a generator is resumed (the value the register after the received
/// value holds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Next = 0,
    Throw = 1,
    Return = 2,
}

impl Mode {
    fn method(self) -> &'static str {
        match self {
            Mode::Next => "next",
            Mode::Throw => "throw",
            Mode::Return => "return",
        }
    }
}

/// `GenStart` at `pc` in the frame at `base`: the generator object, holding
/// a copy of the frame, to resume at `pc + 2` (after the `Return` that
/// hands it to the caller).
pub fn start(vm: &mut Vm, proto: &FuncProto, base: usize, pc: usize) -> JsResult<Value> {
    start_with(vm, proto, base, pc, false)
}

/// `start`, for an async generator (`async_gen`: its own prototype and a
/// request queue) or a generator.
pub fn start_with(vm: &mut Vm, proto: &FuncProto, base: usize, pc: usize, async_gen: bool) -> JsResult<Value> {
    let stack = vm.stack.view();
    let callee = stack.get(base - ARGS_AFTER_FUNC);
    let Some(Callable::Script(func)) = callee.as_callable() else {
        return Err(vm.throw_error(ErrorKind::TypeError, "internal error: a generator without its function"));
    };
    let func = func.clone();
    // The function's `prototype` when it is an object (a program may
    // replace it), else %GeneratorPrototype%. It stays reachable from the
    // callee, which is on the stack, while the object is allocated.
    let key = PropKey::Name(vm.realm.prototype);
    let p = property::get(vm, callee, key)?;
    let fallback = if async_gen { vm.realm.intrinsics.async_gen_proto } else { vm.realm.intrinsics.gen_proto };
    let p = if p.as_object().is_some() { p } else { fallback };
    let n = proto.nregs as usize + ARGS_AFTER_FUNC;
    let frame: Vec<Value> = (0..n).map(|i| stack.get(base - ARGS_AFTER_FUNC + i)).collect();
    let state = GenState {
        func,
        frame,
        pc: (pc + 2) as u32,
        dst: 0,
        run: GenRun::Start,
        queue: async_gen.then(Box::default),
        awaits: (Value::UNDEFINED, Value::UNDEFINED),
    };
    let shape = vm.shapes.root(p);
    let obj = JsObject::new(shape, ObjClass::Generator(Box::new(RefCell::new(state))));
    Ok(vm.alloc(crate::heap::ObjKind::Object(obj)))
}

/// `generator.next(v)`, `.throw(v)`, `.return(v)` on `this`: the result
/// object.
pub fn resume(vm: &mut Vm, this: Value, mode: Mode, sent: Value) -> JsResult<Value> {
    match resume_raw(vm, this, mode, sent)? {
        Resumed::Yielded(v) => iter_result(vm, v, false),
        Resumed::Passed(r) => Ok(r),
        Resumed::Done(v) => iter_result(vm, v, true),
        Resumed::AsyncYield(v) => iter_result(vm, v, false),
    }
}

/// What a resumed generator did.
pub enum Resumed {
    /// It yielded this value.
    Yielded(Value),
    /// Its `yield*` passed on this result object of the inner iterator.
    Passed(Value),
    /// It returned this value (or was done already).
    Done(Value),
    /// An async generator yielded this value (its `await`s are `Yielded`).
    AsyncYield(Value),
}

/// `resume` without the result object: `for...of`, spread and the other
/// consumers of the iterator protocol step a generator whose `next` is the
/// built-in one through this (`iteration::step`), and allocate nothing
/// per item.
pub fn resume_raw(vm: &mut Vm, this: Value, mode: Mode, sent: Value) -> JsResult<Resumed> {
    let Some(ObjClass::Generator(g)) = this.as_object().map(|o| &o.class) else {
        let text = property::receiver_text(vm, this);
        let msg = format!("Method [Generator].prototype.{} called on incompatible receiver {}", mode.method(), text);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    };
    let (run, func, pc, dst) = {
        let st = g.borrow();
        (st.run, st.func.clone(), st.pc as usize, st.dst as usize)
    };
    let finished = match run {
        GenRun::Running => return Err(vm.throw_error(ErrorKind::TypeError, "Generator is already running")),
        GenRun::Done => true,
        // `return`/`throw` before the first `next` end it without running it.
        GenRun::Start if mode != Mode::Next => {
            let mut st = g.borrow_mut();
            st.run = GenRun::Done;
            st.frame = Vec::new();
            true
        }
        GenRun::Start | GenRun::Suspended => false,
    };
    if finished {
        return match mode {
            Mode::Next => Ok(Resumed::Done(Value::UNDEFINED)),
            Mode::Return => Ok(Resumed::Done(sent)),
            Mode::Throw => Err(vm.throw_value(sent)),
        };
    }
    let saved = vm.save_marks();
    let top = vm.stack_top();
    let base = top + ARGS_AFTER_FUNC;
    crate::calls::enter_frame(vm, &func, base)?;
    let n = {
        let mut st = g.borrow_mut();
        let stack = vm.stack.view();
        for (i, &v) in st.frame.iter().enumerate() {
            stack.set(top + i, v);
        }
        // While it runs, the stack holds the frame (and the collector
        // marks it there): the copy would only keep stale values alive.
        let n = st.frame.len();
        st.frame.clear();
        st.run = GenRun::Running;
        n
    };
    if run == GenRun::Suspended {
        let stack = vm.stack.view();
        stack.set(base + dst, sent);
        stack.set(base + dst + 1, Value::smi(mode as i32));
    }
    // The generator's frame links to whoever called `next` (stack traces).
    let calling = vm.calling;
    vm.stack.set_link(base, crate::vm::frame_link(calling.0, base, calling.1));
    vm.suspended = None;
    let result = (vm.tiers.resume)(vm, func, base, pc);
    let suspended = vm.suspended.take();
    vm.calling = calling;
    let out = match (result, suspended) {
        (Ok(v), Some(s)) => {
            {
                let stack = vm.stack.view();
                let mut st = g.borrow_mut();
                st.frame.extend((0..n).map(|i| stack.get(top + i)));
                st.pc = s.pc;
                st.dst = s.dst;
                st.run = GenRun::Suspended;
            }
            // An old generator may now hold young values.
            crate::heap::write_barrier(this);
            Ok(match s.raw {
                0 => Resumed::Yielded(v),
                1 => Resumed::Passed(v),
                _ => Resumed::AsyncYield(v),
            })
        }
        (result, _) => {
            g.borrow_mut().run = GenRun::Done;
            result.map(Resumed::Done)
        }
    };
    vm.restore_marks(saved);
    out
}

/// The await closures of async body `gen` (data `[gen, p]`), made once.
pub fn await_closures(vm: &mut Vm, gen: Value, p: Value) -> (Value, Value) {
    let Some(ObjClass::Generator(g)) = gen.as_object().map(|o| &o.class) else {
        return (Value::UNDEFINED, Value::UNDEFINED);
    };
    let pair = g.borrow().awaits;
    if pair.0 != Value::UNDEFINED {
        return pair;
    }
    let mut s = vm.scope();
    s.root(gen);
    s.root(p);
    let on_fulfilled = crate::promise::closure(&mut s, crate::promise::Closure::AwaitFulfilled, &[gen, p]);
    s.root(on_fulfilled);
    let on_rejected = crate::promise::closure(&mut s, crate::promise::Closure::AwaitRejected, &[gen, p]);
    g.borrow_mut().awaits = (on_fulfilled, on_rejected);
    crate::heap::write_barrier(gen);
    (on_fulfilled, on_rejected)
}

/// `{ value: v, done }` (a generator's results: `done` may carry a value).
pub fn iter_result(vm: &mut Vm, v: Value, done: bool) -> JsResult<Value> {
    let mut s = vm.scope();
    let v = s.root(v);
    let o = s.new_object();
    let ro = s.root(o);
    let (value_key, done_key) = (s.realm.intrinsics.value, s.realm.intrinsics.done);
    let value = s.get(v);
    let obj = s.get(ro).as_object().expect("an object");
    crate::property::define(
        &mut s,
        obj,
        crate::heap::PropKey::Name(value_key),
        crate::heap::shape::DEFAULT_ATTRS,
        value,
    );
    crate::property::define(
        &mut s,
        obj,
        crate::heap::PropKey::Name(done_key),
        crate::heap::shape::DEFAULT_ATTRS,
        if done { Value::TRUE } else { Value::FALSE },
    );
    Ok(s.get(ro))
}
