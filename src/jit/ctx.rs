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
//! | 36     | `fault_pc`     | exception exit: the pc that threw (u32)        |
//! | 40     | `lab`          | double stencils: bump-allocate a heap double   |
//! | 48     | `string_proto` | `get_named`: a string receiver's methods       |
//! | 56     | `obj_lab`      | `new_object`: bump-allocate a plain object     |
//! | 64     | `wide_lab`     | `new_object_wide`: bump-allocate a wide literal |
//!
//! Nothing else follows; helpers find everything else through `vm`.
//! `native_limit` must leave room below it for the overflow helper itself
//! (a few tens of KiB above the real end of the native stack).

pub use super::abi::{
    CTX_FAULT_PC, CTX_HWM, CTX_INTERRUPT, CTX_LAB, CTX_NATIVE_LIMIT, CTX_OBJ_LAB, CTX_STACK_END, CTX_STRING_PROTO,
    CTX_VM, CTX_WIDE_LAB,
};
// The struct lives in the runtime layer (the VM holds it); its layout is
// checked here, against the ABI the stencils are built with.
pub use crate::tier1::JitCtx;

const _: () = {
    assert!(std::mem::offset_of!(JitCtx, vm) == CTX_VM as usize);
    assert!(std::mem::offset_of!(JitCtx, stack_end) == CTX_STACK_END as usize);
    assert!(std::mem::offset_of!(JitCtx, hwm) == CTX_HWM as usize);
    assert!(std::mem::offset_of!(JitCtx, native_limit) == CTX_NATIVE_LIMIT as usize);
    assert!(std::mem::offset_of!(JitCtx, interrupt) == CTX_INTERRUPT as usize);
    assert!(std::mem::offset_of!(JitCtx, fault_pc) == CTX_FAULT_PC as usize);
    assert!(std::mem::offset_of!(JitCtx, lab) == CTX_LAB as usize);
    assert!(std::mem::offset_of!(JitCtx, string_proto) == CTX_STRING_PROTO as usize);
    assert!(std::mem::offset_of!(JitCtx, obj_lab) == CTX_OBJ_LAB as usize);
    assert!(std::mem::offset_of!(JitCtx, wide_lab) == CTX_WIDE_LAB as usize);
};
