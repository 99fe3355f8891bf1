//! Ctrl-C: a flag set asynchronously and polled on loop back edges by both
//! tiers, so a runaway loop stops with an error instead of killing the REPL.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::error::{ErrorKind, JsError};

/// Nonzero when an interrupt is pending. Compiled code reads this byte
/// directly (its address is a stencil hole), so it is a plain static.
pub static PENDING: AtomicU8 = AtomicU8::new(0);

#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

pub fn request() {
    PENDING.store(1, Ordering::Relaxed);
}

pub fn clear() {
    PENDING.store(0, Ordering::Relaxed);
}

/// Consumes the pending interrupt as an error value.
pub fn take_error() -> JsError {
    clear();
    JsError::new(ErrorKind::Interrupted, "Script execution was interrupted")
}

/// Address of the flag, for compiled code.
pub fn flag_addr() -> *const u8 {
    PENDING.as_ptr() as *const u8
}
