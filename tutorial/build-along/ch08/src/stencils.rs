//! Stencils: machine code with holes. stitch assembles its stencils in
//! `build.rs`; this JIT assembles them once, when it starts, with the same
//! assembler.

// ANCHOR: holes
use iced_x86::code_asm::*;
use iced_x86::BlockEncoderOptions;

/// What a hole is for. The assembler sees a placeholder in its place: a
/// value no real operand has, and too big for a short encoding, so the
/// assembler must give the field its full width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hole {
    /// imm64: a constant.
    Value,
}

impl Hole {
    const ALL: [Hole; 1] = [Hole::Value];

    fn placeholder(self) -> u64 {
        match self {
            Hole::Value => 0x7fff_ffff_ffff_0001,
        }
    }
}
// ANCHOR_END: holes

// ANCHOR: stencil
/// Machine code, and where its holes are: (what for, byte offset).
pub struct Stencil {
    pub bytes: Vec<u8>,
    pub holes: Vec<(Hole, usize)>,
}

/// Assembles what `write` emits, then finds the holes: for every
/// instruction the encoder reports where its immediate (and displacement)
/// bytes went (`ConstantOffsets`); a field holding a placeholder is a hole.
fn stencil(write: impl FnOnce(&mut CodeAssembler) -> Result<(), IcedError>) -> Stencil {
    let mut asm = CodeAssembler::new(64).expect("64-bit mode");
    write(&mut asm).expect("stencil assembles");
    let options = BlockEncoderOptions::RETURN_NEW_INSTRUCTION_OFFSETS | BlockEncoderOptions::RETURN_CONSTANT_OFFSETS;
    let result = asm.assemble_options(0, options).expect("stencil encodes").inner;
    let bytes = result.code_buffer;
    let mut holes = Vec::new();
    for (i, constants) in result.constant_offsets.iter().enumerate() {
        let start = result.new_instruction_offsets[i] as usize;
        if constants.immediate_size() == 8 {
            let at = start + constants.immediate_offset();
            let value = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
            if let Some(&hole) = Hole::ALL.iter().find(|h| h.placeholder() == value) {
                holes.push((hole, at));
            }
        }
    }
    Stencil { bytes, holes }
}
// ANCHOR_END: stencil

// ANCHOR: copy_and_patch
/// Copies `stencil` to the end of `code` and fills each hole with `value(hole)`.
pub fn copy_and_patch(code: &mut Vec<u8>, stencil: &Stencil, value: impl Fn(Hole) -> i64) {
    let start = code.len();
    code.extend_from_slice(&stencil.bytes);
    for &(hole, at) in &stencil.holes {
        code[start + at..start + at + 8].copy_from_slice(&value(hole).to_le_bytes());
    }
}
// ANCHOR_END: copy_and_patch

// ANCHOR: add_constant
/// `fn(x) -> x + VALUE`.
pub fn add_constant() -> Stencil {
    stencil(|a| {
        a.mov(rax, Hole::Value.placeholder())?;
        a.add(rax, rdi)?;
        a.ret()
    })
}
// ANCHOR_END: add_constant
