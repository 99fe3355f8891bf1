//! The VM's tier-1 state, in the runtime layer so that the VM need not
//! import the JIT: `JitCtx` (the block compiled code reads through r12;
//! `jit/ctx.rs` checks its layout against the ABI), the JIT's statistics
//! and the list of compiled functions. (How the tiers call each other is
//! `vm::Tiers`.)

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::AtomicU8;

use crate::bytecode::{FuncProto, OP_NAMES};

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
    /// The pc of the instruction that threw, for the function's exception
    /// exit (`helper_unwind`): written by a failing helper, or by a call
    /// stencil whose direct call returned EXCEPTION. A `Cell` because
    /// compiled code writes it while Rust holds references to the context.
    pub fault_pc: Cell<u32>,
    /// The heap's bump region for doubles (`heap::Lab`): the double paths
    /// of the arithmetic stencils allocate their results from it inline.
    pub lab: *mut crate::heap::Lab,
    /// `String.prototype`'s value bits (undefined until the JIT attaches):
    /// `get_named` serves a string receiver's method from it inline.
    pub string_proto: u64,
    /// The heap's bump region for objects: the `new_object` stencil
    /// allocates `{}` from it inline.
    pub obj_lab: *mut crate::heap::Lab,
    /// The heap's bump region for wide objects: the `new_object_wide`
    /// stencil allocates an object literal of more than four properties
    /// from it inline.
    pub wide_lab: *mut crate::heap::Lab,
}

impl JitCtx {
    pub fn new(vm: *mut (), stack_end: *mut u64, hwm: *mut u64, native_limit: usize) -> JitCtx {
        // Until `jit::runtime::attach` points it at the heap's, an always
        // full LAB: inline allocation takes the slow path (never writes it).
        let lab = std::ptr::addr_of!(crate::heap::lab::EMPTY_LAB).cast_mut();
        JitCtx {
            vm,
            stack_end,
            hwm,
            native_limit,
            interrupt: AtomicU8::new(0),
            fault_pc: Cell::new(0),
            lab,
            string_proto: crate::value::Value::UNDEFINED.to_bits(),
            obj_lab: lab,
            wide_lab: lab,
        }
    }
}

#[derive(Default, Debug, Clone)]
pub struct JitStats {
    pub functions_compiled: u64,
    pub compile_failures: u64,
    pub instructions_compiled: u64,
    pub code_bytes: u64,
    /// In time-stamp-counter ticks (see `clock`).
    pub compile_ticks: u64,
    pub elided_jumps: u64,
    pub sites_patched: u64,
    pub sites_generic: u64,
    /// Property sites patched to a shape (at compile time from the
    /// interpreter's feedback, or by their helper), and made generic.
    pub prop_sites_patched: u64,
    pub prop_sites_generic: u64,
    /// Cases patched into polymorphic `get_named` sites' chains.
    pub prop_cases: u64,
    /// Getter cases added to `get_named` sites' getter caches (direct
    /// getter calls from the stencil's cold part).
    pub getter_sites: u64,
    pub osr_entries: u64,
    pub entries: u64,
    /// Call sites compiled as inline `Math.sqrt`/`abs`/`floor`.
    pub math_calls_inlined: u64,
    /// Slow-path helper calls from compiled code, by opcode.
    pub slow_hits: Vec<u64>,
    /// The throwaway compile at start-up (see `warm_up`), not counted above.
    pub warm_up_ns: u64,
    /// Exceptions caught by a handler in compiled code.
    pub handlers_taken: u64,
}

/// (`jit/runtime.rs` implements its `Drop`: the Ctrl-C handler must forget
/// the context's interrupt byte before the box is freed.)
pub struct JitState {
    pub ctx: Box<JitCtx>,
    pub stats: JitStats,
    /// Every compiled function, in compile order.
    pub compiled: Vec<Rc<FuncProto>>,
    /// `warm_up` has run.
    pub warmed_up: bool,
}

impl Default for JitState {
    fn default() -> JitState {
        JitState {
            ctx: Box::new(JitCtx::new(std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut(), 0)),
            stats: JitStats { slow_hits: vec![0; OP_NAMES.len()], ..Default::default() },
            compiled: Vec::new(),
            warmed_up: false,
        }
    }
}
