//! `JitCtx`: the block of VM state compiled code reads through r12.
//!
//! Layout (offsets are the `CTX_*` constants of `abi.rs`, shared with the
//! stencil generator; the asserts below keep the struct in step):
//!
//! | offset | field          | used by                                        |
//! |--------|----------------|------------------------------------------------|
//! | 0      | `vm`           | helpers only (opaque to compiled code)         |
//! | 8      | `stack_end`    | prologue: the callee frame must end below it   |
//! | 16     | `hwm`          | prologue: raised to the frame end (GC scans to)|
//! | 24     | `native_limit` | prologue: `rsp` below it is a stack overflow   |
//! | 32     | `interrupt`    | `Loop`: nonzero calls the `loop_poll` helper   |
//!
//! Nothing else follows; helpers find everything else through `vm`.
//! `native_limit` must leave room below it for the overflow helper itself
//! (a few tens of KiB above the real end of the native stack).

use std::sync::atomic::AtomicU8;

pub use super::abi::{CTX_HWM, CTX_INTERRUPT, CTX_NATIVE_LIMIT, CTX_STACK_END, CTX_VM};

#[repr(C)]
pub struct JitCtx {
    /// The VM; only helpers look at it.
    pub vm: *mut (),
    /// One past the last usable slot of the value stack.
    pub stack_end: *mut u64,
    /// Stack high-water mark: the GC scans slots below it.
    pub hwm: *mut u64,
    /// Lowest allowed `rsp` for compiled code.
    pub native_limit: usize,
    /// Nonzero when Ctrl-C is pending; set from a signal handler.
    pub interrupt: AtomicU8,
}

const _: () = {
    assert!(std::mem::offset_of!(JitCtx, vm) == CTX_VM as usize);
    assert!(std::mem::offset_of!(JitCtx, stack_end) == CTX_STACK_END as usize);
    assert!(std::mem::offset_of!(JitCtx, hwm) == CTX_HWM as usize);
    assert!(std::mem::offset_of!(JitCtx, native_limit) == CTX_NATIVE_LIMIT as usize);
    assert!(std::mem::offset_of!(JitCtx, interrupt) == CTX_INTERRUPT as usize);
};

impl JitCtx {
    pub fn new(vm: *mut (), stack_end: *mut u64, hwm: *mut u64, native_limit: usize) -> JitCtx {
        JitCtx { vm, stack_end, hwm, native_limit, interrupt: AtomicU8::new(0) }
    }
}
