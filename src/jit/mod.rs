//! Tier 1: a copy-and-patch baseline JIT for x86-64.
//!
//! Stencils (machine code with holes) are assembled at build time by
//! `build/stencils.rs`; compiling a function copies one stencil per
//! bytecode instruction into executable memory and fills the holes.
//!
//! - `abi`: constants and hole kinds shared with the build script
//! - `ctx`: `JitCtx`, the state compiled code reaches through r12
//! - `stencils`: the generated table, and which stencil serves which op
//! - `compile`: copy and patch
//! - `code`: `CompiledCode` (entry points, call sites, patching)
//! - `memory`: W^X executable memory
//! - `enter`: trampolines from Rust into compiled code
//! - `disasm`: `--print-asm`

pub mod abi;
pub mod code;
pub mod compile;
pub mod ctx;
pub mod disasm;
pub mod enter;
pub mod memory;
pub mod stencils;

pub use code::{CallSite, CallSiteState, CompileStats, CompiledCode, HoleNote, PatchedHole, Placed};
pub use compile::{compile, GlobalAddr, HelperFn, Helpers, JitOptions};
pub use ctx::JitCtx;
pub use disasm::{all_stencils_listing, stencil_listing};
pub use enter::{enter, enter_osr, init};
pub use stencils::{Hole, HoleKind, Stencil};

#[cfg(test)]
mod tests;
