//! Ctrl-C: a flag set asynchronously and polled on loop back edges and function entry by both
//! tiers, so a runaway loop stops with an error instead of killing the REPL.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::bytecode::FuncProto;
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

/// Forgets a pending interrupt (in both tiers' flags).
pub fn clear() {
    PENDING.store(0, Ordering::Relaxed);
    crate::jit::lower_interrupt();
}

/// Consumes the pending interrupt as an error value that says where it
/// stopped: in which function, in which tier (`"interpreter"` or
/// `"compiled code"`). The caller adds the source location.
pub fn take_error(proto: &FuncProto, tier: &str) -> JsError {
    clear();
    let place = if proto.is_script { "top-level code".to_string() } else { format!("function {}", proto.name) };
    JsError::new(ErrorKind::Interrupted, format!("Script execution was interrupted in {} ({})", place, tier))
}
