//! `replace`/`replaceAll` and `split` with a RegExp, and GetSubstitution
//! (`$1`, `$<name>`, `$&`, ...), which string patterns share.

use super::{data_of, exec_raw, get_last_index, piece, set_last_index};
use crate::calls::call_function;
use crate::error::{ErrorKind, JsResult};
use crate::heap::JsStr;
use crate::numconv::to_uint32;
use crate::ops::{to_js_string, to_number};
use crate::regexp;
use crate::value::Value;
use crate::vm::Vm;

/// A named group and the units it matched (None: it did not take part).
pub type Named = (String, Option<std::ops::Range<usize>>);

/// What a `$` reference may name: the match at `position` of `s`, its
/// captures (index 1 up) and its named groups (None: the regexp has none).
pub struct Captured<'a> {
    pub s: &'a JsStr,
    pub position: usize,
    pub matched: std::ops::Range<usize>,
    pub captures: &'a [Option<std::ops::Range<usize>>],
    pub named: Option<&'a [Named]>,
}

fn digit(u: Option<u16>) -> Option<usize> {
    u.filter(|u| (b'0' as u16..=b'9' as u16).contains(u)).map(|u| (u - b'0' as u16) as usize)
}

/// GetSubstitution: `template` with its `$` references replaced.
pub fn substitute(out: &mut Vec<u16>, template: &[u16], c: &Captured) {
    let s = c.s;
    let mut i = 0;
    while i < template.len() {
        let u = template[i];
        if u != b'$' as u16 || i + 1 >= template.len() {
            out.push(u);
            i += 1;
            continue;
        }
        let next = template[i + 1];
        match u8::try_from(next).unwrap_or(0) {
            b'$' => {
                out.push(b'$' as u16);
                i += 2;
            }
            b'&' => {
                out.extend(s.slice(c.matched.start, c.matched.end).iter_units());
                i += 2;
            }
            b'`' => {
                out.extend(s.slice(0, c.position).iter_units());
                i += 2;
            }
            b'\'' => {
                let from = c.matched.end.min(s.len());
                out.extend(s.slice(from, s.len()).iter_units());
                i += 2;
            }
            b'0'..=b'9' => {
                let d1 = digit(Some(next)).unwrap_or(0);
                let (mut index, mut count) = (d1, 1);
                if let Some(d2) = digit(template.get(i + 2).copied()) {
                    index = d1 * 10 + d2;
                    count = 2;
                    if index > c.captures.len() {
                        index = d1;
                        count = 1;
                    }
                }
                if (1..=c.captures.len()).contains(&index) {
                    if let Some(r) = &c.captures[index - 1] {
                        out.extend(s.slice(r.start, r.end).iter_units());
                    }
                } else {
                    out.extend_from_slice(&template[i..i + 1 + count]);
                }
                i += 1 + count;
            }
            b'<' => {
                let close = template[i + 2..].iter().position(|&u| u == b'>' as u16);
                match (c.named, close) {
                    (Some(named), Some(close)) => {
                        let name = String::from_utf16_lossy(&template[i + 2..i + 2 + close]);
                        if let Some((_, Some(r))) = named.iter().find(|(n, _)| *n == name) {
                            out.extend(s.slice(r.start, r.end).iter_units());
                        }
                        i += close + 3;
                    }
                    _ => {
                        out.extend_from_slice(&template[i..i + 2]);
                        i += 2;
                    }
                }
            }
            _ => {
                out.push(u);
                i += 1;
            }
        }
    }
}

fn check_length(vm: &mut Vm, len: usize) -> JsResult<()> {
    if len as u64 > crate::vm::MAX_STRING_LENGTH {
        return Err(vm.throw_error(ErrorKind::RangeError, "Invalid string length"));
    }
    Ok(())
}

/// `str.replace(re, r)` / `str.replaceAll(re, r)` (RegExp.prototype
/// [@@replace]): every match is found first, then each is replaced, by
/// calling `r` or substituting its text.
pub fn replace(vm: &mut Vm, sv: Value, s: &'static JsStr, re: Value, r: Value, all: bool) -> JsResult<Value> {
    let mut vm = vm.scope();
    let Some(d) = data_of(re) else { return Ok(sv) };
    if all && !d.has(regexp::GLOBAL) {
        return Err(vm.throw_error(
            ErrorKind::TypeError,
            "String.prototype.replaceAll called with a non-global RegExp argument",
        ));
    }
    let functional = r.as_callable().is_some();
    let template: Vec<u16> = if functional {
        Vec::new()
    } else {
        let t = to_js_string(&mut vm, r)?;
        t.as_js_str().map(|t| t.units().into_owned()).unwrap_or_default()
    };
    let global = d.has(regexp::GLOBAL);
    let unicode = d.has(regexp::UNICODE) || d.has(regexp::UNICODE_SETS);
    if global {
        set_last_index(&mut vm, re, 0)?;
    }
    let subject = super::subject_of(&mut vm, s);
    let mut found = Vec::new();
    while let Some(m) = exec_raw(&mut vm, re, d, sv, &subject)? {
        let empty = m.start() == m.end();
        found.push(m);
        if !global {
            break;
        }
        if empty {
            let next = subject.advance(get_last_index(&mut vm, re)?, unicode);
            set_last_index(&mut vm, re, next)?;
        }
    }
    if found.is_empty() {
        return Ok(sv);
    }
    let mut out: Vec<u16> = Vec::with_capacity(s.len());
    let mut next = 0;
    for m in found {
        let position = m.start().min(s.len());
        let named: Vec<Named> = m.named_groups().map(|(n, r)| (n.to_string(), r)).collect();
        let has_named = !named.is_empty();
        if functional {
            let mut inner = vm.scope();
            let mut args = Vec::with_capacity(m.captures.len() + 4);
            for g in m.groups() {
                let v = piece(&mut inner, sv, s, g);
                inner.root(v);
                args.push(v);
            }
            args.push(Value::smi(position as i32));
            args.push(sv);
            if has_named {
                let g = inner.new_object_with_proto(Value::NULL);
                inner.root(g);
                for (name, r) in &named {
                    let v = piece(&mut inner, sv, s, r.clone());
                    crate::property::define_named(&mut inner, g, name, crate::heap::shape::DEFAULT_ATTRS, v);
                }
                args.push(g);
            }
            let result = call_function(&mut inner, r, Value::UNDEFINED, &args)?;
            let t = to_js_string(&mut inner, result)?;
            if position >= next {
                out.extend(s.slice(next, position).iter_units());
                if let Some(t) = t.as_js_str() {
                    out.extend(t.iter_units());
                }
            }
        } else if position >= next {
            out.extend(s.slice(next, position).iter_units());
            let c = Captured {
                s,
                position,
                matched: m.range(),
                captures: &m.captures,
                named: has_named.then_some(&named[..]),
            };
            substitute(&mut out, &template, &c);
        }
        check_length(&mut vm, out.len())?;
        if position >= next {
            next = position + (m.end() - m.start());
        }
    }
    if next < s.len() {
        out.extend(s.slice(next, s.len()).iter_units());
    }
    check_length(&mut vm, out.len())?;
    Ok(vm.string_from_units(out))
}

/// `str.split(re, limit)` (RegExp.prototype[@@split]): the pieces between
/// matches with each match's captures spliced in. The specification
/// tries a sticky copy of the regexp at each position; a leftmost search
/// from a position finds the first position where that succeeds, with the
/// same match, so one search replaces a run of failed attempts. The
/// regexp's own `lastIndex` is not touched (the specification's copy has
/// its own).
pub fn split(vm: &mut Vm, sv: Value, s: &'static JsStr, re: Value, limit: Value) -> JsResult<Value> {
    let mut vm = vm.scope();
    let Some(d) = data_of(re) else { return Ok(Value::UNDEFINED) };
    let lim = if limit == Value::UNDEFINED { u32::MAX } else { to_uint32(to_number(&mut vm, limit)?) } as usize;
    let array = vm.new_array(Vec::new());
    let ra = vm.root(array);
    let Some(out) = array.as_object() else { return Ok(array) };
    if lim == 0 {
        return Ok(array);
    }
    let subject = super::subject_of(&mut vm, s);
    let size = subject.len();
    if size == 0 {
        match subject.find(d, 0, true) {
            Some(m) => super::legacy::record(&mut vm, sv, &m),
            None => out.push(&mut vm.heap, sv),
        }
        return Ok(array);
    }
    let unicode = d.has(regexp::UNICODE) || d.has(regexp::UNICODE_SETS);
    let (mut p, mut q) = (0, 0);
    while q < size {
        let Some(m) = subject.find(d, q, false) else { break };
        if m.start() >= size {
            break;
        }
        // The specification's exec succeeded here: the last match, for
        // `RegExp.$1` and its kin.
        super::legacy::record(&mut vm, sv, &m);
        q = m.start();
        let e = m.end().min(size);
        if e == p {
            q = subject.advance(q, unicode);
            continue;
        }
        let part = piece(&mut vm, sv, s, Some(p..q));
        out.push(&mut vm.heap, part);
        if out.length() as usize == lim {
            return Ok(vm.get(ra));
        }
        p = e;
        for c in m.captures.iter() {
            let v = piece(&mut vm, sv, s, c.clone());
            out.push(&mut vm.heap, v);
            if out.length() as usize == lim {
                return Ok(vm.get(ra));
            }
        }
        q = p;
    }
    let rest = piece(&mut vm, sv, s, Some(p..size));
    out.push(&mut vm.heap, rest);
    Ok(vm.get(ra))
}
