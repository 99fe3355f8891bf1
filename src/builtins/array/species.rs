//! The subclass-preserving results of `class L extends Array`: `map`,
//! `filter`, `slice`, `splice`, `concat`, `flat` and `flatMap` on an `L`
//! make an `L` (the specification's ArraySpeciesCreate, with `constructor`
//! standing for `constructor[Symbol.species]`, which stitch does not have),
//! and so do `L.from` and `L.of` (their `this` is the constructor).
//!
//! The methods build a plain array as for any array; only when the
//! receiver is such a subclass instance is the result copied into a
//! `new L(0)`. That keeps the common case (a plain array) free of any
//! lookup, at the cost of running `L`'s constructor after the callbacks
//! instead of before them.

use crate::error::JsResult;
use crate::heap::PropKey;
use crate::value::Value;
use crate::vm::Vm;

/// The constructor to make `this`'s copies with: `this.constructor` when
/// `this` is an array whose prototype is not `Array.prototype` and that
/// constructor is a constructor other than `Array`.
fn species_of(vm: &mut Vm, this: Value) -> JsResult<Option<Value>> {
    let Some(a) = this.as_array() else { return Ok(None) };
    if a.proto() == vm.realm.array_proto {
        return Ok(None);
    }
    let key = PropKey::Name(vm.realm.constructor);
    let c = crate::property::get(vm, this, key)?;
    subclass_ctor(vm, c)
}

/// `c` when it is a constructor whose instances are not plain arrays.
fn subclass_ctor(vm: &mut Vm, c: Value) -> JsResult<Option<Value>> {
    if !crate::classes::is_constructor(vm, c) {
        return Ok(None);
    }
    let key = PropKey::Name(vm.realm.prototype);
    let proto = crate::property::get(vm, c, key)?;
    Ok((proto != vm.realm.array_proto).then_some(c))
}

/// `new c(0)` holding `out`'s elements (holes kept) and length.
fn copy_into(vm: &mut Vm, c: Value, out: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    let rout = s.root(out);
    let zero = Value::smi(0);
    let made = crate::classes::construct_with(&mut s, c, &[zero], c)?;
    let out = s.get(rout);
    let (Some(src), Some(dst)) = (out.as_array(), made.as_array()) else { return Ok(made) };
    let len = src.length();
    for i in 0..len {
        if let Some(v) = src.get_index(&mut s.heap, i) {
            dst.set_index(&mut s.heap, i, v);
        }
    }
    dst.set_length(len);
    Ok(made)
}

/// `out`, or its copy in `this`'s subclass.
pub fn like_receiver(vm: &mut Vm, this: Value, out: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    let rout = s.root(out);
    match species_of(&mut s, this)? {
        Some(c) => {
            let out = s.get(rout);
            copy_into(&mut s, c, out)
        }
        None => Ok(s.get(rout)),
    }
}

/// `out`, or its copy in class `this` (for `L.from`, `L.of`).
pub fn like_constructor(vm: &mut Vm, this: Value, out: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    let rout = s.root(out);
    let rthis = s.root(this);
    match subclass_ctor(&mut s, this)? {
        Some(c) => {
            let out = s.get(rout);
            let _ = s.get(rthis);
            copy_into(&mut s, c, out)
        }
        None => Ok(s.get(rout)),
    }
}

/// Wraps a method whose result is a new array built from `this`.
macro_rules! preserving {
    ($name:ident, $inner:path) => {
        pub fn $name(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
            let mut s = vm.scope();
            let rthis = s.root(this);
            let out = $inner(&mut s, this, args)?;
            let this = s.get(rthis);
            $crate::builtins::array::species::like_receiver(&mut s, this, out)
        }
    };
}
pub(super) use preserving;
