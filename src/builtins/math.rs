//! `Math`: every function and constant node has, computed with V8's
//! algorithms (`numconv::math`) so the last digit matches. `Math.random`
//! is a seeded generator (xorshift128+, as V8's): the same sequence on every
//! run, which keeps programs reproducible.

use crate::error::JsResult;
use crate::numconv::math as m;
use crate::ops::to_number;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

macro_rules! unary {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
                let x = to_number(vm, arg(args, 0))?;
                Ok(vm.number(m::$name(x)))
            }
        )*
        const UNARY: &[(&str, crate::vm::NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}

unary!(
    abs, acos, acosh, asin, asinh, atan, atanh, cbrt, ceil, clz32, cos, cosh, exp, expm1, floor, fround, log, log1p,
    log10, log2, round, sign, sin, sinh, sqrt, tan, tanh, trunc
);

fn numbers(vm: &mut Vm, args: &[Value]) -> JsResult<Vec<f64>> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        out.push(to_number(vm, a)?);
    }
    Ok(out)
}

fn max(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let xs = numbers(vm, args)?;
    Ok(vm.number(m::max(&xs)))
}

fn min(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let xs = numbers(vm, args)?;
    Ok(vm.number(m::min(&xs)))
}

fn hypot(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let xs = numbers(vm, args)?;
    Ok(vm.number(m::hypot(&xs)))
}

fn atan2(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let y = to_number(vm, arg(args, 0))?;
    let x = to_number(vm, arg(args, 1))?;
    Ok(vm.number(m::atan2(y, x)))
}

fn pow(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let x = to_number(vm, arg(args, 0))?;
    let y = to_number(vm, arg(args, 1))?;
    Ok(vm.number(m::pow(x, y)))
}

fn imul(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let x = to_number(vm, arg(args, 0))?;
    let y = to_number(vm, arg(args, 1))?;
    Ok(vm.number(m::imul(x, y)))
}

fn random(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let bits = vm.rng.next_u64();
    // 53 random bits as a double in [0, 1).
    Ok(vm.number((bits >> 11) as f64 / (1u64 << 53) as f64))
}

pub fn install(vm: &mut Vm) -> Value {
    let math = super::namespace(vm);
    for &(name, f) in UNARY {
        let fv = super::method(vm, math, name, 1, f);
        if let Some(i) = crate::jit::INLINE_MATH.iter().position(|&m| m == name) {
            vm.realm.inline_math[i] = fv;
        }
    }
    for (name, f) in [("max", max as crate::vm::NativeFn), ("min", min)] {
        let fv = super::method(vm, math, name, 2, f);
        if let Some(i) = crate::jit::INLINE_MATH.iter().position(|&m| m == name) {
            vm.realm.inline_math[i] = fv;
        }
    }
    super::method(vm, math, "hypot", 2, hypot);
    super::method(vm, math, "atan2", 2, atan2);
    super::method(vm, math, "pow", 2, pow);
    super::method(vm, math, "imul", 2, imul);
    super::method(vm, math, "random", 0, random);
    let constants = [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ];
    for (name, x) in constants {
        let v = vm.number(x);
        super::constant(vm, math, name, v);
    }
    super::global(vm, "Math", math);
    math
}
