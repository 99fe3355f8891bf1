//! Stack traces and the report of an uncaught exception.
//!
//! Every frame records who called it in its *link* word (`Slots::with_links`):
//! the caller's frame base (as a distance) and the pc of the call. Both tiers
//! write it where they enter a frame: the interpreter's `Call`, the JIT's
//! direct call stencil (one store relative to its frame register), the
//! `call` helper, natives (`calls::call_native`) and callbacks
//! (`calls::call_function`). So a stack trace, in either tier, is a walk
//! from a frame up the links: the function of a frame is in the slot two
//! below its base, the script's frame has link 0. The walk is the same
//! whichever tier runs each frame, so is the `stack` string.
//!
//! An error's frames are read when the error is made: `new Error()` walks
//! from its caller; an error the runtime raises walks from the frame where
//! it is first located (`locate`), the instruction that raised it. Like
//! V8, at most `STACK_LIMIT` frames are listed, and the string is made
//! only when something reads it (`Capture`): until then `stack` is an
//! accessor shared by every error (`Realm::lazy_stack`) that turns itself
//! into the ordinary data property node shows on first use.

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::FuncProto;
use crate::event_loop::Host;
use crate::heap::{Callable, JsObject, ObjClass};
use crate::value::Value;
use crate::vm::{Vm, NATIVE_PC};

/// V8's `Error.stackTraceLimit`.
pub const STACK_LIMIT: usize = 10;

/// The function a frame runs.
enum FrameFn {
    Script(Rc<FuncProto>),
    Native(u32),
}

pub use crate::heap::capture::Capture;
use crate::heap::capture::Frame;

/// Locates the pending exception at instruction `pc` of `proto`, whose
/// frame is at `base`: the place of the throw (once), and, for an error
/// object the runtime made without a stack, the frames of its `stack`.
pub fn locate(vm: &mut Vm, proto: &FuncProto, pc: usize, base: usize) {
    if vm.is_located() {
        return;
    }
    vm.locate_exception(proto, pc);
    // An error made by the runtime has no frames until now.
    give_frames(vm, base, pc as u32, Some(proto));
}

/// The pending exception, an error without frames yet (lazy), gets the
/// frames from `base` (at `pc` of `proto`, or a native's).
fn give_frames(vm: &mut Vm, base: usize, pc: u32, proto: Option<&FuncProto>) {
    let Some(e) = vm.exception() else { return };
    let Some(o) = e.as_object() else { return };
    let ObjClass::Error(frames) = &o.class else { return };
    if !is_lazy(vm, o) {
        return;
    }
    match frames.take() {
        Some(c) => frames.set(Some(c)),
        None => {
            let c = capture(vm, base, pc, proto);
            frames.set(Some(limited(vm, c)));
            eager_cost(vm, o);
        }
    }
}

/// A native whose frame is at `base` is throwing: an error it made itself
/// (not yet located, no frames) lists the native's frame first, as V8's
/// do (`at JSON.parse (<anonymous>)`). Errors thrown by code it called
/// were located there and keep their frames.
pub fn native_threw(vm: &mut Vm, base: usize) {
    if vm.is_located() {
        return;
    }
    give_frames(vm, base, NATIVE_PC, None);
}

/// The ablation `--eager-stacks`: makes the string (and its heap string)
/// as soon as the frames are read, as stitch did before stacks were
/// lazy, and drops it. The property stays lazy, so the output is the same
/// (a header made now could show a `message` changed later); only the
/// cost of making every string is added back.
fn eager_cost(vm: &mut Vm, o: &'static JsObject) {
    if !vm.opts.lazy_stacks {
        if let Some(t) = text(vm, o) {
            let mut s = vm.scope();
            s.root(object_value(o));
            std::hint::black_box(s.string(t));
        }
    }
}

/// `c` cut to `Error.stackTraceLimit` frames when a program lowered it
/// (a larger limit still lists `STACK_LIMIT`: the captures are that long).
fn limited(vm: &Vm, c: Capture) -> Capture {
    let Some(ctor) = vm.realm.error_ctor.as_object() else { return c };
    let n = match vm.atoms.lookup("stackTraceLimit").and_then(|a| ctor.get_named(a)) {
        Some(v) => match v.as_number() {
            Some(d) if d >= STACK_LIMIT as f64 => return c,
            Some(d) if d > 0.0 => d as usize,
            // Not a number: V8 makes no stack at all; stitch an empty one.
            _ => 0,
        },
        None => 0,
    };
    if n >= c.0.len() {
        return c;
    }
    Capture(c.0[..n].iter().cloned().collect())
}

/// Whether error object `o`'s own `stack` is still the lazy one.
fn is_lazy(vm: &Vm, o: &JsObject) -> bool {
    vm.realm.lazy_stack != Value::UNDEFINED && o.get_named(vm.realm.stack) == Some(vm.realm.lazy_stack)
}

/// Records the frames of a new error `e` made by a native constructor
/// whose frame is at `base` (the constructor's own frame is not listed).
pub fn capture_above_native(vm: &mut Vm, e: Value, base: usize) {
    capture_above_constructor(vm, e, base, Value::UNDEFINED)
}

/// `capture_above_native` for an error made by `new` (`new_target`), or
/// by `Error.captureStackTrace(o, f)` (`f`): as V8 (`SKIP_UNTIL_SEEN`),
/// the frames up to and including the first that runs `new_target` are
/// not listed, so the constructors of `class MyErr extends Error` that
/// `super(...)` went through are not, and `new MyErr` thrown in `f`
/// starts at `f`. When no frame runs it (`Reflect.construct(Error, [],
/// F)`), V8 lists no frames at all. A native `new_target` (the error's
/// own constructor, most often) lists the frames above the native one.
pub fn capture_above_constructor(vm: &mut Vm, e: Value, base: usize, new_target: Value) {
    let mut start = Some(base);
    if matches!(new_target.as_callable(), Some(Callable::Script(_))) {
        let mut b = Some(base);
        start = None;
        while let Some(at) = b {
            if at >= 2 && vm.stack.get(at - 2) == new_target {
                start = Some(at);
                break;
            }
            b = next_frame(vm, at).map(|(up, _)| up);
        }
    }
    let c = match start.and_then(|b| next_frame(vm, b)) {
        Some((b, pc)) => capture(vm, b, pc, None),
        None => Capture(Rc::new([])),
    };
    let c = limited(vm, c);
    let Some(o) = e.as_object() else { return };
    if let ObjClass::Error(frames) = &o.class {
        frames.set(Some(c));
        eager_cost(vm, o);
    }
}

/// The `stack` string of `o` if its `stack` is still lazy, without
/// storing it (console.log reads it through a shared borrow).
pub fn text(vm: &Vm, o: &'static JsObject) -> Option<String> {
    text_under(vm, o, header(vm, object_value(o)))
}

/// `text` with the given first line.
fn text_under(vm: &Vm, o: &'static JsObject, header: String) -> Option<String> {
    let ObjClass::Error(frames) = &o.class else { return None };
    if !is_lazy(vm, o) {
        return None;
    }
    let c = frames.take();
    let mut out = header;
    if let Some(c) = &c {
        render(vm, c, &mut out);
    }
    frames.set(c);
    Some(out)
}

/// Makes error `o`'s lazy `stack` an ordinary string property (the
/// first read, a write, or a look at its descriptor): its text, or the
/// value written (`with`).
pub fn materialize(vm: &mut Vm, o: &'static JsObject, with: Option<Value>) {
    let v = match with {
        Some(v) => v,
        None => {
            let e = object_value(o);
            let t = if is_lazy(vm, o) && header_needs_getters(vm, e) {
                let h = header_running_getters(vm, e);
                text_under(vm, o, h)
            } else {
                text(vm, o)
            };
            let Some(t) = t else { return };
            let mut s = vm.scope();
            s.root(object_value(o));
            s.string(t)
        }
    };
    if let ObjClass::Error(frames) = &o.class {
        drop(frames.take());
    }
    o.reconfigure(&mut vm.shapes, vm.realm.stack, crate::heap::shape::HIDDEN, v);
}

/// `materialize` for any value: what the built-ins that show or change a
/// property's attributes call first, so that none sees the lazy accessor.
pub fn settle(vm: &mut Vm, v: Value) {
    if let Some(o) = v.as_object() {
        if matches!(o.class, ObjClass::Error(_)) && is_lazy(vm, o) {
            materialize(vm, o, None);
        }
    }
}

/// The first object on the chain from `this` that has an own lazy `stack`.
fn lazy_holder(vm: &Vm, this: Value) -> Option<&'static JsObject> {
    let mut cur = this.as_object()?;
    loop {
        if cur.find(vm.realm.stack).is_some() {
            return is_lazy(vm, cur).then_some(cur);
        }
        cur = cur.proto().as_object()?;
    }
}

/// The getter of the lazy `stack`: makes the string and stores it.
pub fn lazy_get(vm: &mut Vm, this: Value, _args: &[Value]) -> crate::error::JsResult<Value> {
    let Some(o) = lazy_holder(vm, this) else { return Ok(Value::UNDEFINED) };
    materialize(vm, o, None);
    Ok(o.get_named(vm.realm.stack).unwrap_or(Value::UNDEFINED))
}

/// The setter of the lazy `stack`: what writing an ordinary writable data
/// property does (on the error itself, or a new own property of an object
/// inheriting from it).
pub fn lazy_set(vm: &mut Vm, this: Value, args: &[Value]) -> crate::error::JsResult<Value> {
    let v = args.first().copied().unwrap_or(Value::UNDEFINED);
    let Some(o) = lazy_holder(vm, this) else { return Ok(Value::UNDEFINED) };
    match this.as_object() {
        Some(t) if std::ptr::eq(t, o) => materialize(vm, o, Some(v)),
        Some(t) if t.is_extensible() && !t.is_frozen() => {
            let mut s = vm.scope();
            s.root(this);
            s.root(v);
            materialize(&mut s, o, None);
            let stack = s.realm.stack;
            t.add_named(&mut s.shapes, stack, crate::heap::shape::DEFAULT_ATTRS, v);
        }
        _ => {}
    }
    Ok(Value::UNDEFINED)
}

fn object_value(o: &'static JsObject) -> Value {
    crate::property::object_value(o)
}

/// The caller of the frame at `base`: its base and the pc of the call.
fn next_frame(vm: &Vm, base: usize) -> Option<(usize, u32)> {
    let link = vm.stack.link(base);
    if link == 0 {
        return None;
    }
    let delta = (link >> 32) as usize / 8;
    if delta == 0 || delta > base {
        return None;
    }
    Some((base - delta, link as u32))
}

/// The source of the script function that called the native now running
/// (`require` resolves relative paths against its file).
pub fn caller_source(vm: &Vm) -> Option<Rc<crate::source::Source>> {
    let (b, _) = next_frame(vm, vm.calling.0)?;
    match frame_fn(vm, b)? {
        FrameFn::Script(p) => Some(p.source.clone()),
        FrameFn::Native(_) => None,
    }
}

/// What runs in the frame at `base`.
fn frame_fn(vm: &Vm, base: usize) -> Option<FrameFn> {
    if base == crate::calls::ARGS_AFTER_FUNC && vm.stack.link(base) == 0 {
        return vm.script.clone().map(FrameFn::Script);
    }
    match vm.stack.get(base.checked_sub(2)?).as_callable()? {
        Callable::Script(p) => Some(FrameFn::Script(p.clone())),
        Callable::Native(i) => Some(FrameFn::Native(*i)),
    }
}

thread_local! {
    /// The captures made last: a program that throws in a loop makes the
    /// same few lists of frames again and again, and finding one here
    /// spares an allocation (and its free) per error.
    static RECENT: std::cell::RefCell<Vec<Rc<[Frame]>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many captures `RECENT` keeps.
const RECENT_CAPTURES: usize = 8;

/// Up to `STACK_LIMIT` frames from the frame at `base`, at `pc`; `first`
/// is the first frame's function when known (a script's frame has no
/// function slot to read it from).
fn capture(vm: &Vm, mut base: usize, mut pc: u32, first: Option<&FuncProto>) -> Capture {
    if let Some(c) = recent_match(vm, base, pc, first) {
        return c;
    }
    let mut out: [Option<Frame>; STACK_LIMIT] = Default::default();
    let mut n = 0;
    let host = host_lines(vm.event.host);
    let mut bottom = true;
    for i in 0.. {
        if n >= STACK_LIMIT {
            bottom = false;
            break;
        }
        let owned = frame_fn(vm, base);
        let head = |p: &FuncProto, callee: Value| if p.is_script { None } else { frame_head(vm, base, callee, p) };
        let frame = match (owned, first) {
            (owned, Some(p)) if i == 0 => match owned {
                Some(FrameFn::Script(rc)) if std::ptr::eq(&*rc, p) => {
                    Frame::Script(rc, pc, head(p, vm.stack.get(base - 2)))
                }
                _ => {
                    let mut line = String::new();
                    describe_script(p, head(p, Value::UNDEFINED).as_deref(), pc as usize, &mut line);
                    Frame::Text(line)
                }
            },
            (Some(FrameFn::Script(p)), _) => {
                if pc == NATIVE_PC || pc as usize >= p.code.len() {
                    break;
                }
                let h = head(&p, vm.stack.get(base - 2));
                Frame::Script(p, pc, h)
            }
            // An `await` resumed its function from a job: below it, V8
            // lists the async functions awaiting its promise.
            (Some(FrameFn::Native(k)), _) if is_await_closure(vm, k) => {
                // node's frames for the job come before the awaiting ones.
                for &line in host.iter().take(STACK_LIMIT - n) {
                    out[n] = Some(Frame::Host(line));
                    n += 1;
                }
                bottom = false;
                let closure = vm.stack.get(base - 2);
                for line in awaiting_frames(closure, STACK_LIMIT - n) {
                    out[n] = Some(Frame::Text(line));
                    n += 1;
                }
                break;
            }
            // node's loader runs a required module's code.
            (Some(FrameFn::Native(k)), _) if is_require(vm, k) => {
                let shown = REQUIRE_LINES.len().min(STACK_LIMIT - n);
                for &line in &REQUIRE_LINES[..shown - 1] {
                    out[n] = Some(Frame::Host(line));
                    n += 1;
                }
                Frame::Host(REQUIRE_LINES[shown - 1])
            }
            (Some(FrameFn::Native(k)), _) if is_frameless(vm, k) => match next_frame(vm, base) {
                Some((b, p)) => {
                    (base, pc) = (b, p);
                    continue;
                }
                None => break,
            },
            (Some(FrameFn::Native(n)), _) => Frame::Native(n, native_prefix(vm, base, vm.stack.get(base - 2))),
            _ => break,
        };
        if n == STACK_LIMIT {
            bottom = false;
            break;
        }
        out[n] = Some(frame);
        n += 1;
        if n == STACK_LIMIT {
            bottom = false;
        }
        match next_frame(vm, base) {
            Some((b, p)) => (base, pc) = (b, p),
            None => break,
        }
    }
    if bottom && n > 0 {
        rename_timer_callback(vm.event.host, &mut out[n - 1]);
        for &line in host.iter().take(STACK_LIMIT - n) {
            out[n] = Some(Frame::Host(line));
            n += 1;
        }
    }
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        let same = |c: &&Rc<[Frame]>| c.len() == n && c.iter().zip(&out).all(|(a, b)| b.as_ref() == Some(a));
        if let Some(c) = r.iter().find(same) {
            return Capture(c.clone());
        }
        let c: Rc<[Frame]> = out.into_iter().take(n).flatten().collect();
        if r.len() == RECENT_CAPTURES {
            r.remove(0);
        }
        r.push(c.clone());
        Capture(c)
    })
}

/// A capture in `RECENT` equal to what `capture` would make for these
/// frames, found by comparing the live frames with each one in place:
/// no `Rc` clones, no frame list built and dropped. A program that throws
/// from the same places in a loop (exceptions.js: 120,000 errors from a
/// handful of places) finds its capture here almost every time. `None`
/// when nothing matches, or when the first frame would be a line made at
/// once (`Frame::Text`), which `capture` then makes as usual.
fn recent_match(vm: &Vm, base: usize, pc: u32, first: Option<&FuncProto>) -> Option<Capture> {
    RECENT.with(|r| {
        let r = r.borrow();
        r.iter().rev().find(|c| same_frames(vm, c, base, pc, first)).map(|c| Capture(c.clone()))
    })
}

/// What a frame runs, borrowed (`frame_fn` without the `Rc` clone).
enum FrameRef<'a> {
    Script(&'a FuncProto),
    Native(u32),
}

fn frame_ref(vm: &Vm, base: usize) -> Option<FrameRef<'_>> {
    if base == crate::calls::ARGS_AFTER_FUNC && vm.stack.link(base) == 0 {
        return vm.script.as_deref().map(FrameRef::Script);
    }
    match vm.stack.get(base.checked_sub(2)?).as_callable()? {
        Callable::Script(p) => Some(FrameRef::Script(p)),
        Callable::Native(i) => Some(FrameRef::Native(*i)),
    }
}

/// Whether `c` lists exactly the frames `capture(vm, base, pc, first)`
/// would: the same walk, compared frame by frame.
fn same_frames(vm: &Vm, c: &[Frame], mut base: usize, mut pc: u32, first: Option<&FuncProto>) -> bool {
    let head = |p: &FuncProto, base: usize| {
        if p.is_script {
            None
        } else {
            frame_head(vm, base, vm.stack.get(base - 2), p)
        }
    };
    if matches!(vm.event.host, Host::Timer { .. } | Host::Immediate { .. }) {
        // `capture` renames the timer's callback frame (a `Frame::Text`).
        return false;
    }
    let mut n = 0;
    let mut bottom = true;
    for i in 0.. {
        if n >= STACK_LIMIT {
            bottom = false;
            break;
        }
        let live = frame_ref(vm, base);
        let p = match (live, first) {
            (Some(FrameRef::Script(q)), Some(p)) if i == 0 && std::ptr::eq(q, p) => p,
            // `capture` would make a `Frame::Text` line.
            (_, Some(_)) if i == 0 => return false,
            (Some(FrameRef::Script(p)), _) => {
                if pc == NATIVE_PC || pc as usize >= p.code.len() {
                    break;
                }
                p
            }
            (Some(FrameRef::Native(k)), _) if is_await_closure(vm, k) || is_require(vm, k) => return false,
            (Some(FrameRef::Native(k)), _) if is_frameless(vm, k) => match next_frame(vm, base) {
                Some((b, q)) => {
                    (base, pc) = (b, q);
                    continue;
                }
                None => break,
            },
            (Some(FrameRef::Native(k)), _) => {
                let same = match c.get(n) {
                    Some(Frame::Native(j, recv)) => *j == k && *recv == native_prefix(vm, base, vm.stack.get(base - 2)),
                    _ => false,
                };
                if !same {
                    return false;
                }
                n += 1;
                if n == STACK_LIMIT {
                    bottom = false;
                }
                match next_frame(vm, base) {
                    Some((b, q)) => (base, pc) = (b, q),
                    None => break,
                }
                continue;
            }
            _ => break,
        };
        let same = match c.get(n) {
            Some(Frame::Script(q, qpc, h)) => std::ptr::eq(&**q, p) && *qpc == pc && *h == head(p, base),
            _ => false,
        };
        if !same {
            return false;
        }
        n += 1;
        if n == STACK_LIMIT {
            bottom = false;
        }
        match next_frame(vm, base) {
            Some((b, q)) => (base, pc) = (b, q),
            None => break,
        }
    }
    let tail: &[&str] = if bottom && n > 0 { host_lines(vm.event.host) } else { &[] };
    let tail = &tail[..tail.len().min(STACK_LIMIT - n)];
    c.len() == n + tail.len() && c[n..].iter().zip(tail).all(|(f, t)| matches!(f, Frame::Host(h) if h == t))
}

/// node's frames between a required module's code and the `require` call.
const REQUIRE_LINES: [&str; 6] = [
    "Module._compile (node:internal/modules/cjs/loader:1521:14)",
    "Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
    "Module.load (node:internal/modules/cjs/loader:1266:32)",
    "Module._load (node:internal/modules/cjs/loader:1091:12)",
    "Module.require (node:internal/modules/cjs/loader:1289:19)",
    "require (node:internal/modules/helpers:182:18)",
];

/// Whether native `k` is `require`.
fn is_require(vm: &Vm, k: u32) -> bool {
    matches!(vm.realm.node_modules[0].as_callable(), Some(Callable::Native(r)) if *r == k)
}

/// Whether native `k` is left out of stack traces (`Native::frameless`).
fn is_frameless(vm: &Vm, k: u32) -> bool {
    vm.natives.get(k as usize).is_some_and(|n| n.frameless)
}

/// Whether native `k` is one of the closures that resume an `await`.
fn is_await_closure(vm: &Vm, k: u32) -> bool {
    use crate::event_loop::Closure;
    let c = &vm.event.closures;
    k == c[Closure::AwaitFulfilled as usize] || k == c[Closure::AwaitRejected as usize]
}

/// `async g (file:line:col)` for each async function awaiting, in turn,
/// the promise of the one `closure` resumed (V8's zero-cost async stack
/// traces): a promise whose one reaction is an `await`'s closure is awaited
/// by that closure's function, suspended at its `await`. At most `room`.
fn awaiting_frames(closure: Value, room: usize) -> Vec<String> {
    use crate::heap::promise_parts::{data_get, state_of};
    let mut lines = Vec::new();
    let mut p = data_get(closure.as_object().map_or(Value::UNDEFINED, |o| o.env()), 1);
    while lines.len() < room {
        let Some(cell) = state_of(p) else { break };
        let next = {
            let st = cell.borrow();
            match st.reactions.as_slice() {
                [r] => r.on_fulfilled,
                _ => break,
            }
        };
        let Some(o) = next.as_object() else { break };
        if !matches!(o.class, ObjClass::Function(Callable::Native(_))) {
            break;
        }
        let data = o.env();
        let Some(ObjClass::Generator(g)) = data_get(data, 0).as_object().map(|g| &g.class) else { break };
        let (func, pc) = {
            let g = g.borrow();
            (g.func.clone(), g.pc as usize)
        };
        if !func.info.is_async {
            break;
        }
        let mut line = String::new();
        let head = format!("async {}", if func.name.is_empty() { "<anonymous>" } else { &func.name });
        describe_script(&func, Some(&head), pc.saturating_sub(1), &mut line);
        lines.push(line);
        p = data_get(data, 1);
    }
    lines
}

/// The frame lines (`\n    at f (file:1:2)`) of `c`, appended to `out`.
fn render(vm: &Vm, c: &Capture, out: &mut String) {
    for f in c.0.iter() {
        out.push_str("\n    at ");
        match f {
            Frame::Script(p, pc, head) => describe_script(p, head.as_deref(), *pc as usize, out),
            Frame::Native(n, recv) => {
                out.push_str(recv.as_deref().unwrap_or_default());
                out.push_str(vm.natives.get(*n as usize).map_or("", |n| n.name));
                out.push_str(" (<anonymous>)");
            }
            Frame::Text(t) => out.push_str(t),
            Frame::Host(t) => out.push_str(t),
        }
    }
}

/// `f (file:line:col)`, `Object.m (…)`, `new F (…)`, or `file:line:col`
/// for an anonymous function, as V8 names frames; appended to `out`.
/// `head` is the part before the place (`frame_head`).
fn describe_script(p: &FuncProto, head: Option<&str>, pc: usize, out: &mut String) {
    let loc = location(p, pc);
    if p.is_script {
        if is_file(&p.source.name) {
            out.push_str("Object.<anonymous> (");
            out.push_str(&loc);
            out.push(')');
        } else {
            out.push_str(&loc);
        }
        return;
    }
    let Some(head) = head else {
        out.push_str(&loc);
        return;
    };
    out.push_str(head);
    out.push_str(" (");
    out.push_str(&loc);
    out.push(')');
}

/// The name V8 gives script function `p` (closure `callee`, when known) in
/// a frame: its `name` when a string (a computed key's, one defined
/// later), else the name it was made with, else the one the compiler
/// inferred from an assignment (`F.m = function () {}`: `F.m`).
fn debug_name(vm: &Vm, callee: Value, p: &FuncProto) -> String {
    let own = callee.as_object().filter(|o| o.callable().is_some()).and_then(|o| o.get_named(vm.realm.name));
    if let Some(s) = own.and_then(|v| v.as_js_str()) {
        if !s.is_empty() {
            return s.to_string_lossy().into_owned();
        }
    }
    if !p.name.is_empty() {
        return p.name.to_string();
    }
    p.inferred_name.to_string()
}

/// The part of a script frame's line before its place, as V8's
/// SerializeJSStackFrame writes it: `new F` for a construction, the name
/// alone for a plain call, and for a method call (a receiver other than
/// the global object or undefined) `Type.f`, `Type.f [as m]` when found
/// under another key `m`, the name alone when it is no identifier (`get
/// x [as x]`, an inferred `obj.m`), `Type.m` or `Type.<anonymous>` for an
/// anonymous function. None: the location alone (an anonymous function
/// called plainly).
fn frame_head(vm: &Vm, base: usize, callee: Value, p: &FuncProto) -> Option<String> {
    let name = debug_name(vm, callee, p);
    let shown = |name: &str| if name.is_empty() { "<anonymous>".to_string() } else { name.to_string() };
    // A class constructor runs only under `new` (its `this` slot is not
    // the object being made, which its prologue allocates).
    if p.kind.is_class_ctor() {
        return Some(format!("new {}", shown(&name)));
    }
    let this = vm.stack.get(base.checked_sub(1)?);
    if this.is_nullish() || this == vm.realm.global_this || this == vm.realm.module_this {
        return (!name.is_empty()).then_some(name);
    }
    if callee.as_object().is_some() && constructed_by(vm, this, callee) {
        return Some(format!("new {}", shown(&name)));
    }
    let type_name = type_name(vm, this);
    let method = if callee.as_callable().is_some() { method_name(vm, this, callee, p) } else { None };
    if name.is_empty() {
        return Some(format!("{}.{}", type_name, method.as_deref().unwrap_or("<anonymous>")));
    }
    let mut out = String::new();
    if is_identifier(&name) {
        out.push_str(&type_name);
        out.push('.');
    }
    out.push_str(&name);
    if let Some(m) = method {
        let ends = name == m || (name.ends_with(&*m) && name[..name.len() - m.len()].ends_with('.'));
        if !ends {
            out.push_str(" [as ");
            out.push_str(&m);
            out.push(']');
        }
    }
    Some(out)
}

/// Whether V8 writes `Type.` before name `s` (a plain identifier: not
/// `get x`, `a b`, `[sym]`, nor an inferred `obj.m`).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// Whether `this` was made by `new callee`: the first `constructor` on its
/// prototype chain is the callee (how a frame can tell, having no flag).
fn constructed_by(vm: &Vm, this: Value, callee: Value) -> bool {
    let Some(o) = this.as_object() else { return false };
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if let Some(c) = p.get_named(vm.realm.constructor) {
            return c == callee;
        }
        cur = p.proto();
    }
    false
}

/// V8's type name of a receiver (JSReceiver::GetConstructorName): a
/// primitive's wrapper, a class's own name for a static method, a
/// generator's function, the first `constructor` on the chain unless it
/// is `Object`, then a `Symbol.toStringTag` data property (`JSON`,
/// `Math`), then `Object`.
fn type_name(vm: &Vm, this: Value) -> String {
    let Some(o) = this.as_object() else {
        return match this {
            _ if this.is_number() => "Number",
            _ if this.is_string() => "String",
            Value::TRUE | Value::FALSE => "Boolean",
            _ if this.as_symbol().is_some() => "Symbol",
            _ if this.is_bigint() => "BigInt",
            _ => "Object",
        }
        .to_string();
    };
    if let Some(crate::heap::Callable::Script(p)) = this.as_callable() {
        if p.kind.is_class_ctor() && !p.name.is_empty() {
            return crate::property::function_name(vm, o.callable().unwrap_or(&crate::heap::Callable::Native(0)));
        }
        // An anonymous class stored in a property: its inferred name
        // (`obj.C = class { static m() {} }` runs as `obj.C.m`).
        if p.kind.is_class_ctor() && !p.inferred_name.is_empty() {
            return p.inferred_name.to_string();
        }
    }
    // V8 names a generator object's type by its generator function
    // (`at g.next (<anonymous>)`); its prototypes have no constructor.
    if let ObjClass::Generator(g) = &o.class {
        let g = g.borrow();
        if !g.func.name.is_empty() {
            return g.func.name.to_string();
        }
    }
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if let Some(c) = p.get_named(vm.realm.constructor) {
            if let Some(f) = c.as_callable() {
                let n = crate::property::function_name(vm, f);
                if !n.is_empty() && n != "Object" {
                    return n;
                }
                // (An instance of an anonymous class: the name V8
                // inferred for its constructor, `obj.C`.)
                if let crate::heap::Callable::Script(p) = f {
                    if n.is_empty() && p.kind.is_class_ctor() && !p.inferred_name.is_empty() {
                        return p.inferred_name.to_string();
                    }
                }
            }
            break;
        }
        cur = p.proto();
    }
    let tag = vm.realm.intrinsics.tag;
    let mut cur = Some(o);
    while let Some(p) = cur {
        if let Some(v) = p.get_named(tag) {
            if crate::property::accessor_of(v).is_none() {
                if let Some(s) = v.as_js_str() {
                    return s.to_string_lossy().into_owned();
                }
            }
            break;
        }
        cur = p.proto().as_object();
    }
    "Object".to_string()
}

/// V8's method name of a frame (CallSiteInfo::GetMethodName): the
/// function's own name (less `get `/`set `) when the receiver has it
/// under that key, else the one enumerable string key of the receiver or
/// its prototypes holding it (None when none or several do).
fn method_name(vm: &Vm, this: Value, callee: Value, p: &FuncProto) -> Option<String> {
    let start = match this.as_object() {
        Some(o) => o,
        None => crate::property::proto_of_primitive(vm, this)?.as_object()?,
    };
    let holds =
        |v: Value| v == callee || crate::property::accessor_of(v).is_some_and(|(g, s)| g == callee || s == callee);
    let own = if p.name.is_empty() { debug_name(vm, callee, p) } else { p.name.to_string() };
    let key = own.strip_prefix("get ").or_else(|| own.strip_prefix("set ")).unwrap_or(&own);
    if !key.is_empty() {
        if let Some(v) = vm.atoms.lookup(key).and_then(|a| start.lookup_named(a)) {
            if holds(v) {
                return Some(key.to_string());
            }
        }
    }
    let mut found: Option<String> = None;
    let mut cur = Some(start);
    while let Some(o) = cur {
        for (a, attrs, v) in o.named_entries() {
            if attrs & crate::heap::shape::ENUMERABLE == 0 || vm.atoms.is_symbol(a) || !holds(v) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(vm.atoms.name(a).to_string());
        }
        cur = o.proto().as_object();
    }
    found
}

/// The prefix of a built-in's frame (`JSON.`, `Array.`, `String.`, `new `),
/// None for a plain call.
fn native_prefix(vm: &Vm, base: usize, callee: Value) -> Option<String> {
    if vm.native_news.contains(&base) {
        return Some("new ".into());
    }
    let this = vm.stack.get(base.checked_sub(1)?);
    if this.is_nullish() || this == vm.realm.global_this || this == vm.realm.module_this {
        return None;
    }
    if constructed_by(vm, this, callee) {
        return Some("new ".into());
    }
    Some(format!("{}.", type_name(vm, this)))
}

/// The host that runs a script of this name in node (`[eval]` is `-e`).
pub fn script_host(name: &str) -> Host {
    match name {
        "[eval]" => Host::Eval,
        n if is_file(n) => Host::Script,
        _ => Host::None,
    }
}

/// node's own frames (v20's) below the program's, for each host.
fn host_lines(host: Host) -> &'static [&'static str] {
    const TICKS_77: &str = "process.processTicksAndRejections (node:internal/process/task_queues:77:11)";
    const TICKS_95: &str = "process.processTicksAndRejections (node:internal/process/task_queues:95:5)";
    match host {
        Host::None => &[],
        Host::Script => &[
            "Module._compile (node:internal/modules/cjs/loader:1521:14)",
            "Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
            "Module.load (node:internal/modules/cjs/loader:1266:32)",
            "Module._load (node:internal/modules/cjs/loader:1091:12)",
            "Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
            "node:internal/main/run_main_module:28:49",
        ],
        Host::Eval => &[
            "runScriptInThisContext (node:internal/vm:209:10)",
            "node:internal/process/execution:118:14",
            "[eval]-wrapper:6:24",
            "runScript (node:internal/process/execution:101:62)",
            "evalScript (node:internal/process/execution:133:3)",
            "node:internal/main/eval_string:51:3",
        ],
        Host::Tick => &[TICKS_77],
        Host::Reaction => &[TICKS_95],
        Host::QueueMicrotask => &[
            "node:internal/process/task_queues:140:7",
            "AsyncResource.runInAsyncScope (node:async_hooks:206:9)",
            "AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)",
            TICKS_95,
        ],
        Host::Timer { args: false } => {
            &["listOnTimeout (node:internal/timers:581:17)", "process.processTimers (node:internal/timers:519:7)"]
        }
        Host::Timer { args: true } => {
            &["listOnTimeout (node:internal/timers:583:11)", "process.processTimers (node:internal/timers:519:7)"]
        }
        Host::Immediate { args: false } => &["process.processImmediate (node:internal/timers:483:21)"],
        Host::Immediate { args: true } => &["process.processImmediate (node:internal/timers:485:21)"],
        Host::BareQueueMicrotask => &[
            "node:internal/process/task_queues:140:7",
            "AsyncResource.runInAsyncScope (node:async_hooks:206:9)",
            "AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)",
        ],
    }
}

/// node calls a timer's callback as the method `_onTimeout` of its
/// `Timeout` object: V8 names the frame `Timeout._onTimeout`, or
/// `Timeout.f [as _onTimeout]` for a function named `f`; an immediate's
/// is `Immediate._onImmediate`.
fn rename_timer_callback(host: Host, frame: &mut Option<Frame>) {
    let (class, method) = match host {
        Host::Timer { .. } => ("Timeout", "_onTimeout"),
        Host::Immediate { .. } => ("Immediate", "_onImmediate"),
        _ => return,
    };
    if let Some(Frame::Script(p, pc, head)) = frame {
        // Only a plain call's frame (no receiver in its name).
        if !p.is_script && head.as_deref().is_none_or(|h| h == &*p.name) {
            let name = if p.name.is_empty() { method.to_string() } else { format!("{} [as {method}]", p.name) };
            *frame = Some(Frame::Text(format!("{class}.{name} ({})", location(p, *pc as usize))));
        }
    }
}

fn is_file(name: &str) -> bool {
    !name.starts_with("REPL") && name != "[eval]" && !name.is_empty()
}

thread_local! {
    /// `file:line:col` per (function, pc): functions are immortal, so
    /// their addresses are stable keys. A program that throws in a loop
    /// formats each place once (finding a line and column scans the
    /// source, and the absolute path asks the file system).
    static PLACES: std::cell::RefCell<HashMap<(usize, usize), Rc<str>>> = Default::default();
}

/// `file:line:col` of instruction `pc`, with the file's absolute path as
/// node prints it.
fn location(p: &FuncProto, pc: usize) -> Rc<str> {
    let key = (p as *const FuncProto as usize, pc);
    if let Some(place) = PLACES.with(|m| m.borrow().get(&key).cloned()) {
        return place;
    }
    let span = p.spans.get(pc).copied().unwrap_or_default();
    let mut start = span.start as usize;
    // V8 places `new X()` at `new`; the span of a parenthesised
    // expression starts at its parenthesis.
    if matches!(p.code.get(pc), Some(crate::bytecode::Op::New { .. } | crate::bytecode::Op::NewSpread { .. })) {
        let text = p.source.text.as_bytes();
        while text.get(start).is_some_and(|&c| c == b'(' || c.is_ascii_whitespace()) {
            start += 1;
        }
    }
    let (line, col) = p.source.line_col(start);
    let name = &p.source.name;
    let path = if is_file(name) {
        std::fs::canonicalize(name).map(|p| p.display().to_string()).unwrap_or_else(|_| name.clone())
    } else {
        name.clone()
    };
    let place: Rc<str> = format!("{path}:{line}:{col}").into();
    PLACES.with(|m| m.borrow_mut().insert(key, place.clone()));
    place
}

/// A data property of `o` or its prototypes, read without calling code.
pub(crate) fn data_property(_vm: &Vm, v: Value, name: crate::heap::Atom) -> Option<Value> {
    v.as_object()?.lookup_named(name)
}

/// `Name: message` (or `Name` without a message), as `Error.prototype.toString`
/// makes it from the error's `name` and `message`.
pub fn header(vm: &Vm, e: Value) -> String {
    let name = match data_property(vm, e, vm.realm.name) {
        None => "Error".to_string(),
        Some(v) if v == Value::UNDEFINED => "Error".to_string(),
        Some(v) => crate::format::to_string(v),
    };
    let message = match data_property(vm, e, vm.realm.message) {
        None => String::new(),
        Some(v) if v == Value::UNDEFINED => String::new(),
        Some(v) => crate::format::to_string(v),
    };
    // One of node's own errors names its code (`builtins::error::node_error`).
    let code = e.as_object().filter(|_| vm.realm.node_code != 0).and_then(|o| o.lookup_named(vm.realm.node_code));
    let name = match code {
        Some(c) => format!("{name} [{}]", crate::format::to_string(c)),
        None => name,
    };
    join_header(name, message)
}

/// Whether error `e`'s `name` or `message` is an accessor (`get name() {
/// return this.constructor.name }` in a subclass): its header needs code
/// run (`header_running_getters`), which `header` cannot.
pub fn header_needs_getters(vm: &Vm, e: Value) -> bool {
    [vm.realm.name, vm.realm.message]
        .into_iter()
        .any(|a| data_property(vm, e, a).is_some_and(|v| crate::property::accessor_of(v).is_some()))
}

/// `header`, running the getters of `name` and `message` as V8 does when
/// it first formats `stack` (a getter that throws counts as absent).
pub fn header_running_getters(vm: &mut Vm, e: Value) -> String {
    let mut s = vm.scope();
    s.root(e);
    let (name_atom, message_atom) = (s.realm.name, s.realm.message);
    let mut part = |a: crate::heap::Atom, absent: &str| -> String {
        match crate::property::get(&mut s, e, crate::heap::PropKey::Name(a)) {
            Ok(v) if v == Value::UNDEFINED => absent.to_string(),
            Ok(v) => crate::format::to_string(v),
            Err(_) => {
                let _ = s.take_exception();
                absent.to_string()
            }
        }
    };
    let name = part(name_atom, "Error");
    let message = part(message_atom, "");
    join_header(name, message)
}

fn join_header(name: String, message: String) -> String {
    match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        _ => format!("{name}: {message}"),
    }
}
