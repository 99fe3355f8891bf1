//! `TextEncoder` and `TextDecoder`, as node 20 has them (its
//! lib/internal/encoding.js is the specification for the messages and the
//! quirks): UTF-8 encoding (`encode`, `encodeInto`; lone surrogates become
//! U+FFFD), decoding of UTF-8, UTF-16LE/BE and node's "windows-1252"
//! (which node decodes as ISO-8859-1: each byte is its code point), with
//! `fatal`, `ignoreBOM` and `{ stream: true }`. Other labels node's ICU
//! knows (`shift_jis`, `iso-8859-2`, …) are reported as not supported.
//!
//! Instances are plain objects with private-atom internal slots
//! (`Realm::text`), like `WeakRef`'s: an encoder's brand; a decoder's
//! flags (encoding, fatal, ignoreBOM) and its stream state (whether node's
//! stateless UTF-8 fast path still applies, whether the BOM was seen, and
//! up to three bytes of an unfinished sequence), all small integers. The
//! printer shows them as node's custom inspectors do (src/show.rs).

use crate::error::{ErrorKind, JsResult};
use crate::heap::object::Found;
use crate::heap::shape::{Atom, CONFIGURABLE, DEFAULT_ATTRS, ENUMERABLE, HIDDEN, PRIVATE};
use crate::heap::{JsObject, ObjClass};
use crate::property;
use crate::value::Value;
use crate::vm::{NativeFn, TextRealm, Vm};

use super::arg;
use super::error::NodeErrorStyle;

/// The encodings a decoder may have, by their index in a decoder's flags.
const ENCODINGS: [&str; 4] = ["utf-8", "utf-16le", "utf-16be", "windows-1252"];
const UTF8: i32 = 0;
const UTF16LE: i32 = 1;
const UTF16BE: i32 = 2;
const LATIN1: i32 = 3;
/// A decoder's flags: the encoding's index in the low bits, then these.
const FATAL: i32 = 4;
const IGNORE_BOM: i32 = 8;
/// A decoder's state: node's UTF-8 fast path still applies (no `stream`
/// option seen yet), the BOM was looked for, the count of pending bytes
/// (bits 2-3) and the bytes (bits 4-27).
const FAST: i32 = 1;
const BOM_SEEN: i32 = 2;

pub fn install(vm: &mut Vm) {
    let encoder = vm.atoms.intern_private("#<TextEncoder>");
    let decoder = vm.atoms.intern_private("#<TextDecoder flags>");
    let state = vm.atoms.intern_private("#<TextDecoder state>");
    let (encoder_ctor, encoder_proto) = class(vm, "TextEncoder", encoder_ctor);
    getter(vm, encoder_proto, "encoding", encoder_encoding);
    method(vm, encoder_proto, "encode", 0, encode);
    method(vm, encoder_proto, "encodeInto", 2, encode_into);
    let (decoder_ctor, decoder_proto) = class(vm, "TextDecoder", decoder_ctor);
    method(vm, decoder_proto, "decode", 0, decode);
    getter(vm, decoder_proto, "encoding", decoder_encoding);
    getter(vm, decoder_proto, "fatal", decoder_fatal);
    getter(vm, decoder_proto, "ignoreBOM", decoder_ignore_bom);
    let names = ENCODINGS.map(|n| vm.static_string(n));
    vm.realm.text =
        TextRealm { encoder, decoder, state, encoder_ctor, decoder_ctor, encoder_proto, decoder_proto, names };
}

/// Constructor `name` (length 0) and its prototype.
fn class(vm: &mut Vm, name: &'static str, ctor: NativeFn) -> (Value, Value) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    let f = vm.native_constructor(name, 0, ctor);
    super::constant(vm, f, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, f);
    let tag = vm.static_string(name);
    super::symbol::to_string_tag(vm, proto, tag);
    super::global(vm, name, f);
    (f, proto)
}

/// An enumerable method, as node's classes define theirs.
fn method(vm: &mut Vm, o: Value, name: &'static str, length: u8, f: NativeFn) {
    let fv = vm.native_function(name, length, f);
    property::define_named(vm, o, name, DEFAULT_ATTRS, fv);
}

/// An enumerable getter.
fn getter(vm: &mut Vm, o: Value, name: &'static str, f: NativeFn) {
    let full: &'static str = Box::leak(format!("get {name}").into_boxed_str());
    let g = vm.native_function(full, 0, f);
    if let Some(obj) = o.as_object() {
        let a = vm.atoms.intern(name);
        property::define_accessor(vm, obj, a, false, g, CONFIGURABLE | ENUMERABLE);
    }
}

/// node's error with a `code`, made in `style`.
fn node_error(vm: &mut Vm, style: NodeErrorStyle, kind: ErrorKind, code: &str, msg: &str) -> crate::error::Thrown {
    let e = super::error::node_error(vm, style, kind, code, msg);
    vm.throw_value(e)
}

/// node's ERR_INVALID_ARG_TYPE for argument `name`.
fn invalid_arg(vm: &mut Vm, name: &str, expected: &str, got: Value) -> crate::error::Thrown {
    let got = super::process::received(vm, got);
    let msg = format!("The \"{name}\" argument must be {expected}. Received {got}");
    node_error(vm, NodeErrorStyle::Hidden, ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", &msg)
}

/// A class constructor called without `new`: V8's message for node's
/// JavaScript classes.
fn requires_new(vm: &mut Vm, name: &str) -> JsResult<()> {
    if vm.new_target == Value::UNDEFINED {
        let msg = format!("Class constructor {name} cannot be invoked without 'new'");
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    Ok(())
}

/// A new object of new.target's prototype (or `fallback`) with internal
/// slots `slots`.
fn allocate(vm: &mut Vm, fallback: Value, slots: &[(Atom, Value)]) -> JsResult<Value> {
    let mut s = vm.scope();
    let proto = super::proto_from_new_target(&mut s, fallback, Value::UNDEFINED)?;
    let obj = s.new_object_with_proto(proto);
    if let Some(o) = obj.as_object() {
        for &(atom, v) in slots {
            o.add_named(&mut s.shapes, atom, PRIVATE, v);
        }
    }
    Ok(obj)
}

/// Internal slot `atom` of `this` (a small integer), or node's
/// ERR_INVALID_THIS naming `class`.
fn slot(vm: &mut Vm, this: Value, atom: Atom, class: &str) -> JsResult<i32> {
    match this.as_object().and_then(|o| o.get_named(atom)) {
        Some(v) => Ok(v.as_smi()),
        None => {
            let msg = format!("Value of \"this\" must be of type {class}");
            Err(node_error(vm, NodeErrorStyle::Class, ErrorKind::TypeError, "ERR_INVALID_THIS", &msg))
        }
    }
}

fn set_slot(this: Value, atom: Atom, v: i32) {
    if let Some(o) = this.as_object() {
        if let Some(found @ (Found::Slot(..) | Found::Dict(..))) = o.find(atom) {
            o.put_found(found, atom, Value::smi(v));
        }
    }
}

// ---- TextEncoder ----

fn encoder_ctor(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    requires_new(vm, "TextEncoder")?;
    let t = vm.realm.text;
    allocate(vm, t.encoder_proto, &[(t.encoder, Value::smi(1))])
}

fn check_encoder(vm: &mut Vm, this: Value) -> JsResult<()> {
    let atom = vm.realm.text.encoder;
    slot(vm, this, atom, "TextEncoder").map(|_| ())
}

fn encoder_encoding(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    check_encoder(vm, this)?;
    Ok(vm.realm.text.names[UTF8 as usize])
}

/// UTF-8 of UTF-16 code units, a lone surrogate as U+FFFD.
fn utf8_of(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    out
}

fn encode(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    check_encoder(vm, this)?;
    let input = arg(args, 0);
    let bytes = if input == Value::UNDEFINED {
        Vec::new()
    } else {
        let s = crate::ops::to_js_string(vm, input)?;
        utf8_of(&s.as_js_str().map(|s| s.units().into_owned()).unwrap_or_default())
    };
    super::typed::uint8_array_of(vm, bytes)
}

/// `encodeInto(src, dest)`: as many whole characters of `src` as fit in
/// Uint8Array `dest`, and `{ read, written }` (UTF-16 units, bytes).
fn encode_into(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    check_encoder(vm, this)?;
    let (src, dest) = (arg(args, 0), arg(args, 1));
    let Some(units) = src.as_js_str().map(|s| s.units().into_owned()) else {
        return Err(invalid_arg(vm, "src", "of type string", src));
    };
    let view = dest.as_object().and_then(|o| o.typed()).filter(|v| v.kind == crate::heap::typed::TypedKind::Uint8);
    let Some(view) = view else {
        return Err(invalid_arg(vm, "dest", "an instance of Uint8Array", dest));
    };
    let room = view.byte_length();
    let (mut read, mut written) = (0usize, 0usize);
    let mut buf = [0u8; 4];
    for c in char::decode_utf16(units.iter().copied()) {
        let (c, n) = match c {
            Ok(c) => (c, c.len_utf16()),
            Err(_) => (char::REPLACEMENT_CHARACTER, 1),
        };
        let b = c.encode_utf8(&mut buf).as_bytes();
        if written + b.len() > room {
            break;
        }
        view.write_bytes(written, b);
        written += b.len();
        read += n;
    }
    let o = vm.new_object();
    let mut s = vm.scope();
    s.root(o);
    let (read, written) = (s.number(read as f64), s.number(written as f64));
    property::define_named(&mut s, o, "read", DEFAULT_ATTRS, read);
    property::define_named(&mut s, o, "written", DEFAULT_ATTRS, written);
    Ok(o)
}

// ---- TextDecoder ----

/// The encoding a label names (WHATWG's labels of the encodings here).
fn encoding_of_label(label: &str) -> Option<i32> {
    let l = label.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r')).to_ascii_lowercase();
    Some(match l.as_str() {
        "unicode-1-1-utf-8" | "unicode11utf8" | "unicode20utf8" | "utf-8" | "utf8" | "x-unicode20utf8" => UTF8,
        "csunicode" | "iso-10646-ucs-2" | "ucs-2" | "unicode" | "unicodefeff" | "utf-16" | "utf-16le" => UTF16LE,
        "unicodefffe" | "utf-16be" => UTF16BE,
        "ansi_x3.4-1968" | "ascii" | "cp1252" | "cp819" | "csisolatin1" | "ibm819" | "iso-8859-1" | "iso-ir-100"
        | "iso8859-1" | "iso88591" | "iso_8859-1" | "iso_8859-1:1987" | "l1" | "latin1" | "us-ascii"
        | "windows-1252" | "x-cp1252" => LATIN1,
        _ => return None,
    })
}

/// node's validateObject with nullable objects, arrays and functions
/// allowed: anything but a primitive other than null and undefined.
fn check_options(vm: &mut Vm, options: Value) -> JsResult<()> {
    if options.is_nullish() || options.as_object().is_some() {
        return Ok(());
    }
    Err(invalid_arg(vm, "options", "of type object", options))
}

/// `options[name]` as a boolean (nothing for null and undefined).
fn flag(vm: &mut Vm, options: Value, name: &str) -> JsResult<bool> {
    if options.is_nullish() {
        return Ok(false);
    }
    let v = super::option(vm, options, name)?;
    Ok(v.truthy())
}

fn decoder_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    requires_new(vm, "TextDecoder")?;
    let (label, options) = (arg(args, 0), arg(args, 1));
    let label = if label == Value::UNDEFINED {
        "utf-8".to_string()
    } else {
        let s = crate::ops::to_js_string(vm, label)?;
        crate::format::lossy(s).into_owned()
    };
    let options = if options == Value::UNDEFINED { Value::NULL } else { options };
    check_options(vm, options)?;
    let Some(encoding) = encoding_of_label(&label) else {
        let msg = format!("The \"{label}\" encoding is not supported");
        return Err(node_error(vm, NodeErrorStyle::Class, ErrorKind::RangeError, "ERR_ENCODING_NOT_SUPPORTED", &msg));
    };
    // node reads each option twice (for its flags, then its fields).
    flag(vm, options, "fatal")?;
    flag(vm, options, "ignoreBOM")?;
    let ignore_bom = flag(vm, options, "ignoreBOM")?;
    let fatal = flag(vm, options, "fatal")?;
    let flags = encoding | if fatal { FATAL } else { 0 } | if ignore_bom { IGNORE_BOM } else { 0 };
    let state = if encoding == UTF8 { FAST } else { 0 };
    let t = vm.realm.text;
    allocate(vm, t.decoder_proto, &[(t.decoder, Value::smi(flags)), (t.state, Value::smi(state))])
}

fn flags_of(vm: &mut Vm, this: Value) -> JsResult<i32> {
    let atom = vm.realm.text.decoder;
    slot(vm, this, atom, "TextDecoder")
}

fn decoder_encoding(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let f = flags_of(vm, this)?;
    Ok(vm.realm.text.names[(f & 3) as usize])
}

fn decoder_fatal(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(flags_of(vm, this)? & FATAL != 0))
}

fn decoder_ignore_bom(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(flags_of(vm, this)? & IGNORE_BOM != 0))
}

/// The bytes of an ArrayBuffer, a typed array or a DataView.
fn bytes_of(v: Value) -> Option<Vec<u8>> {
    let o = v.as_object()?;
    let view = match &o.class {
        ObjClass::ArrayBuffer(b) => return Some(b.copy(0, b.len())),
        ObjClass::Typed(view) | ObjClass::DataView(view) => view,
        _ => return None,
    };
    let mut out = vec![0; view.byte_length()];
    view.read_bytes(0, &mut out);
    Some(out)
}

/// How many bytes at the end of `b` start a UTF-8 sequence that more
/// bytes could still complete.
fn utf8_unfinished(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let lead = b[b.len() - back];
        if lead & 0xc0 == 0x80 {
            continue;
        }
        let need = match lead {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => return 0,
        };
        if need <= back {
            return 0;
        }
        // The continuation bytes so far must be the ones the lead allows.
        let tail = &b[b.len() - back + 1..];
        let (lo, hi) = match lead {
            0xe0 => (0xa0, 0xbf),
            0xed => (0x80, 0x9f),
            0xf0 => (0x90, 0xbf),
            0xf4 => (0x80, 0x8f),
            _ => (0x80, 0xbf),
        };
        let ok = tail.iter().enumerate().all(|(i, &c)| if i == 0 { (lo..=hi).contains(&c) } else { c & 0xc0 == 0x80 });
        return if ok { back } else { 0 };
    }
    0
}

/// Decodes `b` (all of it); None if `fatal` and some of it is invalid.
fn decode_bytes(encoding: i32, b: &[u8], fatal: bool) -> Option<Vec<u16>> {
    let mut out: Vec<u16> = Vec::with_capacity(b.len());
    match encoding {
        UTF8 => {
            for chunk in b.utf8_chunks() {
                out.extend(chunk.valid().encode_utf16());
                if !chunk.invalid().is_empty() {
                    if fatal {
                        return None;
                    }
                    out.push(0xfffd);
                }
            }
        }
        UTF16LE | UTF16BE => {
            let units = b.chunks_exact(2).map(|p| {
                if encoding == UTF16LE {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            });
            for c in char::decode_utf16(units) {
                match c {
                    Ok(c) => {
                        let mut buf = [0u16; 2];
                        out.extend_from_slice(c.encode_utf16(&mut buf));
                    }
                    Err(_) if fatal => return None,
                    Err(_) => out.push(0xfffd),
                }
            }
            if b.len() % 2 == 1 {
                if fatal {
                    return None;
                }
                out.push(0xfffd);
            }
        }
        _ => out.extend(b.iter().map(|&c| c as u16)),
    }
    Some(out)
}

/// How many bytes at the end of UTF-16 `b` must wait for more: an odd
/// byte, and a high surrogate before it.
fn utf16_unfinished(b: &[u8], le: bool) -> usize {
    let odd = b.len() % 2;
    let even = &b[..b.len() - odd];
    let high = even.len() >= 2 && {
        let p = &even[even.len() - 2..];
        let u = if le { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) };
        (0xd800..0xdc00).contains(&u)
    };
    odd + if high { 2 } else { 0 }
}

/// `decode(input, options)`.
fn decode(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let flags = flags_of(vm, this)?;
    let t = vm.realm.text;
    let mut state = this.as_object().and_then(|o| o.get_named(t.state)).map_or(0, |v| v.as_smi());
    let (input, options) = (arg(args, 0), arg(args, 1));
    let stream = if options.is_nullish() {
        false
    } else {
        let v = super::option(vm, options, "stream")?;
        v.truthy()
    };
    let (encoding, fatal, ignore_bom) = (flags & 3, flags & FATAL != 0, flags & IGNORE_BOM != 0);
    let fast = state & FAST != 0 && !stream;
    if !fast {
        state &= !FAST;
        set_slot(this, t.state, state);
        check_options(vm, options)?;
    }
    let bytes = if input == Value::UNDEFINED { Some(Vec::new()) } else { bytes_of(input) };
    let Some(mut bytes) = bytes else {
        let name = if fast { "list" } else { "input" };
        let msg = format!(
            "The \"{name}\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."
        );
        return Err(node_error(vm, NodeErrorStyle::Binding, ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", &msg));
    };
    // The bytes an earlier call left unfinished come first.
    let pending = ((state >> 2) & 3) as usize;
    if pending > 0 {
        let mut all: Vec<u8> = (0..pending).map(|i| (state >> (4 + 8 * i)) as u8).collect();
        all.append(&mut bytes);
        bytes = all;
    }
    let keep = match (stream, encoding) {
        (false, _) | (_, LATIN1) => 0,
        (true, UTF8) => utf8_unfinished(&bytes),
        (true, e) => utf16_unfinished(&bytes, e == UTF16LE),
    };
    let rest = bytes.split_off(bytes.len() - keep);
    let Some(mut units) = decode_bytes(encoding, &bytes, fatal) else {
        set_slot(this, t.state, state & FAST);
        let msg = format!("The encoded data was not valid for encoding {}", ENCODINGS[encoding as usize]);
        let (style, kind) = (NodeErrorStyle::Binding, ErrorKind::TypeError);
        return Err(node_error(vm, style, kind, "ERR_ENCODING_INVALID_ENCODED_DATA", &msg));
    };
    // The BOM is dropped once, from the stream's first character.
    if state & BOM_SEEN == 0 && !units.is_empty() {
        if !ignore_bom && units[0] == 0xfeff {
            units.remove(0);
        }
        state |= BOM_SEEN;
    }
    state = if stream {
        let mut s = (state & (FAST | BOM_SEEN)) | ((rest.len() as i32) << 2);
        for (i, &b) in rest.iter().enumerate() {
            s |= (b as i32) << (4 + 8 * i);
        }
        s
    } else {
        // A flush ends the stream: the next call starts another.
        state & FAST
    };
    set_slot(this, t.state, state);
    vm.try_string_from_units(units)
}
