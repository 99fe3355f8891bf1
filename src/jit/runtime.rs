//! The VM's side of tier 1: when to compile (call and back-edge counters),
//! entering compiled code (calls and on-stack replacement), the helpers that
//! compiled code calls for slow paths, and lazy call-site patching.

use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::atomic::{AtomicPtr, AtomicU8, Ordering};

use super::code::PropSiteState;
use super::{
    clock, code_of, compile, compile::HelperFn, enter, enter_osr, perf_map, set_code, stencils::HoleKind,
    CallSiteState, CompiledCode, JitCtx, JitOptions,
};
use crate::bytecode::{FnKind, FuncProto, IcKind, IcState, Op, PropSite, OP_NAMES};
use crate::error::{ErrorKind, JsResult, Thrown};
use crate::exec;
use crate::heap::{Callable, Shape, Tracer};
use crate::tier1::JitState;
use crate::value::{Value, EXCEPTION_BITS};
use crate::vm::{GlobalKind, JitMode, Tiers, Vm};

impl Drop for JitState {
    fn drop(&mut self) {
        // Forget this context's interrupt byte so the Ctrl-C handler never
        // writes to freed memory.
        let mine = &self.ctx.interrupt as *const _ as *mut _;
        let _ = INTERRUPT_BYTE.compare_exchange(mine, std::ptr::null_mut(), Ordering::SeqCst, Ordering::SeqCst);
    }
}

/// The interrupt byte of the live VM's context, for the Ctrl-C handler.
static INTERRUPT_BYTE: AtomicPtr<AtomicU8> = AtomicPtr::new(std::ptr::null_mut());

/// Asks compiled code to stop at its next loop back edge (1, Ctrl-C), or
/// withdraws the request (0); `interrupt::request` and `clear` call it.
fn set_interrupt_byte(v: u8) {
    let p = INTERRUPT_BYTE.load(Ordering::SeqCst);
    if !p.is_null() {
        // SAFETY: the pointer is the interrupt byte of a boxed VM context that
        // is still alive: `JitState::drop` clears the pointer before the box
        // is freed. It is an atomic, so a store from another thread is sound.
        // (A drop racing with this store is possible only if Ctrl-C arrives
        // while the VM is being torn down at exit.)
        unsafe { (*p).store(v, Ordering::SeqCst) };
    }
}

/// Connects the context to its VM's stack and starts the JIT. The
/// context's `vm` pointer stays null here: it is set from the entering
/// borrow on every entry into compiled code (`run_entered`), never saved
/// from an earlier one.
pub fn attach(vm: &mut Vm) {
    let stack_end = vm.stack.addr(vm.stack.len() - crate::heap::FRAME_WINDOW) as *mut u64;
    let hwm = vm.stack.addr(vm.hwm) as *mut u64;
    let native_limit = vm.native_limit;
    let lab = vm.heap.double_lab();
    let obj_lab = vm.heap.object_lab();
    let wide_lab = vm.heap.wide_lab();
    // A permanent object (the collector never frees or moves it).
    let string_proto = vm.realm.string_proto.to_bits();
    let ctx = &mut vm.jit.ctx;
    ctx.lab = lab;
    ctx.obj_lab = obj_lab;
    ctx.wide_lab = wide_lab;
    ctx.string_proto = string_proto;
    ctx.vm = std::ptr::null_mut();
    ctx.stack_end = stack_end;
    ctx.hwm = hwm;
    ctx.native_limit = native_limit;
    INTERRUPT_BYTE.store(&ctx.interrupt as *const _ as *mut _, Ordering::SeqCst);
    crate::interrupt::on_compiled_flag(set_interrupt_byte);
    vm.tiers = Tiers { interpret: vm.tiers.interpret, resume: vm.tiers.resume, ..TIERS };
    if vm.opts.jit != JitMode::Off {
        clock::start();
        match super::init() {
            Ok(()) => {}
            Err(e) => {
                eprintln!("stitch: JIT unavailable ({}); running in the interpreter only", e);
                vm.opts.jit = JitMode::Off;
            }
        }
    }
    if vm.opts.perf_map {
        if let Err(e) = perf_map::open() {
            eprintln!("stitch: cannot write {} ({}); --perf-map is off", perf_map::path(), e);
            vm.opts.perf_map = false;
        }
    }
}

/// The REPL's `:perf-map on|off`. Turned on, the map also gets every
/// function compiled so far (the trampolines write themselves).
pub fn set_perf_map(vm: &mut Vm, on: bool) -> Result<(), String> {
    if !on {
        perf_map::close();
        vm.opts.perf_map = false;
        return Ok(());
    }
    let fresh = perf_map::open().map_err(|e| format!("cannot write {}: {}", perf_map::path(), e))?;
    vm.opts.perf_map = true;
    if fresh {
        for p in &vm.jit.compiled {
            if let Some(code) = code_of(p) {
                perf_map::record(code.mem.as_ptr(), code.mem.len(), &perf_name(p));
            }
        }
    }
    Ok(())
}

/// A compiled function's name in the perf map: `js:NAME FILE:LINE`, the
/// line where the function's text starts (1 for a script's top level,
/// `<script>`), so that two functions of one name stay apart.
fn perf_name(p: &FuncProto) -> String {
    let (line, _) = p.source.line_col(p.text.start as usize);
    format!("js:{} {}:{}", display_name(p), p.source.name, line)
}

/// The built-ins call sites may be compiled inline for (bits; 0: none).
/// (The inline `charCodeAt` reads a string's buffer header, whose layout
/// is stitch's own and checked at compile time in `layout.rs`.)
fn inline_builtins(vm: &Vm) -> [u64; super::INLINE_MATH.len()] {
    vm.realm.inline_math.map(|f| f.to_bits())
}

/// Where `fromCharCode` is in `INLINE_MATH`.
const FROM_CHAR_CODE: usize = 9;

/// The object a built-in of `INLINE_MATH` is a property of, for
/// `--trace-jit`.
fn builtin_holder(name: &str) -> &'static str {
    match name {
        "charCodeAt" | "indexOf" => "String.prototype",
        "fromCharCode" => "String",
        "push" | "pop" => "Array.prototype",
        _ => "Math",
    }
}

/// The compiler's switches, from the VM's flags.
fn jit_options(vm: &Vm) -> JitOptions {
    let unit_strings = vm.unit_strings_addr();
    let mut math = if vm.opts.inline_math { inline_builtins(vm) } else { [0; super::INLINE_MATH.len()] };
    if unit_strings == 0 {
        // No table yet (`Vm::unit_strings` makes it): no inline `fromCharCode`.
        math[FROM_CHAR_CODE] = 0;
    }
    JitOptions {
        smi_fast_paths: vm.opts.smi_fast_paths,
        fall_through: vm.opts.fall_through,
        inline_caches: vm.opts.inline_caches,
        double_fast_paths: vm.opts.double_fast_paths,
        // Built-in functions are pinned: their addresses never change.
        math,
        unit_strings,
        // `--trace-jit` prints every step of an unwind, which the helper does.
        exc_return: vm.opts.exc_return && !vm.opts.trace_jit,
        reuse_doubles: vm.opts.reuse_doubles,
        const_operands: vm.opts.const_operands,
        // The template is leaked with the realm: it outlives the code.
        object_template: if vm.opts.inline_alloc {
            vm.realm.object_template as *const crate::heap::ObjectTemplate as u64
        } else {
            0
        },
        wide_template: if vm.opts.inline_alloc {
            vm.realm.wide_template as *const crate::heap::WideTemplate as u64
        } else {
            0
        },
        array_template: if vm.opts.inline_alloc {
            vm.realm.array_template as *const crate::heap::ObjectTemplate as u64
        } else {
            0
        },
    }
}

/// Compiles a throwaway function that uses every stencil, three times,
/// once per VM, just before the first program runs (`Vm::run_source`
/// calls it after parsing and compiling to bytecode). A process's first
/// compiles otherwise find the compiler's code, the emitters and the
/// stencils' bytes in no cache and its branches unknown to the predictor:
/// measured, the first two compiles of a 13-instruction function cost
/// 2.5–4 µs each and the third 0.4–0.8 µs. Paying that here moves it into
/// start-up, where `--stats` reports it on its own line, so that a real
/// compile costs closer to what copy and patch costs. Why after parsing
/// rather than when the JIT starts: parsing and bytecode compilation
/// refill the caches and predictors with their own work. Moved from JIT
/// start to here, the median compile cost (`--stats`, 24 runs each,
/// alternating) fell by 5–30% on the six benchmarks (fib 88 → 83,
/// sieve 47 → 34 ns per bytecode).
pub fn warm_up(vm: &mut Vm) {
    if vm.opts.jit == JitMode::Off || vm.jit.warmed_up {
        return;
    }
    vm.jit.warmed_up = true;
    let start = std::time::Instant::now();
    let proto = Rc::new(FuncProto::synthetic("<warm-up>", 1, 4, crate::bytecode::every_op(), vec![Value::smi(1)]));
    let opts = jit_options(vm);
    // The same lookup as a real compile's (so that its code is warm too),
    // but every global is taken as storable, so that SetGlobal's fast
    // stencil is among those warmed. The code is never run.
    let globals = &vm.globals;
    let global = |g: u32| (global_slot(globals, g).0, true, None);
    // A failure here only means the first real compile is slower.
    for _ in 0..3 {
        if let Ok(code) = compile(&proto, &HELPERS, &opts, &global) {
            perf_map::record(code.mem.as_ptr(), code.mem.len(), "stitch:warm-up (compiled at start-up, never run)");
        }
    }
    vm.jit.stats.warm_up_ns = start.elapsed().as_nanos() as u64;
}

fn clear_interrupt(vm: &Vm) {
    vm.jit.ctx.interrupt.store(0, Ordering::SeqCst);
}

/// Patched call sites guard on function code (`FuncProto`, immortal), not
/// on function objects, so they keep no object alive: nothing to mark.
/// (The hook stays for whatever compiled code may root later.)
pub fn mark_roots(_vm: &Vm, _t: &mut Tracer) {}

/// Resets every compiled store site to a stub (`CompiledCode::reset_store_sites`),
/// after `PropSite::forget_adds`: a prototype changed under cached adds.
fn reset_stores(vm: &Vm) {
    let mut n = 0;
    for p in &vm.jit.compiled {
        if let Some(code) = code_of(p) {
            n += code.reset_store_sites();
        }
    }
    if vm.opts.trace_jit && n > 0 {
        eprintln!("[jit] reset {} store site(s): a prototype gained a setter or a read-only property", n);
    }
}

/// The address of global `g`'s slot, and whether compiled code may store to
/// it directly (a binding that can never become read-only).
fn global_slot(globals: &crate::vm::Globals, g: u32) -> (*mut u64, bool, Option<u64>) {
    let kind = globals.kinds.get(g as usize);
    let fast = matches!(kind, Some(GlobalKind::Var | GlobalKind::Let | GlobalKind::Function));
    // An initialized `const` (a HOLE is in its TDZ) never changes again.
    let constant = match kind {
        Some(GlobalKind::Const) => {
            Some(globals.slots.get(g as usize)).filter(|v| v.is_smi_or_immediate()).map(|v| v.to_bits())
        }
        _ => None,
    };
    (globals.slots.addr(g as usize) as *mut u64, fast, constant)
}

/// Compiles `proto` unless it already is (or cannot be).
pub fn compile_proto(vm: &mut Vm, proto: &Rc<FuncProto>) -> Option<&'static CompiledCode> {
    if let Some(code) = code_of(proto) {
        return runnable(code);
    }
    if proto.jit_failed.get() {
        return None;
    }
    // Inline `fromCharCode` sites load from the one-unit strings: made
    // before the first compile that may have one (only then, so that a
    // program without one allocates none of them).
    if vm.opts.inline_math && proto.sites.iter().any(|s| &*s.name == "fromCharCode") {
        vm.unit_strings();
    }
    let opts = jit_options(vm);
    let globals = &vm.globals;
    let global_addr = |g: u32| global_slot(globals, g);
    match compile(proto, &HELPERS, &opts, &global_addr) {
        Ok(code) => {
            let s = *code.stats();
            let st = &mut vm.jit.stats;
            st.functions_compiled += 1;
            st.instructions_compiled += s.instructions as u64;
            st.code_bytes += s.code_bytes as u64;
            st.compile_ticks += s.compile_ticks;
            st.elided_jumps += s.elided_jumps as u64;
            st.math_calls_inlined += s.math_calls as u64;
            if vm.opts.trace_jit {
                eprintln!(
                    "[jit] compile {} ({} bytecodes -> {} bytes, {} holes, {} jumps elided, {:.1} µs)",
                    display_name(proto),
                    s.instructions,
                    s.code_bytes,
                    s.holes,
                    s.elided_jumps,
                    s.compile_ns() as f64 / 1000.0
                );
            }
            if vm.opts.trace_jit && s.math_calls > 0 {
                let opts = jit_options(vm);
                for (pc, op) in proto.code.iter().enumerate() {
                    let Op::Call { .. } = op else { continue };
                    let env = super::decode::Env::new(&[], &|_| (std::ptr::null_mut(), false, None), 0, 0, true, true)
                        .with_sites(&proto.sites)
                        .with_math(proto.code, opts.math);
                    if let Some(i) = env.math_call(pc as u32) {
                        let name = super::decode::INLINE_MATH[i];
                        let holder = builtin_holder(name);
                        eprintln!(
                            "[jit] inline {}@pc{}: {}.{} (guard: the built-in)",
                            display_name(proto),
                            pc,
                            holder,
                            name
                        );
                    }
                }
            }
            for site in code.prop_sites {
                if let PropSiteState::Patched { shape_id, slot, .. } = site.state.get() {
                    vm.jit.stats.prop_sites_patched += 1;
                    if vm.opts.trace_jit {
                        let what = prop_site_name(proto, site.pc);
                        // A `get_named_proto` site reads the prototype's slot.
                        let on_proto = match proto.code.get(site.pc as usize) {
                            Some(Op::GetNamed { site: s, .. }) => proto
                                .sites
                                .get(*s as usize)
                                .is_some_and(|ps| ps.entries[0].get().kind == crate::bytecode::IcKind::Proto),
                            _ => false,
                        };
                        let place = if on_proto { "prototype slot" } else { "slot" };
                        eprintln!(
                            "[jit] patch {}@pc{}: {} shape#{} -> {} {} (at compile)",
                            proto.name, site.pc, what, shape_id, place, slot
                        );
                    }
                }
                // Cases filled from polymorphic feedback (`compile`).
                let entries = match proto.code.get(site.pc as usize) {
                    Some(Op::GetNamed { site: s, .. }) => proto.sites.get(*s as usize).map(|ps| &ps.entries),
                    _ => None,
                };
                for (i, case) in site.cases.iter().enumerate() {
                    let case = case.get();
                    if case.shape == 0 {
                        continue;
                    }
                    vm.jit.stats.prop_cases += 1;
                    if vm.opts.trace_jit {
                        let e =
                            entries.and_then(|es| es.iter().map(|c| c.get()).find(|e| e.shape as u64 == case.shape));
                        eprintln!(
                            "[jit] patch {}@pc{}: {} shape#{} -> {} (case {}, at compile)",
                            proto.name,
                            site.pc,
                            prop_site_name(proto, site.pc),
                            site.case_ids[i].get(),
                            e.map_or(String::new(), |e| case_text(&e)),
                            i + 1
                        );
                    }
                }
            }
            set_code(proto, code);
            if perf_map::enabled() {
                perf_map::record(code.mem.as_ptr(), code.mem.len(), &perf_name(proto));
            }
            vm.jit.compiled.push(proto.clone());
            Some(code)
        }
        Err(reason) => {
            proto.jit_failed.set(true);
            vm.jit.stats.compile_failures += 1;
            if vm.opts.trace_jit {
                eprintln!("[jit] cannot compile {}: {}", proto.name, reason);
            }
            None
        }
    }
}

/// Code the VM may run or patch a call site to: only code that calls this
/// VM's helpers. (Everything the VM runs comes through `compile_proto` or
/// `code_for_call`, so code a test compiled against mock helpers and put
/// in `proto.jit` is never entered with the VM's context.)
#[inline]
fn runnable(code: &'static CompiledCode) -> Option<&'static CompiledCode> {
    code.compiled_with(&HELPERS).then_some(code)
}

/// Script code: compiled before it runs only in eager mode.
pub fn code_for_script(vm: &mut Vm, script: &Rc<FuncProto>) -> Option<&'static CompiledCode> {
    if vm.opts.jit == JitMode::Eager {
        compile_proto(vm, script)
    } else {
        None
    }
}

/// Called on every call the interpreter makes: counts it and tiers the
/// callee up at the threshold (at once in eager mode).
#[inline]
pub fn code_for_call(vm: &mut Vm, callee: &Rc<FuncProto>) -> Option<&'static CompiledCode> {
    if vm.opts.jit == JitMode::Off {
        return None;
    }
    if let Some(code) = code_of(callee) {
        return runnable(code);
    }
    let n = callee.calls.get().saturating_add(1);
    callee.calls.set(n);
    if n >= vm.opts.jit_threshold || vm.opts.jit == JitMode::Eager {
        compile_proto(vm, callee)
    } else {
        None
    }
}

/// Enters compiled code with the VM lent to it through a raw pointer.
///
/// SAFETY (the aliasing rule for compiled code and its helpers): while
/// compiled code runs, the `&mut Vm` that entered it is not used; the
/// helpers reach the VM through `ctx.vm`, which is set here from that very
/// reference (so the pointer derives from the live borrow, not from a
/// stale one saved at `Vm::new`), and each helper re-borrows it for its
/// own call only (`unpack`). A helper that enters compiled code again does
/// the same with its own borrow, and the previous pointer is put back when
/// that inner entry returns, so the outer code's helpers keep using the
/// pointer they were given. Nothing touches `vm` until `enter` returns.
fn run_entered(vm: &mut Vm, base: usize, entry: *const u8, osr: bool) -> JsResult<Value> {
    let frame = vm.stack.addr(base) as *mut u64;
    let lent: *mut Vm = vm;
    // SAFETY: `lent` comes from the live `&mut Vm`, which is not used again
    // until compiled code returns; the context pointer handed to compiled
    // code is derived from it too, so every access while compiled code
    // runs goes through this one loan.
    let (ctx, outer) = unsafe {
        let ctx: *mut JitCtx = &mut *(*lent).jit.ctx;
        let outer = (*ctx).vm;
        (*ctx).vm = lent as *mut ();
        (ctx, outer)
    };
    // SAFETY: `entry` is the entry (or, with `osr`, the OSR entry for the
    // interpreter's pc) of code that `compile_proto` made for this VM
    // (`call_compiled` checks its helpers); `ctx` is this VM's context and
    // `frame` a slot of its stack (`addr` checks), holding the frame's state.
    let bits = unsafe {
        if osr {
            enter_osr(ctx, frame, entry)
        } else {
            enter(ctx, frame, entry)
        }
    };
    // Compiled code has returned: `vm` is ours again.
    vm.jit.ctx.vm = outer;
    if bits == EXCEPTION_BITS {
        Err(vm.rethrow())
    } else {
        // SAFETY: compiled code returns the word of a value that was in one
        // of its registers (a Smi, an immediate or a live object's pointer).
        Ok(unsafe { Value::from_bits(bits) })
    }
}

/// Runs a compiled function whose frame (arguments in place) is at `base`.
/// An exception that no handler of the compiled frames catches comes back
/// as `Err` (pending in the VM).
pub fn call_compiled(vm: &mut Vm, code: &CompiledCode, base: usize) -> JsResult<Value> {
    if !code.compiled_with(&HELPERS) {
        return Err(vm.throw_error(ErrorKind::TypeError, "internal error: code compiled for other helpers"));
    }
    vm.jit.stats.entries += 1;
    run_entered(vm, base, code.entry(), false)
}

/// Called on every interpreted loop back edge: counts iterations and, at the
/// threshold, compiles the function and continues it in compiled code from
/// the loop header (on-stack replacement). `Some(v)`: the function finished
/// in compiled code and returned `v`.
#[inline]
pub fn on_back_edge(
    vm: &mut Vm,
    proto: &Rc<FuncProto>,
    counter: u16,
    base: usize,
    pc: usize,
) -> JsResult<Option<Value>> {
    if vm.opts.jit == JitMode::Off || !vm.opts.osr {
        return Ok(None);
    }
    let c = &proto.loop_counters[counter as usize];
    let n = c.get().saturating_add(1);
    c.set(n);
    if n < vm.opts.jit_threshold && vm.opts.jit != JitMode::Eager {
        return Ok(None);
    }
    osr(vm, proto, base, pc)
}

#[cold]
fn osr(vm: &mut Vm, proto: &Rc<FuncProto>, base: usize, pc: usize) -> JsResult<Option<Value>> {
    let Some(code) = compile_proto(vm, proto) else { return Ok(None) };
    let Some(entry) = code.osr_entry(pc as u32) else { return Ok(None) };
    vm.jit.stats.osr_entries += 1;
    if vm.opts.trace_jit {
        eprintln!("[jit] osr {} at pc {} (loop header)", proto.name, pc);
    }
    if vm.opts.reuse_doubles {
        disown_stale(vm, proto, base);
    }
    run_entered(vm, base, entry, true).map(Some)
}

/// Before an OSR entry: a register that owns its doubles (`jit::owned`)
/// and holds an owned double gets undefined. Compiled code overwrites an
/// owned double it finds in such a register, and the interpreter, which
/// ran this frame so far, never makes one: it is a stale value from an
/// earlier frame in these slots (the interpreter does not clear a frame;
/// compiled code's prologue does), which the function writes before it
/// reads, and whose cell may since have been freed and made another
/// register's owned double.
fn disown_stale(vm: &mut Vm, proto: &FuncProto, base: usize) {
    let owned = super::owned::owning_registers(
        proto.code,
        proto.nparams as u32,
        proto.nregs as u32,
        !proto.handlers.is_empty(),
    );
    for (r, _) in owned.iter().enumerate().filter(|(_, &o)| o) {
        if crate::heap::is_owned_double(vm.stack.get(base + r)) {
            vm.stack.set(base + r, Value::UNDEFINED);
        }
    }
}

/// The interpreter's ways into tier 1 (installed by `attach`).
const TIERS: Tiers = Tiers {
    call: |vm, callee, base| code_for_call(vm, callee).map(|code| call_compiled(vm, code, base)),
    back_edge: on_back_edge,
    mark_roots,
    reset_stores,
    interpret: Tiers::NONE.interpret,
    resume: Tiers::NONE.resume,
};

// ---- helpers called from compiled code ----

pub static HELPERS: super::Helpers = super::Helpers {
    exec_op: helper_exec_op,
    exec_cond: helper_exec_cond,
    call: helper_call,
    loop_poll: helper_loop_poll,
    stack_overflow: helper_stack_overflow,
    unwind: helper_unwind,
    get_named: helper_get_named,
    set_named: helper_set_named,
    construct: helper_construct,
    throw: helper_throw,
    instance_of: helper_instance_of,
};

/// The VM, the function and the frame index a helper was called for.
///
/// # Safety
///
/// Only for helpers called by compiled code entered through
/// `run_entered`: `ctx` is the context it passed, whose `vm` field holds
/// the pointer lent by the `&mut Vm` that entered (unused until compiled
/// code returns, see `run_entered`); `frame` is a slot address inside that
/// VM's stack; `proto` is the `FuncProto` the code was compiled from (kept
/// alive by the Rc in `vm.protos`). The returned borrows must not outlive
/// the helper call.
unsafe fn unpack<'a>(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto) -> (&'a mut Vm, &'a FuncProto, usize) {
    // SAFETY: see the contract above.
    unsafe {
        let vm = &mut *((*ctx).vm as *mut Vm);
        let proto = &*proto;
        let base = vm.stack.index_of(frame as *const Value);
        (vm, proto, base)
    }
}

/// A helper's EXCEPTION result: the exception is pending in the VM; it gets
/// the location of instruction `pc` (if it has none yet) and `pc` is
/// recorded as the faulting pc for the function's exception exit, which
/// looks it up in the exception table (`helper_unwind`).
fn raise(vm: &mut Vm, _: Thrown, proto: &FuncProto, pc: u32, base: usize) -> u64 {
    crate::stack::locate(vm, proto, pc as usize, base);
    vm.jit.ctx.fault_pc.set(pc);
    EXCEPTION_BITS
}

extern "sysv64" fn helper_exec_op(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: called by compiled code with its own context, frame and proto.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    let op = proto.code[pc as usize];
    vm.jit.stats.slow_hits[op.index()] += 1;
    // Before anything that may allocate (a read boxes a double): the
    // collector scans this frame's registers up to here.
    vm.innermost_frame(base);
    // A typed array's element, which the `get_index`/`set_index` stencils
    // do not read or write: before the generic dispatch, which cost as
    // much again as the access (a Float64Array loop ran 7x a plain array's
    // time compiled).
    match op {
        Op::GetIndex { dst, obj, key } => {
            let stack = vm.stack.view();
            let (o, k) = (stack.get(base + obj as usize), stack.get(base + key as usize));
            if let (Some(o), true) = (o.as_object(), k.is_smi() && k.as_smi() >= 0) {
                if let Some(v) = crate::objects::typed_hit(vm, o, k.as_smi() as u32) {
                    stack.set(base + dst as usize, v);
                    return 0;
                }
            }
        }
        Op::SetIndex { obj, key, src } => {
            let stack = vm.stack.view();
            let (o, k) = (stack.get(base + obj as usize), stack.get(base + key as usize));
            if let (Some(o), true) = (o.as_object(), k.is_smi() && k.as_smi() >= 0) {
                if crate::objects::typed_store(o, k.as_smi() as u32, stack.get(base + src as usize)) {
                    return 0;
                }
            }
        }
        _ => {}
    }
    match exec::exec_generic(vm, proto, base, op, pc as usize) {
        Ok(()) => 0,
        Err(t) => raise(vm, t, proto, pc, base),
    }
}

extern "sysv64" fn helper_exec_cond(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    // A conversion or accessor it runs links its frame to this one.
    vm.calling = (base, pc);
    let op = proto.code[pc as usize];
    vm.jit.stats.slow_hits[op.index()] += 1;
    match exec::jump_taken(vm, base, op) {
        Ok(taken) => taken as u64,
        Err(t) => raise(vm, t, proto, pc, base),
    }
}

extern "sysv64" fn helper_loop_poll(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    clear_interrupt(vm);
    if crate::interrupt::pending() {
        let t = crate::interrupt::take_error(vm, proto, "compiled code");
        return raise(vm, t, proto, pc, base);
    }
    0
}

extern "sysv64" fn helper_stack_overflow(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    let t = exec::stack_overflow(vm);
    raise(vm, t, proto, pc, base)
}

/// The function's exception exit: an instruction at `ctx.fault_pc` threw.
/// Returns the machine address of the handler that catches it (after
/// putting the thrown value in the handler's register), or EXCEPTION when
/// no handler covers the pc, and the exit returns EXCEPTION to the caller
/// (which unwinds its own frame the same way).
extern "sysv64" fn helper_unwind(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, _: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    let pc = vm.jit.ctx.fault_pc.get();
    handler_address(vm, proto, base, pc)
}

/// The handler of this frame that catches a throw at `pc`: its machine
/// address, after the thrown value is moved into the handler's register;
/// or EXCEPTION when none covers `pc` (or the exception is an interrupt).
fn handler_address(vm: &mut Vm, proto: &FuncProto, base: usize, pc: u32) -> u64 {
    let handler = if vm.exception_catchable() { proto.handler_for(pc as usize) } else { None };
    let found = handler.and_then(|h| code_of(proto).and_then(|code| code.osr_entry(h.target)).map(|a| (h, a)));
    let Some((h, addr)) = found else {
        if vm.opts.trace_jit {
            eprintln!("[jit] unwind {}@pc{} -> caller", proto.name, pc);
        }
        return EXCEPTION_BITS;
    };
    let (v, place) = vm.catch_exception(h.keeps_place);
    // The frames above were left: the marks come down to this one.
    vm.innermost_frame(base);
    vm.stack.set(base + h.depth as usize, v);
    if h.keeps_place {
        vm.stack.set(base + h.depth as usize + 1, place);
    }
    vm.jit.stats.handlers_taken += 1;
    if vm.opts.trace_jit {
        eprintln!("[jit] unwind {}@pc{} -> handler pc{}", proto.name, pc, h.target);
    }
    addr as u64
}

/// `throw v` and a `finally`'s `Rethrow` (the `throw_value` stencil): the
/// throw and the search of this frame's exception table in one call, so a
/// throw costs one helper call and no generic dispatch. Returns what the
/// exception exit's `unwind` would: the handler's address, or EXCEPTION,
/// which the stencil returns to the caller at once (the search here
/// already found nothing in this frame).
extern "sysv64" fn helper_throw(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    vm.innermost_frame(base);
    let t = match proto.code[pc as usize] {
        Op::ThrowValue { src } => {
            let v = vm.stack.get(base + src as usize);
            vm.throw_value(v)
        }
        Op::Rethrow { src } => {
            let v = vm.stack.get(base + src as usize);
            let place = vm.stack.get(base + src as usize + 1);
            vm.rethrow_value(v, place)
        }
        _ => vm.throw_error(ErrorKind::TypeError, "internal error: not a throw"),
    };
    raise(vm, t, proto, pc, base);
    handler_address(vm, proto, base, pc)
}

/// `a instanceof b` (the `instance_of` stencil): the check itself, without
/// `exec_op`'s generic dispatch (exceptions.js's `catch` blocks test every
/// error they catch).
extern "sysv64" fn helper_instance_of(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    let Op::InstanceOf { dst, a, b } = proto.code[pc as usize] else {
        let t = vm.throw_error(ErrorKind::TypeError, "internal error: not instanceof");
        return raise(vm, t, proto, pc, base);
    };
    let (va, vb) = (vm.stack.get(base + a as usize), vm.stack.get(base + b as usize));
    // The common case (`e instanceof TypeError`) reads the prototype chain
    // and nothing else: no frame marks or link to set up for it.
    if let Some(r) = crate::objects::plain_instance_of(vm, va, vb) {
        vm.stack.set(base + dst as usize, Value::bool(r));
        return 0;
    }
    // A `Symbol.hasInstance` method it calls links its frame to this one.
    vm.innermost_frame(base);
    vm.calling = (base, pc);
    match crate::objects::instance_of(vm, va, vb) {
        Ok(r) => {
            vm.stack.set(base + dst as usize, Value::bool(r));
            0
        }
        Err(t) => raise(vm, t, proto, pc, base),
    }
}

/// The generic path of a call site: resolves the callee, runs it in
/// whichever tier it is in, and patches the site to call the callee's code
/// directly when it can.
extern "sysv64" fn helper_call(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    let Op::Call { dst, func, argc } = proto.code[pc as usize] else {
        let t = vm.throw_error(ErrorKind::TypeError, "internal error: not a call");
        return raise(vm, t, proto, pc, base);
    };
    let stack = vm.stack.view();
    let f = stack.get(base + func as usize);
    let callee = match f.as_callable() {
        Some(Callable::Script(p)) if p.kind.is_class_ctor() => {
            let t = crate::classes::called_without_new(vm, p);
            return raise(vm, t, proto, pc, base);
        }
        Some(Callable::Script(p)) => p,
        Some(Callable::Native(i)) => {
            vm.innermost_frame(base);
            vm.calling = (base, pc);
            return match exec::call_native(vm, *i, base + func as usize, argc as usize) {
                Ok(v) => {
                    stack.set(base + dst as usize, v);
                    0
                }
                Err(t) => raise(vm, t, proto, pc, base),
            };
        }
        None => {
            let t = exec::not_a_function(vm, proto, pc as usize);
            return raise(vm, t, proto, pc, base);
        }
    };
    call_script(vm, proto, pc, base, (dst, func, argc), callee, true)
}

/// The call of script function `callee` laid out at `func` in `proto`'s
/// frame at `base` (the receiver slot already set), from the `call`
/// stencil's helper or the construct helper: in whichever tier the callee
/// is, patching the site on the way (with `patch`). 0 or EXCEPTION.
fn call_script(
    vm: &mut Vm,
    proto: &FuncProto,
    pc: u32,
    base: usize,
    (dst, func, argc): (u8, u8, u8),
    callee: &Rc<FuncProto>,
    patch: bool,
) -> u64 {
    let stack = vm.stack.view();
    if crate::native_stack::exhausted(vm.native_limit) {
        let t = exec::stack_overflow(vm);
        return raise(vm, t, proto, pc, base);
    }
    let new_base = base + func as usize + exec::ARGS_AFTER_FUNC;
    if let Err(t) = exec::enter_frame(vm, callee, new_base) {
        return raise(vm, t, proto, pc, base);
    }
    exec::pad_args(vm, callee, new_base, argc as usize);
    vm.stack.set_link(new_base, crate::vm::frame_link(base, new_base, pc));
    let result = match code_for_call(vm, callee) {
        Some(code) => {
            if patch {
                if let Some(target) = direct_entry(vm, callee, code, argc, false) {
                    maybe_patch(vm, proto, pc, callee, target);
                }
            }
            call_compiled(vm, code, new_base)
        }
        None => {
            vm.stats.interp_calls += 1;
            (vm.tiers.interpret)(vm, callee.clone(), new_base)
        }
    };
    match result {
        Ok(v) => {
            stack.set(base + dst as usize, v);
            0
        }
        Err(t) => raise(vm, t, proto, pc, base),
    }
}

/// `New` and `SuperCall` from compiled code (`new_call`, `super_call`
/// stencils) whose direct call missed. A class constructor with its own
/// body (base or derived) makes or receives `this` itself and applies the
/// return rules in its code, so `[[Construct]]` of it is a call with
/// new.target in the receiver slot: made here like the `call` helper's,
/// and the site patched (or its cache taught) to call the constructor's
/// code directly from then on. Anything else -- a plain function (whose
/// `this` `construct_with` allocates), a built-in, a derived class without
/// a constructor (it reads the argument count `construct_with` leaves),
/// not a constructor -- runs the generic instruction.
///
/// It is also the slow path of `alloc_this` (`AllocThis`, a base class
/// constructor's `this`): the generic instruction, after which the site
/// learns the (new.target, shape) pair (`learn_alloc_this`).
extern "sysv64" fn helper_construct(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: called by compiled code with the proto it was compiled from.
    if let Op::AllocThis { dst, nt } = unsafe { (*proto).code[pc as usize] } {
        let r = helper_exec_op(ctx, frame, proto, pc);
        if r == 0 {
            // SAFETY: as in `helper_exec_op` (its borrows have ended).
            let (vm, proto_ref, base) = unsafe { unpack(ctx, frame, proto) };
            let stack = vm.stack.view();
            let (nt, this) = (stack.get(base + nt as usize), stack.get(base + dst as usize));
            learn_alloc_this(vm, proto_ref, pc, nt, this);
        }
        return r;
    }
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto_ref, base) = unsafe { unpack(ctx, frame, proto) };
    let op = proto_ref.code[pc as usize];
    let (dst, func, argc, is_new) = match op {
        Op::New { dst, func, argc } => (dst, func, argc, true),
        Op::SuperCall { dst, func, argc } => (dst, func, argc, false),
        _ => return helper_exec_op(ctx, frame, proto, pc),
    };
    let stack = vm.stack.view();
    let f = stack.get(base + func as usize);
    let callee = match f.as_callable() {
        Some(Callable::Script(p)) if matches!(p.kind, FnKind::BaseCtor | FnKind::DerivedCtor) => p,
        Some(&Callable::Native(i)) if is_new && vm.natives[i as usize].constructor => {
            return construct_native(vm, proto_ref, pc, base, (dst, func, argc), f, i);
        }
        Some(Callable::Script(p)) if is_new && p.kind == FnKind::Normal && p.is_constructor() => {
            let p = p.clone();
            patch_construct(vm, proto_ref, pc, &p, argc);
            return construct_plain(vm, proto_ref, pc, base, (dst, func, argc), f, &p);
        }
        _ => return helper_exec_op(ctx, frame, proto, pc),
    };
    vm.jit.stats.slow_hits[op.index()] += 1;
    vm.innermost_frame(base);
    if is_new {
        // new.target is the class itself.
        stack.set(base + func as usize + 1, f);
    }
    call_script(vm, proto_ref, pc, base, (dst, func, argc), callee, true)
}

/// `new F(args)` for a plain function `f` running `callee`, from
/// `helper_construct`: `this` is made here (an object inheriting from
/// `F.prototype`, or Object.prototype when that is not an object), the
/// callee runs on the arguments where the site laid them out, and its
/// result stands only if it is an object, as `construct_with` does it.
/// The generic instruction copied the arguments out and laid out a
/// second frame; the site is not patched (a direct call would skip
/// making `this`).
fn construct_plain(
    vm: &mut Vm,
    proto: &FuncProto,
    pc: u32,
    base: usize,
    (dst, func, argc): (u8, u8, u8),
    f: Value,
    callee: &Rc<FuncProto>,
) -> u64 {
    vm.jit.stats.slow_hits[proto.code[pc as usize].index()] += 1;
    vm.innermost_frame(base);
    let this = match crate::classes::plain_this(vm, f) {
        Ok(this) => this,
        Err(t) => return raise(vm, t, proto, pc, base),
    };
    let stack = vm.stack.view();
    stack.set(base + func as usize + 1, this);
    let mut s = vm.scope();
    let rooted = s.root(this);
    // Taken by the function's first instruction (`LoadNewTarget`).
    if callee.info.new_target {
        s.new_target = f;
    }
    let r = call_script(&mut s, proto, pc, base, (dst, func, argc), callee, false);
    s.new_target = Value::UNDEFINED;
    if r == 0 && stack.get(base + dst as usize).as_object().is_none() {
        stack.set(base + dst as usize, s.get(rooted));
    }
    r
}

/// Patches the `new_call` site at `pc` (or teaches its cache) to enter
/// plain function `callee` through its construct entry, when its code is
/// compiled and a direct entry can do all `[[Construct]]` does: the callee
/// does not read new.target (which the entry does not set), and the
/// conditions of any direct call (`maybe_patch`).
fn patch_construct(vm: &mut Vm, proto: &FuncProto, pc: u32, callee: &Rc<FuncProto>, argc: u8) {
    if callee.info.new_target || !vm.opts.call_patching {
        return;
    }
    let Some(code) = code_for_call(vm, callee) else { return };
    if let Some(target) = direct_entry(vm, callee, code, argc, true) {
        maybe_patch(vm, proto, pc, callee, target);
    }
}

/// Where a direct call with `argc` arguments enters `callee`'s compiled
/// `code`: its entry, when every parameter is given and it is a call;
/// else an entry in front of it, from a stencil with its holes filled,
/// made once per (code, argument count, kind) in the code arena and
/// immortal like the code. A *pad entry* (`pad_entry`) makes the missing
/// parameters undefined; a *construct entry* (`construct_entry`, for
/// `new` of a plain function) makes `this` and applies `new`'s result
/// rule around the code (or the pad entry).
fn direct_entry(vm: &Vm, callee: &FuncProto, code: &'static CompiledCode, argc: u8, construct: bool) -> Option<Target> {
    let gather = callee.info.args_array;
    // The entry depends on the count when it pads or gathers.
    let counted = gather || (argc as u16) < callee.nparams;
    let site = if construct { "new" } else { "call" };
    if !counted && !construct {
        return Some(Target { entry: code.entry(), site, what: "code" });
    }
    let what = match (construct, gather) {
        (true, _) => "construct entry",
        (false, true) => "gather entry",
        (false, false) => "pad entry",
    };
    let key = (if counted { argc } else { u8::MAX }, construct);
    if let Some(&(_, _, at)) = code.entries.borrow().iter().find(|e| (e.0, e.1) == key) {
        return Some(Target { entry: at as *const u8, site, what });
    }
    let body = if counted && construct { direct_entry(vm, callee, code, argc, false)?.entry } else { code.entry() };
    let st = match (construct, gather) {
        (true, _) => &super::stencils::CONSTRUCT_ENTRY,
        (false, true) => &super::stencils::GATHER_ENTRY,
        (false, false) => &super::stencils::PAD_ENTRY,
    };
    let mut bytes = st.hot.to_vec();
    for hole in st.holes {
        let v = match hole.kind {
            HoleKind::HelperPlainThis => helper_plain_this as HelperFn as usize as u64,
            HoleKind::HelperGather => helper_gather as HelperFn as usize as u64,
            HoleKind::Proto => callee as *const FuncProto as u64,
            HoleKind::CallTarget => body as u64,
            HoleKind::PadFrom => 8 * argc as u64,
            HoleKind::PadTo => 8 * callee.nparams as u64,
            _ => return None,
        };
        let at = hole.offset as usize;
        let width = hole.width as usize;
        bytes.get_mut(at..at + width)?.copy_from_slice(&v.to_le_bytes()[..width]);
    }
    let mem = super::memory::CodeMemory::new(&bytes).ok()?;
    let entry = mem.as_ptr();
    code.entries.borrow_mut().push((key.0, construct, entry as usize));
    let name = display_name(callee);
    let label = match (gather, counted) {
        (true, _) => format!("{} ({} arguments)", name, argc),
        (false, true) => format!("{} ({} of {} arguments)", name, argc, callee.nparams),
        (false, false) => name.to_string(),
    };
    super::perf_map::record(entry, mem.len(), &format!("stitch:{} {}", what, label));
    if vm.opts.trace_jit {
        eprintln!("[jit] {} for {} at {:p} -> {:p}", what, label, entry, body);
    }
    Some(Target { entry, site, what })
}

/// A gather entry's (`gather_entry`) helper: the `arguments` object or
/// rest array of the callee `proto` whose frame is at `frame`, from the
/// `argc` arguments there (`exec::pad_args`, as the call helper does).
extern "sysv64" fn helper_gather(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, argc: u32) -> u64 {
    // SAFETY: called by a gather entry with the callee's frame and proto,
    // as compiled code calls helpers.
    let (vm, callee, base) = unsafe { unpack(ctx, frame, proto) };
    vm.innermost_frame(base);
    exec::pad_args(vm, callee, base, argc as usize);
    0
}

/// The first step of a construct entry (`construct_entry`): `this` for
/// `new F(...)` of plain function F, whose new.target (F) the `new_call`
/// site left in the receiver slot of the frame at `frame`, replaced there
/// by an object inheriting from F.prototype (`classes::plain_this`).
extern "sysv64" fn helper_plain_this(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, _: u32) -> u64 {
    // SAFETY: called by a construct entry with the callee's frame and
    // proto, as compiled code calls helpers.
    let (vm, _, base) = unsafe { unpack(ctx, frame, proto) };
    vm.innermost_frame(base);
    let stack = vm.stack.view();
    let f = stack.get(base - 1);
    match crate::classes::plain_this(vm, f) {
        Ok(this) => {
            stack.set(base - 1, this);
            0
        }
        Err(_) => EXCEPTION_BITS,
    }
}

/// `new F(args)` for a built-in constructor `f` (native `i`), from
/// `helper_construct`: the native runs on the arguments where the site
/// laid them out, as the call helper runs a native, with new.target `f`
/// and `this` undefined, which is what `construct_with` gives it. The
/// generic instruction copied the arguments out, checked the callee again
/// and laid out a second frame above every live one (`call_function_as`):
/// about a third of the cost of each `new RangeError(..)` in
/// exceptions.js. new.target is the callee, so the object the native made
/// keeps its prototype (`construct_with`'s subclass case never applies).
fn construct_native(
    vm: &mut Vm,
    proto: &FuncProto,
    pc: u32,
    base: usize,
    (dst, func, argc): (u8, u8, u8),
    f: Value,
    i: u32,
) -> u64 {
    let stack = vm.stack.view();
    vm.jit.stats.slow_hits[proto.code[pc as usize].index()] += 1;
    vm.innermost_frame(base);
    vm.calling = (base, pc);
    let at = base + func as usize;
    stack.set(at + 1, Value::UNDEFINED);
    // `f` stays rooted in its register while the native runs.
    let saved = std::mem::replace(&mut vm.new_target, f);
    let r = exec::construct_native(vm, i, at, argc as usize);
    vm.new_target = saved;
    match r {
        Ok(v) => {
            stack.set(base + dst as usize, v);
            0
        }
        Err(t) => raise(vm, t, proto, pc, base),
    }
}

/// Teaches the `alloc_this` site at `pc` that new.target `nt` constructs
/// objects of `this`'s shape (fresh from `AllocThis`: the root shape of
/// `nt.prototype`). Only for a class, whose `prototype` is a data property
/// that can neither be written nor reconfigured (so the pair never goes
/// stale), and at most `ALLOC_SITE_LEARNS` times per site; `nt` is pinned,
/// so its address cannot be reused by another object while the site holds it.
fn learn_alloc_this(vm: &mut Vm, proto: &FuncProto, pc: u32, nt: Value, this: Value) {
    use crate::heap::shape::{ACCESSOR, CONFIGURABLE, WRITABLE};
    let Some(site) = code_of(proto).and_then(|c| c.alloc_site(pc)) else { return };
    let n = site.learned.get();
    if n >= super::code::ALLOC_SITE_LEARNS || site.cache.iter().any(|c| c.get()[0] == nt.to_bits()) {
        return;
    }
    let (Some(f), Some(o)) = (nt.as_object(), this.as_object()) else { return };
    if !matches!(f.callable(), Some(Callable::Script(p)) if p.kind.is_class_ctor()) {
        return;
    }
    let fixed = matches!(
        f.find(vm.realm.prototype),
        Some(crate::heap::object::Found::Slot(_, attrs)) if attrs & (WRITABLE | CONFIGURABLE | ACCESSOR) == 0
    );
    let shape = o.shape();
    if !fixed || shape.proto != f.get_named(vm.realm.prototype).unwrap_or(Value::UNDEFINED) {
        return;
    }
    vm.pin_value(nt);
    site.cache[n as usize % site.cache.len()].set([nt.to_bits(), shape as *const Shape as u64]);
    site.learned.set(n + 1);
    if vm.opts.trace_jit {
        eprintln!("[jit] alloc {}@pc{}: new.target {:#x} -> shape#{}", display_name(proto), pc, nt.to_bits(), shape.id);
    }
}

/// `GetNamed` from compiled code: its inline fast path missed (a stub or
/// generic site, another shape, or not an object). Runs the shared inline
/// cache (`ic::get_named`), then patches the site when the cache has
/// become monomorphic on an own property.
extern "sysv64" fn helper_get_named(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    // A conversion or accessor it runs links its frame to this one.
    vm.calling = (base, pc);
    let op = proto.code[pc as usize];
    let (Op::GetNamed { dst, obj, .. }, Some(ps)) = (op, prop_site_of(proto, op)) else {
        let t = vm.throw_error(ErrorKind::TypeError, "internal error: not a property site");
        return raise(vm, t, proto, pc, base);
    };
    vm.jit.stats.slow_hits[op.index()] += 1;
    vm.innermost_frame(base);
    let stack = vm.stack.view();
    let o = stack.get(base + obj as usize);
    // A string reads from String.prototype (`ic::get_named`), whose shape
    // the site is then patched with: the stencil guards that object's
    // shape for string receivers.
    let holder = if o.is_string() && ps.atom != vm.realm.length { vm.realm.string_proto } else { o };
    let shape = holder.as_object().map(|o| o.shape());
    match crate::ic::get_named(vm, ps, o) {
        Ok(v) => {
            stack.set(base + dst as usize, v);
            update_prop_site(vm, proto, pc, ps, shape, shape);
            add_getter_case(vm, proto, pc, ps, o);
            0
        }
        Err(t) => raise(vm, t, proto, pc, base),
    }
}

/// `SetNamed` from compiled code, like `helper_get_named`.
extern "sysv64" fn helper_set_named(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    // SAFETY: as in `helper_exec_op`.
    let (vm, proto, base) = unsafe { unpack(ctx, frame, proto) };
    // A conversion or accessor it runs links its frame to this one.
    vm.calling = (base, pc);
    let op = proto.code[pc as usize];
    let (Op::SetNamed { obj, src, .. }, Some(ps)) = (op, prop_site_of(proto, op)) else {
        let t = vm.throw_error(ErrorKind::TypeError, "internal error: not a property site");
        return raise(vm, t, proto, pc, base);
    };
    vm.jit.stats.slow_hits[op.index()] += 1;
    vm.innermost_frame(base);
    let stack = vm.stack.view();
    let o = stack.get(base + obj as usize);
    let shape = o.as_object().map(|o| o.shape());
    match crate::ic::set_named(vm, ps, o, stack.get(base + src as usize), proto.strict) {
        Ok(()) => {
            let after = o.as_object().map(|o| o.shape());
            update_prop_site(vm, proto, pc, ps, shape, after);
            0
        }
        Err(t) => raise(vm, t, proto, pc, base),
    }
}

fn prop_site_of(proto: &FuncProto, op: Op) -> Option<&PropSite> {
    match op {
        Op::GetNamed { site, .. } | Op::SetNamed { site, .. } => proto.sites.get(site as usize),
        _ => None,
    }
}

/// `get .x` / `set .x`: how the traces and listings name a property site.
fn prop_site_name(proto: &FuncProto, pc: u32) -> String {
    let op = proto.code[pc as usize];
    let name = prop_site_of(proto, op).map_or("?", |s| &s.name);
    let verb = if matches!(op, Op::SetNamed { .. }) { "set" } else { "get" };
    format!("{} .{}", verb, name)
}

/// The patching policy of a property site, after its helper ran the
/// inline cache on an object whose shape was `shape` (`None`: not an
/// object, which says nothing about shapes). A stub is patched when the
/// cache is monomorphic on an own property of that very shape; a patched
/// site that meets another shape goes generic for good: its misses would
/// otherwise patch it back and forth, and the helper's polymorphic and
/// megamorphic caches serve it in a few loads anyway.
fn update_prop_site(
    vm: &mut Vm,
    proto: &FuncProto,
    pc: u32,
    ps: &PropSite,
    shape: Option<&'static Shape>,
    after: Option<&'static Shape>,
) {
    // (`:set inline-caches off` freezes the caches: sites patched already
    // stay, none changes.)
    // A primitive receiver other than a string (whose `shape` is
    // String.prototype's: `helper_get_named`) says nothing about shapes.
    let Some(shape) = shape else { return };
    if !vm.opts.inline_caches {
        return;
    }
    let Some(code) = code_of(proto) else { return };
    let Some(state) = code.prop_site_state(pc) else { return };
    let addr = shape as *const Shape as usize;
    let trace = vm.opts.trace_jit;
    let go_generic = |vm: &mut Vm| match code.make_prop_site_generic(pc) {
        Ok(()) => {
            vm.jit.stats.prop_sites_generic += 1;
            if trace {
                eprintln!(
                    "[jit] generic {}@pc{}: {} saw shape#{}",
                    proto.name,
                    pc,
                    prop_site_name(proto, pc),
                    shape.id
                );
            }
        }
        Err(e) if trace => eprintln!("[jit] cannot unpatch {}@pc{}: {}", proto.name, pc, e),
        Err(_) => {}
    };
    let is_get = matches!(proto.code.get(pc as usize), Some(Op::GetNamed { .. }));
    // A read that meets a shape its hot guard does not hold gets a case in
    // its chain (`code::PolyCase`), from the cache entry just learnt for
    // that shape: up to four, after which the cache is megamorphic and the
    // site generic.
    let add_case = |vm: &mut Vm| {
        let Some(e) = ps.entries.iter().map(|c| c.get()).find(|e| e.shape == addr) else { return };
        let Some(case) = super::compile::poly_case(&e) else { return };
        let Some(site) = code.prop_site(pc) else { return };
        if site.cases.iter().any(|c| c.get() == case) {
            return;
        }
        // SAFETY: `case` is built from the entry the shared cache keeps for
        // `addr` (`compile::poly_case`): the cache recorded that objects of
        // that shape (not a dictionary: `ic::learn_get`) keep the property
        // in that slot, or, with those prototypes' shapes (which the case
        // checks through their shape words; the objects live as long as
        // the immortal shapes that point at them), that the holder does.
        match unsafe { code.add_prop_case(pc, case, shape.id) } {
            // (Numbered as the site's shapes: a patched hot guard is case 1.)
            Some(n) => {
                let n = n + matches!(state, PropSiteState::Patched { .. }) as usize;
                vm.jit.stats.prop_cases += 1;
                if trace {
                    eprintln!(
                        "[jit] patch {}@pc{}: {} shape#{} -> {} (case {})",
                        proto.name,
                        pc,
                        prop_site_name(proto, pc),
                        shape.id,
                        case_text(&e),
                        n
                    );
                }
            }
            None if trace => eprintln!("[jit] cases full {}@pc{}: {}", proto.name, pc, prop_site_name(proto, pc)),
            None => {}
        }
    };
    match state {
        PropSiteState::Stub => {
            let e = ps.entries[0].get();
            // A store that added the property, into an in-object slot, from
            // this very shape to its child: replayable as two stores.
            let added = after.filter(|a| {
                e.kind == IcKind::Add
                    && e.slot < shape.capacity as u32
                    && a.parent.is_some_and(|p| std::ptr::eq(p, shape))
                    && !a.dictionary
            });
            let own = e.kind == IcKind::Own;
            match ps.state.get() {
                IcState::Mono
                    if (own || added.is_some())
                        && e.shape == addr
                        && !shape.dictionary
                        && e.slot <= super::compile::MAX_PATCHED_SLOT =>
                {
                    let after_addr = added.map_or(addr, |a| a as *const Shape as usize);
                    // SAFETY: `addr` is the shape of the object the cache just
                    // served (shapes are immortal), not a dictionary, and the
                    // cache recorded `e.slot` as where that shape keeps the
                    // site's property: for a store, only when it is writable
                    // (`ic::set_named`). For a store that adds, `after_addr` is
                    // the child shape the object moved to, whose new property
                    // is in-object slot `e.slot` (every object of `addr` has
                    // room for it: its slots are its cell's `capacity`, the
                    // shape's, or an overflow vector longer than that), and only extensible
                    // objects have a non-dictionary shape.
                    match unsafe { code.patch_prop_site(pc, addr, shape.id, e.slot, after_addr) } {
                        Ok(()) => {
                            vm.jit.stats.prop_sites_patched += 1;
                            if trace {
                                let adds = added.map_or(String::new(), |a| format!(", adds (-> shape#{})", a.id));
                                eprintln!(
                                    "[jit] patch {}@pc{}: {} shape#{} -> slot {}{}",
                                    proto.name,
                                    pc,
                                    prop_site_name(proto, pc),
                                    shape.id,
                                    e.slot,
                                    adds
                                );
                            }
                        }
                        Err(e) if trace => eprintln!("[jit] cannot patch {}@pc{}: {}", proto.name, pc, e),
                        Err(_) => {}
                    }
                }
                IcState::Mono | IcState::Poly if is_get => add_case(vm),
                IcState::Poly | IcState::Mega => go_generic(vm),
                _ => {}
            }
        }
        PropSiteState::Patched { shape: expected, .. } if expected != addr => match ps.state.get() {
            IcState::Poly if is_get => add_case(vm),
            _ => go_generic(vm),
        },
        _ => {}
    }
}

/// Where a cache entry says the property is, for the traces: `slot 1`,
/// `prototype slot 3`, `getter in prototype slot 0`.
pub(crate) fn case_text(e: &crate::bytecode::IcEntry) -> String {
    match e.kind {
        IcKind::Own => format!("slot {}", e.slot),
        IcKind::Proto => format!("prototype slot {}", e.slot),
        IcKind::OwnGetter => format!("getter in slot {}", e.slot),
        IcKind::ProtoGetter => format!("getter in prototype slot {}", e.slot),
        IcKind::Add => format!("adds slot {}", e.slot),
    }
}

fn maybe_patch(vm: &mut Vm, caller: &FuncProto, pc: u32, callee: &FuncProto, target: Target) {
    let Some(caller_code) = code_of(caller) else { return };
    let Some(state) = caller_code.call_site_state(pc) else { return };
    let trace = vm.opts.trace_jit;
    match state {
        CallSiteState::Stub if vm.opts.call_patching => {
            // The guard is the callee's code, not the function object: every
            // closure of that code passes it (the callee finds its context
            // in the closure it receives in r[-2]), so a site that calls a
            // fresh closure each time stays patched.
            let guard = callee as *const FuncProto as u64;
            // SAFETY: `target` enters the callee's code compiled by this VM
            // (from `code_for_call`) with `argc` arguments (`direct_entry`
            // made it for that count: padding or gathering them as the
            // callee needs), and `guard` is the address of that same
            // FuncProto (immortal), which only function objects running
            // that code hold.
            match unsafe { caller_code.patch_call_site(pc, guard, target.entry()) } {
                Ok(()) => {
                    vm.jit.stats.sites_patched += 1;
                    if trace {
                        eprintln!(
                            "[jit] patch {}@pc{}: {} site -> {} of {} at {:p} (guard: function code {:#x})",
                            display_name(caller),
                            pc,
                            target.site(),
                            target.what(),
                            display_name(callee),
                            target.entry(),
                            guard
                        );
                    }
                }
                // The call itself still goes ahead through the generic path.
                Err(e) if trace => eprintln!("[jit] cannot patch {}@pc{}: {}", caller.name, pc, e),
                Err(_) => {}
            }
        }
        CallSiteState::Patched { guard, .. } if guard != callee as *const FuncProto as u64 => {
            match caller_code.make_call_site_generic(pc) {
                Ok(()) => {
                    vm.jit.stats.sites_generic += 1;
                    if trace {
                        eprintln!(
                            "[jit] generic {}@pc{}: saw a second function code ({}), unpatched",
                            caller.name,
                            pc,
                            display_name(callee)
                        );
                    }
                }
                Err(e) if trace => eprintln!("[jit] cannot unpatch {}@pc{}: {}", caller.name, pc, e),
                Err(_) => {}
            }
            add_call_case(vm, caller, caller_code, pc, callee, target);
        }
        CallSiteState::Generic => add_call_case(vm, caller, caller_code, pc, callee, target),
        _ => {}
    }
}

/// What a call site is patched to reach (`direct_entry`): a function's
/// compiled code, or an entry in front of it.
#[derive(Clone, Copy)]
struct Target {
    entry: *const u8,
    /// `call`, or `new` (a construct entry).
    site: &'static str,
    /// `code`, `pad entry` or `construct entry`, for `--trace-jit`.
    what: &'static str,
}

impl Target {
    fn entry(self) -> *const u8 {
        self.entry
    }

    fn site(self) -> &'static str {
        self.site
    }

    fn what(self) -> &'static str {
        self.what
    }
}

/// A generic call site's polymorphic cache (scanned by the call stencil's
/// cold part) learns `callee`, on the same conditions as patching.
fn add_call_case(
    vm: &mut Vm,
    caller: &FuncProto,
    caller_code: &CompiledCode,
    pc: u32,
    callee: &FuncProto,
    target: Target,
) {
    if !vm.opts.call_patching {
        return;
    }
    let guard = callee as *const FuncProto as u64;
    // SAFETY: as for `patch_call_site` in `maybe_patch`: `target` enters
    // the callee's code compiled by this VM with `argc` arguments, and
    // `guard` is that FuncProto's (immortal) address.
    match unsafe { caller_code.add_call_case(pc, guard, target.entry()) } {
        Ok(true) if vm.opts.trace_jit => eprintln!(
            "[jit] poly {}@pc{}: {} site case -> {} of {} at {:p}",
            display_name(caller),
            pc,
            target.site(),
            target.what(),
            display_name(callee),
            target.entry()
        ),
        Ok(_) => {}
        Err(e) if vm.opts.trace_jit => eprintln!("[jit] cannot extend {}@pc{}: {}", caller.name, pc, e),
        Err(_) => {}
    }
}

/// After a `get_named` helper call that ran a getter from the site's
/// inline cache: records the getter's compiled code in the site's getter
/// cache, so that the stencil's cold part calls it directly next time
/// (`[jit] getter f@pc3: get .weight -> code of get weight`). Only a
/// getter that a call with no arguments can enter directly: compiled,
/// no parameters to pad, no `arguments` to gather, not a class
/// constructor (whose call must throw).
fn add_getter_case(vm: &mut Vm, proto: &FuncProto, pc: u32, ps: &PropSite, o: Value) {
    if !vm.opts.inline_caches || !vm.opts.call_patching {
        return;
    }
    let Some(caller_code) = code_of(proto) else { return };
    let Some(g) = crate::ic::cached_getter(vm, ps, o) else { return };
    let Some(Callable::Script(callee)) = g.as_callable() else { return };
    if callee.kind.is_class_ctor() || callee.nparams > 0 || callee.info.args_array {
        return;
    }
    let Some(code) = code_of(callee).and_then(runnable) else { return };
    let guard = Rc::as_ptr(callee) as u64;
    // SAFETY: `code` is `callee`'s code compiled by this VM (`runnable`),
    // `guard` that FuncProto's (immortal) address, and the callee takes no
    // parameters, gathers no arguments and is no class constructor
    // (checked above).
    match unsafe { caller_code.add_getter_case(pc, guard, code.entry()) } {
        Ok(true) => {
            vm.jit.stats.getter_sites += 1;
            if vm.opts.trace_jit {
                eprintln!(
                    "[jit] getter {}@pc{}: {} -> code of {} at {:p}",
                    display_name(proto),
                    pc,
                    prop_site_name(proto, pc),
                    display_name(callee),
                    code.entry()
                );
            }
        }
        Ok(false) => {}
        Err(e) if vm.opts.trace_jit => eprintln!("[jit] cannot extend {}@pc{}: {}", proto.name, pc, e),
        Err(_) => {}
    }
}

/// A function's name in traces (`(anonymous)` for an unnamed one).
fn display_name(p: &FuncProto) -> &str {
    if p.name.is_empty() {
        "(anonymous)"
    } else {
        &p.name
    }
}

/// `--stats`: the JIT's part.
pub fn stats_report(vm: &Vm) -> String {
    let s = &vm.jit.stats;
    let mut out = String::new();
    let _ = writeln!(out, "jit functions compiled  {} ({} failed)", s.functions_compiled, s.compile_failures);
    let _ = writeln!(out, "jit bytecodes compiled  {}", s.instructions_compiled);
    let _ = writeln!(out, "jit code bytes          {}", s.code_bytes);
    let ns = clock::to_ns(s.compile_ticks) as f64;
    let per = if s.instructions_compiled > 0 { ns / s.instructions_compiled as f64 } else { 0.0 };
    let _ = writeln!(out, "jit compile time        {:.1} µs total, {:.1} ns per bytecode", ns / 1000.0, per);
    let _ = writeln!(
        out,
        "jit warm-up             {:.1} µs at start-up (throwaway compiles)",
        s.warm_up_ns as f64 / 1000.0
    );
    let _ = writeln!(out, "jit jumps elided        {}", s.elided_jumps);
    // Only when there are any: the report's other lines are the same for
    // every program.
    if s.math_calls_inlined > 0 {
        let _ = writeln!(out, "jit built-ins inlined   {} sites", s.math_calls_inlined);
    }
    let _ = writeln!(out, "jit entries             {} calls, {} OSR", s.entries, s.osr_entries);
    let _ = writeln!(out, "call sites              {} patched, {} generic", s.sites_patched, s.sites_generic);
    let _ = writeln!(
        out,
        "property sites          {} patched, {} generic (compiled code)",
        s.prop_sites_patched, s.prop_sites_generic
    );
    // Only when there are any, as the Math line.
    if s.prop_cases > 0 {
        let _ = writeln!(out, "polymorphic cases       {} (patched into property reads' chains)", s.prop_cases);
    }
    if s.getter_sites > 0 {
        let _ =
            writeln!(out, "getter calls            {} direct (property sites calling a getter's code)", s.getter_sites);
    }
    let (mut ic_hits, mut ic_misses) = (0u64, 0u64);
    for site in vm.protos.iter().flat_map(|p| p.sites.iter()) {
        ic_hits += site.hits.get();
        ic_misses += site.misses.get();
    }
    let _ = writeln!(
        out,
        "inline caches           {} hits, {} misses (lookups through the caches; a patched site's inline hits are not counted)",
        ic_hits, ic_misses
    );
    let mut hits: Vec<(usize, u64)> = s.slow_hits.iter().copied().enumerate().filter(|&(_, n)| n > 0).collect();
    hits.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    if hits.is_empty() {
        let _ = writeln!(out, "slow-path hits          none");
    } else {
        let list: Vec<String> = hits.iter().map(|&(i, n)| format!("{} {}", OP_NAMES[i], n)).collect();
        let _ = writeln!(out, "slow-path hits          {}", list.join(", "));
    }
    out
}

/// `--print-asm`: every compiled function's machine code as it is now.
pub fn asm_listing(vm: &Vm) -> String {
    let mut out = String::new();
    for p in &vm.jit.compiled {
        if let Some(code) = code_of(p) {
            // A patched site's guard is a live function value (a GC root):
            // name the callee.
            let name_of = |guard: u64| vm.function_with_bits(guard).map(|c| display_name(c).to_string());
            out.push_str(&code.disassemble_with(p, &name_of));
        }
    }
    out
}
