//! Tier 0: the bytecode interpreter.
//!
//! One loop runs a function and everything it calls in the interpreter
//! without recursing in Rust: a call pushes a `Frame` and switches to the
//! callee's code. Registers are slots of the shared value stack, so a call
//! into compiled code, or on-stack replacement at a loop header, just hands
//! the JIT a pointer to the current frame.

use std::rc::Rc;

use crate::bytecode::fused::{ARITH_ADD, ARITH_MUL, ARITH_RETURN, ARITH_SUB, CMP_GT, CMP_LE, CMP_LT};
use crate::bytecode::{FnKind, FuncProto, Inst};
use crate::error::{JsResult, Thrown};
use crate::exec::{
    call_native, exec_generic, not_a_function, pad_args, print, read_unbound_global, set_global, stack_overflow,
    strict_eq, ARGS_AFTER_FUNC,
};
use crate::heap::{Callable, FrameRef, FRAME_WINDOW};
use crate::ops::{self, Arith, Bitwise, Cmp};
use crate::value::Value;
use crate::vm::{GlobalKind, JitMode, Vm};

/// The registers of the frame at `base`, which `enter_frame` has checked.
#[inline(always)]
fn frame_at(stack: crate::heap::SlotView, base: usize) -> FrameRef {
    // A frame that passed `enter_frame` always has its window; falling back
    // to the bottom frame keeps this total without a panic path.
    stack.frame(base).unwrap_or_else(|| stack.frame(0).expect("the stack holds one frame"))
}

/// `this.charCodeAt(i)` when `this` is a string and `i` a Smi inside it.
#[inline(always)]
fn char_code_at_hit(this: Value, i: Value) -> Option<Value> {
    let s = this.as_js_str()?;
    if !i.is_smi() {
        return None;
    }
    let unit = s.get(usize::try_from(i.as_smi()).ok()?)?;
    Some(Value::smi(unit as i32))
}

/// `a.push(v)` of one value onto an extensible array whose length is
/// writable, and `a.pop()` of a present dense last element: the result
/// `builtins::array::push`/`pop` would give (they try the same first, and
/// so do the JIT's `array_push`/`array_pop`), without `call_native`'s
/// frame, argument slice and dispatch. None: the native call does it.
/// Out of line, so that the `Call` arm keeps its registers (chapter 21).
#[inline(never)]
fn push_pop_hit(vm: &mut Vm, f: Value, this: Value, v: Value, argc: u8) -> Option<Value> {
    if f == vm.realm.inline_math[crate::vm::INLINE_PUSH] && argc == 1 {
        let a = this.as_array().filter(|a| a.length_writable() && a.is_extensible())?;
        let len = a.length();
        if len >= i32::MAX as u32 {
            return None;
        }
        a.push(&mut vm.heap, v);
        return Some(Value::smi(len as i32 + 1));
    }
    if f == vm.realm.inline_math[crate::vm::INLINE_POP] {
        return this.as_object().and_then(|a| a.pop_dense());
    }
    None
}

/// Runs `proto` in the frame at `base` until that frame returns, or until
/// an exception no handler of its frames catches leaves it.
pub fn run(vm: &mut Vm, proto: Rc<FuncProto>, base: usize) -> JsResult<Value> {
    resume(vm, proto, base, 0)
}

/// `run` from instruction `pc` (a generator resumed after its `Yield` or
/// `GenStart`: src/generators.rs); it returns at the next `Yield` too,
/// which sets `Vm::suspended`.
pub fn resume(vm: &mut Vm, proto: Rc<FuncProto>, base: usize, pc: usize) -> JsResult<Value> {
    if crate::native_stack::exhausted(vm.native_limit) {
        return Err(stack_overflow(vm));
    }
    let entry = vm.frames.len();
    let result = run_loop(vm, proto, base, entry, pc);
    if result.is_err() {
        vm.frames.truncate(entry);
    }
    result
}

fn run_loop(vm: &mut Vm, proto: Rc<FuncProto>, mut base: usize, entry: usize, start: usize) -> JsResult<Value> {
    let stack = vm.stack.view();
    let links = vm.stack.links();
    // Copied, not cloned, into the frame records (`FuncProto::immortal`).
    let mut proto: &'static Rc<FuncProto> = FuncProto::immortal(&proto);
    let globals = vm.globals.slots.view();
    let mut pc = start;
    // The current function's code (its interpreter form, with fused pairs:
    // `bytecode/fused.rs`) and constants, kept in locals so that the hot
    // loop does not reload them through `proto` on every instruction.
    let mut code: &'static [Inst] = proto.fused;
    let mut consts: &'static [Value] = proto.consts;

    // The current frame's registers; `enter_frame` guaranteed the window.
    let mut frame = frame_at(stack, base);
    macro_rules! r {
        ($reg:expr) => {
            frame.get($reg)
        };
    }
    macro_rules! set {
        ($reg:expr, $v:expr) => {{
            let v = $v;
            frame.set($reg, v)
        }};
    }
    // Unwinds an exception thrown by the instruction at `pc - 1`: looks the
    // pc up in the function's exception table and continues at the handler
    // with the thrown value in its register; else pops the frame and does
    // the same at the caller's call instruction, until a handler is found
    // or the frame `run` was entered with is left (then the exception goes
    // to the Rust caller: `run_script`, or compiled code's `call` helper,
    // which continues unwinding compiled frames). With `$done`, the
    // current frame has already been searched (it finished in compiled
    // code, after on-stack replacement), so unwinding starts at its caller.
    macro_rules! unwind {
        ($thrown:expr, $done:expr) => {{
            let thrown: Thrown = $thrown;
            let mut at = pc - 1;
            let mut searched = $done;
            if !searched {
                crate::stack::locate(vm, proto, at, base);
            }
            loop {
                if !searched && vm.exception_catchable() {
                    if let Some(h) = proto.handler_for(at) {
                        let (v, place) = vm.catch_exception(h.keeps_place);
                        // The handler's frame is the innermost live one
                        // (the frames above were left): after a deep
                        // recursion the marks come down with it.
                        vm.innermost_frame(base);
                        set!(h.depth, v);
                        if h.keeps_place {
                            set!(h.depth + 1, place);
                        }
                        pc = h.target as usize;
                        break;
                    }
                }
                searched = false;
                let Some((caller, ret_pc, ret_base, regs, _, _)) = vm.frames.pop_above(entry) else {
                    return Err(thrown);
                };
                proto = caller;
                code = proto.fused;
                consts = proto.consts;
                base = ret_base;
                frame = regs;
                at = ret_pc - 1;
            }
        }};
    }
    macro_rules! jump_unless {
        ($cond:expr, $target:expr) => {
            if !$cond {
                pc = $target as usize;
            }
        };
    }
    // Before a step that may run the program's code (a valueOf, an
    // accessor): what it calls links its frame to this instruction (stack
    // traces, `stack.rs`). Only on slow paths.
    macro_rules! calling {
        () => {
            vm.calling = (base, (pc - 1) as u32)
        };
    }
    // Returns `$v` from the current frame to its caller.
    macro_rules! do_return {
        ($v:expr) => {{
            let v = $v;
            // Every live frame lies below the returning one's window: the
            // collector need not scan above it (what it wrote above is
            // cleared at the next collection: `stack_peak`).
            vm.stack_peak = vm.stack_peak.max(vm.hwm);
            vm.hwm = base + FRAME_WINDOW;
            let Some((caller, ret_pc, ret_base, regs, dst, construct)) = vm.frames.pop_above(entry) else {
                return Ok(v);
            };
            // `new F()` of a plain function: a result that is not an object
            // gives way to the object made for `this` (its receiver slot).
            let v = if construct && v.as_object().is_none() { stack.get(base - 1) } else { v };
            proto = caller;
            code = proto.fused;
            consts = proto.consts;
            pc = ret_pc;
            base = ret_base;
            frame = regs;
            set!(dst, v);
        }};
    }

    // Two Smis compare as their tagged words (the payload is the upper
    // half); anything else takes the full relational comparison.
    macro_rules! compare {
        ($a:expr, $b:expr, $cmp:expr, $op:tt) => {{
            let (x, y) = (r!($a), r!($b));
            if Value::both_smi(x, y) {
                (x.to_bits() as i64) $op (y.to_bits() as i64)
            } else if let Some((p, q)) = ops::both_numbers(x, y) {
                // f64 comparisons are false on NaN, as JavaScript's are.
                p $op q
            } else {
                calling!();
                tri!(ops::compare(vm, $cmp, x, y))
            }
        }};
    }
    // Loose equality agrees with identity on two Smis.
    macro_rules! loose_eq {
        ($a:expr, $b:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if Value::both_smi(x, y) {
                x == y
            } else if let Some((p, q)) = ops::both_numbers(x, y) {
                p == q
            } else {
                calling!();
                tri!(ops::loose_equals(vm, x, y))
            }
        }};
    }
    // Two numbers that are not both Smis (or whose Smi result left the
    // Smi range): computed in f64 and boxed by a bump of the doubles' LAB
    // (`Vm::number_inline`), with no call out of the loop; anything else
    // (strings, objects, valueOf) takes `$slow`.
    macro_rules! doubles_or {
        ($x:expr, $y:expr, |$p:ident, $q:ident| $f:expr, $slow:expr) => {{
            match ops::both_numbers($x, $y) {
                Some(($p, $q)) => vm.number_inline($f),
                None => {
                    calling!();
                    tri!($slow)
                }
            }
        }};
    }
    // `*`, `/`, `%` on two Smis whose result is a Smi (not -0, no
    // overflow, an exact quotient) stay here; `ops::smi_arith` says when.
    macro_rules! arith {
        ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
            let (x, y) = (r!($a), r!($b));
            let fast = if Value::both_smi(x, y) { ops::smi_arith($op, x.as_smi(), y.as_smi()) } else { None };
            let v = match fast {
                Some(v) => v,
                None => doubles_or!(x, y, |p, q| ops::float_arith($op, p, q), ops::arith(vm, $op, x, y)),
            };
            set!($dst, v);
        }};
    }
    // `<<`, `>>` on two Smis: always a Smi (the count is taken mod 32).
    macro_rules! shift {
        ($dst:expr, $a:expr, $b:expr, $op:expr, $f:expr) => {{
            let (x, y) = (r!($a), r!($b));
            let v = if Value::both_smi(x, y) {
                Value::smi($f(x.as_smi(), (y.as_smi() as u32) & 31))
            } else {
                calling!();
                tri!(ops::bitwise(vm, $op, x, y))
            };
            set!($dst, v);
        }};
    }

    // `+` and `-` of two Smis whose result is a Smi.
    macro_rules! add {
        ($dst:expr, $a:expr, $b:expr) => {{
            let (x, y) = (r!($a), r!($b));
            let v = match (Value::both_smi(x, y), x.as_smi().checked_add(y.as_smi())) {
                (true, Some(s)) => Value::smi(s),
                _ => doubles_or!(x, y, |p, q| p + q, ops::add(vm, x, y)),
            };
            set!($dst, v);
        }};
    }
    macro_rules! sub {
        ($dst:expr, $a:expr, $b:expr) => {{
            let (x, y) = (r!($a), r!($b));
            let v = match (Value::both_smi(x, y), x.as_smi().checked_sub(y.as_smi())) {
                (true, Some(s)) => Value::smi(s),
                _ => doubles_or!(x, y, |p, q| p - q, ops::arith(vm, Arith::Sub, x, y)),
            };
            set!($dst, v);
        }};
    }
    // On two Smis the bitwise operators work on the tagged words directly:
    // the low halves are zero and stay zero.
    macro_rules! bitwise {
        ($dst:expr, $a:expr, $b:expr, $op:expr, $smi:expr) => {{
            let (x, y) = (r!($a), r!($b));
            let v = if Value::both_smi(x, y) {
                $smi(x, y)
            } else {
                calling!();
                tri!(ops::bitwise(vm, $op, x, y))
            };
            set!($dst, v);
        }};
    }
    macro_rules! get_global {
        ($dst:expr, $g:expr) => {{
            let mut v = globals.get($g as usize);
            if v == Value::HOLE {
                v = tri!(read_unbound_global(vm, $g));
            }
            set!($dst, v);
        }};
    }
    // Enters script function `$callee`, whose frame starts at `$new_base`
    // with the function and the receiver in the two slots below it and
    // `$argc` arguments in place; its result goes to `$dst`. The `Call`
    // arm's entry, and the one of the calls that are not `Call` instructions: `new`
    // of a class constructor, `super(...)`, a getter the inline cache
    // knows. These recursed in Rust before (`construct_with`,
    // `call_function`: a second dispatch loop, the arguments copied to the
    // stack's top, the marks saved and restored); now they are frames like
    // any other (ARCHITECTURE.md, "The interpreter's object paths").
    macro_rules! enter_script {
        ($callee:expr, $new_base:expr, $argc:expr, $dst:expr) => {
            enter_script!($callee, $new_base, $argc, $dst, None)
        };
        // `$new_target`: Some(f) for `new f()` of a plain function.
        ($callee:expr, $new_base:expr, $argc:expr, $dst:expr, $new_target:expr) => {{
            let new_target: Option<Value> = $new_target;
            // The reference the frame records keep (`FuncProto::immortal`).
            let callee: &'static Rc<FuncProto> = $callee;
            let new_base: usize = $new_base;
            if crate::interrupt::pending() {
                tri!(Err(crate::interrupt::take_error(vm, proto, "interpreter")));
            }
            let Some(regs) = stack.frame(new_base) else { tri!(Err(stack_overflow(vm))) };
            let top = new_base + callee.nregs as usize;
            if top > vm.hwm {
                vm.hwm = top;
            }
            pad_args(vm, callee, new_base, $argc);
            if let Some(f) = new_target.filter(|_| callee.info.new_target) {
                // Taken by the callee's first instruction (`LoadNewTarget`).
                vm.new_target = f;
            }
            links.set(new_base, crate::vm::frame_link(base, new_base, (pc - 1) as u32));
            vm.stats.interp_calls += 1;
            let done = match vm.opts.jit {
                JitMode::Off => None,
                _ => (vm.tiers.call)(vm, callee, new_base),
            };
            match done {
                Some(result) => {
                    let v = tri!(result);
                    // (The object made for `this` never moves.)
                    let v = if new_target.is_some() && v.as_object().is_none() { stack.get(new_base - 1) } else { v };
                    set!($dst, v)
                }
                None => {
                    vm.frames.push(proto, pc, base, frame, $dst, new_target.is_some());
                    proto = callee;
                    code = proto.fused;
                    consts = proto.consts;
                    base = new_base;
                    frame = regs;
                    pc = 0;
                }
            }
        }};
    }
    // Property access stays in the loop: the inline caches make a hit a
    // shape compare and a load. A getter the cache knows is entered as a
    // callee, its frame past this frame's registers.
    macro_rules! get_named {
        ($dst:expr, $obj:expr, $site:expr) => {{
            let (site, o) = (&proto.sites[$site as usize], r!($obj));
            match crate::ic::get_named_hit_or_getter(vm, site, o) {
                Some((v, false)) => set!($dst, v),
                hit => match hit.and_then(|(pair, _)| crate::ic::getter_callee(site, pair)) {
                    Some((g, callee)) => {
                        let new_base = base + proto.nregs as usize + ARGS_AFTER_FUNC;
                        stack.set(new_base - 2, g);
                        stack.set(new_base - 1, o);
                        enter_script!(callee, new_base, 0, $dst);
                    }
                    None => {
                        calling!();
                        set!($dst, tri!(crate::ic::get_named(vm, site, o)))
                    }
                },
            }
        }};
    }
    // The second half of a fused compare-and-branch on two numbers (else
    // the plain instruction runs next).
    macro_rules! fused_jump {
        ($a:expr, $b:expr, $op:tt, $target:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if Value::both_smi(x, y) {
                pc = if (x.to_bits() as i64) $op (y.to_bits() as i64) { pc + 1 } else { $target as usize };
            } else if let Some((p, q)) = ops::both_numbers(x, y) {
                // False on NaN, so the branch is taken, as in `compare!`.
                pc = if p $op q { pc + 1 } else { $target as usize };
            }
        }};
    }
    // The second half of a fused operator on two Smis whose result `$fast`
    // gives, or on two numbers one of which is a double (`$f`, boxed as
    // `doubles_or!` does); else the plain instruction runs next.
    macro_rules! fused_arith {
        ($dst:expr, $a:expr, $b:expr, $fast:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if Value::both_smi(x, y) {
                if let Some(v) = $fast(x.as_smi(), y.as_smi()) {
                    set!($dst, v);
                    pc += 1;
                }
            }
        }};
        ($dst:expr, $a:expr, $b:expr, $fast:expr, |$p:ident, $q:ident| $f:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if Value::both_smi(x, y) {
                if let Some(v) = $fast(x.as_smi(), y.as_smi()) {
                    set!($dst, v);
                    pc += 1;
                }
            } else if let Some(($p, $q)) = ops::both_numbers(x, y) {
                set!($dst, vm.number_inline($f));
                pc += 1;
            }
        }};
    }

    // The outer loop resumes dispatch at a handler after a throw.
    loop {
        let (thrown, searched) = 'dispatch: loop {
            // The value of a fallible step; on a throw, leaves the dispatch loop
            // for the one copy of `unwind!` below it. (Defined inside the loop:
            // a label in a macro resolves where the macro is defined.)
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(thrown) => break 'dispatch (thrown, false),
                    }
                };
            }
            let op = code[pc];
            pc += 1;
            // Every return leaves the match with its value, for the one
            // copy of the return sequence after it (chapter 21).
            let v = 'ret: {
                match op {
                    Inst::Mov { dst, src } => set!(dst, r!(src)),
                    Inst::LoadConst { dst, k } => set!(dst, consts[k as usize]),
                    Inst::GetGlobal { dst, g } => get_global!(dst, g),
                    Inst::SetGlobal { g, src } => {
                        let v = r!(src);
                        let writable = globals.get(g as usize) != Value::HOLE
                            && matches!(
                                vm.globals.kinds[g as usize],
                                GlobalKind::Var | GlobalKind::Let | GlobalKind::Function
                            );
                        if writable {
                            globals.set(g as usize, v);
                        } else {
                            tri!(set_global(vm, g, v, proto.strict));
                        }
                    }
                    Inst::InitGlobal { g, src } => globals.set(g as usize, r!(src)),

                    Inst::Add { dst, a, b } => add!(dst, a, b),
                    Inst::AddImm { dst, a, imm } => {
                        let x = r!(a);
                        let v = match (x.is_smi(), x.as_smi().checked_add(imm as i32)) {
                            (true, Some(s)) => Value::smi(s),
                            _ => match x.as_number() {
                                Some(p) => vm.number_inline(p + imm as f64),
                                None => {
                                    calling!();
                                    tri!(ops::add_imm(vm, x, imm))
                                }
                            },
                        };
                        set!(dst, v);
                    }
                    Inst::Sub { dst, a, b } => sub!(dst, a, b),
                    Inst::Mul { dst, a, b } => arith!(dst, a, b, Arith::Mul),
                    Inst::Div { dst, a, b } => arith!(dst, a, b, Arith::Div),
                    Inst::Mod { dst, a, b } => arith!(dst, a, b, Arith::Mod),
                    Inst::Shl { dst, a, b } => shift!(dst, a, b, Bitwise::Shl, |x: i32, n| x.wrapping_shl(n)),
                    Inst::Shr { dst, a, b } => shift!(dst, a, b, Bitwise::Shr, |x: i32, n| x >> n),
                    Inst::BitAnd { dst, a, b } => bitwise!(dst, a, b, Bitwise::And, Value::smi_and),
                    Inst::BitOr { dst, a, b } => bitwise!(dst, a, b, Bitwise::Or, Value::smi_or),
                    Inst::BitXor { dst, a, b } => bitwise!(dst, a, b, Bitwise::Xor, Value::smi_xor),
                    Inst::StrictEq { dst, a, b } => set!(dst, Value::bool(strict_eq(r!(a), r!(b)))),
                    Inst::Eq { dst, a, b } => set!(dst, Value::bool(loose_eq!(a, b))),
                    Inst::Ne { dst, a, b } => set!(dst, Value::bool(!loose_eq!(a, b))),
                    Inst::Lt { dst, a, b } => set!(dst, Value::bool(compare!(a, b, Cmp::Lt, <))),
                    Inst::Le { dst, a, b } => set!(dst, Value::bool(compare!(a, b, Cmp::Le, <=))),
                    Inst::Gt { dst, a, b } => set!(dst, Value::bool(compare!(a, b, Cmp::Gt, >))),
                    Inst::Ge { dst, a, b } => set!(dst, Value::bool(compare!(a, b, Cmp::Ge, >=))),
                    Inst::Not { dst, src } => set!(dst, Value::bool(!r!(src).truthy())),
                    Inst::Neg { dst, src } => {
                        let x = r!(src);
                        let v = match x.as_smi() {
                            s if x.is_smi() && s != 0 && s != i32::MIN => Value::smi(-s),
                            // -0, -(2^31) and heap doubles: negated in f64.
                            _ => match x.as_number() {
                                Some(p) => vm.number_inline(-p),
                                None => {
                                    calling!();
                                    tri!(ops::negate(vm, x))
                                }
                            },
                        };
                        set!(dst, v);
                    }
                    Inst::BitNot { dst, src } => {
                        let x = r!(src);
                        let v = if x.is_smi() {
                            Value::smi(!x.as_smi())
                        } else {
                            calling!();
                            tri!(ops::bit_not(vm, x))
                        };
                        set!(dst, v);
                    }
                    Inst::ToNumber { dst, src } => {
                        let x = r!(src);
                        let v = if x.is_smi() {
                            x
                        } else {
                            calling!();
                            tri!(ops::to_number_value(vm, x))
                        };
                        set!(dst, v);
                    }

                    Inst::Jump { target } => pc = target as usize,
                    Inst::Loop { target, counter } => {
                        if crate::interrupt::pending() {
                            tri!(Err(crate::interrupt::take_error(vm, proto, "interpreter")));
                        }
                        let tier1 = if vm.opts.jit == JitMode::Off {
                            Ok(None)
                        } else {
                            (vm.tiers.back_edge)(vm, proto, counter, base, target as usize)
                        };
                        match tier1 {
                            Ok(None) => pc = target as usize,
                            Ok(Some(v)) => break 'ret v,
                            Err(thrown) => break 'dispatch (thrown, true),
                        }
                    }
                    Inst::JumpIfTrue { src, target } => jump_unless!(!r!(src).truthy(), target),
                    Inst::JumpIfFalse { src, target } => jump_unless!(r!(src).truthy(), target),
                    Inst::JumpIfNotNullish { src, target } => jump_unless!(r!(src).is_nullish(), target),
                    Inst::JumpIfNotLt { a, b, target } => jump_unless!(compare!(a, b, Cmp::Lt, <), target),
                    Inst::JumpIfNotLe { a, b, target } => jump_unless!(compare!(a, b, Cmp::Le, <=), target),
                    Inst::JumpIfNotGt { a, b, target } => jump_unless!(compare!(a, b, Cmp::Gt, >), target),
                    Inst::JumpIfNotGe { a, b, target } => jump_unless!(compare!(a, b, Cmp::Ge, >=), target),
                    Inst::JumpIfNotEq { a, b, target } => jump_unless!(loose_eq!(a, b), target),
                    Inst::JumpIfNotNe { a, b, target } => jump_unless!(!loose_eq!(a, b), target),
                    Inst::JumpIfNotStrictEq { a, b, target } => jump_unless!(strict_eq(r!(a), r!(b)), target),
                    Inst::JumpIfNotStrictNe { a, b, target } => jump_unless!(!strict_eq(r!(a), r!(b)), target),

                    Inst::Call { dst, func, argc } => {
                        let f = r!(func);
                        // A script function called before: its frames'
                        // reference is in its `FuncProto`, one load past the
                        // object (`Value::as_called_script`).
                        let callee = match f.as_called_script() {
                            Some(p) if !p.kind.is_class_ctor() => p,
                            _ => match f.as_callable() {
                                Some(Callable::Script(p)) if p.kind.is_class_ctor() => {
                                    tri!(Err(crate::classes::called_without_new(vm, p)))
                                }
                                Some(Callable::Script(p)) => FuncProto::immortal(p),
                                Some(Callable::Native(i)) => {
                                    // `s.charCodeAt(i)` in range: the unit, without
                                    // the native's frame (the JIT's inline stencil).
                                    if f == vm.realm.inline_math[crate::vm::INLINE_CHAR_CODE_AT] && argc >= 1 {
                                        if let Some(v) = char_code_at_hit(r!(func + 1), r!(func + 2)) {
                                            set!(dst, v);
                                            continue 'dispatch;
                                        }
                                    }
                                    // `String.fromCharCode(c)` of one Latin-1 unit
                                    // (a tokenizer's step): the VM's permanent
                                    // one-unit string, as the JIT's stencil loads it.
                                    if f == vm.realm.inline_math[crate::vm::INLINE_FROM_CHAR_CODE] && argc == 1 {
                                        let c = r!(func + 2);
                                        if c.is_smi() && (0..256).contains(&c.as_smi()) {
                                            set!(dst, vm.unit_string(c.as_smi() as u16));
                                            continue 'dispatch;
                                        }
                                    }
                                    if let Some(v) =
                                        push_pop_hit(vm, f, r!(func.wrapping_add(1)), r!(func.wrapping_add(2)), argc)
                                    {
                                        set!(dst, v);
                                        continue 'dispatch;
                                    }
                                    vm.calling = (base, (pc - 1) as u32);
                                    let v = tri!(call_native(vm, *i, base + func as usize, argc as usize));
                                    set!(dst, v);
                                    continue 'dispatch;
                                }
                                None => tri!(Err(not_a_function(vm, proto, pc - 1))),
                            },
                        };
                        let new_base = base + func as usize + ARGS_AFTER_FUNC;
                        enter_script!(callee, new_base, argc as usize, dst);
                    }
                    Inst::GetNamed { dst, obj, site } => get_named!(dst, obj, site),
                    // `{}` (an object literal's start): straight to the
                    // allocator, not through `exec_generic`'s match.
                    Inst::NewObject { dst, size } => set!(dst, vm.new_literal(size)),
                    // `new` of a class constructor and `super(...)` to one: a
                    // call with new.target in the receiver slot (`classes.rs`);
                    // the constructor makes or binds `this` and `CtorResult`
                    // makes the result, so entering it is all `new` does.
                    Inst::New { dst, func, argc } => match r!(func).as_callable() {
                        Some(Callable::Script(p)) if p.kind.is_class_ctor() => {
                            if p.kind == FnKind::DerivedDefault {
                                vm.forward_argc = argc as usize;
                            }
                            set!(func + 1, r!(func));
                            enter_script!(
                                FuncProto::immortal(p),
                                base + func as usize + ARGS_AFTER_FUNC,
                                argc as usize,
                                dst
                            );
                        }
                        // A plain function: `this` is made here and the
                        // callee entered as by a call, its frame marked so
                        // that its return applies `new`'s rule. (Through
                        // `construct_with` every `new Vector()` of an ES5
                        // program was a nested run of this loop.)
                        Some(Callable::Script(p)) if p.kind == FnKind::Normal && p.is_constructor() => {
                            let (f, p) = (r!(func), FuncProto::immortal(p));
                            calling!();
                            let this = tri!(crate::classes::plain_this(vm, f));
                            set!(func + 1, this);
                            enter_script!(p, base + func as usize + ARGS_AFTER_FUNC, argc as usize, dst, Some(f));
                        }
                        _ => tri!(exec_generic(vm, proto, base, proto.code[pc - 1], pc - 1)),
                    },
                    Inst::SuperCall { dst, func, argc } => match r!(func).as_callable() {
                        Some(Callable::Script(p)) if p.kind.is_class_ctor() => {
                            if p.kind == FnKind::DerivedDefault {
                                vm.forward_argc = argc as usize;
                            }
                            enter_script!(
                                FuncProto::immortal(p),
                                base + func as usize + ARGS_AFTER_FUNC,
                                argc as usize,
                                dst
                            );
                        }
                        _ => tri!(exec_generic(vm, proto, base, proto.code[pc - 1], pc - 1)),
                    },
                    Inst::SetNamed { obj, src, site } => {
                        let (site, o, v) = (&proto.sites[site as usize], r!(obj), r!(src));
                        if !crate::ic::set_named_hit(vm, site, o, v) {
                            calling!();
                            tri!(crate::ic::set_named(vm, site, o, v, proto.strict));
                        }
                    }
                    // Elements of the dense part stay in the loop, as named
                    // properties' cache hits do.
                    Inst::GetIndex { dst, obj, key } => {
                        let (o, k) = (r!(obj), r!(key));
                        let v = match crate::objects::get_index_hit(vm, o, k) {
                            Some(v) => v,
                            None => {
                                calling!();
                                tri!(crate::objects::get_index(vm, o, k))
                            }
                        };
                        set!(dst, v);
                    }
                    Inst::SetIndex { obj, key, src } => {
                        let (o, k, v) = (r!(obj), r!(key), r!(src));
                        if !crate::objects::set_index_hit(o, k, v) {
                            calling!();
                            tri!(crate::objects::set_index(vm, o, k, v, proto.strict));
                        }
                    }
                    Inst::LoadThis { dst } => set!(dst, crate::exec::this_value(vm, stack.get(base - 1))?),
                    // The frame's own slots and its closure's contexts: loads and
                    // stores, not worth a call to `exec_generic`.
                    Inst::LoadReceiver { dst } => set!(dst, stack.get(base - 1)),
                    Inst::LoadCallee { dst } => set!(dst, stack.get(base - ARGS_AFTER_FUNC)),
                    Inst::LoadEnv { dst } => set!(dst, crate::closure::env_of(stack.get(base - ARGS_AFTER_FUNC))),
                    Inst::GetScoped { dst, ctx, depth, slot } => {
                        set!(dst, crate::closure::get_scoped(r!(ctx), depth, slot))
                    }
                    Inst::SetScoped { ctx, src, depth, slot } => {
                        crate::closure::set_scoped(r!(ctx), depth, slot, r!(src))
                    }
                    Inst::CheckHole { src, k } => {
                        let v = r!(src);
                        if v == Value::HOLE {
                            calling!();
                            tri!(crate::closure::check_hole(vm, v, consts[k as usize]));
                        }
                    }
                    Inst::StrictNe { dst, a, b } => set!(dst, Value::bool(!strict_eq(r!(a), r!(b)))),
                    Inst::IterNext { target, .. } => {
                        // A protocol iterator's `next` (a generator) links its frame here.
                        calling!();
                        if tri!(crate::exec::jump_taken(vm, base, proto.code[pc - 1])) {
                            pc = target as usize;
                        }
                    }
                    Inst::Return { src } => break 'ret r!(src),
                    // The generator's frame is the one `resume` entered (a `Yield`
                    // is only ever reached there): the frame stays where it is for
                    // `generators::resume` to save, and `next()` gets the value.
                    Inst::Yield { dst, src, raw } => {
                        if vm.frames.len() != entry {
                            tri!(Err(vm.throw_error(
                                crate::error::ErrorKind::TypeError,
                                "internal error: yield outside its generator"
                            )));
                        }
                        vm.suspended = Some(crate::vm::Suspend { pc: pc as u32, dst, raw: raw as u8 });
                        return Ok(r!(src));
                    }
                    Inst::Print { base: first, argc } => {
                        tri!(print(vm, base + first as usize, argc as usize));
                    }
                    // Fused pairs (`bytecode/fused.rs`). The first half runs,
                    // then the second's fast path, which moves the pc past the
                    // pair; anything else leaves the pc on the plain second
                    // instruction, which the next dispatch runs in full. So the
                    // fused arms hold no slow path: the loop stays as small.
                    Inst::MovMov { dst, src, dst2, src2 } => {
                        set!(dst, r!(src));
                        set!(dst2, r!(src2));
                        pc += 1;
                    }
                    Inst::ConstJumpIfNotLt { a, b, k, target } => {
                        set!(b, consts[k as usize]);
                        fused_jump!(a, b, <, target);
                    }
                    Inst::ConstJumpIfNotLe { a, b, k, target } => {
                        set!(b, consts[k as usize]);
                        fused_jump!(a, b, <=, target);
                    }
                    Inst::ConstJumpIfNotGt { a, b, k, target } => {
                        set!(b, consts[k as usize]);
                        fused_jump!(a, b, >, target);
                    }
                    Inst::ConstJumpIfNotGe { a, b, k, target } => {
                        set!(b, consts[k as usize]);
                        fused_jump!(a, b, >=, target);
                    }
                    Inst::ConstJumpIfNotStrictEq { a, b, k, target } => {
                        set!(b, consts[k as usize]);
                        pc = if strict_eq(r!(a), r!(b)) { pc + 1 } else { target as usize };
                    }
                    Inst::ConstJumpIfNotStrictNe { a, b, k, target } => {
                        set!(b, consts[k as usize]);
                        pc = if strict_eq(r!(a), r!(b)) { target as usize } else { pc + 1 };
                    }
                    Inst::ConstAdd { dst, a, b, k } => {
                        set!(b, consts[k as usize]);
                        fused_arith!(dst, a, b, |x: i32, y: i32| x.checked_add(y).map(Value::smi), |p, q| p + q);
                    }
                    Inst::ConstSub { dst, a, b, k } => {
                        set!(b, consts[k as usize]);
                        fused_arith!(dst, a, b, |x: i32, y: i32| x.checked_sub(y).map(Value::smi), |p, q| p - q);
                    }
                    Inst::ConstMul { dst, a, b, k } => {
                        set!(b, consts[k as usize]);
                        fused_arith!(dst, a, b, |x, y| ops::smi_arith(Arith::Mul, x, y), |p, q| p * q);
                    }
                    Inst::ConstDiv { dst, a, b, k } => {
                        set!(b, consts[k as usize]);
                        fused_arith!(dst, a, b, |x, y| ops::smi_arith(Arith::Div, x, y), |p, q| p / q);
                    }
                    Inst::ConstMod { dst, a, b, k } => {
                        set!(b, consts[k as usize]);
                        fused_arith!(dst, a, b, |x, y| ops::smi_arith(Arith::Mod, x, y));
                    }
                    Inst::ConstBitAnd { dst, a, b, k } => {
                        set!(b, consts[k as usize]);
                        let (x, y) = (r!(a), r!(b));
                        if Value::both_smi(x, y) {
                            set!(dst, Value::smi_and(x, y));
                            pc += 1;
                        }
                    }
                    Inst::ConstBitOr { dst, a, b, k } => {
                        set!(b, consts[k as usize]);
                        let (x, y) = (r!(a), r!(b));
                        if Value::both_smi(x, y) {
                            set!(dst, Value::smi_or(x, y));
                            pc += 1;
                        }
                    }
                    // Here the first half is the one that may throw (an unbound
                    // global), with the pc still on it.
                    Inst::GlobalConst { dst, this, k, g } => {
                        get_global!(dst, g);
                        set!(this, consts[k as usize]);
                        pc += 1;
                    }
                    // `from` 0 is the receiver's slot, `r + 1` register r: one
                    // arm for `this.x` and a method call's receiver copy.
                    Inst::CopyGetNamed { from, this, dst, obj, site } => {
                        set!(this, stack.get(base + from as usize - 1));
                        if let Some(v) = crate::ic::get_named_hit(vm, &proto.sites[site as usize], r!(obj)) {
                            set!(dst, v);
                            pc += 1;
                        }
                    }
                    Inst::ConstReturn { dst, k } => {
                        set!(dst, consts[k as usize]);
                        break 'ret r!(dst);
                    }
                    Inst::MovReturn { dst, src } => {
                        set!(dst, r!(src));
                        break 'ret r!(dst);
                    }
                    // The store may run a setter or throw: only a cache hit
                    // (no setter, no throw) moves the pc past the plain
                    // `SetNamed`, which runs in full otherwise.
                    Inst::ConstSetNamed { b, k, obj, site } => {
                        set!(b, consts[k as usize]);
                        if crate::ic::set_named_hit(vm, &proto.sites[site as usize], r!(obj), r!(b)) {
                            pc += 1;
                        }
                    }
                    Inst::ConstMov { dst, k, dst2, src2 } => {
                        set!(dst, consts[k as usize]);
                        set!(dst2, r!(src2));
                        pc += 1;
                    }
                    // A closure's captured variables: none of these halves
                    // throws, so the arms run whole; only a hole (a `let` read
                    // in its dead zone) leaves the pc on the plain `CheckHole`,
                    // which throws with the pc naming it.
                    Inst::EnvScoped { env, dst, depth, slot } => {
                        let e = crate::closure::env_of(stack.get(base - ARGS_AFTER_FUNC));
                        set!(env, e);
                        set!(dst, crate::closure::get_scoped(e, depth, slot));
                        pc += 1;
                    }
                    Inst::ScopedCheck { dst, ctx, depth, slot } => {
                        let v = crate::closure::get_scoped(r!(ctx), depth, slot);
                        set!(dst, v);
                        if v != Value::HOLE {
                            pc += 1;
                        }
                    }
                    Inst::EnvScopedCheck { env, dst, depth, slot } => {
                        let e = crate::closure::env_of(stack.get(base - ARGS_AFTER_FUNC));
                        set!(env, e);
                        let v = crate::closure::get_scoped(e, depth, slot);
                        set!(dst, v);
                        pc += if v != Value::HOLE { 2 } else { 1 };
                    }
                    // The step on a Smi, then the back edge when there is
                    // nothing for `Loop` to do (no tier 1 to count for, no
                    // interrupt); else the plain `Loop` runs next.
                    Inst::AddImmLoop { dst, a, imm, target } => {
                        let x = r!(a);
                        if let (true, Some(s)) = (x.is_smi(), x.as_smi().checked_add(imm as i32)) {
                            set!(dst, Value::smi(s));
                            // `pc` is on the plain `Loop` already.
                            if vm.opts.jit == JitMode::Off && !crate::interrupt::pending() {
                                pc = target as usize;
                            }
                        } else {
                            // Not a Smi step: the plain step (`pc - 1` is
                            // it in the unfused code), then the plain `Loop`.
                            tri!(exec_generic(vm, proto, base, proto.code[pc - 1], pc - 1));
                        }
                    }
                    // Only the global's read can throw (unbound), with the pc
                    // still on it; a step that is not a Smi's leaves the pc on
                    // the plain `AddImm`, a load the cache misses on the plain
                    // `GetNamed`.
                    Inst::GlobalConstArg { dst, k, g, dst2, src2, imm } => {
                        get_global!(dst, g as u32);
                        set!(dst.wrapping_add(1), consts[k as usize]);
                        let x = r!(src2);
                        if imm == 0 {
                            set!(dst2, x);
                            pc += 2;
                        } else if let (true, Some(s)) = (x.is_smi(), x.as_smi().checked_add(imm as i32)) {
                            set!(dst2, Value::smi(s));
                            pc += 2;
                        } else {
                            pc += 1;
                        }
                    }
                    Inst::GlobalConstGetNamed { dst, k, g, dst2, obj, site } => {
                        get_global!(dst, g as u32);
                        set!(dst.wrapping_add(1), consts[k as usize]);
                        pc += 1;
                        if let Some(v) = crate::ic::get_named_hit(vm, &proto.sites[site as usize], r!(obj)) {
                            set!(dst2, v);
                            pc += 1;
                        }
                    }
                    // A strict compare never throws: only the global's read
                    // (unbound) can, with the pc still on it.
                    Inst::GlobalStrictEq { dst, a, b, ne, g } => {
                        get_global!(b, g as u32);
                        set!(dst, Value::bool(strict_eq(r!(a), r!(b)) != ne));
                        pc += 1;
                    }
                    Inst::GlobalJumpIfNotStrictEq { a, b, ne, g, target } => {
                        get_global!(b, g as u32);
                        pc = if strict_eq(r!(a), r!(b)) != ne { pc + 1 } else { target as usize };
                    }
                    // `AddImmLoop`'s case for a step the compiler keeps as an
                    // `Add` (`d += 2`: `+` may concatenate, so it is no
                    // `AddImm`); a step that is not two Smis leaves the pc on
                    // the plain `Add`.
                    Inst::ConstAddLoop { dst, a, b, k, target } => {
                        set!(b, consts[k as usize]);
                        let (x, y) = (r!(a), r!(b));
                        if let (true, Some(s)) = (Value::both_smi(x, y), x.as_smi().checked_add(y.as_smi())) {
                            set!(dst, Value::smi(s));
                            pc += 1;
                            if vm.opts.jit == JitMode::Off && !crate::interrupt::pending() {
                                pc = target as usize;
                            }
                        }
                    }
                    // An operator whose result a relational compare-and-branch
                    // reads next (`d * d <= n`). Two Smis with a Smi result
                    // run here, and the branch too when the other operand is a
                    // Smi (else the pc stays on the plain compare); any other
                    // operands run the plain operator, then the plain compare.
                    // With `ARITH_RETURN` the second half is `Return dst`.
                    Inst::ArithJumpIfNot { how, dst, a, b, c, target } => {
                        let (x, y) = (r!(a), r!(b));
                        let v = if Value::both_smi(x, y) {
                            let (p, q) = (x.as_smi(), y.as_smi());
                            match how & 3 {
                                ARITH_ADD => p.checked_add(q).map(Value::smi),
                                ARITH_SUB => p.checked_sub(q).map(Value::smi),
                                ARITH_MUL => ops::smi_arith(Arith::Mul, p, q),
                                _ => ops::smi_arith(Arith::Mod, p, q),
                            }
                        } else {
                            None
                        };
                        match v {
                            // `return a * b`: a Return never throws, so it
                            // runs here (the pc is on it).
                            Some(v) if how & ARITH_RETURN != 0 => {
                                set!(dst, v);
                                break 'ret v;
                            }
                            Some(v) => {
                                set!(dst, v);
                                let z = r!(c);
                                if z.is_smi() {
                                    let (p, q) = (v.to_bits() as i64, z.to_bits() as i64);
                                    let holds = match how & !3 {
                                        CMP_LT => p < q,
                                        CMP_LE => p <= q,
                                        CMP_GT => p > q,
                                        _ => p >= q,
                                    };
                                    pc = if holds { pc + 1 } else { target as usize };
                                }
                            }
                            None => tri!(exec_generic(vm, proto, base, proto.code[pc - 1], pc - 1)),
                        }
                    }
                    // Everything else runs as the compiler emitted it. Named,
                    // not `_`: with a match that covers every variant, the
                    // dispatch's jump table needs no range check on the opcode
                    // (two machine instructions on every dispatch), and a new
                    // instruction must be given a place here.
                    Inst::Pow { .. }
                    | Inst::UShr { .. }
                    | Inst::In { .. }
                    | Inst::InstanceOf { .. }
                    | Inst::Typeof { .. }
                    | Inst::TypeofGlobal { .. }
                    | Inst::GetLength { .. }
                    | Inst::Throw { .. }
                    | Inst::DeleteNamed { .. }
                    | Inst::DeleteIndex { .. }
                    | Inst::NewArray { .. }
                    | Inst::ArrayAppend { .. }
                    | Inst::ArraySpread { .. }
                    | Inst::ObjectSpread { .. }
                    | Inst::IterKeys { .. }
                    | Inst::IterValues { .. }
                    | Inst::CallSpread { .. }
                    | Inst::NewSpread { .. }
                    | Inst::NewContext { .. }
                    | Inst::CopyContext { .. }
                    | Inst::Closure { .. }
                    | Inst::Arguments { .. }
                    | Inst::RestArgs { .. }
                    | Inst::MapArgument { .. }
                    | Inst::SyncArgument { .. }
                    | Inst::ToStr { .. }
                    | Inst::DestructureIter { .. }
                    | Inst::DestructureCheck { .. }
                    | Inst::ThrowValue { .. }
                    | Inst::Rethrow { .. }
                    | Inst::DefineMethod { .. }
                    | Inst::NewClass { .. }
                    | Inst::AllocThis { .. }
                    | Inst::CheckThis { .. }
                    | Inst::BindThis { .. }
                    | Inst::CtorResult { .. }
                    | Inst::SuperCtor { .. }
                    | Inst::SuperCtorOf { .. }
                    | Inst::SuperForward { .. }
                    | Inst::GetSuper { .. }
                    | Inst::SetSuper { .. }
                    | Inst::GetSuperStatic { .. }
                    | Inst::SetSuperStatic { .. }
                    | Inst::DefinePrivate { .. }
                    | Inst::DefinePrivateAccessor { .. }
                    | Inst::HasPrivate { .. }
                    | Inst::NewPrivateName { .. }
                    | Inst::GetPrivate { .. }
                    | Inst::SetPrivate { .. }
                    | Inst::DefinePrivateKey { .. }
                    | Inst::DefinePrivateAccessorKey { .. }
                    | Inst::HasPrivateKey { .. }
                    | Inst::LoadHome { .. }
                    | Inst::MakeMethod { .. }
                    | Inst::ToKey { .. }
                    | Inst::LoadNewTarget { .. }
                    | Inst::SuperCallSpread { .. }
                    | Inst::SetProto { .. }
                    | Inst::IterClose { .. }
                    | Inst::NewRegExp { .. }
                    | Inst::GenStart { .. }
                    | Inst::DelegateIter { .. }
                    | Inst::DelegateStep { .. }
                    | Inst::AsyncIterValues { .. }
                    | Inst::AsyncIterNext { .. }
                    | Inst::AsyncIterResult { .. }
                    | Inst::AsyncIterClose { .. }
                    | Inst::CheckResultObject { .. }
                    | Inst::AsyncDelegateCall { .. }
                    | Inst::AsyncDelegateResult { .. }
                    | Inst::ObjectRest { .. } => {
                        tri!(exec_generic(vm, proto, base, proto.code[pc - 1], pc - 1))
                    }
                }
                continue 'dispatch;
            };
            do_return!(v);
        };
        unwind!(thrown, searched);
    }
}
