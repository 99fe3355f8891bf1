//! Tier 1: a copy-and-patch baseline JIT for x86-64.
//!
//! Stencils (machine code with holes) are assembled at build time by
//! `build/stencils.rs`; compiling a function copies one stencil per
//! bytecode instruction into executable memory and fills the holes.
//!
//! - `abi`: constants and hole kinds shared with the build script
//! - `clock`: the time-stamp counter that times compiles
//! - `ctx`: `JitCtx`, the state compiled code reaches through r12
//! - `layout`: the object layout property stencils read, checked against the heap
//! - `stencils`: the generated table of stencils and their emitters
//! - `decode`: which stencil serves an instruction, and its operands
//! - `owned`: the registers whose doubles compiled code may overwrite in place
//! - `compile`: copy and patch
//! - `code`: `CompiledCode` (entry points, call sites, patching)
//! - `memory`: the code arena (W^X through two views of the same pages)
//! - `enter`: trampolines from Rust into compiled code
//! - `disasm`: `--print-asm` and `:stencils`
//! - `perf_map`: `--perf-map`, `/tmp/perf-<pid>.map` for Linux perf
//!
//! # How the VM uses it
//!
//! - Compile: `compile(&proto, &helpers, &opts, &|g| (global_slot_addr(g),
//!   fast_set_allowed(g)))`, hang the result off the proto (`set_code`;
//!   `code_of` reads it back).
//! - Run from the start: put the arguments in the frame (`r0..`), then
//!   `enter(ctx, frame_base, code.entry())` (an `unsafe fn`, like
//!   `enter_osr` and `patch_call_site`: see their `# Safety` contracts). The prologue checks both
//!   stacks, raises `ctx.hwm` to the frame end and sets `r[nparams..nregs]`
//!   to undefined. The result is the return value, or EXCEPTION_BITS when
//!   an error is pending in the VM.
//! - On-stack replacement: with the interpreter's frame state at pc `p`
//!   (a loop header), `enter_osr(ctx, frame_base, code.osr_entry(p)?)`.
//! - Calls from compiled code go through the `call` helper until the VM
//!   patches the site: `caller_code.patch_call_site(pc, callee_value,
//!   callee_code.entry())` (from inside the `call` helper is fine). Then
//!   calls with that callee value jump straight to its code; other values
//!   still reach the helper. `make_call_site_generic(pc)`
//!   undoes it for good (the tests also use `unpatch_call_site`). Mark
//!   `roots()` during GC.
//! - Helpers receive `(ctx, frame, proto, pc)` and return 0 / 1 / EXCEPTION
//!   (see `Helpers`); they may re-enter compiled code through `enter`.

// Only the stencil table and the listings are public: the rest can run or
// patch machine code (compile against any global addresses, enter code,
// count and tier up), so it is for the VM inside this crate only.
pub(crate) mod abi;
pub(crate) mod clock;
pub(crate) mod code;
pub(crate) mod compile;
pub(crate) mod ctx;
pub(crate) mod decode;
pub(crate) mod disasm;
pub(crate) mod enter;
pub(crate) mod inline_builtins;
mod layout;
pub(crate) mod memory;
pub(crate) mod owned;
pub mod perf_map;
pub(crate) mod runtime;
pub mod stencils;

pub(crate) use code::{code_of, set_code, CallSiteState, CompiledCode};
pub(crate) use compile::{compile, Helpers, JitOptions};
pub use compile::{ASYNC_REFUSAL, GENERATOR_REFUSAL};
pub(crate) use ctx::JitCtx;
pub use decode::INLINE_MATH;
pub use disasm::{all_stencils_listing, stencil_listing};
pub(crate) use enter::{enter, enter_osr, init};
pub(crate) use runtime::*;
pub use runtime::{asm_listing, stats_report};
pub use stencils::{Hole, HoleKind, Stencil};

#[cfg(test)]
mod tests;
