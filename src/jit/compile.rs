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
use std::time::Instant;

use super::abi::{IN_A, IN_B, IN_COLD, IN_DST, IN_NEXT, IN_NONE, IN_PAYLOAD, IN_PC, IN_TARGET, NINPUTS, NKINDS};
use super::code::{CallSite, CallSiteState, CompileStats, CompiledCode, HoleNote, Placed};
use super::ctx::JitCtx;
use super::memory::CodeWriter;
use super::stencils::{self, id, HoleKind, Stencil, ALL, EMIT};
use crate::bytecode::{FuncProto, Op, Reg};
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
}

/// Switches that each turn one technique off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JitOptions {
    /// Inline Smi fast paths for arithmetic and comparisons (else every
    /// such op calls `exec_op` / `exec_cond`).
    pub smi_fast_paths: bool,
    /// Drop a stencil's final `jmp` when the next stencil follows it.
    pub fall_through: bool,
}

impl Default for JitOptions {
    fn default() -> JitOptions {
        JitOptions { smi_fast_paths: true, fall_through: true }
    }
}

/// The address of global slot `g` and whether SetGlobal may store to it
/// directly. Return `true` only for bindings that can never become
/// read-only (not `const`): the fast store still leaves a slot holding
/// HOLE (TDZ) to `exec_op`. The address must stay valid for the life of
/// the code (the global table never moves); a null address makes the
/// instruction always use `exec_op`.
pub type GlobalAddr<'a> = &'a dyn Fn(u32) -> (*mut u64, bool);

/// What one instruction feeds its holes, decoded with a single match.
#[derive(Default)]
pub(crate) struct Operands {
    pub(crate) dst: Option<Reg>,
    pub(crate) a: Option<Reg>,
    pub(crate) b: Option<Reg>,
    pub(crate) payload: Payload,
}

/// The one non-register operand a hole can bake in.
#[derive(Default, Clone, Copy)]
pub(crate) enum Payload {
    #[default]
    None,
    /// LoadConst's constant index.
    Const(u32),
    /// AddImm's immediate.
    Imm(i16),
    /// The global slot of GetGlobal / SetGlobal.
    Global(u32),
}

#[inline]
pub(crate) fn operands(op: &Op) -> Operands {
    let o = |dst, a, b| Operands { dst, a, b, payload: Payload::None };
    match *op {
        Op::Mov { dst, src }
        | Op::Neg { dst, src }
        | Op::ToNumber { dst, src }
        | Op::Not { dst, src }
        | Op::BitNot { dst, src }
        | Op::Typeof { dst, src }
        | Op::GetLength { dst, src } => o(Some(dst), Some(src), None),
        Op::LoadConst { dst, k } => Operands { payload: Payload::Const(k), ..o(Some(dst), None, None) },
        Op::GetGlobal { dst, g } => Operands { payload: Payload::Global(g), ..o(Some(dst), None, None) },
        Op::TypeofGlobal { dst, .. } => o(Some(dst), None, None),
        Op::SetGlobal { src, g } => Operands { payload: Payload::Global(g), ..o(None, Some(src), None) },
        Op::InitGlobal { src, .. } => o(None, Some(src), None),
        Op::Add { dst, a, b }
        | Op::Sub { dst, a, b }
        | Op::Mul { dst, a, b }
        | Op::Div { dst, a, b }
        | Op::Mod { dst, a, b }
        | Op::Pow { dst, a, b }
        | Op::BitAnd { dst, a, b }
        | Op::BitOr { dst, a, b }
        | Op::BitXor { dst, a, b }
        | Op::Shl { dst, a, b }
        | Op::Shr { dst, a, b }
        | Op::UShr { dst, a, b }
        | Op::Eq { dst, a, b }
        | Op::Ne { dst, a, b }
        | Op::StrictEq { dst, a, b }
        | Op::StrictNe { dst, a, b }
        | Op::Lt { dst, a, b }
        | Op::Le { dst, a, b }
        | Op::Gt { dst, a, b }
        | Op::Ge { dst, a, b } => o(Some(dst), Some(a), Some(b)),
        Op::AddImm { dst, a, imm } => Operands { payload: Payload::Imm(imm), ..o(Some(dst), Some(a), None) },
        Op::Jump { .. } | Op::Loop { .. } | Op::Print { .. } | Op::Throw { .. } => o(None, None, None),
        Op::JumpIfTrue { src, .. } | Op::JumpIfFalse { src, .. } | Op::JumpIfNotNullish { src, .. } => {
            o(None, Some(src), None)
        }
        Op::JumpIfNotLt { a, b, .. }
        | Op::JumpIfNotLe { a, b, .. }
        | Op::JumpIfNotGt { a, b, .. }
        | Op::JumpIfNotGe { a, b, .. }
        | Op::JumpIfNotEq { a, b, .. }
        | Op::JumpIfNotNe { a, b, .. }
        | Op::JumpIfNotStrictEq { a, b, .. }
        | Op::JumpIfNotStrictNe { a, b, .. } => o(None, Some(a), Some(b)),
        Op::Call { dst, func, .. } => o(Some(dst), Some(func), None),
        Op::Return { src } => o(None, Some(src), None),
    }
}

/// Compiles `proto` to machine code. Fails (with a reason for the trace)
/// on malformed bytecode: out-of-range registers, constants or targets.
///
/// Two passes over the bytecode and no intermediate buffer: the first
/// chooses and places each instruction's stencil, the second decodes each
/// instruction's operands (one match) and runs its stencil's emitter
/// (generated at build time: a fixed-size copy of the stencil's bytes and
/// one store per hole at a constant offset), which writes straight into the
/// executable-memory arena through its write view. The work per
/// instruction is a few dozen instructions with one indirect branch, so it
/// stays cheap when a first compile finds the caches and the branch
/// predictor cold. Nothing is recorded per hole: `--print-asm` recomputes
/// what went into each one (`hole_note`). No system call, and no allocation
/// but the `CompiledCode` itself (tables come from `immortal_table`).
pub fn compile(
    proto: &Rc<FuncProto>,
    helpers: &Helpers,
    opts: &JitOptions,
    global_addr: GlobalAddr<'_>,
) -> Result<&'static CompiledCode, String> {
    let start = Instant::now();
    let code = proto.code;
    let n = code.len() as u32;

    // 1. Choose a stencil per unit (the prologue, one per instruction, the
    // fall-off, the exception exit) and lay the hot parts out in order, the
    // cold parts (slow paths) after them: `placed[pc + 1]` is pc's stencil.
    let placed = immortal_table(&FREE_PLACED, code.len() + 3, TABLE_CHUNK);
    let mut k = 0;
    let (mut at, mut cold_at) = (0u32, 0u32);
    let (mut elided_jumps, mut holes, mut ncalls) = (0, 0, 0);
    let mut lay = |placed: &mut [Placed], pc: Option<u32>, id: u8| {
        let e = &EMIT[id as usize];
        let hot_len = if opts.fall_through { e.keep } else { e.hot_len } as u32;
        let elided = hot_len != e.hot_len as u32;
        elided_jumps += elided as usize;
        holes += e.holes as usize - elided as usize;
        let cold = cold_at..cold_at + e.cold_len as u32;
        placed[k] = Placed { pc, stencil: ALL[id as usize], id, hot: at..at + hot_len, cold, elided };
        k += 1;
        at += hot_len;
        cold_at += e.cold_len as u32;
    };
    lay(placed, None, id::PROLOGUE);
    for (pc, op) in code.iter().enumerate() {
        let stencil = match *op {
            Op::GetGlobal { g, .. } | Op::SetGlobal { g, .. } => {
                let (addr, fast_set) = global_addr(g);
                // A null address (the VM has no slot) leaves the op to exec_op.
                if addr.is_null() {
                    id::SLOW
                } else {
                    stencils::select(op, opts.smi_fast_paths, fast_set)
                }
            }
            Op::Call { .. } => {
                ncalls += 1;
                id::CALL
            }
            _ => stencils::select(op, opts.smi_fast_paths, false),
        };
        lay(placed, Some(pc as u32), stencil);
    }
    lay(placed, Some(n), id::FALL_OFF);
    // Last in the hot code, so that the jump a stencil before it drops
    // (it is copied, then overwritten by the next stencil) never reaches
    // the cold code.
    lay(placed, None, id::EXC_EXIT);
    let hot_bytes = at;
    for p in placed.iter_mut() {
        p.cold = p.cold.start + hot_bytes..p.cold.end + hot_bytes;
    }
    let total = (hot_bytes + cold_at) as usize;
    if total > i32::MAX as usize / 2 {
        return Err("function too large".into());
    }
    let exc_at = placed.last().map_or(0, |p| p.hot.start);

    // 2. Copy and patch, in place in the arena. Each hole is a relocation
    // (`HoleKind::reloc`): `base[kind] + scale * input`, minus the hole's
    // end for rel32 jumps, where the inputs are the unit's operands. They
    // are checked as they are decoded: a register outside the frame, a
    // constant that does not exist or a jump outside the function is an
    // error only if one of the stencil's holes uses it. (Every other value
    // fits its hole: registers are bytes and the code is under 1 GiB.)
    let mut writer = CodeWriter::reserve(total).map_err(|e| format!("executable memory: {}", e))?;
    let buf = writer.bytes_mut();
    let nregs = proto.nregs as u32;
    let mut base = [0i64; NKINDS];
    base[HoleKind::ArgBase as usize] = 8;
    base[HoleKind::NegArgBase as usize] = -8;
    base[HoleKind::FrameEnd as usize] = nregs as i64 * 8;
    base[HoleKind::Proto as usize] = Rc::as_ptr(proto) as i64;
    base[HoleKind::HelperExecOp as usize] = helpers.exec_op as usize as i64;
    base[HoleKind::HelperExecCond as usize] = helpers.exec_cond as usize as i64;
    base[HoleKind::HelperCall as usize] = helpers.call as usize as i64;
    base[HoleKind::HelperLoopPoll as usize] = helpers.loop_poll as usize as i64;
    base[HoleKind::HelperStackOverflow as usize] = helpers.stack_overflow as usize as i64;
    base[HoleKind::CallGuard as usize] = NEVER_BITS as i64;
    base[HoleKind::ExcExit as usize] = exc_at as i64;
    let sites = immortal_table(&FREE_SITES, ncalls, TABLE_CHUNK);
    let mut nsites = 0;
    for (i, u) in placed.iter().enumerate() {
        let e = &EMIT[u.id as usize];
        let mut input = [0i64; NINPUTS];
        let mut valid = 1u32 << IN_NONE | 1 << IN_PC | 1 << IN_NEXT | 1 << IN_COLD;
        let op = u.pc.and_then(|pc| code.get(pc as usize));
        if let Some(op) = op {
            let o = operands(op);
            for (sel, r) in [(IN_DST, o.dst), (IN_A, o.a), (IN_B, o.b)] {
                let r = r.map_or(u32::MAX, u32::from);
                input[sel as usize] = r as i64;
                valid |= ((r < nregs) as u32) << sel;
            }
            let payload = match o.payload {
                Payload::None => None,
                Payload::Const(k) => proto.consts.get(k as usize).map(|v| v.0 as i64),
                Payload::Imm(imm) => Some((imm as i64) << 32),
                Payload::Global(g) => Some(global_addr(g).0 as i64),
            };
            input[IN_PAYLOAD as usize] = payload.unwrap_or(0);
            valid |= (payload.is_some() as u32) << IN_PAYLOAD;
            // Target `len` is the fall-off, which `placed[len + 1]` is.
            if let Some(t) = op.target().filter(|&t| t <= n) {
                input[IN_TARGET as usize] = placed[t as usize + 1].hot.start as i64;
                valid |= 1 << IN_TARGET;
            }
            input[IN_PC as usize] = u.pc.filter(|&pc| pc < n).unwrap_or(0) as i64;
        }
        input[IN_NEXT as usize] = placed.get(i + 1).map_or(0, |next| next.hot.start) as i64;
        input[IN_COLD as usize] = u.cold.start as i64;
        if e.needs as u32 & !valid != 0 {
            return Err(explain(u, valid));
        }
        (e.emit)(buf, u.hot.start as usize, u.cold.start as usize, &input, &base);
        if let Some(&Op::Call { func, argc, .. }) = op {
            if func as u32 + 1 + argc as u32 > nregs {
                return Err(format!("pc {}: call arguments outside the frame", u.pc.unwrap_or(0)));
            }
            let s = u.stencil;
            let at = |kind| {
                let h = s.holes.iter().find(|h| h.kind == kind).expect("the call stencil has the hole");
                h.offset + if h.cold { u.cold.start } else { u.hot.start }
            };
            sites[nsites] = CallSite {
                pc: u.pc.unwrap_or(0),
                func: func.into(),
                argc: argc.into(),
                guard_offset: at(HoleKind::CallGuard),
                target_offset: at(HoleKind::CallTarget),
                state: Cell::new(CallSiteState::Stub),
            };
            nsites += 1;
        }
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
        call_sites: sites.len(),
        compile_ns: 0,
    };
    let mem = writer.finish();
    let slot = &mut immortal_table(&FREE_CODE, 1, CODE_CHUNK)[0];
    let compiled =
        slot.insert(CompiledCode { mem, name: proto.name.clone(), nparams: proto.nparams, sites, placed, stats });
    compiled.stats.compile_ns = start.elapsed().as_nanos() as u64;
    Ok(compiled)
}

/// Entries per chunk of `placed` and call-site tables (a `placed` chunk is
/// 24 KB: small enough to make at start-up, big enough to last a few dozen
/// functions).
const TABLE_CHUNK: usize = 512;
/// `CompiledCode`s per chunk (about 10 KB).
const CODE_CHUNK: usize = 64;

thread_local! {
    /// The unused rest of the current chunks of `placed` tables, call-site
    /// tables and `CompiledCode`s.
    static FREE_PLACED: Cell<&'static mut [Placed]> = const { Cell::new(&mut []) };
    static FREE_SITES: Cell<&'static mut [CallSite]> = const { Cell::new(&mut []) };
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
fn explain(u: &Placed, valid: u32) -> String {
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
    ops: &Operands,
    kind: HoleKind,
) -> Result<HoleNote, &'static str> {
    let slot = |r: Option<Reg>| r.map(|r| HoleNote::Slot(r as u32)).ok_or("the op has no such operand");
    Ok(match kind {
        HoleKind::SlotDst => slot(ops.dst)?,
        HoleKind::SlotA => slot(ops.a)?,
        HoleKind::SlotB => slot(ops.b)?,
        HoleKind::ArgBase | HoleKind::NegArgBase => {
            let f = ops.a.ok_or("call without func")? as i32 + 1;
            HoleNote::FrameShift(if kind == HoleKind::ArgBase { f } else { -f })
        }
        HoleKind::FrameEnd => HoleNote::FrameEnd(proto.nregs),
        HoleKind::Const => match op {
            Some(&Op::LoadConst { k, .. }) => HoleNote::Const(k),
            _ => return Err("not a LoadConst"),
        },
        HoleKind::SmiImm => match op {
            Some(&Op::AddImm { imm, .. }) => HoleNote::SmiImm(imm),
            _ => return Err("not an AddImm"),
        },
        HoleKind::GlobalAddr => match op {
            Some(&Op::GetGlobal { g, .. } | &Op::SetGlobal { g, .. }) => HoleNote::Global(g),
            _ => return Err("not a global access"),
        },
        HoleKind::Proto => HoleNote::Proto,
        HoleKind::Pc => HoleNote::Pc(pc.filter(|&pc| (pc as usize) < proto.code.len()).unwrap_or(0)),
        HoleKind::HelperExecOp => HoleNote::Helper("exec_op"),
        HoleKind::HelperExecCond => HoleNote::Helper("exec_cond"),
        HoleKind::HelperCall => HoleNote::Helper("call"),
        HoleKind::HelperLoopPoll => HoleNote::Helper("loop_poll"),
        HoleKind::HelperStackOverflow => HoleNote::Helper("stack_overflow"),
        HoleKind::CallGuard => HoleNote::CallGuard(pc.unwrap_or(0)),
        HoleKind::CallTarget => HoleNote::CallTarget(pc.unwrap_or(0)),
        HoleKind::Continue => HoleNote::ToPc(pc.map_or(0, |pc| pc + 1)),
        HoleKind::Target => HoleNote::ToPc(op.and_then(Op::target).ok_or("no jump target")?),
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
        HoleKind::SlotDst | HoleKind::SlotA | HoleKind::SlotB | HoleKind::ArgBase | HoleKind::NegArgBase => {
            "register missing or outside the frame"
        }
        HoleKind::Const => "constant missing or out of range",
        HoleKind::Target | HoleKind::Continue => "jump target missing or outside the function",
        _ => "the instruction cannot fill it",
    };
    let at = pc.map_or("the prologue".to_string(), |pc| format!("pc {}", pc));
    format!("{}: stencil {}, {:?} hole: {}", at, s.name, h.kind, what)
}
