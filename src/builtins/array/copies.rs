//! The methods that leave the array alone and return a changed copy
//! (`toReversed toSorted toSpliced with`), and `copyWithin`. A copy has no
//! holes: a missing element is read as undefined, as their specification
//! says.

use super::access::{self, get_at, invalid_length, MAX_LENGTH, MAX_SAFE};
use super::arg;
use crate::error::{ErrorKind, JsResult};
use crate::value::Value;
use crate::vm::{Rooted, Scope, Vm};

/// A new array of `len` elements, each `value(k)`, rooted in `s`.
fn build(s: &mut Scope, len: u64, mut value: impl FnMut(&mut Scope, u64) -> JsResult<Value>) -> JsResult<Rooted> {
    if len > MAX_LENGTH {
        return Err(invalid_length(s));
    }
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    for k in 0..len {
        let v = value(s, k)?;
        if let Some(o) = s.get(out).as_object() {
            o.push(&mut s.heap, v);
        }
    }
    Ok(out)
}

pub fn to_reversed(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let mut s = vm.scope();
    let out = build(&mut s, len, |s, k| get_at(s, this, len - 1 - k))?;
    Ok(s.get(out))
}

pub fn to_sorted(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if cmp != Value::UNDEFINED && cmp.as_callable().is_none() {
        let msg = "The comparison function must be either a function or undefined";
        return Err(vm.throw_error(ErrorKind::TypeError, msg));
    }
    let len = access::length_of(vm, this)?;
    let mut s = vm.scope();
    let out = build(&mut s, len, |s, k| get_at(s, this, k))?;
    let copy = s.get(out);
    super::sort::sort(&mut s, copy, &[cmp])
}

pub fn to_spliced(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let start = access::relative(vm, arg(args, 0), len)?;
    let skip = match args.len() {
        0 => 0,
        1 => len - start,
        _ => (access::to_integer(vm, args[1])?.max(0.0) as u64).min(len - start),
    };
    let inserted = args.get(2..).unwrap_or(&[]);
    let n = inserted.len() as u64;
    let new_len = len + n - skip;
    if new_len > MAX_SAFE {
        let msg = format!("Invalid array length {}", new_len);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut s = vm.scope();
    let out = build(&mut s, new_len, |s, k| {
        if k < start {
            get_at(s, this, k)
        } else if k < start + n {
            Ok(inserted[(k - start) as usize])
        } else {
            get_at(s, this, k - n + skip)
        }
    })?;
    Ok(s.get(out))
}

pub fn with(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let rel = access::to_integer(vm, arg(args, 0))?;
    let at = if rel >= 0.0 { rel } else { len as f64 + rel };
    if at < 0.0 || at >= len as f64 {
        // V8 shows the argument as given, not the integer it became.
        let msg = format!("Invalid index : {}", crate::property::receiver_text(vm, arg(args, 0)));
        return Err(vm.throw_error(ErrorKind::RangeError, &msg));
    }
    let (at, value) = (at as u64, arg(args, 1));
    let mut s = vm.scope();
    let out = build(&mut s, len, |s, k| if k == at { Ok(value) } else { get_at(s, this, k) })?;
    Ok(s.get(out))
}

pub fn copy_within(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let to = access::relative(vm, arg(args, 0), len)?;
    let from = access::relative(vm, arg(args, 1), len)?;
    let end = access::relative_end(vm, arg(args, 2), len)?;
    let count = end.saturating_sub(from).min(len - to);
    super::move_elements(vm, this, from, to, count)?;
    Ok(access::this_object(vm, this))
}
