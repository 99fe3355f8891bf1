//! The hole-filling loop chapter 9 shows before the generated emitters,
//! checked against them: for every stencil, with arbitrary inputs, the
//! loop writes exactly the bytes its emitter writes.

use stitch::jit::stencils::{ALL, EMIT};
use stitch::jit::Stencil;

// ANCHOR: fill
/// Copies stencil `s` to hot offset `h` and cold offset `c` of `code` and
/// fills every hole: `base[kind] + scale × input`, minus the end of the
/// field for a rel32 jump. (The generated `emit_*` functions do the same,
/// unrolled, with every offset, input and scale a constant.)
pub fn fill(code: &mut [u8], s: &Stencil, h: usize, c: usize, inputs: &[i64], base: &[i64]) {
    code[h..h + s.hot.len()].copy_from_slice(s.hot);
    code[c..c + s.cold.len()].copy_from_slice(s.cold);
    for hole in s.holes {
        let at = if hole.cold { c } else { h } + hole.offset as usize;
        let (input, scale) = hole.kind.reloc();
        let mut value = scale as i64 * inputs[input as usize];
        if hole.kind.has_base() {
            value += base[hole.kind as usize];
        }
        if hole.kind.is_rel32() {
            value -= (at + 4) as i64; // relative to the end of the field
        }
        match hole.width {
            8 => code[at..at + 8].copy_from_slice(&value.to_le_bytes()),
            _ => code[at..at + 4].copy_from_slice(&(value as i32).to_le_bytes()),
        }
    }
}
// ANCHOR_END: fill

type EmitFn<const N: usize, const K: usize> = fn(&mut [u8], usize, usize, &[i64; N], &[i64; K]);

/// Calls a generated emitter, whatever its table sizes are.
fn call<const N: usize, const K: usize>(f: EmitFn<N, K>, code: &mut [u8], h: usize, c: usize, i: &[i64], k: &[i64]) {
    let i: [i64; N] = i[..N].try_into().expect("enough inputs");
    let k: [i64; K] = k[..K].try_into().expect("enough constants");
    f(code, h, c, &i, &k);
}

/// Every stencil's emitter agrees with `fill`.
pub fn check() -> Result<(), String> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % (1 << 24)) as i64 - (1 << 23)
    };
    for round in 0..8 {
        let inputs: Vec<i64> = (0..64).map(|_| next()).collect();
        let base: Vec<i64> = (0..stitch::jit::HoleKind::ALL.len()).map(|_| next()).collect();
        for (s, e) in ALL.iter().zip(EMIT.iter()) {
            let (h, c) = (8 + round, 8 + round + s.hot.len() + 24);
            let size = c + s.cold.len() + 8;
            let (mut by_loop, mut by_emitter) = (vec![0u8; size], vec![0u8; size]);
            fill(&mut by_loop, s, h, c, &inputs, &base);
            call(e.emit, &mut by_emitter, h, c, &inputs, &base);
            if by_loop != by_emitter {
                return Err(format!("stencil {}: the generic loop and emit_{} write different bytes", s.name, s.name));
            }
        }
    }
    Ok(())
}
