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

use super::code::{CallSite, CallSiteState, CompileStats, CompiledCode, HoleNote, PatchedHole, Placed};
use super::ctx::JitCtx;
use super::memory::CodeMemory;
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

/// One unit of the layout: the prologue, an instruction, or the fall-off.
struct Unit {
    pc: Option<u32>,
    stencil: &'static Stencil,
    global: Option<*mut u64>,
    hot_len: u32,
    hot_at: u32,
    cold_at: u32,
}

/// Compiles `proto` to machine code. Fails (with a reason for the trace)
/// on malformed bytecode: out-of-range registers, constants or targets.
pub fn compile(
    proto: &Rc<FuncProto>,
    helpers: &Helpers,
    opts: &JitOptions,
    global_addr: GlobalAddr<'_>,
) -> Result<Rc<CompiledCode>, String> {
    let start = Instant::now();
    let code = &proto.code;
    let n = code.len() as u32;
    let nregs = proto.nregs;
    check(proto)?;

    // 1. Choose a stencil per unit.
    let mut units = Vec::with_capacity(code.len() + 2);
    let unit = |pc, stencil, global| Unit { pc, stencil, global, hot_len: 0, hot_at: 0, cold_at: 0 };
    units.push(unit(None, &stencils::PROLOGUE, None));
    for (pc, op) in code.iter().enumerate() {
        let (global, fast_set) = match *op {
            Op::GetGlobal { g, .. } | Op::SetGlobal { g, .. } => {
                let (addr, fast) = global_addr(g);
                (Some(addr), fast)
            }
            _ => (None, false),
        };
        // A null address (the VM has no slot) leaves the op to exec_op.
        let stencil = match global {
            Some(addr) if addr.is_null() => &stencils::SLOW,
            _ => stencils::select(op, opts.smi_fast_paths, fast_set),
        };
        units.push(unit(Some(pc as u32), stencil, global));
    }
    units.push(unit(Some(n), &stencils::FALL_OFF, None));

    // 2. Lay out: hot parts in order, then cold parts, then the exception exit.
    let mut at = 0u32;
    let mut elided_jumps = 0;
    for u in units.iter_mut() {
        u.hot_len = match u.stencil.continue_at {
            Some(c) if opts.fall_through => {
                elided_jumps += 1;
                c
            }
            _ => u.stencil.hot.len() as u32,
        };
        u.hot_at = at;
        at += u.hot_len;
    }
    let hot_bytes = at;
    for u in units.iter_mut() {
        u.cold_at = at;
        at += u.stencil.cold.len() as u32;
    }
    let exc_at = at;
    at += stencils::EXC_EXIT.hot.len() as u32;
    let total = at as usize;
    // pc -> hot offset: unit i+1 is pc i; the fall-off is pc n.
    let pc_offsets: Vec<u32> = units[1..].iter().map(|u| u.hot_at).collect();

    // 3. Copy and patch.
    let mut buf = vec![0u8; total];
    let mut holes = Vec::new();
    let mut sites = Vec::new();
    let mut placed = Vec::with_capacity(units.len() + 1);
    for (i, u) in units.iter().enumerate() {
        let s = u.stencil;
        let hot = u.hot_at as usize..(u.hot_at + u.hot_len) as usize;
        buf[hot.clone()].copy_from_slice(&s.hot[..u.hot_len as usize]);
        let cold = u.cold_at as usize..u.cold_at as usize + s.cold.len();
        buf[cold.clone()].copy_from_slice(s.cold);
        placed.push(Placed {
            pc: if i == 0 { None } else { u.pc },
            stencil: s,
            hot: hot.start as u32..hot.end as u32,
            cold: cold.start as u32..cold.end as u32,
            elided: u.hot_len as usize != s.hot.len(),
        });
        let op = u.pc.and_then(|pc| code.get(pc as usize));
        let ops = op.map(operands).unwrap_or_default();
        let next_pc = u.pc.map_or(0, |pc| pc + 1);
        let mut site = (0u32, 0u32);
        for h in s.holes {
            if !h.cold && h.offset >= u.hot_len {
                continue; // part of the elided jump
            }
            let abs = if h.cold { u.cold_at } else { u.hot_at } + h.offset;
            let slot = |r: Option<Reg>| -> Result<(i64, HoleNote), String> {
                let r = r.ok_or_else(|| format!("stencil {} has a {:?} hole the op lacks", s.name, h.kind))?;
                Ok((r as i64 * 8, HoleNote::Slot(r as u32)))
            };
            let rel = |dest: u32| dest as i64 - (abs as i64 + 4);
            let (value, note): (i64, HoleNote) = match h.kind {
                HoleKind::SlotDst => slot(ops.dst)?,
                HoleKind::SlotA => slot(ops.a)?,
                HoleKind::SlotB => slot(ops.b)?,
                HoleKind::ArgBase | HoleKind::NegArgBase => {
                    let f = ops.a.ok_or("call without func")? as i32 + 1;
                    let d = if h.kind == HoleKind::ArgBase { f } else { -f };
                    (d as i64 * 8, HoleNote::FrameShift(d))
                }
                HoleKind::FrameEnd => (nregs as i64 * 8, HoleNote::FrameEnd(nregs)),
                HoleKind::LocalsStart => {
                    let p = proto.nparams.min(nregs);
                    (p as i64 * 8, HoleNote::LocalsStart(p))
                }
                HoleKind::Const => match op {
                    Some(&Op::LoadConst { k, .. }) => (proto.consts[k as usize].0 as i64, HoleNote::Const(k)),
                    _ => return Err(format!("stencil {}: constant hole without LoadConst", s.name)),
                },
                HoleKind::SmiImm => match op {
                    Some(&Op::AddImm { imm, .. }) => ((imm as i64) << 32, HoleNote::SmiImm(imm)),
                    _ => return Err(format!("stencil {}: immediate hole without AddImm", s.name)),
                },
                HoleKind::GlobalAddr => match (op, u.global) {
                    (Some(&Op::GetGlobal { g, .. } | &Op::SetGlobal { g, .. }), Some(addr)) => {
                        (addr as i64, HoleNote::Global(g))
                    }
                    _ => return Err(format!("stencil {}: global hole without a global", s.name)),
                },
                HoleKind::Proto => (Rc::as_ptr(proto) as i64, HoleNote::Proto),
                HoleKind::Pc => {
                    let pc = u.pc.filter(|&pc| pc < n).unwrap_or(0);
                    (pc as i64, HoleNote::Pc(pc))
                }
                HoleKind::HelperExecOp => (helpers.exec_op as usize as i64, HoleNote::Helper("exec_op")),
                HoleKind::HelperExecCond => (helpers.exec_cond as usize as i64, HoleNote::Helper("exec_cond")),
                HoleKind::HelperCall => (helpers.call as usize as i64, HoleNote::Helper("call")),
                HoleKind::HelperLoopPoll => (helpers.loop_poll as usize as i64, HoleNote::Helper("loop_poll")),
                HoleKind::HelperStackOverflow => {
                    (helpers.stack_overflow as usize as i64, HoleNote::Helper("stack_overflow"))
                }
                HoleKind::CallGuard => {
                    site.0 = abs;
                    (NEVER_BITS as i64, HoleNote::CallGuard(u.pc.unwrap_or(0)))
                }
                HoleKind::CallTarget => {
                    site.1 = abs;
                    (0, HoleNote::CallTarget(u.pc.unwrap_or(0)))
                }
                HoleKind::Continue => {
                    let dest = units.get(i + 1).map_or(exc_at, |v| v.hot_at);
                    (rel(dest), HoleNote::ToPc(next_pc))
                }
                HoleKind::Target => {
                    let t = op.and_then(Op::target).ok_or_else(|| format!("stencil {}: no target", s.name))?;
                    (rel(pc_offsets[t as usize]), HoleNote::ToPc(t))
                }
                HoleKind::Cold => (rel(u.cold_at), HoleNote::ToCold(if i == 0 { None } else { u.pc })),
                HoleKind::ExcExit => (rel(exc_at), HoleNote::ToExcExit),
            };
            let at = abs as usize;
            match h.width {
                8 => buf[at..at + 8].copy_from_slice(&(value as u64).to_le_bytes()),
                4 => {
                    let v =
                        i32::try_from(value).map_err(|_| format!("{:?} value {} overflows 32 bits", h.kind, value))?;
                    buf[at..at + 4].copy_from_slice(&v.to_le_bytes());
                }
                w => return Err(format!("bad hole width {}", w)),
            }
            holes.push(PatchedHole { offset: abs, width: h.width, kind: h.kind, note });
        }
        if let Some(&Op::Call { func, argc, .. }) = op {
            sites.push(CallSite {
                pc: u.pc.unwrap_or(0),
                func: func as u16,
                argc: argc as u16,
                guard_offset: site.0,
                target_offset: site.1,
                state: std::cell::Cell::new(CallSiteState::Stub),
            });
        }
    }
    let exc = &stencils::EXC_EXIT;
    buf[exc_at as usize..].copy_from_slice(exc.hot);
    placed.push(Placed {
        pc: None,
        stencil: exc,
        hot: exc_at..exc_at + exc.hot.len() as u32,
        cold: 0..0,
        elided: false,
    });

    let mem = CodeMemory::new(&buf).map_err(|e| format!("mapping code: {}", e))?;
    let stats = CompileStats {
        instructions: code.len(),
        code_bytes: total,
        hot_bytes: hot_bytes as usize,
        cold_bytes: total - hot_bytes as usize,
        elided_jumps,
        holes: holes.len(),
        call_sites: sites.len(),
        compile_ns: start.elapsed().as_nanos() as u64,
    };
    Ok(Rc::new(CompiledCode {
        mem,
        name: proto.name.to_string(),
        nparams: proto.nparams,
        pc_offsets,
        sites,
        placed,
        holes,
        stats,
    }))
}

/// Rejects bytecode whose operands would make compiled code touch memory
/// outside its frame or jump outside the function.
fn check(proto: &FuncProto) -> Result<(), String> {
    let n = proto.code.len() as u32;
    let nregs = proto.nregs as u32;
    for (pc, op) in proto.code.iter().enumerate() {
        let bad = |what: String| Err(format!("pc {}: {}", pc, what));
        let o = operands(op);
        for r in [o.dst, o.a, o.b].into_iter().flatten() {
            if r as u32 >= nregs {
                return bad(format!("register r{} outside the frame ({} registers)", r, nregs));
            }
        }
        if let Some(t) = op.target() {
            if t > n {
                return bad(format!("jump target {} outside the function", t));
            }
        }
        match *op {
            Op::LoadConst { k, .. } if k as usize >= proto.consts.len() => {
                return bad(format!("constant k{} does not exist", k));
            }
            Op::Call { func, argc, .. } if func as u32 + 1 + argc as u32 > nregs => {
                return bad("call arguments outside the frame".to_string());
            }
            _ => {}
        }
    }
    Ok(())
}
