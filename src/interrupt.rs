//! Ctrl-C: a flag set asynchronously and polled on loop back edges and function entry by both
//! tiers, so a runaway loop stops with an error instead of killing the REPL.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use crate::bytecode::FuncProto;
use crate::error::{ErrorKind, Thrown};
use crate::vm::Vm;

/// Nonzero when an interrupt is pending. Compiled code polls its own copy in
/// the JIT context (`request` sets both).
pub static PENDING: AtomicU8 = AtomicU8::new(0);

#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

pub fn request() {
    PENDING.store(1, Ordering::Relaxed);
    set_compiled_flag(1);
}

/// Forgets a pending interrupt (in both tiers' flags).
pub fn clear() {
    PENDING.store(0, Ordering::Relaxed);
    set_compiled_flag(0);
}

/// Consumes the pending interrupt and throws it as an error that says
/// where it stopped: in which function, in which tier (`"interpreter"` or
/// `"compiled code"`). The caller adds the source location. No handler
/// catches it (`Vm::exception_catchable`).
pub fn take_error(vm: &mut Vm, proto: &FuncProto, tier: &str) -> Thrown {
    clear();
    let place = if proto.is_script { "top-level code".to_string() } else { format!("function {}", proto.name) };
    vm.throw_error(ErrorKind::Interrupted, &format!("Script execution was interrupted in {} ({})", place, tier))
}

/// How `request` and `clear` reach compiled code's flag, which lives in the
/// JIT context: the JIT registers it when it attaches (a `OnceLock` read is
/// an atomic load, safe in the signal handler).
static COMPILED_FLAG: OnceLock<fn(u8)> = OnceLock::new();

/// Registers the function that sets compiled code's interrupt flag.
pub fn on_compiled_flag(set: fn(u8)) {
    let _ = COMPILED_FLAG.set(set);
}

fn set_compiled_flag(v: u8) {
    if let Some(set) = COMPILED_FLAG.get() {
        set(v);
    }
}
