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
//! An error's `stack` is made when the error is made: `new Error()` walks
//! from its caller; an error the runtime raises walks from the frame where
//! it is first located (`locate`), the instruction that raised it. Like
//! V8, at most `STACK_LIMIT` frames are listed.

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::FuncProto;
use crate::error::{ErrorKind, JsError};
use crate::heap::{Callable, ObjClass};
use crate::value::Value;
use crate::vm::{Vm, NATIVE_PC};

/// V8's `Error.stackTraceLimit`.
pub const STACK_LIMIT: usize = 10;

/// The function a frame runs.
enum FrameFn {
    Script(Rc<FuncProto>),
    Native(u32),
}

/// Locates the pending exception at instruction `pc` of `proto`, whose
/// frame is at `base`: the place of the throw (once), and, for an error
/// object the runtime made without a stack, its `stack`.
pub fn locate(vm: &mut Vm, proto: &FuncProto, pc: usize, base: usize) {
    if vm.exception_location().is_some() {
        return;
    }
    vm.locate_exception(proto, pc);
    let Some(e) = vm.exception() else { return };
    let Some(o) = e.as_object() else { return };
    // An error made by the runtime has an undefined `stack` until now.
    if !matches!(o.class, ObjClass::Error) || o.get_named(vm.realm.stack) != Some(Value::UNDEFINED) {
        return;
    }
    let frames = frames_from(vm, base, pc as u32, Some(proto));
    set_stack(vm, e, &frames);
}

/// Gives error `e` its `stack`: its header (`Name: message`) and `frames`.
pub fn set_stack(vm: &mut Vm, e: Value, frames: &str) {
    let text = format!("{}{}", header(vm, e), frames);
    let mut s = vm.scope();
    let e = s.root(e);
    let v = s.string(text);
    let e = s.get(e);
    if let Some(o) = e.as_object() {
        let name = s.realm.stack;
        match o.find(name) {
            Some(found) => o.put_found(found, name, v),
            None => o.add_named(&mut s.shapes, name, crate::heap::shape::HIDDEN, v),
        }
    }
}

/// The frame lines (`\n    at f (file:1:2)`) from the native frame at
/// `base` up: what `new Error()` records (the constructor's own frame is
/// not listed).
pub fn frames_above_native(vm: &Vm, base: usize) -> String {
    match next_frame(vm, base) {
        Some((b, pc)) => frames_from(vm, b, pc, None),
        None => String::new(),
    }
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

/// The lines of up to `STACK_LIMIT` frames from the frame at `base`, at
/// `pc`; `first` is the first frame's function when known (a script's
/// frame has no function slot to read it from).
fn frames_from(vm: &Vm, mut base: usize, mut pc: u32, first: Option<&FuncProto>) -> String {
    let mut out = String::with_capacity(256);
    for i in 0..STACK_LIMIT {
        let owned = if i == 0 && first.is_some() { None } else { frame_fn(vm, base) };
        match (&owned, first) {
            (None, Some(p)) if i == 0 => {
                out.push_str("\n    at ");
                describe_script(vm, p, base, pc as usize, &mut out);
            }
            (Some(FrameFn::Script(p)), _) => {
                if pc == NATIVE_PC || pc as usize >= p.code.len() {
                    break;
                }
                out.push_str("\n    at ");
                describe_script(vm, p, base, pc as usize, &mut out);
            }
            (Some(FrameFn::Native(n)), _) => {
                let name = vm.natives.get(*n as usize).map_or("", |n| n.name);
                let recv = receiver_prefix(vm, base, vm.stack.get(base - 2));
                out.push_str(&format!("\n    at {}{} (<anonymous>)", recv.unwrap_or_default(), name));
            }
            _ => break,
        }
        match next_frame(vm, base) {
            Some((b, p)) => (base, pc) = (b, p),
            None => break,
        }
    }
    out
}

/// `f (file:line:col)`, `Object.m (…)`, `new F (…)`, or `file:line:col`
/// for an anonymous function, as V8 names frames; appended to `out`.
fn describe_script(vm: &Vm, p: &FuncProto, base: usize, pc: usize, out: &mut String) {
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
    let recv = receiver_prefix(vm, base, vm.stack.get(base - 2));
    if p.name.is_empty() && recv.is_none() {
        out.push_str(&loc);
        return;
    }
    out.push_str(recv.as_deref().unwrap_or_default());
    out.push_str(if p.name.is_empty() { "<anonymous>" } else { &p.name });
    out.push_str(" (");
    out.push_str(&loc);
    out.push(')');
}

/// `Type.` for a method call on an object (`Object.`, `Array.`, `Point.`),
/// `new ` when the receiver was made by calling `callee` with `new`, None
/// for a plain call.
fn receiver_prefix(vm: &Vm, base: usize, callee: Value) -> Option<String> {
    let this = vm.stack.get(base.checked_sub(1)?);
    let o = this.as_object()?;
    if this == vm.realm.global_this || this == vm.realm.module_this {
        return None;
    }
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if let Some(c) = p.get_named(vm.realm.constructor) {
            if c == callee {
                return Some("new ".into());
            }
            let f = c.as_callable()?;
            return Some(format!("{}.", crate::property::function_name(vm, f)));
        }
        cur = p.proto();
    }
    None
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
fn data_property(_vm: &Vm, v: Value, name: crate::heap::Atom) -> Option<Value> {
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
    match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        _ => format!("{name}: {message}"),
    }
}

/// The pending exception as the report for an uncaught error: an error
/// object prints as `Name: message` at the place it was thrown; any other
/// value as node's REPL shows it (`Uncaught 'text'`, `Uncaught { code: 3 }`).
pub fn report(vm: &mut Vm) -> JsError {
    let at = vm.exception_location();
    let Some(v) = vm.exception() else { return vm.take_report() };
    if v.as_error().is_some() {
        return vm.take_report();
    }
    let is_error = v.as_object().is_some_and(|o| matches!(o.class, ObjClass::Error));
    let mut report = JsError::new(ErrorKind::Error, "");
    if is_error {
        let name = match data_property(vm, v, vm.realm.name) {
            Some(n) if n != Value::UNDEFINED => crate::format::to_string(n),
            _ => "Error".into(),
        };
        report.kind = kind_named(&name).unwrap_or(ErrorKind::Error);
        report.message = match data_property(vm, v, vm.realm.message) {
            Some(m) if m != Value::UNDEFINED => crate::format::to_string(m),
            _ => String::new(),
        };
        let headline = header(vm, v);
        if headline != report.headline() {
            report.headline = Some(headline);
        }
    } else {
        report.headline = Some(crate::show::inspect(vm, v));
    }
    report.at = at;
    let _ = vm.take_exception();
    report
}

fn kind_named(name: &str) -> Option<ErrorKind> {
    use ErrorKind::*;
    [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]
        .into_iter()
        .find(|k| k.name() == name)
}
