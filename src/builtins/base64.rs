//! `btoa` and `atob`, the web's Base64 of "binary strings": each UTF-16
//! code unit of `btoa`'s input must be a byte (below 256), and `atob`
//! returns one code unit per decoded byte. ASCII whitespace in `atob`'s
//! input is ignored and its padding is optional, as the forgiving-base64
//! algorithm says; bad input is a DOMException in node, an Error named
//! `InvalidCharacterError` here.

use crate::error::{ErrorKind, JsResult, Thrown};
use crate::ops::to_js_string;
use crate::value::Value;
use crate::vm::Vm;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn invalid(vm: &mut Vm, message: &str) -> Thrown {
    let e = vm.error_value(ErrorKind::Error, message);
    let mut s = vm.scope();
    let r = s.root(e);
    let name = s.string("InvalidCharacterError".to_string());
    let e = s.get(r);
    crate::property::define_named(&mut s, e, "name", crate::heap::shape::HIDDEN, name);
    s.throw_value(e)
}

/// The code units of the one argument, which must be given.
fn data_units(vm: &mut Vm, args: &[Value]) -> JsResult<Vec<u16>> {
    let Some(&v) = args.first() else {
        return Err(vm.throw_error(ErrorKind::TypeError, "The \"input\" argument must be specified"));
    };
    let s = to_js_string(vm, v)?;
    Ok(s.as_js_str().map(|s| s.units().into_owned()).unwrap_or_default())
}

fn btoa(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let units = data_units(vm, args)?;
    if units.iter().any(|&u| u > 0xFF) {
        return Err(invalid(vm, "Invalid character"));
    }
    let bytes: Vec<u8> = units.iter().map(|&u| u as u8).collect();
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] } else { b'=' });
        }
    }
    Ok(vm.string_from_latin1(out))
}

fn atob(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    const BAD: &str = "The string to be decoded is not correctly encoded.";
    let units = data_units(vm, args)?;
    let mut data: Vec<u16> = units.into_iter().filter(|&u| !matches!(u, 0x09 | 0x0A | 0x0C | 0x0D | 0x20)).collect();
    if data.len().is_multiple_of(4) {
        for _ in 0..2 {
            if data.last() == Some(&(b'=' as u16)) {
                data.pop();
            }
        }
    }
    let mut sextets = Vec::with_capacity(data.len());
    for &u in &data {
        match ALPHABET.iter().position(|&c| c as u16 == u) {
            Some(i) => sextets.push(i as u32),
            None => return Err(invalid(vm, "Invalid character")),
        }
    }
    if data.len() % 4 == 1 {
        return Err(invalid(vm, BAD));
    }
    let mut out = Vec::with_capacity(sextets.len() * 3 / 4);
    for chunk in sextets.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &s)| n | s << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(vm.string_from_latin1(out))
}

pub fn install(vm: &mut Vm) {
    for (name, f) in [("btoa", btoa as crate::vm::NativeFn), ("atob", atob)] {
        let f = vm.native_function(name, 1, f);
        super::global(vm, name, f);
    }
}
