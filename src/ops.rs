//! The full semantics of every operator, shared by both tiers.
//!
//! The interpreter calls these after its own Smi fast paths miss; compiled
//! code reaches them through the JIT's slow-path helpers. One implementation
//! means the tiers cannot disagree about doubles, strings or coercions.

use crate::error::{ErrorKind, JsResult};
use crate::value::{to_int32, Value};
use crate::vm::Vm;
use num_bigint::BigInt;

use crate::bigint;

pub use crate::format::primitive_to_number;

// Every conversion and operator takes the VM and returns a `JsResult`:
// ToPrimitive of an object calls the user's `valueOf` / `toString`, which
// can throw or allocate.
//
// Rooting rule for this file: a Value produced by one conversion and
// held across the next one (which can allocate and so collect) is rooted
// in a `Vm::scope` (`add`, `compare`), or turned into Rust data (`f64`)
// first. Operands the caller passes in live in frame registers, which are
// roots.

/// The preferred type of ToPrimitive: `valueOf` first for Number and
/// Default, `toString` first for String.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// True for values ToPrimitive returns unchanged.
#[inline]
pub fn is_primitive(v: Value) -> bool {
    v.as_object().is_none() && v.as_error().is_none()
}

/// ECMAScript ToPrimitive: primitives are themselves; an object is what
/// its `valueOf` / `toString` return (OrdinaryToPrimitive), an error
/// The value of a property whose raw slot value is `raw`: a data value as
/// it is, an accessor's getter called with `receiver` (undefined without
/// a getter). Here, below `property`, so conversions can use it too.
pub fn resolve(vm: &mut Vm, raw: Value, receiver: Value) -> JsResult<Value> {
    match raw.as_object().and_then(|o| o.accessor_pair()) {
        None => Ok(raw),
        Some((g, _)) if g.as_callable().is_some() => crate::calls::call_function(vm, g, receiver, &[]),
        Some(_) => Ok(Value::UNDEFINED),
    }
}

/// `Name: message` (Error.prototype.toString).
pub fn to_primitive(vm: &mut Vm, v: Value, hint: Hint) -> JsResult<Value> {
    if let Some(o) = v.as_object() {
        // `Symbol.toPrimitive` first. Almost no object has one: the
        // lookup is one walk of the prototype chain's shapes (it finds an
        // accessor's slot too, whose getter `get` then runs).
        let a = vm.realm.intrinsics.to_primitive;
        if let Some(raw) = o.lookup_named(a) {
            let f = resolve(vm, raw, v)?;
            if !f.is_nullish() {
                return exotic_to_primitive(vm, v, f, hint);
            }
        }
        return ordinary_to_primitive(vm, v, hint);
    }
    if v.as_error().is_some() {
        let text = crate::format::to_string(v);
        return Ok(vm.string(text));
    }
    Ok(v)
}

/// ToPrimitive through `v[Symbol.toPrimitive]` (= `f`): called with the
/// hint's name; an object result is a TypeError.
fn exotic_to_primitive(vm: &mut Vm, v: Value, f: Value, hint: Hint) -> JsResult<Value> {
    if f.as_callable().is_none() {
        let msg = format!("{} is not a function", typed_text(f));
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let name = match hint {
        Hint::Default => "default",
        Hint::Number => "number",
        Hint::String => "string",
    };
    let mut s = vm.scope();
    let rf = s.root(f);
    let h = s.static_string(name);
    let f = s.get(rf);
    let r = crate::calls::call_function(&mut s, f, v, &[h])?;
    if is_primitive(r) {
        return Ok(r);
    }
    Err(s.throw_error(ErrorKind::TypeError, "Cannot convert object to primitive value"))
}

/// How V8 names a value that should have been a function in the errors
/// of `Symbol.toPrimitive` and `Symbol.hasInstance`: `number 1`,
/// `string "x"`, `boolean true`, else only its type (`object`, `symbol`).
pub fn typed_text(v: Value) -> String {
    let t = type_of(v);
    if v.is_string() {
        format!("{t} \"{}\"", crate::format::to_string(v))
    } else if v.is_number() || v == Value::TRUE || v == Value::FALSE {
        format!("{t} {}", crate::format::to_string(v))
    } else {
        t.to_string()
    }
}

/// OrdinaryToPrimitive: calls the two methods in the hint's order and
/// takes the first primitive result. `v` is the caller's (a register or
/// an argument), so it stays rooted across the calls.
pub(crate) fn ordinary_to_primitive(vm: &mut Vm, v: Value, hint: Hint) -> JsResult<Value> {
    let (to_string, value_of) = (vm.realm.to_string, vm.realm.value_of);
    let order = if hint == Hint::String { [to_string, value_of] } else { [value_of, to_string] };
    for name in order {
        // toString and valueOf are data properties along the prototype
        // chain (no primitive or virtual cases apply to an object).
        let f = v.as_object().and_then(|o| o.lookup_named(name)).unwrap_or(Value::UNDEFINED);
        if f.as_callable().is_some() {
            let r = crate::calls::call_function(vm, f, v, &[])?;
            if is_primitive(r) {
                return Ok(r);
            }
        }
    }
    Err(vm.throw_error(ErrorKind::TypeError, "Cannot convert object to primitive value"))
}

/// ECMAScript ToNumber.
#[inline(always)]
pub fn to_number(vm: &mut Vm, v: Value) -> JsResult<f64> {
    match v.as_number() {
        Some(d) => Ok(d),
        None => to_number_slow(vm, v),
    }
}

#[inline(never)]
fn to_number_slow(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let p = if is_primitive(v) { v } else { to_primitive(vm, v, Hint::Number)? };
    if p.as_symbol().is_some() {
        return Err(symbol_to(vm, "number"));
    }
    if p.is_bigint() {
        return Err(bigint::to_number_error(vm));
    }
    Ok(primitive_to_number(p))
}

/// The result of ToNumeric: a number, or a BigInt value.
#[derive(Clone, Copy)]
pub enum Numeric {
    Num(f64),
    Big(Value),
}

/// ECMAScript ToNumeric: ToPrimitive (hint number), then a BigInt stays
/// one and anything else is ToNumber'd. A BigInt result that is not the
/// operand (an object's `valueOf` made it) is the caller's to root.
pub fn to_numeric(vm: &mut Vm, v: Value) -> JsResult<Numeric> {
    if let Some(d) = v.as_number() {
        return Ok(Numeric::Num(d));
    }
    let p = if is_primitive(v) { v } else { to_primitive(vm, v, Hint::Number)? };
    if p.is_bigint() {
        return Ok(Numeric::Big(p));
    }
    if p.as_symbol().is_some() {
        return Err(symbol_to(vm, "number"));
    }
    Ok(Numeric::Num(primitive_to_number(p)))
}

/// Both operands' ToNumeric, left to right (the left one rooted across
/// the right one's conversion): two numbers, two BigInts (cloned out of
/// the heap, so nothing needs rooting afterwards), or the mix TypeError.
fn numeric_pair(vm: &mut Vm, a: Value, b: Value) -> JsResult<Result<(f64, f64), (BigInt, BigInt)>> {
    let mut scope = vm.scope();
    let na = to_numeric(&mut scope, a)?;
    let ra = scope.root(match na {
        Numeric::Big(v) => v,
        Numeric::Num(_) => Value::UNDEFINED,
    });
    let nb = to_numeric(&mut scope, b)?;
    let ka = scope.get(ra);
    drop(scope);
    match (na, nb) {
        (Numeric::Num(x), Numeric::Num(y)) => Ok(Ok((x, y))),
        (Numeric::Big(_), Numeric::Big(y)) => {
            let (x, y) = (ka.as_bigint().cloned().unwrap_or_default(), y.as_bigint().cloned().unwrap_or_default());
            Ok(Err((x, y)))
        }
        _ => Err(bigint::mix_error(vm)),
    }
}

/// ToBigInt (`BigInt.asIntN`'s operand, the BigInt typed arrays' and
/// DataView's values): a BigInt, a boolean, or a string that parses;
/// numbers, undefined, null and symbols are TypeErrors, a bad string a
/// SyntaxError. An object is ToPrimitive'd (hint number) first.
pub fn to_bigint(vm: &mut Vm, v: Value) -> JsResult<BigInt> {
    let p = if is_primitive(v) { v } else { to_primitive(vm, v, Hint::Number)? };
    if let Some(b) = p.as_bigint() {
        return Ok(b.clone());
    }
    if p == Value::TRUE || p == Value::FALSE {
        return Ok(BigInt::from((p == Value::TRUE) as u8));
    }
    let text = crate::format::to_string(p);
    if p.is_string() {
        return bigint::parse(&text).ok_or_else(|| bigint::syntax_error(vm, &text));
    }
    Err(vm.throw_error(ErrorKind::TypeError, &format!("Cannot convert {text} to a BigInt")))
}

/// Whether the instruction running now (`Vm::calling`) is one the
/// compiler noted as number-only (`FuncProto::number_only`: a binary
/// `x - k` as `AddImm`, a unary `+x` as `ToNumber`), where a BigInt throws.
fn is_number_only_site(vm: &Vm) -> bool {
    let (base, pc) = vm.calling;
    let proto = if base == crate::calls::ARGS_AFTER_FUNC && vm.stack.link(base) == 0 {
        vm.script.clone()
    } else {
        base.checked_sub(2).and_then(|f| vm.stack.get(f).as_function()).cloned()
    };
    proto.is_some_and(|p| p.number_only.binary_search(&pc).is_ok())
}

/// `TypeError: Cannot convert a Symbol value to a {what}`.
pub fn symbol_to(vm: &mut Vm, what: &str) -> crate::error::Thrown {
    vm.throw_error(ErrorKind::TypeError, &format!("Cannot convert a Symbol value to a {what}"))
}

/// ECMAScript ToString as a string value: a string is itself (lone
/// surrogates kept), anything else its text.
pub fn to_js_string(vm: &mut Vm, v: Value) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    let p = if is_primitive(v) { v } else { to_primitive(vm, v, Hint::String)? };
    if p.is_string() {
        return Ok(p);
    }
    if p.as_symbol().is_some() {
        return Err(symbol_to(vm, "string"));
    }
    let text = crate::format::to_string(p);
    Ok(vm.string(text))
}

/// ECMAScript ToString, as Rust text (lossy: a lone surrogate becomes
/// U+FFFD; `to_js_string` keeps it).
pub fn to_string(vm: &mut Vm, v: Value) -> JsResult<String> {
    if is_primitive(v) {
        if v.as_symbol().is_some() {
            return Err(symbol_to(vm, "string"));
        }
        return Ok(crate::format::to_string(v));
    }
    let p = to_primitive(vm, v, Hint::String)?;
    if p.as_symbol().is_some() {
        return Err(symbol_to(vm, "string"));
    }
    Ok(crate::format::to_string(p))
}

/// `a + b`: string concatenation if either primitive is a string.
pub fn add(vm: &mut Vm, a: Value, b: Value) -> JsResult<Value> {
    if Value::both_smi(a, b) {
        return Ok(match a.as_smi().checked_add(b.as_smi()) {
            Some(r) => Value::smi(r),
            None => vm.number(a.as_smi() as f64 + b.as_smi() as f64),
        });
    }
    // Two strings (`s += c`, a tokenizer's step; the interpreter's `Add`
    // arm tried numbers already): straight to the append, unless a
    // collection is due or the join would throw, which `concat` handles.
    if let Some(v) = vm.concat_strings_uncollected(a, b) {
        return Ok(v);
    }
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return Ok(vm.number(x + y));
    }
    // A string and a string or Smi are primitives already (`s += c`, a
    // tokenizer's inner loop): no conversion scope.
    if a.is_string() && (b.is_string() || b.is_smi()) || a.is_smi() && b.is_string() {
        return vm.concat(a, b);
    }
    // Both ToPrimitive, left to right, before either ToString/ToNumber.
    // The left primitive is rooted across the right one's conversion,
    // which may run user code (and allocate) once objects exist.
    let mut scope = vm.scope();
    let pa = to_primitive(&mut scope, a, Hint::Default)?;
    let ra = scope.root(pa);
    let pb = to_primitive(&mut scope, b, Hint::Default)?;
    let pa = scope.get(ra);
    drop(scope);
    if pa.as_symbol().is_some() || pb.as_symbol().is_some() {
        let what = if pa.is_string() || pb.is_string() { "string" } else { "number" };
        return Err(symbol_to(vm, what));
    }
    if pa.is_string() || pb.is_string() {
        // `concat` appends in place when `pa` is the longest view of its
        // buffer: `s += x` in a loop is amortised linear.
        return vm.concat(pa, pb);
    }
    match (pa.as_bigint(), pb.as_bigint()) {
        (Some(x), Some(y)) => return bigint::binary(vm, bigint::Op::Add, x, y),
        (None, None) => {}
        _ => return Err(bigint::mix_error(vm)),
    }
    let sum = primitive_to_number(pa) + primitive_to_number(pb);
    Ok(vm.number(sum))
}

/// Both operands' f64s when both are numbers (Smis or heap doubles): the
/// interpreter's double fast paths, which need no conversion that could
/// run user code.
#[inline(always)]
pub fn both_numbers(a: Value, b: Value) -> Option<(f64, f64)> {
    Some((a.as_number()?, b.as_number()?))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

/// The numeric binary operators, with int32 fast paths that give exactly the
/// double JavaScript computes (overflow, -0 and fractions leave Smi range).
pub fn arith(vm: &mut Vm, op: Arith, a: Value, b: Value) -> JsResult<Value> {
    if Value::both_smi(a, b) {
        if let Some(v) = smi_arith(op, a.as_smi(), b.as_smi()) {
            return Ok(v);
        }
    }
    match numeric_pair(vm, a, b)? {
        Ok((x, y)) => Ok(vm.number(float_arith(op, x, y))),
        Err((x, y)) => {
            let op = match op {
                Arith::Sub => bigint::Op::Sub,
                Arith::Mul => bigint::Op::Mul,
                Arith::Div => bigint::Op::Div,
                Arith::Mod => bigint::Op::Mod,
                Arith::Pow => bigint::Op::Pow,
            };
            bigint::binary(vm, op, &x, &y)
        }
    }
}

#[inline]
pub fn smi_arith(op: Arith, x: i32, y: i32) -> Option<Value> {
    match op {
        Arith::Sub => x.checked_sub(y).map(Value::smi),
        Arith::Mul => match x.checked_mul(y) {
            Some(0) if x < 0 || y < 0 => None,
            r => r.map(Value::smi),
        },
        Arith::Div => {
            // One division, its product checked: `x % y` and `x / y` as
            // two expressions compiled to two `idiv`s (spectralnorm's `/ 2`).
            if y == 0 || (x == 0 && y < 0) || (x == i32::MIN && y == -1) {
                return None;
            }
            let q = x / y;
            (q.wrapping_mul(y) == x).then(|| Value::smi(q))
        }
        Arith::Mod => {
            if y == 0 {
                return None;
            }
            let r = x.wrapping_rem(y);
            if r == 0 && x < 0 {
                None
            } else {
                Some(Value::smi(r))
            }
        }
        Arith::Pow => None,
    }
}

pub fn float_arith(op: Arith, x: f64, y: f64) -> f64 {
    match op {
        Arith::Sub => x - y,
        Arith::Mul => x * y,
        Arith::Div => x / y,
        Arith::Mod => rem(x, y),
        Arith::Pow => pow(x, y),
    }
}

/// `x % y` on doubles. Both integers below 2^53 (a hash kept below a
/// prime, `(h * 31 + v) % 1000000007`, leaves Smi range at once) is one
/// integer division: the remainder of integers is an integer smaller than
/// either, so it is exact, and it takes `x`'s sign (`-4 % 2` is -0). Other
/// operands go to `fmod` (compiler-builtins' bit-by-bit loop, which costs
/// a few hundred instructions on such operands).
#[inline]
pub fn rem(x: f64, y: f64) -> f64 {
    const SAFE: f64 = 9007199254740992.0;
    if x.abs() <= SAFE && y.abs() <= SAFE {
        let (xi, yi) = (x as i64, y as i64);
        if xi as f64 == x && yi as f64 == y && yi != 0 {
            let r = (xi % yi) as f64;
            return if x.is_sign_negative() { -r.abs() } else { r };
        }
    }
    x % y
}

/// Number::exponentiate: differs from C's pow for NaN exponents and ±1 ** ±∞.
pub fn pow(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return 1.0;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    crate::pow::pow(x, y)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bitwise {
    And,
    Or,
    Xor,
    Shl,
    Shr,
    UShr,
}

pub fn bitwise(vm: &mut Vm, op: Bitwise, a: Value, b: Value) -> JsResult<Value> {
    let (x, y) = if Value::both_smi(a, b) {
        (a.as_smi(), b.as_smi())
    } else {
        match numeric_pair(vm, a, b)? {
            Ok((x, y)) => (to_int32(x), to_int32(y)),
            Err((x, y)) => {
                let op = match op {
                    Bitwise::And => bigint::Op::And,
                    Bitwise::Or => bigint::Op::Or,
                    Bitwise::Xor => bigint::Op::Xor,
                    Bitwise::Shl => bigint::Op::Shl,
                    Bitwise::Shr => bigint::Op::Shr,
                    Bitwise::UShr => bigint::Op::UShr,
                };
                return bigint::binary(vm, op, &x, &y);
            }
        }
    };
    let shift = (y as u32) & 31;
    Ok(match op {
        Bitwise::And => Value::smi(x & y),
        Bitwise::Or => Value::smi(x | y),
        Bitwise::Xor => Value::smi(x ^ y),
        Bitwise::Shl => Value::smi(x.wrapping_shl(shift)),
        Bitwise::Shr => Value::smi(x >> shift),
        Bitwise::UShr => {
            let r = (x as u32) >> shift;
            if r <= i32::MAX as u32 {
                Value::smi(r as i32)
            } else {
                vm.number(r as f64)
            }
        }
    })
}

pub fn bit_not(vm: &mut Vm, a: Value) -> JsResult<Value> {
    let x = if a.is_smi() {
        a.as_smi()
    } else {
        match to_numeric(vm, a)? {
            Numeric::Num(d) => to_int32(d),
            Numeric::Big(b) => {
                let b = b.as_bigint().cloned().unwrap_or_default();
                return Ok(bigint::bit_not(vm, &b));
            }
        }
    };
    Ok(Value::smi(!x))
}

pub fn negate(vm: &mut Vm, a: Value) -> JsResult<Value> {
    if a.is_smi() {
        let x = a.as_smi();
        if x != 0 && x != i32::MIN {
            return Ok(Value::smi(-x));
        }
    }
    match to_numeric(vm, a)? {
        Numeric::Num(x) => Ok(vm.number(-x)),
        Numeric::Big(b) => {
            let b = b.as_bigint().cloned().unwrap_or_default();
            Ok(bigint::negate(vm, &b))
        }
    }
}

/// Unary `+` (ToNumber), and ToNumeric for `x++`'s old value: the
/// compiler emits the same `ToNumber` for both and notes the unary `+`s
/// (`is_number_only_site`), where a BigInt throws.
pub fn to_number_value(vm: &mut Vm, a: Value) -> JsResult<Value> {
    if a.is_smi() || a.is_number() {
        return Ok(a);
    }
    match to_numeric(vm, a)? {
        Numeric::Num(x) => Ok(vm.number(x)),
        Numeric::Big(_) if is_number_only_site(vm) => Err(bigint::to_number_error(vm)),
        Numeric::Big(b) => Ok(b),
    }
}

/// `a + imm` after ToNumber: the compiler's form of `x++`, `x--`, `x - 1`.
pub fn add_imm(vm: &mut Vm, a: Value, imm: i16) -> JsResult<Value> {
    if a.is_smi() {
        if let Some(r) = a.as_smi().checked_add(imm as i32) {
            return Ok(Value::smi(r));
        }
    }
    match to_numeric(vm, a)? {
        Numeric::Num(x) => Ok(vm.number(x + imm as f64)),
        // `x - 1` (noted by the compiler) mixes types; `x--` computes.
        Numeric::Big(_) if is_number_only_site(vm) => Err(bigint::mix_error(vm)),
        Numeric::Big(b) => {
            let b = b.as_bigint().cloned().unwrap_or_default();
            Ok(bigint::add_small(vm, &b, imm))
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
}

/// Relational comparison: both ToPrimitive (left to right); two strings
/// compare by UTF-16 code units, anything else numerically, and any NaN
/// makes the answer false.
pub fn compare(vm: &mut Vm, op: Cmp, a: Value, b: Value) -> JsResult<bool> {
    if Value::both_smi(a, b) {
        let (x, y) = (a.as_smi(), b.as_smi());
        return Ok(match op {
            Cmp::Lt => x < y,
            Cmp::Le => x <= y,
            Cmp::Gt => x > y,
            Cmp::Ge => x >= y,
        });
    }
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return Ok(match op {
            Cmp::Lt => x < y,
            Cmp::Le => x <= y,
            Cmp::Gt => x > y,
            Cmp::Ge => x >= y,
        });
    }
    let mut scope = vm.scope();
    let pa = to_primitive(&mut scope, a, Hint::Number)?;
    let ra = scope.root(pa);
    let pb = to_primitive(&mut scope, b, Hint::Number)?;
    let pa = scope.get(ra);
    drop(scope);
    let (x, y) = match (pa.as_js_str(), pb.as_js_str()) {
        (Some(x), Some(y)) => {
            // By UTF-16 code units, not by code points.
            let ord = x.cmp(y);
            return Ok(match op {
                Cmp::Lt => ord.is_lt(),
                Cmp::Le => ord.is_le(),
                Cmp::Gt => ord.is_gt(),
                Cmp::Ge => ord.is_ge(),
            });
        }
        _ if pa.as_symbol().is_some() || pb.as_symbol().is_some() => return Err(symbol_to(vm, "number")),
        _ if pa.is_bigint() || pb.is_bigint() => {
            let ord = bigint_order(pa, pb);
            return Ok(ord.is_some_and(|ord| match op {
                Cmp::Lt => ord.is_lt(),
                Cmp::Le => ord.is_le(),
                Cmp::Gt => ord.is_gt(),
                Cmp::Ge => ord.is_ge(),
            }));
        }
        _ => (primitive_to_number(pa), primitive_to_number(pb)),
    };
    Ok(match op {
        Cmp::Lt => x < y,
        Cmp::Le => x <= y,
        Cmp::Gt => x > y,
        Cmp::Ge => x >= y,
    })
}

/// The order of two primitives at least one of which is a BigInt (the
/// other not a symbol): exact against a number, a string read with
/// StringToBigInt; None when either is NaN or a string that is no BigInt.
fn bigint_order(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    match (a.as_bigint(), b.as_bigint()) {
        (Some(x), Some(y)) => Some(x.cmp(y)),
        (Some(x), None) => bigint_against(x, b),
        (None, Some(y)) => bigint_against(y, a).map(std::cmp::Ordering::reverse),
        (None, None) => None,
    }
}

/// `x` compared with the non-BigInt primitive `v`.
fn bigint_against(x: &BigInt, v: Value) -> Option<std::cmp::Ordering> {
    if v.is_string() {
        let y = bigint::parse(&crate::format::to_string(v))?;
        return Some(x.cmp(&y));
    }
    bigint::cmp_number(x, primitive_to_number(v))
}

/// `===`: never converts, so it cannot throw.
pub fn strict_equals(a: Value, b: Value) -> bool {
    if a == b {
        // Identical bits: equal, except a NaN double is never equal to itself.
        return !a.as_double().is_some_and(f64::is_nan);
    }
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return x == y;
    }
    if let (Some(x), Some(y)) = (a.as_js_str(), b.as_js_str()) {
        return x == y;
    }
    if let (Some(x), Some(y)) = (a.as_bigint(), b.as_bigint()) {
        return x == y;
    }
    false
}

/// `==`: the abstract equality algorithm. A non-primitive against a
/// primitive is compared through its ToPrimitive.
pub fn loose_equals(vm: &mut Vm, a: Value, b: Value) -> JsResult<bool> {
    if a.is_nullish() || b.is_nullish() {
        return Ok(a.is_nullish() && b.is_nullish());
    }
    match (is_primitive(a), is_primitive(b)) {
        (true, true) => Ok(primitive_loose_equals(a, b)),
        (false, false) => Ok(strict_equals(a, b)),
        (false, true) => {
            let pa = to_primitive(vm, a, Hint::Default)?;
            Ok(primitive_loose_equals(pa, b))
        }
        (true, false) => {
            let pb = to_primitive(vm, b, Hint::Default)?;
            Ok(primitive_loose_equals(a, pb))
        }
    }
}

/// `==` on two primitives: same type compares strictly, null and undefined
/// only equal each other, any other mix compares as numbers.
fn primitive_loose_equals(a: Value, b: Value) -> bool {
    if a.is_nullish() || b.is_nullish() {
        return a.is_nullish() && b.is_nullish();
    }
    let kind = |v: Value| {
        if v.is_number() {
            'n'
        } else if v.is_string() {
            's'
        } else if v.is_bigint() {
            'g'
        } else if v.as_symbol().is_some() {
            'y'
        } else {
            'b'
        }
    };
    if kind(a) == kind(b) {
        strict_equals(a, b)
    } else if kind(a) == 'y' || kind(b) == 'y' {
        false
    } else if a.is_bigint() || b.is_bigint() {
        bigint_order(a, b) == Some(std::cmp::Ordering::Equal)
    } else {
        primitive_to_number(a) == primitive_to_number(b)
    }
}

pub fn type_of(v: Value) -> &'static str {
    match v.to_bits() {
        crate::value::UNDEFINED_BITS => "undefined",
        crate::value::NULL_BITS => "object",
        crate::value::TRUE_BITS | crate::value::FALSE_BITS => "boolean",
        _ if v.is_smi() => "number",
        _ if v.as_double().is_some() => "number",
        _ if v.is_string() => "string",
        _ if v.is_function() => "function",
        _ if v.as_symbol().is_some() => "symbol",
        _ if v.is_bigint() => "bigint",
        _ if v.as_error().is_some() || v.as_object().is_some() => "object",
        _ => "undefined",
    }
}

/// `v.length`.
pub fn length(vm: &mut Vm, v: Value) -> JsResult<Value> {
    if let Some(s) = v.as_js_str() {
        return Ok(Value::smi(s.len().min(i32::MAX as usize) as i32));
    }
    match v.as_function() {
        Some(p) => Ok(Value::smi(p.nparams as i32)),
        _ if v.is_nullish() => {
            let message = format!("Cannot read properties of {} (reading 'length')", crate::format::to_string(v));
            Err(vm.throw_error(ErrorKind::TypeError, &message))
        }
        _ => Ok(Value::UNDEFINED),
    }
}
