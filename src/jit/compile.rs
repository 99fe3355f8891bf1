//! The copy-and-patch compiler: for each bytecode instruction pick a
//! stencil, copy its bytes, fill its holes. No assembling happens here.
//!
//! Layout of a compiled function:
//!
//! ```text
//! prologue | hot(pc 0) | hot(pc 1) | ... | fall_off | exc_exit | cold(prologue) | cold(pc i) ...
//! ```
//!
//! Hot parts follow bytecode order, so a hot part ending in `jmp Continue`
//! (to pc+1) has that jump dropped when fall-through is on. Cold parts (slow
//! paths) come after the body, so fast paths are straight-line code.

use std::cell::Cell;
use std::rc::Rc;
use std::thread::LocalKey;

use super::abi::{
    IN_A, IN_AUX, IN_B, IN_C, IN_DST, IN_TARGET, NKINDS, OBJ_SHAPE_DISP, POLY_FLAG_GETTER, POLY_FLAG_MID1,
    POLY_FLAG_MID2, POLY_FLAG_PROTO,
};
use super::clock;
use super::code::{
    AllocSite, CallSite, CallSiteState, CompileStats, CompiledCode, HoleNote, Placed, PolyCase, PropSiteCode,
    PropSiteState, NO_SITE, ZERO_WORD,
};
use super::ctx::JitCtx;
use super::decode::{decode_into, stencil_of, Decoded, Env, Sink};
use super::memory::CodeWriter;
use super::stencils::EmitFn;
use super::stencils::ALLOC_THIS_CACHE_AT;
use super::stencils::{emitters, id, HoleKind, Stencil, ALL, CALL_CACHE_AT, CALL_GUARD_AT, CALL_TARGET_AT, EMIT};
use super::stencils::{
    GET_NAMED_CASES_AT, GET_NAMED_ENTRIES_AT, GET_NAMED_GETTERS_AT, GET_NAMED_PROTO_CASES_AT,
    GET_NAMED_PROTO_ENTRIES_AT, GET_NAMED_PROTO_GETTERS_AT, GET_NAMED_PROTO_HOLDER_AT, GET_NAMED_PROTO_HOLDER_SHAPE_AT,
    GET_NAMED_PROTO_SHAPE_AT, GET_NAMED_PROTO_SLOT_AT, GET_NAMED_SHAPE_AT, GET_NAMED_SLOT_AT, SET_NAMED_AFTER_AT,
    SET_NAMED_ENTRIES_AT, SET_NAMED_SHAPE_AT, SET_NAMED_SLOT_AT,
};
use super::stencils::{
    NEW_CALL_CALL_CACHE_AT, NEW_CALL_CALL_GUARD_AT, NEW_CALL_CALL_TARGET_AT, SUPER_CALL_CALL_CACHE_AT,
    SUPER_CALL_CALL_GUARD_AT, SUPER_CALL_CALL_TARGET_AT,
};
use crate::bytecode::{FuncProto, IcEntry, IcKind, IcState, Op, OperandKind};
use crate::value::NEVER_BITS;

/// Every helper has this signature: `(ctx, frame, proto, pc) -> u64`, where
/// `frame` is the current frame base and `pc` the instruction being run.
/// EXCEPTION_BITS (0x17) means "a JS error is pending in the VM".
pub type HelperFn = extern "sysv64" fn(*mut JitCtx, *mut u64, *const FuncProto, u32) -> u64;

/// The VM's runtime helpers, called from stencils.
#[derive(Clone, Copy)]
pub struct Helpers {
    /// Runs instruction `pc` generically (writes its destination).
    /// Returns 0 or EXCEPTION.
    pub exec_op: HelperFn,
    /// Evaluates the condition of conditional jump `pc`: 1 = jump taken,
    /// 0 = not taken, or EXCEPTION.
    pub exec_cond: HelperFn,
    /// Runs `Call` instruction `pc` generically (writes r[dst]); may patch
    /// the call site. Returns 0 or EXCEPTION.
    pub call: HelperFn,
    /// Called by `Loop` when `ctx.interrupt` is nonzero: 0 or EXCEPTION.
    pub loop_poll: HelperFn,
    /// Raises RangeError (called with pc 0); returns EXCEPTION.
    pub stack_overflow: HelperFn,
    /// Called by the exception exit (with pc 0; the faulting pc is in
    /// `ctx.fault_pc`): the machine address of the handler to continue at
    /// (the thrown value already in its register), or EXCEPTION to return
    /// to the caller.
    pub unwind: HelperFn,
    /// Runs `GetNamed` / `SetNamed` instruction `pc` through its inline
    /// cache (writes r[dst]); may patch the property site. 0 or EXCEPTION.
    pub get_named: HelperFn,
    pub set_named: HelperFn,
    /// Runs `New` / `SuperCall` instruction `pc` (writes r[dst]); may
    /// patch the site to call a class constructor's code directly. 0 or
    /// EXCEPTION.
    pub construct: HelperFn,
    /// Throws the value of `ThrowValue`/`Rethrow` instruction `pc`, then
    /// does what `unwind` does for that pc: the handler's address or
    /// EXCEPTION.
    pub throw: HelperFn,
    /// Runs `InstanceOf` instruction `pc` (writes r[dst]): 0 or EXCEPTION.
    pub instance_of: HelperFn,
}

/// The most hot code a function is compiled to unless one of its loops
/// is smaller. Code that runs once per call (or per iteration of a huge
/// loop) only wins compiled if it is still in the cache from the last
/// time; beyond the L2 cache it is fetched again from L3 or memory, at
/// about 3 ns a bytecode, while the interpreter's loop stays cached and
/// reads 8 bytes of bytecode per instruction (1.5 ns). Measured on a
/// function of N statements without loops, called 60,000,000 / N times
/// (about 31 hot bytes per bytecode; AMD EPYC, 1 MiB L2 per core; CPU
/// seconds, interpreted against compiled from the first call): 2,000
/// statements (0.5 MiB hot) 0.70 against 0.24; 5,000 (1.2 MiB) 0.71
/// against 0.48; 10,000 (2.5 MiB) 0.70 against 0.65; 20,000 (5 MiB) 0.72
/// against 1.5. A function with a loop that fits is compiled whatever its
/// size: that loop reruns the same code.
const MAX_STRAIGHT_LINE: usize = 2 << 20;

/// Whether some loop's hot code (header to back edge) is at most
/// `MAX_STRAIGHT_LINE` bytes.
fn a_loop_fits(code: &[Op], placed: &[Placed]) -> bool {
    code.iter().enumerate().any(|(pc, op)| match *op {
        Op::Loop { target, .. } => placed.get(target as usize + 1).is_some_and(|header| {
            placed[pc + 1].hot.end.saturating_sub(header.hot.start) as usize <= MAX_STRAIGHT_LINE
        }),
        _ => false,
    })
}

/// Switches that each turn one technique off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JitOptions {
    /// Inline Smi fast paths for arithmetic and comparisons (else every
    /// such op calls `exec_op` / `exec_cond`).
    pub smi_fast_paths: bool,
    /// Drop a stencil's final `jmp` when the next stencil follows it.
    pub fall_through: bool,
    /// Inline caches and element fast paths at property accesses (else
    /// every access calls `exec_op`).
    pub inline_caches: bool,
    /// The double paths of the arithmetic and comparison stencils (else
    /// their Smi-only variants, `*_smi`).
    pub double_fast_paths: bool,
    /// The function objects (bits) of the built-ins (`Math` functions,
    /// `charCodeAt`, `fromCharCode`, `push`, `pop`) whose call sites are compiled
    /// inline (`decode::INLINE_MATH` order); 0: not inlined
    /// (`--no-inline-math`, and compiles without a VM).
    pub math: [u64; super::decode::INLINE_MATH.len()],
    /// A function without exception handlers gets `exc_return` as its
    /// exception exit (return EXCEPTION to the caller at once) instead of
    /// `exc_exit`, which calls the unwind helper to look for a handler.
    pub exc_return: bool,
    /// Double results stored into registers that own their doubles
    /// overwrite the box in place (`jit::owned`, the `_own` stencils).
    pub reuse_doubles: bool,
    /// A Smi constant loaded right before an arithmetic operation or a
    /// compare is an immediate of its `_k` stencil, and its `LoadConst`
    /// is left out when nothing else reads the register
    /// (`--no-const-operands` turns it off).
    pub const_operands: bool,
    /// The address of the VM's 256 one-unit strings (`Vm::unit_strings`),
    /// which inline `String.fromCharCode` sites load from (0 without a VM).
    pub unit_strings: u64,
    /// The address of the template cell `{}` is copied from
    /// (`heap::ObjectTemplate`); 0: no inline allocation and no direct
    /// constructor calls (`--no-inline-alloc`, and compiles without a VM).
    pub object_template: u64,
    /// The address of the template cell of an object literal with more
    /// than four named properties (`heap::WideTemplate`); 0 with
    /// `object_template`.
    pub wide_template: u64,
    /// The address of `[]`'s template cell; 0 with `object_template`.
    pub array_template: u64,
}

impl Default for JitOptions {
    fn default() -> JitOptions {
        JitOptions {
            smi_fast_paths: true,
            fall_through: true,
            inline_caches: true,
            double_fast_paths: true,
            math: [0; super::decode::INLINE_MATH.len()],
            exc_return: true,
            reuse_doubles: true,
            const_operands: true,
            unit_strings: 0,
            object_template: 0,
            wide_template: 0,
            array_template: 0,
        }
    }
}

/// The address of global slot `g` and whether SetGlobal may store to it
/// directly. Return `true` only for bindings that can never become
/// read-only (not `const`): the fast store still leaves a slot holding
/// HOLE (TDZ) to `exec_op`. The address must stay valid for the life of
/// the code (the global table never moves); a null address makes the
/// instruction always use `exec_op`. The third part is the value of an
/// initialized `const` global when it is a Smi, `undefined`, `null`,
/// `true` or `false`: it can never change (no assignment, no second
/// declaration, and `:reset` drops compiled code), so a compare may take
/// it as an immediate (`decode::Env::known_load`).
pub type GlobalAddr<'a> = &'a dyn Fn(u32) -> (*mut u64, bool, Option<u64>);

/// Compiles `proto` to machine code. Fails (with a reason for the trace)
/// on malformed bytecode: out-of-range registers, constants or targets.
///
/// Two passes over the bytecode and no intermediate buffer: the first
/// places each instruction's stencil (`decode::stencil_of`, a table lookup
/// by opcode), the second decodes each instruction (`decode_into`, one
/// match) and calls its stencil's emitter from the match arm (generated at
/// build time: a fixed-size copy of the stencil's bytes and one store per
/// hole at a constant offset), which writes straight into the
/// executable-memory arena through its write view. The work per
/// instruction is a few dozen instructions and one indirect jump, the
/// match's: a compile runs once, on a branch predictor that has not seen
/// this sequence of opcodes, so every indirect branch is a likely
/// misprediction (a second one, a call through the table of emitters, cost
/// up to 16% more per compile on five of the six benchmarks, measured with
/// `--stats`). Nothing is recorded per hole: `--print-asm` recomputes what
/// went into each one (`hole_note`). No system call, no allocation (the `CompiledCode` and its tables come from
/// `immortal_table`), and the clock is the time-stamp counter (`clock`).
/// Why a generator function stays in the interpreter (`--trace-jit`, `:asm`).
pub const GENERATOR_REFUSAL: &str =
    "a generator function runs in the interpreter (its frame is saved and restored at each yield)";

/// Why an async function stays in the interpreter: its code is a
/// generator's (src/async_fn.rs).
pub const ASYNC_REFUSAL: &str =
    "an async function runs in the interpreter (its frame is saved and restored at each await)";

pub fn compile(
    proto: &Rc<FuncProto>,
    helpers: &Helpers,
    opts: &JitOptions,
    global_addr: GlobalAddr<'_>,
) -> Result<&'static CompiledCode, String> {
    if proto.info.is_async {
        // Its code is a generator's: the same reason (ARCHITECTURE.md,
        // "Async functions").
        return Err(ASYNC_REFUSAL.to_string());
    }
    if proto.info.generator {
        // A suspended generator keeps its frame in its generator object
        // and resumes by copying it back onto the stack: compiled code
        // would need an entry at every `yield` (ARCHITECTURE.md, "Generators").
        return Err(GENERATOR_REFUSAL.to_string());
    }
    let start = clock::ticks();
    let code = proto.code;
    let n = code.len() as u32;

    // 1. Choose each unit's stencil and lay the units out: the prologue,
    // one per instruction, the fall-off, the exception exit; hot parts in
    // that order, cold parts (slow paths) after them. `placed[pc + 1]` is
    // pc's unit.
    let env = Env::new(proto.consts, global_addr, proto.nregs as u32, n, opts.smi_fast_paths, opts.inline_caches)
        .with_doubles(opts.double_fast_paths)
        .with_sites(&proto.sites)
        .with_math(code, opts.math)
        .with_targets(&proto.handlers)
        .with_params(proto.nparams as u32, !proto.handlers.is_empty())
        .with_owned(proto.nparams as u32, !proto.handlers.is_empty(), opts.reuse_doubles)
        .with_alloc(opts.object_template)
        .with_const_operands(opts.const_operands);
    let mut calls = CALLS.take();
    calls.clear();
    calls.reserve(TABLE_CHUNK);
    let mut props = PROPS.take();
    props.clear();
    props.reserve(TABLE_CHUNK);
    // (Rare, one per base class constructor: a plain vector.)
    let mut allocs: Vec<u32> = Vec::new();
    let placed = immortal_table(&FREE_PLACED, code.len() + 3, TABLE_CHUNK);
    let (mut at, mut cold_at) = (0u32, 0u32);
    let (mut elided_jumps, mut holes, mut math_calls) = (0, 0, 0);
    let mut k = 0;
    let mut lay = |id: u8, pc: Option<u32>, site: u32| {
        let e = &EMIT[id as usize];
        let hot_len = if opts.fall_through { e.keep } else { e.hot_len } as u32;
        let elided = hot_len != e.hot_len as u32;
        elided_jumps += elided as usize;
        holes += e.holes as usize - elided as usize;
        let cold = cold_at..cold_at + e.cold_len as u32;
        placed[k] = Placed { pc, stencil: ALL[id as usize], id, hot: at..at + hot_len, cold, elided, site };
        k += 1;
        at += hot_len;
        cold_at += e.cold_len as u32;
    };
    lay(id::PROLOGUE, None, NO_SITE);
    for (pc, op) in code.iter().enumerate() {
        let id = stencil_of(op, pc as u32, &env);
        math_calls += matches!(
            id,
            id::CALL_SQRT
                | id::CALL_ABS
                | id::CALL_FLOOR
                | id::CALL_CEIL
                | id::CALL_ROUND
                | id::CALL_TRUNC
                | id::CALL_MIN
                | id::CALL_MAX
                | id::CALL_CHAR_CODE_AT
                | id::CALL_FROM_CHAR_CODE
                | id::CALL_PUSH
                | id::CALL_POP
                | id::CALL_INDEX_OF
        ) as usize;
        let mut site = NO_SITE;
        if id == id::CALL || id == id::NEW_CALL || id == id::SUPER_CALL {
            site = calls.len() as u32;
            calls.push(pc as u32);
        } else if id == id::GET_NAMED || id == id::SET_NAMED || id == id::GET_NAMED_PROTO {
            site = props.len() as u32;
            props.push(pc as u32);
        } else if id == id::ALLOC_THIS {
            site = allocs.len() as u32;
            allocs.push(pc as u32);
        }
        lay(id, Some(pc as u32), site);
    }
    lay(id::FALL_OFF, Some(n), NO_SITE);
    // Last in the hot code, so that the jump a stencil before it drops
    // (it is copied, then overwritten by the next stencil) never reaches
    // the cold code.
    // Without a handler in the function a throw can only leave it: no
    // need to ask the unwind helper (half of the exits of a program that
    // throws through a few frames).
    let exc_exit = if opts.exc_return && proto.handlers.is_empty() { id::EXC_RETURN } else { id::EXC_EXIT };
    lay(exc_exit, None, NO_SITE);
    let hot_bytes = at;
    for p in placed.iter_mut() {
        p.cold = p.cold.start + hot_bytes..p.cold.end + hot_bytes;
    }
    let total = (hot_bytes + cold_at) as usize;
    if total > i32::MAX as usize / 2 {
        return Err("function too large".into());
    }
    if hot_bytes as usize > MAX_STRAIGHT_LINE && !a_loop_fits(code, placed) {
        return Err(format!(
            "{} KiB of code and no loop under {} KiB: too big to stay in the cache, it would run slower compiled than interpreted",
            hot_bytes >> 10,
            MAX_STRAIGHT_LINE >> 10
        ));
    }
    let exc_at = placed.last().map_or(0, |p| p.hot.start);

    // 2. Copy and patch, in place in the arena. Each hole is a relocation
    // (`HoleKind::reloc`): `base[kind] + scale * input`, minus the hole's
    // end for rel32 jumps, where the inputs are the unit's operands. An
    // input that is missing or out of range (`Decoded::valid`) is an error
    // only if one of the stencil's holes uses it. (Every valid value fits
    // its hole: registers are bytes and the code is under 1 GiB.)
    let mut writer = CodeWriter::reserve(total).map_err(|e| format!("executable memory: {}", e))?;
    let buf = writer.bytes_mut();
    let mut base = [0i64; NKINDS];
    base[HoleKind::ArgBase as usize] = 8 * crate::exec::ARGS_AFTER_FUNC as i64;
    base[HoleKind::NegArgBase as usize] = -8 * crate::exec::ARGS_AFTER_FUNC as i64;
    base[HoleKind::FrameEnd as usize] = env.nregs as i64 * 8;
    base[HoleKind::Proto as usize] = Rc::as_ptr(proto) as i64;
    base[HoleKind::HelperExecOp as usize] = helpers.exec_op as usize as i64;
    base[HoleKind::HelperExecCond as usize] = helpers.exec_cond as usize as i64;
    base[HoleKind::HelperCall as usize] = helpers.call as usize as i64;
    base[HoleKind::HelperLoopPoll as usize] = helpers.loop_poll as usize as i64;
    base[HoleKind::HelperStackOverflow as usize] = helpers.stack_overflow as usize as i64;
    base[HoleKind::HelperUnwind as usize] = helpers.unwind as usize as i64;
    base[HoleKind::HelperGetNamed as usize] = helpers.get_named as usize as i64;
    base[HoleKind::HelperSetNamed as usize] = helpers.set_named as usize as i64;
    base[HoleKind::CallGuard as usize] = NEVER_BITS as i64;
    base[HoleKind::MathSqrt as usize] = opts.math[0] as i64;
    base[HoleKind::MathAbs as usize] = opts.math[1] as i64;
    base[HoleKind::MathFloor as usize] = opts.math[2] as i64;
    base[HoleKind::MathCeil as usize] = opts.math[3] as i64;
    base[HoleKind::MathRound as usize] = opts.math[4] as i64;
    base[HoleKind::MathTrunc as usize] = opts.math[5] as i64;
    base[HoleKind::MathMin as usize] = opts.math[6] as i64;
    base[HoleKind::MathMax as usize] = opts.math[7] as i64;
    base[HoleKind::CharCodeAt as usize] = opts.math[8] as i64;
    base[HoleKind::FromCharCode as usize] = opts.math[9] as i64;
    base[HoleKind::ArrayPush as usize] = opts.math[10] as i64;
    base[HoleKind::UnitStrings as usize] = opts.unit_strings as i64;
    base[HoleKind::HelperArrayPush as usize] = (super::inline_builtins::array_push
        as extern "sysv64" fn(*mut super::ctx::JitCtx, u64, u64) -> u64)
        as usize as i64;
    base[HoleKind::ArrayPop as usize] = opts.math[11] as i64;
    base[HoleKind::HelperArrayPop as usize] =
        (super::inline_builtins::array_pop as extern "sysv64" fn(u64) -> u64) as usize as i64;
    base[HoleKind::StringIndexOf as usize] = opts.math[12] as i64;
    base[HoleKind::HelperStringIndexOf as usize] =
        (super::inline_builtins::string_index_of as extern "sysv64" fn(u64, u64) -> u64) as usize as i64;
    base[HoleKind::HelperStringConcat as usize] = (super::inline_builtins::string_concat
        as extern "sysv64" fn(*mut super::ctx::JitCtx, u64, u64) -> u64)
        as usize as i64;
    base[HoleKind::HelperStringEqual as usize] =
        (super::inline_builtins::string_equal as extern "sysv64" fn(u64, u64) -> u64) as usize as i64;
    base[HoleKind::ObjectTemplate as usize] = opts.object_template as i64;
    base[HoleKind::WideTemplate as usize] = opts.wide_template as i64;
    base[HoleKind::ArrayTemplate as usize] = opts.array_template as i64;
    base[HoleKind::HelperConstruct as usize] = helpers.construct as usize as i64;
    base[HoleKind::SuperCache as usize] = proto.super_ctor_cache.as_ptr() as i64;
    base[HoleKind::HelperThrow as usize] = helpers.throw as usize as i64;
    base[HoleKind::HelperInstanceOf as usize] = helpers.instance_of as usize as i64;
    base[HoleKind::ExcExit as usize] = exc_at as i64;
    // The units without an instruction have fixed stencils, emitted by
    // direct calls; each instruction's is chosen as it is decoded.
    let mut emitter = Emitter { buf, placed, base: &base, at: 0, bad: None };
    emitter.unit(&Decoded::bare(id::PROLOGUE), emitters::PROLOGUE);
    for (pc, op) in code.iter().enumerate() {
        if emitter.bad.is_some() {
            break;
        }
        emitter.at = pc + 1;
        decode_into(op, pc as u32, &env, &mut emitter);
    }
    if emitter.bad.is_none() {
        emitter.at = code.len() + 1;
        emitter.unit(&Decoded::bare(id::FALL_OFF), emitters::FALL_OFF);
        emitter.at += 1;
        if exc_exit == id::EXC_RETURN {
            emitter.unit(&Decoded::bare(id::EXC_RETURN), emitters::EXC_RETURN);
        } else {
            emitter.unit(&Decoded::bare(id::EXC_EXIT), emitters::EXC_EXIT);
        }
    }
    if let Some(valid) = emitter.bad {
        return Err(explain(&placed[emitter.at], valid));
    }
    let sites = immortal_table(&FREE_SITES, calls.len(), TABLE_CHUNK);
    for (site, &pc) in sites.iter_mut().zip(calls.iter()) {
        let (Op::Call { func, argc, .. } | Op::New { func, argc, .. } | Op::SuperCall { func, argc, .. }) =
            code[pc as usize]
        else {
            unreachable!("only calls use the call stencils")
        };
        if func as u32 + crate::exec::ARGS_AFTER_FUNC as u32 + argc as u32 > env.nregs {
            return Err(format!("pc {}: call arguments outside the frame", pc));
        }
        let u = &placed[pc as usize + 1];
        let at = |(cold, offset): (bool, u32)| offset + if cold { u.cold.start } else { u.hot.start };
        let (guard_at, target_at, cache_at) = match u.id {
            id::NEW_CALL => (NEW_CALL_CALL_GUARD_AT, NEW_CALL_CALL_TARGET_AT, NEW_CALL_CALL_CACHE_AT),
            id::SUPER_CALL => (SUPER_CALL_CALL_GUARD_AT, SUPER_CALL_CALL_TARGET_AT, SUPER_CALL_CALL_CACHE_AT),
            _ => (CALL_GUARD_AT, CALL_TARGET_AT, CALL_CACHE_AT),
        };
        *site = CallSite {
            pc,
            guard_offset: at(guard_at),
            target_offset: at(target_at),
            state: Cell::new(CallSiteState::Stub),
            ..CallSite::default()
        };
        // The cold part scans the site's polymorphic cache, which lives in
        // the immortal site table (it never moves).
        let c = at(cache_at) as usize;
        emitter.buf[c..c + 8].copy_from_slice(&(site.cache.as_ptr() as u64).to_le_bytes());
    }
    CALLS.set(calls);
    let prop_sites = immortal_table(&FREE_PROPS, props.len(), TABLE_CHUNK);
    for (site, &pc) in prop_sites.iter_mut().zip(props.iter()) {
        let u = &placed[pc as usize + 1];
        let at = |(cold, offset): (bool, u32)| offset + if cold { u.cold.start } else { u.hot.start };
        let (shape_at, slot_at) = if u.id == id::GET_NAMED {
            (GET_NAMED_SHAPE_AT, GET_NAMED_SLOT_AT)
        } else if u.id == id::GET_NAMED_PROTO {
            (GET_NAMED_PROTO_SHAPE_AT, GET_NAMED_PROTO_SLOT_AT)
        } else {
            (SET_NAMED_SHAPE_AT, SET_NAMED_SLOT_AT)
        };
        let (shape_offset, slot_offset) = (at(shape_at), at(slot_at));
        let after_offset = (u.id == id::SET_NAMED).then(|| at(SET_NAMED_AFTER_AT));
        // (The site's record is rewritten below in place: the address stays.)
        let getters = site.getters.as_ptr() as u64;
        let site_cases = site.cases.as_ptr();
        if u.id == id::SET_NAMED {
            // The cold part scans the site's cache entries, as get_named's.
            let Op::SetNamed { site, .. } = code[pc as usize] else { unreachable!("set_named serves SetNamed") };
            let entries =
                proto.sites.get(site as usize).map_or(NO_ENTRIES.as_ptr() as u64, |ps| ps.entries.as_ptr() as u64);
            let e = at(SET_NAMED_ENTRIES_AT) as usize;
            emitter.buf[e..e + 8].copy_from_slice(&entries.to_le_bytes());
        }
        if u.id == id::GET_NAMED || u.id == id::GET_NAMED_PROTO {
            // The cold part scans the site's cache entries (a polymorphic
            // site, or one whose case is a prototype's property). They
            // stay where they are: `proto.sites` is never resized, and the
            // FuncProto outlives its code.
            let Op::GetNamed { site, .. } = code[pc as usize] else { unreachable!("get_named serves GetNamed") };
            // (A hand-built function without sites scans empty entries.)
            let entries =
                proto.sites.get(site as usize).map_or(NO_ENTRIES.as_ptr() as u64, |ps| ps.entries.as_ptr() as u64);
            let (entries_at, getters_at, cases_at) = if u.id == id::GET_NAMED {
                (GET_NAMED_ENTRIES_AT, GET_NAMED_GETTERS_AT, GET_NAMED_CASES_AT)
            } else {
                (GET_NAMED_PROTO_ENTRIES_AT, GET_NAMED_PROTO_GETTERS_AT, GET_NAMED_PROTO_CASES_AT)
            };
            let e = at(entries_at) as usize;
            emitter.buf[e..e + 8].copy_from_slice(&entries.to_le_bytes());
            // Its getter cache and its polymorphic cases live in the
            // immortal site table (they never move), like a call site's
            // polymorphic cache.
            let g = at(getters_at) as usize;
            emitter.buf[g..g + 8].copy_from_slice(&getters.to_le_bytes());
            let c = at(cases_at) as usize;
            emitter.buf[c..c + 8].copy_from_slice(&(site_cases as u64).to_le_bytes());
        }
        let state = if u.id == id::GET_NAMED_PROTO {
            // Patched now, from the feedback `decode` chose this stencil by.
            let (state, holder, holder_shape) = proto_site_state(proto, &code[pc as usize]);
            let (h, hs) = (at(GET_NAMED_PROTO_HOLDER_AT) as usize, at(GET_NAMED_PROTO_HOLDER_SHAPE_AT) as usize);
            emitter.buf[h..h + 8].copy_from_slice(&holder.to_le_bytes());
            emitter.buf[hs..hs + 8].copy_from_slice(&(holder_shape as u64).to_le_bytes());
            state
        } else {
            initial_prop_state(proto, &code[pc as usize])
        };
        if let PropSiteState::Patched { shape, slot, .. } = state {
            let (g, d) = (shape_offset as usize, slot_offset as usize);
            emitter.buf[g..g + 8].copy_from_slice(&(shape as u64).to_le_bytes());
            emitter.buf[d..d + 4].copy_from_slice(&(slot * 8).to_le_bytes());
            // A store compiled patched writes an existing property: the
            // shape stays.
            if let Some(a) = after_offset {
                emitter.buf[a as usize..a as usize + 8].copy_from_slice(&(shape as u64).to_le_bytes());
            }
        }
        *site = PropSiteCode {
            pc,
            shape_offset,
            slot_offset,
            after_offset,
            state: Cell::new(state),
            ..PropSiteCode::default()
        };
        // A site already polymorphic starts with the cases its feedback
        // holds (the helper adds the rest as they come).
        if matches!(u.id, id::GET_NAMED | id::GET_NAMED_PROTO) && state == PropSiteState::Stub {
            if let (Op::GetNamed { site: s, .. }, true) = (code[pc as usize], opts.inline_caches) {
                if let Some(ps) = proto.sites.get(s as usize).filter(|ps| ps.state.get() == IcState::Poly) {
                    for (i, cell) in ps.entries.iter().enumerate() {
                        let e = cell.get();
                        let id = ps.seen.borrow().get(i).copied().unwrap_or(0);
                        if let Some(case) = poly_case(&e) {
                            site.cases[i].set(case);
                            site.case_ids[i].set(id);
                        }
                    }
                }
            }
        }
    }
    PROPS.set(props);
    let alloc_sites = immortal_table(&FREE_ALLOCS, allocs.len(), TABLE_CHUNK);
    for (site, &pc) in alloc_sites.iter_mut().zip(allocs.iter()) {
        site.pc = pc;
        // The stencil scans the site's pairs where they are (the table is
        // immortal).
        let u = &placed[pc as usize + 1];
        let (cold, offset) = ALLOC_THIS_CACHE_AT;
        let c = (offset + if cold { u.cold.start } else { u.hot.start }) as usize;
        emitter.buf[c..c + 8].copy_from_slice(&(site.cache.as_ptr() as u64).to_le_bytes());
    }

    // 3. Publish: the bytes are complete and already visible through the
    // execute view, so this is only bookkeeping.
    let stats = CompileStats {
        instructions: code.len(),
        code_bytes: total,
        hot_bytes: hot_bytes as usize,
        cold_bytes: total - hot_bytes as usize,
        elided_jumps,
        holes,
        math_calls,
        compile_ticks: 0,
    };
    let mem = writer.finish();
    let slot = &mut immortal_table(&FREE_CODE, 1, CODE_CHUNK)[0];
    let compiled = slot.insert(CompiledCode {
        mem,
        name: proto.name.clone(),
        sites,
        prop_sites,
        alloc_sites,
        placed,
        stats,
        helpers: helpers as *const Helpers as usize,
        entries: Default::default(),
    });
    compiled.stats.compile_ticks = clock::ticks() - start;
    Ok(compiled)
}

/// What a property site starts as: patched when the interpreter's inline
/// cache (`bytecode::PropSite`, shared by both tiers) is already
/// monomorphic on an own property, so a warm site needs no miss in
/// compiled code; generic when it has seen several shapes already.
fn initial_prop_state(proto: &FuncProto, op: &Op) -> PropSiteState {
    let site = match *op {
        Op::GetNamed { site, .. } | Op::SetNamed { site, .. } => site,
        _ => return PropSiteState::Stub,
    };
    let Some(ps) = proto.sites.get(site as usize) else { return PropSiteState::Stub };
    match ps.state.get() {
        IcState::Mono => {
            let e = ps.entries[0].get();
            let shape_id = ps.seen.borrow().first().copied();
            match (e.kind, shape_id) {
                (IcKind::Own, Some(shape_id)) if e.slot <= MAX_PATCHED_SLOT => {
                    PropSiteState::Patched { shape: e.shape, shape_id, slot: e.slot }
                }
                _ => PropSiteState::Stub,
            }
        }
        // A read takes the chain of polymorphic cases (filled after this);
        // a store's polymorphic cache is scanned by its cold part.
        IcState::Poly if matches!(op, Op::GetNamed { .. }) => PropSiteState::Stub,
        IcState::Poly | IcState::Mega => PropSiteState::Generic,
        IcState::Uninit => PropSiteState::Stub,
    }
}

/// The case of a polymorphic `get_named` site that serves what inline-cache
/// entry `e` records (`code::PolyCase`), if it is a read: an own or
/// prototype property, data or getter, in a slot a disp32 reaches.
pub(crate) fn poly_case(e: &IcEntry) -> Option<PolyCase> {
    if e.shape == 0 || e.slot > MAX_PATCHED_SLOT {
        return None;
    }
    let getter = if matches!(e.kind, IcKind::OwnGetter | IcKind::ProtoGetter) { POLY_FLAG_GETTER } else { 0 };
    let zero = &ZERO_WORD as *const u64 as u64;
    let mut case =
        PolyCase { shape: e.shape as u64, mid_words: [zero; 2], slot8: e.slot * 8, flags: getter, ..PolyCase::EMPTY };
    match e.kind {
        IcKind::Own | IcKind::OwnGetter => {}
        IcKind::Proto | IcKind::ProtoGetter => {
            case.flags |= POLY_FLAG_PROTO;
            for i in 0..2 {
                if e.mids[i] != 0 {
                    // The shape word of the object in between: the receiver's
                    // shape fixes the first (its prototype), each mid's shape
                    // the next, and shapes keep their prototypes alive.
                    let m = e.mid_objs[i].as_object()?;
                    case.mid_words[i] = (e.mid_objs[i].to_bits() as i64 + OBJ_SHAPE_DISP as i64) as u64;
                    case.mid_shapes[i] = m.shape() as *const _ as u64;
                    if case.mid_shapes[i] != e.mids[i] as u64 {
                        return None;
                    }
                    case.flags |= [POLY_FLAG_MID1, POLY_FLAG_MID2][i];
                }
            }
            e.holder.as_object()?;
            case.holder = e.holder.to_bits();
            case.holder_shape = e.holder_shape as u64;
        }
        IcKind::Add => return None,
    }
    Some(case)
}

/// A `get_named_proto` site's state, holder (a prototype object's value
/// bits) and holder shape, from its monomorphic Proto feedback.
fn proto_site_state(proto: &FuncProto, op: &Op) -> (PropSiteState, u64, usize) {
    let Op::GetNamed { site, .. } = *op else { return (PropSiteState::Generic, 0, 0) };
    let Some(ps) = proto.sites.get(site as usize) else { return (PropSiteState::Generic, 0, 0) };
    let e = ps.entries[0].get();
    let shape_id = ps.seen.borrow().first().copied().unwrap_or(0);
    // The holder is alive as long as the shape is (shapes are immortal and
    // the collector marks every shape's prototype), and it is the shape's
    // prototype: baking its address in is safe.
    (PropSiteState::Patched { shape: e.shape, shape_id, slot: e.slot }, e.holder.to_bits(), e.holder_shape)
}

/// Cache entries that match no shape (shape 0).
pub(crate) static NO_ENTRIES: [crate::bytecode::IcEntry; crate::bytecode::IC_WAYS] =
    [crate::bytecode::IcEntry::EMPTY; crate::bytecode::IC_WAYS];

/// The highest slot a property site is patched with (its displacement,
/// 8 × slot, must fit a disp32; shapes have far fewer properties).
pub(crate) const MAX_PATCHED_SLOT: u32 = (i32::MAX / 8) as u32;

/// The compiler's `Sink`: runs each decoded unit's emitter into the code.
struct Emitter<'a> {
    buf: &'a mut [u8],
    placed: &'a [Placed],
    base: &'a [i64; NKINDS],
    /// The unit being emitted (`placed[at]`).
    at: usize,
    /// Set (to the unit's valid inputs) when the stencil needs an input the
    /// instruction does not have.
    bad: Option<u16>,
}

impl Sink for Emitter<'_> {
    #[inline(always)]
    fn unit(&mut self, d: &Decoded, emit: EmitFn) {
        debug_assert_eq!(d.id, self.placed[self.at].id);
        if EMIT[d.id as usize].needs & !d.valid != 0 {
            self.bad = Some(d.valid);
            return;
        }
        let u = &self.placed[self.at];
        // The target pc (at most `len`, the fall-off) is `placed[target + 1]`.
        let target_at = self.placed[d.target as usize + 1].hot.start;
        let next_at = self.placed.get(self.at + 1).map_or(0, |next| next.hot.start);
        let input = d.inputs(target_at, next_at, u.cold.start);
        emit(self.buf, u.hot.start as usize, u.cold.start as usize, &input, self.base);
    }
}

/// Entries per chunk of `placed` and call-site tables (a `placed` chunk is
/// 24 KB: small enough to make at start-up, big enough to last a few dozen
/// functions).
const TABLE_CHUNK: usize = 512;
/// `CompiledCode`s per chunk (about 10 KB).
const CODE_CHUNK: usize = 64;

thread_local! {
    /// The pcs of the calls of the function being compiled (kept between
    /// compiles: no allocation once it is big enough).
    static CALLS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    /// The pcs of its property sites, likewise.
    static PROPS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    /// The unused rest of the current chunks of `placed` tables, call-site
    /// tables and `CompiledCode`s.
    static FREE_PLACED: Cell<&'static mut [Placed]> = const { Cell::new(&mut []) };
    static FREE_SITES: Cell<&'static mut [CallSite]> = const { Cell::new(&mut []) };
    static FREE_PROPS: Cell<&'static mut [PropSiteCode]> = const { Cell::new(&mut []) };
    static FREE_ALLOCS: Cell<&'static mut [AllocSite]> = const { Cell::new(&mut []) };
    static FREE_CODE: Cell<&'static mut [Option<CompiledCode>]> = const { Cell::new(&mut []) };
}

/// A table of `len` entries cut from `free`. A `CompiledCode` and its
/// `placed` and call-site tables live as long as the machine code, which is
/// the life of the process (the code arena never frees), so they are cut
/// from big chunks of `chunk_len` entries, allocated (and written, so their
/// pages are faulted in) once in a while. Measured with rdtsc, one `malloc`
/// inside a compile can cost microseconds, more than compiling a small
/// function: the allocator's slow paths (consolidating the chunks the parser
/// freed) or a fresh heap page's first fault.
fn immortal_table<T: Default>(
    free: &'static LocalKey<Cell<&'static mut [T]>>,
    len: usize,
    chunk_len: usize,
) -> &'static mut [T] {
    free.with(|free| {
        let mut chunk = free.take();
        if chunk.len() < len {
            chunk = Box::leak(std::iter::repeat_with(T::default).take(len.max(chunk_len)).collect());
        }
        let (table, rest) = chunk.split_at_mut(len);
        free.set(rest);
        table
    })
}

/// The error for the first hole of unit `u` whose input is not `valid`.
#[cold]
#[inline(never)]
fn explain(u: &Placed, valid: u16) -> String {
    match u.stencil.holes.iter().find(|h| valid & (1 << h.kind.reloc().0) == 0) {
        Some(h) => bad_hole(u.stencil, h, u.pc),
        None => format!("stencil {}: a hole could not be filled", u.stencil.name),
    }
}

/// What goes into a hole of `kind` in the stencil placed for `pc` (`None`:
/// the prologue or the exception exit): the compiler turns it into bytes,
/// the disassembly into a comment.
#[inline]
pub(crate) fn hole_note(
    proto: &FuncProto,
    pc: Option<u32>,
    op: Option<&Op>,
    d: &Decoded,
    kind: HoleKind,
) -> Result<HoleNote, &'static str> {
    let slot = |sel| d.reg(sel).map(HoleNote::Slot).ok_or("the op has no such operand");
    let operand = |kind| op.and_then(|op| op.operand(kind));
    Ok(match kind {
        HoleKind::SlotDst => slot(IN_DST)?,
        HoleKind::SlotA => slot(IN_A)?,
        HoleKind::SlotB => slot(IN_B)?,
        HoleKind::SlotC => slot(IN_C)?,
        HoleKind::SlotPair => {
            (d.valid & 1 << IN_AUX != 0).then_some(HoleNote::Slot(d.aux as u32)).ok_or("not a fused pair")?
        }
        HoleKind::ArgBase | HoleKind::NegArgBase => {
            let f = d.reg(IN_A).ok_or("call without func")? as i32 + crate::exec::ARGS_AFTER_FUNC as i32;
            HoleNote::FrameShift(if kind == HoleKind::ArgBase { f } else { -f })
        }
        HoleKind::FrameEnd => HoleNote::FrameEnd(proto.nregs),
        HoleKind::Const => HoleNote::Const(match operand(OperandKind::Const) {
            Some(k) => k as u32,
            // A `const` global read as its value (`decode::Env::known_load`).
            None if matches!(op, Some(Op::GetGlobal { .. })) => {
                let Some(&Op::GetGlobal { g, .. }) = op else { return Err("no constant operand") };
                return Ok(HoleNote::GlobalConst(g, d.payload as u64));
            }
            // A compare with a constant (`decode::Env::smi_const`): the
            // one the instruction before loaded.
            None => match pc.and_then(|pc| (pc as usize).checked_sub(1)).and_then(|p| proto.code.get(p)) {
                Some(&Op::LoadConst { k, .. }) => k,
                // Or the `const` global it read (`Env::known_load`).
                // (A listing decodes without the VM's globals: it reads
                // the value back from the code, `CompiledCode::holes`.)
                Some(&Op::GetGlobal { g, .. }) => return Ok(HoleNote::GlobalConst(g, d.payload as u64)),
                _ => return Err("no constant operand"),
            },
        }),
        HoleKind::SmiImm => HoleNote::SmiImm(operand(OperandKind::Imm).ok_or("no immediate operand")? as i16),
        HoleKind::GlobalAddr => {
            HoleNote::Global(operand(OperandKind::GlobalSlot).ok_or("no global slot operand")? as u32)
        }
        HoleKind::Proto => HoleNote::Proto,
        HoleKind::Pc => HoleNote::Pc(pc.filter(|&pc| (pc as usize) < proto.code.len()).unwrap_or(0)),
        HoleKind::HelperExecOp => HoleNote::Helper("exec_op"),
        HoleKind::HelperExecCond => HoleNote::Helper("exec_cond"),
        HoleKind::HelperCall => HoleNote::Helper("call"),
        HoleKind::HelperLoopPoll => HoleNote::Helper("loop_poll"),
        HoleKind::HelperStackOverflow => HoleNote::Helper("stack_overflow"),
        HoleKind::HelperUnwind => HoleNote::Helper("unwind"),
        HoleKind::HelperGetNamed => HoleNote::Helper("get_named"),
        HoleKind::HelperSetNamed => HoleNote::Helper("set_named"),
        HoleKind::HelperConstruct => HoleNote::Helper("construct"),
        HoleKind::HelperThrow => HoleNote::Helper("throw"),
        HoleKind::HelperInstanceOf => HoleNote::Helper("instance_of"),
        HoleKind::HelperPlainThis => HoleNote::Helper("plain_this"),
        // Only in the entries made in front of a function's code.
        HoleKind::PadFrom | HoleKind::PadTo | HoleKind::HelperGather => return Err("not a hole of a function's code"),
        HoleKind::ObjectTemplate => HoleNote::ObjectTemplate,
        HoleKind::WideTemplate => HoleNote::WideTemplate,
        HoleKind::ArrayTemplate => HoleNote::ArrayTemplate,
        HoleKind::AllocCache => HoleNote::AllocCache(pc.unwrap_or(0)),
        HoleKind::SuperCache => HoleNote::SuperCache,
        HoleKind::MathSqrt => HoleNote::MathGuard("Math.sqrt"),
        HoleKind::MathAbs => HoleNote::MathGuard("Math.abs"),
        HoleKind::MathFloor => HoleNote::MathGuard("Math.floor"),
        HoleKind::MathCeil => HoleNote::MathGuard("Math.ceil"),
        HoleKind::MathRound => HoleNote::MathGuard("Math.round"),
        HoleKind::MathTrunc => HoleNote::MathGuard("Math.trunc"),
        HoleKind::MathMin => HoleNote::MathGuard("Math.min"),
        HoleKind::MathMax => HoleNote::MathGuard("Math.max"),
        HoleKind::CharCodeAt => HoleNote::MathGuard("String.prototype.charCodeAt"),
        HoleKind::FromCharCode => HoleNote::MathGuard("String.fromCharCode"),
        HoleKind::ArrayPush => HoleNote::MathGuard("Array.prototype.push"),
        HoleKind::ArrayPop => HoleNote::MathGuard("Array.prototype.pop"),
        HoleKind::StringIndexOf => HoleNote::MathGuard("String.prototype.indexOf"),
        HoleKind::UnitStrings => HoleNote::UnitStrings,
        HoleKind::ModMagic => {
            // The divisor is the constant the instruction before loaded
            // (`decode::Env::mod_magic`).
            let at = pc.and_then(|pc| (pc as usize).checked_sub(1)).and_then(|p| proto.code.get(p));
            let Some(&Op::LoadConst { k, .. }) = at else { return Err("no constant divisor") };
            let v = proto.consts.get(k as usize).copied().filter(|v| v.is_smi() && v.as_smi() >= 2);
            HoleNote::ModMagic(u64::MAX / v.ok_or("no constant divisor")?.as_smi() as u64 + 1)
        }
        HoleKind::HelperArrayPush => HoleNote::Helper("array_push"),
        HoleKind::HelperArrayPop => HoleNote::Helper("array_pop"),
        HoleKind::HelperStringIndexOf => HoleNote::Helper("string_index_of"),
        HoleKind::HelperStringConcat => HoleNote::Helper("string_concat"),
        HoleKind::HelperStringEqual => HoleNote::Helper("string_equal"),
        HoleKind::CallGuard => HoleNote::CallGuard(pc.unwrap_or(0)),
        HoleKind::CallTarget => HoleNote::CallTarget(pc.unwrap_or(0)),
        HoleKind::ShapeGuard => HoleNote::ShapeGuard(pc.unwrap_or(0)),
        HoleKind::SlotOffset => HoleNote::SlotOffset(pc.unwrap_or(0)),
        HoleKind::ShapeAfter => HoleNote::ShapeAfter(pc.unwrap_or(0)),
        HoleKind::CtxDepth => HoleNote::CtxDepth(operand(OperandKind::Depth).ok_or("no depth operand")? as u8),
        HoleKind::CtxSlot => HoleNote::CtxSlot(operand(OperandKind::Slot).ok_or("no slot operand")? as u8),
        HoleKind::Holder => HoleNote::Holder(pc.unwrap_or(0)),
        HoleKind::HolderShape => HoleNote::HolderShape(pc.unwrap_or(0)),
        HoleKind::IcEntries => HoleNote::IcEntries(pc.unwrap_or(0)),
        HoleKind::CallCache => HoleNote::CallCache(pc.unwrap_or(0)),
        HoleKind::GetterCache => HoleNote::GetterCache(pc.unwrap_or(0)),
        HoleKind::PolyCases => HoleNote::PolyCases(pc.unwrap_or(0)),
        HoleKind::Continue => HoleNote::ToPc(pc.map_or(0, |pc| pc + 1)),
        // (A fused arithmetic pair's target is past its second instruction:
        // the decoder's, as the compiler fills it.)
        HoleKind::Target => HoleNote::ToPc(
            op.and_then(Op::target).or((d.valid & 1 << IN_TARGET != 0).then_some(d.target)).ok_or("no jump target")?,
        ),
        HoleKind::Cold => HoleNote::ToCold(pc),
        HoleKind::ExcExit => HoleNote::ToExcExit,
    })
}

/// The error for a hole the instruction cannot fill: a register outside
/// the frame, a constant that does not exist, a jump outside the function
/// (or a stencil that does not fit its op).
#[cold]
#[inline(never)]
fn bad_hole(s: &Stencil, h: &super::stencils::Hole, pc: Option<u32>) -> String {
    let what = match h.kind {
        HoleKind::SlotDst
        | HoleKind::SlotA
        | HoleKind::SlotB
        | HoleKind::SlotC
        | HoleKind::SlotPair
        | HoleKind::ArgBase
        | HoleKind::NegArgBase => "register missing or outside the frame",
        HoleKind::Const => "constant missing or out of range",
        HoleKind::Target | HoleKind::Continue => "jump target missing or outside the function",
        _ => "the instruction cannot fill it",
    };
    let at = pc.map_or("the prologue".to_string(), |pc| format!("pc {}", pc));
    format!("{}: stencil {}, {:?} hole: {}", at, s.name, h.kind, what)
}
