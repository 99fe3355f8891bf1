//! Ctrl-C: a flag set asynchronously and polled on loop back edges by both
//! tiers, so a runaway loop stops with an error instead of killing the REPL.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::error::{ErrorKind, JsError};

/// Nonzero when an interrupt is pending. Compiled code polls its own copy in
/// the JIT context (`jit::raise_interrupt` sets both).
pub static PENDING: AtomicU8 = AtomicU8::new(0);

#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

pub fn request() {
    PENDING.store(1, Ordering::Relaxed);
    crate::jit::raise_interrupt();
}

pub fn clear() {
    PENDING.store(0, Ordering::Relaxed);
}

/// Consumes the pending interrupt as an error value.
pub fn take_error() -> JsError {
    clear();
    JsError::new(ErrorKind::Interrupted, "Script execution was interrupted")
}
