//! What the inline built-in stencils call when the work is more than a
//! few loads: `call_push` guards in machine code (the callee is
//! `Array.prototype.push`, `this` an extensible, unfrozen array) and then
//! calls `array_push` directly, with the array and the value, instead of
//! the `call` helper, which would decode the instruction, link a native
//! frame and copy the arguments into a slice for `builtins::array::push`.
//!
//! Why a call and not the store inline: the elements are a `Vec` in the
//! object's boxed store, whose length and capacity are Rust's layout; the
//! object's `elements_len` mirrors the length for readers, but a push
//! must grow the `Vec` itself (the collector traces its length).

use super::ctx::JitCtx;
use crate::value::{Value, NEVER_BITS};
use crate::vm::Vm;

/// `array.push(v)` for an extensible, unfrozen array: the new length as a
/// Smi, or NEVER when the generic call must do it (not such an array --
/// the stencil checked, this is belt and braces -- or a length that would
/// not be a Smi). Never collects (a push that leaves a double kind boxes
/// through `Heap::number`, which does not); the write barrier is
/// `JsObject::push`'s.
pub extern "sysv64" fn array_push(ctx: *mut JitCtx, array: u64, v: u64) -> u64 {
    // SAFETY: both words come from the caller's frame registers, which
    // hold valid values (the stencil read them from its argument slots);
    // `ctx` is the context compiled code runs with, whose `vm` field is the
    // VM lent to it for the call (as for every helper, `runtime::unpack`).
    let (vm, array, v) = unsafe { (&mut *((*ctx).vm as *mut Vm), Value::from_bits(array), Value::from_bits(v)) };
    let Some(a) = array.as_array().filter(|a| a.length_writable() && a.is_extensible()) else {
        return NEVER_BITS;
    };
    let len = a.length();
    if len >= i32::MAX as u32 {
        return NEVER_BITS;
    }
    a.push(&mut vm.heap, v);
    Value::smi(len as i32 + 1).to_bits()
}

/// `array.pop()` for an extensible, unfrozen array whose last element is
/// dense and present (`JsObject::pop_dense`, what `builtins::array::pop`
/// tries first): the element, or NEVER when the generic call must do it
/// (a double array, a hole at the end, a length past the dense part, an
/// empty array -- whose `length = 0` store the generic path makes). No
/// context: nothing is allocated, and truncating the vector keeps its
/// buffer, so no barrier and no charge.
pub extern "sysv64" fn array_pop(array: u64) -> u64 {
    // SAFETY: the word comes from the caller's frame register that holds
    // `this`, a valid value (the stencil read it from its slot).
    let array = unsafe { Value::from_bits(array) };
    array.as_array().and_then(|a| a.pop_dense()).map_or(NEVER_BITS, Value::to_bits)
}

/// `s.indexOf(n)` with one argument, both strings (the stencil checked
/// their tags): the index as a Smi. No context: it neither allocates nor
/// throws, and nothing it calls can run the program's code, so it needs
/// no frame link either (a native frame would only matter to a stack
/// trace made inside it). NEVER if either word is not a string after all.
pub extern "sysv64" fn string_index_of(this: u64, needle: u64) -> u64 {
    // SAFETY: both words come from the caller's frame registers (`this`
    // and the argument slot of the call), which hold valid values.
    let (s, n) = unsafe { (Value::from_bits(this), Value::from_bits(needle)) };
    match (s.as_js_str(), n.as_js_str()) {
        (Some(s), Some(n)) => Value::smi(s.find(n, 0).map_or(-1, |i| i as i32)).to_bits(),
        _ => NEVER_BITS,
    }
}

/// `a + b` for two strings (the `add` stencil's cold part checked both
/// tags after its double path failed): the joined string, or NEVER when
/// the generic slow path must do it -- a collection is due (the helper
/// has no frame to root from: `helper_exec_op` marks the innermost frame
/// first) or the join would throw. The tokenizer's `s += c` came through
/// `helper_exec_op`, `exec_generic` and `ops::add`, which test the Smi
/// and double cases again before reaching `Vm::concat`.
pub extern "sysv64" fn string_concat(ctx: *mut JitCtx, a: u64, b: u64) -> u64 {
    // SAFETY: as in `array_push`: both words come from the caller's frame
    // registers, and `ctx` is the context compiled code runs with.
    let (vm, a, b) = unsafe { (&mut *((*ctx).vm as *mut Vm), Value::from_bits(a), Value::from_bits(b)) };
    vm.concat_strings_uncollected(a, b).map_or(NEVER_BITS, Value::to_bits)
}

/// `a === b` (or `==`) for two strings (the equality stencils' cold part
/// checked both tags): 1 when their units are equal, else 0. Like
/// `string_index_of`, no context: it neither allocates nor throws.
pub extern "sysv64" fn string_equal(a: u64, b: u64) -> u64 {
    // SAFETY: both words come from the caller's frame registers, which
    // hold valid values (checked to be strings by the stencil).
    let (a, b) = unsafe { (Value::from_bits(a), Value::from_bits(b)) };
    match (a.as_js_str(), b.as_js_str()) {
        (Some(a), Some(b)) => (a == b) as u64,
        _ => 0,
    }
}
