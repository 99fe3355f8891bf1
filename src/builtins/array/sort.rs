//! `Array.prototype.sort`: V8's TimSort, whose comparison may call
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
    // V8 neither reads nor writes back fewer than two elements (a
    // one-character string is not refused).
    if len < 2 {
        return Ok(access::this_object(vm, this));
    }
    let mut values = Vec::new();
    let mut undefined = 0u64;
    for k in indices(vm, this, 0, len) {
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
    // A lone value is never compared, so never converted (a symbol passes).
    if cmp == Value::UNDEFINED && n > 1 {
        let mut texts = Vec::with_capacity(n);
        for i in 0..n {
            let v = held_at(&mut s, held, i as u32);
            texts.push(access::text_units(&mut s, v)?);
        }
        // Code unit order, as JavaScript compares strings.
        merge_sort(&mut order, &mut |a, b| Ok(texts[a as usize].cmp(&texts[b as usize])))?;
    } else if cmp != Value::UNDEFINED {
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
    let rest: Vec<u64> = indices(&s, this, count, len).collect();
    for i in rest {
        if element(&mut s, this, i)?.is_some() {
            access::delete_at(&mut s, this, i)?;
        }
    }
    Ok(access::this_object(&mut s, this))
}

/// Value `i` of the sort's own array.
/// Boxing a raw double cannot collect; the caller uses the value before
/// its next allocation (a comparator's arguments, a conversion).
fn held_at(s: &mut Scope, held: Rooted, i: u32) -> Value {
    let h = s.get(held);
    h.as_object().and_then(|o| o.get_index(&mut s.heap, i)).unwrap_or(Value::UNDEFINED)
}

/// V8's TimSort (`third_party/v8/builtins/array-sort.tq`), step for
/// step: the same comparisons in the same order, so a comparator that is
/// not a consistent order (`(a, b) => a > b`), or one that logs, gives
/// node's result. Stable; it stops at the first error. Only "less than"
/// matters to it, as in V8.
fn merge_sort(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> JsResult<Ordering>) -> JsResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    let mut t = TimSort { work: order, cmp, min_gallop: MIN_GALLOP, runs: Vec::new() };
    let min_run = min_run_length(n);
    let (mut low, mut remaining) = (0usize, n);
    while remaining != 0 {
        let mut run = t.count_and_make_run(low, low + remaining)?;
        if run < min_run {
            let forced = min_run.min(remaining);
            t.binary_insertion_sort(low, low + run, low + forced)?;
            run = forced;
        }
        t.runs.push((low, run));
        t.merge_collapse()?;
        low += run;
        remaining -= run;
    }
    while t.runs.len() > 1 {
        let mut i = t.runs.len() - 2;
        if i > 0 && t.runs[i - 1].1 < t.runs[i + 1].1 {
            i -= 1;
        }
        t.merge_at(i)?;
    }
    Ok(())
}

const MIN_GALLOP: usize = 7;

fn min_run_length(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

struct TimSort<'a> {
    work: &'a mut [u32],
    cmp: &'a mut dyn FnMut(u32, u32) -> JsResult<Ordering>,
    min_gallop: usize,
    /// Pending runs: (base, length).
    runs: Vec<(usize, usize)>,
}

/// Which array a gallop searches: the work array or a merge's copy.
#[derive(Clone, Copy)]
enum In {
    Work,
    Temp,
}

impl TimSort<'_> {
    fn less(&mut self, a: u32, b: u32) -> JsResult<bool> {
        Ok((self.cmp)(a, b)? == Ordering::Less)
    }

    fn count_and_make_run(&mut self, low_arg: usize, high: usize) -> JsResult<usize> {
        let low = low_arg + 1;
        if low == high {
            return Ok(1);
        }
        let mut run = 2;
        let descending = self.less(self.work[low], self.work[low - 1])?;
        let mut previous = self.work[low];
        for idx in low + 1..high {
            let current = self.work[idx];
            let less = self.less(current, previous)?;
            if descending != less {
                break;
            }
            previous = current;
            run += 1;
        }
        if descending {
            self.work[low_arg..low_arg + run].reverse();
        }
        Ok(run)
    }

    fn binary_insertion_sort(&mut self, low: usize, start: usize, high: usize) -> JsResult<()> {
        let start = if low == start { start + 1 } else { start };
        for start in start..high {
            let (mut left, mut right) = (low, start);
            let pivot = self.work[start];
            while left < right {
                let mid = left + ((right - left) >> 1);
                if self.less(pivot, self.work[mid])? {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            self.work.copy_within(left..start, left + 1);
            self.work[left] = pivot;
        }
        Ok(())
    }

    fn invariant(&self, n: usize) -> bool {
        n < 2 || self.runs[n - 2].1 > self.runs[n - 1].1 + self.runs[n].1
    }

    fn merge_collapse(&mut self) -> JsResult<()> {
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if !self.invariant(n + 1) || !self.invariant(n) {
                if n > 0 && self.runs[n - 1].1 < self.runs[n + 1].1 {
                    n -= 1;
                }
                self.merge_at(n)?;
            } else if self.runs[n].1 <= self.runs[n + 1].1 {
                self.merge_at(n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    fn merge_at(&mut self, i: usize) -> JsResult<()> {
        let (mut base_a, mut len_a) = self.runs[i];
        let (base_b, mut len_b) = self.runs[i + 1];
        self.runs[i].1 = len_a + len_b;
        self.runs.remove(i + 1);
        let key = self.work[base_b];
        let k = self.gallop_right(In::Work, &[], key, base_a, len_a, 0)?;
        base_a += k;
        len_a -= k;
        if len_a == 0 {
            return Ok(());
        }
        let key = self.work[base_a + len_a - 1];
        len_b = self.gallop_left(In::Work, &[], key, base_b, len_b, len_b - 1)?;
        if len_b == 0 {
            return Ok(());
        }
        if len_a <= len_b {
            self.merge_low(base_a, len_a, base_b, len_b)
        } else {
            self.merge_high(base_a, len_a, base_b, len_b)
        }
    }

    fn at(&self, within: In, temp: &[u32], i: usize) -> u32 {
        match within {
            In::Work => self.work[i],
            In::Temp => temp[i],
        }
    }

    /// Where `key` goes in the sorted `len` items at `base`: before the
    /// first item not less than it.
    fn gallop_left(&mut self, w: In, temp: &[u32], key: u32, base: usize, len: usize, hint: usize) -> JsResult<usize> {
        let (mut last, mut offset) = (0usize, 1usize);
        if self.less(self.at(w, temp, base + hint), key)? {
            let max = len - hint;
            while offset < max {
                if !self.less(self.at(w, temp, base + hint + offset), key)? {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            last += hint;
            offset += hint;
        } else {
            let max = hint + 1;
            while offset < max {
                if self.less(self.at(w, temp, base + hint - offset), key)? {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            let tmp = last;
            last = hint.wrapping_sub(offset);
            offset = hint - tmp;
        }
        last = last.wrapping_add(1);
        while last < offset {
            let m = last + ((offset - last) >> 1);
            if self.less(self.at(w, temp, base + m), key)? {
                last = m + 1;
            } else {
                offset = m;
            }
        }
        Ok(offset)
    }

    /// Where `key` goes in the sorted `len` items at `base`: after the last
    /// item not greater than it.
    fn gallop_right(&mut self, w: In, temp: &[u32], key: u32, base: usize, len: usize, hint: usize) -> JsResult<usize> {
        let (mut last, mut offset) = (0usize, 1usize);
        if self.less(key, self.at(w, temp, base + hint))? {
            let max = hint + 1;
            while offset < max {
                if !self.less(key, self.at(w, temp, base + hint - offset))? {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            let tmp = last;
            last = hint.wrapping_sub(offset);
            offset = hint - tmp;
        } else {
            let max = len - hint;
            while offset < max {
                if self.less(key, self.at(w, temp, base + hint + offset))? {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            last += hint;
            offset += hint;
        }
        last = last.wrapping_add(1);
        while last < offset {
            let m = last + ((offset - last) >> 1);
            if self.less(key, self.at(w, temp, base + m))? {
                offset = m;
            } else {
                last = m + 1;
            }
        }
        Ok(offset)
    }

    fn merge_low(&mut self, base_a: usize, len_a: usize, base_b: usize, len_b: usize) -> JsResult<()> {
        let (mut len_a, mut len_b) = (len_a, len_b);
        let temp: Vec<u32> = self.work[base_a..base_a + len_a].to_vec();
        let (mut dest, mut ct, mut cb) = (base_a, 0usize, base_b);
        self.work[dest] = self.work[cb];
        dest += 1;
        cb += 1;
        // Which way the merge ends: 0 done, 1 copy B then A's last.
        let end = 'merge: {
            len_b -= 1;
            if len_b == 0 {
                break 'merge 0;
            }
            if len_a == 1 {
                break 'merge 1;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut wins_a, mut wins_b) = (0usize, 0usize);
                loop {
                    if self.less(self.work[cb], temp[ct])? {
                        self.work[dest] = self.work[cb];
                        dest += 1;
                        cb += 1;
                        wins_b += 1;
                        len_b -= 1;
                        wins_a = 0;
                        if len_b == 0 {
                            break 'merge 0;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    } else {
                        self.work[dest] = temp[ct];
                        dest += 1;
                        ct += 1;
                        wins_a += 1;
                        len_a -= 1;
                        wins_b = 0;
                        if len_a == 1 {
                            break 'merge 1;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    let key = self.work[cb];
                    wins_a = self.gallop_right(In::Temp, &temp, key, ct, len_a, 0)?;
                    if wins_a > 0 {
                        self.work[dest..dest + wins_a].copy_from_slice(&temp[ct..ct + wins_a]);
                        dest += wins_a;
                        ct += wins_a;
                        len_a -= wins_a;
                        if len_a == 1 {
                            break 'merge 1;
                        }
                        if len_a == 0 {
                            break 'merge 0;
                        }
                    }
                    self.work[dest] = self.work[cb];
                    dest += 1;
                    cb += 1;
                    len_b -= 1;
                    if len_b == 0 {
                        break 'merge 0;
                    }
                    let key = temp[ct];
                    wins_b = self.gallop_left(In::Work, &[], key, cb, len_b, 0)?;
                    if wins_b > 0 {
                        self.work.copy_within(cb..cb + wins_b, dest);
                        dest += wins_b;
                        cb += wins_b;
                        len_b -= wins_b;
                        if len_b == 0 {
                            break 'merge 0;
                        }
                    }
                    self.work[dest] = temp[ct];
                    dest += 1;
                    ct += 1;
                    len_a -= 1;
                    if len_a == 1 {
                        break 'merge 1;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if end == 0 {
            if len_a > 0 {
                self.work[dest..dest + len_a].copy_from_slice(&temp[ct..ct + len_a]);
            }
        } else {
            // The last item of run A belongs at the end of the merge.
            self.work.copy_within(cb..cb + len_b, dest);
            self.work[dest + len_b] = temp[ct];
        }
        Ok(())
    }

    fn merge_high(&mut self, base_a: usize, len_a: usize, base_b: usize, len_b: usize) -> JsResult<()> {
        let (mut len_a, mut len_b) = (len_a, len_b);
        let temp: Vec<u32> = self.work[base_b..base_b + len_b].to_vec();
        // Cursors count down and may pass below zero: kept as isize.
        let mut dest = (base_b + len_b - 1) as isize;
        let mut ct = len_b as isize - 1;
        let mut ca = (base_a + len_a - 1) as isize;
        macro_rules! w {
            ($i:expr) => {
                self.work[$i as usize]
            };
        }
        w!(dest) = w!(ca);
        dest -= 1;
        ca -= 1;
        // 0: done; 1: copy A, then B's first.
        let end = 'merge: {
            len_a -= 1;
            if len_a == 0 {
                break 'merge 0;
            }
            if len_b == 1 {
                break 'merge 1;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut wins_a, mut wins_b) = (0usize, 0usize);
                loop {
                    if self.less(temp[ct as usize], w!(ca))? {
                        w!(dest) = w!(ca);
                        dest -= 1;
                        ca -= 1;
                        wins_a += 1;
                        len_a -= 1;
                        wins_b = 0;
                        if len_a == 0 {
                            break 'merge 0;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    } else {
                        w!(dest) = temp[ct as usize];
                        dest -= 1;
                        ct -= 1;
                        wins_b += 1;
                        len_b -= 1;
                        wins_a = 0;
                        if len_b == 1 {
                            break 'merge 1;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    let key = temp[ct as usize];
                    let k = self.gallop_right(In::Work, &[], key, base_a, len_a, len_a - 1)?;
                    wins_a = len_a - k;
                    if wins_a > 0 {
                        dest -= wins_a as isize;
                        ca -= wins_a as isize;
                        let from = (ca + 1) as usize;
                        self.work.copy_within(from..from + wins_a, (dest + 1) as usize);
                        len_a -= wins_a;
                        if len_a == 0 {
                            break 'merge 0;
                        }
                    }
                    w!(dest) = temp[ct as usize];
                    dest -= 1;
                    ct -= 1;
                    len_b -= 1;
                    if len_b == 1 {
                        break 'merge 1;
                    }
                    let key = w!(ca);
                    let k = self.gallop_left(In::Temp, &temp, key, 0, len_b, len_b - 1)?;
                    wins_b = len_b - k;
                    if wins_b > 0 {
                        dest -= wins_b as isize;
                        ct -= wins_b as isize;
                        let from = (ct + 1) as usize;
                        let to = (dest + 1) as usize;
                        self.work[to..to + wins_b].copy_from_slice(&temp[from..from + wins_b]);
                        len_b -= wins_b;
                        if len_b == 1 {
                            break 'merge 1;
                        }
                        if len_b == 0 {
                            break 'merge 0;
                        }
                    }
                    w!(dest) = w!(ca);
                    dest -= 1;
                    ca -= 1;
                    len_a -= 1;
                    if len_a == 0 {
                        break 'merge 0;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if end == 0 {
            if len_b > 0 {
                let to = (dest - (len_b as isize - 1)) as usize;
                self.work[to..to + len_b].copy_from_slice(&temp[..len_b]);
            }
        } else {
            // The first item of run B belongs at the front of the merge.
            dest -= len_a as isize;
            ca -= len_a as isize;
            let from = (ca + 1) as usize;
            self.work.copy_within(from..from + len_a, (dest + 1) as usize);
            w!(dest) = temp[ct as usize];
        }
        Ok(())
    }
}
