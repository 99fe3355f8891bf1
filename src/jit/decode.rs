//! What each bytecode instruction feeds the JIT: the stencil that serves it
//! and the inputs its holes are filled from, decoded with one match.
//!
//! One function says both, so the choice of stencil and the operands it
//! reads cannot drift apart, and a compile pays for one match per
//! instruction. The match is generated from the instruction table
//! (`src/instructions.rs`): an arm per row, which feeds each operand to the
//! input its kind names and picks the row's stencil. Inside an arm everything is known, so the stencil and the
//! operands come out as straight-line stores (validity bits included); the
//! only branches left depend on the compile options or on a global's slot,
//! which go the same way every time. The compiler's first pass, which only
//! needs the stencil, reads it from a table `decode` fills once
//! (`stencil_of`).

use std::cell::Cell;
use std::sync::OnceLock;

use super::abi::{IN_A, IN_AUX, IN_B, IN_C, IN_COLD, IN_DST, IN_NEXT, IN_NONE, IN_PAYLOAD, IN_PC, IN_TARGET, NINPUTS};
use super::compile::GlobalAddr;
use super::stencils::{emitters, id, EmitFn};
use crate::bytecode::{every_op, FuncProto, Op, OperandKind, PropSite, Reg, NUM_OPS};
use crate::value::Value;

/// What decoding needs from the function and the VM.
pub(crate) struct Env<'a> {
    consts: &'a [Value],
    global_addr: GlobalAddr<'a>,
    /// Frame size: registers at or above it are invalid.
    pub nregs: u32,
    /// Instruction count: a jump target may be at most this (the fall-off).
    len: u32,
    /// `false` picks the slow-only stencils for arithmetic and comparisons.
    smi_fast_paths: bool,
    /// `false` picks the slow-only stencil for property access.
    inline_caches: bool,
    /// `false` picks the Smi-only arithmetic and comparison stencils.
    double_fast_paths: bool,
    /// The function's property sites (which name each reads).
    sites: &'a [PropSite],
    /// The function's code (a call site looks back for its callee's read).
    code: &'a [Op],
    /// The lowest register an arithmetic pair may be fused through
    /// (`fused_pair`): above the parameters, which `arguments` may alias;
    /// `u32::MAX` (no fusion) for a function with exception handlers, whose
    /// handlers may read a register the straight-line scan saw written.
    first_temp: u32,
    /// The function objects of the `Math` functions compiled inline
    /// (`INLINE_MATH` order), 0 for none (`--no-inline-math`).
    math: [u64; INLINE_MATH.len()],
    /// The template cell `{}` copies (`heap::ObjectTemplate`), 0 for none
    /// (`--no-inline-alloc`): no inline allocation and no direct
    /// constructor calls.
    object_template: u64,
    /// Which registers own their doubles (`jit::owned`): an arithmetic
    /// result stored there may overwrite the box in place. Empty for none.
    owned: Vec<bool>,
    /// The last global asked about, and the answer: a compile asks about
    /// each global access twice (to place it, then to emit it), and a
    /// function tends to use the same few globals, while each question is
    /// a call into the VM.
    last_global: Cell<(u32, *mut u64, bool, Option<u64>)>,
    /// Per pc (and the fall-off): whether some jump or exception handler
    /// lands there (`with_targets`; empty: no compare is given its
    /// constant, `Env::smi_const`).
    targets: Vec<bool>,
    /// Whether a Smi constant the instruction before loaded may be taken
    /// as an immediate (the `_k` stencils, `Env::k_operand`) and its
    /// `LoadConst` left out (`Env::folded_const`): `--no-const-operands`
    /// turns both off.
    const_operands: bool,
}

impl<'a> Env<'a> {
    pub(crate) fn new(
        consts: &'a [Value],
        global_addr: GlobalAddr<'a>,
        nregs: u32,
        len: u32,
        smi_fast_paths: bool,
        inline_caches: bool,
    ) -> Env<'a> {
        let last_global = Cell::new((u32::MAX, std::ptr::null_mut(), false, None));
        let double_fast_paths = true;
        Env {
            consts,
            global_addr,
            nregs,
            len,
            smi_fast_paths,
            inline_caches,
            double_fast_paths,
            sites: &[],
            code: &[],
            first_temp: u32::MAX,
            math: [0; INLINE_MATH.len()],
            object_template: 0,
            owned: Vec::new(),
            last_global,
            targets: Vec::new(),
            const_operands: true,
        }
    }

    /// Whether constant operands become immediates (`const_operands`).
    pub(crate) fn with_const_operands(self, const_operands: bool) -> Env<'a> {
        Env { const_operands, ..self }
    }

    /// Whether the arithmetic and comparison stencils have double paths.
    pub(crate) fn with_doubles(self, double_fast_paths: bool) -> Env<'a> {
        Env { double_fast_paths, ..self }
    }

    /// The property sites `Site` operands index.
    pub(crate) fn with_sites(self, sites: &'a [PropSite]) -> Env<'a> {
        Env { sites, ..self }
    }

    /// The code calls look back into, and the `Math` functions to inline.
    pub(crate) fn with_math(self, code: &'a [Op], math: [u64; INLINE_MATH.len()]) -> Env<'a> {
        Env { code, math, ..self }
    }

    /// Lets arithmetic pairs be fused through registers from `nparams` up
    /// (none when the function has exception handlers).
    pub(crate) fn with_params(self, nparams: u32, handlers: bool) -> Env<'a> {
        Env { first_temp: if handlers { u32::MAX } else { nparams }, ..self }
    }

    /// Lets double results overwrite the boxes of the registers that own
    /// them (`jit::owned`; needs the code, `with_math`). Only with the
    /// double paths, which are what store doubles.
    pub(crate) fn with_owned(self, nparams: u32, handlers: bool, reuse: bool) -> Env<'a> {
        let owned = if reuse && self.smi_fast_paths && self.double_fast_paths {
            super::owned::owning_registers(self.code, nparams, self.nregs, handlers)
        } else {
            Vec::new()
        };
        Env { owned, ..self }
    }

    /// Whether register `r` owns its doubles.
    #[inline]
    fn owns(&self, r: Option<i64>) -> bool {
        r.and_then(|r| self.owned.get(r as usize).copied()).unwrap_or(false)
    }

    /// For an arithmetic instruction at `pc` whose result `t` the next
    /// instruction consumes as exactly one of its operands: that
    /// instruction's operation, whether `t` is its left operand, its other
    /// operand and its destination. Only when `t` is dead after the pair:
    /// the pair's double path never writes it (`fuse_*` stencils).
    pub(crate) fn fused_pair(&self, pc: u32) -> Option<(PairOp, bool, Reg, Reg)> {
        if !(self.smi_fast_paths && self.double_fast_paths) {
            return None;
        }
        let pc = pc as usize;
        let (_, t, _, _) = pair_op(self.code.get(pc)?)?;
        let (op, d, x, y) = pair_op(self.code.get(pc + 1)?)?;
        if (t as u32) < self.first_temp {
            return None;
        }
        let left = match (x == t, y == t) {
            (true, false) => true,
            (false, true) => false,
            _ => return None,
        };
        (d == t || self.dead_after(t, pc + 2)).then_some((op, left, if left { y } else { x }, d))
    }

    /// Whether register `t` is written before it is read on the straight
    /// line from `from` (or the function returns first). Gives up -- says
    /// live -- at a jump, at an instruction whose register use is not
    /// plainly its operands, and after `FUSE_LOOKAHEAD` instructions.
    fn dead_after(&self, t: Reg, from: usize) -> bool {
        for op in self.code.iter().skip(from).take(FUSE_LOOKAHEAD) {
            match register_use(op, t) {
                Use::Reads => return false,
                Use::Writes => return true,
                Use::Neither if op.target().is_some() => return false,
                Use::Neither => {}
            }
        }
        false
    }

    /// Marks the pcs jumps and exception handlers land on (needs the
    /// code, `with_math`), which `smi_const` must not trust.
    pub(crate) fn with_targets(self, handlers: &[crate::bytecode::Handler]) -> Env<'a> {
        let mut targets = vec![false; self.code.len() + 1];
        let jumps = self.code.iter().filter_map(Op::target);
        for t in jumps.chain(handlers.iter().map(|h| h.target)) {
            if let Some(t) = targets.get_mut(t as usize) {
                *t = true;
            }
        }
        Env { targets, ..self }
    }

    /// For a `===`/`!==` at `pc` (a jump, or a value: `identical_k`) whose right operand the instruction
    /// just before loaded with a Smi (`c !== 32`, `t === T_ARRAY`, as the
    /// compiler emits a literal or a `const`'s value) or with `null`,
    /// `undefined`, `true` or `false` (`node !== null`): its bits,
    /// which the `_k` stencils compare with as an immediate. Only when no
    /// jump or handler lands on `pc`, so that the `LoadConst` always runs
    /// right before (or, folded, `store_k` on the cold path writes what it
    /// would have: the cold path reads both slots); and only when the left
    /// operand is another register, as for `k_operand`.
    pub(crate) fn smi_const(&self, pc: u32) -> Option<i64> {
        if !self.const_operands {
            return None;
        }
        let (a, b) = match self.code.get(pc as usize)? {
            &Op::JumpIfNotStrictEq { a, b, .. }
            | &Op::JumpIfNotStrictNe { a, b, .. }
            | &Op::StrictEq { a, b, .. }
            | &Op::StrictNe { a, b, .. } => (a, b),
            _ => return None,
        };
        if a == b || *self.targets.get(pc as usize)? {
            return None;
        }
        let (dst, v) = self.known_load((pc as usize).checked_sub(1)?)?;
        // An immediate (`node !== null`) works as a Smi does: a value with
        // other bits is not identical to it, a number or string included.
        let immediate = matches!(
            v.to_bits(),
            crate::value::UNDEFINED_BITS | crate::value::NULL_BITS | crate::value::FALSE_BITS | crate::value::TRUE_BITS
        );
        (dst == b && (v.is_smi() || immediate)).then(|| v.to_bits() as i64)
    }

    /// For an `Add`, `Sub`, `Mul` or ordered compare-and-jump at `pc`
    /// whose right operand the instruction just before loaded with a Smi
    /// (`pos + 1`, `x * 31`, `i < 10`): that Smi's bits, which its `_k`
    /// stencil takes as an immediate instead of reading the slot. As for
    /// `smi_const`, only when nothing jumps to `pc`, so the `LoadConst`
    /// (or, folded, the constant's immediate) is what the slot would hold;
    /// and only when the left operand is another register, which the
    /// stencil still reads from its slot (a folded `LoadConst` never
    /// writes it).
    pub(crate) fn k_operand(&self, pc: u32) -> Option<i64> {
        if !(self.const_operands && self.smi_fast_paths && self.double_fast_paths) {
            return None;
        }
        let (a, b) = match *self.code.get(pc as usize)? {
            Op::Add { a, b, .. }
            | Op::Sub { a, b, .. }
            | Op::Mul { a, b, .. }
            | Op::JumpIfNotLt { a, b, .. }
            | Op::JumpIfNotLe { a, b, .. }
            | Op::JumpIfNotGt { a, b, .. }
            | Op::JumpIfNotGe { a, b, .. } => (a, b),
            _ => return None,
        };
        if a == b || *self.targets.get(pc as usize)? {
            return None;
        }
        let (dst, v) = self.known_load((pc as usize).checked_sub(1)?)?;
        (dst == b && v.is_smi()).then(|| v.to_bits() as i64)
    }

    /// Whether the `LoadConst` at `pc` can be left out: the next
    /// instruction takes its Smi as an immediate (a `_k` stencil, which
    /// writes the constant into the slot on its cold path before its
    /// helper reads the slots), and no instruction after it reads the
    /// register before writing it (`dead_from`). In sum.js's loop
    /// (`(pos % 7 + 1)`, `pos = pos + 1`) that is a store per constant
    /// and iteration. Not in a function with exception handlers (a
    /// handler may read any register), nor for a parameter register
    /// (`arguments` may alias it).
    pub(crate) fn folded_const(&self, pc: u32) -> bool {
        use crate::bytecode::OperandKind as K;
        if !self.const_operands {
            return false;
        }
        let Some((dst, _)) = self.known_load(pc as usize) else { return false };
        let Some(next) = self.code.get(pc as usize + 1) else { return false };
        if (dst as u32) < self.first_temp {
            return false;
        }
        let name = super::stencils::ALL[decode(next, pc + 1, self).id as usize].name;
        if !(name.ends_with("_k") || name.ends_with("_k_own")) {
            return false;
        }
        next.operand(K::Dst) == Some(dst as i64) || self.dead_from(dst, pc as usize + 1)
    }

    /// Whether every path from the instruction at `at` (not itself
    /// examined) writes register `t` before reading it, or returns.
    /// Follows jumps, both ways for a conditional one, so a loop's
    /// back edge is seen through; says live at an instruction whose
    /// register use is not plainly its operands, at the end of the code,
    /// and after `DEAD_SCAN` instructions.
    fn dead_from(&self, t: Reg, at: usize) -> bool {
        let mut seen: Vec<usize> = Vec::new();
        let mut work: Vec<usize> = Vec::new();
        let Some(op) = self.code.get(at) else { return false };
        let Some(next) = successors(op, at) else { return false };
        work.extend(next.into_iter().flatten());
        while let Some(p) = work.pop() {
            if seen.contains(&p) {
                continue;
            }
            if seen.len() >= DEAD_SCAN {
                return false;
            }
            seen.push(p);
            let Some(op) = self.code.get(p) else { return false };
            match register_use(op, t) {
                Use::Reads => return false,
                Use::Writes => continue,
                Use::Neither => {}
            }
            let Some(next) = successors(op, p) else { return false };
            work.extend(next.into_iter().flatten());
        }
        true
    }

    /// The template `{}` is copied from, or 0: allocate through helpers.
    pub(crate) fn with_alloc(self, object_template: u64) -> Env<'a> {
        Env { object_template, ..self }
    }

    /// Which `INLINE_MATH` function the call at `pc` is compiled for: a
    /// one-argument call whose callee register was last written, a few
    /// instructions back, by a read of property `sqrt`/`abs`/`floor` (as
    /// `Math.sqrt(x)` compiles); a later write of that register by any
    /// other instruction means it is not. This is only a guess at what the site
    /// calls -- the stencil compares the callee with the built-in at run
    /// time and otherwise makes the generic call -- so it need not prove
    /// that the object read from is `Math`.
    pub(crate) fn math_call(&self, pc: u32) -> Option<usize> {
        let Some(&Op::Call { func, argc, .. }) = self.code.get(pc as usize) else { return None };
        let from = (pc as usize).saturating_sub(MATH_LOOKBACK);
        for op in self.code[from..pc as usize].iter().rev() {
            match *op {
                Op::GetNamed { dst, site, .. } if dst == func => {
                    let name = &*self.sites.get(site as usize)?.name;
                    let i = INLINE_MATH.iter().position(|&m| m == name)?;
                    return (self.math[i] != 0 && argc as usize == math_arity(i)).then_some(i);
                }
                // Another write of the callee register: the call is not of
                // the property read further back. json.js's `skipSpace(p)`
                // right after `keys.push(parseString(p))` reuses the
                // register the push was read into; taken for a push, the
                // site failed the stencil's guard on every call and, being
                // an inline site, was never patched to a direct call: 1.5
                // million generic calls (`helper_call`, `call_script`).
                _ if op.operand(crate::bytecode::OperandKind::Dst) == Some(func as i64) => return None,
                _ => {}
            }
        }
        None
    }

    /// For a `%` or `/` at `pc` whose divisor register the instruction just
    /// before loaded with a Smi d >= 2 (`x % 7`, `x / 2` compile so):
    /// `u64::MAX / d + 1`, the reciprocal the `mod_const` and `div_const`
    /// stencils multiply by. Only a hint: the stencil divides by the
    /// register's value at run time and checks what it finds (a remainder
    /// 0 <= r < d; a quotient that multiplies back to the dividend), so a
    /// jump to `pc` with another divisor in the register gets a right
    /// answer or the generic path.
    pub(crate) fn mod_magic(&self, pc: u32) -> Option<u64> {
        let b = match self.code.get(pc as usize) {
            Some(&Op::Mod { b, .. }) | Some(&Op::Div { b, .. }) => b,
            _ => return None,
        };
        let Some(&Op::LoadConst { dst, k }) = self.code.get((pc as usize).checked_sub(1)?) else { return None };
        let v = *self.consts.get(k as usize)?;
        (dst == b && v.is_smi() && v.as_smi() >= 2).then(|| u64::MAX / v.as_smi() as u64 + 1)
    }

    /// Whether property site `site` reads `.length` (which arrays answer
    /// from their length field, not from a slot).
    #[inline]
    fn is_length(&self, site: u32) -> bool {
        self.sites.get(site as usize).is_some_and(|s| &*s.name == "length")
    }

    /// Whether property site `site`'s feedback is monomorphic on a
    /// property of the receiver's prototype (a method, usually): it is then
    /// compiled as `get_named_proto`, patched at compile time.
    #[inline]
    fn is_proto(&self, site: u32) -> bool {
        self.sites.get(site as usize).is_some_and(|s| {
            let e = s.entries[0].get();
            s.state.get() == crate::bytecode::IcState::Mono
                && e.kind == crate::bytecode::IcKind::Proto
                && e.mids == [0, 0]
                && e.slot <= super::compile::MAX_PATCHED_SLOT
                && !s.seen.borrow().is_empty()
        })
    }

    #[inline(always)]
    fn global_addr(&self, g: u32) -> (*mut u64, bool, Option<u64>) {
        let (last, addr, fast_set, constant) = self.last_global.get();
        if last == g {
            return (addr, fast_set, constant);
        }
        let (addr, fast_set, constant) = (self.global_addr)(g);
        self.last_global.set((g, addr, fast_set, constant));
        (addr, fast_set, constant)
    }

    /// The register the instruction at `pc` writes and the value it
    /// writes there, when compile time knows it: a `LoadConst`'s constant,
    /// or the Smi or immediate of an initialized `const` global that a
    /// `GetGlobal` reads (`GlobalAddr`: it never changes), so that
    /// `t === T_ARRAY` with a top-level `const T_ARRAY = 5` compares with
    /// an immediate as `t === 5` does.
    fn known_load(&self, pc: usize) -> Option<(Reg, Value)> {
        match *self.code.get(pc)? {
            Op::LoadConst { dst, k } => Some((dst, *self.consts.get(k as usize)?)),
            Op::GetGlobal { dst, g } => {
                let (addr, _, constant) = self.global_addr(g);
                let bits = constant.filter(|_| !addr.is_null())?;
                Some((dst, Value::from_immediate_bits(bits)))
            }
            _ => None,
        }
    }
}

/// The built-ins a call site may be compiled inline for (`call_sqrt`,
/// `call_abs`, `call_floor`, ..., `call_char_code_at`,
/// `call_from_char_code`, `call_push`, `call_pop`, `call_index_of`), by the name of the
/// property the callee was read from, in the order of `JitOptions::math`
/// and of the hole kinds `MathSqrt` ... `MathMax`, `CharCodeAt`,
/// `FromCharCode`, `ArrayPush`, `ArrayPop`, `StringIndexOf`.
pub const INLINE_MATH: [&str; crate::vm::INLINE_BUILTINS] = [
    "sqrt",
    "abs",
    "floor",
    "ceil",
    "round",
    "trunc",
    "min",
    "max",
    "charCodeAt",
    "fromCharCode",
    "push",
    "pop",
    "indexOf",
];

// The interpreter finds `charCodeAt`, `fromCharCode`, `push` and `pop` by the VM's
// indices (it does not import the JIT): each pair must name the same entry.
const fn same_name(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
const _: () = {
    assert!(same_name(INLINE_MATH[crate::vm::INLINE_CHAR_CODE_AT].as_bytes(), b"charCodeAt"));
    assert!(same_name(INLINE_MATH[crate::vm::INLINE_FROM_CHAR_CODE].as_bytes(), b"fromCharCode"));
    assert!(same_name(INLINE_MATH[crate::vm::INLINE_PUSH].as_bytes(), b"push"));
    assert!(same_name(INLINE_MATH[crate::vm::INLINE_POP].as_bytes(), b"pop"));
};

/// How many arguments an inline `INLINE_MATH[i]` site passes: `min` and
/// `max` are inlined for two (`Math.max(a, b)`, the common form), `pop`
/// for none, the rest for one; other counts make the generic call.
pub fn math_arity(i: usize) -> usize {
    match INLINE_MATH[i] {
        "min" | "max" => 2,
        "pop" => 0,
        _ => 1,
    }
}

/// The operations a fused arithmetic pair is made of.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum PairOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// An arithmetic instruction's operation, destination and operands.
fn pair_op(op: &Op) -> Option<(PairOp, Reg, Reg, Reg)> {
    match *op {
        Op::Add { dst, a, b } => Some((PairOp::Add, dst, a, b)),
        Op::Sub { dst, a, b } => Some((PairOp::Sub, dst, a, b)),
        Op::Mul { dst, a, b } => Some((PairOp::Mul, dst, a, b)),
        Op::Div { dst, a, b } => Some((PairOp::Div, dst, a, b)),
        _ => None,
    }
}

/// How many instructions `Env::dead_from` examines at most.
const DEAD_SCAN: usize = 48;

/// What an instruction does with a register, for `Env::dead_from`.
enum Use {
    Reads,
    Writes,
    Neither,
}

/// How `op` uses register `t`: reads it (any use not plainly an operand
/// counts as a read, so unknown instructions keep a register live), or
/// only writes it, or neither. A return ends the path: nothing reads the
/// register after it.
fn register_use(op: &Op, t: Reg) -> Use {
    use crate::bytecode::OperandKind as K;
    let t64 = t as i64;
    if [K::A, K::B, K::C].iter().any(|&k| op.operand(k) == Some(t64)) {
        return Use::Reads;
    }
    match *op {
        Op::Return { .. } => Use::Writes,
        // The callee's frame, arguments included, is above `func`.
        Op::Call { func, .. } if t >= func => Use::Reads,
        Op::Call { dst, .. } if dst == t => Use::Writes,
        Op::Call { .. } => Use::Neither,
        // An instruction `successors` does not know may use it anyhow.
        _ if successors(op, 0).is_none() => Use::Reads,
        _ if op.operand(K::Dst) == Some(t64) => Use::Writes,
        _ => Use::Neither,
    }
}

/// Where control goes after `op` at `pc` (at most two places), for the
/// instructions `register_use` knows; None for any other.
fn successors(op: &Op, pc: usize) -> Option<[Option<usize>; 2]> {
    Some(match *op {
        Op::Return { .. } => [None, None],
        Op::Jump { target } | Op::Loop { target, .. } => [Some(target as usize), None],
        Op::JumpIfTrue { target, .. }
        | Op::JumpIfFalse { target, .. }
        | Op::JumpIfNotNullish { target, .. }
        | Op::JumpIfNotLt { target, .. }
        | Op::JumpIfNotLe { target, .. }
        | Op::JumpIfNotGt { target, .. }
        | Op::JumpIfNotGe { target, .. }
        | Op::JumpIfNotEq { target, .. }
        | Op::JumpIfNotNe { target, .. }
        | Op::JumpIfNotStrictEq { target, .. }
        | Op::JumpIfNotStrictNe { target, .. } => [Some(pc + 1), Some(target as usize)],
        Op::Call { .. }
        | Op::Mov { .. }
        | Op::LoadConst { .. }
        | Op::GetGlobal { .. }
        | Op::SetGlobal { .. }
        | Op::Add { .. }
        | Op::AddImm { .. }
        | Op::Sub { .. }
        | Op::Mul { .. }
        | Op::Div { .. }
        | Op::Mod { .. }
        | Op::Neg { .. }
        | Op::GetNamed { .. }
        | Op::SetNamed { .. }
        | Op::GetIndex { .. }
        | Op::SetIndex { .. } => [Some(pc + 1), None],
        _ => return None,
    })
}

/// How far `Env::dead_after` scans for the write that kills a fused
/// pair's intermediate (nbody's are 3 to 4 instructions on).
const FUSE_LOOKAHEAD: usize = 8;

/// How far back from a call `Env::math_call` looks for its callee's read
/// (`Math.sqrt(a * b + c)` evaluates the argument in between).
const MATH_LOOKBACK: usize = 12;

/// One instruction, decoded (24 bytes, built on the stack).
#[derive(Clone, Copy, Default)]
pub(crate) struct Decoded {
    /// LoadConst's constant, AddImm's immediate (as a Smi), or a global's
    /// slot address.
    pub payload: i64,
    pub pc: u32,
    /// The jump target pc (at most `len`), which the compiler turns into a
    /// code offset once every unit is placed.
    pub target: u32,
    /// Bit `IN_*` set: that input exists and is in range (a register in
    /// the frame, a constant that exists, a target inside the function).
    pub valid: u16,
    /// Registers `IN_DST`, `IN_A`, `IN_B`, `IN_C`.
    pub regs: [u8; 4],
    /// The stencil (`stencils::ALL[id]`).
    pub id: u8,
    /// A `Depth` operand (`IN_AUX`).
    pub aux: u8,
}

/// Inputs every unit has, whatever its instruction.
pub(crate) const ALWAYS_VALID: u16 = 1 << IN_NONE | 1 << IN_PC | 1 << IN_NEXT | 1 << IN_COLD;

impl Decoded {
    /// A unit with no instruction (prologue, fall-off, exception exit).
    pub(crate) fn bare(id: u8) -> Decoded {
        Decoded { id, valid: ALWAYS_VALID, ..Decoded::default() }
    }

    /// Register operand `sel` (`IN_DST`, `IN_A`, `IN_B` or `IN_C`), if the
    /// instruction has it in range.
    pub(crate) fn reg(&self, sel: u8) -> Option<u32> {
        (self.valid & 1 << sel != 0).then_some(self.regs[(sel - IN_DST) as usize] as u32)
    }

    /// The relocation inputs (`abi::IN_*`), given where the unit's jump
    /// target, the next unit and the unit's own cold part are in the code.
    #[inline(always)]
    pub(crate) fn inputs(&self, target_at: u32, next_at: u32, cold_at: u32) -> [i64; NINPUTS] {
        let mut i = [0; NINPUTS];
        i[IN_DST as usize] = self.regs[0] as i64;
        i[IN_A as usize] = self.regs[1] as i64;
        i[IN_B as usize] = self.regs[2] as i64;
        i[IN_C as usize] = self.regs[3] as i64;
        i[IN_PAYLOAD as usize] = self.payload;
        i[IN_PC as usize] = self.pc as i64;
        i[IN_NEXT as usize] = next_at as i64;
        i[IN_TARGET as usize] = target_at as i64;
        i[IN_COLD as usize] = cold_at as i64;
        i[IN_AUX as usize] = self.aux as i64;
        i
    }

    #[inline(always)]
    fn set_reg(&mut self, env: &Env, sel: u8, r: Reg) {
        self.regs[(sel - IN_DST) as usize] = r;
        self.valid |= ((r as u32) < env.nregs) as u16 * (1 << sel);
    }

    #[inline(always)]
    fn payload(&mut self, v: Option<i64>) {
        self.payload = v.unwrap_or(0);
        self.valid |= v.is_some() as u16 * (1 << IN_PAYLOAD);
    }

    #[inline(always)]
    fn jump(&mut self, env: &Env, target: u32) {
        self.target = target.min(env.len);
        self.valid |= (target <= env.len) as u16 * (1 << IN_TARGET);
    }

    /// A global's slot address, and whether it can be used (a null address:
    /// the VM has no slot; the op is left to `exec_op`).
    #[inline(always)]
    fn global(&mut self, env: &Env, g: u32) -> (bool, bool) {
        let (addr, fast_set, _) = env.global_addr(g);
        self.payload(Some(addr as i64));
        (!addr.is_null(), fast_set)
    }
}

/// What receives a decoded instruction: the stencil's id and emitter, and
/// the inputs. The compiler emits it; tables and listings only look.
pub(crate) trait Sink {
    fn unit(&mut self, d: &Decoded, emit: EmitFn);
}

/// A sink that keeps the decoded instruction.
struct Keep(Decoded);

impl Sink for Keep {
    #[inline(always)]
    fn unit(&mut self, d: &Decoded, _: EmitFn) {
        self.0 = *d;
    }
}

/// Decodes instruction `pc`: its stencil and its inputs.
#[inline]
pub(crate) fn decode(op: &Op, pc: u32, env: &Env) -> Decoded {
    let mut keep = Keep(Decoded::default());
    decode_into(op, pc, env, &mut keep);
    keep.0
}

/// Decodes instruction `pc` into `sink`. Each arm hands the sink its
/// stencil's emitter by name, so once the sink is inlined the compiler's
/// call to the emitter is a direct call: per instruction, the `match` is
/// the only indirect jump.
#[inline(always)]
pub(crate) fn decode_into<S: Sink>(op: &Op, pc: u32, env: &Env, sink: &mut S) {
    let mut d = Decoded { pc, valid: ALWAYS_VALID, ..Decoded::default() };
    // What the `GlobalSlot` operand found: (has a slot, may be stored to
    // directly). Set only by rows that have one, so a row whose condition
    // reads it without one does not compile.
    let slot: (bool, bool);
    // The `Site` operand (property sites), likewise.
    let site: u32;
    macro_rules! to {
        ($s:ident) => {{
            d.id = id::$s;
            sink.unit(&d, emitters::$s)
        }};
    }
    // Each operand kind's input (see `src/instructions.rs`).
    macro_rules! operand {
        (Dst, $v:ident) => {
            d.set_reg(env, IN_DST, $v)
        };
        (A, $v:ident) => {
            d.set_reg(env, IN_A, $v)
        };
        (B, $v:ident) => {
            d.set_reg(env, IN_B, $v)
        };
        (Const, $v:ident) => {
            d.payload(env.consts.get($v as usize).map(|v| v.to_bits() as i64))
        };
        (Imm, $v:ident) => {
            d.payload(Some(($v as i64) << 32))
        };
        (GlobalSlot, $v:ident) => {
            slot = d.global(env, $v)
        };
        (Target, $v:ident) => {
            d.jump(env, $v)
        };
        // Read by the helper (or the compiler's call-site table), not by
        // the stencil.
        (Base, $v:ident) => {
            let _ = $v;
        };
        (Argc, $v:ident) => {
            let _ = $v;
        };
        (Global, $v:ident) => {
            let _ = $v;
        };
        (Counter, $v:ident) => {
            let _ = $v;
        };
        (Error, $v:ident) => {
            let _ = $v;
        };
        (C, $v:ident) => {
            d.set_reg(env, IN_C, $v)
        };
        (Depth, $v:ident) => {{
            d.aux = $v;
            d.valid |= 1 << IN_AUX;
        }};
        (Slot, $v:ident) => {
            d.payload(Some($v as i64))
        };
        (Site, $v:ident) => {
            site = $v;
            // (Only `GetNamed`'s row reads it.)
            let _ = site;
        };
    }
    // When the row's second stencil is used instead of its first.
    macro_rules! instead {
        (no_smi) => {
            !env.smi_fast_paths
        };
        (no_double) => {
            !env.double_fast_paths
        };
        (no_slot) => {
            !slot.0
        };
        (known_global) => {
            match env.known_load(pc as usize) {
                Some((_, v)) if env.const_operands => {
                    d.payload(Some(v.to_bits() as i64));
                    true
                }
                _ => false,
            }
        };
        (folded_global) => {
            match env.known_load(pc as usize) {
                Some((_, v)) if env.folded_const(pc) => {
                    d.payload(Some(v.to_bits() as i64));
                    true
                }
                _ => false,
            }
        };
        // Only a binding that can never become read-only may be stored to
        // directly.
        (no_store) => {
            !(slot.0 && slot.1)
        };
        (no_ic) => {
            !env.inline_caches
        };
        (length_site) => {
            env.is_length(site)
        };
        (proto_site) => {
            env.is_proto(site)
        };
        (math_sqrt) => {
            env.math_call(pc) == Some(0)
        };
        (math_abs) => {
            env.math_call(pc) == Some(1)
        };
        (math_floor) => {
            env.math_call(pc) == Some(2)
        };
        (math_ceil) => {
            env.math_call(pc) == Some(3)
        };
        (math_round) => {
            env.math_call(pc) == Some(4)
        };
        (math_trunc) => {
            env.math_call(pc) == Some(5)
        };
        (math_min) => {
            env.math_call(pc) == Some(6)
        };
        (math_max) => {
            env.math_call(pc) == Some(7)
        };
        (char_code_at) => {
            env.math_call(pc) == Some(8)
        };
        (from_char_code) => {
            env.math_call(pc) == Some(9)
        };
        (array_push) => {
            env.math_call(pc) == Some(10)
        };
        (array_pop) => {
            env.math_call(pc) == Some(11)
        };
        (string_index_of) => {
            env.math_call(pc) == Some(12)
        };
        (mod_const) => {
            match env.mod_magic(pc) {
                Some(m) if env.double_fast_paths => {
                    d.payload(Some(m as i64));
                    true
                }
                _ => false,
            }
        };
        (div_const_smi) => {
            match env.mod_magic(pc) {
                Some(m) if !env.double_fast_paths => {
                    d.payload(Some(m as i64));
                    true
                }
                _ => false,
            }
        };
        (div_const_own) => {
            match env.mod_magic(pc) {
                Some(m) if env.double_fast_paths && env.owns(op.operand(OperandKind::Dst)) => {
                    d.payload(Some(m as i64));
                    true
                }
                _ => false,
            }
        };
        (div_const) => {
            match env.mod_magic(pc) {
                Some(m) if env.double_fast_paths => {
                    d.payload(Some(m as i64));
                    true
                }
                _ => false,
            }
        };
        (mod_const_smi) => {
            match env.mod_magic(pc) {
                Some(m) if !env.double_fast_paths => {
                    d.payload(Some(m as i64));
                    true
                }
                _ => false,
            }
        };
        (no_alloc) => {
            env.object_template == 0
        };
        (k_own) => {
            match env.k_operand(pc) {
                Some(bits) if env.owns(op.operand(OperandKind::Dst)) => {
                    d.payload(Some(bits));
                    true
                }
                _ => false,
            }
        };
        (k_const) => {
            match env.k_operand(pc) {
                Some(bits) => {
                    d.payload(Some(bits));
                    true
                }
                None => false,
            }
        };
        (folded) => {
            env.folded_const(pc)
        };
        (smi_const) => {
            match env.smi_const(pc) {
                Some(bits) => {
                    d.payload(Some(bits));
                    true
                }
                None => false,
            }
        };
        // A fused arithmetic pair (`Env::fused_pair`) with this second
        // operation, `t` on this side, into a register that owns its
        // doubles (`jit::owned`); then the same into any register.
        (fuse_add_l_own) => {
            fuse(&mut d, env, pc, PairOp::Add, true) && env.owns(Some(d.aux as i64))
        };
        (fuse_add_r_own) => {
            fuse(&mut d, env, pc, PairOp::Add, false) && env.owns(Some(d.aux as i64))
        };
        (fuse_sub_l_own) => {
            fuse(&mut d, env, pc, PairOp::Sub, true) && env.owns(Some(d.aux as i64))
        };
        (fuse_sub_r_own) => {
            fuse(&mut d, env, pc, PairOp::Sub, false) && env.owns(Some(d.aux as i64))
        };
        (fuse_mul_l_own) => {
            fuse(&mut d, env, pc, PairOp::Mul, true) && env.owns(Some(d.aux as i64))
        };
        (fuse_mul_r_own) => {
            fuse(&mut d, env, pc, PairOp::Mul, false) && env.owns(Some(d.aux as i64))
        };
        (fuse_div_l_own) => {
            fuse(&mut d, env, pc, PairOp::Div, true) && env.owns(Some(d.aux as i64))
        };
        (fuse_div_r_own) => {
            fuse(&mut d, env, pc, PairOp::Div, false) && env.owns(Some(d.aux as i64))
        };
        // The result goes to a register that owns its doubles.
        (own) => {
            env.owns(op.operand(OperandKind::Dst))
        };
        (fuse_add_l) => {
            fuse(&mut d, env, pc, PairOp::Add, true)
        };
        (fuse_add_r) => {
            fuse(&mut d, env, pc, PairOp::Add, false)
        };
        (fuse_sub_l) => {
            fuse(&mut d, env, pc, PairOp::Sub, true)
        };
        (fuse_sub_r) => {
            fuse(&mut d, env, pc, PairOp::Sub, false)
        };
        (fuse_mul_l) => {
            fuse(&mut d, env, pc, PairOp::Mul, true)
        };
        (fuse_mul_r) => {
            fuse(&mut d, env, pc, PairOp::Mul, false)
        };
        (fuse_div_l) => {
            fuse(&mut d, env, pc, PairOp::Div, true)
        };
        (fuse_div_r) => {
            fuse(&mut d, env, pc, PairOp::Div, false)
        };

        // `[]`, when allocation is inline.
        (empty_array) => {
            env.object_template != 0 && matches!(*op, Op::NewArray { argc: 0, .. })
        };
        (wide_object) => {
            matches!(*op, Op::NewObject { size, .. } if size as usize > crate::heap::object::INLINE)
        };
    }
    macro_rules! decode_ops {
        ($(
            $(#[$doc:meta])*
            $name:ident { $($field:ident : $kind:ident),* $(,)? }
                => $fast:ident $(or $slow:ident if $cond:ident)* $(, listed $fmt:literal)?;
        )*) => {
            match *op {
                $(Op::$name { $($field),* } => {
                    $(operand!($kind, $field);)*
                    $(if instead!($cond) {
                        return to!($slow);
                    })*
                    to!($fast)
                })*
            }
        };
    }
    crate::instructions::for_each_op!(decode_ops)
}

/// Whether the instruction at `pc` starts a fused pair whose second
/// operation is `op` with the intermediate on the `left`: if so, the unit
/// also gets the second instruction's other operand (`IN_C`), its
/// destination (`IN_AUX`) and the pc after the pair (`IN_TARGET`).
#[inline]
fn fuse(d: &mut Decoded, env: &Env, pc: u32, op: PairOp, left: bool) -> bool {
    match env.fused_pair(pc) {
        Some((o, l, c, dst)) if o == op && l == left => {
            d.set_reg(env, IN_C, c);
            d.aux = dst;
            d.valid |= ((dst as u32) < env.nregs) as u16 * (1 << IN_AUX);
            d.jump(env, pc + 2);
            true
        }
        _ => false,
    }
}

/// Instruction `pc` of `proto` decoded for a listing or a test, which only
/// read its registers (no VM: globals look slot-less).
pub(crate) fn decode_registers(proto: &FuncProto, pc: u32) -> Decoded {
    let no_slot = |_: u32| (std::ptr::null_mut(), false, None);
    let env = Env::new(proto.consts, &no_slot, proto.nregs as u32, proto.code.len() as u32, true, true)
        .with_sites(&proto.sites)
        .with_math(proto.code, [0; INLINE_MATH.len()])
        .with_params(proto.nparams as u32, !proto.handlers.is_empty());
    proto.code.get(pc as usize).map_or(Decoded::default(), |op| decode(op, pc, &env))
}

/// The stencil for `op`, as `decode` chooses it, without the operands:
/// for all but the instructions with a `GlobalSlot` operand it depends only
/// on the opcode and the options, so it is read from a table (made by
/// `decode` itself, once, per combination of options): no indirect jump.
#[inline]
pub(crate) fn stencil_of(op: &Op, pc: u32, env: &Env) -> u8 {
    /// In the table: the choice depends on the global's slot, on the
    /// property site's name, on what a call's callee was read as, on
    /// whether allocation is inline (and for what size of literal), or on
    /// the next instruction (a fused arithmetic pair, a folded constant) or
    /// the one before (an operation with a constant).
    const BY_SLOT: u8 = u8::MAX;
    static BY_OPCODE: OnceLock<[[u8; NUM_OPS]; 8]> = OnceLock::new();
    let table = BY_OPCODE.get_or_init(|| {
        let mut t = [[0; NUM_OPS]; 8];
        let no_global = |_: u32| (std::ptr::null_mut(), false, None);
        for (opts, row) in t.iter_mut().enumerate() {
            let env = Env::new(&[], &no_global, 0, 0, opts & 1 == 1, opts & 2 == 2).with_doubles(opts & 4 == 4);
            for op in every_op() {
                let by_slot = op.operand(OperandKind::GlobalSlot).is_some()
                    || matches!(op, Op::GetNamed { .. })
                    || matches!(op, Op::Call { argc: 1, .. })
                    || matches!(op, Op::Mod { .. })
                    || matches!(
                        op,
                        Op::JumpIfNotStrictEq { .. }
                            | Op::JumpIfNotStrictNe { .. }
                            | Op::StrictEq { .. }
                            | Op::StrictNe { .. }
                            | Op::JumpIfNotLt { .. }
                            | Op::JumpIfNotLe { .. }
                            | Op::JumpIfNotGt { .. }
                            | Op::JumpIfNotGe { .. }
                            | Op::LoadConst { .. }
                    )
                    || matches!(
                        op,
                        Op::Add { .. } | Op::Sub { .. } | Op::Mul { .. } | Op::Div { .. } | Op::AddImm { .. }
                    )
                    || matches!(
                        op,
                        Op::NewObject { .. }
                            | Op::NewArray { .. }
                            | Op::New { .. }
                            | Op::SuperCall { .. }
                            | Op::AllocThis { .. }
                    );
                row[op.index()] = if by_slot { BY_SLOT } else { decode(&op, 0, &env).id };
            }
        }
        t
    });
    let opts = env.smi_fast_paths as usize | (env.inline_caches as usize) << 1 | (env.double_fast_paths as usize) << 2;
    match table[opts][op.index()] {
        BY_SLOT => decode(op, pc, env).id,
        id => id,
    }
}
