//! Calls as both tiers and the built-ins make them: the frame layout
//! (callee, `this`, arguments), entering a frame, calling a native, and
//! calling any function from Rust (`call_function`, how a built-in runs a
//! callback). Below `exec.rs` and the object operations, which use it.

use std::rc::Rc;

use crate::bytecode::FuncProto;
use crate::error::{ErrorKind, JsResult, Thrown};
use crate::heap::{Callable, FRAME_WINDOW};
use crate::value::Value;
use crate::vm::Vm;

/// Makes room for a frame of `proto` at `base`: checks the value stack and
/// raises the GC's high-water mark.
#[inline]
pub fn enter_frame(vm: &mut Vm, proto: &FuncProto, base: usize) -> JsResult<()> {
    let top = base + proto.nregs as usize;
    if base + FRAME_WINDOW > vm.stack.len() {
        return Err(stack_overflow(vm));
    }
    if top > vm.hwm {
        vm.hwm = top;
    }
    Ok(())
}

pub fn stack_overflow(vm: &mut Vm) -> Thrown {
    vm.throw_error(ErrorKind::RangeError, "Maximum call stack size exceeded")
}

/// A call's frame layout: the callee in `r[func]`, `this` in `r[func+1]`,
/// the arguments from `r[func+2]`, where the callee's frame starts. So a
/// running function finds `this` at `base - 1` and itself at `base - 2`.
pub const ARGS_AFTER_FUNC: usize = 2;

/// Calls native `index` whose callee slot is `at` (absolute), with `this`
/// and `argc` arguments after it, as the call instruction laid them out.
/// The arguments stay on the value stack (in the caller's frame, so
/// rooted); the native gets a copy. The caller has set `vm.calling` to
/// its frame and pc: the native's frame links to it (stack traces), and
/// is what the native's own callbacks link to.
///
/// Never inlined: inlined into the interpreter's loop, its argument copy
/// made LLVM compute and spill frame addresses before every dispatch
/// (chapter 21).
#[inline(never)]
pub fn call_native(vm: &mut Vm, index: u32, at: usize, argc: usize) -> JsResult<Value> {
    let own = at + ARGS_AFTER_FUNC;
    let (caller, pc) = vm.calling;
    vm.stack.set_link(own, crate::vm::frame_link(caller, own, pc));
    let saved = std::mem::replace(&mut vm.calling, (own, crate::vm::NATIVE_PC));
    let result = call_native_linked(vm, index, at, argc);
    if result.is_err() {
        (vm.native_threw)(vm, own);
    }
    vm.calling = saved;
    // (`Object.defineProperty`, `Object.setPrototypeOf` … may have changed
    // a prototype under cached adds.)
    vm.check_stores();
    result
}

/// `call_native` under `new`: the frame is noted as a construction, which
/// its stack line shows (`at new Map`).
pub fn construct_native(vm: &mut Vm, index: u32, at: usize, argc: usize) -> JsResult<Value> {
    vm.native_news.push(at + ARGS_AFTER_FUNC);
    let r = call_native(vm, index, at, argc);
    vm.native_news.pop();
    r
}

fn call_native_linked(vm: &mut Vm, index: u32, at: usize, argc: usize) -> JsResult<Value> {
    let stack = vm.stack.view();
    let this = stack.get(at + 1);
    let first = at + ARGS_AFTER_FUNC;
    let f = match vm.natives.get(index as usize) {
        Some(n) => n.call,
        None => return Err(vm.throw_error(ErrorKind::TypeError, "internal error: no such native")),
    };
    if argc <= 8 {
        let mut buf = [Value::UNDEFINED; 8];
        for (i, slot) in buf.iter_mut().enumerate().take(argc) {
            *slot = stack.get(first + i);
        }
        f(vm, this, &buf[..argc])
    } else {
        let args: Vec<Value> = (0..argc).map(|i| stack.get(first + i)).collect();
        f(vm, this, &args)
    }
}

/// Calls any function value from Rust (a native's callback, a conversion
/// calling `valueOf`): lays out a frame above every live one, runs the
/// callee in whichever tier it is in, and restores the marks after, so a
/// loop of calls does not creep up the stack.
pub fn call_function(vm: &mut Vm, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    call_function_as(vm, f, this, args, false)
}

/// `TypeError: Class constructor A cannot be invoked without 'new'`; an
/// anonymous class's is V8's `Class constructors cannot be invoked without
/// 'new'`.
pub fn called_without_new(vm: &mut Vm, p: &crate::bytecode::FuncProto) -> crate::error::Thrown {
    let msg = if p.name.is_empty() {
        "Class constructors cannot be invoked without 'new'".to_string()
    } else {
        format!("Class constructor {} cannot be invoked without 'new'", p.name)
    };
    vm.throw_error(ErrorKind::TypeError, &msg)
}

/// `call_function`, or (`construct`) the call `new` makes, which may run a
/// class constructor (new.target in `this`: see `classes.rs`).
pub fn call_function_as(vm: &mut Vm, f: Value, this: Value, args: &[Value], construct: bool) -> JsResult<Value> {
    let Some(callable) = f.as_callable() else {
        let text = crate::format::debug(f);
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("{} is not a function", text)));
    };
    if let Callable::Script(p) = callable {
        if !construct && p.kind.is_class_ctor() {
            return Err(called_without_new(vm, p));
        }
    }
    if crate::native_stack::exhausted(vm.native_limit) {
        return Err(stack_overflow(vm));
    }
    let saved = vm.save_marks();
    let top = vm.stack_top();
    let new_base = top + ARGS_AFTER_FUNC;
    if new_base + args.len() + FRAME_WINDOW > vm.stack.len() {
        return Err(stack_overflow(vm));
    }
    let stack = vm.stack.view();
    stack.set(top, f);
    stack.set(top + 1, this);
    for (i, &a) in args.iter().enumerate() {
        stack.set(new_base + i, a);
    }
    vm.hwm = vm.hwm.max(new_base + args.len());
    // The callee's frame links to the frame calling out (a native, or the
    // instruction whose generic path runs a conversion).
    let calling = vm.calling;
    vm.stack.set_link(new_base, crate::vm::frame_link(calling.0, new_base, calling.1));
    // A plain call has no new.target, even from inside a built-in
    // constructor whose own new.target is still set (`new Promise(exec)`
    // running `exec`, which calls `String(x)`); the constructor's is back
    // for it afterwards. (It stays rooted by the `new` that set it.)
    let outer_new_target = (!construct).then(|| std::mem::replace(&mut vm.new_target, Value::UNDEFINED));
    let result = match callable {
        Callable::Native(i) if construct => construct_native(vm, *i, top, args.len()),
        Callable::Native(i) => call_native(vm, *i, top, args.len()),
        Callable::Script(p) => run_script_function(vm, p, new_base, args.len()),
    };
    if let Some(nt) = outer_new_target {
        vm.new_target = nt;
    }
    vm.calling = calling;
    vm.restore_marks(saved);
    result
}

/// Runs script function `p` whose arguments are in place at `new_base`.
fn run_script_function(vm: &mut Vm, p: &Rc<FuncProto>, new_base: usize, argc: usize) -> JsResult<Value> {
    enter_frame(vm, p, new_base)?;
    pad_args(vm, p, new_base, argc);
    if vm.opts.jit != crate::vm::JitMode::Off {
        if let Some(r) = (vm.tiers.call)(vm, p, new_base) {
            return r;
        }
    }
    vm.stats.interp_calls += 1;
    (vm.tiers.interpret)(vm, p.clone(), new_base)
}

/// Pads missing arguments with undefined (and gathers them into an array
/// for a function that uses `arguments` or a rest parameter).
#[inline]
pub fn pad_args(vm: &mut Vm, callee: &FuncProto, new_base: usize, argc: usize) {
    if callee.info.args_array {
        let as_object = match (callee.info.args_object, callee.info.args_callee) {
            (false, _) => crate::closure::Gather::Array,
            (true, false) => crate::closure::Gather::Object,
            (true, true) => crate::closure::Gather::ObjectWithCallee(vm.stack.get(new_base - ARGS_AFTER_FUNC)),
        };
        crate::closure::gather_args(vm, callee.nparams as usize, as_object, new_base, argc);
        return;
    }
    if argc < callee.nparams as usize {
        pad_missing(vm, callee.nparams as usize, new_base, argc);
    }
}

// Out of line: inlined into the interpreter's call path, this loop made
// LLVM compute frame addresses before every dispatch (chapter 21), and a
// call that leaves parameters out is the rare one.
#[inline(never)]
fn pad_missing(vm: &mut Vm, nparams: usize, new_base: usize, argc: usize) {
    let stack = vm.stack.view();
    for i in argc..nparams {
        if new_base + i < stack.len() {
            stack.set(new_base + i, Value::UNDEFINED);
        }
    }
}

/// The name of the two natives that run bound functions
/// (`builtins/function.rs`; no built-in has it).
pub const BOUND: &str = "bound";

/// `[target, boundThis, ...boundArgs]` of bound function `f`, if it is one
/// (kept in its environment slot).
pub fn bound_parts(vm: &Vm, f: Value) -> Option<Vec<Value>> {
    use crate::heap::object::Elem;
    let o = f.as_object()?;
    match o.callable() {
        Some(Callable::Native(i)) if vm.natives.get(*i as usize).is_some_and(|n| n.name == BOUND) => {
            let data = o.env().as_object()?;
            // `[target, ...]` starts with a function: never double elements.
            Some(
                (0..data.length())
                    .map(|i| match data.element(i) {
                        Some(Elem::Value(v)) => v,
                        _ => Value::UNDEFINED,
                    })
                    .collect(),
            )
        }
        _ => None,
    }
}

/// The target of bound function `f` (`instanceof` looks through it).
pub fn bound_target(vm: &Vm, f: Value) -> Option<Value> {
    bound_parts(vm, f).and_then(|p| p.first().copied())
}
