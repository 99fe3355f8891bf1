//! The global URI functions (`encodeURIComponent`, `encodeURI`,
//! `decodeURIComponent`, `decodeURI`) and Annex B's `escape`/`unescape`.
//! They work on UTF-16 code units, as the specification does: a lone
//! surrogate cannot be encoded (URIError), and a decoded sequence must be
//! well-formed UTF-8.

use crate::error::{ErrorKind, JsResult};
use crate::ops::to_js_string;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

/// What `encodeURI` leaves alone besides the unreserved marks: the
/// characters that separate a URI's parts. `decodeURI` keeps their escapes.
const RESERVED: &[u8] = b";/?:@&=+$,#";

fn is_unreserved(u: u16) -> bool {
    u < 0x80 && (u as u8).is_ascii_alphanumeric() || b"-_.!~*'()".iter().any(|&c| c as u16 == u)
}

fn malformed(vm: &mut Vm) -> crate::error::Thrown {
    vm.throw_error(ErrorKind::URIError, "URI malformed")
}

fn units_of(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    let s = to_js_string(vm, v)?;
    Ok(s.as_js_str().map(|s| s.units().into_owned()).unwrap_or_default())
}

fn hex_digit(n: u8) -> u16 {
    b"0123456789ABCDEF"[n as usize] as u16
}

fn encode(vm: &mut Vm, v: Value, keep: &[u8]) -> JsResult<Value> {
    let units = units_of(vm, v)?;
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if is_unreserved(u) || (u < 0x80 && keep.contains(&(u as u8))) {
            out.push(u);
            i += 1;
            continue;
        }
        let cp = match u {
            0xDC00..=0xDFFF => return Err(malformed(vm)),
            0xD800..=0xDBFF => match units.get(i + 1) {
                Some(&lo @ 0xDC00..=0xDFFF) => {
                    i += 1;
                    0x10000 + (((u as u32) - 0xD800) << 10) + (lo as u32 - 0xDC00)
                }
                _ => return Err(malformed(vm)),
            },
            _ => u as u32,
        };
        i += 1;
        let c = char::from_u32(cp).expect("surrogates were paired above");
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            out.extend_from_slice(&[b'%' as u16, hex_digit(b >> 4), hex_digit(b & 15)]);
        }
    }
    Ok(vm.string_from_units(out))
}

fn hex_value(u: u16) -> Option<u8> {
    char::from_u32(u as u32).and_then(|c| c.to_digit(16)).map(|d| d as u8)
}

/// The byte of the escape `%XX` at `units[k..]`, if there is one.
fn escaped_byte(units: &[u16], k: usize) -> Option<u8> {
    if units.get(k) != Some(&(b'%' as u16)) {
        return None;
    }
    Some(hex_value(*units.get(k + 1)?)? << 4 | hex_value(*units.get(k + 2)?)?)
}

fn decode(vm: &mut Vm, v: Value, keep: &[u8]) -> JsResult<Value> {
    let units = units_of(vm, v)?;
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        if units[k] != b'%' as u16 {
            out.push(units[k]);
            k += 1;
            continue;
        }
        let Some(b) = escaped_byte(&units, k) else {
            return Err(malformed(vm));
        };
        if b < 0x80 {
            if keep.contains(&b) {
                out.extend_from_slice(&units[k..k + 3]);
            } else {
                out.push(b as u16);
            }
            k += 3;
            continue;
        }
        let n = b.leading_ones() as usize;
        if !(2..=4).contains(&n) {
            return Err(malformed(vm));
        }
        let mut bytes = vec![b];
        for j in 1..n {
            match escaped_byte(&units, k + 3 * j) {
                Some(c) if c & 0xC0 == 0x80 => bytes.push(c),
                _ => return Err(malformed(vm)),
            }
        }
        // Rust's UTF-8 check refuses what the specification refuses:
        // overlong forms, surrogates and code points past U+10FFFF.
        let Ok(text) = std::str::from_utf8(&bytes) else {
            return Err(malformed(vm));
        };
        out.extend(text.encode_utf16());
        k += 3 * n;
    }
    Ok(vm.string_from_units(out))
}

fn encode_uri_component(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    encode(vm, arg(args, 0), b"")
}

fn encode_uri(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    encode(vm, arg(args, 0), RESERVED)
}

fn decode_uri_component(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    decode(vm, arg(args, 0), b"")
}

fn decode_uri(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    decode(vm, arg(args, 0), RESERVED)
}

/// Annex B `escape`: code units below 256 as `%XX`, the rest as `%uXXXX`.
fn escape(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let units = units_of(vm, arg(args, 0))?;
    let mut out = Vec::with_capacity(units.len());
    for u in units {
        if u < 0x80 && ((u as u8).is_ascii_alphanumeric() || b"@*_+-./".contains(&(u as u8))) {
            out.push(u);
        } else if u < 256 {
            out.extend_from_slice(&[b'%' as u16, hex_digit((u >> 4) as u8), hex_digit((u & 15) as u8)]);
        } else {
            out.extend_from_slice(&[b'%' as u16, b'u' as u16]);
            out.extend((0..4).rev().map(|n| hex_digit(((u >> (4 * n)) & 15) as u8)));
        }
    }
    Ok(vm.string_from_units(out))
}

/// Annex B `unescape`: `%uXXXX` and `%XX` back to code units; anything
/// that is not a whole escape stays as it is.
fn unescape(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let units = units_of(vm, arg(args, 0))?;
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        let u = units[k];
        if u == b'%' as u16 {
            let long = (units.get(k + 1) == Some(&(b'u' as u16)))
                .then(|| units.get(k + 2..k + 6))
                .flatten()
                .and_then(|h| h.iter().try_fold(0u16, |acc, &d| Some(acc << 4 | hex_value(d)? as u16)));
            if let Some(c) = long {
                out.push(c);
                k += 6;
                continue;
            }
            if let Some(b) = escaped_byte(&units, k) {
                out.push(b as u16);
                k += 3;
                continue;
            }
        }
        out.push(u);
        k += 1;
    }
    Ok(vm.string_from_units(out))
}

pub fn install(vm: &mut Vm) {
    let functions: [(&str, crate::vm::NativeFn); 6] = [
        ("encodeURIComponent", encode_uri_component),
        ("encodeURI", encode_uri),
        ("decodeURIComponent", decode_uri_component),
        ("decodeURI", decode_uri),
        ("escape", escape),
        ("unescape", unescape),
    ];
    for (name, f) in functions {
        let f = vm.native_function(name, 1, f);
        super::global(vm, name, f);
    }
}
