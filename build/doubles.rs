//! The double paths of the arithmetic and comparison stencils (issue 13).
//!
//! A stencil's hot part is its Smi fast path, unchanged. When that misses
//! (an operand is not a Smi, or the int32 result overflowed), its cold part
//! first tries the numbers: each operand is a Smi (converted with
//! `cvtsi2sd`) or a heap double (its f64 loaded from the cell), the
//! operation runs in xmm registers, and the result is stored as a Smi when
//! it is an int32 other than -0 (`Value::smi_from_f64`, the rule the
//! interpreter's `Vm::number` applies: the tiers agree on representation),
//! else as a new heap double bumped from the LAB `JitCtx::lab` points to.
//! Anything else -- a string, an object, an exhausted LAB -- falls through
//! to the generic helper, which recomputes the operation from the
//! unchanged operand slots (and may collect). Comparisons branch on
//! `ucomisd`'s flags and allocate nothing; "above" conditions are false
//! for an unordered (NaN) pair, as every relational operator must be.

use super::*;

/// The SSE2 operation of an arithmetic stencil.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum DOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl DOp {
    fn emit(self, a: &mut CodeAssembler) -> R {
        match self {
            DOp::Add => a.addsd(xmm0, xmm1),
            DOp::Sub => a.subsd(xmm0, xmm1),
            DOp::Mul => a.mulsd(xmm0, xmm1),
            DOp::Div => a.divsd(xmm0, xmm1),
        }
    }
}

/// Loads the number in `r` (a Smi or a heap double) into `x`; any other
/// value jumps to `slow`. Clobbers `r`.
pub(super) fn number_to_xmm(
    c: &mut Asm,
    r: AsmRegister64,
    (r32, low): (AsmRegister32, AsmRegister8),
    x: AsmRegisterXmm,
    slow: CodeLabel,
) -> R {
    let mut heap = c.a.create_label();
    let mut done = c.a.create_label();
    c.a.test(low, 1)?;
    c.a.jnz(heap)?;
    c.a.sar(r, 32)?;
    c.a.cvtsi2sd(x, r32)?;
    c.a.jmp(done)?;
    c.a.set_label(&mut heap)?;
    c.a.test(low, 2)?;
    c.a.jnz(slow)?; // an immediate
    c.a.cmp(byte_ptr(r + OBJ_TAG_DISP), DOUBLE_TAG as i32)?;
    c.a.jne(slow)?;
    c.a.movsd_2(x, qword_ptr(r + DOUBLE_VALUE_DISP))?;
    c.a.set_label(&mut done)
}

/// Stores xmm0 into the destination slot as a number value: a Smi when it
/// is an int32 other than -0, else a heap double bumped from the LAB (a
/// full LAB jumps to `slow`). Then continues.
pub(super) fn store_number(c: &mut Asm, slow: CodeLabel) -> R {
    store_number_to(c, slow, SlotDst, Continue, false)
}

/// `store_number` into the slot of hole kind `dst`, then on at `next`.
/// With `own` the slot is a register only ever read as a number
/// (`jit::owned`, the `_own` stencils): a double the slot holds that an
/// owning store made (its header's `owned` byte set) is overwritten in
/// place, and a new one is made owned -- so a loop that keeps a register
/// a double allocates once, not once per iteration.
fn store_number_to(c: &mut Asm, slow: CodeLabel, dst: HoleKind, next: HoleKind, own: bool) -> R {
    store_number_or(c, Some(slow), dst, next, own)
}

/// `store_number_to`, where a full region jumps to `slow` or, with none,
/// to the stencil's cold part (for a hot part that boxes: its operands
/// are still in their slots, so the cold part starts over).
fn store_number_or(c: &mut Asm, slow: Option<CodeLabel>, dst: HoleKind, next: HoleKind, own: bool) -> R {
    let mut boxed = c.a.create_label();
    let mut smi = c.a.create_label();
    // Truncate and convert back: equal (and ordered) means an int32.
    c.a.cvttsd2si(edx, xmm0)?;
    c.a.cvtsi2sd(xmm1, edx)?;
    c.a.ucomisd(xmm0, xmm1)?;
    c.a.jp(boxed)?; // NaN
    c.a.jne(boxed)?; // a fraction, or outside int32
    c.a.test(edx, edx)?;
    c.a.jnz(smi)?;
    c.a.movq(rax, xmm0)?;
    c.a.test(rax, rax)?;
    c.a.js(boxed)?; // -0
    c.a.set_label(&mut smi)?;
    c.a.shl(rdx, 32)?; // writing edx cleared the upper half
    c.store(dst, rdx)?;
    c.jmp(next)?;
    c.a.set_label(&mut boxed)?;
    if own {
        let mut fresh = c.a.create_label();
        c.load(rax, dst)?;
        c.a.test(al, 1)?;
        c.a.jz(fresh)?; // a Smi
        c.a.test(al, 2)?;
        c.a.jnz(fresh)?; // an immediate
        c.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), DOUBLE_TAG as i32)?;
        c.a.jne(fresh)?;
        c.a.cmp(byte_ptr(rax + DOUBLE_OWNED_DISP), OWNED_BOX as i32)?;
        c.a.jne(fresh)?; // a double someone else may hold too
        c.a.movsd_2(qword_ptr(rax + DOUBLE_VALUE_DISP), xmm0)?;
        c.jmp(next)?;
        c.a.set_label(&mut fresh)?;
    }
    c.a.mov(rsi, qword_ptr(r12 + CTX_LAB))?;
    c.a.mov(rax, qword_ptr(rsi + LAB_TOP))?;
    c.a.lea(rdx, qword_ptr(rax + DOUBLE_CELL))?;
    c.a.cmp(rdx, qword_ptr(rsi + LAB_LIMIT))?;
    match slow {
        Some(slow) => c.a.ja(slow)?,
        None => c.branch(Cold, |a, t| a.ja(t))?,
    }
    c.a.mov(qword_ptr(rsi + LAB_TOP), rdx)?;
    c.a.mov(dword_ptr(rax), DOUBLE_HEADER_LO)?;
    c.a.mov(dword_ptr(rax + 4), if own { DOUBLE_HEADER_HI | OWNED_HI_BIT } else { DOUBLE_HEADER_HI })?;
    c.a.movsd_2(qword_ptr(rax + CELL_HEADER), xmm0)?;
    c.a.or(al, PTR_TAG as i32)?;
    c.store(dst, rax)?;
    c.jmp(next)
}

/// The cold part of `dst = a OP b`: the double path (`own`: storing into
/// an owning register), then the helper.
fn arith_cold(c: &mut Asm, op: DOp, own: bool) -> R {
    let mut slow = c.a.create_label();
    c.load(rax, SlotA)?;
    c.load(rcx, SlotB)?;
    number_to_xmm(c, rax, (eax, al), xmm0, slow)?;
    number_to_xmm(c, rcx, (ecx, cl), xmm1, slow)?;
    op.emit(&mut c.a)?;
    store_number_to(c, slow, SlotDst, Continue, own)?;
    c.a.set_label(&mut slow)?;
    if matches!(op, DOp::Add) {
        string_concat(c)?;
    }
    c.slow_op()
}

/// `a + b` of two strings, after the double path: a direct call of
/// `inline_builtins::string_concat` (a tokenizer's `s += c`, four million
/// times in json.js), which went through `helper_exec_op`, the generic
/// decode and `ops::add`'s number tests before reaching the join. NEVER
/// back (a collection due, a join that throws) or any other operand
/// falls through to the generic helper below, with the operand slots
/// unchanged.
fn string_concat(c: &mut Asm) -> R {
    let mut generic = c.a.create_label();
    c.load(rsi, SlotA)?;
    c.load(rdx, SlotB)?;
    for r in [rsi, rdx] {
        c.a.lea(eax, ptr(r - 1))?;
        c.a.test(al, 3)?;
        c.a.jne(generic)?;
        c.a.cmp(byte_ptr(r + OBJ_TAG_DISP), STRING_TAG as i32)?;
        c.a.jne(generic)?;
    }
    c.a.mov(rdi, r12)?;
    c.imm64(rax, HelperStringConcat)?;
    c.a.call(rax)?;
    c.cmp8(rax, V_NEVER)?;
    c.a.je(generic)?;
    c.store(SlotDst, rax)?;
    c.jmp(Continue)?;
    c.a.set_label(&mut generic)
}

/// `dst = a OP b`: stencil `name` (Smi fast path `body`, then the double
/// path) and `smi_name` (the Smi fast path alone: `--no-double-fast-paths`).
/// Also `NAME_own`, the double path storing into an owning register.
pub(super) fn arith(
    out: &mut Vec<Def>,
    names: (&'static str, &'static str),
    docs: (&'static str, &'static str),
    op: DOp,
    body: impl Fn(&mut Asm) -> R,
) {
    let hot = |h: &mut Asm, _own: bool| {
        body(h)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)
    };
    arith_with(out, names, docs, op, hot, &body);
}

/// `dst = a / b` (stencil `name`, and `NAME_own`): two Smis are divided
/// as doubles in the hot part, which stores an integral quotient as a Smi
/// and boxes any other -- so `1 / n` costs one `divsd`, not an `idiv`
/// whose remainder then sends it to the cold part to divide again. The
/// quotient of two int32s is an integer exactly when the double one is:
/// it is within half an ulp of the true one, far closer than the 1/|b|
/// that separates a fraction from the nearest integer. `smi_name` keeps
/// the exact `idiv` path (`--no-double-fast-paths`: no boxing there).
pub(super) fn div(
    out: &mut Vec<Def>,
    names: (&'static str, &'static str),
    docs: (&'static str, &'static str),
    smi_body: impl Fn(&mut Asm) -> R,
) {
    let hot = |h: &mut Asm, own: bool| {
        h.a.sar(rax, 32)?;
        h.a.sar(rcx, 32)?;
        h.a.cvtsi2sd(xmm0, eax)?;
        h.a.cvtsi2sd(xmm1, ecx)?;
        DOp::Div.emit(&mut h.a)?;
        store_number_or(h, None, SlotDst, Continue, own)
    };
    arith_with(out, names, docs, DOp::Div, hot, &smi_body);
}

/// What `arith` and `div` share: for `name` and `NAME_own`, both operands
/// loaded and tested for Smis, then `hot` (told whether the register
/// owns its doubles), and `arith_cold`; `smi_name` from `smi_body`.
fn arith_with(
    out: &mut Vec<Def>,
    names: (&'static str, &'static str),
    docs: (&'static str, &'static str),
    op: DOp,
    hot: impl Fn(&mut Asm, bool) -> R,
    smi_body: &impl Fn(&mut Asm) -> R,
) {
    for own in [false, true] {
        let (name, doc) = if own { (own_name(names.0), own_doc(docs.0)) } else { (names.0, docs.0) };
        def(out, name, doc, |h, c| {
            h.load(rax, SlotA)?;
            h.load(rcx, SlotB)?;
            h.both_smi()?;
            hot(h, own)?;
            arith_cold(c, op, own)
        });
    }
    binop(out, names.1, docs.1, smi_body);
}

/// `dst = a OP k` where the instruction before loaded a Smi k into b
/// (`jit::decode::Env::k_operand`): `arith`'s Smi fast path with k an
/// immediate (`Const`), so b's slot is not read -- and, when the
/// `LoadConst` is folded away (`Env::folded_const`), not written either:
/// the cold part first stores k there (`store_k`), then runs `arith`'s
/// cold part, which reads both slots. Also `NAME_own`.
pub(super) fn arith_k(
    out: &mut Vec<Def>,
    name: &'static str,
    doc: &'static str,
    op: DOp,
    body: impl Fn(&mut Asm) -> R,
) {
    for own in [false, true] {
        let (name, doc) = if own { (own_name(name), own_doc(doc)) } else { (name, doc) };
        def(out, name, doc, |h, c| {
            h.load(rax, SlotA)?;
            h.a.test(al, 1)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.imm64(rcx, Const)?;
            if op == DOp::Mul {
                // The -0 test reads the operands' signs from rdx, as
                // after `both_smi`.
                h.a.mov(rdx, rax)?;
                h.a.or(rdx, rcx)?;
            }
            body(h)?;
            h.store(SlotDst, rax)?;
            h.jmp(Continue)?;
            store_k(c)?;
            arith_cold(c, op, own)
        });
    }
}

/// The first thing a `_k` stencil's cold part does: the constant into b's
/// slot, where a folded `LoadConst` did not put it, so that the double
/// path and the helper find the operands where they always are.
pub(super) fn store_k(c: &mut Asm) -> R {
    c.imm64(rcx, Const)?;
    c.store(SlotB, rcx)
}

/// The name of the owning-register twin of stencil `name`.
fn own_name(name: &str) -> &'static str {
    Box::leak(format!("{}_own", name).into_boxed_str())
}

fn own_doc(doc: &str) -> &'static str {
    Box::leak(format!("{}; a double result overwrites the register's own box", doc).into_boxed_str())
}

/// `dst = a + imm` (the compiler's `x++`, `x - 1`): as `add`, with the
/// immediate's Smi bits in a hole.
/// With `own`, the double path stores into an owning register.
pub(super) fn add_imm(out: &mut Vec<Def>, name: &'static str, doc: &'static str, doubles: bool, own: bool) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.a.test(al, 1)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.imm64(rcx, SmiImm)?;
        h.a.add(rax, rcx)?;
        h.branch(Cold, |a, t| a.jo(t))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        if !doubles {
            return c.slow_op();
        }
        let mut slow = c.a.create_label();
        c.load(rax, SlotA)?;
        number_to_xmm(c, rax, (eax, al), xmm0, slow)?;
        c.imm64(rcx, SmiImm)?;
        c.a.sar(rcx, 32)?;
        c.a.cvtsi2sd(xmm1, ecx)?;
        c.a.addsd(xmm0, xmm1)?;
        store_number_to(c, slow, SlotDst, Continue, own)?;
        c.a.set_label(&mut slow)?;
        c.slow_op()
    });
}

/// How a relational operator reads `ucomisd`'s flags: which operand is
/// compared with which (`a < b` is `b > a`), and whether equality counts.
#[derive(Clone, Copy)]
pub(super) enum Rel {
    Lt,
    Le,
    Gt,
    Ge,
}

impl Rel {
    /// `ucomisd` so that the relation holds exactly when the flags say
    /// "above" (`Lt`, `Gt`) or "above or equal" (`Le`, `Ge`); unordered
    /// sets CF, so a NaN makes both false.
    fn ucomisd(self, a: &mut CodeAssembler) -> R {
        match self {
            Rel::Lt | Rel::Le => a.ucomisd(xmm1, xmm0),
            Rel::Gt | Rel::Ge => a.ucomisd(xmm0, xmm1),
        }
    }
    fn or_equal(self) -> bool {
        matches!(self, Rel::Le | Rel::Ge)
    }
}

/// The operands of a comparison in xmm0 (a) and xmm1 (b), or `slow`.
fn compare_operands(c: &mut Asm, slow: CodeLabel) -> R {
    c.load(rax, SlotA)?;
    c.load(rcx, SlotB)?;
    number_to_xmm(c, rax, (eax, al), xmm0, slow)?;
    number_to_xmm(c, rcx, (ecx, cl), xmm1, slow)
}

/// `dst = a REL b` as TRUE/FALSE, Smis inline, numbers in the cold part.
pub(super) fn compare(
    out: &mut Vec<Def>,
    names: (&'static str, &'static str),
    docs: (&'static str, &'static str),
    rel: Rel,
    setcc: impl Fn(&mut CodeAssembler) -> R,
) {
    def(out, names.0, docs.0, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.both_smi()?;
        h.a.cmp(rax, rcx)?;
        setcc(&mut h.a)?;
        h.a.movzx(ecx, cl)?;
        h.a.lea(rax, qword_ptr(rcx * 4 + V_FALSE as i32))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        let mut slow = c.a.create_label();
        compare_operands(c, slow)?;
        rel.ucomisd(&mut c.a)?;
        if rel.or_equal() {
            c.a.setae(cl)?;
        } else {
            c.a.seta(cl)?;
        }
        c.a.movzx(ecx, cl)?;
        c.a.lea(rax, qword_ptr(rcx * 4 + V_FALSE as i32))?;
        c.store(SlotDst, rax)?;
        c.jmp(Continue)?;
        c.a.set_label(&mut slow)?;
        c.slow_op()
    });
    super::compare(out, names.1, docs.1, setcc);
}

/// Fused `a REL b` and branch (to `Target` when false), Smis inline,
/// numbers in the cold part.
pub(super) fn cmp_jump(
    out: &mut Vec<Def>,
    names: (&'static str, &'static str),
    docs: (&'static str, &'static str),
    rel: Rel,
    jcc_not: impl Fn(&mut CodeAssembler, u64) -> R,
) {
    def(out, names.0, docs.0, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.both_smi()?;
        h.a.cmp(rax, rcx)?;
        h.branch(Target, &jcc_not)?;
        h.jmp(Continue)?;
        cmp_jump_cold(c, rel)
    });
    super::cmp_jump(out, names.1, docs.1, jcc_not);
}

/// `cmp_jump` when the instruction before loaded a Smi into b (`i < 10`,
/// `jit::decode::Env::k_operand`): compared with as an immediate, as
/// `arith_k` does.
pub(super) fn cmp_jump_k(
    out: &mut Vec<Def>,
    name: &'static str,
    doc: &'static str,
    rel: Rel,
    jcc_not: impl Fn(&mut CodeAssembler, u64) -> R,
) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.a.test(al, 1)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.imm64(rcx, Const)?;
        h.a.cmp(rax, rcx)?;
        h.branch(Target, &jcc_not)?;
        h.jmp(Continue)?;
        store_k(c)?;
        cmp_jump_cold(c, rel)
    });
}

/// The cold part of `cmp_jump`: numbers by `ucomisd`, else the helper.
fn cmp_jump_cold(c: &mut Asm, rel: Rel) -> R {
    let mut slow = c.a.create_label();
    compare_operands(c, slow)?;
    rel.ucomisd(&mut c.a)?;
    // Not above (or not above-or-equal), unordered included: false.
    if rel.or_equal() {
        c.branch(Target, |a, t| a.jb(t))?;
    } else {
        c.branch(Target, |a, t| a.jbe(t))?;
    }
    c.jmp(Continue)?;
    c.a.set_label(&mut slow)?;
    c.slow_cond()
}

/// `dst = -src`: the Smi fast path (0, whose negation is -0, and INT_MIN
/// go cold), then the double path: the sign bit flipped (`btc`), which is
/// negation for every double, NaN and ±0 included (`0 - x` is not: it
/// gives +0 for x = 0).
pub(super) fn neg(out: &mut Vec<Def>, names: (&'static str, &'static str), docs: (&'static str, &'static str)) {
    let body = |h: &mut Asm| -> R {
        h.a.neg(rax)?;
        h.branch(Cold, |a, t| a.jo(t))?;
        h.branch(Cold, |a, t| a.je(t))
    };
    def(out, names.0, docs.0, |h, c| {
        h.load(rax, SlotA)?;
        h.a.test(al, 1)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        body(h)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        let mut slow = c.a.create_label();
        c.load(rax, SlotA)?;
        number_to_xmm(c, rax, (eax, al), xmm0, slow)?;
        c.a.movq(rax, xmm0)?;
        c.a.btc(rax, 63)?;
        c.a.movq(xmm0, rax)?;
        store_number(c, slow)?;
        c.a.set_label(&mut slow)?;
        c.slow_op()
    });
    super::unop(out, names.1, docs.1, body);
}

/// The `Math` function a `call_sqrt`/`call_abs` stencil computes inline.
#[derive(Clone, Copy)]
pub(super) enum MathFn {
    Sqrt,
    Abs,
}

impl MathFn {
    /// xmm0 = f(xmm0). Clobbers rax.
    fn emit(self, c: &mut Asm) -> R {
        match self {
            MathFn::Sqrt => c.a.sqrtsd(xmm0, xmm0),
            MathFn::Abs => {
                c.a.movq(rax, xmm0)?;
                c.a.btr(rax, 63)?;
                c.a.movq(xmm0, rax)
            }
        }
    }
}

/// `dst = Math.f(arg)` at a call site the compiler found calling `Math.f`
/// with one argument (`jit::decode::Env::math_call`): the callee is
/// compared with the built-in's function object (`guard`, a pinned
/// object, so its address is fixed); when it is that object and the
/// argument a number, f is computed in SSE2 and the result stored as
/// `Value::smi_from_f64` says (boxed by a bump, like the arithmetic).
/// Anything else -- another callee, a string argument, a full LAB -- is
/// the generic call (`helper_call`), so the site stays correct if the
/// program reassigns `Math.sqrt`.
pub(super) fn call_math(out: &mut Vec<Def>, name: &'static str, doc: &'static str, guard: HoleKind, f: MathFn) {
    def(out, name, doc, |h, c| {
        h.jmp(Cold)?;
        let mut generic = c.a.create_label();
        c.load(rax, SlotA)?;
        c.imm64(rcx, guard)?;
        c.a.cmp(rax, rcx)?;
        c.a.jne(generic)?;
        // The first argument: `ArgBase` is the callee's frame, whose
        // first slot it is.
        c.load(rax, ArgBase)?;
        number_to_xmm(c, rax, (eax, al), xmm0, generic)?;
        f.emit(c)?;
        store_number(c, generic)?;
        c.a.set_label(&mut generic)?;
        c.call_helper(HelperCall)?;
        c.exc_check()?;
        c.jmp(Continue)
    });
}

/// How a rounding stencil (`call_floor`, `call_ceil`, `call_round`,
/// `call_trunc`) turns the truncation into its result.
#[derive(Clone, Copy)]
pub(super) enum Rounding {
    Floor,
    Ceil,
    /// JavaScript's: halves toward +Infinity (`Math.round(-2.5)` is -2).
    Round,
    Trunc,
}

/// `dst = Math.floor(arg)` (ceil, round, trunc) inline, as `call_math`,
/// for results that are Smis (the common use: an index, a digit; SSE2 has
/// no `roundsd`): `cvttsd2si` truncates toward zero, and the fraction
/// `x - trunc(x)` (exact: it is x's low bits) says which way to adjust.
/// Computing round from the fraction, not as `floor(x + 0.5)`, keeps
/// 0.49999999999999994 at 0 (the addition rounds up to 1). NaN, a result
/// outside int32 (`cvttsd2si` gives INT_MIN, so INT_MIN itself goes too),
/// a zero from a negative x (the result is -0, a double) and everything
/// `call_math` sends to the helper make the generic call, which computes
/// the double -- so the representation is always the interpreter's.
pub(super) fn call_round(out: &mut Vec<Def>, name: &'static str, doc: &'static str, guard: HoleKind, r: Rounding) {
    def(out, name, doc, |h, c| {
        let mut slow = h.a.create_label();
        let mut smi = h.a.create_label();
        let mut adjusted = h.a.create_label();
        h.load(rax, SlotA)?;
        h.imm64(rcx, guard)?;
        h.a.cmp(rax, rcx)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.load(rax, ArgBase)?;
        // An int32 is its own rounding: no round trip through SSE2
        // (`Math.floor(b * h / 2)` with an even product, `Math.round(i)`).
        let mut not_smi = h.a.create_label();
        h.a.test(al, 1)?;
        h.a.jnz(not_smi)?;
        h.a.mov(rdx, rax)?;
        h.a.shr(rdx, 32)?;
        h.a.jmp(smi)?;
        h.a.set_label(&mut not_smi)?;
        number_to_xmm(h, rax, (eax, al), xmm0, slow)?;
        h.a.cvttsd2si(edx, xmm0)?;
        h.a.cmp(edx, i32::MIN)?;
        h.a.je(slow)?;
        h.a.cvtsi2sd(xmm1, edx)?;
        h.a.movapd(xmm2, xmm0)?;
        h.a.subsd(xmm2, xmm1)?; // the fraction, with x's sign (or a zero)
        match r {
            Rounding::Trunc => {}
            Rounding::Floor => {
                // A negative fraction: one less (edx > INT_MIN, no overflow).
                h.a.xorpd(xmm1, xmm1)?;
                h.a.ucomisd(xmm2, xmm1)?;
                h.a.jae(adjusted)?;
                h.a.sub(edx, 1)?;
            }
            Rounding::Ceil => {
                h.a.xorpd(xmm1, xmm1)?;
                h.a.ucomisd(xmm2, xmm1)?;
                h.a.jbe(adjusted)?;
                h.a.add(edx, 1)?;
                h.a.jo(slow)?;
            }
            Rounding::Round => {
                let mut down = h.a.create_label();
                h.a.mov(rax, 0.5f64.to_bits())?;
                h.a.movq(xmm1, rax)?;
                h.a.ucomisd(xmm2, xmm1)?;
                h.a.jb(down)?;
                h.a.add(edx, 1)?;
                h.a.jo(slow)?;
                h.a.jmp(adjusted)?;
                // -0.5 exactly rounds up (to the truncation): only a
                // fraction below it goes down.
                h.a.set_label(&mut down)?;
                h.a.mov(rax, (-0.5f64).to_bits())?;
                h.a.movq(xmm1, rax)?;
                h.a.ucomisd(xmm1, xmm2)?;
                h.a.jbe(adjusted)?;
                h.a.sub(edx, 1)?;
            }
        }
        h.a.set_label(&mut adjusted)?;
        // Zero from a negative x (or from -0) is -0 in every rounding.
        h.a.test(edx, edx)?;
        h.a.jnz(smi)?;
        h.a.movq(rax, xmm0)?;
        h.a.test(rax, rax)?;
        h.a.js(slow)?;
        h.a.set_label(&mut smi)?;
        h.a.shl(rdx, 32)?; // writing edx cleared the upper half
        h.store(SlotDst, rdx)?;
        h.jmp(Continue)?;
        h.a.set_label(&mut slow)?;
        h.jmp(Cold)?;
        c.call_helper(HelperCall)?;
        c.exc_check()?;
        c.jmp(Continue)
    });
}

/// `dst = Math.min(a, b)` / `Math.max(a, b)` inline, as `call_math`, for a
/// two-argument site: `minsd`/`maxsd` answer with their second operand
/// for a NaN or two zeros, which JavaScript does not, so those are decided
/// first: a NaN makes NaN; equal operands (only ±0 can be equal with
/// different bits) combine their bits, OR for min (-0 wins) and AND for
/// max (+0 wins).
pub(super) fn call_minmax(out: &mut Vec<Def>, name: &'static str, doc: &'static str, guard: HoleKind, max: bool) {
    def(out, name, doc, |h, c| {
        // Two Smis: their words order as their values.
        h.load(rax, SlotA)?;
        h.imm64(rcx, guard)?;
        h.a.cmp(rax, rcx)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        // The arguments are the callee frame's first two slots.
        h.lea(rsi, ArgBase)?;
        h.a.mov(rax, qword_ptr(rsi))?;
        h.a.mov(rcx, qword_ptr(rsi + 8))?;
        h.both_smi()?;
        h.a.cmp(rax, rcx)?;
        if max {
            h.a.cmovl(rax, rcx)?;
        } else {
            h.a.cmovg(rax, rcx)?;
        }
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        // Cold: another callee, or an argument that is not a Smi.
        let mut generic = c.a.create_label();
        let mut nan = c.a.create_label();
        let mut equal = c.a.create_label();
        let mut done = c.a.create_label();
        c.load(rax, SlotA)?;
        c.imm64(rcx, guard)?;
        c.a.cmp(rax, rcx)?;
        c.a.jne(generic)?;
        c.lea(rsi, ArgBase)?;
        c.a.mov(rax, qword_ptr(rsi))?;
        c.a.mov(rcx, qword_ptr(rsi + 8))?;
        number_to_xmm(c, rax, (eax, al), xmm0, generic)?;
        number_to_xmm(c, rcx, (ecx, cl), xmm1, generic)?;
        c.a.ucomisd(xmm0, xmm1)?;
        c.a.jp(nan)?;
        c.a.je(equal)?;
        if max {
            c.a.maxsd(xmm0, xmm1)?;
        } else {
            c.a.minsd(xmm0, xmm1)?;
        }
        c.a.jmp(done)?;
        c.a.set_label(&mut nan)?;
        c.a.addsd(xmm0, xmm1)?; // a NaN
        c.a.jmp(done)?;
        c.a.set_label(&mut equal)?;
        c.a.movq(rax, xmm0)?;
        c.a.movq(rcx, xmm1)?;
        if max {
            c.a.and(rax, rcx)?;
        } else {
            c.a.or(rax, rcx)?;
        }
        c.a.movq(xmm0, rax)?;
        c.a.set_label(&mut done)?;
        store_number(c, generic)?;
        c.a.set_label(&mut generic)?;
        c.call_helper(HelperCall)?;
        c.exc_check()?;
        c.jmp(Continue)
    });
}

/// The cold part of `dst = a % b`. SSE2 has no remainder, and JavaScript's
/// `%` is C's `fmod` (exact, with the dividend's sign), so only the cases
/// with an exact loop-free answer are computed here. |a| < |b| (b may be
/// ±Infinity: `x % Infinity` is x) gives a itself, -0 included. An
/// integral b in int64 (the common `% 2`, `% 7`) and a finite a in int64:
/// a = t + f with t = trunc(a) and f = a - t (both exact), and the result
/// is `t % b` (`idiv`) + f, whose one rounding is exact because fmod's
/// result is a double; a zero takes a's sign (`-4 % 2` is -0), and a
/// nonzero result has it already, so a's sign bit is ORed in. A
/// fractional b (`x % 2.5`), a NaN, an infinite a and a zero b go to the
/// helper.
fn mod_cold(c: &mut Asm) -> R {
    let mut slow = c.a.create_label();
    let mut zero = c.a.create_label();
    let mut signed = c.a.create_label();
    let mut store = c.a.create_label();
    c.load(rax, SlotA)?;
    c.load(rcx, SlotB)?;
    number_to_xmm(c, rax, (eax, al), xmm0, slow)?;
    number_to_xmm(c, rcx, (ecx, cl), xmm1, slow)?;
    c.a.mov(rax, 0x7fff_ffff_ffff_ffffu64)?;
    c.a.movq(xmm3, rax)?;
    c.a.movapd(xmm2, xmm0)?;
    c.a.andpd(xmm2, xmm3)?; // |a|
    c.a.andpd(xmm3, xmm1)?; // |b|
    c.a.ucomisd(xmm3, xmm2)?;
    c.a.ja(store)?; // ordered and |b| > |a|: a
                    // b integral, nonzero, in int64.
    c.a.cvttsd2si(rcx, xmm1)?;
    c.a.cvtsi2sd(xmm2, rcx)?;
    c.a.ucomisd(xmm2, xmm1)?;
    c.a.jp(slow)?;
    c.a.jne(slow)?;
    c.a.test(rcx, rcx)?;
    c.a.je(slow)?; // b = ±0: NaN
                   // t = trunc(a); INT64_MIN is cvttsd2si's answer for NaN, ±Infinity
                   // and anything outside int64.
    c.a.cvttsd2si(rax, xmm0)?;
    c.a.mov(rdx, i64::MIN as u64)?;
    c.a.cmp(rax, rdx)?;
    c.a.je(slow)?;
    c.a.cvtsi2sd(xmm2, rax)?;
    c.a.movapd(xmm3, xmm0)?;
    c.a.subsd(xmm3, xmm2)?; // f = a - t
                            // t % b (anything % -1 is 0, and idiv faults on INT64_MIN / -1).
    c.a.cmp(rcx, -1)?;
    c.a.je(zero)?;
    c.a.cqo()?;
    c.a.idiv(rcx)?;
    c.a.mov(rax, rdx)?;
    c.a.jmp(signed)?;
    c.a.set_label(&mut zero)?;
    c.a.xor(eax, eax)?;
    c.a.set_label(&mut signed)?;
    c.a.cvtsi2sd(xmm2, rax)?;
    c.a.addsd(xmm2, xmm3)?;
    c.a.movq(rax, xmm0)?;
    c.a.shr(rax, 63)?;
    c.a.shl(rax, 63)?;
    c.a.movq(rcx, xmm2)?;
    c.a.or(rax, rcx)?;
    c.a.movq(xmm0, rax)?;
    c.a.set_label(&mut store)?;
    store_number(c, slow)?;
    c.a.set_label(&mut slow)?;
    c.slow_op()
}

/// `dst = a % b`: stencil `names.0` (the Smi fast path `body`, then
/// `mod_cold`) and `names.1` (the Smi fast path alone).
pub(super) fn modulo(
    out: &mut Vec<Def>,
    names: (&'static str, &'static str),
    docs: (&'static str, &'static str),
    body: impl Fn(&mut Asm) -> R,
) {
    def(out, names.0, docs.0, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.both_smi()?;
        body(h)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        mod_cold(c)
    });
    binop(out, names.1, docs.1, body);
}

/// The cold part of `==`/`===` (`ne`: `!=`/`!==`) as a value: two numbers
/// compare with `ucomisd` (ZF set and PF clear: equal, so NaN is unequal
/// to everything and -0 equal to 0, as both operators say); anything else
/// is the helper's, which tells loose from strict.
pub(super) fn equality_cold(c: &mut Asm, ne: bool) -> R {
    let mut slow = c.a.create_label();
    // Only `==`/`!=` use these stencils (`===` has the identity ones), so
    // identity decides first, as in `loose_equality_jump_cold`.
    let mut numbers = c.a.create_label();
    let result = |v: u64| {
        move |c: &mut Asm| {
            c.a.mov(eax, v as u32)?;
            c.store(SlotDst, rax)?;
            c.jmp(Continue)
        }
    };
    let (t, f) = if ne { (V_FALSE, V_TRUE) } else { (V_TRUE, V_FALSE) };
    loose_identity(c, numbers, result(t), result(f))?;
    c.a.set_label(&mut numbers)?;
    compare_operands(c, slow)?;
    c.a.ucomisd(xmm0, xmm1)?;
    if ne {
        c.a.setp(al)?;
        c.a.setne(cl)?;
        c.a.or(cl, al)?;
    } else {
        c.a.setnp(al)?;
        c.a.sete(cl)?;
        c.a.and(cl, al)?;
    }
    c.a.movzx(ecx, cl)?;
    c.a.lea(rax, qword_ptr(rcx * 4 + V_FALSE as i32))?;
    c.store(SlotDst, rax)?;
    c.jmp(Continue)?;
    c.a.set_label(&mut slow)?;
    strings_equal(c, result(t), result(f))?;
    c.slow_op()
}

/// `dst = a == b` / `a === b` (`ne`: `!=`, `!==`): Smis by their words,
/// numbers in the cold part; and the Smi-only twin.
pub(super) fn equality(
    out: &mut Vec<Def>,
    names: (&'static str, &'static str),
    docs: (&'static str, &'static str),
    ne: bool,
) {
    let setcc = move |a: &mut CodeAssembler| if ne { a.setne(cl) } else { a.sete(cl) };
    def(out, names.0, docs.0, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.both_smi()?;
        h.a.cmp(rax, rcx)?;
        setcc(&mut h.a)?;
        h.a.movzx(ecx, cl)?;
        h.a.lea(rax, qword_ptr(rcx * 4 + V_FALSE as i32))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        equality_cold(c, ne)
    });
    super::compare(out, names.1, docs.1, setcc);
}

/// The cold part of a fused equality jump with the double path:
/// `jump_when_equal` for `!=`/`!==` (whose "not" jumps on equality).
pub(super) fn equality_jump_cold(c: &mut Asm, jump_when_equal: bool) -> R {
    let mut slow = c.a.create_label();
    compare_operands(c, slow)?;
    c.a.ucomisd(xmm0, xmm1)?;
    if jump_when_equal {
        let mut on = c.a.create_label();
        c.a.jp(on)?;
        c.branch(Target, |a, t| a.je(t))?;
        c.a.set_label(&mut on)?;
    } else {
        c.branch(Target, |a, t| a.jp(t))?;
        c.branch(Target, |a, t| a.jne(t))?;
    }
    c.jmp(Continue)?;
    c.a.set_label(&mut slow)?;
    let taken = |c: &mut Asm| c.branch(Target, |a, t| a.jmp(t));
    let not_taken = |c: &mut Asm| c.jmp(Continue);
    if jump_when_equal {
        strings_equal(c, taken, not_taken)?;
    } else {
        strings_equal(c, not_taken, taken)?;
    }
    c.slow_cond()
}

/// Two strings compare by their units, for `==` and `===` alike: the
/// `string_equal` helper (no frame, no context, nothing to throw), not
/// the generic helper's decode and dispatch, which a tokenizer's
/// `c === "0"` paid per character. Anything but two strings goes on
/// after this (to the generic helper).
fn strings_equal(c: &mut Asm, on_equal: impl FnOnce(&mut Asm) -> R, on_unequal: impl FnOnce(&mut Asm) -> R) -> R {
    let mut other = c.a.create_label();
    let mut unequal = c.a.create_label();
    c.load(rax, SlotA)?;
    c.load(rcx, SlotB)?;
    for (r, low) in [(rax, al), (rcx, cl)] {
        c.a.test(low, 1)?;
        c.a.jz(other)?; // a Smi
        c.a.test(low, 2)?;
        c.a.jnz(other)?; // an immediate
        c.a.cmp(byte_ptr(r + OBJ_TAG_DISP), STRING_TAG as i32)?;
        c.a.jne(other)?;
    }
    c.a.mov(rdi, rax)?;
    c.a.mov(rsi, rcx)?;
    c.imm64(rax, HelperStringEqual)?;
    c.a.call(rax)?;
    c.a.test(eax, eax)?;
    c.a.jz(unequal)?;
    on_equal(c)?;
    c.a.set_label(&mut unequal)?;
    on_unequal(c)?;
    c.a.set_label(&mut other)
}

/// `equality_jump_cold` for `==`/`!=` (`a` in rax, `b` in rcx, as the
/// hot part left them): identity first (`loose_identity`).
pub(super) fn loose_equality_jump_cold(c: &mut Asm, jump_when_equal: bool) -> R {
    let mut numbers = c.a.create_label();
    let taken = |c: &mut Asm| c.branch(Target, |a, t| a.jmp(t));
    let not_taken = |c: &mut Asm| c.jmp(Continue);
    if jump_when_equal {
        loose_identity(c, numbers, taken, not_taken)?;
    } else {
        loose_identity(c, numbers, not_taken, taken)?;
    }
    c.a.set_label(&mut numbers)?;
    equality_jump_cold(c, jump_when_equal)
}

/// The cases of `==` that identity decides, for the cold part of a fused
/// `==`/`!=` jump (`a` in rax, `b` in rcx): the same object, Smi or
/// immediate (equal); two different objects, or an object and undefined
/// or null (unequal); undefined or null and anything else (equal only to
/// each other). `shape != exclude` with two objects was a helper call per
/// test. Everything else (numbers, strings, an object against a
/// primitive, which converts it) goes on at `next`.
fn loose_identity(
    c: &mut Asm,
    next: CodeLabel,
    on_equal: impl FnOnce(&mut Asm) -> R,
    on_unequal: impl FnOnce(&mut Asm) -> R,
) -> R {
    let mut equal = c.a.create_label();
    let mut unequal = c.a.create_label();
    let mut differ = c.a.create_label();
    let mut a_nullish = c.a.create_label();
    let mut a_object = c.a.create_label();
    c.a.cmp(rax, rcx)?;
    c.a.jne(differ)?;
    // The same word: equal unless it is a heap double (NaN) or a string.
    c.a.test(al, 1)?;
    c.a.jz(equal)?;
    c.a.test(al, 2)?;
    c.a.jnz(equal)?;
    c.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    c.a.je(equal)?;
    c.a.jmp(next)?;
    c.a.set_label(&mut differ)?;
    c.cmp8(rax, V_UNDEFINED)?;
    c.a.je(a_nullish)?;
    c.cmp8(rax, V_NULL)?;
    c.a.je(a_nullish)?;
    object_to(c, (rax, al), a_object, next)?;
    // `a` is an object that is not `b`: unequal to null, undefined and
    // any other object.
    c.a.set_label(&mut a_object)?;
    c.cmp8(rcx, V_UNDEFINED)?;
    c.a.je(unequal)?;
    c.cmp8(rcx, V_NULL)?;
    c.a.je(unequal)?;
    object_to(c, (rcx, cl), unequal, next)?;
    // `a` is undefined or null, `b` another word.
    c.a.set_label(&mut a_nullish)?;
    c.cmp8(rcx, V_UNDEFINED)?;
    c.a.je(equal)?;
    c.cmp8(rcx, V_NULL)?;
    c.a.je(equal)?;
    c.a.jmp(unequal)?;
    c.a.set_label(&mut equal)?;
    on_equal(c)?;
    c.a.set_label(&mut unequal)?;
    on_unequal(c)
}

/// Jumps to `object` when `r` is an object, else to `other`.
fn object_to(c: &mut Asm, (r, low): (AsmRegister64, AsmRegister8), object: CodeLabel, other: CodeLabel) -> R {
    c.a.test(low, 1)?;
    c.a.jz(other)?;
    c.a.test(low, 2)?;
    c.a.jnz(other)?;
    c.a.cmp(byte_ptr(r + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    c.a.je(object)?;
    c.a.jmp(other)
}

/// The four operations a fused pair is made of, with their names in
/// stencil and condition names (`fuse_mul_sub_r`).
const PAIR_OPS: [(DOp, &str); 4] = [(DOp::Add, "add"), (DOp::Sub, "sub"), (DOp::Mul, "mul"), (DOp::Div, "div")];

/// Fused arithmetic pairs (issue 11): `t = a OP1 b` directly followed by
/// `d = t OP2 c` (`_l`) or `d = c OP2 t` (`_r`), where `t` is dead after
/// the pair (`jit::decode::Env::fused_pair` proves it). Stencil
/// `fuse_OP1_OP2_{l,r}` serves the first instruction: its hot part is
/// OP1's Smi fast path, which stores `t` and continues into the second
/// instruction's own stencil; its cold part computes the whole pair in
/// xmm registers, boxes only `d` (SlotPair) and jumps past the second
/// instruction (Target). So `bi.vx - dx * mi` allocates one heap double,
/// not two, and does not store and reload the intermediate. Anything that
/// is not two numbers and a number (a string `c` for `+`, an object)
/// runs the first instruction generically and continues into the second's
/// stencil, which then sees `t` in its slot as usual.
///
/// Each has a `_own` twin for a `d` that is an owning register.
pub(super) fn fused_pairs(out: &mut Vec<Def>, smi_body: impl Fn(DOp, &mut Asm) -> R) {
    for (first, n1) in PAIR_OPS {
        for (second, n2) in PAIR_OPS {
            for (left, own) in [(true, false), (false, false), (true, true), (false, true)] {
                let name: &'static str = Box::leak(
                    format!("fuse_{}_{}_{}{}", n1, n2, if left { "l" } else { "r" }, if own { "_own" } else { "" })
                        .into_boxed_str(),
                );
                let doc: &'static str = Box::leak(
                    format!(
                        "t = a {} b (Smis inline), then d = {} in doubles (SSE2), one box; else t generically",
                        sym(first),
                        if left { format!("t {} c", sym(second)) } else { format!("c {} t", sym(second)) }
                    )
                    .into_boxed_str(),
                );
                let doc = if own { own_doc(doc) } else { doc };
                def(out, name, doc, |h, c| {
                    h.load(rax, SlotA)?;
                    h.load(rcx, SlotB)?;
                    h.both_smi()?;
                    smi_body(first, h)?;
                    h.store(SlotDst, rax)?;
                    h.jmp(Continue)?;
                    let mut slow = c.a.create_label();
                    c.load(rax, SlotA)?;
                    c.load(rcx, SlotB)?;
                    number_to_xmm(c, rax, (eax, al), xmm0, slow)?;
                    number_to_xmm(c, rcx, (ecx, cl), xmm1, slow)?;
                    first.emit(&mut c.a)?;
                    // t in xmm0; c into xmm1, and for `c OP t` swapped.
                    c.load(rax, SlotC)?;
                    number_to_xmm(c, rax, (eax, al), xmm1, slow)?;
                    if !left {
                        c.a.movapd(xmm2, xmm0)?;
                        c.a.movapd(xmm0, xmm1)?;
                        c.a.movapd(xmm1, xmm2)?;
                    }
                    second.emit(&mut c.a)?;
                    store_number_to(c, slow, SlotPair, Target, own)?;
                    c.a.set_label(&mut slow)?;
                    c.slow_op()
                });
            }
        }
    }
}

fn sym(op: DOp) -> &'static str {
    match op {
        DOp::Add => "+",
        DOp::Sub => "-",
        DOp::Mul => "*",
        DOp::Div => "/",
    }
}
