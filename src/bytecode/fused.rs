//! Superinstructions: the interpreter's own copy of a function's code, in
//! which the first instruction of a common pair runs both.
//!
//! The copy has the same length as `FuncProto::code` and every index means
//! the same instruction, so the JIT, on-stack replacement, the exception
//! table, stack traces and the listings (which all read `code`) never see
//! it. A pair `(i, i+1)` becomes a fused instruction at `i` and keeps the
//! plain second instruction at `i+1`, where a jump may still land. The
//! fused instruction runs the two as they would run one after the other
//! (the first's destination is written, then read back), and only its
//! first half may throw before the pc moves on to the second: a throw from
//! either half is reported at the instruction that threw.
//!
//! The pairs are the ones the dispatch counts of the benchmark rows name
//! (chapter 21): a constant loaded for the next compare, branch or
//! operator, a global function and the `undefined` receiver of a call,
//! `this` for a property load, a copy after a copy or after a constant,
//! `return undefined`.

use super::{Op, Reg};

/// Declares `Inst`: every `Op` under the same name and operands, then the
/// fused pairs; and the conversion from `Op`.
macro_rules! define_insts {
    ($(
        $(#[$doc:meta])*
        $name:ident { $($field:ident : $kind:ident),* $(,)? }
            => $fast:ident $(or $slow:ident if $cond:ident)* $(, listed $fmt:literal)?;
    )*) => {
        /// An instruction as the interpreter runs it.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Inst {
            $($name { $($field: operand_type!($kind)),* },)*
            /// `Mov dst src; Mov dst2 src2`.
            MovMov { dst: Reg, src: Reg, dst2: Reg, src2: Reg },
            /// `LoadConst b <- k; JumpIfNotLt a b ->target` (and the other
            /// compare-and-branch instructions below).
            ConstJumpIfNotLt { a: Reg, b: Reg, k: u8, target: u32 },
            ConstJumpIfNotLe { a: Reg, b: Reg, k: u8, target: u32 },
            ConstJumpIfNotGt { a: Reg, b: Reg, k: u8, target: u32 },
            ConstJumpIfNotGe { a: Reg, b: Reg, k: u8, target: u32 },
            ConstJumpIfNotStrictEq { a: Reg, b: Reg, k: u8, target: u32 },
            ConstJumpIfNotStrictNe { a: Reg, b: Reg, k: u8, target: u32 },
            /// `LoadConst b <- k; Add dst a b` (and the other operators below).
            ConstAdd { dst: Reg, a: Reg, b: Reg, k: u8 },
            ConstSub { dst: Reg, a: Reg, b: Reg, k: u8 },
            ConstMul { dst: Reg, a: Reg, b: Reg, k: u8 },
            ConstMod { dst: Reg, a: Reg, b: Reg, k: u8 },
            ConstBitAnd { dst: Reg, a: Reg, b: Reg, k: u8 },
            ConstBitOr { dst: Reg, a: Reg, b: Reg, k: u8 },
            /// `GetGlobal dst g; LoadConst this <- k`: a call's callee and
            /// its `undefined` receiver.
            GlobalConst { dst: Reg, this: Reg, k: u8, g: u32 },
            /// `LoadReceiver this; GetNamed dst obj site`.
            ReceiverGetNamed { this: Reg, dst: Reg, obj: Reg, site: u32 },
            /// `LoadConst dst <- k; Return dst`.
            ConstReturn { dst: Reg, k: u8 },
            /// `LoadConst dst <- k; Mov dst2 src2`.
            ConstMov { dst: Reg, k: u8, dst2: Reg, src2: Reg },
        }

        impl From<Op> for Inst {
            #[inline]
            fn from(op: Op) -> Inst {
                match op {
                    $(Op::$name { $($field),* } => Inst::$name { $($field),* },)*
                }
            }
        }
    };
}

crate::instructions::for_each_op!(define_insts);

const _: () = assert!(std::mem::size_of::<Inst>() == 8, "a fused instruction is one word too");

/// The fused form of the pair `(first, second)`, if there is one.
fn fuse_pair(first: Op, second: Op) -> Option<Inst> {
    use Inst as I;
    Some(match (first, second) {
        (Op::Mov { dst, src }, Op::Mov { dst: dst2, src: src2 }) => I::MovMov { dst, src, dst2, src2 },
        (Op::LoadConst { dst: d, k }, second) => {
            let k = u8::try_from(k).ok()?;
            match second {
                Op::JumpIfNotLt { a, b, target } if b == d => I::ConstJumpIfNotLt { a, b, k, target },
                Op::JumpIfNotLe { a, b, target } if b == d => I::ConstJumpIfNotLe { a, b, k, target },
                Op::JumpIfNotGt { a, b, target } if b == d => I::ConstJumpIfNotGt { a, b, k, target },
                Op::JumpIfNotGe { a, b, target } if b == d => I::ConstJumpIfNotGe { a, b, k, target },
                Op::JumpIfNotStrictEq { a, b, target } if b == d => I::ConstJumpIfNotStrictEq { a, b, k, target },
                Op::JumpIfNotStrictNe { a, b, target } if b == d => I::ConstJumpIfNotStrictNe { a, b, k, target },
                Op::Add { dst, a, b } if b == d => I::ConstAdd { dst, a, b, k },
                Op::Sub { dst, a, b } if b == d => I::ConstSub { dst, a, b, k },
                Op::Mul { dst, a, b } if b == d => I::ConstMul { dst, a, b, k },
                Op::Mod { dst, a, b } if b == d => I::ConstMod { dst, a, b, k },
                Op::BitAnd { dst, a, b } if b == d => I::ConstBitAnd { dst, a, b, k },
                Op::BitOr { dst, a, b } if b == d => I::ConstBitOr { dst, a, b, k },
                Op::Return { src } if src == d => I::ConstReturn { dst: d, k },
                Op::Mov { dst: dst2, src: src2 } => I::ConstMov { dst: d, k, dst2, src2 },
                _ => return None,
            }
        }
        (Op::GetGlobal { dst, g }, Op::LoadConst { dst: this, k }) => {
            I::GlobalConst { dst, this, k: u8::try_from(k).ok()?, g }
        }
        (Op::LoadReceiver { dst: this }, Op::GetNamed { dst, obj, site }) => {
            I::ReceiverGetNamed { this, dst, obj, site }
        }
        _ => return None,
    })
}

/// The interpreter's copy of `code`: pairs fused from the left, except a
/// pair whose second instruction is a jump or handler target (a loop that
/// jumps there would never run the fused form; that instruction may pair
/// with the next one instead).
pub fn fuse(code: &[Op], handler_targets: impl Iterator<Item = u32>) -> Vec<Inst> {
    let mut target = vec![false; code.len() + 1];
    for t in code.iter().filter_map(Op::target).chain(handler_targets) {
        if let Some(slot) = target.get_mut(t as usize) {
            *slot = true;
        }
    }
    let mut out: Vec<Inst> = code.iter().map(|&op| Inst::from(op)).collect();
    let mut i = 0;
    while i + 1 < code.len() {
        match fuse_pair(code[i], code[i + 1]) {
            Some(fused) if !target[i + 1] => {
                out[i] = fused;
                i += 2;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_fuse_from_the_left_and_keep_their_second_half() {
        let code = [
            Op::LoadConst { dst: 1, k: 0 },
            Op::JumpIfNotLt { a: 0, b: 1, target: 4 },
            Op::Mov { dst: 2, src: 0 },
            Op::Mov { dst: 3, src: 0 },
            Op::Return { src: 2 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused.len(), code.len());
        assert_eq!(fused[0], Inst::ConstJumpIfNotLt { a: 0, b: 1, k: 0, target: 4 });
        assert_eq!(fused[1], Inst::from(code[1]));
        assert_eq!(fused[2], Inst::MovMov { dst: 2, src: 0, dst2: 3, src2: 0 });
        assert_eq!(fused[3], Inst::from(code[3]));
        assert_eq!(fused[4], Inst::from(code[4]));
    }

    #[test]
    fn a_jump_target_in_the_middle_of_a_pair_moves_the_pairing() {
        // `Mov Mov Mov` where a jump lands on the second: the second and the
        // third fuse instead of the first and the second.
        let code = [
            Op::Mov { dst: 1, src: 0 },
            Op::Mov { dst: 2, src: 0 },
            Op::Mov { dst: 3, src: 0 },
            Op::Jump { target: 1 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[0], Inst::from(code[0]));
        assert_eq!(fused[1], Inst::MovMov { dst: 2, src: 0, dst2: 3, src2: 0 });
        let fused = fuse(&code[..3], [1].into_iter());
        assert_eq!(fused[0], Inst::from(code[0]));
    }

    #[test]
    fn a_constant_then_a_copy_fuses_whatever_the_copy_reads() {
        let code = [
            Op::LoadConst { dst: 7, k: 0 },
            Op::Mov { dst: 8, src: 7 },
            Op::LoadConst { dst: 1, k: 2 },
            Op::Mov { dst: 2, src: 3 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[0], Inst::ConstMov { dst: 7, k: 0, dst2: 8, src2: 7 });
        assert_eq!(fused[2], Inst::ConstMov { dst: 1, k: 2, dst2: 2, src2: 3 });
    }

    #[test]
    fn only_a_constant_loaded_into_the_register_read_second_fuses() {
        let code = [Op::LoadConst { dst: 1, k: 0 }, Op::Add { dst: 2, a: 1, b: 3 }];
        assert_eq!(fuse(&code, std::iter::empty())[0], Inst::from(code[0]));
        let code = [Op::LoadConst { dst: 1, k: 300 }, Op::Add { dst: 2, a: 3, b: 1 }];
        assert_eq!(fuse(&code, std::iter::empty())[0], Inst::from(code[0]));
    }
}
