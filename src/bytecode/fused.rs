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
//! `return undefined`, a copy that is returned, a constant stored in a
//! property, a global compared with
//! `===` (`c.kind === EDIT`), a constant step before a back edge, an
//! operator whose result is returned (`return a * b`).
//!
//! Every arm makes the dispatch function bigger, and past some size LLVM
//! spills one more value that every instruction then reloads (chapter 21
//! measured rows getting 6% worse from four small arms): a new form earns
//! its arm by counts, or reuses one (a constant on the left turns around
//! into the `Const…` arms; `!==` is a flag on the `===` arms).

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
            ConstDiv { dst: Reg, a: Reg, b: Reg, k: u8 },
            ConstBitAnd { dst: Reg, a: Reg, b: Reg, k: u8 },
            ConstBitOr { dst: Reg, a: Reg, b: Reg, k: u8 },
            /// `GetGlobal dst g; LoadConst this <- k`: a call's callee and
            /// its `undefined` receiver.
            GlobalConst { dst: Reg, this: Reg, k: u8, g: u32 },
            /// `LoadReceiver this; GetNamed dst obj site` (`from` 0) or
            /// `Mov this r; GetNamed dst obj site` (`from` r + 1, a method
            /// call's receiver copied into place: `s.charCodeAt(i)`): the
            /// copy reads slot `base - 1 + from`, so one arm serves both
            /// (the site's index must fit 16 bits).
            CopyGetNamed { from: u8, this: Reg, dst: Reg, obj: Reg, site: u16 },
            /// `LoadConst dst <- k; Return dst`.
            ConstReturn { dst: Reg, k: u8 },
            /// `Mov dst src; Return dst`: `return` of a value built in a
            /// temporary (`return {left: l, right: r}`).
            MovReturn { dst: Reg, src: Reg },
            /// `LoadConst b <- k; SetNamed obj b site`: a constant stored in
            /// a property (`{left: null, right: null}`, `this.count = 0`;
            /// the site's index must fit 16 bits).
            ConstSetNamed { b: Reg, k: u8, obj: Reg, site: u16 },
            /// `LoadConst dst <- k; Mov dst2 src2`.
            ConstMov { dst: Reg, k: u8, dst2: Reg, src2: Reg },
            /// `LoadEnv env; GetScoped dst <- env^depth[slot]`: a closure's
            /// first read of a captured variable.
            EnvScoped { env: Reg, dst: Reg, depth: u8, slot: u8 },
            /// `GetScoped dst <- ctx^depth[slot]; CheckHole dst`: a read of a
            /// captured `let`/`const`, which may still be in its dead zone.
            ScopedCheck { dst: Reg, ctx: Reg, depth: u8, slot: u8 },
            /// `LoadEnv env; GetScoped dst <- env^depth[slot]; CheckHole dst`:
            /// the one triple, the start of most small closures.
            EnvScopedCheck { env: Reg, dst: Reg, depth: u8, slot: u8 },
            /// `AddImm dst a imm; Loop ->target`: a counted loop's step and
            /// back edge (the target must fit 16 bits).
            AddImmLoop { dst: Reg, a: Reg, imm: i16, target: u16 },
            /// `GetGlobal dst g; LoadConst dst+1 <- k; Mov dst2 src2` (`imm`
            /// 0) or `…; AddImm dst2 src2 imm`: a call of a global function
            /// with its first argument, copied or stepped (`f(n - 1)`; the
            /// receiver is the register after the callee, the global's
            /// index must fit 16 bits and the step 8).
            GlobalConstArg { dst: Reg, k: u8, g: u16, dst2: Reg, src2: Reg, imm: i8 },
            /// `GetGlobal dst g; LoadConst dst+1 <- k; GetNamed dst2 obj
            /// site`: a call of a global function whose first argument is
            /// a property (`f(node.left)`; the site's index must fit 8 bits).
            GlobalConstGetNamed { dst: Reg, k: u8, g: u16, dst2: Reg, obj: Reg, site: u8 },
            /// `GetGlobal b g; StrictEq dst a b` (`StrictNe` when `ne`): a
            /// compare with a top-level constant (`c.kind === EDIT`; the
            /// global's index must fit 16 bits).
            GlobalStrictEq { dst: Reg, a: Reg, b: Reg, ne: bool, g: u16 },
            /// `GetGlobal b g; JumpIfNotStrictEq a b ->target`
            /// (`JumpIfNotStrictNe` when `ne`; the global's index and the
            /// target must fit 16 bits).
            GlobalJumpIfNotStrictEq { a: Reg, b: Reg, ne: bool, g: u16, target: u16 },
            /// `LoadConst b <- k; Add dst a b; Loop ->target`: a loop's
            /// `i += 2` step and its back edge (the target must fit 16 bits).
            ConstAddLoop { dst: Reg, a: Reg, b: Reg, k: u8, target: u16 },
            /// `Add`/`Sub`/`Mul`/`Mod dst a b; JumpIfNot<cmp> dst c
            /// ->target` (`c` on either side of a relational compare,
            /// which turns around with it): `d * d <= n`, a loop test on a
            /// computed value. `how` is the operator (`ARITH_*`) plus the
            /// compare (`CMP_*`); the target must fit 16 bits. Or the
            /// operator and `Return dst` (`how` has `ARITH_RETURN`).
            ArithJumpIfNot { how: u8, dst: Reg, a: Reg, b: Reg, c: Reg, target: u16 },
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

/// `ArithJumpIfNot::how`: the operator in the low two bits ...
pub const ARITH_ADD: u8 = 0;
pub const ARITH_SUB: u8 = 1;
pub const ARITH_MUL: u8 = 2;
pub const ARITH_MOD: u8 = 3;
/// ... and the compare (its result on the left) in the next two.
pub const CMP_LT: u8 = 0;
pub const CMP_LE: u8 = 1 << 2;
pub const CMP_GT: u8 = 2 << 2;
pub const CMP_GE: u8 = 3 << 2;
/// Or, instead of a compare, `Return dst` (`return a * b`, the end of a
/// small method): the arm returns the Smi result; `c` and `target` are
/// unused.
pub const ARITH_RETURN: u8 = 1 << 4;

/// `ArithJumpIfNot` for the pair, if the compare reads the operator's
/// result: `how`, the other operand and the target.
fn arith_then_jump(dst: Reg, arith: u8, second: Op) -> Option<(u8, Reg, u16)> {
    let (cmp, flipped, l, r, target) = match second {
        Op::JumpIfNotLt { a, b, target } => (CMP_LT, CMP_GT, a, b, target),
        Op::JumpIfNotLe { a, b, target } => (CMP_LE, CMP_GE, a, b, target),
        Op::JumpIfNotGt { a, b, target } => (CMP_GT, CMP_LT, a, b, target),
        Op::JumpIfNotGe { a, b, target } => (CMP_GE, CMP_LE, a, b, target),
        _ => return None,
    };
    let target = u16::try_from(target).ok()?;
    // The fast path compares numbers only, where `c < x` is `x > c`
    // (both false on NaN); anything else runs the plain compare.
    if l == dst {
        Some((arith | cmp, r, target))
    } else if r == dst {
        Some((arith | flipped, l, target))
    } else {
        None
    }
}

/// The fused form of the pair `(first, second)`, if there is one.
fn fuse_pair(first: Op, second: Op) -> Option<Inst> {
    use Inst as I;
    Some(match (first, second) {
        (Op::Mov { dst, src }, Op::Mov { dst: dst2, src: src2 }) => I::MovMov { dst, src, dst2, src2 },
        (Op::Mov { dst, src }, Op::Return { src: ret }) if ret == dst => I::MovReturn { dst, src },
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
                Op::Div { dst, a, b } if b == d => I::ConstDiv { dst, a, b, k },
                Op::BitAnd { dst, a, b } if b == d => I::ConstBitAnd { dst, a, b, k },
                Op::BitOr { dst, a, b } if b == d => I::ConstBitOr { dst, a, b, k },
                Op::Return { src } if src == d => I::ConstReturn { dst: d, k },
                Op::SetNamed { obj, src, site } if src == d && obj != d => {
                    I::ConstSetNamed { b: d, k, obj, site: u16::try_from(site).ok()? }
                }
                Op::Mov { dst: dst2, src: src2 } => I::ConstMov { dst: d, k, dst2, src2 },
                // The constant on the left (`2.0 * zr`, `0 < n`): the fused
                // arms handle only numbers, on which these operators are
                // commutative (a compare turns around), so the operands
                // swap; anything else falls to the plain instruction, which
                // keeps the program's order of conversions.
                Op::JumpIfNotLt { a, b, target } if a == d && b != d => I::ConstJumpIfNotGt { a: b, b: a, k, target },
                Op::JumpIfNotLe { a, b, target } if a == d && b != d => I::ConstJumpIfNotGe { a: b, b: a, k, target },
                Op::JumpIfNotGt { a, b, target } if a == d && b != d => I::ConstJumpIfNotLt { a: b, b: a, k, target },
                Op::JumpIfNotGe { a, b, target } if a == d && b != d => I::ConstJumpIfNotLe { a: b, b: a, k, target },
                Op::JumpIfNotStrictEq { a, b, target } if a == d && b != d => {
                    I::ConstJumpIfNotStrictEq { a: b, b: a, k, target }
                }
                Op::JumpIfNotStrictNe { a, b, target } if a == d && b != d => {
                    I::ConstJumpIfNotStrictNe { a: b, b: a, k, target }
                }
                Op::Add { dst, a, b } if a == d && b != d => I::ConstAdd { dst, a: b, b: a, k },
                Op::Mul { dst, a, b } if a == d && b != d => I::ConstMul { dst, a: b, b: a, k },
                Op::BitAnd { dst, a, b } if a == d && b != d => I::ConstBitAnd { dst, a: b, b: a, k },
                Op::BitOr { dst, a, b } if a == d && b != d => I::ConstBitOr { dst, a: b, b: a, k },
                _ => return None,
            }
        }
        (Op::GetGlobal { dst, g }, Op::LoadConst { dst: this, k }) => {
            I::GlobalConst { dst, this, k: u8::try_from(k).ok()?, g }
        }
        (Op::GetGlobal { dst, g }, second) => {
            let g = u16::try_from(g).ok()?;
            let (a, b, ne, jump) = match second {
                Op::StrictEq { dst: result, a, b } => (a, b, false, Err(result)),
                Op::StrictNe { dst: result, a, b } => (a, b, true, Err(result)),
                Op::JumpIfNotStrictEq { a, b, target } => (a, b, false, Ok(target)),
                Op::JumpIfNotStrictNe { a, b, target } => (a, b, true, Ok(target)),
                _ => return None,
            };
            // Strict equality is symmetric: the global goes right.
            let (a, b) = match (a == dst, b == dst) {
                (false, true) => (a, b),
                (true, false) => (b, a),
                _ => return None,
            };
            match jump {
                Ok(target) => I::GlobalJumpIfNotStrictEq { a, b, ne, g, target: u16::try_from(target).ok()? },
                Err(result) => I::GlobalStrictEq { dst: result, a, b, ne, g },
            }
        }
        (Op::LoadReceiver { dst: this }, Op::GetNamed { dst, obj, site }) => {
            I::CopyGetNamed { from: 0, this, dst, obj, site: u16::try_from(site).ok()? }
        }
        (Op::Mov { dst: this, src }, Op::GetNamed { dst, obj, site }) => {
            let from = src.checked_add(1)?;
            I::CopyGetNamed { from, this, dst, obj, site: u16::try_from(site).ok()? }
        }
        (Op::Add { dst, a, b }, second) => arith_jump(ARITH_ADD, dst, a, b, second)?,
        (Op::Sub { dst, a, b }, second) => arith_jump(ARITH_SUB, dst, a, b, second)?,
        (Op::Mul { dst, a, b }, second) => arith_jump(ARITH_MUL, dst, a, b, second)?,
        (Op::Mod { dst, a, b }, second) => arith_jump(ARITH_MOD, dst, a, b, second)?,
        (Op::LoadEnv { dst: env }, Op::GetScoped { dst, ctx, depth, slot }) if ctx == env => {
            I::EnvScoped { env, dst, depth, slot }
        }
        (Op::GetScoped { dst, ctx, depth, slot }, Op::CheckHole { src, .. }) if src == dst => {
            I::ScopedCheck { dst, ctx, depth, slot }
        }
        (Op::AddImm { dst, a, imm }, Op::Loop { target, .. }) => {
            I::AddImmLoop { dst, a, imm, target: u16::try_from(target).ok()? }
        }
        _ => return None,
    })
}

fn arith_jump(arith: u8, dst: Reg, a: Reg, b: Reg, second: Op) -> Option<Inst> {
    if second == (Op::Return { src: dst }) {
        return Some(Inst::ArithJumpIfNot { how: arith | ARITH_RETURN, dst, a, b, c: 0, target: 0 });
    }
    let (how, c, target) = arith_then_jump(dst, arith, second)?;
    Some(Inst::ArithJumpIfNot { how, dst, a, b, c, target })
}

/// The fused form of the triple `(first, second, third)`, if there is one.
fn fuse_triple(first: Op, second: Op, third: Op) -> Option<Inst> {
    match (fuse_pair(first, second)?, third) {
        (Inst::EnvScoped { env, dst, depth, slot }, Op::CheckHole { src, .. }) if src == dst => {
            Some(Inst::EnvScopedCheck { env, dst, depth, slot })
        }
        // The receiver must follow the callee, as a call's does: the arms
        // have no byte left to name it.
        (Inst::GlobalConst { dst, this, k, g }, third) if dst.checked_add(1) == Some(this) => {
            let g = u16::try_from(g).ok()?;
            match third {
                Op::Mov { dst: dst2, src: src2 } => Some(Inst::GlobalConstArg { dst, k, g, dst2, src2, imm: 0 }),
                Op::AddImm { dst: dst2, a, imm } if imm != 0 => {
                    Some(Inst::GlobalConstArg { dst, k, g, dst2, src2: a, imm: i8::try_from(imm).ok()? })
                }
                Op::GetNamed { dst: dst2, obj, site } => {
                    Some(Inst::GlobalConstGetNamed { dst, k, g, dst2, obj, site: u8::try_from(site).ok()? })
                }
                _ => None,
            }
        }
        (Inst::ConstAdd { dst, a, b, k }, Op::Loop { target, .. }) => {
            Some(Inst::ConstAddLoop { dst, a, b, k, target: u16::try_from(target).ok()? })
        }
        _ => None,
    }
}

/// The interpreter's copy of `code`: triples, then pairs, fused from the
/// left, except where an instruction after the first is a jump or handler
/// target (a loop that
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
        if i + 2 < code.len() && !target[i + 1] && !target[i + 2] {
            if let Some(fused) = fuse_triple(code[i], code[i + 1], code[i + 2]) {
                out[i] = fused;
                i += 3;
                continue;
            }
        }
        match fuse_pair(code[i], code[i + 1]) {
            Some(fused) if !target[i + 1] => {
                out[i] = fused;
                i += 2;
            }
            _ => i += 1,
        }
    }
    thread_jumps(code, &mut out);
    out
}

/// Jumps to a return become the return: `if (c) { ... } else { ... }` at
/// the end of a function jumps to its `LoadConst undefined; Return`
/// (`ConstReturn` here), and a conditional expression returned jumps to
/// the `Return` of its result. A return never throws and leaves through
/// the frame record, so running it at the jump's index is running it at
/// its own; the jump's dispatch is saved. A jump to a jump takes the
/// second one's target (at most a few hops: a cycle of plain jumps is an
/// endless loop either way, and `Loop`, which polls for interrupts, is
/// never skipped).
fn thread_jumps(code: &[Op], out: &mut [Inst]) {
    for i in 0..code.len() {
        let Op::Jump { mut target } = code[i] else { continue };
        for _ in 0..4 {
            match code.get(target as usize) {
                Some(&Op::Jump { target: next }) if next != target => target = next,
                _ => break,
            }
        }
        out[i] = match out.get(target as usize) {
            Some(&ret @ (Inst::Return { .. } | Inst::ConstReturn { .. } | Inst::MovReturn { .. })) => ret,
            _ => Inst::Jump { target },
        };
    }
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
    fn a_returned_copy_fuses_and_jumps_to_a_return_become_it() {
        let code = [
            Op::JumpIfFalse { src: 0, target: 3 },
            Op::Mov { dst: 1, src: 2 },
            Op::Jump { target: 5 },
            Op::Jump { target: 2 },
            Op::Jump { target: 7 },
            Op::LoadConst { dst: 1, k: 0 },
            Op::Return { src: 1 },
            Op::Mov { dst: 1, src: 0 },
            Op::Return { src: 1 },
            Op::Jump { target: 9 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[7], Inst::MovReturn { dst: 1, src: 0 });
        assert_eq!(fused[5], Inst::ConstReturn { dst: 1, k: 0 });
        // A jump to the fused return runs it in place, through a chain too.
        assert_eq!(fused[2], fused[5]);
        assert_eq!(fused[3], fused[5]);
        assert_eq!(fused[4], fused[7]);
        // A jump to itself stays a jump (an endless loop either way).
        assert_eq!(fused[9], Inst::Jump { target: 9 });
        // The copy whose next instruction is no return stays a copy.
        assert_eq!(fused[1], Inst::from(code[1]));
        // A return of another register is no `MovReturn`.
        let other = [Op::Mov { dst: 1, src: 0 }, Op::Return { src: 0 }];
        assert_eq!(fuse(&other, std::iter::empty())[0], Inst::from(other[0]));
    }

    #[test]
    fn a_constant_stored_in_a_property_fuses() {
        let code = [
            Op::NewObject { dst: 2, size: 2 },
            Op::LoadConst { dst: 3, k: 1 },
            Op::SetNamed { obj: 2, src: 3, site: 0 },
            Op::LoadConst { dst: 3, k: 1 },
            Op::SetNamed { obj: 3, src: 3, site: 1 },
            Op::LoadConst { dst: 3, k: 1 },
            Op::SetNamed { obj: 2, src: 3, site: 70_000 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[1], Inst::ConstSetNamed { b: 3, k: 1, obj: 2, site: 0 });
        assert_eq!(fused[2], Inst::from(code[2]));
        // A store into the constant itself, or through a site past 16
        // bits, stays a pair of plain instructions.
        assert_eq!(fused[3], Inst::from(code[3]));
        assert_eq!(fused[5], Inst::from(code[5]));
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
    fn a_closure_read_fuses_its_environment_and_its_hole_check() {
        let env = Op::LoadEnv { dst: 0 };
        let get = Op::GetScoped { dst: 1, ctx: 0, depth: 0, slot: 2 };
        let check = Op::CheckHole { src: 1, k: 0 };
        let ret = Op::Return { src: 1 };
        let fused = fuse(&[env, get, check, ret], std::iter::empty());
        assert_eq!(fused[0], Inst::EnvScopedCheck { env: 0, dst: 1, depth: 0, slot: 2 });
        assert_eq!(&fused[1..], &[Inst::from(get), Inst::from(check), Inst::from(ret)]);
        // No hole check after it: the pair.
        let fused = fuse(&[env, get, ret], std::iter::empty());
        assert_eq!(fused[0], Inst::EnvScoped { env: 0, dst: 1, depth: 0, slot: 2 });
        // A jump to the check: the triple would skip it, so only the pair.
        let fused = fuse(&[env, get, check, Op::Jump { target: 2 }], std::iter::empty());
        assert_eq!(fused[0], Inst::EnvScoped { env: 0, dst: 1, depth: 0, slot: 2 });
        // A read that is not the environment's first.
        let fused = fuse(&[ret, get, check], std::iter::empty());
        assert_eq!(fused[1], Inst::ScopedCheck { dst: 1, ctx: 0, depth: 0, slot: 2 });
        // A check of another register does not fuse.
        let other = Op::CheckHole { src: 3, k: 0 };
        assert_eq!(fuse(&[ret, get, other], std::iter::empty())[1], Inst::from(get));
    }

    #[test]
    fn a_call_of_a_global_fuses_its_first_argument_and_a_loop_its_step() {
        let code = [
            Op::GetGlobal { dst: 1, g: 7 },
            Op::LoadConst { dst: 2, k: 0 },
            Op::Mov { dst: 3, src: 0 },
            Op::Call { dst: 1, func: 1, argc: 1 },
            Op::AddImm { dst: 0, a: 0, imm: 1 },
            Op::Loop { target: 0, counter: 0 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[0], Inst::GlobalConstArg { dst: 1, k: 0, g: 7, dst2: 3, src2: 0, imm: 0 });
        assert_eq!(fused[1], Inst::from(code[1]));
        assert_eq!(fused[4], Inst::AddImmLoop { dst: 0, a: 0, imm: 1, target: 0 });
        // A global past 16 bits keeps the pair.
        let far = [Op::GetGlobal { dst: 1, g: 70_000 }, code[1], code[2]];
        assert_eq!(fuse(&far, std::iter::empty())[0], Inst::GlobalConst { dst: 1, this: 2, k: 0, g: 70_000 });
        // A receiver that is not the callee's next register keeps the pair.
        let apart = [code[0], Op::LoadConst { dst: 4, k: 0 }, code[2]];
        assert_eq!(fuse(&apart, std::iter::empty())[0], Inst::GlobalConst { dst: 1, this: 4, k: 0, g: 7 });
    }

    #[test]
    fn a_call_of_a_global_fuses_a_stepped_or_loaded_argument() {
        let call = [Op::GetGlobal { dst: 4, g: 49 }, Op::LoadConst { dst: 5, k: 2 }];
        let step = [call[0], call[1], Op::AddImm { dst: 6, a: 0, imm: -1 }];
        assert_eq!(
            fuse(&step, std::iter::empty())[0],
            Inst::GlobalConstArg { dst: 4, k: 2, g: 49, dst2: 6, src2: 0, imm: -1 }
        );
        let load = [call[0], call[1], Op::GetNamed { dst: 6, obj: 0, site: 3 }];
        assert_eq!(
            fuse(&load, std::iter::empty())[0],
            Inst::GlobalConstGetNamed { dst: 4, k: 2, g: 49, dst2: 6, obj: 0, site: 3 }
        );
        // A step past 8 bits, or a site past 8 bits: the pair.
        let big = [call[0], call[1], Op::AddImm { dst: 6, a: 0, imm: 300 }];
        assert_eq!(fuse(&big, std::iter::empty())[0], Inst::GlobalConst { dst: 4, this: 5, k: 2, g: 49 });
        let far = [call[0], call[1], Op::GetNamed { dst: 6, obj: 0, site: 256 }];
        assert_eq!(fuse(&far, std::iter::empty())[0], Inst::GlobalConst { dst: 4, this: 5, k: 2, g: 49 });
    }

    #[test]
    fn a_compare_with_a_global_fuses_its_load() {
        let code = [
            Op::GetGlobal { dst: 3, g: 34 },
            Op::StrictEq { dst: 1, a: 2, b: 3 },
            Op::GetGlobal { dst: 3, g: 35 },
            Op::JumpIfNotStrictNe { a: 2, b: 3, target: 0 },
            Op::GetGlobal { dst: 3, g: 35 },
            Op::StrictEq { dst: 1, a: 3, b: 2 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[0], Inst::GlobalStrictEq { dst: 1, a: 2, b: 3, ne: false, g: 34 });
        assert_eq!(fused[1], Inst::from(code[1]));
        assert_eq!(fused[2], Inst::GlobalJumpIfNotStrictEq { a: 2, b: 3, ne: true, g: 35, target: 0 });
        // The global on the left goes right.
        assert_eq!(fused[4], Inst::GlobalStrictEq { dst: 1, a: 2, b: 3, ne: false, g: 35 });
        // `X === X` is left as the compiler emitted it.
        let same = [Op::GetGlobal { dst: 3, g: 1 }, Op::StrictEq { dst: 1, a: 3, b: 3 }];
        assert_eq!(fuse(&same, std::iter::empty())[0], Inst::from(same[0]));
        // A global past 16 bits does not fuse.
        let far = [Op::GetGlobal { dst: 3, g: 70_000 }, code[1]];
        assert_eq!(fuse(&far, std::iter::empty())[0], Inst::from(far[0]));
    }

    #[test]
    fn a_constant_step_and_the_back_edge_fuse() {
        let code = [Op::LoadConst { dst: 2, k: 0 }, Op::Add { dst: 1, a: 1, b: 2 }, Op::Loop { target: 0, counter: 0 }];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[0], Inst::ConstAddLoop { dst: 1, a: 1, b: 2, k: 0, target: 0 });
        assert_eq!(&fused[1..], &[Inst::from(code[1]), Inst::from(code[2])]);
    }

    #[test]
    fn a_constant_on_the_left_swaps_into_a_commutative_form() {
        let add = [Op::LoadConst { dst: 1, k: 0 }, Op::Add { dst: 2, a: 1, b: 3 }];
        assert_eq!(fuse(&add, std::iter::empty())[0], Inst::ConstAdd { dst: 2, a: 3, b: 1, k: 0 });
        let lt = [Op::LoadConst { dst: 1, k: 0 }, Op::JumpIfNotLt { a: 1, b: 3, target: 0 }];
        assert_eq!(fuse(&lt, std::iter::empty())[0], Inst::ConstJumpIfNotGt { a: 3, b: 1, k: 0, target: 0 });
        // `-`, `/` and `%` do not commute.
        let sub = [Op::LoadConst { dst: 1, k: 0 }, Op::Sub { dst: 2, a: 1, b: 3 }];
        assert_eq!(fuse(&sub, std::iter::empty())[0], Inst::from(sub[0]));
    }

    #[test]
    fn only_a_constant_loaded_into_the_register_read_fuses() {
        let code = [Op::LoadConst { dst: 1, k: 0 }, Op::Add { dst: 2, a: 4, b: 3 }];
        assert_eq!(fuse(&code, std::iter::empty())[0], Inst::from(code[0]));
        let code = [Op::LoadConst { dst: 1, k: 300 }, Op::Add { dst: 2, a: 3, b: 1 }];
        assert_eq!(fuse(&code, std::iter::empty())[0], Inst::from(code[0]));
    }

    #[test]
    fn an_operator_fuses_with_the_compare_that_reads_its_result() {
        let code = [
            Op::Mul { dst: 2, a: 1, b: 1 },
            Op::JumpIfNotLe { a: 2, b: 0, target: 9 },
            Op::Mod { dst: 2, a: 0, b: 1 },
            Op::JumpIfNotLt { a: 3, b: 2, target: 0 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[0], Inst::ArithJumpIfNot { how: ARITH_MUL | CMP_LE, dst: 2, a: 1, b: 1, c: 0, target: 9 });
        assert_eq!(fused[1], Inst::from(code[1]));
        // The result on the right turns the compare around.
        assert_eq!(fused[2], Inst::ArithJumpIfNot { how: ARITH_MOD | CMP_GT, dst: 2, a: 0, b: 1, c: 3, target: 0 });
        // A compare that does not read the result, an equality, a far
        // target: no fusion.
        let other = [Op::Add { dst: 2, a: 1, b: 1 }, Op::JumpIfNotLt { a: 3, b: 4, target: 0 }];
        assert_eq!(fuse(&other, std::iter::empty())[0], Inst::from(other[0]));
        let eq = [Op::Sub { dst: 2, a: 1, b: 1 }, Op::JumpIfNotStrictEq { a: 2, b: 4, target: 0 }];
        assert_eq!(fuse(&eq, std::iter::empty())[0], Inst::from(eq[0]));
        let far = [Op::Add { dst: 2, a: 1, b: 1 }, Op::JumpIfNotGe { a: 2, b: 4, target: 70_000 }];
        assert_eq!(fuse(&far, std::iter::empty())[0], Inst::from(far[0]));
    }

    #[test]
    fn a_receiver_copy_fuses_with_the_load_after_it() {
        let code = [
            Op::LoadReceiver { dst: 1 },
            Op::GetNamed { dst: 2, obj: 1, site: 0 },
            Op::Mov { dst: 4, src: 1 },
            Op::GetNamed { dst: 3, obj: 4, site: 1 },
        ];
        let fused = fuse(&code, std::iter::empty());
        assert_eq!(fused[0], Inst::CopyGetNamed { from: 0, this: 1, dst: 2, obj: 1, site: 0 });
        assert_eq!(fused[2], Inst::CopyGetNamed { from: 2, this: 4, dst: 3, obj: 4, site: 1 });
        // Register 255 has no `from`; a site past 16 bits does not fuse.
        let high = [Op::Mov { dst: 4, src: 255 }, code[3]];
        assert_eq!(fuse(&high, std::iter::empty())[0], Inst::from(high[0]));
        let far = [code[2], Op::GetNamed { dst: 3, obj: 4, site: 70_000 }];
        assert_eq!(fuse(&far, std::iter::empty())[0], Inst::from(far[0]));
    }
}
