//! The stencil table generated at build time (`build/stencils.rs`): each
//! stencil's bytes, holes and emitter. (`decode` chooses the stencil for
//! each instruction, as its row in `src/instructions.rs` says.)

use super::abi::{NINPUTS, NKINDS};

pub use super::abi::HoleKind;

/// A place in a stencil's bytes that the compiler fills in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hole {
    pub kind: HoleKind,
    /// In the cold part (else the hot part).
    pub cold: bool,
    /// Byte offset within its part.
    pub offset: u32,
    /// Width in bytes: 4 (disp32, imm32, rel32) or 8 (imm64).
    pub width: u8,
}

/// Machine code for one operation, with holes.
#[derive(Debug)]
pub struct Stencil {
    pub name: &'static str,
    /// The bytecode operations `decode` may give this stencil (by
    /// `Op::name`), from the instruction table.
    pub ops: &'static [&'static str],
    pub doc: &'static str,
    /// Fast path, laid out in bytecode order.
    pub hot: &'static [u8],
    /// Slow path, laid out after the function body (may be empty).
    pub cold: &'static [u8],
    pub holes: &'static [Hole],
    /// Offset of the hot part's trailing `jmp rel32` to the next stencil,
    /// which the compiler drops when fall-through is on.
    pub continue_at: Option<u32>,
}

/// Copies a stencil to hot offset `h` and cold offset `c` of a function's
/// code and fills its holes, from the unit's inputs (`abi::IN_*`) and the
/// function's constants (by `HoleKind`). Generated, one per stencil.
pub type EmitFn = fn(&mut [u8], usize, usize, &[i64; NINPUTS], &[i64; NKINDS]);

/// What the compiler needs to know about a stencil: a few bytes, and its
/// emitter.
#[derive(Clone, Copy)]
pub struct Emit {
    pub emit: EmitFn,
    pub hot_len: u8,
    /// `hot_len` without the trailing `jmp` to the next stencil, if any.
    pub keep: u8,
    pub cold_len: u16,
    /// Holes in both parts.
    pub holes: u8,
    /// Bit `abi::IN_*` set: some hole uses that input.
    pub needs: u16,
}

mod table {
    use super::super::abi::{NINPUTS, NKINDS};
    use super::{parts, put4, put8, Emit, Hole, HoleKind, Stencil};
    include!(concat!(env!("OUT_DIR"), "/stencils.rs"));
}
pub use table::*;

/// The hot part (`H` bytes at `h`) and the cold part (`C` bytes at `c`) of
/// one unit in a function's code, as arrays: the emitters' stores at
/// constant offsets then need no bounds checks. (Panics only if the
/// compiler placed the unit outside the code, which it does not.)
#[inline(always)]
fn parts<const H: usize, const C: usize>(b: &mut [u8], h: usize, c: usize) -> (&mut [u8; H], &mut [u8; C]) {
    let (lo, hi) = b.split_at_mut(c);
    let hot = (&mut lo[h..h + H]).try_into().expect("hot part in bounds");
    let cold = (&mut hi[..C]).try_into().expect("cold part in bounds");
    (hot, cold)
}

/// Stores a 4-byte hole (emitters only ever pass values that fit: see
/// `compile`).
#[inline(always)]
fn put4<const N: usize>(b: &mut [u8; N], at: usize, v: i64) {
    b[at..at + 4].copy_from_slice(&(v as i32).to_le_bytes());
}

/// Stores an 8-byte hole.
#[inline(always)]
fn put8<const N: usize>(b: &mut [u8; N], at: usize, v: i64) {
    b[at..at + 8].copy_from_slice(&v.to_le_bytes());
}

/// Looks a stencil up by name (for `:stencils` and tests).
pub fn by_name(name: &str) -> Option<&'static Stencil> {
    ALL.iter().copied().find(|s| s.name == name)
}
