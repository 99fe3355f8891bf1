//! The stencil table generated at build time (`build/stencils.rs`), and the
//! choice of stencil for each bytecode operation.

use super::abi::{NINPUTS, NKINDS};
use crate::bytecode::Op;

pub use super::abi::HoleKind;

/// A place in a stencil's bytes that the compiler fills in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hole {
    pub kind: HoleKind,
    /// In the cold part (else the hot part).
    pub cold: bool,
    /// Byte offset within its part.
    pub offset: u32,
    /// Width in bytes: 4 (disp32, imm32, rel32) or 8 (imm64).
    pub width: u8,
}

/// Machine code for one operation, with holes.
#[derive(Debug)]
pub struct Stencil {
    pub name: &'static str,
    /// The bytecode operations this stencil can serve (by `Op::name`).
    pub ops: &'static [&'static str],
    pub doc: &'static str,
    /// Fast path, laid out in bytecode order.
    pub hot: &'static [u8],
    /// Slow path, laid out after the function body (may be empty).
    pub cold: &'static [u8],
    pub holes: &'static [Hole],
    /// Offset of the hot part's trailing `jmp rel32` to the next stencil,
    /// which the compiler drops when fall-through is on.
    pub continue_at: Option<u32>,
}

/// Copies a stencil to hot offset `h` and cold offset `c` of a function's
/// code and fills its holes, from the unit's inputs (`abi::IN_*`) and the
/// function's constants (by `HoleKind`). Generated, one per stencil.
pub type EmitFn = fn(&mut [u8], usize, usize, &[i64; NINPUTS], &[i64; NKINDS]);

/// What the compiler needs to know about a stencil: a few bytes, and its
/// emitter.
#[derive(Clone, Copy)]
pub struct Emit {
    pub emit: EmitFn,
    pub hot_len: u8,
    /// `hot_len` without the trailing `jmp` to the next stencil, if any.
    pub keep: u8,
    pub cold_len: u8,
    /// Holes in both parts.
    pub holes: u8,
    /// Bit `abi::IN_*` set: some hole uses that input.
    pub needs: u16,
}

mod table {
    use super::super::abi::{NINPUTS, NKINDS};
    use super::{put4, put8, Emit, Hole, HoleKind, Stencil};
    include!(concat!(env!("OUT_DIR"), "/stencils.rs"));
}
pub use table::*;

/// The stencil for `op`, as an id (`ALL[id]`, `PACKED[id]`).
/// `smi_fast_paths == false` picks the slow-only stencils for arithmetic
/// and comparisons; `fast_set_global` is the VM's answer for SetGlobal (see
/// `compile`).
pub fn select(op: &Op, smi_fast_paths: bool, fast_set_global: bool) -> u8 {
    use id::*;
    let smi = |fast: u8| if smi_fast_paths { fast } else { SLOW };
    let smi_cond = |fast: u8| if smi_fast_paths { fast } else { SLOW_COND };
    match op {
        Op::Mov { .. } => MOV,
        Op::LoadConst { .. } => LOAD_CONST,
        Op::GetGlobal { .. } => GET_GLOBAL,
        Op::SetGlobal { .. } => {
            if fast_set_global {
                SET_GLOBAL
            } else {
                SLOW
            }
        }
        Op::InitGlobal { .. } => SLOW,
        Op::Add { .. } => smi(ADD),
        Op::AddImm { .. } => smi(ADD_IMM),
        Op::Sub { .. } => smi(SUB),
        Op::Mul { .. } => smi(MUL),
        Op::Div { .. } => smi(DIV),
        Op::Mod { .. } => smi(MOD),
        Op::Pow { .. } => SLOW,
        Op::BitAnd { .. } => smi(BIT_AND),
        Op::BitOr { .. } => smi(BIT_OR),
        Op::BitXor { .. } => smi(BIT_XOR),
        Op::Shl { .. } => smi(SHL),
        Op::Shr { .. } => smi(SHR),
        Op::UShr { .. } => smi(USHR),
        Op::Eq { .. } | Op::StrictEq { .. } => smi(STRICT_EQ),
        Op::Ne { .. } | Op::StrictNe { .. } => smi(STRICT_NE),
        Op::Lt { .. } => smi(LT),
        Op::Le { .. } => smi(LE),
        Op::Gt { .. } => smi(GT),
        Op::Ge { .. } => smi(GE),
        Op::Neg { .. } => smi(NEG),
        Op::ToNumber { .. } => smi(TO_NUMBER),
        Op::Not { .. } => NOT,
        Op::BitNot { .. } => smi(BIT_NOT),
        Op::Typeof { .. } | Op::TypeofGlobal { .. } | Op::GetLength { .. } => SLOW,
        Op::Jump { .. } => JUMP,
        Op::Loop { .. } => LOOP,
        Op::JumpIfTrue { .. } => JUMP_IF_TRUE,
        Op::JumpIfFalse { .. } => JUMP_IF_FALSE,
        Op::JumpIfNotNullish { .. } => JUMP_IF_NOT_NULLISH,
        Op::JumpIfNotLt { .. } => smi_cond(JUMP_IF_NOT_LT),
        Op::JumpIfNotLe { .. } => smi_cond(JUMP_IF_NOT_LE),
        Op::JumpIfNotGt { .. } => smi_cond(JUMP_IF_NOT_GT),
        Op::JumpIfNotGe { .. } => smi_cond(JUMP_IF_NOT_GE),
        Op::JumpIfNotEq { .. } | Op::JumpIfNotStrictEq { .. } => smi_cond(JUMP_IF_NOT_STRICT_EQ),
        Op::JumpIfNotNe { .. } | Op::JumpIfNotStrictNe { .. } => smi_cond(JUMP_IF_NOT_STRICT_NE),
        Op::Call { .. } => CALL,
        Op::Return { .. } => RETURN,
        Op::Print { .. } | Op::Throw { .. } => SLOW,
    }
}

/// Stores a 4-byte hole (emitters only ever pass values that fit: see
/// `compile`).
#[inline(always)]
fn put4(b: &mut [u8], at: usize, v: i64) {
    b[at..at + 4].copy_from_slice(&(v as i32).to_le_bytes());
}

/// Stores an 8-byte hole.
#[inline(always)]
fn put8(b: &mut [u8], at: usize, v: i64) {
    b[at..at + 8].copy_from_slice(&v.to_le_bytes());
}

/// Looks a stencil up by name (for `:stencils` and tests).
pub fn by_name(name: &str) -> Option<&'static Stencil> {
    ALL.iter().copied().find(|s| s.name == name)
}
