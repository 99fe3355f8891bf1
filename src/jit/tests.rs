//! Tests of the stencil table, the compiler and running compiled code
//! through the trampolines against mock helpers.

use std::rc::Rc;

use super::abi::IN_DST;
use super::code::{HoleNote, PatchedHole, PropSiteState};
use super::decode::{self, decode, decode_registers};
use super::*;
use crate::bytecode::{FuncProto, Op};
use crate::value::*;

// ---------------------------------------------------------------- helpers

/// What a mock `exec_op` writes when the real VM would make a heap double.
const SLOW_RESULT: u64 = 0xdead_0001;

#[derive(Default)]
struct Mock {
    exec_op: Vec<u32>,
    exec_cond: Vec<u32>,
    calls: Vec<u32>,
    /// Pcs the property helpers ran for.
    props: Vec<u32>,
    polls: u32,
    overflows: u32,
    /// Exception exits taken (the mock finds no handler).
    unwinds: u32,
    /// Set when a helper saw a writable+executable mapping.
    saw_wx: bool,
    check_wx: bool,
    /// Callee values -> their code, for the mock `call`.
    callees: Vec<(u64, &'static CompiledCode)>,
    /// Whether the mock `call` patches the site.
    patch: bool,
    /// loop_poll: clear the interrupt and continue (else raise).
    resume_after_poll: bool,
}

fn mock<'a>(ctx: *mut JitCtx) -> &'a mut Mock {
    // SAFETY: every test ctx's `vm` points to the Env's boxed Mock, which
    // outlives the run; the test does not touch it while code runs.
    unsafe { &mut *((*ctx).vm as *mut Mock) }
}

fn slot(frame: *mut u64, r: u8) -> u64 {
    // SAFETY: r comes from bytecode the compiler checked against nregs.
    unsafe { *frame.add(r as usize) }
}

fn set_slot(frame: *mut u64, r: u8, v: u64) {
    // SAFETY: as in `slot`.
    unsafe { *frame.add(r as usize) = v }
}

fn proto_ref<'a>(p: *const FuncProto) -> &'a FuncProto {
    // SAFETY: compiled code passes the proto it was compiled from, which
    // the test keeps alive.
    unsafe { &*p }
}

fn has_wx_mapping() -> bool {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("read /proc/self/maps");
    maps.lines().any(|l| l.split_whitespace().nth(1).is_some_and(|p| p.starts_with("rwx")))
}

fn smi_of(v: u64) -> Option<i64> {
    (v & 1 == 0).then_some((v as i64) >> 32)
}

/// A word the mock machine holds as a value.
fn word(v: u64) -> Value {
    // SAFETY: the mock tests put only Smis and immediates in their frames.
    unsafe { Value::from_bits(v) }
}

fn smi_result(x: Option<i64>) -> u64 {
    match x {
        Some(v) if v >= i32::MIN as i64 && v <= i32::MAX as i64 => Value::smi(v as i32).to_bits(),
        _ => SLOW_RESULT,
    }
}

fn both(frame: *mut u64, a: u8, b: u8) -> Option<(i64, i64)> {
    Some((smi_of(slot(frame, a))?, smi_of(slot(frame, b))?))
}

extern "sysv64" fn mock_exec_op(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    let m = mock(ctx);
    m.exec_op.push(pc);
    if m.check_wx && has_wx_mapping() {
        m.saw_wx = true;
    }
    let op = proto_ref(proto).code[pc as usize];
    let dst = decode_registers(proto_ref(proto), pc).reg(IN_DST);
    let cmp = |a, b, f: fn(i64, i64) -> bool| match both(frame, a, b) {
        Some((x, y)) => Value::bool(f(x, y)).to_bits(),
        None => SLOW_RESULT,
    };
    let v = match op {
        Op::Add { a, b, .. } => smi_result(both(frame, a, b).map(|(x, y)| x + y)),
        Op::Sub { a, b, .. } => smi_result(both(frame, a, b).map(|(x, y)| x - y)),
        Op::Mul { a, b, .. } => smi_result(both(frame, a, b).and_then(|(x, y)| {
            let p = x * y;
            (p != 0 || (x >= 0 && y >= 0)).then_some(p)
        })),
        Op::AddImm { a, imm, .. } => smi_result(smi_of(slot(frame, a)).map(|x| x + imm as i64)),
        Op::Lt { a, b, .. } => cmp(a, b, |x, y| x < y),
        Op::StrictEq { a, b, .. } => cmp(a, b, |x, y| x == y),
        Op::Throw { .. } => return EXCEPTION_BITS,
        _ => SLOW_RESULT,
    };
    if let Some(dst) = dst {
        set_slot(frame, dst as u8, v);
    }
    0
}

extern "sysv64" fn mock_exec_cond(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    let m = mock(ctx);
    m.exec_cond.push(pc);
    let op = proto_ref(proto).code[pc as usize];
    let not = |a, b, f: fn(i64, i64) -> bool| match both(frame, a, b) {
        Some((x, y)) => !f(x, y) as u64,
        None => EXCEPTION_BITS,
    };
    match op {
        Op::JumpIfTrue { src, .. } => word(slot(frame, src)).truthy() as u64,
        Op::JumpIfFalse { src, .. } => !word(slot(frame, src)).truthy() as u64,
        Op::JumpIfNotLt { a, b, .. } => not(a, b, |x, y| x < y),
        Op::JumpIfNotLe { a, b, .. } => not(a, b, |x, y| x <= y),
        Op::JumpIfNotEq { a, b, .. } | Op::JumpIfNotStrictEq { a, b, .. } => not(a, b, |x, y| x == y),
        _ => EXCEPTION_BITS,
    }
}

extern "sysv64" fn mock_call(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    let m = mock(ctx);
    m.calls.push(pc);
    let p = proto_ref(proto);
    let Op::Call { dst, func, .. } = p.code[pc as usize] else { return EXCEPTION_BITS };
    let callee_value = slot(frame, func);
    let Some(callee) = m.callees.iter().find(|c| c.0 == callee_value).map(|c| c.1) else {
        return EXCEPTION_BITS;
    };
    if m.patch {
        let me = code_of(p).expect("caller is compiled");
        // SAFETY: the callee was compiled with the same mock helpers and no
        // globals, and the tests' callees take no more arguments than given.
        // (A patched site guards on the code a function object runs: the
        // fake callee's is FAKE_CODE.)
        unsafe { me.patch_call_site(pc, FAKE_CODE, callee.entry()) }.expect("patch");
        if m.check_wx && has_wx_mapping() {
            m.saw_wx = true;
        }
    }
    // SAFETY: the context the caller was entered with (its `vm` is the
    // mock), the callee's frame inside the same Env stack, a live entry.
    let r = unsafe { enter(ctx, frame.wrapping_add(func as usize + crate::exec::ARGS_AFTER_FUNC), callee.entry()) };
    if r == EXCEPTION_BITS {
        return r;
    }
    set_slot(frame, dst, r);
    0
}

extern "sysv64" fn mock_loop_poll(ctx: *mut JitCtx, _: *mut u64, _: *const FuncProto, _: u32) -> u64 {
    let m = mock(ctx);
    m.polls += 1;
    if m.resume_after_poll {
        // SAFETY: ctx is the live test context.
        unsafe { (*ctx).interrupt.store(0, std::sync::atomic::Ordering::Relaxed) };
        0
    } else {
        EXCEPTION_BITS
    }
}

extern "sysv64" fn mock_stack_overflow(ctx: *mut JitCtx, _: *mut u64, _: *const FuncProto, _: u32) -> u64 {
    mock(ctx).overflows += 1;
    EXCEPTION_BITS
}

extern "sysv64" fn mock_unwind(ctx: *mut JitCtx, _: *mut u64, _: *const FuncProto, _: u32) -> u64 {
    mock(ctx).unwinds += 1;
    EXCEPTION_BITS
}

/// The property helpers: record the pc, write SLOW_RESULT (get).
extern "sysv64" fn mock_get_named(ctx: *mut JitCtx, frame: *mut u64, proto: *const FuncProto, pc: u32) -> u64 {
    mock(ctx).props.push(pc);
    if let Op::GetNamed { dst, .. } = proto_ref(proto).code[pc as usize] {
        set_slot(frame, dst, SLOW_RESULT);
    }
    0
}

extern "sysv64" fn mock_set_named(ctx: *mut JitCtx, _: *mut u64, _: *const FuncProto, pc: u32) -> u64 {
    mock(ctx).props.push(pc);
    0
}

fn helpers() -> Helpers {
    Helpers {
        exec_op: mock_exec_op,
        exec_cond: mock_exec_cond,
        call: mock_call,
        loop_poll: mock_loop_poll,
        stack_overflow: mock_stack_overflow,
        unwind: mock_unwind,
        get_named: mock_get_named,
        set_named: mock_set_named,
        construct: mock_exec_op,
        throw: mock_unwind,
        instance_of: mock_exec_op,
    }
}

fn proto(name: &str, nparams: u16, nregs: u16, code: Vec<Op>, consts: Vec<Value>) -> Rc<FuncProto> {
    Rc::new(FuncProto::synthetic(name, nparams, nregs, code, consts))
}

fn no_globals(_: u32) -> (*mut u64, bool, Option<u64>) {
    (std::ptr::null_mut(), false, None)
}

fn jit(p: &Rc<FuncProto>, opts: JitOptions) -> &'static CompiledCode {
    let code = compile(p, &helpers(), &opts, &no_globals).expect("compile");
    set_code(p, code);
    code
}

/// A value stack, a context and a mock VM.
struct Env {
    mock: Box<Mock>,
    ctx: Box<JitCtx>,
    stack: Vec<u64>,
}

impl Env {
    fn new(slots: usize) -> Env {
        let mut mock = Box::<Mock>::default();
        // The call stencil writes each callee's frame link `LINK_OFFSET`
        // bytes above its frame (`Slots::with_links`): the block has room
        // for them (zeroed pages, untouched unless written).
        let mut stack = vec![0u64; slots + crate::jit::abi::LINK_OFFSET as usize / 8];
        stack[..slots].fill(UNDEFINED_BITS);
        let base = stack.as_mut_ptr();
        let ctx = Box::new(JitCtx::new(&mut *mock as *mut Mock as *mut (), base.wrapping_add(slots), base, 0));
        Env { mock, ctx, stack }
    }

    fn run(&mut self, code: &CompiledCode) -> u64 {
        // SAFETY: the Env's context describes its own stack and points at
        // its boxed mock, which the mock helpers the tests compile with
        // expect; the code is compiled and live, and uses no globals
        // (`no_globals`) except where a test passes slots it owns.
        unsafe { enter(&mut *self.ctx, self.stack.as_mut_ptr(), code.entry()) }
    }

    fn m(&mut self) -> &mut Mock {
        &mut self.mock
    }
}

fn smi(i: i32) -> u64 {
    Value::smi(i).to_bits()
}

const ALL_OPTS: [JitOptions; 4] = [
    JitOptions {
        smi_fast_paths: true,
        fall_through: true,
        inline_caches: true,
        double_fast_paths: true,
        math: [0; super::decode::INLINE_MATH.len()],
        exc_return: true,
        reuse_doubles: true,
        const_operands: true,
        unit_strings: 0,
        object_template: 0,
        wide_template: 0,
        array_template: 0,
    },
    JitOptions {
        smi_fast_paths: true,
        fall_through: false,
        inline_caches: true,
        double_fast_paths: true,
        math: [0; super::decode::INLINE_MATH.len()],
        exc_return: true,
        reuse_doubles: true,
        const_operands: true,
        unit_strings: 0,
        object_template: 0,
        wide_template: 0,
        array_template: 0,
    },
    JitOptions {
        smi_fast_paths: false,
        fall_through: true,
        inline_caches: false,
        double_fast_paths: false,
        math: [0; super::decode::INLINE_MATH.len()],
        exc_return: true,
        reuse_doubles: true,
        const_operands: true,
        unit_strings: 0,
        object_template: 0,
        wide_template: 0,
        array_template: 0,
    },
    JitOptions {
        smi_fast_paths: false,
        fall_through: false,
        inline_caches: true,
        double_fast_paths: true,
        math: [0; super::decode::INLINE_MATH.len()],
        exc_return: true,
        reuse_doubles: true,
        const_operands: true,
        unit_strings: 0,
        object_template: 0,
        wide_template: 0,
        array_template: 0,
    },
];

// ---------------------------------------------------------------- the table

#[test]
fn abi_constants_match_values() {
    assert_eq!(abi::V_UNDEFINED, UNDEFINED_BITS);
    assert_eq!(abi::V_NULL, NULL_BITS);
    assert_eq!(abi::V_FALSE, FALSE_BITS);
    assert_eq!(abi::V_TRUE, TRUE_BITS);
    assert_eq!(abi::V_HOLE, HOLE_BITS);
    assert_eq!(abi::V_EXCEPTION, EXCEPTION_BITS);
    assert_eq!(abi::V_NEVER, NEVER_BITS);
}

#[test]
fn stencil_table_is_sound() {
    let mut names = std::collections::HashSet::new();
    for s in stencils::ALL {
        assert!(names.insert(s.name), "duplicate stencil {}", s.name);
        assert!(!s.hot.is_empty(), "{} has no code", s.name);
        for h in s.holes {
            let part = if h.cold { s.cold } else { s.hot };
            assert!((h.offset + h.width as u32) as usize <= part.len(), "{}: {:?} out of bounds", s.name, h);
            assert_eq!(h.width, h.kind.width(), "{}: {:?}", s.name, h);
        }
        if let Some(c) = s.continue_at {
            // The trailing instruction is `jmp rel32` to the next stencil.
            assert_eq!(c as usize + 5, s.hot.len(), "{}", s.name);
            assert_eq!(s.hot[c as usize], 0xe9, "{}", s.name);
            assert!(s.holes.iter().any(|h| !h.cold && h.kind == HoleKind::Continue && h.offset == c + 1));
        }
        // Holes never overlap.
        let mut hs: Vec<_> = s.holes.iter().collect();
        hs.sort_by_key(|h| (h.cold, h.offset));
        for w in hs.windows(2) {
            assert!(w[0].cold != w[1].cold || w[0].offset + w[0].width as u32 <= w[1].offset, "{}", s.name);
        }
        // The code decodes cleanly, and the continuation jmp is the last
        // instruction of the hot part.
        for (bytes, cold) in [(s.hot, false), (s.cold, true)] {
            let mut dec = iced_x86::Decoder::new(64, bytes, iced_x86::DecoderOptions::NONE);
            let mut last = 0;
            while dec.can_decode() {
                last = dec.position();
                let i = dec.decode();
                assert!(!i.is_invalid(), "{}: invalid instruction at {}", s.name, last);
            }
            if !cold {
                if let Some(c) = s.continue_at {
                    assert_eq!(last, c as usize, "{}", s.name);
                }
            }
        }
    }
    for s in [
        &stencils::PROLOGUE,
        &stencils::ENTER,
        &stencils::ENTER_OSR,
        &stencils::EXC_EXIT,
        &stencils::EXC_RETURN,
        &stencils::CONSTRUCT_ENTRY,
        &stencils::PAD_ENTRY,
    ] {
        assert!(names.contains(s.name));
    }
    // Every op a stencil claims to serve exists, and every stencil but the
    // structural ones serves some op.
    let structural = [
        "prologue",
        "fall_off",
        "exc_exit",
        "exc_return",
        "enter",
        "enter_osr",
        "construct_entry",
        "pad_entry",
        "gather_entry",
    ];
    for s in stencils::ALL {
        for op in s.ops {
            assert!(crate::bytecode::OP_NAMES.contains(op), "{} lists unknown op {}", s.name, op);
        }
        assert_eq!(s.ops.is_empty(), structural.contains(&s.name), "{}", s.name);
    }
}

#[test]
fn every_op_has_a_stencil() {
    let ops = crate::bytecode::every_op();
    let names: std::collections::HashSet<_> = ops.iter().map(|o| o.name()).collect();
    assert_eq!(names.len(), ops.len());
    // One of each opcode, in `Op::index` order.
    assert_eq!(ops.len(), crate::bytecode::OP_NAMES.len());
    for (i, op) in ops.iter().enumerate() {
        assert_eq!(op.index(), i, "{}", op.name());
    }
    let mut slot = 0u64;
    let slot_addr = &mut slot as *mut u64;
    let mut chosen = std::collections::HashSet::new();
    for (i, op) in ops.iter().enumerate() {
        // (`every_op`'s property site is site 0.)
        let named = |name: &str| vec![crate::bytecode::PropSite::new(name.into(), 0)];
        let (x, length) = (named("x"), named("length"));
        // A site whose feedback is monomorphic on the prototype.
        let on_proto = named("m");
        on_proto[0].state.set(crate::bytecode::IcState::Mono);
        on_proto[0].entries[0].set(crate::bytecode::IcEntry {
            shape: 16,
            slot: 0,
            kind: crate::bytecode::IcKind::Proto,
            holder: Value::NULL,
            holder_shape: 32,
            mids: [0, 0],
            mid_objs: [Value::UNDEFINED; 2],
        });
        on_proto[0].seen.borrow_mut().push(1);
        let options = [
            (true, true, true, &x),
            (false, true, true, &x),
            (true, false, true, &x),
            (true, true, true, &length),
            (true, true, true, &on_proto),
            (true, true, false, &x),
        ];
        for (smi_fast_paths, inline_caches, doubles, sites) in options {
            // (A nonzero template address: allocation inline, `--no-inline-alloc` off.)
            let slots = [(slot_addr, true, 0), (slot_addr, false, 0), (std::ptr::null_mut(), false, 0x1000)];
            for (addr, fast_set, template) in slots {
                let global = |_: u32| (addr, fast_set, None);
                let env = decode::Env::new(&[], &global, 4, 50, smi_fast_paths, inline_caches)
                    .with_sites(sites)
                    .with_doubles(doubles)
                    .with_alloc(template);
                let id = decode(op, i as u32, &env).id;
                let s = stencils::ALL[id as usize];
                assert!(s.ops.contains(&op.name()), "{} -> {} which does not list it", op.name(), s.name);
                chosen.insert((op.name(), s.name));
                // The compiler's first pass reads the choice from a table.
                assert_eq!(decode::stencil_of(op, 0, &env), id, "{}", op.name());
            }
        }
    }
    // A literal with more properties than an object's usual cell holds
    // (`every_op`'s has one).
    let wide = Op::NewObject { dst: 0, size: crate::heap::object::WIDE as u8 };
    let env = decode::Env::new(&[], &|_| (std::ptr::null_mut(), false, None), 4, 50, true, true).with_alloc(0x1000);
    let s = stencils::ALL[decode(&wide, 0, &env).id as usize];
    assert_eq!(s.name, "new_object_wide");
    chosen.insert((wide.name(), s.name));
    // `[]` (`every_op`'s array literal has an item).
    let empty = Op::NewArray { dst: 0, base: 1, argc: 0 };
    let s = stencils::ALL[decode(&empty, 0, &env).id as usize];
    assert_eq!(s.name, "new_array");
    assert_eq!(decode::stencil_of(&empty, 0, &env), decode(&empty, 0, &env).id);
    chosen.insert((empty.name(), s.name));
    // And a stencil lists exactly the ops `decode` can give it: both come
    // from the instruction table.
    for s in stencils::ALL {
        // The inline `Math` calls are chosen from the call's code and a
        // VM's built-ins (`Env::with_math`), which this table has not:
        // tests/lang/doubles/math_inline.js runs them in every tier.
        // So are the fused arithmetic pairs (`Env::fused_pair`):
        // tests/lang/doubles/fused_pairs.js; and the `_own` stencils, from
        // the function's registers (`jit::owned`):
        // tests/lang/doubles/owned_registers.js. The compares with a
        // constant (`_k`, `Env::smi_const`) need the `LoadConst` before:
        // tests/lang/comparison/strict_equality_constants.js. A `const`
        // global read as its value (`load_const` for `GetGlobal`) needs
        // an initialized const: tests/lang/control/const_global_operands.js.
        if s.name == "load_const" {
            assert!(chosen.contains(&("LoadConst", s.name)), "load_const is never chosen for LoadConst");
            continue;
        }
        if s.name.starts_with("call_")
            || s.name.starts_with("mod_const")
            || s.name.starts_with("div_const")
            || s.name.starts_with("fuse_")
            || s.name.ends_with("_own")
            || s.name.ends_with("_k")
            || s.name.ends_with("_k_own")
            || s.name == "load_const_folded"
        {
            continue;
        }
        for op in s.ops {
            assert!(chosen.contains(&(*op, s.name)), "{} lists {}, which never gets it", s.name, op);
        }
    }
    // And every op compiles (all registers/targets in range).
    let p = proto("every", 0, 4, ops, vec![Value::smi(0)]);
    let globals = |_| (std::ptr::null_mut(), true, None);
    for opts in ALL_OPTS {
        compile(&p, &helpers(), &opts, &globals).expect("compile every op");
    }
}

/// Each operand reaches the decoder's input for its kind (the table's
/// kinds; `every_op` puts dst in r0, a in r1, b in r2).
#[test]
fn decode_feeds_each_operand_by_its_kind() {
    use super::abi::{IN_A, IN_B, IN_PAYLOAD, IN_TARGET};
    use crate::bytecode::OperandKind;
    let mut slot = 0u64;
    let slot_addr = &mut slot as *mut u64;
    let global = |_: u32| (slot_addr, true, None);
    let consts = [Value::smi(7)];
    let env = decode::Env::new(&consts, &global, 4, 50, true, true);
    for op in crate::bytecode::every_op() {
        let d = decode(&op, 0, &env);
        let has = |k| op.operand(k).is_some();
        let name = op.name();
        assert_eq!(d.reg(IN_DST), has(OperandKind::Dst).then_some(0), "{}", name);
        assert_eq!(d.reg(IN_A), has(OperandKind::A).then_some(1), "{}", name);
        assert_eq!(d.reg(IN_B), has(OperandKind::B).then_some(2), "{}", name);
        let payload =
            has(OperandKind::Const) || has(OperandKind::Imm) || has(OperandKind::GlobalSlot) || has(OperandKind::Slot);
        assert_eq!(d.valid & 1 << IN_PAYLOAD != 0, payload, "{}", name);
        assert_eq!(d.valid & 1 << IN_TARGET != 0, has(OperandKind::Target), "{}", name);
        // An op with both (NewRegExp: a pattern and its flags, read by its
        // helper) keeps the later one, the immediate.
        if has(OperandKind::Imm) {
            assert_eq!(d.payload, 1 << 32, "{}", name);
        } else if has(OperandKind::Const) {
            assert_eq!(d.payload, Value::smi(7).to_bits() as i64, "{}", name);
        } else if has(OperandKind::GlobalSlot) {
            assert_eq!(d.payload, slot_addr as i64, "{}", name);
        }
    }
}

/// The listing prints operands by kind, or by the row's format.
#[test]
fn listing_prints_operands_by_kind() {
    let p = proto("every", 1, 4, crate::bytecode::every_op(), vec![Value::smi(7)]);
    let text: Vec<String> = p.code.iter().map(|op| crate::listing::describe(&p, op)).collect();
    for line in [
        "Mov r0 r1",
        "LoadConst r0 <- k0 (7)",
        "SetGlobal g=0 r1",
        "AddImm r0 r1 imm=1",
        "Loop ->0 counter=0",
        "JumpIfNotLt r1 r2 ->0",
        "Call r0 r1 argc=1",
        "Print r1 argc=1",
    ] {
        assert!(text.iter().any(|t| t == line), "no {:?} in {:#?}", line, text);
    }
}

// ---------------------------------------------------------------- running

fn binary(op: fn(u8, u8, u8) -> Op, x: u64, y: u64, opts: JitOptions) -> (u64, usize) {
    let p = proto("bin", 2, 3, vec![op(2, 0, 1), Op::Return { src: 2 }], vec![]);
    let code = jit(&p, opts);
    let mut env = Env::new(16);
    env.stack[0] = x;
    env.stack[1] = y;
    let r = env.run(code);
    (r, env.m().exec_op.len())
}

const FAST: JitOptions = JitOptions {
    smi_fast_paths: true,
    fall_through: true,
    inline_caches: true,
    double_fast_paths: true,
    math: [0; super::decode::INLINE_MATH.len()],
    exc_return: true,
    reuse_doubles: true,
    const_operands: true,
    unit_strings: 0,
    object_template: 0,
    wide_template: 0,
    array_template: 0,
};

#[test]
fn add_of_two_smis_is_fast() {
    let add = |d, a, b| Op::Add { dst: d, a, b };
    assert_eq!(binary(add, smi(40), smi(2), FAST), (smi(42), 0));
    assert_eq!(binary(add, smi(-5), smi(2), FAST), (smi(-3), 0));
}

#[test]
fn overflow_takes_the_slow_path() {
    let add = |d, a, b| Op::Add { dst: d, a, b };
    let sub = |d, a, b| Op::Sub { dst: d, a, b };
    let mul = |d, a, b| Op::Mul { dst: d, a, b };
    assert_eq!(binary(add, smi(i32::MAX), smi(1), FAST), (SLOW_RESULT, 1));
    assert_eq!(binary(sub, smi(i32::MIN), smi(1), FAST), (SLOW_RESULT, 1));
    assert_eq!(binary(mul, smi(65536), smi(65536), FAST), (SLOW_RESULT, 1));
    assert_eq!(binary(mul, smi(-7), smi(6), FAST), (smi(-42), 0));
    // -0 is a double.
    assert_eq!(binary(mul, smi(0), smi(-1), FAST), (SLOW_RESULT, 1));
    assert_eq!(binary(mul, smi(0), smi(5), FAST), (smi(0), 0));
    // Non-Smi operand.
    assert_eq!(binary(add, UNDEFINED_BITS, smi(1), FAST), (SLOW_RESULT, 1));
}

#[test]
fn smi_fast_paths_compute_like_javascript() {
    type Mk = fn(u8, u8, u8) -> Op;
    let cases: Vec<(Mk, i32, i32, Option<u64>)> = vec![
        (|d, a, b| Op::Div { dst: d, a, b }, 42, 6, Some(smi(7))),
        (|d, a, b| Op::Div { dst: d, a, b }, -42, 6, Some(smi(-7))),
        (|d, a, b| Op::Div { dst: d, a, b }, 7, 2, None),
        (|d, a, b| Op::Div { dst: d, a, b }, 7, 0, None),
        (|d, a, b| Op::Div { dst: d, a, b }, i32::MIN, -1, None),
        (|d, a, b| Op::Div { dst: d, a, b }, 0, -3, None),
        (|d, a, b| Op::Mod { dst: d, a, b }, 17, 5, Some(smi(2))),
        (|d, a, b| Op::Mod { dst: d, a, b }, 0, 5, Some(smi(0))),
        (|d, a, b| Op::Mod { dst: d, a, b }, -4, 2, None),
        (|d, a, b| Op::Mod { dst: d, a, b }, 4, 0, None),
        (|d, a, b| Op::BitAnd { dst: d, a, b }, 12, 10, Some(smi(8))),
        (|d, a, b| Op::BitOr { dst: d, a, b }, 12, 10, Some(smi(14))),
        (|d, a, b| Op::BitXor { dst: d, a, b }, 12, -1, Some(smi(!12))),
        (|d, a, b| Op::Shl { dst: d, a, b }, 1, 31, Some(smi(i32::MIN))),
        (|d, a, b| Op::Shl { dst: d, a, b }, 3, 33, Some(smi(6))),
        (|d, a, b| Op::Shr { dst: d, a, b }, -16, 2, Some(smi(-4))),
        (|d, a, b| Op::UShr { dst: d, a, b }, 16, 2, Some(smi(4))),
        (|d, a, b| Op::UShr { dst: d, a, b }, -1, 0, None),
        (|d, a, b| Op::UShr { dst: d, a, b }, -1, 1, Some(smi(i32::MAX))),
        (|d, a, b| Op::Lt { dst: d, a, b }, -1, 2, Some(TRUE_BITS)),
        (|d, a, b| Op::Le { dst: d, a, b }, 2, 2, Some(TRUE_BITS)),
        (|d, a, b| Op::Gt { dst: d, a, b }, -1, 2, Some(FALSE_BITS)),
        (|d, a, b| Op::Ge { dst: d, a, b }, 3, 2, Some(TRUE_BITS)),
        (|d, a, b| Op::StrictEq { dst: d, a, b }, 3, 3, Some(TRUE_BITS)),
        (|d, a, b| Op::StrictNe { dst: d, a, b }, 3, 3, Some(FALSE_BITS)),
        (|d, a, b| Op::Eq { dst: d, a, b }, 3, 4, Some(FALSE_BITS)),
    ];
    for (i, (mk, x, y, want)) in cases.into_iter().enumerate() {
        let (r, slow) = binary(mk, smi(x), smi(y), FAST);
        match want {
            Some(v) => assert_eq!((r, slow), (v, 0), "case {}: {:?}", i, mk(2, 0, 1)),
            None => assert_eq!(slow, 1, "case {} should be slow: {:?}", i, mk(2, 0, 1)),
        }
    }
}

fn unary(op: Op, x: u64) -> (u64, usize) {
    let p = proto("un", 1, 2, vec![op, Op::Return { src: 1 }], vec![]);
    let code = jit(&p, FAST);
    let mut env = Env::new(8);
    env.stack[0] = x;
    let r = env.run(code);
    (r, env.m().exec_op.len())
}

#[test]
fn unary_fast_paths() {
    let neg = Op::Neg { dst: 1, src: 0 };
    assert_eq!(unary(neg, smi(5)), (smi(-5), 0));
    assert_eq!(unary(neg, smi(0)).1, 1);
    assert_eq!(unary(neg, smi(i32::MIN)).1, 1);
    assert_eq!(unary(Op::BitNot { dst: 1, src: 0 }, smi(5)), (smi(-6), 0));
    assert_eq!(unary(Op::Not { dst: 1, src: 0 }, TRUE_BITS), (FALSE_BITS, 0));
    assert_eq!(unary(Op::Not { dst: 1, src: 0 }, FALSE_BITS), (TRUE_BITS, 0));
    assert_eq!(unary(Op::Not { dst: 1, src: 0 }, smi(0)).1, 1);
    assert_eq!(unary(Op::ToNumber { dst: 1, src: 0 }, smi(9)), (smi(9), 0));
    assert_eq!(unary(Op::ToNumber { dst: 1, src: 0 }, NULL_BITS).1, 1);
    assert_eq!(unary(Op::Typeof { dst: 1, src: 0 }, smi(1)), (SLOW_RESULT, 1));
}

/// `let i = 0; while (i < n) i = i + 1; return i;`
fn counting_loop(n: i32) -> Rc<FuncProto> {
    proto(
        "count",
        0,
        2,
        vec![
            Op::LoadConst { dst: 0, k: 0 },
            Op::LoadConst { dst: 1, k: 1 },
            Op::JumpIfNotLt { a: 0, b: 1, target: 5 },
            Op::AddImm { dst: 0, a: 0, imm: 1 },
            Op::Loop { target: 2, counter: 0 },
            Op::Return { src: 0 },
        ],
        vec![Value::smi(0), Value::smi(n)],
    )
}

#[test]
fn counting_loop_runs_in_every_mode() {
    for opts in ALL_OPTS {
        let p = counting_loop(1000);
        let code = jit(&p, opts);
        let mut env = Env::new(16);
        assert_eq!(env.run(code), smi(1000), "{:?}", opts);
        let m = env.m();
        if opts.smi_fast_paths {
            assert!(m.exec_op.is_empty() && m.exec_cond.is_empty());
        } else {
            assert_eq!(m.exec_op.len(), 1000);
            assert_eq!(m.exec_cond.len(), 1001);
        }
        if !opts.fall_through {
            assert_eq!(code.stats().elided_jumps, 0);
        }
    }
    let elided = jit(&counting_loop(1), FAST);
    let full = jit(&counting_loop(1), JitOptions { fall_through: false, ..FAST });
    assert_eq!(full.code().len() - elided.code().len(), 5 * elided.stats().elided_jumps);
}

#[test]
fn loop_polls_for_interrupts() {
    let p = counting_loop(10);
    let code = jit(&p, FAST);
    let mut env = Env::new(16);
    env.ctx.interrupt.store(1, std::sync::atomic::Ordering::Relaxed);
    env.m().resume_after_poll = true;
    assert_eq!(env.run(code), smi(10));
    assert_eq!(env.m().polls, 1);
    env.ctx.interrupt.store(1, std::sync::atomic::Ordering::Relaxed);
    env.m().resume_after_poll = false;
    assert_eq!(env.run(code), EXCEPTION_BITS);
}

#[test]
fn osr_enters_at_a_loop_header() {
    let p = counting_loop(1000);
    let code = jit(&p, FAST);
    let mut env = Env::new(16);
    env.stack[0] = smi(990);
    env.stack[1] = smi(1000);
    let at = code.osr_entry(2).expect("pc 2");
    // SAFETY: as in `Env::run`, at an OSR entry of live code, with the
    // frame holding the loop's state at pc 2.
    let r = unsafe { enter_osr(&mut *env.ctx, env.stack.as_mut_ptr(), at) };
    assert_eq!(r, smi(1000));
    let n = p.code.len() as u32;
    assert!((0..=n).all(|pc| code.pc_offset(pc).is_some()));
    assert_eq!(code.pc_offset(n + 1), None);
}

#[test]
fn conditional_jumps() {
    // r1 = src ? 1 : 2 through the given jump (jumps to pc 3).
    for opts in [FAST, JitOptions { fall_through: false, ..FAST }] {
        conditional_jumps_with(opts);
    }
}

fn conditional_jumps_with(opts: JitOptions) {
    let run = |jump: Op, v: u64| {
        let p = proto(
            "cond",
            1,
            2,
            vec![
                jump,
                Op::LoadConst { dst: 1, k: 0 },
                Op::Return { src: 1 },
                Op::LoadConst { dst: 1, k: 1 },
                Op::Return { src: 1 },
            ],
            vec![Value::smi(1), Value::smi(2)],
        );
        let code = jit(&p, opts);
        let mut env = Env::new(8);
        env.stack[0] = v;
        let r = env.run(code);
        (word(r).as_smi(), env.m().exec_cond.len())
    };
    let jt = Op::JumpIfTrue { src: 0, target: 3 };
    let jf = Op::JumpIfFalse { src: 0, target: 3 };
    let jn = Op::JumpIfNotNullish { src: 0, target: 3 };
    assert_eq!(run(jt, TRUE_BITS), (2, 0));
    assert_eq!(run(jt, FALSE_BITS), (1, 0));
    // Smis, undefined and null are decided in the stencil's cold part;
    // another immediate (here the hole) asks the helper.
    assert_eq!(run(jt, smi(7)), (2, 0));
    assert_eq!(run(jt, smi(0)), (1, 0));
    assert_eq!(run(jt, NULL_BITS), (1, 0));
    assert_eq!(run(jf, FALSE_BITS), (2, 0));
    assert_eq!(run(jf, smi(0)), (2, 0));
    assert_eq!(run(jf, UNDEFINED_BITS), (2, 0));
    assert_eq!(run(jf, HOLE_BITS).1, 1);
    assert_eq!(run(jn, UNDEFINED_BITS), (1, 0));
    assert_eq!(run(jn, NULL_BITS), (1, 0));
    assert_eq!(run(jn, smi(0)), (2, 0));
}

#[test]
fn globals_fast_and_slow() {
    let mut globals = vec![smi(5), HOLE_BITS, smi(0)];
    let base = globals.as_mut_ptr();
    let p = proto(
        "globals",
        0,
        2,
        vec![
            Op::GetGlobal { dst: 0, g: 0 },
            Op::SetGlobal { g: 2, src: 0 },
            Op::GetGlobal { dst: 1, g: 1 },
            Op::Return { src: 1 },
        ],
        vec![],
    );
    let addr = |g: u32| (base.wrapping_add(g as usize), true, None);
    let code = compile(&p, &helpers(), &FAST, &addr).expect("compile");
    let mut env = Env::new(8);
    assert_eq!(env.run(code), SLOW_RESULT); // g1 holds HOLE: exec_op
    assert_eq!(env.m().exec_op, vec![2]);
    assert_eq!(globals[2], smi(5));
    // SetGlobal not allowed fast: always exec_op.
    let slow = |g: u32| (base.wrapping_add(g as usize), false, None);
    let code = compile(&p, &helpers(), &FAST, &slow).expect("compile");
    let mut env = Env::new(8);
    env.run(code);
    assert_eq!(env.m().exec_op, vec![1, 2]);
}

#[test]
fn unknown_globals_use_the_slow_path() {
    let p = proto("g", 0, 1, vec![Op::GetGlobal { dst: 0, g: 7 }, Op::Return { src: 0 }], vec![]);
    let code = jit(&p, FAST);
    let mut env = Env::new(4);
    assert_eq!(env.run(code), SLOW_RESULT);
    assert_eq!(env.m().exec_op, vec![0]);
}

#[test]
fn exceptions_propagate() {
    let throw = Op::Throw { kind: crate::error::ErrorKind::TypeError, k: 0 };
    let p = proto("throw", 0, 1, vec![throw, Op::Return { src: 0 }], vec![Value::smi(0)]);
    // A function without handlers returns EXCEPTION from its `exc_return`
    // exit without asking the unwind helper.
    let code = jit(&p, FAST);
    let mut env = Env::new(8);
    assert_eq!(env.run(code), EXCEPTION_BITS);
    assert_eq!(env.m().unwinds, 0);
    // `--no-exc-return`: through the exception exit, which asked for a handler.
    let code = jit(&p, JitOptions { exc_return: false, ..FAST });
    let mut env = Env::new(8);
    assert_eq!(env.run(code), EXCEPTION_BITS);
    assert_eq!(env.m().unwinds, 1);
}

#[test]
fn falling_off_the_end_returns_undefined() {
    let p = proto("empty", 0, 1, vec![Op::LoadConst { dst: 0, k: 0 }], vec![Value::smi(3)]);
    let code = jit(&p, FAST);
    assert_eq!(Env::new(4).run(code), UNDEFINED_BITS);
}

#[test]
fn prologue_raises_hwm_and_leaves_locals_alone() {
    // The bytecode compiler initialises every register before use, so the
    // prologue spends nothing on clearing the frame.
    let p = proto("locals", 1, 4, vec![Op::Return { src: 3 }], vec![]);
    let code = jit(&p, FAST);
    let mut env = Env::new(8);
    env.stack[..4].copy_from_slice(&[smi(1), smi(2), smi(3), smi(4)]);
    assert_eq!(env.run(code), smi(4));
    assert_eq!(env.stack[0], smi(1));
    assert_eq!(env.ctx.hwm, env.stack.as_mut_ptr().wrapping_add(4));
}

/// `function add1(x) { return x + 1 }` called from a compiled caller.
fn callee_and_caller() -> (Rc<FuncProto>, Rc<FuncProto>) {
    let callee = proto("add1", 1, 2, vec![Op::AddImm { dst: 1, a: 0, imm: 1 }, Op::Return { src: 1 }], vec![]);
    let caller = proto(
        "caller",
        0,
        3,
        // r0 holds the callee (the tests put the fake function there: a
        // constant would be formatted by listings, which read objects).
        vec![Op::LoadConst { dst: 2, k: 0 }, Op::Call { dst: 2, func: 0, argc: 1 }, Op::Return { src: 2 }],
        vec![Value::smi(41)],
    );
    (callee, caller)
}

#[test]
fn call_sites_are_patched_and_then_called_directly() {
    let (callee, caller) = callee_and_caller();
    let callee_code = jit(&callee, FAST);
    let caller_code = jit(&caller, FAST);
    let mut env = Env::new(32);
    let f = fake_callee(FAKE_CODE);
    env.m().callees.push((f, callee_code));
    env.m().patch = true;
    env.m().check_wx = true;
    assert_eq!(caller_code.call_site_state(1), Some(CallSiteState::Stub));
    assert!(caller_code.disassemble(&caller).contains("call guard (stub)"));
    env.stack[0] = f;
    assert_eq!(env.run(caller_code), smi(42));
    assert_eq!(env.m().calls, vec![1]);
    assert_eq!(
        caller_code.call_site_state(1),
        Some(CallSiteState::Patched { guard: FAKE_CODE, target: callee_code.entry() as usize })
    );
    // Second run: straight through the patched site.
    env.stack[0] = f;
    assert_eq!(env.run(caller_code), smi(42));
    assert_eq!(env.m().calls, vec![1]);
    assert!(!env.m().saw_wx);
    // Another function object of the same code (a fresh closure) passes
    // the guard too: the site stays patched.
    let g = fake_callee(FAKE_CODE);
    env.m().callees.push((g, callee_code));
    env.stack[0] = g;
    assert_eq!(env.run(caller_code), smi(42));
    assert_eq!(env.m().calls, vec![1]);
    // A function object of other code misses the guard.
    let h = fake_callee(FAKE_CODE + 8);
    env.m().callees.push((h, callee_code));
    env.m().patch = false;
    env.stack[0] = h;
    assert_eq!(env.run(caller_code), smi(42));
    assert_eq!(env.m().calls, vec![1, 1]);
    let asm = caller_code.disassemble_with(&caller, &|g| (g == FAKE_CODE).then(|| "add1".to_string()));
    assert!(asm.contains("patched -> code of add1"), "{}", asm);
    // A generic site always takes the helper.
    caller_code.make_call_site_generic(1).unwrap();
    env.stack[0] = f;
    assert_eq!(env.run(caller_code), smi(42));
    assert_eq!(env.m().calls, vec![1, 1, 1]);
}

/// The `call` helper finds a site from its pc through the pc's unit
/// (`Placed::site`), on every unpatched call: each call pc must reach its
/// own site, and no other pc any site, in a function with many of them.
#[test]
fn every_call_site_is_found_from_its_pc() {
    let mut code = Vec::new();
    for k in 0..3000u32 {
        match k % 3 {
            0 => code.push(Op::LoadConst { dst: 0, k: 0 }),
            1 => code.push(Op::Call { dst: 2, func: 0, argc: 1 }),
            _ => code.push(Op::Mov { dst: 1, src: 2 }),
        }
    }
    code.push(Op::Return { src: 2 });
    let f = proto("many_calls", 0, 3, code, vec![word(FAKE_CALLEE)]);
    let compiled = jit(&f, FAST);
    assert_eq!(compiled.call_sites().len(), 1000);
    for pc in 0..f.code.len() as u32 + 3 {
        let is_call = matches!(f.code.get(pc as usize), Some(Op::Call { .. }));
        let site = compiled.call_site(pc);
        assert_eq!(site.map(|s| s.pc), is_call.then_some(pc), "pc {}", pc);
        assert_eq!(compiled.call_site_state(pc), is_call.then_some(CallSiteState::Stub), "pc {}", pc);
    }
}

#[test]
fn deep_recursion_is_a_stack_overflow_not_a_crash() {
    // function f(n) { return f(n) } with a patched self-call.
    let f = proto(
        "f",
        1,
        4,
        vec![
            Op::LoadConst { dst: 1, k: 0 },
            Op::Mov { dst: 3, src: 0 },
            Op::Call { dst: 1, func: 1, argc: 1 },
            Op::Return { src: 1 },
        ],
        vec![word(fake_callee(FAKE_CODE))],
    );
    let code = jit(&f, FAST);
    // SAFETY: a self-call (same helpers, argc 1 >= nparams 1).
    unsafe { code.patch_call_site(2, FAKE_CODE, code.entry()) }.unwrap();
    let mut env = Env::new(100);
    assert_eq!(env.run(code), EXCEPTION_BITS);
    assert_eq!(env.m().overflows, 1);
    // The native limit too.
    env.ctx.native_limit = usize::MAX;
    assert_eq!(env.run(code), EXCEPTION_BITS);
    assert_eq!(env.m().overflows, 2);
    code.unpatch_call_site(2).unwrap();
}

#[test]
fn no_mapping_is_writable_and_executable() {
    let p = proto(
        "print",
        0,
        1,
        vec![Op::LoadConst { dst: 0, k: 0 }, Op::Print { base: 0, argc: 1 }, Op::Return { src: 0 }],
        vec![Value::smi(1)],
    );
    let code = jit(&p, FAST);
    let mut env = Env::new(8);
    env.m().check_wx = true;
    assert_eq!(env.run(code), smi(1));
    assert_eq!(env.m().exec_op, vec![1]);
    assert!(!env.m().saw_wx);
    assert!(!has_wx_mapping());
}

#[test]
fn compile_rejects_malformed_bytecode() {
    let bad_reg = proto("bad", 0, 2, vec![Op::Mov { dst: 5, src: 0 }], vec![]);
    assert!(compile(&bad_reg, &helpers(), &FAST, &no_globals).is_err());
    let bad_target = proto("bad", 0, 2, vec![Op::Jump { target: 9 }], vec![]);
    assert!(compile(&bad_target, &helpers(), &FAST, &no_globals).is_err());
    let bad_const = proto("bad", 0, 2, vec![Op::LoadConst { dst: 0, k: 3 }], vec![]);
    assert!(compile(&bad_const, &helpers(), &FAST, &no_globals).is_err());
}

#[test]
fn disassembly_names_stencils_and_holes() {
    let p = counting_loop(10);
    let code = jit(&p, FAST);
    let asm = code.disassemble(&p);
    for want in [
        "pc 3: AddImm",
        "[add_imm]",
        "hole: slot r0",
        "hole: smi 1",
        "hole: target pc 5",
        "hole: target pc 2",
        "hole: helper exec_cond",
        "hole: helper loop_poll",
        "hole: exception exit",
        "(falls through)",
        "cold pc 2",
    ] {
        assert!(asm.contains(want), "missing {:?} in\n{}", want, asm);
    }
    let all = all_stencils_listing();
    assert!(all.contains("== stencil add "));
    assert!(all.contains("elided when the next stencil follows"));
    assert!(code.stats().compile_ticks > 0);
    assert_eq!(code.stats().instructions, 6);
}

/// The value a hole should hold, from what the disassembly says went in.
fn expected_hole_value(code: &CompiledCode, p: &FuncProto, h: &PatchedHole, global: u64) -> i64 {
    let rel = |dest: u32| dest as i64 - (h.offset as i64 + 4);
    let h2 = helpers();
    match h.note {
        HoleNote::Slot(r) => r as i64 * 8,
        HoleNote::FrameShift(d) => d as i64 * 8,
        HoleNote::FrameEnd(r) => r as i64 * 8,
        HoleNote::Const(k) => p.consts[k as usize].to_bits() as i64,
        HoleNote::GlobalConst(_, bits) => bits as i64,
        HoleNote::SmiImm(i) => (i as i64) << 32,
        HoleNote::Global(_) => global as i64,
        HoleNote::Proto => p as *const FuncProto as i64,
        HoleNote::Pc(pc) => pc as i64,
        HoleNote::Helper(name) => {
            (match name {
                "exec_op" => h2.exec_op,
                "exec_cond" => h2.exec_cond,
                "call" => h2.call,
                "loop_poll" => h2.loop_poll,
                "unwind" => h2.unwind,
                "get_named" => h2.get_named,
                "set_named" => h2.set_named,
                "construct" => h2.construct,
                "throw" => h2.throw,
                "instance_of" => h2.instance_of,
                // The `add` stencil's string join: in every `add`, VM or not.
                "string_concat" => {
                    return super::inline_builtins::string_concat
                        as extern "sysv64" fn(*mut super::ctx::JitCtx, u64, u64) -> u64
                        as usize as i64
                }
                // The equality stencils' string compare: in every one.
                "string_equal" => {
                    return super::inline_builtins::string_equal as extern "sysv64" fn(u64, u64) -> u64 as usize as i64
                }
                _ => h2.stack_overflow,
            }) as usize as i64
        }
        // The unit tests compile without a VM: no built-in to guard on.
        HoleNote::MathGuard(_) => 0,
        HoleNote::UnitStrings => 0,
        HoleNote::ModMagic(m) => m as i64,
        HoleNote::ObjectTemplate | HoleNote::WideTemplate | HoleNote::ArrayTemplate => 0,
        HoleNote::AllocCache(pc) => code.alloc_site(pc).map_or(0, |s| s.cache.as_ptr() as i64),
        HoleNote::SuperCache => p.super_ctor_cache.as_ptr() as i64,
        HoleNote::CallGuard(_) => NEVER_BITS as i64,
        HoleNote::CallTarget(_) => 0,
        HoleNote::ShapeGuard(pc) => match code.prop_site_state(pc) {
            Some(PropSiteState::Patched { shape, .. }) => shape as i64,
            _ => 0,
        },
        HoleNote::SlotOffset(pc) => match code.prop_site_state(pc) {
            Some(PropSiteState::Patched { slot, .. }) => slot as i64 * 8,
            _ => 0,
        },
        // A store compiled patched keeps its shape.
        HoleNote::ShapeAfter(pc) => match code.prop_site_state(pc) {
            Some(PropSiteState::Patched { shape, .. }) => shape as i64,
            _ => 0,
        },
        HoleNote::CtxDepth(n) => n as i64,
        HoleNote::CtxSlot(i) => i as i64 * 8,
        // A `get_named_proto` site's holder and its shape: the feedback's.
        HoleNote::Holder(pc) | HoleNote::HolderShape(pc) => {
            let Some(Op::GetNamed { site, .. }) = p.code.get(pc as usize) else { return 0 };
            let e = p.sites[*site as usize].entries[0].get();
            if matches!(h.note, HoleNote::Holder(_)) {
                e.holder.to_bits() as i64
            } else {
                e.holder_shape as i64
            }
        }
        // A `get_named` site's cache entries, where the function's
        // property site keeps them.
        HoleNote::IcEntries(pc) => {
            let site = match p.code.get(pc as usize) {
                Some(Op::GetNamed { site, .. } | Op::SetNamed { site, .. }) => *site,
                _ => return 0,
            };
            p.sites
                .get(site as usize)
                .map_or(super::compile::NO_ENTRIES.as_ptr() as i64, |ps| ps.entries.as_ptr() as i64)
        }
        // A call site's polymorphic cache, in the code's site table.
        HoleNote::CallCache(pc) => code.call_site(pc).map_or(0, |s| s.cache.as_ptr() as i64),
        // A `get_named` site's getter cache, in the code's property site table.
        HoleNote::GetterCache(pc) => code.prop_site(pc).map_or(0, |s| s.getters.as_ptr() as i64),
        HoleNote::PolyCases(pc) => code.prop_site(pc).map_or(0, |s| s.cases.as_ptr() as i64),
        HoleNote::ToPc(t) => rel(code.pc_offset(t).expect("target pc")),
        HoleNote::ToCold(pc) => {
            let i = pc.map_or(0, |pc| pc as usize + 1);
            rel(code.placed()[i].cold.start)
        }
        HoleNote::ToExcExit => rel(code.placed().last().unwrap().hot.start),
    }
}

#[test]
fn hole_notes_agree_with_the_patched_bytes() {
    // The compiler fills holes from its relocation table; `--print-asm`
    // explains them with `hole_note`. Both must tell the same story.
    let mut global = 0u64;
    let gaddr = &mut global as *mut u64;
    let globals = move |_| (gaddr, true, None);
    let (callee, caller) = callee_and_caller();
    let protos =
        [proto("every", 1, 4, crate::bytecode::every_op(), vec![Value::smi(7)]), counting_loop(10), callee, caller];
    for p in &protos {
        for opts in ALL_OPTS {
            let code = compile(p, &helpers(), &opts, &globals).expect("compile");
            let bytes = code.code();
            let holes = code.holes(p);
            assert_eq!(holes.len(), code.stats().holes, "{}", p.name);
            for h in &holes {
                let at = h.offset as usize;
                let got = match h.width {
                    8 => i64::from_le_bytes(bytes[at..at + 8].try_into().unwrap()),
                    _ => i32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as i64,
                };
                let want = expected_hole_value(code, p, h, gaddr as u64);
                assert_eq!(got, want, "{} {:?}: {:?} at {:#x}", p.name, opts, h.note, h.offset);
            }
        }
    }
}

#[test]
fn functions_share_the_arena_and_never_move() {
    let a = jit(&counting_loop(3), FAST);
    let b = jit(&counting_loop(4), FAST);
    // Bump-allocated, cache-line aligned, not overlapping.
    for c in [&a, &b] {
        assert_eq!(c.entry() as usize % 64, 0);
    }
    let (x, y) = (a.entry() as usize, b.entry() as usize);
    assert!(x + a.code().len() <= y || y + b.code().len() <= x);
    // The execute view is not writable: /proc/self/maps has a read+execute
    // shared mapping (of anonymous memory, which the kernel names
    // /dev/zero) holding the code and no rwx mapping.
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let holding = maps.lines().find(|l| {
        let mut f = l.split_whitespace();
        let (range, perms) = (f.next().unwrap(), f.next().unwrap());
        let (lo, hi) = range.split_once('-').unwrap();
        let (lo, hi) = (usize::from_str_radix(lo, 16).unwrap(), usize::from_str_radix(hi, 16).unwrap());
        lo <= x && x < hi && perms == "r-xs"
    });
    assert!(holding.is_some_and(|l| l.contains("/dev/zero")), "{}", maps);
    assert!(!has_wx_mapping());
}

#[test]
fn a_function_bigger_than_a_chunk_gets_its_own() {
    // 20k instructions of Mov: several hundred KiB of code.
    let ops: Vec<Op> =
        (0..20_000).map(|i| Op::Mov { dst: (i % 2) as u8, src: 2 }).chain([Op::Return { src: 0 }]).collect();
    let p = proto("big", 3, 3, ops, vec![]);
    let code = jit(&p, FAST);
    assert!(code.code().len() > 64 << 10);
    let mut env = Env::new(8);
    env.stack[2] = smi(5);
    assert_eq!(env.run(code), smi(5));
    let small = jit(&counting_loop(2), FAST);
    assert_eq!(Env::new(8).run(small), smi(2));
}

/// Code that runs once per call only wins compiled if it stays in the
/// cache: a function of more than `MAX_STRAIGHT_LINE` bytes of hot code is
/// left to the interpreter unless one of its loops is small enough, and a
/// loop as big as the whole function does not count.
#[test]
fn huge_code_without_a_small_loop_is_left_to_the_interpreter() {
    let movs = |n: usize| (0..n).map(|i| Op::Mov { dst: (i % 2) as u8, src: 2 });
    // About 14 hot bytes per Mov: 3 MB.
    let straight: Vec<Op> = movs(220_000).chain([Op::Return { src: 0 }]).collect();
    let err = compile(&proto("straight", 3, 3, straight, vec![]), &helpers(), &FAST, &no_globals).unwrap_err();
    assert!(err.contains("too big to stay in the cache"), "{}", err);
    // The same code as the body of one loop.
    let n = 220_000u32;
    let one_loop: Vec<Op> =
        movs(n as usize).chain([Op::Loop { target: 0, counter: 0 }, Op::Return { src: 0 }]).collect();
    assert!(compile(&proto("one_loop", 3, 3, one_loop, vec![]), &helpers(), &FAST, &no_globals).is_err());
    // With a small loop at the end it is compiled.
    let small_loop: Vec<Op> = movs(n as usize)
        .chain([Op::Mov { dst: 0, src: 2 }, Op::Loop { target: n, counter: 0 }, Op::Return { src: 0 }])
        .collect();
    assert!(compile(&proto("small_loop", 3, 3, small_loop, vec![]), &helpers(), &FAST, &no_globals).is_ok());
}

/// Stands in for a function value in these VM-less tests. It is a Smi, so
/// that listings which format constants never dereference it.
const FAKE_CALLEE: u64 = 0x1001 << 32;

/// Stands in for a function's code (`*const FuncProto`), what a patched
/// call site guards on.
const FAKE_CODE: u64 = 0x5000;

/// A fake function object for the call stencil: a leaked cell whose kind
/// tag says object and whose code field is `code`. The stencil reads
/// nothing else of it.
fn fake_callee(code: u64) -> u64 {
    let mut cell = vec![0u64; 24];
    cell[0] = abi::OBJECT_TAG as u64;
    cell[((abi::OBJ_CODE_DISP + abi::PTR_TAG as i32) / 8) as usize] = code;
    let cell: &'static mut [u64] = Box::leak(cell.into_boxed_slice());
    cell.as_ptr() as u64 + abi::PTR_TAG
}

// ---------------------------------------------------------------- property sites

/// A fake object cell for the property stencils: header (kind tag), then
/// the payload fields they read (`abi::OBJ_*_DISP`), with its own slots
/// and elements. The stencils read nothing else, so no heap is needed.
struct FakeObject {
    cell: Vec<u64>,
    slots: Vec<u64>,
    elements: Vec<u64>,
}

const FAKE_SHAPE: u64 = 0x5a5a_5a50;

impl FakeObject {
    fn new(tag: u8, slots: Vec<u64>, elements: Vec<u64>) -> Box<FakeObject> {
        let mut o = Box::new(FakeObject { cell: vec![0; 8], slots, elements });
        let (s, e) = (o.slots.as_mut_ptr() as u64, o.elements.as_mut_ptr() as u64);
        let n = o.elements.len() as u64;
        o.cell[0] = tag as u64;
        o.cell[1] = FAKE_SHAPE;
        o.cell[2] = s;
        o.cell[3] = e;
        o.cell[4] = n | n << 32;
        o.cell[5] = (abi::KIND_PACKED as u64) << 8;
        o
    }

    fn value(&self) -> u64 {
        self.cell.as_ptr() as u64 | abi::PTR_TAG
    }

    /// The payload byte at `disp` from the value (flags, kind).
    fn set_byte(&mut self, disp: i32, v: u8) {
        let at = (disp + abi::PTR_TAG as i32) as usize;
        let mut bytes = self.cell[at / 8].to_le_bytes();
        bytes[at % 8] = v;
        self.cell[at / 8] = u64::from_le_bytes(bytes);
    }
}

fn prop_proto(op: Op) -> Rc<FuncProto> {
    let ret = match op {
        Op::GetNamed { dst, .. } | Op::GetIndex { dst, .. } => dst,
        _ => 0,
    };
    proto("props", 0, 4, vec![op, Op::Return { src: ret }], vec![])
}

#[test]
fn property_stencils_have_their_holes() {
    use super::stencils::{GET_INDEX, SET_INDEX, SET_NAMED_SLOT_AT};
    use super::stencils::{GET_NAMED, GET_NAMED_SHAPE_AT, GET_NAMED_SLOT_AT, SET_NAMED, SET_NAMED_SHAPE_AT};
    for (s, shape_at, slot_at) in
        [(&GET_NAMED, GET_NAMED_SHAPE_AT, GET_NAMED_SLOT_AT), (&SET_NAMED, SET_NAMED_SHAPE_AT, SET_NAMED_SLOT_AT)]
    {
        let find = |kind| s.holes.iter().find(|h| h.kind == kind).map(|h| (h.cold, h.offset, h.width));
        assert_eq!(find(HoleKind::ShapeGuard), Some((shape_at.0, shape_at.1, 8)), "{}", s.name);
        assert_eq!(find(HoleKind::SlotOffset), Some((slot_at.0, slot_at.1, 4)), "{}", s.name);
        // Both patchable fields are in the hot part, guard before slot.
        assert!(!shape_at.0 && !slot_at.0 && shape_at.1 < slot_at.1);
        let helper = if s.name == "get_named" { HoleKind::HelperGetNamed } else { HoleKind::HelperSetNamed };
        assert!(s.holes.iter().any(|h| h.kind == helper && h.cold), "{}", s.name);
    }
    assert!(SET_INDEX.holes.iter().any(|h| h.kind == HoleKind::SlotC && !h.cold));
    assert!(GET_INDEX.holes.iter().any(|h| h.kind == HoleKind::HelperExecOp && h.cold));
    // `--no-inline-caches` serves every property access with SLOW.
    let no_ic = JitOptions { inline_caches: false, ..FAST };
    for op in [
        Op::GetNamed { dst: 1, obj: 0, site: 0 },
        Op::SetNamed { obj: 0, src: 1, site: 0 },
        Op::GetIndex { dst: 1, obj: 0, key: 2 },
        Op::SetIndex { obj: 0, key: 2, src: 1 },
    ] {
        let code = jit(&prop_proto(op), no_ic);
        assert_eq!(code.placed()[1].stencil.name, "slow", "{}", op.name());
        assert!(code.prop_sites().is_empty());
    }
}

#[test]
fn get_named_is_a_patched_shape_guard() {
    let p = prop_proto(Op::GetNamed { dst: 1, obj: 0, site: 0 });
    let code = jit(&p, FAST);
    assert_eq!(code.prop_site_state(0), Some(PropSiteState::Stub));
    let obj = FakeObject::new(abi::OBJECT_TAG, vec![smi(10), smi(20)], vec![]);
    let mut env = Env::new(16);
    env.stack[0] = obj.value();
    // A stub: the helper runs.
    assert_eq!(env.run(code), SLOW_RESULT);
    assert_eq!(env.m().props, vec![0]);
    // SAFETY: the fake shape's slot 1 exists in the fake object, the only
    // object this code meets.
    unsafe { code.patch_prop_site(0, FAKE_SHAPE as usize, 7, 1, FAKE_SHAPE as usize) }.unwrap();
    assert_eq!(env.run(code), smi(20));
    assert_eq!(env.m().props, vec![0]);
    let asm = code.disassemble(&p);
    assert!(asm.contains("shape guard (get: patched, shape#7)"), "{}", asm);
    assert!(asm.contains("slot offset (get: slot 1)"), "{}", asm);
    assert!(asm.contains("pc 0: shape#7 -> slot 1"), "{}", asm);
    for h in code.holes(&p) {
        let at = h.offset as usize;
        let bytes = code.code();
        let got = match h.width {
            8 => i64::from_le_bytes(bytes[at..at + 8].try_into().unwrap()),
            _ => i32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as i64,
        };
        assert_eq!(got, expected_hole_value(code, &p, &h, 0), "{:?}", h.note);
    }
    // Another shape, a Smi, an immediate, a pointer to another kind: the helper.
    let mut other = FakeObject::new(abi::OBJECT_TAG, vec![smi(10), smi(20)], vec![]);
    other.cell[1] = FAKE_SHAPE + 8;
    let not_object = FakeObject::new(abi::OBJECT_TAG + 1, vec![smi(10), smi(20)], vec![]);
    for v in [other.value(), smi(3), UNDEFINED_BITS, not_object.value()] {
        env.stack[0] = v;
        assert_eq!(env.run(code), SLOW_RESULT);
    }
    assert_eq!(env.m().props, vec![0, 0, 0, 0, 0]);
    // Generic: the guard matches nothing again.
    code.make_prop_site_generic(0).unwrap();
    env.stack[0] = obj.value();
    assert_eq!(env.run(code), SLOW_RESULT);
    assert_eq!(code.prop_site_state(0), Some(PropSiteState::Generic));
    assert!(code.disassemble(&p).contains("shape guard (get: generic)"));
}

#[test]
fn set_named_stores_through_a_patched_site() {
    let p = prop_proto(Op::SetNamed { obj: 0, src: 1, site: 0 });
    let code = jit(&p, FAST);
    let obj = FakeObject::new(abi::OBJECT_TAG, vec![smi(10), smi(20), smi(30)], vec![]);
    let mut env = Env::new(16);
    env.stack[0] = obj.value();
    env.stack[1] = smi(99);
    env.run(code);
    assert_eq!(env.m().props, vec![0]);
    assert_eq!(obj.slots, vec![smi(10), smi(20), smi(30)]);
    // SAFETY: as in `get_named_is_a_patched_shape_guard` (slot 2 exists).
    unsafe { code.patch_prop_site(0, FAKE_SHAPE as usize, 3, 2, FAKE_SHAPE as usize) }.unwrap();
    env.run(code);
    assert_eq!(env.m().props, vec![0]);
    assert_eq!(obj.slots, vec![smi(10), smi(20), smi(99)]);
}

#[test]
fn get_index_reads_dense_elements() {
    let p = prop_proto(Op::GetIndex { dst: 1, obj: 0, key: 2 });
    let code = jit(&p, FAST);
    let arr = FakeObject::new(abi::OBJECT_TAG, vec![], vec![smi(5), HOLE_BITS, TRUE_BITS]);
    let mut env = Env::new(16);
    env.stack[0] = arr.value();
    for (key, want) in [(smi(0), smi(5)), (smi(2), TRUE_BITS)] {
        env.stack[2] = key;
        assert_eq!(env.run(code), want);
    }
    assert!(env.m().exec_op.is_empty());
    // A hole, past the end, negative, not a Smi: the slow path.
    for key in [smi(1), smi(3), smi(-1), UNDEFINED_BITS] {
        env.stack[2] = key;
        assert_eq!(env.run(code), SLOW_RESULT);
    }
    let not_object = FakeObject::new(abi::OBJECT_TAG + 1, vec![], vec![smi(5)]);
    env.stack[0] = not_object.value();
    env.stack[2] = smi(0);
    assert_eq!(env.run(code), SLOW_RESULT);
    assert_eq!(env.m().exec_op.len(), 5);
}

#[test]
fn set_index_overwrites_dense_elements_only() {
    let p = prop_proto(Op::SetIndex { obj: 0, key: 2, src: 1 });
    let code = jit(&p, FAST);
    let mut arr = FakeObject::new(abi::OBJECT_TAG, vec![], vec![smi(5), HOLE_BITS, smi(7)]);
    let mut env = Env::new(16);
    env.stack[0] = arr.value();
    let store = |env: &mut Env, key: u64, v: u64| {
        env.stack[2] = key;
        env.stack[1] = v;
        let before = env.m().exec_op.len();
        env.run(code);
        env.m().exec_op.len() == before
    };
    // Smis into any kind; other values only into PACKED/HOLEY_ELEMENTS.
    assert!(store(&mut env, smi(0), smi(6)));
    assert!(store(&mut env, smi(2), TRUE_BITS));
    // A hole is filled inline only while the object is extensible.
    arr.set_byte(abi::OBJ_FLAGS_DISP, abi::OBJ_NOT_EXTENSIBLE);
    assert!(!store(&mut env, smi(1), smi(1)), "a hole of a non-extensible array");
    arr.set_byte(abi::OBJ_FLAGS_DISP, abi::OBJ_MAPPED);
    assert!(!store(&mut env, smi(1), smi(1)), "a mapped arguments object");
    arr.set_byte(abi::OBJ_FLAGS_DISP, 0);
    assert!(!store(&mut env, smi(3), smi(1)), "past the end");
    assert!(!store(&mut env, smi(-1), smi(1)), "negative");
    assert!(!store(&mut env, smi(0), HOLE_BITS), "HOLE is no value");
    assert_eq!(arr.elements, vec![smi(6), HOLE_BITS, TRUE_BITS]);
    arr.set_byte(abi::OBJ_KIND_DISP, 0); // PACKED_SMI_ELEMENTS
    assert!(store(&mut env, smi(0), smi(8)));
    assert!(!store(&mut env, smi(0), TRUE_BITS), "would change the kind");
    arr.set_byte(abi::OBJ_KIND_DISP, abi::KIND_HOLEY);
    assert!(store(&mut env, smi(0), FALSE_BITS));
    arr.set_byte(abi::OBJ_FLAGS_DISP, abi::OBJ_FROZEN);
    assert!(!store(&mut env, smi(0), smi(1)), "frozen");
    assert_eq!(arr.elements, vec![FALSE_BITS, HOLE_BITS, TRUE_BITS]);
}

#[test]
fn array_length_is_read_inline() {
    let mut f = FuncProto::synthetic(
        "len",
        0,
        4,
        vec![Op::GetNamed { dst: 1, obj: 0, site: 0 }, Op::Return { src: 1 }],
        vec![],
    );
    f.sites.push(crate::bytecode::PropSite::new("length".into(), 0));
    let p = Rc::new(f);
    let code = jit(&p, FAST);
    assert_eq!(code.placed()[1].stencil.name, "get_length");
    let mut arr = FakeObject::new(abi::OBJECT_TAG, vec![], vec![smi(1), smi(2), smi(3)]);
    arr.set_byte(abi::OBJ_FLAGS_DISP, abi::OBJ_ARRAY);
    let mut env = Env::new(16);
    env.stack[0] = arr.value();
    assert_eq!(env.run(code), smi(3));
    assert!(env.m().props.is_empty());
    // Not an array, a length that is no Smi, not an object: the helper.
    arr.cell[4] = 3 | 1 << 63;
    assert_eq!(env.run(code), SLOW_RESULT);
    let plain = FakeObject::new(abi::OBJECT_TAG, vec![], vec![smi(1)]);
    env.stack[0] = plain.value();
    assert_eq!(env.run(code), SLOW_RESULT);
    env.stack[0] = smi(5);
    assert_eq!(env.run(code), SLOW_RESULT);
    assert_eq!(env.m().props, vec![0, 0, 0]);
    assert!(code.prop_sites().is_empty());
}
