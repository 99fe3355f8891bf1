//! Owning registers: the registers of a function whose heap double compiled
//! code may overwrite in place instead of boxing a new one (issue 11).
//!
//! `zr = zr2 - zi2 + cr` in a loop made a new heap double per iteration
//! for every register that holds a double: on mandel, 560 million boxes and
//! a quarter of the run in collections. A box may be reused only when no
//! one else can see it. That holds for a register every instruction of the
//! function reads only as a number -- an operand of arithmetic, a
//! comparison, a test -- and never copies (`Mov`, `Return`, a store, a
//! call's argument, unary `+`, which gives its operand back): what it holds
//! is then never shared by anything that will read it. Such a register
//! *owns* the doubles the `_own` stencils store into it.
//!
//! Which doubles those are is marked in the double itself (the header's
//! `owned` byte, `heap::OWNED_BOX`): only an owning store sets it, on a box
//! it has just made, and the in-place store overwrites only a box with the
//! mark. A register can hold a double it does not own -- one the
//! interpreter made (it never sets the mark), or a stale value of an
//! earlier frame in the same stack slots (frames are not cleared when the
//! interpreter enters them, and an OSR entry keeps the interpreter's
//! values) -- and that one is left alone: the store makes a new, marked,
//! box. A marked box in a stale slot was only ever read as a number by its
//! owner, so the next occupant of the slot may take it over.
//!
//! The analysis is flow-insensitive and conservative: one pass over the
//! code; any instruction not known to read its register operands as
//! numbers disqualifies them all, and one that reads a range of registers
//! (a call's callee, `this` and arguments, and the frame above them,
//! `console.log`'s arguments, an array literal's items) disqualifies
//! everything from the range's start up. Parameters (an `arguments` object
//! may alias them), functions with exception handlers and generators own
//! nothing.

use crate::bytecode::{Op, OperandKind};

/// Which registers of a function (`code`, `nregs` registers of which the
/// first `nparams` are parameters) own their doubles; empty for none.
pub(crate) fn owning_registers(code: &[Op], nparams: u32, nregs: u32, handlers: bool) -> Vec<bool> {
    if handlers || nregs <= nparams {
        return Vec::new();
    }
    let mut own = vec![true; nregs as usize];
    own[..nparams as usize].fill(false);
    let mut floor = nregs as i64;
    for op in code {
        if let Some(from) = range_start(op) {
            floor = floor.min(from);
            continue;
        }
        let reads_numbers = reads_as_numbers(op);
        for kind in [OperandKind::A, OperandKind::B, OperandKind::C, OperandKind::Dst] {
            let Some(r) = op.operand(kind) else { continue };
            let read = match kind {
                OperandKind::Dst => !writes_dst_only(op),
                _ => !reads_numbers,
            };
            if let Some(slot) = own.get_mut(r as usize).filter(|_| read) {
                *slot = false;
            }
        }
    }
    let floor = (floor.max(0) as usize).min(own.len());
    own[floor..].fill(false);
    if own.iter().any(|&o| o) {
        own
    } else {
        Vec::new()
    }
}

/// For an instruction that reads or clobbers registers beyond its
/// operands, the first of them (it disqualifies everything from there up).
fn range_start(op: &Op) -> Option<i64> {
    match *op {
        Op::Call { func, .. }
        | Op::New { func, .. }
        | Op::SuperCall { func, .. }
        | Op::CallSpread { func, .. }
        | Op::NewSpread { func, .. }
        | Op::SuperCallSpread { func, .. } => Some(func as i64),
        Op::Print { base, .. } | Op::NewArray { base, .. } | Op::ArrayAppend { base, .. } => Some(base as i64),
        // They may read the whole frame (a generator's copy of it, the
        // implicit `super(...arguments)`).
        Op::GenStart { .. }
        | Op::Yield { .. }
        | Op::DelegateIter { .. }
        | Op::DelegateStep { .. }
        | Op::SuperForward { .. }
        | Op::DefinePrivateAccessorKey { .. } => Some(0),
        _ => None,
    }
}

/// Instructions whose register sources are read as numbers (or tested, or
/// compared): none keeps or passes on the value itself.
fn reads_as_numbers(op: &Op) -> bool {
    matches!(
        op,
        Op::Add { .. }
            | Op::AddImm { .. }
            | Op::Sub { .. }
            | Op::Mul { .. }
            | Op::Div { .. }
            | Op::Mod { .. }
            | Op::Pow { .. }
            | Op::BitAnd { .. }
            | Op::BitOr { .. }
            | Op::BitXor { .. }
            | Op::Shl { .. }
            | Op::Shr { .. }
            | Op::UShr { .. }
            | Op::Eq { .. }
            | Op::Ne { .. }
            | Op::StrictEq { .. }
            | Op::StrictNe { .. }
            | Op::Lt { .. }
            | Op::Le { .. }
            | Op::Gt { .. }
            | Op::Ge { .. }
            | Op::Neg { .. }
            | Op::Not { .. }
            | Op::BitNot { .. }
            | Op::JumpIfTrue { .. }
            | Op::JumpIfFalse { .. }
            | Op::JumpIfNotLt { .. }
            | Op::JumpIfNotLe { .. }
            | Op::JumpIfNotGt { .. }
            | Op::JumpIfNotGe { .. }
            | Op::JumpIfNotEq { .. }
            | Op::JumpIfNotNe { .. }
            | Op::JumpIfNotStrictEq { .. }
            | Op::JumpIfNotStrictNe { .. }
    )
}

/// Instructions whose `Dst` operand is only written (others, such as
/// `BindThis` or `CtorResult`, also read it).
fn writes_dst_only(op: &Op) -> bool {
    reads_as_numbers(op)
        || matches!(
            op,
            Op::Mov { .. }
                | Op::LoadConst { .. }
                | Op::GetGlobal { .. }
                | Op::ToNumber { .. }
                | Op::Typeof { .. }
                | Op::GetNamed { .. }
                | Op::GetIndex { .. }
                | Op::GetScoped { .. }
                | Op::LoadThis { .. }
                | Op::LoadEnv { .. }
                | Op::LoadReceiver { .. }
                | Op::NewObject { .. }
                | Op::InstanceOf { .. }
                | Op::In { .. }
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_only_registers_own() {
        // r1 = r0 * r0 (param r0); r2 = r1 + r1; return r2: r1 owns, r2 is
        // returned (copied), r0 is a parameter.
        let code = [Op::Mul { dst: 1, a: 0, b: 0 }, Op::Add { dst: 2, a: 1, b: 1 }, Op::Return { src: 2 }];
        assert_eq!(owning_registers(&code, 1, 3, false), vec![false, true, false]);
        assert!(owning_registers(&code, 1, 3, true).is_empty());
    }

    #[test]
    fn copies_and_calls_disqualify() {
        let code = [
            Op::Mul { dst: 1, a: 0, b: 0 },
            Op::Mul { dst: 2, a: 0, b: 0 },
            Op::Mov { dst: 3, src: 2 },
            Op::Mul { dst: 4, a: 1, b: 1 },
            Op::Call { dst: 1, func: 4, argc: 0 },
        ];
        // r2 is copied; r4 and up are a call's frame; r3 only written.
        assert_eq!(owning_registers(&code, 1, 6, false), vec![false, true, false, true, false, false]);
    }
}
