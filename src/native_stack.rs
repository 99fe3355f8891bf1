//! How deep the native stack may go before stitch reports
//! `RangeError: Maximum call stack size exceeded`.
//!
//! The VM runs on a thread whose stack size we choose (`run_with_stack`), so
//! the lowest safe address follows from where the thread started. Compiled
//! code compares `rsp` against this limit in every prologue; the interpreter
//! checks it whenever Rust code re-enters it.

use std::cell::Cell;

/// Headroom kept below the limit for the Rust frames that report the error.
const MARGIN: usize = 512 << 10;
/// The stack of the thread `run_with_stack` creates.
pub const VM_THREAD_STACK: usize = 1 << 30;

thread_local! {
    /// (stack size, approximate stack top) of the current thread, if known.
    static BOUNDS: Cell<Option<(usize, usize)>> = const { Cell::new(None) };
}

/// An address close to the current stack pointer.
#[inline(always)]
pub fn approx_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Runs `f` on a fresh thread with a large stack, so that deep recursion in
/// either tier reaches the VM's own limits long before the OS's.
pub fn run_with_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .name("stitch-vm".into())
        .stack_size(VM_THREAD_STACK)
        .spawn(move || {
            BOUNDS.with(|b| b.set(Some((VM_THREAD_STACK, approx_sp()))));
            f()
        })
        .expect("cannot spawn the VM thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// The lowest stack address the VM may use on this thread.
pub fn native_limit() -> usize {
    // Unknown threads (e.g. a library user's) are assumed to have the 2 MiB
    // that Rust gives spawned threads.
    let (size, top) = BOUNDS.with(|b| b.get()).unwrap_or((2 << 20, approx_sp()));
    top.saturating_sub(size.saturating_sub(MARGIN + (64 << 10)))
}

/// True when the native stack is nearly exhausted.
#[inline]
pub fn exhausted(limit: usize) -> bool {
    approx_sp() < limit
}
