//! Stencil generator, run by `build.rs`: assembles the machine code of every
//! stencil with iced-x86's `CodeAssembler` and writes `$OUT_DIR/stencils.rs`,
//! which `src/jit/stencils.rs` includes: per stencil its bytes and holes,
//! and an emitter that the compiler runs to copy and patch it.
//!
//! Every stencil has a *hot* part (laid out in bytecode order; the fast path
//! falls straight through it) and an optional *cold* part (the slow path,
//! laid out after the function body). Hot code reaches its cold part through
//! a `Cold` hole; cold code comes back through `Continue`/`Target` holes.
//!
//! A hole is recorded when its instruction is emitted (instruction index +
//! which field), and located after assembly from the block encoder's new
//! instruction offsets plus that instruction's `ConstantOffsets`. Placeholder
//! values only force the encoding width (disp32, imm32, imm64, rel32); the
//! generator then asserts that the placeholder really sits at each located
//! hole, so a miscount fails the build instead of producing bad code.
//!
//! Which instructions a stencil serves is not written here: each row of the
//! instruction table (`src/instructions.rs`, shared in via `#[path]` like
//! `src/jit/abi.rs`) names its stencils, and the generator collects them.
//!
//! Register use inside a stencil: r12 = `*mut JitCtx`, r13 = frame base
//! (pinned); rax, rcx, rdx, rsi, rdi are scratch. rsp ≡ 0 (mod 16) in the
//! body, so helper calls are aligned.

use std::fmt::Write as _;
use std::path::Path;

use iced_x86::code_asm::*;
use iced_x86::{BlockEncoderOptions, Code, Instruction, Register};

#[path = "../src/jit/abi.rs"]
mod abi;
use abi::HoleKind::{self, *};
use abi::*;

#[path = "../src/instructions.rs"]
mod instructions;

#[path = "doubles.rs"]
mod doubles;

/// Every instruction's name and the stencils that may serve it (their ids'
/// names: the stencil's name upper-cased), from the instruction table.
macro_rules! served_by {
    ($(
        $(#[$doc:meta])*
        $name:ident { $($field:ident : $kind:ident),* $(,)? }
            => $fast:ident $(or $slow:ident if $cond:ident)* $(, listed $fmt:literal)?;
    )*) => {
        &[$((stringify!($name), &[stringify!($fast) $(, stringify!($slow))*])),*]
    };
}
const SERVED_BY: &[(&str, &[&str])] = instructions::for_each_op!(served_by);

/// The instructions stencil `name` serves, in table order.
fn ops_served(name: &str) -> Vec<&'static str> {
    let id = name.to_uppercase();
    SERVED_BY.iter().filter(|(_, ids)| ids.contains(&id.as_str())).map(|&(op, _)| op).collect()
}

/// Forces a 32-bit displacement.
const DISP_PH: i32 = 0x7fff_0000;
/// Forces a 32-bit immediate.
const IMM32_PH: u32 = 0x7fff_0001;
/// Forces `mov r64, imm64`.
const IMM64_PH: u64 = 0x7fff_ffff_ffff_0002;
/// Absolute placeholder target of jumps to holes: forces `rel32`.
const BRANCH_PH: u64 = 0x4000_0000;

type R = Result<(), IcedError>;

/// The receiver reloaded from operand A into rax (the hot part may have
/// left another object there: a `get_named_proto` holder,
/// String.prototype) and its shape into rdx; anything but an object goes
/// to `not_object`.
fn receiver_shape(c: &mut Asm, not_object: CodeLabel) -> R {
    c.load(rax, SlotA)?;
    c.a.lea(ecx, ptr(rax - 1))?;
    c.a.test(cl, 3)?;
    c.a.jne(not_object)?;
    c.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    c.a.jne(not_object)?;
    c.a.mov(rdx, qword_ptr(rax + OBJ_SHAPE_DISP))?;
    Ok(())
}

/// The start of `get_named`'s cold part: the receiver's shape looked up in
/// the site's inline-cache entries (their address is the `IcEntries`
/// hole), as the helper's cache would, and an own or prototype case served
/// there (the prototypes in between checked against `mids` through
/// `mid_objs`). A polymorphic site, or one whose property is on a
/// prototype, then never leaves compiled code; V8's baseline tier calls a
/// shared IC stub that reads the feedback vector the same way. It follows
/// the cache as the helper updates it, so it is never patched. Getters,
/// an unseen shape and a megamorphic cache (whose entries are cleared)
/// fall through to the helper call after it.
fn scan_cache(c: &mut Asm, getter: CodeLabel, miss: CodeLabel) -> R {
    let mut scan = c.a.create_label();
    let mut found = c.a.create_label();
    let mut own = c.a.create_label();
    let mut proto = c.a.create_label();
    let mut holder = c.a.create_label();
    let mut loaded = c.a.create_label();
    receiver_shape(c, miss)?;
    c.imm64(rcx, IcEntries)?;
    c.a.lea(rsi, ptr(rcx + IC_WAYS_ABI * IC_ENTRY_SIZE))?;
    c.a.set_label(&mut scan)?;
    c.a.cmp(qword_ptr(rcx + IC_SHAPE), rdx)?;
    c.a.je(found)?;
    c.a.add(rcx, IC_ENTRY_SIZE)?;
    c.a.cmp(rcx, rsi)?;
    c.a.jne(scan)?;
    c.a.jmp(miss)?;
    // r8 keeps the case's kind: a data case stores the slot's value, a
    // getter case (the slot holds the accessor pair) calls the getter.
    c.a.set_label(&mut found)?;
    c.a.movzx(r8d, byte_ptr(rcx + IC_KIND))?;
    c.a.cmp(r8d, IC_KIND_OWN as i32)?;
    c.a.je(own)?;
    c.a.cmp(r8d, IC_KIND_OWN_GETTER as i32)?;
    c.a.je(own)?;
    c.a.cmp(r8d, IC_KIND_PROTO as i32)?;
    c.a.je(proto)?;
    c.a.cmp(r8d, IC_KIND_PROTO_GETTER as i32)?;
    c.a.jne(miss)?;
    c.a.set_label(&mut proto)?;
    for i in 0..2 {
        c.a.mov(rdx, qword_ptr(rcx + (IC_MIDS + 8 * i)))?;
        c.a.test(rdx, rdx)?;
        c.a.je(holder)?;
        c.a.mov(rax, qword_ptr(rcx + (IC_MID_OBJS + 8 * i)))?;
        c.a.cmp(qword_ptr(rax + OBJ_SHAPE_DISP), rdx)?;
        c.a.jne(miss)?;
    }
    c.a.set_label(&mut holder)?;
    c.a.mov(rax, qword_ptr(rcx + IC_HOLDER))?;
    c.a.mov(rdx, qword_ptr(rcx + IC_HOLDER_SHAPE))?;
    c.a.cmp(qword_ptr(rax + OBJ_SHAPE_DISP), rdx)?;
    c.a.jne(miss)?;
    c.a.set_label(&mut own)?;
    c.a.mov(edx, dword_ptr(rcx + IC_SLOT))?;
    c.a.mov(rax, qword_ptr(rax + OBJ_SLOTS_DISP))?;
    c.a.mov(rax, qword_ptr(rax + rdx * 8))?;
    c.a.set_label(&mut loaded)?;
    // Own and Proto are 0 and 1; the getter kinds are above Add (2).
    c.a.cmp(r8d, 2)?;
    c.a.jae(getter)?;
    c.store(SlotDst, rax)?;
    c.jmp(Continue)
}

/// The cold part of the property-reading stencils (`get_named`,
/// `get_named_proto`): the site's patched polymorphic cases first
/// (`poly_cases`), then the scan of the shared cache (`scan_cache`: what no
/// case serves yet), then the helper, which runs the cache and patches
/// the cases. One getter call serves both: the pair in rax.
fn get_named_cold(c: &mut Asm) -> R {
    let mut getter = c.a.create_label();
    let mut scan = c.a.create_label();
    let mut miss = c.a.create_label();
    poly_cases(c, getter, scan)?;
    c.a.set_label(&mut scan)?;
    scan_cache(c, getter, miss)?;
    c.a.set_label(&mut getter)?;
    call_getter(c, &mut miss)?;
    c.a.set_label(&mut miss)?;
    c.call_helper(HelperGetNamed)?;
    c.exc_check()?;
    c.jmp(Continue)
}

/// A polymorphic site's chain of up to four patched cases (`PolyCases`:
/// `code::PropSiteCode::cases`, which the helper fills one at a time as
/// the site meets shapes: `runtime::update_prop_site`). Every case has one
/// form: the receiver's shape, then, for a prototype's property, the
/// holder's shape and those of up to two prototypes in between (through
/// the addresses of their shape words, as many as the flags say),
/// then the slot (8 × slot, no kind dispatch), then a getter call when the
/// slot holds an accessor pair. Unrolled, and with no loads of the kind
/// bytes, no `IcKind` dispatch and no second lookup of the mids' objects,
/// it is the shared cache's scan made short; a shape no case holds goes on
/// to that scan.
fn poly_cases(c: &mut Asm, getter: CodeLabel, scan: CodeLabel) -> R {
    let mut found = c.a.create_label();
    let mut own = c.a.create_label();
    receiver_shape(c, scan)?;
    c.imm64(rcx, PolyCases)?;
    for i in 0..POLY_CASES {
        if i > 0 {
            c.a.add(rcx, POLY_CASE_SIZE)?;
        }
        c.a.cmp(rdx, qword_ptr(rcx + POLY_SHAPE))?;
        c.a.je(found)?;
    }
    c.a.jmp(scan)?;
    c.a.set_label(&mut found)?;
    c.a.test(byte_ptr(rcx + POLY_FLAGS), POLY_FLAG_PROTO as i32)?;
    c.a.je(own)?;
    c.a.mov(rax, qword_ptr(rcx + POLY_HOLDER))?;
    c.a.mov(rsi, qword_ptr(rax + OBJ_SHAPE_DISP))?;
    c.a.cmp(rsi, qword_ptr(rcx + POLY_HOLDER_SHAPE))?;
    c.a.jne(scan)?;
    // The prototypes in between, as many as the case has (most have none
    // or one: a method on the class, or on its parent class).
    for (i, flag) in [POLY_FLAG_MID1, POLY_FLAG_MID2].into_iter().enumerate() {
        let i = i as i32;
        c.a.test(byte_ptr(rcx + POLY_FLAGS), flag as i32)?;
        c.a.je(own)?;
        c.a.mov(rsi, qword_ptr(rcx + (POLY_MID_WORDS + 8 * i)))?;
        c.a.mov(rsi, qword_ptr(rsi))?;
        c.a.cmp(rsi, qword_ptr(rcx + (POLY_MID_SHAPES + 8 * i)))?;
        c.a.jne(scan)?;
    }
    c.a.set_label(&mut own)?;
    c.a.mov(edx, dword_ptr(rcx + POLY_SLOT8))?;
    c.a.mov(rsi, qword_ptr(rax + OBJ_SLOTS_DISP))?;
    c.a.mov(rax, qword_ptr(rsi + rdx))?;
    c.a.test(byte_ptr(rcx + POLY_FLAGS), POLY_FLAG_GETTER as i32)?;
    c.a.jne(getter)?;
    c.store(SlotDst, rax)?;
    c.jmp(Continue)
}

/// The start of `set_named`'s cold part, the store's twin of `scan_cache`:
/// the receiver's shape looked up in the site's cache entries; an own case
/// (a writable slot: the only kind the cache records) stores into the
/// slot, an "adds slot n" case into an in-object slot (n < 4: the slots
/// are there, in the object or already moved out) of an extensible object
/// stores the value and then the next shape (the entry's `holder_shape`,
/// `ic::set_named`), as the patched hot part replays a monomorphic add
/// (which this scan leaves to the helper, so that it patches the site).
/// So a constructor that sees several classes' objects (`this.id = id` in
/// a base class) never leaves compiled code. Anything else: the helper.
fn scan_store_cache(c: &mut Asm) -> R {
    let mut scan = c.a.create_label();
    let mut found = c.a.create_label();
    let mut add = c.a.create_label();
    let mut miss = c.a.create_label();
    c.load(rax, SlotA)?;
    c.a.lea(ecx, ptr(rax - 1))?;
    c.a.test(cl, 3)?;
    c.a.jne(miss)?;
    c.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    c.a.jne(miss)?;
    c.a.mov(rdx, qword_ptr(rax + OBJ_SHAPE_DISP))?;
    c.imm64(rcx, IcEntries)?;
    c.a.mov(r10, rcx)?;
    c.a.lea(rsi, ptr(rcx + IC_WAYS_ABI * IC_ENTRY_SIZE))?;
    c.a.set_label(&mut scan)?;
    c.a.cmp(qword_ptr(rcx + IC_SHAPE), rdx)?;
    c.a.je(found)?;
    c.a.add(rcx, IC_ENTRY_SIZE)?;
    c.a.cmp(rcx, rsi)?;
    c.a.jne(scan)?;
    c.a.jmp(miss)?;
    c.a.set_label(&mut found)?;
    c.a.mov(edx, dword_ptr(rcx + IC_SLOT))?;
    c.a.cmp(byte_ptr(rcx + IC_KIND), IC_KIND_OWN as i32)?;
    c.a.jne(add)?;
    barrier(c, rax, r9)?;
    c.a.mov(r8, qword_ptr(rax + OBJ_SLOTS_DISP))?;
    c.load(r9, SlotB)?;
    c.a.mov(qword_ptr(r8 + rdx * 8), r9)?;
    c.jmp(Continue)?;
    c.a.set_label(&mut add)?;
    c.a.cmp(byte_ptr(rcx + IC_KIND), IC_KIND_ADD as i32)?;
    c.a.jne(miss)?;
    // A monomorphic cache (no second entry) goes to the helper, which
    // patches the hot part with the add: faster than this scan.
    c.a.cmp(qword_ptr(r10 + (IC_ENTRY_SIZE + IC_SHAPE)), 0)?;
    c.a.je(miss)?;
    c.a.cmp(edx, INLINE_SLOTS)?;
    c.a.jae(miss)?;
    c.a.test(byte_ptr(rax + OBJ_FLAGS_DISP), (OBJ_FROZEN | OBJ_NOT_EXTENSIBLE) as i32)?;
    c.a.jne(miss)?;
    c.a.mov(rsi, qword_ptr(rcx + IC_HOLDER_SHAPE))?;
    c.a.test(rsi, rsi)?;
    c.a.je(miss)?;
    // The generational barrier: the object may be old (see `barrier`).
    barrier(c, rax, r9)?;
    c.a.mov(r8, qword_ptr(rax + OBJ_SLOTS_DISP))?;
    c.load(r9, SlotB)?;
    c.a.mov(qword_ptr(r8 + rdx * 8), r9)?;
    c.a.mov(qword_ptr(rax + OBJ_SHAPE_DISP), rsi)?;
    c.jmp(Continue)?;
    c.a.set_label(&mut miss)
}

/// A getter case of `get_named`'s cold scan, with the accessor pair in
/// rax: the getter's function code looked up in the site's getter cache
/// (`GetterCache`: (code, entry) pairs the helper fills when the getter is
/// compiled and takes no parameters), and a hit is a direct call, laid out
/// as the call stencil's: the getter and the receiver go into the two
/// slots past our frame (`FrameEnd`; the frame window leaves room below
/// the stack's end), the callee's base follows them, and its link word
/// says where we are. A getter that is not a script function, or not in
/// the cache, goes to the helper.
fn call_getter(c: &mut Asm, miss: &mut CodeLabel) -> R {
    let mut gscan = c.a.create_label();
    let mut hit = c.a.create_label();
    let mut threw = c.a.create_label();
    c.a.mov(rax, qword_ptr(rax + PAIR_GETTER_DISP))?;
    c.a.lea(ecx, ptr(rax - 1))?;
    c.a.test(cl, 3)?;
    c.a.jne(*miss)?;
    c.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    c.a.jne(*miss)?;
    c.a.mov(rdx, qword_ptr(rax + OBJ_CODE_DISP))?;
    c.imm64(rcx, GetterCache)?;
    c.a.lea(rsi, ptr(rcx + CALL_CACHE_WAYS * CALL_CACHE_ENTRY))?;
    c.a.set_label(&mut gscan)?;
    c.a.cmp(qword_ptr(rcx), rdx)?;
    c.a.je(hit)?;
    c.a.add(rcx, CALL_CACHE_ENTRY)?;
    c.a.cmp(rcx, rsi)?;
    c.a.jne(gscan)?;
    c.a.jmp(*miss)?;
    c.a.set_label(&mut hit)?;
    c.load(rdx, SlotA)?;
    c.lea(r13, FrameEnd)?;
    c.a.mov(qword_ptr(r13), rax)?;
    c.a.mov(qword_ptr(r13 + 8), rdx)?;
    c.a.add(r13, 16)?;
    c.a.mov(dword_ptr(r13 + LINK_OFFSET), IMM32_PH)?;
    c.hole(Pc, Field::Imm);
    c.a.mov(dword_ptr(r13 + (LINK_OFFSET + 4)), IMM32_PH)?;
    c.hole(FrameEnd, Field::Imm);
    c.a.add(dword_ptr(r13 + (LINK_OFFSET + 4)), 16)?;
    c.a.call(qword_ptr(rcx + 8))?;
    c.imm32(edx, FrameEnd)?;
    c.a.add(rdx, 16)?;
    c.a.sub(r13, rdx)?;
    c.cmp8(rax, V_EXCEPTION)?;
    c.a.je(threw)?;
    c.store(SlotDst, rax)?;
    c.jmp(Continue)?;
    c.a.set_label(&mut threw)?;
    c.a.mov(dword_ptr(r12 + CTX_FAULT_PC), IMM32_PH)?;
    c.hole(Pc, Field::Imm);
    c.jmp(ExcExit)
}

/// The hot part of `super_ctor`/`super_ctor_of`, with the constructor
/// object in rax: its shape against the function's super cache (the
/// `SuperCache` hole: shape, then parent), a hit's parent into SlotDst.
fn super_cache_probe(h: &mut Asm) -> R {
    h.a.mov(rdx, qword_ptr(rax + OBJ_SHAPE_DISP))?;
    h.imm64(rcx, SuperCache)?;
    h.a.cmp(rdx, qword_ptr(rcx))?;
    h.branch(Cold, |a, t| a.jne(t))?;
    h.a.mov(rax, qword_ptr(rcx + 8))?;
    h.store(SlotDst, rax)?;
    h.jmp(Continue)
}

#[derive(Clone, Copy, PartialEq)]
enum Field {
    Imm,
    Disp,
}

/// One part (hot or cold) of a stencil being assembled.
struct Asm {
    a: CodeAssembler,
    holes: Vec<(usize, HoleKind, Field)>,
}

impl Asm {
    fn new() -> Asm {
        Asm { a: CodeAssembler::new(64).expect("64-bit assembler"), holes: Vec::new() }
    }

    /// Records a hole in the instruction just emitted.
    fn hole(&mut self, kind: HoleKind, field: Field) {
        let idx = self.a.instructions().len() - 1;
        self.holes.push((idx, kind, field));
    }

    // ANCHOR: load
    /// `mov r, [r13 + slot]`
    fn load(&mut self, r: AsmRegister64, kind: HoleKind) -> R {
        self.a.mov(r, qword_ptr(r13 + DISP_PH))?;
        self.hole(kind, Field::Disp);
        Ok(())
    }
    // ANCHOR_END: load

    /// `mov [r13 + slot], r`
    fn store(&mut self, kind: HoleKind, r: AsmRegister64) -> R {
        self.a.mov(qword_ptr(r13 + DISP_PH), r)?;
        self.hole(kind, Field::Disp);
        Ok(())
    }

    /// `lea r, [r13 + disp]`
    fn lea(&mut self, r: AsmRegister64, kind: HoleKind) -> R {
        self.a.lea(r, qword_ptr(r13 + DISP_PH))?;
        self.hole(kind, Field::Disp);
        Ok(())
    }

    /// `mov r, imm64`
    fn imm64(&mut self, r: AsmRegister64, kind: HoleKind) -> R {
        self.a.mov(r, IMM64_PH)?;
        self.hole(kind, Field::Imm);
        Ok(())
    }

    /// `mov r32, imm32`
    fn imm32(&mut self, r: AsmRegister32, kind: HoleKind) -> R {
        self.a.mov(r, IMM32_PH)?;
        self.hole(kind, Field::Imm);
        Ok(())
    }

    /// `cmp r, imm8` (the short form, also for rax).
    fn cmp8(&mut self, r: AsmRegister64, v: u64) -> R {
        let v = i32::try_from(v).expect("small constant");
        self.a.add_instruction(Instruction::with2(Code::Cmp_rm64_imm8, Register::from(r), v)?)
    }

    /// A `rel32` jump (`emit` is e.g. `|a, t| a.jne(t)`) to a hole target.
    fn branch(&mut self, kind: HoleKind, emit: impl FnOnce(&mut CodeAssembler, u64) -> R) -> R {
        self.a.set_prefer_short_branch(false);
        emit(&mut self.a, BRANCH_PH)?;
        self.a.set_prefer_short_branch(true);
        self.hole(kind, Field::Imm);
        Ok(())
    }

    fn jmp(&mut self, kind: HoleKind) -> R {
        self.branch(kind, |a, t| a.jmp(t))
    }

    /// Calls a helper with the fixed contract
    /// `(ctx, frame, proto, pc) -> u64`; the result is in rax.
    fn call_helper(&mut self, helper: HoleKind) -> R {
        self.a.mov(rdi, r12)?;
        self.a.mov(rsi, r13)?;
        self.imm64(rdx, Proto)?;
        self.imm32(ecx, Pc)?;
        self.imm64(rax, helper)?;
        self.a.call(rax)
    }

    /// `cmp rax, EXCEPTION; je ExcExit`
    fn exc_check(&mut self) -> R {
        self.cmp8(rax, V_EXCEPTION)?;
        self.branch(ExcExit, |a, t| a.je(t))
    }

    /// Slow path of a value op: run it generically, then continue.
    fn slow_op(&mut self) -> R {
        self.call_helper(HelperExecOp)?;
        self.exc_check()?;
        self.jmp(Continue)
    }

    /// Slow path of a conditional jump: 1 = taken, 0 = not taken.
    /// The cold part of a jump on a value's truthiness (value in rax, not
    /// a boolean): undefined and null are falsy, a Smi is truthy unless 0,
    /// an object always, a double unless ±0 or NaN; a string (its length)
    /// asks the helper. `truthy`/`falsy` are where each goes.
    fn truthiness(&mut self, truthy: HoleKind, falsy: HoleKind) -> R {
        self.cmp8(rax, V_UNDEFINED)?;
        self.branch(falsy, |a, t| a.je(t))?;
        self.cmp8(rax, V_NULL)?;
        self.branch(falsy, |a, t| a.je(t))?;
        let mut pointer = self.a.create_label();
        let mut slow = self.a.create_label();
        self.a.test(al, 1)?;
        self.a.jne(pointer)?;
        self.a.test(rax, rax)?;
        self.branch(truthy, |a, t| a.jne(t))?;
        self.jmp(falsy)?;
        self.a.set_label(&mut pointer)?;
        self.a.lea(ecx, ptr(rax - 1))?;
        self.a.test(cl, 3)?;
        self.a.jne(slow)?;
        self.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        self.branch(truthy, |a, t| a.je(t))?;
        // A double is falsy when it is ±0 or NaN (`x ? x : 0` on a double
        // parameter was a helper call per test).
        self.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), DOUBLE_TAG as i32)?;
        self.a.jne(slow)?;
        self.a.movsd_2(xmm0, qword_ptr(rax + DOUBLE_VALUE_DISP))?;
        self.a.xorpd(xmm1, xmm1)?;
        self.a.ucomisd(xmm0, xmm1)?;
        self.branch(falsy, |a, t| a.jp(t))?;
        self.branch(falsy, |a, t| a.je(t))?;
        self.jmp(truthy)?;
        self.a.set_label(&mut slow)?;
        self.slow_cond()
    }

    fn slow_cond(&mut self) -> R {
        self.call_helper(HelperExecCond)?;
        self.exc_check()?;
        self.a.test(eax, eax)?;
        self.branch(Target, |a, t| a.jne(t))?;
        self.jmp(Continue)
    }

    /// `jnz Cold` unless both rax and rcx are Smis (leaves a|b in rdx).
    fn both_smi(&mut self) -> R {
        self.a.mov(rdx, rax)?;
        self.a.or(rdx, rcx)?;
        self.a.test(dl, 1)?;
        self.branch(Cold, |a, t| a.jne(t))
    }
}

/// The cold parts' way into double elements: object in rax, its Smi key
/// (SlotB) untagged in rcx and inside the dense elements, whose raw f64s
/// rdx points at; anything else (or a frozen or mapped object when
/// `store`) jumps to `slow`.
fn dense_double(c: &mut Asm, slow: CodeLabel, store: bool) -> R {
    c.load(rax, SlotA)?;
    c.load(rcx, SlotB)?;
    c.a.test(cl, 1)?;
    c.a.jnz(slow)?;
    c.a.lea(edx, ptr(rax - 1))?;
    c.a.test(dl, 3)?;
    c.a.jnz(slow)?;
    c.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    c.a.jne(slow)?;
    if store {
        c.a.test(byte_ptr(rax + OBJ_FLAGS_DISP), (OBJ_FROZEN | OBJ_MAPPED) as i32)?;
        c.a.jnz(slow)?;
    }
    c.a.sar(rcx, 32)?;
    c.a.mov(edx, dword_ptr(rax + OBJ_ELEMENTS_LEN_DISP))?;
    c.a.cmp(rcx, rdx)?;
    c.a.jae(slow)?;
    c.a.movzx(esi, byte_ptr(rax + OBJ_KIND_DISP))?;
    c.a.mov(edi, KIND_DOUBLE_MASK)?;
    c.a.bt(edi, esi)?;
    c.a.jnc(slow)?;
    c.a.mov(rdx, qword_ptr(rax + OBJ_ELEMENTS_DISP))
}

/// The Smi fast path of `*` (rax = a, rcx = b, rdx = a|b; result in rax).
fn mul_smi_body(h: &mut Asm) -> R {
    // a * (b << 32) = (a * b) << 32, and overflows i64 exactly when
    // a * b overflows int32.
    let mut nonzero = h.a.create_label();
    h.a.sar(rax, 32)?;
    h.a.imul_2(rax, rcx)?;
    h.branch(Cold, |a, t| a.jo(t))?;
    h.a.test(rax, rax)?;
    h.a.jne(nonzero)?;
    // Zero with a negative operand is -0: a double.
    h.a.test(rdx, rdx)?;
    h.branch(Cold, |a, t| a.js(t))?;
    h.a.set_label(&mut nonzero)?;
    Ok(())
}

/// The Smi fast path of `/`: exact int32 division only.
fn div_smi_body(h: &mut Asm) -> R {
    h.a.sar(rax, 32)?;
    h.a.sar(rcx, 32)?;
    h.a.test(ecx, ecx)?;
    h.branch(Cold, |a, t| a.je(t))?; // b == 0
    h.a.cmp(ecx, -1)?;
    h.branch(Cold, |a, t| a.je(t))?; // INT_MIN / -1, and -0
    h.a.test(eax, eax)?;
    h.branch(Cold, |a, t| a.je(t))?; // 0 / negative is -0
    h.a.cdq()?;
    h.a.idiv(ecx)?;
    h.a.test(edx, edx)?;
    h.branch(Cold, |a, t| a.jne(t))?; // remainder: a double
    h.a.shl(rax, 32)
}

/// The Smi fast path of each arithmetic operation (as `add`, `sub`,
/// `mul`, `div` have it), for the fused pairs' hot parts.
fn smi_body(op: doubles::DOp, h: &mut Asm) -> R {
    match op {
        doubles::DOp::Add => {
            h.a.add(rax, rcx)?;
            h.branch(Cold, |a, t| a.jo(t))
        }
        doubles::DOp::Sub => {
            h.a.sub(rax, rcx)?;
            h.branch(Cold, |a, t| a.jo(t))
        }
        doubles::DOp::Mul => mul_smi_body(h),
        doubles::DOp::Div => div_smi_body(h),
    }
}

/// One assembled part.
struct Part {
    bytes: Vec<u8>,
    /// (kind, offset, width)
    holes: Vec<(HoleKind, u32, u8)>,
    /// Offset of a trailing `jmp Continue`, if the part ends with one.
    continue_at: Option<u32>,
}

/// The write barrier (`heap::write_barrier`) for a store into the object
/// or context whose value is in `obj` (kept); clobbers `scratch`. Young and
/// already-remembered objects cost a compare and a taken branch.
fn barrier(h: &mut Asm, obj: AsmRegister64, scratch: AsmRegister64) -> R {
    let mut done = h.a.create_label();
    h.a.cmp(byte_ptr(obj + OBJ_AGE_DISP), AGE_OLD as i32)?;
    h.a.jne(done)?;
    h.a.mov(byte_ptr(obj + OBJ_AGE_DISP), AGE_REMEMBERED as i32)?;
    h.a.mov(scratch, obj)?;
    h.a.and(scratch, CHUNK_MASK)?;
    h.a.mov(byte_ptr(scratch + CHUNK_DIRTY), 1)?;
    h.a.set_label(&mut done)
}

fn assemble(mut asm: Asm, name: &str) -> Part {
    if asm.a.instructions().is_empty() {
        return Part { bytes: Vec::new(), holes: Vec::new(), continue_at: None };
    }
    let n = asm.a.instructions().len();
    let res = asm
        .a
        .assemble_options(
            0,
            BlockEncoderOptions::RETURN_NEW_INSTRUCTION_OFFSETS | BlockEncoderOptions::RETURN_CONSTANT_OFFSETS,
        )
        .unwrap_or_else(|e| panic!("stencil {}: {}", name, e));
    let bytes = res.inner.code_buffer;
    let offsets = res.inner.new_instruction_offsets;
    let consts = res.inner.constant_offsets;
    let instr_end = |i: usize| if i + 1 < n { offsets[i + 1] as usize } else { bytes.len() };
    let mut holes = Vec::new();
    let mut continue_at = None;
    for &(idx, kind, field) in &asm.holes {
        let start = offsets[idx];
        assert_ne!(start, u32::MAX, "stencil {}: instruction {} was rewritten", name, idx);
        let co = consts[idx];
        let (off, size) = match field {
            Field::Imm => (co.immediate_offset(), co.immediate_size()),
            Field::Disp => (co.displacement_offset(), co.displacement_size()),
        };
        assert_eq!(size, kind.width() as usize, "stencil {}: hole {:?} has width {}", name, kind, size);
        let at = start as usize + off;
        let raw = &bytes[at..at + size];
        // Verify the located field holds the placeholder we assembled.
        if kind.is_rel32() {
            assert_eq!(at + 4, instr_end(idx), "stencil {}: rel32 {:?} is not the last field", name, kind);
            let rel = i32::from_le_bytes(raw.try_into().unwrap()) as i64;
            assert_eq!((instr_end(idx) as i64 + rel) as u64, BRANCH_PH, "stencil {}: {:?}", name, kind);
            if kind == Continue && idx == n - 1 && bytes[start as usize] == 0xe9 {
                continue_at = Some(start);
            }
        } else if size == 8 {
            assert_eq!(u64::from_le_bytes(raw.try_into().unwrap()), IMM64_PH, "stencil {}: {:?}", name, kind);
        } else if field == Field::Disp {
            assert_eq!(i32::from_le_bytes(raw.try_into().unwrap()), DISP_PH, "stencil {}: {:?}", name, kind);
        } else {
            assert_eq!(u32::from_le_bytes(raw.try_into().unwrap()), IMM32_PH, "stencil {}: {:?}", name, kind);
        }
        holes.push((kind, at as u32, size as u8));
    }
    if let Some(c) = continue_at {
        assert_eq!(bytes.len() - c as usize, 5, "stencil {}: trailing jmp is not jmp rel32", name);
    }
    holes.sort_by_key(|h| h.1);
    Part { bytes, holes, continue_at }
}

struct Def {
    name: &'static str,
    doc: &'static str,
    hot: Part,
    cold: Part,
}

fn def(out: &mut Vec<Def>, name: &'static str, doc: &'static str, f: impl FnOnce(&mut Asm, &mut Asm) -> R) {
    let mut hot = Asm::new();
    let mut cold = Asm::new();
    f(&mut hot, &mut cold).unwrap_or_else(|e| panic!("stencil {}: {}", name, e));
    let hot = assemble(hot, name);
    let cold = assemble(cold, name);
    assert!(cold.continue_at.is_none() || !cold.bytes.is_empty());
    out.push(Def { name, doc, hot, cold: Part { continue_at: None, ..cold } });
}

/// `dst = a OP b` with a Smi fast path: `body` computes rax from rax (a) and
/// rcx (b), with rdx = a|b, and may branch to `Cold`.
fn binop(out: &mut Vec<Def>, name: &'static str, doc: &'static str, body: impl FnOnce(&mut Asm) -> R) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.both_smi()?;
        body(h)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    })
}

/// `dst = OP src` with a Smi fast path: `body` computes rax from rax.
fn unop(out: &mut Vec<Def>, name: &'static str, doc: &'static str, body: impl FnOnce(&mut Asm) -> R) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.a.test(al, 1)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        body(h)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    })
}

/// `dst = a CMP b` as TRUE/FALSE: setcc gives 0/1 and TRUE - FALSE = 4.
fn compare(out: &mut Vec<Def>, name: &'static str, doc: &'static str, setcc: impl FnOnce(&mut CodeAssembler) -> R) {
    assert_eq!(V_TRUE - V_FALSE, 4);
    binop(out, name, doc, |h| {
        h.a.cmp(rax, rcx)?;
        setcc(&mut h.a)?;
        h.a.movzx(ecx, cl)?;
        h.a.lea(rax, qword_ptr(rcx * 4 + V_FALSE as i32))
    })
}

/// Fused compare-and-branch: jumps to `Target` when the comparison is false.
fn cmp_jump(
    out: &mut Vec<Def>,
    name: &'static str,
    doc: &'static str,
    jcc_not: impl FnOnce(&mut CodeAssembler, u64) -> R,
) {
    cmp_jump_with(out, name, doc, jcc_not, |c| c.slow_cond())
}

/// `cmp_jump` with `cold` as the cold part (the double path of `==`).
fn cmp_jump_with(
    out: &mut Vec<Def>,
    name: &'static str,
    doc: &'static str,
    jcc_not: impl FnOnce(&mut CodeAssembler, u64) -> R,
    cold: impl FnOnce(&mut Asm) -> R,
) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.both_smi()?;
        h.a.cmp(rax, rcx)?;
        h.branch(Target, jcc_not)?;
        h.jmp(Continue)?;
        cold(c)
    })
}

/// Fused `===`/`!==` and branch, decided inline whenever identity decides
/// it: two Smis; an immediate (undefined, null, a boolean) on either side;
/// two objects (the same object or not). Equal words that might be a NaN
/// double, and strings and doubles compared with anything, take the slow
/// path. `ne_jumps`: the jump is taken when the operands are equal (`!==`
/// false), else when they differ. `doubles`: the cold part first compares
/// two numbers (`doubles::equality_jump_cold`).
fn identity_jump(out: &mut Vec<Def>, name: &'static str, doc: &'static str, ne_jumps: bool, doubles: bool) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        let mut differ = h.a.create_label();
        let mut equal = h.a.create_label();
        let mut unequal = h.a.create_label();
        h.a.cmp(rax, rcx)?;
        h.a.jne(differ)?;
        // The same word: equal unless it is a heap double (NaN).
        h.a.test(al, 1)?;
        h.a.jz(equal)?; // a Smi
        h.a.test(al, 2)?;
        h.a.jnz(equal)?; // an immediate
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.jmp(equal)?;
        h.a.set_label(&mut differ)?;
        h.a.mov(edx, eax)?;
        h.a.or(edx, ecx)?;
        h.a.test(dl, 1)?;
        h.a.jz(unequal)?; // two different Smis
        h.a.test(al, 2)?;
        h.a.jnz(unequal)?; // an immediate equals only itself
        h.a.test(cl, 2)?;
        h.a.jnz(unequal)?;
        // Two pointers to objects: different objects.
        h.a.mov(edx, eax)?;
        h.a.and(edx, ecx)?;
        h.a.test(dl, 1)?;
        h.branch(Cold, |a, t| a.jz(t))?; // a Smi and a pointer (0 === -0?)
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.cmp(byte_ptr(rcx + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.set_label(&mut unequal)?;
        if ne_jumps {
            h.jmp(Continue)?;
            h.a.set_label(&mut equal)?;
            h.branch(Target, |a, t| a.jmp(t))?;
        } else {
            h.branch(Target, |a, t| a.jmp(t))?;
            h.a.set_label(&mut equal)?;
        }
        h.jmp(Continue)?;
        if doubles {
            doubles::equality_jump_cold(c, ne_jumps)
        } else {
            c.slow_cond()
        }
    })
}

/// `identity_jump` when `b` was just loaded with a Smi (`c !== 32`,
/// `jit::decode::Env::smi_const`): the Smi is an immediate (`Const`), so
/// `b` is not read, and `a` decides at once when it is that Smi, another
/// Smi, an immediate or an object. A heap double (or a string, which the
/// slow path answers) goes to the cold part, which reads both slots as
/// `identity_jump`'s does. json.js's `skipSpace` runs four of these per
/// character: 11 instructions each became 5 or 6.
fn identity_jump_k(out: &mut Vec<Def>, name: &'static str, doc: &'static str, ne_jumps: bool) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.imm64(rcx, Const)?;
        h.a.cmp(rax, rcx)?;
        // Each outcome is one branch straight to where it goes: a Smi that
        // differs leaves after five instructions, through the fall-through.
        if ne_jumps {
            let mut unequal = h.a.create_label();
            h.branch(Target, |a, t| a.je(t))?;
            h.a.test(al, 1)?;
            h.a.jz(unequal)?; // another Smi
            h.a.test(al, 2)?;
            h.a.jnz(unequal)?; // an immediate
            h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
            h.branch(Cold, |a, t| a.jne(t))?; // a number (or a string)
            h.a.set_label(&mut unequal)?;
        } else {
            let mut equal = h.a.create_label();
            h.a.je(equal)?;
            h.a.test(al, 1)?;
            h.branch(Target, |a, t| a.jz(t))?; // another Smi
            h.a.test(al, 2)?;
            h.branch(Target, |a, t| a.jnz(t))?; // an immediate
            h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
            h.branch(Cold, |a, t| a.jne(t))?; // a number (or a string)
            h.branch(Target, |a, t| a.jmp(t))?;
            h.a.set_label(&mut equal)?;
        }
        h.jmp(Continue)?;
        doubles::store_k(c)?;
        doubles::equality_jump_cold(c, ne_jumps)
    })
}

/// `dst = a === b` / `a !== b` (`ne`), decided inline whenever identity
/// decides it, as `identity_jump` does: ES5 code computes `x !== null` as
/// a value (`return p.link !== null`, `this.waiting = q !== null`), which
/// the Smi-only stencil sent to the helper for every object. Strings and
/// doubles go to the cold part: `doubles` compares two numbers there.
fn identity_value(out: &mut Vec<Def>, name: &'static str, doc: &'static str, ne: bool, doubles: bool) {
    def(out, name, doc, |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        let mut differ = h.a.create_label();
        let equal = h.a.create_label();
        let unequal = h.a.create_label();
        h.a.cmp(rax, rcx)?;
        h.a.jne(differ)?;
        h.a.test(al, 1)?;
        h.a.jz(equal)?;
        h.a.test(al, 2)?;
        h.a.jnz(equal)?;
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.jmp(equal)?;
        h.a.set_label(&mut differ)?;
        h.a.mov(edx, eax)?;
        h.a.or(edx, ecx)?;
        h.a.test(dl, 1)?;
        h.a.jz(unequal)?;
        h.a.test(al, 2)?;
        h.a.jnz(unequal)?;
        h.a.test(cl, 2)?;
        h.a.jnz(unequal)?;
        h.a.mov(edx, eax)?;
        h.a.and(edx, ecx)?;
        h.a.test(dl, 1)?;
        h.branch(Cold, |a, t| a.jz(t))?;
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.cmp(byte_ptr(rcx + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        identity_result(h, ne, equal, unequal)?;
        if doubles {
            doubles::equality_cold(c, ne)
        } else {
            c.slow_op()
        }
    })
}

/// The end of `identity_value(_k)`: at `unequal` and `equal` (labels not
/// yet placed), the boolean `===` (`!==` when `ne`) gives, into dst.
fn identity_result(h: &mut Asm, ne: bool, mut equal: CodeLabel, mut unequal: CodeLabel) -> R {
    let mut done = h.a.create_label();
    h.a.set_label(&mut unequal)?;
    h.a.mov(eax, if ne { V_TRUE } else { V_FALSE } as u32)?;
    h.a.jmp(done)?;
    h.a.set_label(&mut equal)?;
    h.a.mov(eax, if ne { V_FALSE } else { V_TRUE } as u32)?;
    h.a.set_label(&mut done)?;
    h.store(SlotDst, rax)?;
    h.jmp(Continue)
}

/// `dst = a === k` / `a !== k` (`ne`) for a Smi or immediate constant k
/// that the instruction before loaded (`return c.kind === EDIT` with a
/// top-level `const EDIT = 1`): `identity_value` with k an immediate, so
/// only a's kind is tested. A number or a string that is not k's word
/// goes to the cold part, which first stores k where a folded load did
/// not.
fn identity_value_k(out: &mut Vec<Def>, name: &'static str, doc: &'static str, ne: bool) {
    def(out, name, doc, |h, c| {
        let equal = h.a.create_label();
        let unequal = h.a.create_label();
        h.load(rax, SlotA)?;
        h.imm64(rcx, Const)?;
        h.a.cmp(rax, rcx)?;
        h.a.je(equal)?;
        h.a.test(al, 1)?;
        h.a.jz(unequal)?; // another Smi
        h.a.test(al, 2)?;
        h.a.jnz(unequal)?; // an immediate
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?; // a number (or a string)
        identity_result(h, ne, equal, unequal)?;
        doubles::store_k(c)?;
        doubles::equality_cold(c, ne)
    })
}

/// A lazy call site (the `call` stencil, and `new_call`/`super_call`,
/// which construct): the callee's function code compared with a guard
/// immediate, a direct call of the patched target on a match, else the
/// site's polymorphic cache and then the `slow` helper. `new_target`: the callee is
/// also new.target, stored into the receiver slot before the direct call
/// (`new C(...)`; `super(...)` finds new.target there already).
fn call_site(h: &mut Asm, c: &mut Asm, new_target: bool, slow: HoleKind) -> R {
    h.load(rax, SlotA)?;
    h.a.lea(ecx, ptr(rax - 1))?;
    h.a.test(cl, 3)?;
    h.branch(Cold, |a, t| a.jne(t))?;
    h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    h.branch(Cold, |a, t| a.jne(t))?;
    h.imm64(rcx, CallGuard)?;
    h.a.cmp(qword_ptr(rax + OBJ_CODE_DISP), rcx)?;
    h.branch(Cold, |a, t| a.jne(t))?;
    h.lea(r13, ArgBase)?;
    if new_target {
        h.a.mov(qword_ptr(r13 - 8), rax)?;
    }
    // The callee's frame link, for stack traces: this call's pc, and
    // the distance back to our frame (in bytes).
    h.a.mov(dword_ptr(r13 + LINK_OFFSET), IMM32_PH)?;
    h.hole(Pc, Field::Imm);
    h.a.mov(dword_ptr(r13 + (LINK_OFFSET + 4)), IMM32_PH)?;
    h.hole(ArgBase, Field::Imm);
    h.imm64(rax, CallTarget)?;
    h.a.call(rax)?;
    h.lea(r13, NegArgBase)?;
    // EXCEPTION from the callee: the cold part records this pc.
    h.cmp8(rax, V_EXCEPTION)?;
    h.branch(Cold, |a, t| a.je(t))?;
    h.store(SlotDst, rax)?;
    h.jmp(Continue)?;
    // Cold: rax is EXCEPTION (a direct call threw) or the callee value
    // that missed the guard (never EXCEPTION, which no slot holds).
    let mut generic = c.a.create_label();
    let mut threw = c.a.create_label();
    let mut scan = c.a.create_label();
    let mut hit = c.a.create_label();
    let mut helper = c.a.create_label();
    c.cmp8(rax, V_EXCEPTION)?;
    c.a.jne(generic)?;
    c.a.set_label(&mut threw)?;
    c.a.mov(dword_ptr(r12 + CTX_FAULT_PC), IMM32_PH)?;
    c.hole(Pc, Field::Imm);
    c.jmp(ExcExit)?;
    // A generic (polymorphic) site: the callee's function code looked
    // up in the site's cache of (code, entry) pairs, which the call
    // helper fills; a hit is the same direct call as the hot part's,
    // through the pair's entry. Else the helper.
    c.a.set_label(&mut generic)?;
    c.a.lea(ecx, ptr(rax - 1))?;
    c.a.test(cl, 3)?;
    c.a.jne(helper)?;
    c.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    c.a.jne(helper)?;
    c.a.mov(rdx, qword_ptr(rax + OBJ_CODE_DISP))?;
    c.imm64(rcx, CallCache)?;
    c.a.lea(rsi, ptr(rcx + CALL_CACHE_WAYS * CALL_CACHE_ENTRY))?;
    c.a.set_label(&mut scan)?;
    c.a.cmp(qword_ptr(rcx), rdx)?;
    c.a.je(hit)?;
    c.a.add(rcx, CALL_CACHE_ENTRY)?;
    c.a.cmp(rcx, rsi)?;
    c.a.jne(scan)?;
    c.a.jmp(helper)?;
    c.a.set_label(&mut hit)?;
    c.lea(r13, ArgBase)?;
    if new_target {
        c.a.mov(qword_ptr(r13 - 8), rax)?;
    }
    c.a.mov(dword_ptr(r13 + LINK_OFFSET), IMM32_PH)?;
    c.hole(Pc, Field::Imm);
    c.a.mov(dword_ptr(r13 + (LINK_OFFSET + 4)), IMM32_PH)?;
    c.hole(ArgBase, Field::Imm);
    c.a.call(qword_ptr(rcx + 8))?;
    c.lea(r13, NegArgBase)?;
    c.cmp8(rax, V_EXCEPTION)?;
    c.a.je(threw)?;
    c.store(SlotDst, rax)?;
    c.jmp(Continue)?;
    c.a.set_label(&mut helper)?;
    c.call_helper(slow)?;
    c.exc_check()?;
    c.jmp(Continue)
}

/// The head of an inline built-in call (`call_push`, `call_pop`,
/// `call_index_of`): the callee must be the pinned built-in `builtin`
/// names; `rdx` is left at the argument base and `rdi` holds `this`.
fn guard_inline_callee(h: &mut Asm, builtin: HoleKind) -> R {
    h.load(rax, SlotA)?;
    h.imm64(rcx, builtin)?;
    h.a.cmp(rax, rcx)?;
    h.branch(Cold, |a, t| a.jne(t))?;
    h.lea(rdx, ArgBase)?;
    h.a.mov(rdi, qword_ptr(rdx - 8))
}

/// `rdi` is an object whose flags say array, neither frozen nor closed to
/// extension, its `length` writable (what `builtins::array::push` and
/// `pop` check first).
fn guard_extensible_array(h: &mut Asm) -> R {
    h.a.lea(eax, ptr(rdi - 1))?;
    h.a.test(al, 3)?;
    h.branch(Cold, |a, t| a.jne(t))?;
    h.a.cmp(byte_ptr(rdi + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
    h.branch(Cold, |a, t| a.jne(t))?;
    h.a.movzx(eax, byte_ptr(rdi + OBJ_FLAGS_DISP))?;
    h.a.and(eax, (OBJ_ARRAY | OBJ_FROZEN | OBJ_NOT_EXTENSIBLE | OBJ_LENGTH_READONLY) as i32)?;
    h.a.cmp(eax, OBJ_ARRAY as i32)?;
    h.branch(Cold, |a, t| a.jne(t))
}

/// The tail of an inline built-in call: a direct call of `helper` (its
/// arguments in place), whose NEVER answer sends the site to the generic
/// call in the cold part.
fn call_inline(h: &mut Asm, c: &mut Asm, helper: HoleKind) -> R {
    h.imm64(rax, helper)?;
    h.a.call(rax)?;
    h.cmp8(rax, V_NEVER)?;
    h.branch(Cold, |a, t| a.je(t))?;
    h.store(SlotDst, rax)?;
    h.jmp(Continue)?;
    c.call_helper(HelperCall)?;
    c.exc_check()?;
    c.jmp(Continue)
}

fn all_stencils() -> Vec<Def> {
    let mut v = Vec::new();
    let s = &mut v;

    // No clearing of locals: the bytecode compiler writes every register
    // before reading it (vars and lets are initialised explicitly), exactly
    // as the interpreter relies on, and a stale slot always holds a valid
    // value, which is all the GC needs.
    def(s, "prologue", "function entry: align, stack checks, GC high-water mark", |h, c| {
        h.a.sub(rsp, 8)?;
        h.a.cmp(rsp, qword_ptr(r12 + CTX_NATIVE_LIMIT))?;
        h.branch(Cold, |a, t| a.jb(t))?;
        h.lea(rax, FrameEnd)?;
        h.a.cmp(rax, qword_ptr(r12 + CTX_STACK_END))?;
        h.branch(Cold, |a, t| a.ja(t))?;
        let mut hwm_ok = h.a.create_label();
        h.a.cmp(rax, qword_ptr(r12 + CTX_HWM))?;
        h.a.jbe(hwm_ok)?;
        h.a.mov(qword_ptr(r12 + CTX_HWM), rax)?;
        h.a.set_label(&mut hwm_ok)?;
        // Ctrl-C: polled on entry too, so deep recursion without loops
        // (fib(45) in the REPL) can be interrupted like a runaway loop.
        h.a.cmp(byte_ptr(r12 + CTX_INTERRUPT), 0)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.jmp(Continue)?;
        // Cold: an interrupt is pending, or a stack limit was hit.
        let mut overflow = c.a.create_label();
        c.a.cmp(byte_ptr(r12 + CTX_INTERRUPT), 0)?;
        c.a.je(overflow)?;
        c.call_helper(HelperLoopPoll)?;
        c.exc_check()?;
        c.jmp(Continue)?;
        // Overflow: the helper raises RangeError and returns EXCEPTION.
        c.a.set_label(&mut overflow)?;
        c.call_helper(HelperStackOverflow)?;
        c.a.add(rsp, 8)?;
        c.a.ret()
    });
    def(s, "fall_off", "after the last instruction: return undefined", |h, _| {
        h.a.mov(eax, V_UNDEFINED as u32)?;
        h.a.add(rsp, 8)?;
        h.a.ret()
    });
    // Every path here has recorded the faulting pc in the context (a
    // helper that fails, or the call stencil when a direct call returns
    // EXCEPTION). The unwind helper returns the handler's address, or
    // EXCEPTION (still in rax) to return to the caller.
    def(s, "exc_exit", "shared exit: jump to the handler for ctx.fault_pc, else return EXCEPTION", |h, _| {
        let mut uncaught = h.a.create_label();
        h.a.mov(rdi, r12)?;
        h.a.mov(rsi, r13)?;
        h.imm64(rdx, Proto)?;
        h.a.xor(ecx, ecx)?;
        h.imm64(rax, HelperUnwind)?;
        h.a.call(rax)?;
        h.cmp8(rax, V_EXCEPTION)?;
        h.a.je(uncaught)?;
        h.a.jmp(rax)?;
        h.a.set_label(&mut uncaught)?;
        h.a.add(rsp, 8)?;
        h.a.ret()
    });

    // The exception exit of a function without handlers: nothing in it
    // can catch, so the throw goes straight back to the caller (whose own
    // exit, or the interpreter, carries on).
    def(s, "exc_return", "shared exit of a function without handlers: return EXCEPTION", |h, _| {
        h.a.mov(eax, V_EXCEPTION as u32)?;
        h.a.add(rsp, 8)?;
        h.a.ret()
    });

    def(s, "mov", "dst = src", |h, _| {
        h.load(rax, SlotA)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)
    });
    // Strict code's `this`: the slot below the frame, as it is (class
    // methods read it on every `this.x`, so it gets no helper call).
    def(s, "load_receiver", "dst = the receiver slot (r13 - 8)", |h, _| {
        h.a.mov(rax, qword_ptr(r13 - 8))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)
    });
    // Sloppy code's `this`: an object receiver is itself; undefined, null
    // and primitives (boxed) take the helper. ES5 methods read `this` on
    // every `this.x`, so the common case must not be a call.
    def(s, "load_this", "dst = the receiver slot if it is an object; else the helper", |h, c| {
        h.a.mov(rax, qword_ptr(r13 - 8))?;
        h.a.lea(ecx, ptr(rax - 1))?;
        h.a.test(cl, 3)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    });
    def(s, "load_const", "dst = constant (imm64)", |h, _| {
        h.imm64(rax, Const)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)
    });
    // A `LoadConst` whose register only the next instruction's `_k`
    // stencil reads (`jit::decode::Env::folded_const`): that stencil has
    // the constant as an immediate, and stores it into the register on its
    // cold path, so nothing is left to do here.
    def(
        s,
        "load_const_folded",
        "nothing: the next instruction's _k stencil has the constant as an immediate",
        |h, _| h.jmp(Continue),
    );
    def(s, "get_global", "dst = *global slot; HOLE -> slow", |h, c| {
        h.imm64(rax, GlobalAddr)?;
        h.a.mov(rax, qword_ptr(rax))?;
        h.cmp8(rax, V_HOLE)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    });
    def(s, "set_global", "*global slot = src unless it holds HOLE", |h, c| {
        h.imm64(rcx, GlobalAddr)?;
        h.load(rax, SlotA)?;
        h.a.cmp(qword_ptr(rcx), V_HOLE as i32)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.a.mov(qword_ptr(rcx), rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    });

    // Each arithmetic and relational stencil comes in two: with the double
    // paths in its cold part (build/doubles.rs), and `*_smi` without them
    // (`--no-double-fast-paths`).
    use doubles::{DOp, Rel};
    // ANCHOR: add
    doubles::arith(
        s,
        ("add", "add_smi"),
        ("Smi + Smi, jo -> doubles (SSE2) -> slow", "Smi + Smi, jo -> slow"),
        DOp::Add,
        |h| {
            h.a.add(rax, rcx)?;
            h.branch(Cold, |a, t| a.jo(t))
        },
    );
    // ANCHOR_END: add
    doubles::arith(
        s,
        ("sub", "sub_smi"),
        ("Smi - Smi, jo -> doubles (SSE2) -> slow", "Smi - Smi, jo -> slow"),
        DOp::Sub,
        |h| {
            h.a.sub(rax, rcx)?;
            h.branch(Cold, |a, t| a.jo(t))
        },
    );
    // `pos + 1`, `h * 31`: a Smi the instruction before loaded
    // (`jit::decode::Env::k_operand`) is an immediate, not a slot read.
    let add_k_doc = "Smi + Smi constant (imm64), jo -> doubles (SSE2) -> slow";
    doubles::arith_k(s, "add_k", add_k_doc, DOp::Add, |h| {
        h.a.add(rax, rcx)?;
        h.branch(Cold, |a, t| a.jo(t))
    });
    let sub_k_doc = "Smi - Smi constant (imm64), jo -> doubles (SSE2) -> slow";
    doubles::arith_k(s, "sub_k", sub_k_doc, DOp::Sub, |h| {
        h.a.sub(rax, rcx)?;
        h.branch(Cold, |a, t| a.jo(t))
    });
    let mul_k_doc = "int32 * Smi constant (imm64) = Smi; jo or -0 -> doubles (SSE2) -> slow";
    doubles::arith_k(s, "mul_k", mul_k_doc, DOp::Mul, mul_smi_body);
    doubles::add_imm(s, "add_imm", "Smi + Smi(imm), jo -> doubles (SSE2) -> slow", true, false);
    doubles::add_imm(
        s,
        "add_imm_own",
        "Smi + Smi(imm), jo -> doubles (SSE2) -> slow; a double result overwrites the register's own box",
        true,
        true,
    );
    doubles::add_imm(s, "add_imm_smi", "Smi + Smi(imm), jo -> slow", false, false);
    let mul_docs = ("int32 * Smi = Smi; jo or -0 -> doubles (SSE2) -> slow", "int32 * Smi = Smi; jo or -0 -> slow");
    doubles::arith(s, ("mul", "mul_smi"), mul_docs, DOp::Mul, mul_smi_body);
    let div_docs = (
        "Smis divided as doubles (SSE2): an integral quotient a Smi, else boxed; other operands -> doubles (SSE2) -> slow",
        "exact int32 division only; else slow",
    );
    doubles::div(s, ("div", "div_smi"), div_docs, div_smi_body);
    // `x / 2`: a divisor the instruction before loaded as a constant, by
    // the `%`'s reciprocal (ModMagic) instead of a ~26-cycle `idiv`. The
    // quotient q is exact only if q * d gives a back, which the stencil
    // checks against the divisor in the register (so q is right whatever
    // the hint was); a remainder, a negative a, or a divisor that is not
    // positive takes the double path.
    let div_const_docs = (
        "a / d for Smis a >= 0 and the constant d: the quotient by the reciprocal ModMagic, exact when q * d == a; else doubles (SSE2) -> slow",
        "a / d for Smis a >= 0 and the constant d: the quotient by the reciprocal ModMagic, exact when q * d == a; else slow",
    );
    doubles::arith(s, ("div_const", "div_const_smi"), div_const_docs, DOp::Div, |h| {
        h.a.sar(rax, 32)?;
        h.a.sar(rcx, 32)?;
        h.a.test(eax, eax)?;
        h.branch(Cold, |a, t| a.js(t))?;
        h.a.test(ecx, ecx)?;
        h.branch(Cold, |a, t| a.jle(t))?;
        h.a.mov(rsi, rax)?;
        h.imm64(rdx, ModMagic)?;
        h.a.mul(rdx)?;
        h.a.mov(rax, rdx)?;
        h.a.imul_2(rdx, rcx)?;
        h.a.cmp(rsi, rdx)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.shl(rax, 32)
    });
    doubles::fused_pairs(s, smi_body);
    let mod_docs = (
        "a % b for Smis a >= 0, b > 0; else doubles (SSE2: |a| < |b|, or integral b: idiv plus the fraction) -> slow",
        "a % b for Smis a >= 0, b > 0; else slow",
    );
    doubles::modulo(s, ("mod", "mod_smi"), mod_docs, |h| {
        h.a.sar(rax, 32)?;
        h.a.sar(rcx, 32)?;
        h.a.test(eax, eax)?;
        h.branch(Cold, |a, t| a.js(t))?;
        h.a.test(ecx, ecx)?;
        h.branch(Cold, |a, t| a.jle(t))?;
        h.a.xor(edx, edx)?;
        h.a.div(ecx)?;
        h.a.mov(eax, edx)?;
        h.a.shl(rax, 32)
    });
    // `x % 7`: a divisor the instruction before loaded as a constant. A
    // 32-bit `div` takes some 26 cycles; the decoder hands the stencil
    // M = u64::MAX / d + 1 (Lemire's reciprocal), and the high half of
    // a * M is the quotient q for every 32-bit a (`mul`, then `imul` for
    // q * d: ~8 cycles). The remainder a - q * d is checked against the
    // divisor actually in the register, 0 <= r < d, which proves it right
    // whatever M was: a jump to the `%` with another divisor in the
    // register cannot get a wrong answer, only the cold part.
    let mod_const_docs = (
        "a % d for Smis a >= 0 and the constant d: the quotient by the reciprocal ModMagic, the remainder checked; else as mod",
        "a % d for Smis a >= 0 and the constant d: the quotient by the reciprocal ModMagic, the remainder checked; else slow",
    );
    doubles::modulo(s, ("mod_const", "mod_const_smi"), mod_const_docs, |h| {
        h.a.sar(rax, 32)?;
        h.a.sar(rcx, 32)?;
        h.a.test(eax, eax)?;
        h.branch(Cold, |a, t| a.js(t))?;
        h.a.test(ecx, ecx)?;
        h.branch(Cold, |a, t| a.jle(t))?;
        h.a.mov(rsi, rax)?;
        h.imm64(rdx, ModMagic)?;
        h.a.mul(rdx)?;
        h.a.imul_2(rdx, rcx)?;
        h.a.sub(rsi, rdx)?;
        h.a.cmp(rsi, rcx)?;
        h.branch(Cold, |a, t| a.jae(t))?;
        h.a.mov(rax, rsi)?;
        h.a.shl(rax, 32)
    });
    binop(s, "bit_and", "and on tagged Smis", |h| h.a.and(rax, rcx));
    binop(s, "bit_or", "or on tagged Smis", |h| h.a.or(rax, rcx));
    binop(s, "bit_xor", "xor on tagged Smis", |h| h.a.xor(rax, rcx));
    // 32-bit shifts mask the count in cl to 5 bits (& 31), as JavaScript does,
    // and writing eax clears the upper half before re-tagging.
    binop(s, "shl", "int32 << (b & 31)", |h| {
        h.a.sar(rax, 32)?;
        h.a.sar(rcx, 32)?;
        h.a.shl(eax, cl)?;
        h.a.shl(rax, 32)
    });
    binop(s, "shr", "int32 >> (b & 31)", |h| {
        h.a.sar(rax, 32)?;
        h.a.sar(rcx, 32)?;
        h.a.sar(eax, cl)?;
        h.a.shl(rax, 32)
    });
    binop(s, "ushr", "uint32 >>> (b & 31); >= 2^31 -> slow", |h| {
        h.a.sar(rax, 32)?;
        h.a.sar(rcx, 32)?;
        h.a.shr(eax, cl)?;
        h.a.test(eax, eax)?;
        h.branch(Cold, |a, t| a.js(t))?;
        h.a.shl(rax, 32)
    });
    doubles::compare(s, ("lt", "lt_smi"), ("Smi < Smi; numbers: ucomisd", "Smi < Smi"), Rel::Lt, |a| a.setl(cl));
    doubles::compare(s, ("le", "le_smi"), ("Smi <= Smi; numbers: ucomisd", "Smi <= Smi"), Rel::Le, |a| a.setle(cl));
    doubles::compare(s, ("gt", "gt_smi"), ("Smi > Smi; numbers: ucomisd", "Smi > Smi"), Rel::Gt, |a| a.setg(cl));
    doubles::compare(s, ("ge", "ge_smi"), ("Smi >= Smi; numbers: ucomisd", "Smi >= Smi"), Rel::Ge, |a| a.setge(cl));
    // For two Smis, loose and strict equality agree.
    doubles::equality(s, ("strict_eq", "strict_eq_smi"), ("Smi === Smi; numbers: ucomisd", "Smi === Smi"), false);
    doubles::equality(s, ("strict_ne", "strict_ne_smi"), ("Smi !== Smi; numbers: ucomisd", "Smi !== Smi"), true);

    let neg_docs =
        ("-Smi; 0 (-0), INT_MIN and doubles: sign flipped (SSE2) -> slow", "-Smi; 0 (-0) and INT_MIN -> slow");
    doubles::neg(s, ("neg", "neg_smi"), neg_docs);
    unop(s, "bit_not", "~Smi", |h| {
        h.a.not(rax)?;
        h.a.shr(rax, 32)?;
        h.a.shl(rax, 32)
    });
    unop(s, "to_number", "Smi stays itself", |_| Ok(()));
    def(s, "not", "!true/!false by flipping bit 2; else slow", |h, c| {
        assert_eq!(V_TRUE ^ V_FALSE, 4);
        h.load(rax, SlotA)?;
        h.a.mov(rcx, rax)?;
        h.a.or(rcx, 4)?;
        h.cmp8(rcx, V_TRUE)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.xor(rax, 4)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    });

    def(s, "jump", "jmp target", |h, _| h.jmp(Target));
    def(s, "loop", "back edge: poll for an interrupt, jump back", |h, c| {
        h.a.cmp(byte_ptr(r12 + CTX_INTERRUPT), 0)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.jmp(Target)?;
        c.call_helper(HelperLoopPoll)?;
        c.exc_check()?;
        c.jmp(Target)
    });
    def(
        s,
        "jump_if_true",
        "true -> jump, false -> on; cold: undefined/null/Smi/object inline, strings and doubles slow",
        |h, c| {
            h.load(rax, SlotA)?;
            h.cmp8(rax, V_TRUE)?;
            h.branch(Target, |a, t| a.je(t))?;
            h.cmp8(rax, V_FALSE)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.jmp(Continue)?;
            c.truthiness(Target, Continue)
        },
    );
    def(
        s,
        "jump_if_false",
        "false -> jump, true -> on; cold: undefined/null/Smi/object inline, strings and doubles slow",
        |h, c| {
            h.load(rax, SlotA)?;
            h.cmp8(rax, V_FALSE)?;
            h.branch(Target, |a, t| a.je(t))?;
            h.cmp8(rax, V_TRUE)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.jmp(Continue)?;
            c.truthiness(Continue, Target)
        },
    );
    def(s, "jump_if_not_nullish", "jump unless undefined/null (no slow path)", |h, _| {
        // `on` labels the trailing `jmp Continue`; when that jump is elided
        // the label's offset is where the next stencil starts, so it stays right.
        let mut on = h.a.create_label();
        h.load(rax, SlotA)?;
        h.cmp8(rax, V_UNDEFINED)?;
        h.a.je(on)?;
        h.cmp8(rax, V_NULL)?;
        h.branch(Target, |a, t| a.jne(t))?;
        h.a.set_label(&mut on)?;
        h.jmp(Continue)
    });
    let lt = ("jump_if_not_lt", "jump_if_not_lt_smi");
    let lt_docs = ("Smis: cmp; jge target; numbers: ucomisd; jbe target", "Smis: cmp; jge target");
    doubles::cmp_jump(s, lt, lt_docs, Rel::Lt, |a, t| a.jge(t));
    let le = ("jump_if_not_le", "jump_if_not_le_smi");
    let le_docs = ("Smis: cmp; jg target; numbers: ucomisd; jb target", "Smis: cmp; jg target");
    doubles::cmp_jump(s, le, le_docs, Rel::Le, |a, t| a.jg(t));
    let gt = ("jump_if_not_gt", "jump_if_not_gt_smi");
    let gt_docs = ("Smis: cmp; jle target; numbers: ucomisd; jbe target", "Smis: cmp; jle target");
    doubles::cmp_jump(s, gt, gt_docs, Rel::Gt, |a, t| a.jle(t));
    let ge = ("jump_if_not_ge", "jump_if_not_ge_smi");
    let ge_docs = ("Smis: cmp; jl target; numbers: ucomisd; jb target", "Smis: cmp; jl target");
    doubles::cmp_jump(s, ge, ge_docs, Rel::Ge, |a, t| a.jl(t));
    // `i < 10`: against a Smi the instruction before loaded, as `add_k`.
    let k_docs = [
        ("jump_if_not_lt_k", "Smi < Smi constant (imm64): cmp; jge target; numbers: ucomisd", Rel::Lt),
        ("jump_if_not_le_k", "Smi <= Smi constant (imm64): cmp; jg target; numbers: ucomisd", Rel::Le),
        ("jump_if_not_gt_k", "Smi > Smi constant (imm64): cmp; jle target; numbers: ucomisd", Rel::Gt),
        ("jump_if_not_ge_k", "Smi >= Smi constant (imm64): cmp; jl target; numbers: ucomisd", Rel::Ge),
    ];
    for (name, doc, rel) in k_docs {
        doubles::cmp_jump_k(s, name, doc, rel, move |a, t| match rel {
            Rel::Lt => a.jge(t),
            Rel::Le => a.jg(t),
            Rel::Gt => a.jle(t),
            Rel::Ge => a.jl(t),
        });
    }
    let eq_doc = "Smis: cmp; jne target (==); numbers: ucomisd";
    cmp_jump_with(s, "jump_if_not_eq", eq_doc, |a, t| a.jne(t), |c| doubles::loose_equality_jump_cold(c, false));
    let ne_doc = "Smis: cmp; je target (!=); numbers: ucomisd";
    cmp_jump_with(s, "jump_if_not_ne", ne_doc, |a, t| a.je(t), |c| doubles::loose_equality_jump_cold(c, true));
    cmp_jump(s, "jump_if_not_eq_smi", "Smis: cmp; jne target (==)", |a, t| a.jne(t));
    cmp_jump(s, "jump_if_not_ne_smi", "Smis: cmp; je target (!=)", |a, t| a.je(t));
    let seq_doc = "=== by identity: Smis, immediates, objects; jne target; numbers: ucomisd";
    identity_value(s, "identical", "===: Smis, immediates, objects by identity; numbers: ucomisd", false, true);
    identity_value(s, "not_identical", "!==: Smis, immediates, objects by identity; numbers: ucomisd", true, true);
    identity_value(s, "identical_smi", "===: Smis, immediates, objects by identity", false, false);
    identity_value(s, "not_identical_smi", "!==: Smis, immediates, objects by identity", true, false);
    let k_doc = "=== a Smi (or null, undefined, a boolean) constant: cmp with the immediate; numbers: ucomisd";
    identity_value_k(s, "identical_k", k_doc, false);
    let k_doc = "!== a Smi (or null, undefined, a boolean) constant: cmp with the immediate; numbers: ucomisd";
    identity_value_k(s, "not_identical_k", k_doc, true);
    identity_jump(s, "jump_if_not_strict_eq", seq_doc, false, true);
    let sne_doc = "!== by identity: Smis, immediates, objects; je target; numbers: ucomisd";
    identity_jump(s, "jump_if_not_strict_ne", sne_doc, true, true);
    let seq_doc = "=== by identity: Smis, immediates, objects; jne target";
    identity_jump(s, "jump_if_not_strict_eq_smi", seq_doc, false, false);
    let sne_doc = "!== by identity: Smis, immediates, objects; je target";
    identity_jump(s, "jump_if_not_strict_ne_smi", sne_doc, true, false);
    let k_doc =
        "=== a Smi (or null, undefined, a boolean) constant: cmp with the immediate; jne target; numbers: ucomisd";
    identity_jump_k(s, "jump_if_not_strict_eq_k", k_doc, false);
    let k_doc =
        "!== a Smi (or null, undefined, a boolean) constant: cmp with the immediate; je target; numbers: ucomisd";
    identity_jump_k(s, "jump_if_not_strict_ne_k", k_doc, true);

    // The guard is on the callee's code, not on the function object: any
    // closure of the same code passes (it is an object, then its code
    // pointer equals the guard), and the callee finds its context in the
    // closure it receives (r[-2]), so fresh closures keep the site patched.
    def(s, "call", "lazy call site: guard on the callee's function code, direct call; else the call helper", |h, c| {
        call_site(h, c, false, HelperCall)
    });
    // `new C(...)` and `super(...)` of a class constructor: the same lazy
    // call site, patched (by the construct helper) only for a compiled
    // base or derived class constructor, which makes or receives `this`
    // itself (`AllocThis`, `BindThis`) and applies the return rules
    // (`CtorResult`): the call is then all that `[[Construct]]` does.
    def(
        s,
        "new_call",
        "new C(...): guard on a class constructor's code, new.target = C, direct call; else the construct helper",
        |h, c| call_site(h, c, true, HelperConstruct),
    );
    def(
        s,
        "super_call",
        "super(...): guard on the parent constructor's code, direct call; else the construct helper",
        |h, c| call_site(h, c, false, HelperConstruct),
    );
    // A base class constructor's `this`: new.target looked up in the
    // site's (new.target, shape) pairs; a hit is `{}`'s inline allocation
    // with the pair's shape (the root shape of new.target.prototype)
    // stored over the template's. A miss, or a full LAB, takes the
    // construct helper, which allocates and teaches the site the pair.
    def(s, "alloc_this", "this of a base class constructor inline: new.target's shape from the site's pairs, bump and copy; else the construct helper", |h, c| {
        let mut scan = h.a.create_label();
        let mut hit = h.a.create_label();
        h.load(rax, SlotA)?;
        h.imm64(rcx, AllocCache)?;
        h.a.lea(rsi, ptr(rcx + ALLOC_CACHE_WAYS * ALLOC_CACHE_ENTRY))?;
        h.a.set_label(&mut scan)?;
        h.a.cmp(qword_ptr(rcx), rax)?;
        h.a.je(hit)?;
        h.a.add(rcx, ALLOC_CACHE_ENTRY)?;
        h.a.cmp(rcx, rsi)?;
        h.a.jne(scan)?;
        h.jmp(Cold)?;
        h.a.set_label(&mut hit)?;
        h.a.mov(rdi, qword_ptr(rcx + 8))?;
        h.a.mov(rax, qword_ptr(r12 + CTX_OBJ_LAB))?;
        h.a.mov(rcx, qword_ptr(rax + LAB_TOP))?;
        h.a.lea(rdx, ptr(rcx + OBJECT_CELL))?;
        h.a.cmp(rdx, qword_ptr(rax + LAB_LIMIT))?;
        h.branch(Cold, |a, t| a.ja(t))?;
        h.a.mov(qword_ptr(rax + LAB_TOP), rdx)?;
        h.imm64(rsi, ObjectTemplate)?;
        for i in 0..OBJECT_CELL / 16 {
            h.a.movups(xmm0, xmmword_ptr(rsi + 16 * i))?;
            h.a.movups(xmmword_ptr(rcx + 16 * i), xmm0)?;
        }
        h.a.lea(rax, ptr(rcx + PTR_TAG as i32))?;
        h.a.lea(rdx, ptr(rax + OBJ_INLINE_DISP))?;
        h.a.mov(qword_ptr(rax + OBJ_SLOTS_DISP), rdx)?;
        h.a.mov(qword_ptr(rax + OBJ_SHAPE_DISP), rdi)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.call_helper(HelperConstruct)?;
        c.exc_check()?;
        c.jmp(Continue)
    });
    // `{}`: a copy of the template cell (a plain object of
    // Object.prototype's root shape, young, no store) bumped from the
    // objects' LAB; its slots pointer re-aimed at its own inline slots. A
    // fresh object is young: the stores that fill it need no barrier.
    def(s, "new_object", "{} inline: bump the objects' LAB, copy the template cell; else exec_op", |h, c| {
        h.a.mov(rax, qword_ptr(r12 + CTX_OBJ_LAB))?;
        h.a.mov(rcx, qword_ptr(rax + LAB_TOP))?;
        h.a.lea(rdx, ptr(rcx + OBJECT_CELL))?;
        h.a.cmp(rdx, qword_ptr(rax + LAB_LIMIT))?;
        h.branch(Cold, |a, t| a.ja(t))?;
        h.a.mov(qword_ptr(rax + LAB_TOP), rdx)?;
        h.imm64(rsi, ObjectTemplate)?;
        for i in 0..OBJECT_CELL / 16 {
            h.a.movups(xmm0, xmmword_ptr(rsi + 16 * i))?;
            h.a.movups(xmmword_ptr(rcx + 16 * i), xmm0)?;
        }
        h.a.lea(rax, ptr(rcx + PTR_TAG as i32))?;
        h.a.lea(rdx, ptr(rax + OBJ_INLINE_DISP))?;
        h.a.mov(qword_ptr(rax + OBJ_SLOTS_DISP), rdx)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    });
    // `[]`: the same copy, of the empty array's template (no store: its
    // elements pointer is dangling and its length 0, so the first push
    // takes the push helper, which makes the elements).
    def(
        s,
        "new_array",
        "[] inline: bump the objects' LAB, copy the empty array's template cell; else exec_op",
        |h, c| {
            h.a.mov(rax, qword_ptr(r12 + CTX_OBJ_LAB))?;
            h.a.mov(rcx, qword_ptr(rax + LAB_TOP))?;
            h.a.lea(rdx, ptr(rcx + OBJECT_CELL))?;
            h.a.cmp(rdx, qword_ptr(rax + LAB_LIMIT))?;
            h.branch(Cold, |a, t| a.ja(t))?;
            h.a.mov(qword_ptr(rax + LAB_TOP), rdx)?;
            h.imm64(rsi, ArrayTemplate)?;
            for i in 0..OBJECT_CELL / 16 {
                h.a.movups(xmm0, xmmword_ptr(rsi + 16 * i))?;
                h.a.movups(xmmword_ptr(rcx + 16 * i), xmm0)?;
            }
            h.a.lea(rax, ptr(rcx + PTR_TAG as i32))?;
            h.a.lea(rdx, ptr(rax + OBJ_INLINE_DISP))?;
            h.a.mov(qword_ptr(rax + OBJ_SLOTS_DISP), rdx)?;
            h.store(SlotDst, rax)?;
            h.jmp(Continue)?;
            c.slow_op()
        },
    );
    // An object literal with more than four named properties: the same
    // copy from the wide objects' LAB and template (a 160-byte cell, eight
    // in-object slots, the root shape of that size), so that all of its
    // properties are stored in the cell.
    def(
        s,
        "new_object_wide",
        "{a, b, c, d, e} inline: bump the wide objects' LAB, copy the wide template cell; else exec_op",
        |h, c| {
            h.a.mov(rax, qword_ptr(r12 + CTX_WIDE_LAB))?;
            h.a.mov(rcx, qword_ptr(rax + LAB_TOP))?;
            h.a.lea(rdx, ptr(rcx + WIDE_CELL))?;
            h.a.cmp(rdx, qword_ptr(rax + LAB_LIMIT))?;
            h.branch(Cold, |a, t| a.ja(t))?;
            h.a.mov(qword_ptr(rax + LAB_TOP), rdx)?;
            h.imm64(rsi, WideTemplate)?;
            for i in 0..WIDE_CELL / 16 {
                h.a.movups(xmm0, xmmword_ptr(rsi + 16 * i))?;
                h.a.movups(xmmword_ptr(rcx + 16 * i), xmm0)?;
            }
            h.a.lea(rax, ptr(rcx + PTR_TAG as i32))?;
            h.a.lea(rdx, ptr(rax + OBJ_INLINE_DISP))?;
            h.a.mov(qword_ptr(rax + OBJ_SLOTS_DISP), rdx)?;
            h.store(SlotDst, rax)?;
            h.jmp(Continue)?;
            c.slow_op()
        },
    );
    use doubles::MathFn;
    doubles::call_math(
        s,
        "call_sqrt",
        "Math.sqrt(number) inline: guard on the built-in, sqrtsd; else the call helper",
        MathSqrt,
        MathFn::Sqrt,
    );
    doubles::call_math(
        s,
        "call_abs",
        "Math.abs(number) inline: guard on the built-in, clear the sign bit; else the call helper",
        MathAbs,
        MathFn::Abs,
    );
    use doubles::Rounding;
    let rounding = [
        ("call_floor", "Math.floor(number) inline when an int32: guard on the built-in, cvttsd2si and adjust; else the call helper", MathFloor, Rounding::Floor),
        ("call_ceil", "Math.ceil(number) inline when an int32: guard on the built-in, cvttsd2si and adjust; else the call helper", MathCeil, Rounding::Ceil),
        ("call_round", "Math.round(number) inline when an int32: guard on the built-in, cvttsd2si and adjust; else the call helper", MathRound, Rounding::Round),
        ("call_trunc", "Math.trunc(number) inline when an int32: guard on the built-in, cvttsd2si; else the call helper", MathTrunc, Rounding::Trunc),
    ];
    for (name, doc, guard, r) in rounding {
        doubles::call_round(s, name, doc, guard, r);
    }
    let min_doc =
        "Math.min(number, number) inline: guard on the built-in, NaN and ±0 first, minsd; else the call helper";
    doubles::call_minmax(s, "call_min", min_doc, MathMin, false);
    let max_doc =
        "Math.max(number, number) inline: guard on the built-in, NaN and ±0 first, maxsd; else the call helper";
    doubles::call_minmax(s, "call_max", max_doc, MathMax, true);
    // `s.charCodeAt(i)`, the scanning loop of every tokenizer: a call of a
    // native would cost the call helper, the native's frame link and its
    // argument copy for one load. Guarded like the `Math` calls: the
    // callee is the built-in itself, `this` (the slot after the callee) a
    // string, the argument a Smi inside it; anything else -- NaN past the
    // end, a number that is not a Smi, a replaced method -- is the call
    // helper's generic call.
    def(
        s,
        "call_char_code_at",
        "String.prototype.charCodeAt inline: guard on the built-in, a string receiver and a Smi index in range, load the unit; else the call helper",
        |h, c| {
            let mut wide = h.a.create_label();
            let mut done = h.a.create_label();
            h.load(rax, SlotA)?;
            h.imm64(rcx, CharCodeAt)?;
            h.a.cmp(rax, rcx)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            // The callee's frame: `this` just below its first argument.
            h.lea(rdx, ArgBase)?;
            h.a.mov(rcx, qword_ptr(rdx - 8))?;
            h.a.mov(rsi, qword_ptr(rdx))?;
            h.a.lea(eax, ptr(rcx - 1))?;
            h.a.test(al, 3)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.cmp(byte_ptr(rcx + OBJ_TAG_DISP), STRING_TAG as i32)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.test(sil, 1)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            // A Smi's int32 is its high half: sign-extended, compared
            // unsigned with the length, one test rejects negative and
            // past-the-end indices.
            h.a.sar(rsi, 32)?;
            h.a.cmp(rsi, qword_ptr(rcx + STR_LEN_DISP))?;
            h.branch(Cold, |a, t| a.jae(t))?;
            // A slice's units start `start` units into the buffer it shares.
            h.a.mov(r9d, dword_ptr(rcx + STR_START_DISP))?;
            h.a.add(rsi, r9)?;
            h.a.mov(rdx, qword_ptr(rcx + STR_BUF_DISP))?;
            h.a.lea(r8, ptr(rdx + BUF_UNITS))?;
            h.a.cmp(byte_ptr(rdx + (RC_VALUE_OFFSET + STRBUF_WIDE)), 0)?;
            h.a.jne(wide)?;
            h.a.movzx(eax, byte_ptr(r8 + rsi))?;
            h.a.jmp(done)?;
            h.a.set_label(&mut wide)?;
            h.a.movzx(eax, word_ptr(r8 + rsi * 2))?;
            h.a.set_label(&mut done)?;
            h.a.shl(rax, 32)?;
            h.store(SlotDst, rax)?;
            h.jmp(Continue)?;
            c.call_helper(HelperCall)?;
            c.exc_check()?;
            c.jmp(Continue)
        },
    );
    // `String.fromCharCode(c)` builds a string a character at a time in
    // every tokenizer; a unit below 256 has a permanent one-unit string
    // (`Vm::unit_strings`), so the call is a load from that table. Guarded
    // like the `Math` calls; a unit of 256 and up, a number that is not a
    // Smi, or another callee is the call helper's generic call.
    def(
        s,
        "call_from_char_code",
        "String.fromCharCode inline: guard on the built-in and a Smi below 256, load the one-unit string; else the call helper",
        |h, c| {
            h.load(rax, SlotA)?;
            h.imm64(rcx, FromCharCode)?;
            h.a.cmp(rax, rcx)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.lea(rdx, ArgBase)?;
            h.a.mov(rsi, qword_ptr(rdx))?;
            h.a.test(sil, 1)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            // Sign-extended, compared unsigned: negatives fail too.
            h.a.sar(rsi, 32)?;
            h.a.cmp(rsi, 256)?;
            h.branch(Cold, |a, t| a.jae(t))?;
            h.imm64(rcx, UnitStrings)?;
            h.a.mov(rax, qword_ptr(rcx + rsi * 8))?;
            h.store(SlotDst, rax)?;
            h.jmp(Continue)?;
            c.call_helper(HelperCall)?;
            c.exc_check()?;
            c.jmp(Continue)
        },
    );
    // `a.push(v)`: guarded on the built-in and on `this` being an object
    // whose flags say array, neither frozen nor closed to extension (what
    // `builtins::array::push` checks before its fast loop); then a direct
    // call of `inline_builtins::array_push` with the array and the value,
    // skipping the call helper's decode, the native frame link and the
    // argument slice. NEVER back (a length past int32) is the generic call.
    def(
        s,
        "call_push",
        "Array.prototype.push(v) inline: guard on the built-in and an extensible array, call array_push directly; else the call helper",
        |h, c| {
            guard_inline_callee(h, ArrayPush)?;
            h.a.mov(rsi, qword_ptr(rdx))?;
            guard_extensible_array(h)?;
            // array_push(ctx, array, value): the context leads to the heap,
            // which a push into a double array converts or charges through.
            h.a.mov(rdx, rsi)?;
            h.a.mov(rsi, rdi)?;
            h.a.mov(rdi, r12)?;
            call_inline(h, c, HelperArrayPush)
        },
    );
    // `a.pop()`, a stack's other half (hanoi moves a disk with a pop and a
    // push): the generic call cost the call helper's decode, a native
    // frame and `builtins::array::pop`'s checks, three times the pop.
    // Guarded like `call_push`; `inline_builtins::array_pop` then takes
    // the common case (`JsObject::pop_dense`: a present, dense, non-double
    // last element) and answers NEVER for the rest -- without changing
    // anything -- which the generic call then does.
    def(
        s,
        "call_pop",
        "Array.prototype.pop() inline: guard on the built-in and an extensible array, call array_pop directly; else the call helper",
        |h, c| {
            guard_inline_callee(h, ArrayPop)?;
            guard_extensible_array(h)?;
            call_inline(h, c, HelperArrayPop)
        },
    );
    // `s.indexOf(",")`, a parser's other scan (exceptions.js looks for the
    // comma of every record): guarded on the pinned built-in and on two
    // string operands (`this`, the one argument); then a direct call of
    // `inline_builtins::string_index_of`, skipping the call helper's
    // decode, the native frame link and the argument slice. A `from`
    // argument (two arguments) is not inlined: the generic call.
    def(
        s,
        "call_index_of",
        "String.prototype.indexOf(string) inline: guard on the built-in and two strings, call string_index_of directly; else the call helper",
        |h, c| {
            guard_inline_callee(h, StringIndexOf)?;
            h.a.mov(rsi, qword_ptr(rdx))?;
            for r in [rdi, rsi] {
                h.a.lea(eax, ptr(r - 1))?;
                h.a.test(al, 3)?;
                h.branch(Cold, |a, t| a.jne(t))?;
                h.a.cmp(byte_ptr(r + OBJ_TAG_DISP), STRING_TAG as i32)?;
                h.branch(Cold, |a, t| a.jne(t))?;
            }
            call_inline(h, c, HelperStringIndexOf)
        },
    );
    // Closures (ARCHITECTURE.md, "Closures"): the running closure is in
    // r[-2]; its context is a field of it. A captured variable is slot
    // `CtxSlot` of the context `CtxDepth` parents up from the one in a
    // register: walk, then load or store.
    def(s, "load_env", "the running closure's context: [r[-2] + env]", |h, _| {
        h.a.mov(rax, qword_ptr(r13 - 16))?;
        h.a.mov(rax, qword_ptr(rax + OBJ_ENV_DISP))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)
    });
    def(s, "get_scoped", "captured variable: walk CtxDepth parents, load slot CtxSlot", |h, _| {
        let mut walk = h.a.create_label();
        let mut done = h.a.create_label();
        h.load(rax, SlotA)?;
        h.imm32(ecx, CtxDepth)?;
        h.a.test(ecx, ecx)?;
        h.a.je(done)?;
        h.a.set_label(&mut walk)?;
        h.a.mov(rax, qword_ptr(rax + CTX_PARENT_DISP))?;
        h.a.dec(ecx)?;
        h.a.jne(walk)?;
        h.a.set_label(&mut done)?;
        h.a.mov(rax, qword_ptr(rax + CTX_SLOTS_DISP))?;
        h.a.mov(rax, qword_ptr(rax + DISP_PH))?;
        h.hole(CtxSlot, Field::Disp);
        h.store(SlotDst, rax)?;
        h.jmp(Continue)
    });
    def(s, "set_scoped", "captured variable: walk CtxDepth parents, store slot CtxSlot", |h, _| {
        let mut walk = h.a.create_label();
        let mut done = h.a.create_label();
        h.load(rax, SlotA)?;
        h.imm32(ecx, CtxDepth)?;
        h.a.test(ecx, ecx)?;
        h.a.je(done)?;
        h.a.set_label(&mut walk)?;
        h.a.mov(rax, qword_ptr(rax + CTX_PARENT_DISP))?;
        h.a.dec(ecx)?;
        h.a.jne(walk)?;
        h.a.set_label(&mut done)?;
        barrier(h, rax, rcx)?;
        h.a.mov(rax, qword_ptr(rax + CTX_SLOTS_DISP))?;
        h.load(rdx, SlotB)?;
        h.a.mov(qword_ptr(rax + DISP_PH), rdx)?;
        h.hole(CtxSlot, Field::Disp);
        h.jmp(Continue)
    });
    // `throw` finds its handler in the same helper call that throws
    // (ARCHITECTURE.md, "Exception tables and unwinding"): the helper
    // returns the handler's address, or EXCEPTION once it has found none in
    // this frame, which goes straight back to the caller as `exc_return`
    // does.
    def(
        s,
        "throw_value",
        "throw / Rethrow: the throw helper also finds this frame's handler; jump there, else return EXCEPTION",
        |h, _| {
            let mut uncaught = h.a.create_label();
            h.call_helper(HelperThrow)?;
            h.cmp8(rax, V_EXCEPTION)?;
            h.a.je(uncaught)?;
            h.a.jmp(rax)?;
            h.a.set_label(&mut uncaught)?;
            h.a.add(rsp, 8)?;
            h.a.ret()
        },
    );
    def(s, "instance_of", "a instanceof b: its own helper, without exec_op's generic dispatch", |h, _| {
        h.call_helper(HelperInstanceOf)?;
        h.exc_check()?;
        h.jmp(Continue)
    });
    // Class constructors' `this` protocol (ARCHITECTURE.md, "Classes and
    // accessors"): each check is one compare inline; the error it guards
    // is raised by the generic code in the cold part.
    // `super(...)`'s parent constructor is the running constructor's
    // [[Prototype]], which its shape fixes (the prototype is part of the
    // shape), and whether that parent is a constructor never changes: so
    // one (shape, parent) pair per function, filled by the generic code
    // when it found a constructor, answers every later `super(...)` with a
    // compare. A class evaluated twice has two constructors of one code,
    // with different parents but different shapes too: the pair follows
    // the last one. The parent stays alive through the shape (immortal,
    // its prototype marked through the shape table).
    def(s, "super_ctor", "super(...)'s parent: the running constructor's shape vs the function's super cache, parent from it; else exec_op", |h, c| {
        // r[-2] is the running constructor, always an object (as `load_env`).
        h.a.mov(rax, qword_ptr(r13 - 16))?;
        super_cache_probe(h)?;
        c.slow_op()
    });
    def(
        s,
        "super_ctor_of",
        "super(...)'s parent in an arrow: r[a]'s shape vs the function's super cache, parent from it; else exec_op",
        |h, c| {
            h.load(rax, SlotA)?;
            h.a.lea(ecx, ptr(rax - 1))?;
            h.a.test(cl, 3)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            super_cache_probe(h)?;
            c.slow_op()
        },
    );
    def(s, "check_this", "derived constructor: `this` still HOLE throws (through exec_op), else on", |h, c| {
        h.load(rax, SlotA)?;
        h.cmp8(rax, V_HOLE)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.jmp(Continue)?;
        c.slow_op()
    });
    def(s, "bind_this", "super(...) done: `this` must be HOLE (else exec_op throws), then this = result", |h, c| {
        h.load(rax, SlotDst)?;
        h.cmp8(rax, V_HOLE)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.load(rax, SlotA)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        c.slow_op()
    });
    def(
        s,
        "ctor_result",
        "constructor's result: an object stays, undefined gives `this` (bound); else exec_op",
        |h, c| {
            let mut done = h.a.create_label();
            let mut not_object = h.a.create_label();
            h.load(rax, SlotDst)?;
            h.a.lea(ecx, ptr(rax - 1))?;
            h.a.test(cl, 3)?;
            h.a.jne(not_object)?;
            h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
            h.a.je(done)?;
            h.a.set_label(&mut not_object)?;
            h.cmp8(rax, V_UNDEFINED)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.load(rax, SlotA)?;
            h.cmp8(rax, V_HOLE)?;
            h.branch(Cold, |a, t| a.je(t))?;
            h.store(SlotDst, rax)?;
            h.a.set_label(&mut done)?;
            h.jmp(Continue)?;
            c.slow_op()
        },
    );
    def(s, "check_hole", "TDZ: a HOLE value throws (through exec_op), else on", |h, c| {
        h.load(rax, SlotA)?;
        h.cmp8(rax, V_HOLE)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.jmp(Continue)?;
        c.slow_op()
    });
    // Property access. An object value is its cell's address + 1 (`(v & 3)
    // == 1`, tested as `(v - 1) & 3 == 0`); the cell's first byte is its
    // kind tag, which must be checked before any payload field is read: a
    // heap double or string has other bytes there, and a double's bits are
    // the program's to choose, so the shape guard alone would not do.
    //
    // A string receiver reads from String.prototype (its only own named
    // property, `length`, has a stencil of its own), exactly as the inline
    // cache treats it (`ic::get_named`): the site is patched with that
    // object's shape, and the guard below checks the holder instead of the
    // receiver. So `s.charCodeAt` costs a tag test and one more load, where
    // it took the helper before.
    def(
        s,
        "get_named",
        "inline cache: shape guard (patched) -> slot load (a string reads String.prototype); else the get_named helper",
        |h, c| {
            let mut object = h.a.create_label();
            h.load(rax, SlotA)?;
            h.a.lea(ecx, ptr(rax - 1))?;
            h.a.test(cl, 3)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.movzx(ecx, byte_ptr(rax + OBJ_TAG_DISP))?;
            h.a.cmp(ecx, OBJECT_TAG as i32)?;
            h.a.je(object)?;
            h.a.cmp(ecx, STRING_TAG as i32)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            // Undefined until the JIT attaches to a VM with built-ins.
            h.a.mov(rax, qword_ptr(r12 + CTX_STRING_PROTO))?;
            h.a.lea(ecx, ptr(rax - 1))?;
            h.a.test(cl, 3)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.set_label(&mut object)?;
            h.imm64(rcx, ShapeGuard)?;
            h.a.cmp(qword_ptr(rax + OBJ_SHAPE_DISP), rcx)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.mov(rcx, qword_ptr(rax + OBJ_SLOTS_DISP))?;
            h.a.mov(rcx, qword_ptr(rcx + DISP_PH))?;
            h.hole(SlotOffset, Field::Disp);
            h.store(SlotDst, rcx)?;
            h.jmp(Continue)?;
            get_named_cold(c)
        },
    );
    // A method (or any property) found on the receiver's prototype, for a
    // site whose feedback was monomorphic on the prototype when compiled:
    // the receiver's shape proves which object the prototype is (shapes
    // include it), so the holder is an immediate; its own shape guard
    // proves the property is still in that slot.
    def(
        s,
        "get_named_proto",
        "inline cache: receiver shape and holder shape guards -> the holder's slot; else the get_named helper",
        |h, c| {
            h.load(rax, SlotA)?;
            h.a.lea(ecx, ptr(rax - 1))?;
            h.a.test(cl, 3)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.imm64(rcx, ShapeGuard)?;
            h.a.cmp(qword_ptr(rax + OBJ_SHAPE_DISP), rcx)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.imm64(rax, Holder)?;
            h.imm64(rcx, HolderShape)?;
            h.a.cmp(qword_ptr(rax + OBJ_SHAPE_DISP), rcx)?;
            h.branch(Cold, |a, t| a.jne(t))?;
            h.a.mov(rcx, qword_ptr(rax + OBJ_SLOTS_DISP))?;
            h.a.mov(rcx, qword_ptr(rcx + DISP_PH))?;
            h.hole(SlotOffset, Field::Disp);
            h.store(SlotDst, rcx)?;
            h.jmp(Continue)?;
            // A second shape: the same chain of cases as `get_named`'s.
            get_named_cold(c)
        },
    );
    // Only stores to an existing writable own slot are patched in: the
    // shape says the property is there and writable, and a frozen object
    // is in dictionary mode (a shape no site is patched with).
    def(s, "set_named", "inline cache: shape guard (patched) -> slot store; else the set_named helper", |h, c| {
        h.load(rax, SlotA)?;
        h.a.lea(ecx, ptr(rax - 1))?;
        h.a.test(cl, 3)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.imm64(rcx, ShapeGuard)?;
        h.a.cmp(qword_ptr(rax + OBJ_SHAPE_DISP), rcx)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        barrier(h, rax, rcx)?;
        h.a.mov(rcx, qword_ptr(rax + OBJ_SLOTS_DISP))?;
        h.load(rdx, SlotB)?;
        h.a.mov(qword_ptr(rcx + DISP_PH), rdx)?;
        h.hole(SlotOffset, Field::Disp);
        // The shape after the store: the same one, or the next one when
        // the store adds the property (into an in-object slot).
        h.imm64(rcx, ShapeAfter)?;
        h.a.mov(qword_ptr(rax + OBJ_SHAPE_DISP), rcx)?;
        h.jmp(Continue)?;
        scan_store_cache(c)?;
        c.call_helper(HelperSetNamed)?;
        c.exc_check()?;
        c.jmp(Continue)
    });
    // `.length`: an array's is its length field, a string's its length in
    // UTF-16 units (a Smi below 2^31); any other receiver, or a longer
    // array or string, takes the helper.
    def(s, "get_length", "an array's or a string's length field as a Smi; else the get_named helper", |h, c| {
        let mut string = h.a.create_label();
        let mut smi = h.a.create_label();
        h.load(rax, SlotA)?;
        h.a.lea(ecx, ptr(rax - 1))?;
        h.a.test(cl, 3)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.movzx(ecx, byte_ptr(rax + OBJ_TAG_DISP))?;
        h.a.cmp(ecx, OBJECT_TAG as i32)?;
        h.a.jne(string)?;
        h.a.test(byte_ptr(rax + OBJ_FLAGS_DISP), OBJ_ARRAY as i32)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.a.mov(eax, dword_ptr(rax + OBJ_LENGTH_DISP))?;
        h.a.test(eax, eax)?;
        h.branch(Cold, |a, t| a.js(t))?;
        h.a.set_label(&mut smi)?;
        h.a.shl(rax, 32)?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        h.a.set_label(&mut string)?;
        h.a.cmp(ecx, STRING_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.mov(rax, qword_ptr(rax + STR_LEN_DISP))?;
        h.a.mov(rcx, rax)?;
        h.a.shr(rcx, 31)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.jmp(smi)?;
        c.call_helper(HelperGetNamed)?;
        c.exc_check()?;
        c.jmp(Continue)
    });
    // A Smi key, sign-extended, compared unsigned with the dense length:
    // one test rejects negative and out-of-range indices.
    // Double elements (raw f64s) go to the cold part, which boxes the
    // number as arithmetic does (`doubles::store_number`: a Smi when it is
    // an int32 other than -0, else a double bumped from the LAB), so the
    // tiers agree on what a read gives.
    def(s, "get_index", "dense element by Smi index, not a hole (raw doubles: cold part); else slow", |h, c| {
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.a.test(cl, 1)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.lea(edx, ptr(rax - 1))?;
        h.a.test(dl, 3)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.sar(rcx, 32)?;
        h.a.mov(edx, dword_ptr(rax + OBJ_ELEMENTS_LEN_DISP))?;
        h.a.cmp(rcx, rdx)?;
        h.branch(Cold, |a, t| a.jae(t))?;
        h.a.movzx(esi, byte_ptr(rax + OBJ_KIND_DISP))?;
        h.a.mov(edi, KIND_DOUBLE_MASK)?;
        h.a.bt(edi, esi)?;
        h.branch(Cold, |a, t| a.jc(t))?;
        h.a.mov(rdx, qword_ptr(rax + OBJ_ELEMENTS_DISP))?;
        h.a.mov(rax, qword_ptr(rdx + rcx * 8))?;
        h.cmp8(rax, V_HOLE)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.store(SlotDst, rax)?;
        h.jmp(Continue)?;
        let mut slow = c.a.create_label();
        dense_double(c, slow, false)?;
        c.a.mov(rax, qword_ptr(rdx + rcx * 8))?;
        c.a.mov(rsi, HOLE_NAN)?;
        c.a.cmp(rax, rsi)?;
        c.a.je(slow)?;
        c.a.movq(xmm0, rax)?;
        doubles::store_number(c, slow)?;
        c.a.set_label(&mut slow)?;
        c.slow_op()
    });
    // Stores within the dense elements of an object that is not frozen:
    // over an element, or into a hole when the object is extensible (what
    // `property::set_on` does; a hole's kind is HOLEY_* already, so filling
    // it changes the kind only as the value does). `new Array(n)` filled
    // by index takes this path from its second store on. The elements kind
    // must stay true: a Smi never changes it, and any other value (but
    // HOLE) leaves PACKED/HOLEY_ELEMENTS as they are.
    //
    // The value decides the rest, so it is loaded first and the kind once:
    // a Smi needs a kind that is not double (and no barrier: it refers to
    // nothing); any other value a PACKED/HOLEY_ELEMENTS kind (which is not
    // double either), and the barrier only when it is a heap pointer --
    // `true`, `false`, `undefined` and `null` are immediates. (Before:
    // two kind loads and the barrier's age test on every store; arraysieve
    // stores `true` and `false` only.)
    def(s, "set_index", "store a dense element (a hole if extensible; kind unchanged); else slow", |h, c| {
        let mut smi = h.a.create_label();
        let mut kind_ok = h.a.create_label();
        let mut elements = h.a.create_label();
        let mut present = h.a.create_label();
        h.load(rax, SlotA)?;
        h.load(rcx, SlotB)?;
        h.a.test(cl, 1)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.lea(edx, ptr(rax - 1))?;
        h.a.test(dl, 3)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.test(byte_ptr(rax + OBJ_FLAGS_DISP), (OBJ_FROZEN | OBJ_MAPPED) as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.sar(rcx, 32)?;
        h.a.mov(edx, dword_ptr(rax + OBJ_ELEMENTS_LEN_DISP))?;
        h.a.cmp(rcx, rdx)?;
        h.branch(Cold, |a, t| a.jae(t))?;
        h.load(rsi, SlotC)?;
        h.a.movzx(edi, byte_ptr(rax + OBJ_KIND_DISP))?;
        h.a.mov(rdx, qword_ptr(rax + OBJ_ELEMENTS_DISP))?;
        h.a.test(sil, 1)?;
        h.a.je(smi)?;
        h.cmp8(rsi, V_HOLE)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.a.cmp(edi, KIND_HOLEY as i32)?;
        h.a.je(kind_ok)?;
        h.a.cmp(edi, KIND_PACKED as i32)?;
        h.branch(Cold, |a, t| a.jne(t))?;
        h.a.set_label(&mut kind_ok)?;
        h.a.lea(edi, ptr(rsi - 1))?;
        h.a.test(dil, 3)?;
        h.a.jne(elements)?;
        barrier(h, rax, rdi)?;
        h.a.jmp(elements)?;
        h.a.set_label(&mut smi)?;
        h.a.mov(r8d, KIND_DOUBLE_MASK)?;
        h.a.bt(r8d, edi)?;
        h.branch(Cold, |a, t| a.jc(t))?;
        // Only an object closed to extension must not fill a hole, so an
        // extensible one stores without reading the old element: a
        // strided store into a big array (arraysieve's inner loop) misses
        // the cache, and a load that misses stalls where a store does not.
        h.a.set_label(&mut elements)?;
        h.a.test(byte_ptr(rax + OBJ_FLAGS_DISP), OBJ_NOT_EXTENSIBLE as i32)?;
        h.a.je(present)?;
        h.a.cmp(qword_ptr(rdx + rcx * 8), V_HOLE as i32)?;
        h.branch(Cold, |a, t| a.je(t))?;
        h.a.set_label(&mut present)?;
        h.a.mov(qword_ptr(rdx + rcx * 8), rsi)?;
        h.jmp(Continue)?;
        // Double elements: a number is stored raw (a Smi converted, a heap
        // double unboxed, a NaN made the canonical one so it is never the
        // hole NaN); no barrier, a raw f64 refers to nothing.
        let mut slow = c.a.create_label();
        let mut present = c.a.create_label();
        let mut ordered = c.a.create_label();
        dense_double(c, slow, true)?;
        c.a.mov(rsi, HOLE_NAN)?;
        c.a.cmp(qword_ptr(rdx + rcx * 8), rsi)?;
        c.a.jne(present)?;
        c.a.test(byte_ptr(rax + OBJ_FLAGS_DISP), OBJ_NOT_EXTENSIBLE as i32)?;
        c.a.jnz(slow)?;
        c.a.set_label(&mut present)?;
        c.load(rsi, SlotC)?;
        doubles::number_to_xmm(c, rsi, (esi, sil), xmm0, slow)?;
        c.a.ucomisd(xmm0, xmm0)?;
        c.a.jnp(ordered)?;
        c.a.mov(rsi, CANONICAL_NAN)?;
        c.a.movq(xmm0, rsi)?;
        c.a.set_label(&mut ordered)?;
        c.a.movsd_2(qword_ptr(rdx + rcx * 8), xmm0)?;
        c.jmp(Continue)?;
        c.a.set_label(&mut slow)?;
        c.slow_op()
    });

    def(s, "return", "rax = src; return", |h, _| {
        h.load(rax, SlotA)?;
        h.a.add(rsp, 8)?;
        h.a.ret()
    });
    def(s, "slow", "generic: exec_op helper", |h, _| h.slow_op());
    def(s, "slow_cond", "generic conditional jump: exec_cond helper", |h, _| h.slow_cond());

    // `new F(...)` of a plain function F (not a class): the target a
    // `new_call` site is patched to, one per compiled F (`runtime::
    // construct_entry`), entered like F's code (r13 its frame, new.target
    // F in the receiver slot). The helper makes `this` (an object
    // inheriting from F.prototype) over new.target; F's code runs as for
    // a call; then `new`'s rule: a result that is not an object gives
    // `this`. r13 is saved across F's code, which leaves it anywhere.
    def(
        s,
        "construct_entry",
        "new F(...) of a plain function: this from the plain_this helper, call F's code, non-object result -> this",
        |h, _| {
            let mut done = h.a.create_label();
            let mut use_this = h.a.create_label();
            h.a.push(r13)?; // entry rsp ≡ 8: now ≡ 0, as calls want
            h.a.mov(rdi, r12)?;
            h.a.mov(rsi, r13)?;
            h.imm64(rdx, Proto)?;
            h.a.xor(ecx, ecx)?;
            h.imm64(rax, HelperPlainThis)?;
            h.a.call(rax)?;
            h.cmp8(rax, V_EXCEPTION)?;
            h.a.je(done)?;
            h.imm64(rax, CallTarget)?;
            h.a.call(rax)?;
            h.a.mov(r13, qword_ptr(rsp))?;
            h.cmp8(rax, V_EXCEPTION)?;
            h.a.je(done)?;
            h.a.lea(ecx, ptr(rax - 1))?;
            h.a.test(cl, 3)?;
            h.a.jne(use_this)?;
            h.a.cmp(byte_ptr(rax + OBJ_TAG_DISP), OBJECT_TAG as i32)?;
            h.a.je(done)?;
            h.a.set_label(&mut use_this)?;
            h.a.mov(rax, qword_ptr(r13 - 8))?;
            h.a.set_label(&mut done)?;
            h.a.pop(r13)?;
            h.a.ret()
        },
    );

    // A direct call with fewer arguments than the callee has parameters
    // (`f()` of `function f(x)`): compiled code's prologue clears only the
    // registers past the parameters, so the missing ones are made
    // undefined here, then the callee's code runs as if called directly.
    // One per (callee code, argument count) (`runtime::pad_entry`); the
    // stores stay within the frame window every frame base has.
    def(s, "pad_entry", "f() of function f(x): undefined into the missing arguments, jump to f's code", |h, _| {
        let mut each = h.a.create_label();
        h.lea(rdi, PadFrom)?;
        h.lea(rcx, PadTo)?;
        h.a.mov(eax, V_UNDEFINED as u32)?;
        h.a.set_label(&mut each)?;
        h.a.mov(qword_ptr(rdi), rax)?;
        h.a.add(rdi, 8)?;
        h.a.cmp(rdi, rcx)?;
        h.a.jb(each)?;
        h.imm64(rax, CallTarget)?;
        h.a.jmp(rax)
    });

    // A direct call of a function that gathers its arguments (`arguments`,
    // a rest parameter): the helper makes the object or array from the
    // `argc` (PadFrom / 8) arguments the site laid out, as the call helper
    // would, then the callee's code runs as if called directly. One per
    // (callee code, argument count), like a pad entry.
    def(
        s,
        "gather_entry",
        "f(a, b) of a function reading arguments: the gather helper, then jump to f's code",
        |h, _| {
            let mut threw = h.a.create_label();
            h.a.push(r13)?;
            h.a.mov(rdi, r12)?;
            h.a.mov(rsi, r13)?;
            h.imm64(rdx, Proto)?;
            h.a.mov(ecx, IMM32_PH)?;
            h.hole(PadFrom, Field::Imm);
            h.a.shr(ecx, 3)?;
            h.imm64(rax, HelperGather)?;
            h.a.call(rax)?;
            h.a.pop(r13)?;
            h.cmp8(rax, V_EXCEPTION)?;
            h.a.je(threw)?;
            h.imm64(rax, CallTarget)?;
            h.a.jmp(rax)?;
            h.a.set_label(&mut threw)?;
            h.a.ret()
        },
    );

    // Trampolines from Rust: enter(ctx, frame, code) -> u64.
    def(s, "enter", "trampoline: save callee-saved, set r12/r13, call code", |h, _| {
        for r in [rbx, rbp, r12, r13, r14, r15] {
            h.a.push(r)?;
        }
        h.a.sub(rsp, 8)?; // entry rsp ≡ 8, six pushes: ≡ 8; now ≡ 0
        h.a.mov(r12, rdi)?;
        h.a.mov(r13, rsi)?;
        h.a.call(rdx)?;
        h.a.add(rsp, 8)?;
        for r in [r15, r14, r13, r12, rbp, rbx] {
            h.a.pop(r)?;
        }
        h.a.ret()
    });
    def(s, "enter_osr", "trampoline: enter a body mid-function as after the prologue", |h, _| {
        let mut body = h.a.create_label();
        for r in [rbx, rbp, r12, r13, r14, r15] {
            h.a.push(r)?;
        }
        h.a.sub(rsp, 8)?;
        h.a.mov(r12, rdi)?;
        h.a.mov(r13, rsi)?;
        // Push a return address to here, then do the prologue's `sub rsp, 8`:
        // the body's `add rsp, 8; ret` comes back to the `add` below.
        h.a.call(body)?;
        h.a.add(rsp, 8)?;
        for r in [r15, r14, r13, r12, rbp, rbx] {
            h.a.pop(r)?;
        }
        h.a.ret()?;
        h.a.set_label(&mut body)?;
        h.a.sub(rsp, 8)?;
        h.a.jmp(rdx)
    });
    v
}

fn bytes_array(b: &[u8]) -> String {
    let mut s = String::from("[");
    for (i, x) in b.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "0x{:02x}", x);
    }
    s.push(']');
    s
}

/// Assembles every stencil and writes `$OUT_DIR/stencils.rs`: per stencil,
/// its bytes and holes (the `Stencil` that listings, the disassembly and
/// tests read) and its *emitter*, a function that copies the bytes and
/// fills every hole at a constant offset with its relocation
/// (`abi::HoleKind::reloc`) spelled out: what the compiler runs, with no
/// table lookups and no branches.
/// The stores that fill a part's holes, one per hole at a constant offset
/// of `hb` (hot, at code offset `h`) or `cb` (cold, at `c`): each is the
/// hole's relocation (`HoleKind::reloc`) spelled out.
fn hole_stores(part: &Part, cold: bool) -> String {
    let mut body = String::new();
    for &(kind, off, width) in &part.holes {
        let (input, scale) = kind.reloc();
        let mut v = Vec::new();
        if kind.has_base() {
            v.push(format!("k[{}]", kind as usize));
        }
        if input != IN_NONE {
            v.push(if scale == 1 { format!("i[{}]", input) } else { format!("{} * i[{}]", scale, input) });
        }
        if kind.is_rel32() {
            v.push(format!("-(({} + {}) as i64)", if cold { "c" } else { "h" }, off + 4));
        }
        let v = if v.is_empty() { "0".to_string() } else { v.join(" + ").replace("+ -", "- ") };
        let (buf, put) = (if cold { "cb" } else { "hb" }, if width == 8 { "put8" } else { "put4" });
        let _ = writeln!(body, "    {}({}, {}, {}); // {:?}", put, buf, off, v, kind);
    }
    body
}

pub fn generate(out_dir: &Path) {
    println!("cargo:rerun-if-changed=build/stencils.rs");
    println!("cargo:rerun-if-changed=src/jit/abi.rs");
    println!("cargo:rerun-if-changed=src/instructions.rs");
    let defs = all_stencils();
    // A row naming a stencil that does not exist fails here, with the
    // row's name, rather than as an unknown `id::` in the decoder.
    for (op, ids) in SERVED_BY {
        for id in *ids {
            assert!(defs.iter().any(|d| d.name.to_uppercase() == *id), "instruction {}: no stencil {}", op, id);
        }
    }
    let mut out = String::new();
    out.push_str("// @generated by build/stencils.rs: do not edit.\n\n");
    let mut ids = String::new();
    let mut emits = String::new();
    let mut call_holes = String::new();
    let mut emitter_names = String::new();
    // Slow paths are mostly alike (26 stencils share one that calls
    // `exec_op`): each distinct cold part gets one byte array and one
    // emitter, shared, so a compile touches fewer cache lines.
    let mut colds: Vec<&Part> = Vec::new();
    for d in &defs {
        if !colds.iter().any(|c| c.bytes == d.cold.bytes && c.holes == d.cold.holes) {
            colds.push(&d.cold);
        }
    }
    for (n, part) in colds.iter().enumerate() {
        let len = part.bytes.len();
        let _ = writeln!(out, "static COLD_{}: [u8; {}] = {};", n, len, bytes_array(&part.bytes));
        if len == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "#[inline(never)]\n#[allow(unused_variables, clippy::identity_op)]\n\
             fn emit_cold_{}(cb: &mut [u8; {}], c: usize, i: &[i64; NINPUTS], k: &[i64; NKINDS]) {{\n    *cb = COLD_{};\n{}}}\n",
            n,
            len,
            n,
            hole_stores(part, true)
        );
    }
    for (id, d) in defs.iter().enumerate() {
        let upper = d.name.to_uppercase();
        let cold = colds.iter().position(|c| c.bytes == d.cold.bytes && c.holes == d.cold.holes).expect("listed");
        let mut holes = String::new();
        let mut needs = 0u32;
        let (nh, nc) = (d.hot.bytes.len(), d.cold.bytes.len());
        let mut body = format!("    let (hb, cb) = parts::<{}, {}>(b, h, c);\n    *hb = {}_HOT;\n", nh, nc, upper);
        body.push_str(&hole_stores(&d.hot, false));
        if nc > 0 {
            let _ = writeln!(body, "    emit_cold_{}(cb, c, i, k);", cold);
        }
        for (part, cold) in [(&d.hot, false), (&d.cold, true)] {
            for &(kind, off, width) in &part.holes {
                let _ = write!(
                    holes,
                    "\n        Hole {{ kind: HoleKind::{:?}, cold: {}, offset: {}, width: {} }},",
                    kind, cold, off, width
                );
                needs |= 1 << kind.reloc().0;
                if matches!(
                    kind,
                    HoleKind::ShapeGuard
                        | HoleKind::SlotOffset
                        | HoleKind::ShapeAfter
                        | HoleKind::Holder
                        | HoleKind::HolderShape
                        | HoleKind::IcEntries
                        | HoleKind::GetterCache
                        | HoleKind::PolyCases
                        | HoleKind::AllocCache
                ) {
                    // Where a property site's patchable fields are, for `compile`.
                    let _ = writeln!(
                        call_holes,
                        "/// Where the `{}` stencil's {:?} hole is: (in the cold part, offset).\npub const {}_{}_AT: (bool, u32) = ({}, {});",
                        d.name,
                        kind,
                        upper,
                        match kind {
                            HoleKind::ShapeGuard => "SHAPE",
                            HoleKind::ShapeAfter => "AFTER",
                            HoleKind::Holder => "HOLDER",
                            HoleKind::HolderShape => "HOLDER_SHAPE",
                            HoleKind::IcEntries => "ENTRIES",
                            HoleKind::GetterCache => "GETTERS",
                            HoleKind::PolyCases => "CASES",
                            HoleKind::AllocCache => "CACHE",
                            _ => "SLOT",
                        },
                        cold,
                        off
                    );
                }
                // The call stencil's are `CALL_*_AT`; the constructing call
                // sites' are prefixed with their stencil's name.
                let prefix = if d.name == "call" { String::new() } else { format!("{}_", upper) };
                if kind == HoleKind::CallCache {
                    let _ = writeln!(
                        call_holes,
                        "/// Where the `{}` stencil's CallCache hole is: (in the cold part, offset).\npub const {}CALL_CACHE_AT: (bool, u32) = ({}, {});",
                        d.name, prefix, cold, off
                    );
                }
                if matches!(kind, HoleKind::CallGuard | HoleKind::CallTarget) {
                    // Where a call site's patchable words are, for `compile`.
                    let _ = writeln!(
                        call_holes,
                        "/// Where the `{}` stencil's {:?} hole is: (in the cold part, offset).\npub const {}{}: (bool, u32) = ({}, {});",
                        d.name,
                        kind,
                        prefix,
                        if kind == HoleKind::CallGuard { "CALL_GUARD_AT" } else { "CALL_TARGET_AT" },
                        cold,
                        off
                    );
                }
            }
        }
        let _ = writeln!(out, "static {}_HOT: [u8; {}] = {};", upper, nh, bytes_array(&d.hot.bytes));
        let _ = writeln!(
            out,
            "/// `{}`: {}\npub static {}: Stencil = Stencil {{\n    name: {:?},\n    ops: &{:?},\n    doc: {:?},\n    \
             hot: &{}_HOT,\n    cold: &COLD_{},\n    holes: &[{}\n    ],\n    continue_at: {:?},\n}};\n",
            d.name,
            d.doc,
            upper,
            d.name,
            ops_served(d.name),
            d.doc,
            upper,
            cold,
            holes,
            d.hot.continue_at,
        );
        let _ = writeln!(
            out,
            "#[allow(unused_variables, clippy::identity_op)]\npub fn emit_{}(b: &mut [u8], h: usize, c: usize, i: &[i64; NINPUTS], k: &[i64; NKINDS]) {{\n{}}}\n",
            d.name, body
        );
        let _ = writeln!(ids, "    pub const {}: u8 = {};", upper, id);
        let _ = writeln!(emitter_names, "    pub use super::emit_{} as {};", d.name, upper);
        let _ = write!(
            emits,
            "\n    Emit {{ emit: emit_{}, hot_len: {}, keep: {}, cold_len: {}, holes: {}, needs: {:#x} }},",
            d.name,
            nh,
            d.hot.continue_at.map_or(nh, |c| c as usize),
            nc,
            d.hot.holes.len() + d.cold.holes.len(),
            needs
        );
    }
    out.push_str(&call_holes);
    let _ = writeln!(
        out,
        "/// Every stencil's emitter under its id's name (`emitters::ADD` is\n/// `EMIT[id::ADD].emit`), for direct calls.\npub mod emitters {{\n{}}}\n",
        emitter_names
    );
    let _ = writeln!(out, "/// Stencil ids: indices into `ALL` and `EMIT`.\npub mod id {{\n{}}}\n", ids);
    let _ = writeln!(
        out,
        "/// Every stencil's emitter, by id.\npub static EMIT: [Emit; {}] = [{}\n];\n",
        defs.len(),
        emits
    );
    let _ = write!(out, "/// Every stencil, by id.\npub static ALL: [&Stencil; {}] = [", defs.len());
    for d in &defs {
        let _ = write!(out, "&{}, ", d.name.to_uppercase());
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("stencils.rs"), out).expect("write stencils.rs");
}
