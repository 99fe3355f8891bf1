//! Stencils: machine code with holes. stitch assembles its stencils in
//! `build.rs`; this JIT assembles them once, when it starts, with the same
//! assembler.
//!
//! Registers in stitched code: rax is the accumulator, rbx points at the
//! frame's locals (local i at `rbx + 8 * i`). rbx is callee-saved, so a
//! helper call keeps it; the frame keeps rsp 16-byte aligned for calls.

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
    /// imm64: the address of a Rust helper.
    Helper,
    /// imm64: the address of the JIT, for helpers that need it.
    Jit,
    /// disp32: a local's offset from rbx, in bytes.
    Local,
    /// imm32: the size of the frame, in bytes.
    Frame,
    /// imm32: a function's number.
    Func,
    /// rel32: where a jump or call goes.
    Target,
}

impl Hole {
    const ALL: [Hole; 7] = [Hole::Value, Hole::Helper, Hole::Jit, Hole::Local, Hole::Frame, Hole::Func, Hole::Target];

    fn placeholder(self) -> u64 {
        match self {
            Hole::Value => 0x7fff_ffff_ffff_0001,
            Hole::Helper => 0x7fff_ffff_ffff_0002,
            Hole::Jit => 0x7fff_ffff_ffff_0003,
            Hole::Local => 0x7fff_0004,
            Hole::Frame => 0x7fff_0005,
            Hole::Func => 0x7fff_0006,
            // An address the stencil jumps to; the field holds it minus the
            // address of the next instruction.
            Hole::Target => 0x4000_0000,
        }
    }

    fn width(self) -> usize {
        match self {
            Hole::Value | Hole::Helper | Hole::Jit => 8,
            Hole::Local | Hole::Frame | Hole::Func | Hole::Target => 4,
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
/// instruction the encoder reports where its immediate and displacement
/// bytes went (`ConstantOffsets`); a field holding a placeholder is a hole.
fn stencil(write: impl FnOnce(&mut CodeAssembler) -> Result<(), IcedError>) -> Stencil {
    let mut asm = CodeAssembler::new(64).expect("64-bit mode");
    write(&mut asm).expect("stencil assembles");
    let options = BlockEncoderOptions::RETURN_NEW_INSTRUCTION_OFFSETS | BlockEncoderOptions::RETURN_CONSTANT_OFFSETS;
    let result = asm.assemble_options(0, options).expect("stencil encodes").inner;
    let bytes = result.code_buffer;
    let starts = &result.new_instruction_offsets;
    let field = |at: usize, size: usize| bytes[at..at + size].iter().rev().fold(0, |v, &b| v << 8 | b as u64);
    let mut holes = Vec::new();
    for (i, constants) in result.constant_offsets.iter().enumerate() {
        let start = starts[i] as usize;
        let end = starts.get(i + 1).map_or(bytes.len(), |&s| s as usize);
        if constants.has_displacement() && constants.displacement_size() == 4 {
            let at = start + constants.displacement_offset();
            if field(at, 4) == Hole::Local.placeholder() {
                holes.push((Hole::Local, at));
            }
        }
        if constants.has_immediate() {
            let at = start + constants.immediate_offset();
            let size = constants.immediate_size();
            let value = field(at, size);
            // A rel32 holds its target minus the end of its instruction.
            let target = (end as u64).wrapping_add(value as i32 as u64);
            let hole = Hole::ALL.iter().find(|&&h| {
                let holds = if h == Hole::Target { target } else { value };
                h.width() == size && holds == h.placeholder()
            });
            holes.extend(hole.map(|&h| (h, at)));
        }
    }
    Stencil { bytes, holes }
}
// ANCHOR_END: stencil

// ANCHOR: copy_and_patch
/// Copies `stencil` to the end of `code` and fills each hole with
/// `value(hole)`. A `Target` value is a position in `code`; the hole gets
/// the distance to it from the end of the hole's instruction.
pub fn copy_and_patch(code: &mut Vec<u8>, stencil: &Stencil, value: impl Fn(Hole) -> i64) {
    let start = code.len();
    code.extend_from_slice(&stencil.bytes);
    for &(hole, at) in &stencil.holes {
        let at = start + at;
        let value = value(hole);
        if hole.width() == 8 {
            code[at..at + 8].copy_from_slice(&value.to_le_bytes());
        } else {
            let value = if hole == Hole::Target { value - (at + 4) as i64 } else { value };
            let value = i32::try_from(value).expect("a 32-bit hole gets a 32-bit value");
            code[at..at + 4].copy_from_slice(&value.to_le_bytes());
        }
    }
}
// ANCHOR_END: copy_and_patch

// ANCHOR: stencils
/// Every stencil of the JIT.
// ANCHOR: struct
pub struct Stencils {
    pub enter: Stencil,
    pub exit: Stencil,
    pub constant: Stencil,
    pub load: Stencil,
    pub store: Stencil,
    pub add: Stencil,
    pub sub: Stencil,
    pub less: Stencil,
    pub jump: Stencil,
    pub jump_if_zero: Stencil,
    pub call: Stencil,
    pub stub: Stencil,
}
// ANCHOR_END: struct

fn local() -> AsmMemoryOperand {
    qword_ptr(rbx + Hole::Local.placeholder() as i32)
}

fn target() -> u64 {
    Hole::Target.placeholder()
}

// ANCHOR: guarded
/// `acc = acc OP local` with one machine instruction, guarded: if it
/// overflowed, the helper `helper(acc, local, jit)` computes the result
/// instead. The fast path takes one branch (`jno`) over the slow one; stitch
/// moves slow paths out of line so that its fast paths fall straight through.
fn guarded(a: &mut CodeAssembler, op: impl Fn(&mut CodeAssembler) -> Result<(), IcedError>) -> Result<(), IcedError> {
    let mut done = a.create_label();
    a.mov(rcx, rax)?;
    op(a)?;
    a.jno(done)?;
    a.mov(rdi, rax)?;
    a.mov(rsi, local())?;
    a.mov(rdx, Hole::Jit.placeholder())?;
    a.mov(rax, Hole::Helper.placeholder())?;
    a.call(rax)?;
    a.mov(rcx, rax)?;
    a.set_label(&mut done)?;
    a.mov(rax, rcx)
}
// ANCHOR_END: guarded

impl Stencils {
    pub fn assemble() -> Stencils {
        Stencils {
            // ANCHOR_END: stencils
            // ANCHOR: enter
            // rsp is 8 past a multiple of 16 on entry (the call pushed the
            // return address); two pushes and an odd number of 8-byte slots
            // make it a multiple again, as helper calls need.
            enter: stencil(|a| {
                a.push(rbp)?;
                a.mov(rbp, rsp)?;
                a.push(rbx)?;
                a.sub(rsp, Hole::Frame.placeholder() as i32)?;
                a.mov(rbx, rsp)?;
                a.mov(qword_ptr(rbx), rdi)
            }),
            exit: stencil(|a| {
                a.mov(rbx, qword_ptr(rbp - 8))?;
                a.leave()?;
                a.ret()
            }),
            // ANCHOR_END: enter
            // ANCHOR: simple
            constant: stencil(|a| a.mov(rax, Hole::Value.placeholder())),
            load: stencil(|a| a.mov(rax, local())),
            store: stencil(|a| a.mov(local(), rax)),
            less: stencil(|a| {
                a.cmp(rax, local())?;
                a.setl(al)?;
                a.movzx(eax, al)
            }),
            jump: stencil(|a| a.jmp(target())),
            jump_if_zero: stencil(|a| {
                a.test(rax, rax)?;
                a.je(target())
            }),
            // ANCHOR_END: simple
            // ANCHOR: fast_paths
            add: stencil(|a| guarded(a, |a| a.add(rcx, local()))),
            sub: stencil(|a| guarded(a, |a| a.sub(rcx, local()))),
            // ANCHOR_END: fast_paths
            // ANCHOR: call
            // Calls function FUNC with acc. TARGET starts out as the stub,
            // and becomes the function's code once the stub has patched it.
            call: stencil(|a| {
                a.mov(rdi, rax)?;
                a.mov(esi, Hole::Func.placeholder() as u32)?;
                a.call(target())
            }),
            // `lazy_call(acc, function, where the call returns to, jit)`,
            // jumped to (not called) so that it returns straight to the site.
            stub: stencil(|a| {
                a.mov(rdx, qword_ptr(rsp))?;
                a.mov(rcx, Hole::Jit.placeholder())?;
                a.mov(rax, Hole::Helper.placeholder())?;
                a.jmp(rax)
            }),
            // ANCHOR_END: call
        }
    }
}
