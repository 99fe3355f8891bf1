//! The copy-and-patch compiler: for each bytecode instruction pick a
//! stencil, copy its bytes, fill its holes. No assembling happens here.
//!
//! Layout of a compiled function:
//!
//! ```text
//! prologue | hot(pc 0) | hot(pc 1) | ... | fall_off | cold(prologue) | cold(pc i) ... | exc_exit
//! ```
//!
//! Hot parts follow bytecode order, so a hot part ending in `jmp Continue`
//! (to pc+1) has that jump dropped when fall-through is on. Cold parts (slow
//! paths) come after the body, so fast paths are straight-line code.

use std::rc::Rc;
use std::time::Instant;

use super::code::{CallSite, CallSiteState, CompileStats, CompiledCode, HoleNote, Placed};
use super::ctx::JitCtx;
use super::memory::CodeWriter;
use super::stencils::{self, HoleKind, Stencil};
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

/// The operands of one instruction, as the holes see them.
#[derive(Default)]
pub(crate) struct Operands {
    pub(crate) dst: Option<Reg>,
    pub(crate) a: Option<Reg>,
    pub(crate) b: Option<Reg>,
}

#[inline]
pub(crate) fn operands(op: &Op) -> Operands {
    let o = |dst, a, b| Operands { dst, a, b };
    match *op {
        Op::Mov { dst, src }
        | Op::Neg { dst, src }
        | Op::ToNumber { dst, src }
        | Op::Not { dst, src }
        | Op::BitNot { dst, src }
        | Op::Typeof { dst, src }
        | Op::GetLength { dst, src } => o(Some(dst), Some(src), None),
        Op::LoadConst { dst, .. } | Op::GetGlobal { dst, .. } | Op::TypeofGlobal { dst, .. } => {
            o(Some(dst), None, None)
        }
        Op::SetGlobal { src, .. } | Op::InitGlobal { src, .. } => o(None, Some(src), None),
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
        Op::AddImm { dst, a, .. } => o(Some(dst), Some(a), None),
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
/// chooses and places each instruction's stencil, the second copies each
/// stencil straight into the executable-memory arena (through its write
/// view) and fills its holes, checking the operands it bakes in. Nothing is
/// recorded per hole: `--print-asm` recomputes what went into each one
/// (`hole_note`). No system call, and no allocation but the `placed` and
/// call-site tables and the `CompiledCode` itself.
pub fn compile(
    proto: &Rc<FuncProto>,
    helpers: &Helpers,
    opts: &JitOptions,
    global_addr: GlobalAddr<'_>,
) -> Result<Rc<CompiledCode>, String> {
    let start = Instant::now();
    let code = &proto.code;
    let n = code.len() as u32;

    // 1. Choose a stencil per unit (the prologue, one per instruction, the
    // fall-off) and lay the hot parts out in order:
    // `placed[pc + 1]` is pc's stencil.
    let mut placed = Vec::with_capacity(code.len() + 3);
    let mut at = 0u32;
    let mut elided_jumps = 0;
    let mut ncalls = 0;
    let mut lay = |placed: &mut Vec<Placed>, pc: Option<u32>, stencil: &'static Stencil| {
        let hot_len = match stencil.continue_at {
            Some(c) if opts.fall_through => c,
            _ => stencil.hot.len() as u32,
        };
        // The stencil's bytes and holes are read again in step 2: start
        // loading them now (a first compile finds them in no cache).
        prefetch(stencil.hot.as_ptr());
        prefetch(stencil.cold.as_ptr());
        prefetch(stencil.holes.as_ptr() as *const u8);
        let elided = hot_len as usize != stencil.hot.len();
        elided_jumps += elided as usize;
        placed.push(Placed { pc, stencil, hot: at..at + hot_len, cold: 0..0, elided });
        at += hot_len;
    };
    lay(&mut placed, None, &stencils::PROLOGUE);
    for (pc, op) in code.iter().enumerate() {
        let stencil = match *op {
            Op::GetGlobal { g, .. } | Op::SetGlobal { g, .. } => {
                let (addr, fast_set) = global_addr(g);
                // A null address (the VM has no slot) leaves the op to exec_op.
                if addr.is_null() {
                    &stencils::SLOW
                } else {
                    stencils::select(op, opts.smi_fast_paths, fast_set)
                }
            }
            Op::Call { .. } => {
                ncalls += 1;
                &stencils::CALL
            }
            _ => stencils::select(op, opts.smi_fast_paths, false),
        };
        lay(&mut placed, Some(pc as u32), stencil);
    }
    lay(&mut placed, Some(n), &stencils::FALL_OFF);
    // Cold parts after the body, then the shared exception exit.
    let hot_bytes = at;
    for p in placed.iter_mut() {
        p.cold = at..at + p.stencil.cold.len() as u32;
        at = p.cold.end;
    }
    let exc_at = at;
    let exc = &stencils::EXC_EXIT;
    at += exc.hot.len() as u32;
    placed.push(Placed { pc: None, stencil: exc, hot: exc_at..at, cold: at..at, elided: false });
    let total = at as usize;

    // 2. Copy and patch, in place in the arena. Each hole is a relocation
    // (`RELOCS`): `base[kind] + scale * input`, minus the hole's end for
    // rel32 jumps, where the inputs are the unit's operands. They are
    // validated as they are computed: a register outside the frame, a
    // constant that does not exist or a jump outside the function is an
    // error only if a hole would bake it into the code.
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
    let mut sites = Vec::with_capacity(ncalls);
    let mut holes = 0;
    for (i, u) in placed.iter().enumerate() {
        let s = u.stencil;
        let hot_len = u.hot.end - u.hot.start;
        buf[u.hot.start as usize..u.hot.end as usize].copy_from_slice(&s.hot[..hot_len as usize]);
        buf[u.cold.start as usize..u.cold.end as usize].copy_from_slice(s.cold);

        let mut input = [0i64; NINPUTS];
        let mut valid = 1u32 << IN_NONE | 1 << IN_PC | 1 << IN_COLD;
        let op = u.pc.and_then(|pc| code.get(pc as usize));
        if let Some(op) = op {
            let o = operands(op);
            for (sel, r) in [(IN_DST, o.dst), (IN_A, o.a), (IN_B, o.b)] {
                if let Some(r) = r.filter(|&r| (r as u32) < nregs) {
                    input[sel] = r as i64;
                    valid |= 1 << sel;
                }
            }
            let payload = match *op {
                Op::LoadConst { k, .. } => proto.consts.get(k as usize).map(|v| v.0 as i64),
                Op::AddImm { imm, .. } => Some((imm as i64) << 32),
                Op::GetGlobal { g, .. } | Op::SetGlobal { g, .. } => Some(global_addr(g).0 as i64),
                _ => None,
            };
            if let Some(x) = payload {
                input[IN_PAYLOAD] = x;
                valid |= 1 << IN_PAYLOAD;
            }
            // Target `len` is the fall-off, which `placed[len + 1]` is.
            if let Some(t) = op.target().filter(|&t| t <= n) {
                input[IN_TARGET] = placed[t as usize + 1].hot.start as i64;
                valid |= 1 << IN_TARGET;
            }
            input[IN_PC] = u.pc.filter(|&pc| pc < n).unwrap_or(0) as i64;
        }
        if let Some(next) = placed.get(i + 1) {
            input[IN_NEXT] = next.hot.start as i64;
            valid |= 1 << IN_NEXT;
        }
        input[IN_COLD] = u.cold.start as i64;

        for h in s.holes {
            if !h.cold && h.offset >= hot_len {
                continue; // part of the elided jump
            }
            let abs = if h.cold { u.cold.start } else { u.hot.start } + h.offset;
            let r = RELOCS[h.kind as usize];
            if valid & (1 << r.input) == 0 {
                return Err(bad_hole(s, h, u.pc));
            }
            let value =
                base[h.kind as usize] + r.scale as i64 * input[r.input as usize] - (r.rel as i64 & (abs as i64 + 4));
            let at = abs as usize;
            if h.width == 8 {
                buf[at..at + 8].copy_from_slice(&value.to_le_bytes());
            } else {
                let v = i32::try_from(value).map_err(|_| bad_hole(s, h, u.pc))?;
                buf[at..at + 4].copy_from_slice(&v.to_le_bytes());
            }
            holes += 1;
        }
        if let Some(&Op::Call { func, argc, .. }) = op {
            if func as u32 + 1 + argc as u32 > nregs {
                return Err(format!("pc {}: call arguments outside the frame", u.pc.unwrap_or(0)));
            }
            let at = |kind| {
                let h = s.holes.iter().find(|h| h.kind == kind).map_or(0, |h| h.offset);
                h + if s.holes.iter().any(|h| h.kind == kind && h.cold) { u.cold.start } else { u.hot.start }
            };
            sites.push(CallSite {
                pc: u.pc.unwrap_or(0),
                func: func.into(),
                argc: argc.into(),
                guard_offset: at(HoleKind::CallGuard),
                target_offset: at(HoleKind::CallTarget),
                state: std::cell::Cell::new(CallSiteState::Stub),
            });
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
    let mut compiled =
        Rc::new(CompiledCode { mem, name: proto.name.clone(), nparams: proto.nparams, sites, placed, stats });
    if let Some(c) = Rc::get_mut(&mut compiled) {
        c.stats.compile_ns = start.elapsed().as_nanos() as u64;
    }
    Ok(compiled)
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

const NKINDS: usize = HoleKind::ALL.len();

// The inputs a relocation can scale: nothing, the instruction's registers,
// its constant / immediate / global address, its pc, the hot code of the
// next unit and of its jump target, its own cold part.
const IN_NONE: usize = 0;
const IN_DST: usize = 1;
const IN_A: usize = 2;
const IN_B: usize = 3;
const IN_PAYLOAD: usize = 4;
const IN_PC: usize = 5;
const IN_NEXT: usize = 6;
const IN_TARGET: usize = 7;
const IN_COLD: usize = 8;
const NINPUTS: usize = 9;

/// How a hole of some kind is filled: `base[kind] + scale * input`, minus
/// the address after the hole when `rel` is all ones (rel32 jumps).
#[derive(Clone, Copy)]
struct Reloc {
    input: u8,
    scale: i8,
    rel: i8,
}

const fn reloc(kind: HoleKind) -> Reloc {
    let (input, scale) = match kind {
        HoleKind::SlotDst => (IN_DST, 8),
        HoleKind::SlotA | HoleKind::ArgBase => (IN_A, 8),
        HoleKind::NegArgBase => (IN_A, -8),
        HoleKind::SlotB => (IN_B, 8),
        HoleKind::Const | HoleKind::SmiImm | HoleKind::GlobalAddr => (IN_PAYLOAD, 1),
        HoleKind::Pc => (IN_PC, 1),
        HoleKind::Continue => (IN_NEXT, 1),
        HoleKind::Target => (IN_TARGET, 1),
        HoleKind::Cold => (IN_COLD, 1),
        // The rest are constant for the function: `base` holds them.
        _ => (IN_NONE, 0),
    };
    Reloc { input: input as u8, scale, rel: if kind.is_rel32() { -1 } else { 0 } }
}

/// `reloc` of every kind, by `HoleKind as usize`.
static RELOCS: [Reloc; NKINDS] = {
    let mut t = [Reloc { input: 0, scale: 0, rel: 0 }; NKINDS];
    let mut i = 0;
    while i < NKINDS {
        t[HoleKind::ALL[i] as usize] = reloc(HoleKind::ALL[i]);
        i += 1;
    }
    t
};

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

/// A hint to start loading the cache line at `p`.
#[inline(always)]
fn prefetch(p: *const u8) {
    // SAFETY: a prefetch is only a hint: it never faults and does not
    // dereference `p` in the Rust sense (any address is allowed).
    unsafe { core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p as *const i8) };
}
