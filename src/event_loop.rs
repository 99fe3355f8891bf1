//! What the event loop holds, apart from what it does (src/promise.rs):
//! a promise's state and reactions, the job queue, the timers and the
//! rejections nobody handled. The VM owns an `EventLoop` and the heap
//! holds `PromiseState`s, so these types live below both, in a module that
//! calls nothing.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PState {
    Pending,
    Fulfilled,
    Rejected,
}

/// What runs when a promise settles: the handler for its state (undefined
/// passes the value or reason through) and the promise `then` returned,
/// which the handler's result resolves (undefined for `await`'s reactions,
/// which return nothing).
#[derive(Clone, Copy)]
pub struct Reaction {
    pub on_fulfilled: Value,
    pub on_rejected: Value,
    pub derived: Value,
}

pub struct PromiseState {
    pub state: PState,
    /// The value (fulfilled) or reason (rejected); undefined while pending.
    pub value: Value,
    pub reactions: Vec<Reaction>,
    /// Whether a handler was ever attached (`[[PromiseIsHandled]]`).
    pub handled: bool,
}

impl PromiseState {
    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        std::iter::once(self.value)
            .chain(self.reactions.iter().flat_map(|r| [r.on_fulfilled, r.on_rejected, r.derived]))
    }
}

/// A microtask.
#[derive(Clone, Copy)]
pub enum Job {
    /// PromiseReactionJob: call `handler` with `arg` and resolve `derived`
    /// with its result (or pass `arg` through when there is no handler).
    Reaction { handler: Value, arg: Value, derived: Value, rejected: bool },
    /// PromiseResolveThenableJob: `then.call(thenable, resolve, reject)`
    /// with resolving functions for `promise`.
    Thenable { promise: Value, thenable: Value, then: Value },
    /// `queueMicrotask(f)`.
    Call(Value),
}

impl Job {
    pub fn values(&self) -> [Value; 3] {
        match *self {
            Job::Reaction { handler, arg, derived, .. } => [handler, arg, derived],
            Job::Thenable { promise, thenable, then } => [promise, thenable, then],
            Job::Call(f) => [f, Value::UNDEFINED, Value::UNDEFINED],
        }
    }
}

/// A `setTimeout` or `setInterval` callback waiting for its time.
pub struct Timer {
    pub id: u32,
    pub due: Instant,
    /// Creation order: timers due at the same time run in it.
    pub seq: u64,
    pub callback: Value,
    pub args: Vec<Value>,
    /// The period of a `setInterval`.
    pub repeat: Option<Duration>,
    /// The `Timeout` object `setTimeout` returned (its `unref()` and
    /// `refresh()` reach the timer by its id).
    pub obj: Value,
    /// Whether the timer keeps the loop alive (`unref()` clears it).
    pub refed: bool,
}

/// A `setImmediate` callback waiting for the loop's check phase.
#[derive(Clone)]
pub struct Immediate {
    pub id: u32,
    pub callback: Value,
    pub args: Vec<Value>,
    /// The `Immediate` object `setImmediate` returned.
    pub obj: Value,
    pub refed: bool,
}

/// The native functions promises make at run time (resolving functions,
/// `finally`'s and the combinators' closures): their indices in the VM's
/// table of natives, in `Closure` order, filled in by the builtins.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Closure {
    Resolve,
    Reject,
    FinallyThen,
    FinallyCatch,
    ValueThunk,
    Thrower,
    AllElement,
    SettledFulfilled,
    SettledRejected,
    AnyElement,
    /// An `await`'s reactions (src/async_fn.rs): data [generator, promise].
    AwaitFulfilled,
    AwaitRejected,
    /// NewPromiseCapability's executor, handed to a Promise subclass's
    /// constructor: data [resolve, reject], kept from its first call.
    CapabilityExecutor,
    /// AsyncGeneratorAwaitReturn's reactions (src/async_gen.rs): data
    /// [generator].
    AsyncGenReturnFulfilled,
    AsyncGenReturnRejected,
    /// An async-from-sync iterator's unwrap (`for await` over a sync
    /// iterable): data [done]; makes `{ value, done }`.
    AsyncFromSyncUnwrap,
}

pub const CLOSURES: usize = 16;

/// What called the bottom JavaScript frame: in node, its own JavaScript
/// (the module loader, the tick queue, the timer list), whose frames a V8
/// stack trace lists below the program's. src/stack.rs appends node's
/// lines for them, so `console.log(err)` prints what node prints.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Host {
    /// The REPL (or nothing running): no lines.
    #[default]
    None,
    /// A file's top-level code, run by node's CommonJS loader.
    Script,
    /// `-e` code.
    Eval,
    /// A `process.nextTick` callback, a promise job or a `queueMicrotask`
    /// callback, in the drain after the script (`processTicksAndRejections`).
    Tick,
    Reaction,
    QueueMicrotask,
    /// A timer's callback (`listOnTimeout`); `args`: it was given
    /// arguments (node calls it from another line).
    Timer {
        args: bool,
    },
    /// A `setImmediate` callback (`processImmediate`).
    Immediate {
        args: bool,
    },
    /// A `queueMicrotask` callback run by V8's own checkpoint.
    BareQueueMicrotask,
}

/// Which drain the jobs run in (it decides their `Host`). node drains the
/// microtasks after the script and after each timer callback through its
/// tick queue (`processTicksAndRejections`) when that queue is not empty
/// -- a `nextTick`, or a write to stdout or stderr, whose completion is a
/// tick -- and otherwise in V8's checkpoint, below no frame of node's.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Phase {
    #[default]
    None,
    Drain {
        ticks: bool,
    },
}

pub struct EventLoop {
    pub jobs: VecDeque<Job>,
    pub host: Host,
    pub phase: Phase,
    /// Whether the program wrote to stdout or stderr since the loop last
    /// looked (`Phase`).
    pub wrote: bool,
    /// `process.nextTick` callbacks and their arguments: they run before
    /// the promise jobs (`promise::drain_jobs`).
    pub ticks: VecDeque<(Value, Vec<Value>)>,
    pub timers: Vec<Timer>,
    /// `setImmediate` callbacks, in order. They run after the timers that
    /// are due, each followed by the microtasks.
    pub immediates: VecDeque<Immediate>,
    /// node's internal symbols on a `Timeout` or `Immediate` object, as
    /// atoms: `Symbol(refed)`, `Symbol(kHasPrimitive)`, `Symbol(asyncId)`,
    /// `Symbol(triggerId)` (`builtins::timers`).
    pub timer_syms: [u32; 4],
    /// `Timeout.prototype` and `Immediate.prototype` (pinned).
    pub timeout_proto: Value,
    pub immediate_proto: Value,
    pub next_id: u32,
    pub next_seq: u64,
    /// Promises rejected while no handler was attached, in order: node
    /// reports the first still unhandled once the microtasks drain.
    pub rejected: Vec<Value>,
    pub promise_proto: Value,
    pub promise_ctor: Value,
    pub closures: [u32; CLOSURES],
    /// The loop's clock, as libuv caches it: timers made in one callback
    /// (or in the script) count their delay from the same instant.
    pub now: Option<Instant>,
    /// `process.on(event, f)` listeners, in order: (event, f, once). Only
    /// `'exit'` is ever emitted by stitch itself (`process::emit_exit`).
    pub listeners: Vec<(Value, Value, bool)>,
    /// `'exit'` has been emitted: `process.exit()` inside a listener ends
    /// the process at once.
    pub exiting: bool,
}

impl Default for EventLoop {
    fn default() -> Self {
        EventLoop {
            jobs: VecDeque::new(),
            host: Host::None,
            phase: Phase::None,
            wrote: false,
            ticks: VecDeque::new(),
            timers: Vec::new(),
            immediates: VecDeque::new(),
            timer_syms: [u32::MAX; 4],
            timeout_proto: Value::UNDEFINED,
            immediate_proto: Value::UNDEFINED,
            // node's first timer has async id 2 (1 is the main script).
            next_id: 2,
            next_seq: 0,
            rejected: Vec::new(),
            promise_proto: Value::UNDEFINED,
            promise_ctor: Value::UNDEFINED,
            closures: [0; CLOSURES],
            now: None,
            listeners: Vec::new(),
            exiting: false,
        }
    }
}

impl EventLoop {
    /// Whether a timer or an immediate keeps the loop running (libuv's
    /// `uv__loop_alive`): one not `unref()`ed.
    pub fn alive(&self) -> bool {
        self.timers.iter().any(|t| t.refed) || self.immediates.iter().any(|i| i.refed)
    }

    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.jobs
            .iter()
            .flat_map(|j| j.values())
            .chain(self.timers.iter().flat_map(|t| [t.callback, t.obj].into_iter().chain(t.args.iter().copied())))
            .chain(self.ticks.iter().flat_map(|(f, args)| std::iter::once(*f).chain(args.iter().copied())))
            .chain(self.immediates.iter().flat_map(|i| [i.callback, i.obj].into_iter().chain(i.args.iter().copied())))
            .chain(self.rejected.iter().copied())
            .chain(self.listeners.iter().flat_map(|&(e, f, _)| [e, f]))
            .chain([self.promise_proto, self.promise_ctor])
    }
}
