//! Exception tables and unwinding, in both tiers. The language has no
//! `try` yet, so these build functions with a non-empty exception table
//! by hand and check where a throw lands.

use std::rc::Rc;

use crate::bytecode::{FuncProto, Handler, Op};
use crate::error::ErrorKind;
use crate::value::Value;
use crate::vm::{JitMode, Options, Vm};

fn vm(jit: JitMode, gc_stress: bool) -> Box<Vm> {
    let opts = Options { jit, jit_threshold: 1_000_000, gc_stress, ..Options::default() };
    Vm::new(opts, Box::new(std::io::sink()))
}

/// A function value as the compiler makes them: a permanent constant, so
/// tests under gc-stress need not root it.
fn function(vm: &mut Vm, proto: &Rc<FuncProto>) -> Value {
    vm.constant_function(proto.clone())
}

fn register(vm: &mut Vm, mut p: FuncProto, handlers: Vec<Handler>) -> Rc<FuncProto> {
    p.handlers = handlers;
    vm.register(p)
}

/// `f(x) { return x.length }`: throws a TypeError for undefined.
fn length_of(vm: &mut Vm) -> Rc<FuncProto> {
    let code = vec![Op::GetLength { dst: 1, src: 0 }, Op::Return { src: 1 }];
    register(vm, FuncProto::synthetic("f", 1, 2, code, vec![]), vec![])
}

/// `g(x) { return f(x) }`, with a handler over the call when `catches`:
/// the thrown value lands in r4, which `g` returns.
fn caller(vm: &mut Vm, f: Value, catches: bool) -> Rc<FuncProto> {
    let code = vec![
        Op::LoadConst { dst: 1, k: 0 },
        Op::Mov { dst: 3, src: 0 },
        Op::Call { dst: 3, func: 1, argc: 1 },
        Op::Return { src: 3 },
        Op::Return { src: 4 },
    ];
    let handlers =
        if catches { vec![Handler { start: 0, end: 4, target: 4, depth: 4, keeps_place: false }] } else { vec![] };
    register(vm, FuncProto::synthetic("g", 1, 5, code, vec![f]), handlers)
}

/// The script: `a = g("ab"); b = g(undefined); c = g("xyz"); return b`,
/// with a, b, c in r1, r2, r3 (read from the stack afterwards; callee
/// frames start above the callee register r5, so they do not overlap
/// them). When `catches`, a handler over the second call puts what it
/// threw in r2 and goes on with the third call.
fn script(vm: &mut Vm, g: Value, catches: bool) -> Rc<FuncProto> {
    let ab = vm.constant_string("ab");
    let xyz = vm.constant_string("xyz");
    let code = vec![
        Op::LoadConst { dst: 5, k: 0 },
        Op::LoadConst { dst: 7, k: 1 },
        Op::Call { dst: 1, func: 5, argc: 1 },
        Op::LoadConst { dst: 5, k: 0 },
        Op::LoadConst { dst: 7, k: 2 },
        Op::Call { dst: 2, func: 5, argc: 1 },
        // pc 6: the handler's target, and where the normal path goes on.
        Op::LoadConst { dst: 5, k: 0 },
        Op::LoadConst { dst: 7, k: 3 },
        Op::Call { dst: 3, func: 5, argc: 1 },
        Op::Return { src: 2 },
    ];
    let handlers =
        if catches { vec![Handler { start: 3, end: 6, target: 6, depth: 2, keeps_place: false }] } else { vec![] };
    let mut p = FuncProto::synthetic("<script>", 0, 8, code, vec![g, ab, Value::UNDEFINED, xyz]);
    p.is_script = true;
    register(vm, p, handlers)
}

/// Where the script's frame starts on the value stack.
const SCRIPT: usize = crate::exec::ARGS_AFTER_FUNC;

const MESSAGE: &str = "Cannot read properties of undefined (reading 'length')";

fn assert_type_error(vm: &Vm, v: Value) {
    let (kind, message) = vm.error_parts(v).expect("the thrown value is an Error object");
    assert_eq!(kind, ErrorKind::TypeError);
    assert_eq!(message, MESSAGE);
    let stack = v.as_object().and_then(|o| crate::stack::text(vm, o)).expect("located where it was raised");
    assert!(stack.starts_with(&format!("TypeError: {MESSAGE}\n    at ")));
}

/// Where each function runs.
#[derive(Clone, Copy, Debug)]
enum Tiers {
    /// Everything in the interpreter.
    Interp,
    /// Everything compiled (`--jit=eager`): the second call of `f` from
    /// `g` goes through the patched direct call.
    Eager,
    /// Script interpreted, `g` compiled, `f` interpreted.
    Mixed,
}

fn setup(tiers: Tiers, gc_stress: bool, g_catches: bool, script_catches: bool) -> (Box<Vm>, Rc<FuncProto>) {
    let mode = match tiers {
        Tiers::Interp => JitMode::Off,
        Tiers::Eager => JitMode::Eager,
        Tiers::Mixed => JitMode::On,
    };
    let mut vm = vm(mode, gc_stress);
    let f = length_of(&mut vm);
    let fv = function(&mut vm, &f);
    let g = caller(&mut vm, fv, g_catches);
    if let Tiers::Mixed = tiers {
        crate::jit::compile_proto(&mut vm, &g).expect("g compiles");
    }
    let gv = function(&mut vm, &g);
    let s = script(&mut vm, gv, script_catches);
    (vm, s)
}

const ALL_TIERS: [Tiers; 3] = [Tiers::Interp, Tiers::Eager, Tiers::Mixed];

#[test]
fn a_throw_inside_the_range_lands_at_the_handler_of_its_own_function() {
    for tiers in ALL_TIERS {
        for stress in [false, true] {
            let (mut vm, s) = setup(tiers, stress, true, false);
            let out = crate::driver::run_script(&mut vm, s).unwrap_or_else(|e| panic!("{:?}: {:?}", tiers, e));
            assert_type_error(&vm, out);
            // The calls before and after returned normally.
            assert_eq!(vm.stack.get(SCRIPT + 1), Value::smi(2), "{:?}", tiers);
            assert_eq!(vm.stack.get(SCRIPT + 3), Value::smi(3), "{:?}", tiers);
            assert_eq!(vm.exception(), None, "caught: nothing pending");
            assert!(vm.frames.is_empty());
            match tiers {
                Tiers::Interp => assert_eq!(vm.jit.stats.handlers_taken, 0),
                // The second call of f from g was a patched direct call.
                Tiers::Eager => assert!(vm.jit.stats.sites_patched >= 1 && vm.jit.stats.handlers_taken == 1),
                Tiers::Mixed => assert_eq!(vm.jit.stats.handlers_taken, 1),
            }
        }
    }
}

#[test]
fn a_throw_unwinds_frames_until_a_handler_in_a_caller() {
    // f throws, g has no handler: the script's handler catches it, whether
    // the frames between are interpreted or compiled (interp -> JIT ->
    // interp in the mixed case).
    for tiers in ALL_TIERS {
        for stress in [false, true] {
            let (mut vm, s) = setup(tiers, stress, false, true);
            let out = crate::driver::run_script(&mut vm, s).unwrap_or_else(|e| panic!("{:?}: {:?}", tiers, e));
            assert_type_error(&vm, out);
            assert_eq!(vm.stack.get(SCRIPT + 1), Value::smi(2), "{:?}", tiers);
            assert_eq!(vm.stack.get(SCRIPT + 3), Value::smi(3), "{:?}: calls work after unwinding", tiers);
            assert!(vm.frames.is_empty());
            // Caught by the script: in compiled code only when eager.
            let in_jit = matches!(tiers, Tiers::Eager) as u64;
            assert_eq!(vm.jit.stats.handlers_taken, in_jit, "{:?}", tiers);
        }
    }
}

#[test]
fn without_a_handler_the_error_is_reported_at_the_top() {
    for tiers in ALL_TIERS {
        let (mut vm, s) = setup(tiers, false, false, false);
        let err = crate::driver::run_script(&mut vm, s).expect_err("uncaught");
        assert_eq!(err.kind, ErrorKind::TypeError);
        assert_eq!(err.message, MESSAGE);
        assert!(err.at.is_some());
        assert_eq!(vm.exception(), None, "the report took it");
        // The third call never ran.
        assert_eq!(vm.stack.get(SCRIPT + 3), Value::smi(0), "{:?}", tiers);
    }
}

#[test]
fn a_handler_covers_only_its_range() {
    // The handler covers pcs 0..2 of g, not the call at pc 2.
    for tiers in ALL_TIERS {
        let mut vm = vm(JitMode::Off, false);
        if let Tiers::Eager = tiers {
            vm.opts.jit = JitMode::Eager;
        }
        let f = length_of(&mut vm);
        let fv = function(&mut vm, &f);
        let mut g = FuncProto::synthetic(
            "g",
            1,
            5,
            vec![
                Op::LoadConst { dst: 1, k: 0 },
                Op::Mov { dst: 3, src: 0 },
                Op::Call { dst: 3, func: 1, argc: 1 },
                Op::Return { src: 3 },
                Op::Return { src: 4 },
            ],
            vec![fv],
        );
        g.handlers = vec![Handler { start: 0, end: 2, target: 4, depth: 4, keeps_place: false }];
        let g = vm.register(g);
        let gv = function(&mut vm, &g);
        let s = script(&mut vm, gv, false);
        let err = crate::driver::run_script(&mut vm, s).expect_err("not caught");
        assert_eq!(err.message, MESSAGE);
    }
}

#[test]
fn static_errors_are_error_values() {
    // The compiler's TDZ error: a `Throw` with a kind and a message.
    let mut vm = vm(JitMode::Off, false);
    let msg = vm.constant_string("Cannot access 'x' before initialization");
    let throw = Op::Throw { kind: ErrorKind::ReferenceError, k: 0 };
    let p = FuncProto::synthetic("t", 0, 2, vec![throw, Op::Return { src: 1 }, Op::Return { src: 0 }], vec![msg]);
    let p = register(&mut vm, p, vec![Handler { start: 0, end: 1, target: 2, depth: 0, keeps_place: false }]);
    let v = crate::driver::run_script(&mut vm, p).expect("caught");
    let (kind, message) = vm.error_parts(v).expect("an Error object");
    assert_eq!(kind, ErrorKind::ReferenceError);
    assert_eq!(message, "Cannot access 'x' before initialization");
}

#[test]
fn error_messages_survive_collections() {
    let mut vm = vm(JitMode::Off, true);
    let e = vm.error_value(ErrorKind::RangeError, "Maximum call stack size exceeded");
    let _ = vm.throw_value(e);
    for _ in 0..3 {
        vm.collect();
        let _ = vm.string("garbage".to_string());
    }
    let report = vm.take_report();
    assert_eq!(report.headline(), "RangeError: Maximum call stack size exceeded");
}

#[test]
fn operators_throw_through_the_vm() {
    let mut vm = vm(JitMode::Off, true);
    let r = crate::ops::length(&mut vm, Value::NULL);
    assert!(r.is_err());
    let v = vm.exception().expect("a pending TypeError");
    let (kind, message) = vm.error_parts(v).expect("an error object");
    assert_eq!(kind, ErrorKind::TypeError);
    assert_eq!(message, "Cannot read properties of null (reading 'length')");
    assert!(vm.take_exception().is_some());
    assert_eq!(vm.exception(), None);
}

#[test]
fn to_primitive_of_a_function_is_its_source_text() {
    let mut vm = vm(JitMode::Off, true);
    let f = length_of(&mut vm);
    let fv = function(&mut vm, &f);
    // Synthetic functions have no source text: the primitive is "".
    let p = crate::ops::to_primitive(&mut vm, fv, crate::ops::Hint::Default).expect("no user code runs");
    assert_eq!(p.as_js_str().map(|s| s.len()), Some(0));
    // `p` must survive the collection (gc-stress) that `==`'s own
    // ToPrimitive runs; the collector does not move it, so rooting suffices.
    let mut scope = vm.scope();
    scope.root(p);
    assert!(crate::ops::loose_equals(&mut scope, fv, p).expect("cannot throw"));
    drop(scope);
    // ToNumber("") is 0 (a real function's text is never numeric: NaN).
    assert_eq!(crate::ops::to_number(&mut vm, fv).expect("cannot throw"), 0.0);
    let seven = Value::smi(7);
    assert_eq!(crate::ops::to_primitive(&mut vm, seven, crate::ops::Hint::Number).expect("primitive"), seven);
}
