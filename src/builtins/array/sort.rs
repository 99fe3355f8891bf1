//! `Array.prototype.sort`: a stable merge sort whose comparison may call
//! JavaScript (and so throw, or change the array while it runs).
//!
//! The values are collected first (holes skipped, undefined counted
//! apart, as the specification's SortIndexedProperties does) into an
//! array the sort owns and roots, and the sort orders indices into it, so
//! a comparator that empties the array cannot free what is being sorted.
//! Rust's `sort_by` is not used: it may panic on a comparator that is not
//! a total order, and any JavaScript function may be one.

use std::cmp::Ordering;

use super::access::{self, element, indices};
use crate::error::{ErrorKind, JsResult};
use crate::ops;
use crate::value::Value;
use crate::vm::{Rooted, Scope, Vm};

pub fn sort(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = super::arg(args, 0);
    if cmp != Value::UNDEFINED && cmp.as_callable().is_none() {
        let msg = "The comparison function must be either a function or undefined";
        return Err(vm.throw_error(ErrorKind::TypeError, msg));
    }
    let len = access::length_of(vm, this)?;
    let mut values = Vec::new();
    let mut undefined = 0u64;
    for k in indices(this, 0, len) {
        match element(vm, this, k)? {
            Some(v) if v == Value::UNDEFINED => undefined += 1,
            Some(v) => values.push(v),
            None => {}
        }
    }
    let n = values.len();
    let mut s = vm.scope();
    let holder = s.new_array(values);
    let held = s.root(holder);
    let mut order: Vec<u32> = (0..n as u32).collect();
    if cmp == Value::UNDEFINED {
        let mut texts = Vec::with_capacity(n);
        for i in 0..n {
            let v = held_at(&mut s, held, i as u32);
            texts.push(access::text_units(&mut s, v)?);
        }
        // Code unit order, as JavaScript compares strings.
        merge_sort(&mut order, &mut |a, b| Ok(texts[a as usize].cmp(&texts[b as usize])))?;
    } else {
        merge_sort(&mut order, &mut |a, b| {
            let (x, y) = (held_at(&mut s, held, a), held_at(&mut s, held, b));
            let r = access::call(&mut s, cmp, Value::UNDEFINED, &[x, y])?;
            let d = ops::to_number(&mut s, r)?;
            Ok(if d < 0.0 {
                Ordering::Less
            } else if d > 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        })?;
    }
    let count = n as u64 + undefined;
    if let Some(a) = access::rewritable(this).filter(|a| a.length() as u64 == len) {
        // Boxed without collecting and stored at once: no rooting needed.
        let mut sorted: Vec<Value> = order.iter().map(|&i| held_at(&mut s, held, i)).collect();
        sorted.resize(count as usize, Value::UNDEFINED);
        a.replace_elements(sorted);
        a.set_length(len as u32);
        return Ok(this);
    }
    // A setter may run between the stores: each value is read from the
    // rooted holder just before it is stored.
    for (k, &i) in order.iter().enumerate() {
        let v = held_at(&mut s, held, i);
        access::set_at(&mut s, this, k as u64, v)?;
    }
    for i in n as u64..count {
        access::set_at(&mut s, this, i, Value::UNDEFINED)?;
    }
    let rest: Vec<u64> = indices(this, count, len).collect();
    for i in rest {
        if element(&mut s, this, i)?.is_some() {
            access::delete_at(&mut s, this, i)?;
        }
    }
    Ok(this)
}

/// Value `i` of the sort's own array.
/// Boxing a raw double cannot collect; the caller uses the value before
/// its next allocation (a comparator's arguments, a conversion).
fn held_at(s: &mut Scope, held: Rooted, i: u32) -> Value {
    let h = s.get(held);
    h.as_object().and_then(|o| o.get_index(&mut s.heap, i)).unwrap_or(Value::UNDEFINED)
}

/// A bottom-up merge sort of `order` by `cmp`, stable; it stops at the
/// first error. Runs already in order are not merged, so sorted input
/// costs n - 1 comparisons.
fn merge_sort(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> JsResult<Ordering>) -> JsResult<()> {
    let n = order.len();
    const RUN: usize = 8;
    // Short runs by insertion sort: fewer calls than merging pairs.
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && cmp(order[j - 1], order[j])? == Ordering::Greater {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buf = Vec::with_capacity(n);
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start + width < n {
            let mid = start + width;
            let end = (mid + width).min(n);
            if cmp(order[mid - 1], order[mid])? == Ordering::Greater {
                buf.clear();
                let (mut i, mut j) = (start, mid);
                while i < mid && j < end {
                    // Equal keeps the left one first: stable.
                    if cmp(order[i], order[j])? == Ordering::Greater {
                        buf.push(order[j]);
                        j += 1;
                    } else {
                        buf.push(order[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&order[i..mid]);
                buf.extend_from_slice(&order[j..end]);
                order[start..end].copy_from_slice(&buf);
            }
            start = end;
        }
        width *= 2;
    }
    Ok(())
}
