//! The methods that call a function per element: `forEach map filter
//! some every find findIndex findLast findLastIndex reduce reduceRight`.
//!
//! The length is read once, before the first call; each element is read
//! when its turn comes, so a callback that changes the array is seen as
//! JavaScript sees it. `forEach`, `map`, `filter`, `some`, `every` and the
//! reductions skip holes; the `find` family visits them as undefined.
//! Values held across a callback (the element, the accumulator, the
//! array being built) are rooted: the callback may allocate and collect.

use super::access::{self, call, element, get_at, index_value, indices};
use super::arg;
use crate::error::{ErrorKind, JsResult};
use crate::value::Value;
use crate::vm::Vm;

/// What the per-element loop does with each callback result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    Plain,
    Some,
    Every,
}

fn each(vm: &mut Vm, this: Value, args: &[Value], what: Visit) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    access::require_callable(vm, f)?;
    for k in indices(vm, this, 0, len) {
        let Some(v) = element(vm, this, k)? else { continue };
        let i = index_value(vm, k);
        let r = call(vm, f, this_arg, &[v, i, this])?;
        match what {
            Visit::Some if r.truthy() => return Ok(Value::TRUE),
            Visit::Every if !r.truthy() => return Ok(Value::FALSE),
            _ => {}
        }
    }
    Ok(match what {
        Visit::Plain => Value::UNDEFINED,
        Visit::Some => Value::FALSE,
        Visit::Every => Value::TRUE,
    })
}

pub fn for_each(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    each(vm, this, args, Visit::Plain)
}

pub fn some(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    each(vm, this, args, Visit::Some)
}

pub fn every(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    each(vm, this, args, Visit::Every)
}

pub fn map(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    access::require_callable(vm, f)?;
    if len > access::MAX_LENGTH {
        return Err(access::invalid_length(vm));
    }
    let mut s = vm.scope();
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    for k in indices(&s, this, 0, len) {
        let Some(v) = element(&mut s, this, k)? else { continue };
        let i = index_value(&mut s, k);
        let r = call(&mut s, f, this_arg, &[v, i, this])?;
        if let Some(o) = s.get(out).as_object() {
            // Results go in at their index: a skipped hole stays a hole.
            o.set_index(&mut s.heap, k as u32, r);
        }
    }
    let out = s.get(out);
    if let Some(o) = out.as_object() {
        o.set_length(len as u32);
    }
    Ok(out)
}

pub fn filter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    access::require_callable(vm, f)?;
    let mut s = vm.scope();
    let out = s.new_array(Vec::new());
    let out = s.root(out);
    let held = s.root(Value::UNDEFINED);
    for k in indices(&s, this, 0, len) {
        let Some(v) = element(&mut s, this, k)? else { continue };
        s.set(held, v);
        let i = index_value(&mut s, k);
        let r = call(&mut s, f, this_arg, &[v, i, this])?;
        if r.truthy() {
            if let Some(o) = s.get(out).as_object() {
                let v = s.get(held);
                o.push(&mut s.heap, v);
            }
        }
    }
    Ok(s.get(out))
}

/// Which element `find` and its siblings look for, and what they return.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Find {
    Value,
    Index,
}

fn find_in(vm: &mut Vm, this: Value, args: &[Value], what: Find, backward: bool) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    access::require_callable(vm, f)?;
    let mut s = vm.scope();
    let held = s.root(Value::UNDEFINED);
    let step = |s: &mut crate::vm::Scope, k: u64| -> JsResult<Option<Value>> {
        let v = get_at(s, this, k)?;
        s.set(held, v);
        let i = index_value(s, k);
        let r = call(s, f, this_arg, &[v, i, this])?;
        if !r.truthy() {
            return Ok(None);
        }
        Ok(Some(match what {
            Find::Value => s.get(held),
            Find::Index => index_value(s, k),
        }))
    };
    if backward {
        for k in (0..len).rev() {
            if let Some(r) = step(&mut s, k)? {
                return Ok(r);
            }
        }
    } else {
        for k in 0..len {
            if let Some(r) = step(&mut s, k)? {
                return Ok(r);
            }
        }
    }
    Ok(match what {
        Find::Value => Value::UNDEFINED,
        Find::Index => Value::smi(-1),
    })
}

pub fn find(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    find_in(vm, this, args, Find::Value, false)
}

pub fn find_index(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    find_in(vm, this, args, Find::Index, false)
}

pub fn find_last(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    find_in(vm, this, args, Find::Value, true)
}

pub fn find_last_index(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    find_in(vm, this, args, Find::Index, true)
}

fn reduce_in(vm: &mut Vm, this: Value, args: &[Value], backward: bool) -> JsResult<Value> {
    let len = access::length_of(vm, this)?;
    let f = arg(args, 0);
    access::require_callable(vm, f)?;
    let mut order = indices(vm, this, 0, len);
    let mut next = |vm: &mut Vm| -> JsResult<Option<(u64, Value)>> {
        loop {
            let k = if backward { order.next_back() } else { order.next() };
            let Some(k) = k else { return Ok(None) };
            if let Some(v) = element(vm, this, k)? {
                return Ok(Some((k, v)));
            }
        }
    };
    let mut s = vm.scope();
    let acc = if args.len() >= 2 {
        args[1]
    } else {
        match next(&mut s)? {
            Some((_, v)) => v,
            None => {
                return Err(s.throw_error(ErrorKind::TypeError, "Reduce of empty array with no initial value"));
            }
        }
    };
    let acc = s.root(acc);
    while let Some((k, v)) = next(&mut s)? {
        let i = index_value(&mut s, k);
        let a = s.get(acc);
        let r = call(&mut s, f, Value::UNDEFINED, &[a, v, i, this])?;
        s.set(acc, r);
    }
    Ok(s.get(acc))
}

pub fn reduce(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    reduce_in(vm, this, args, false)
}

pub fn reduce_right(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    reduce_in(vm, this, args, true)
}
