//! Windows into the JIT: counters of what it did, and a listing of the
//! machine code it stitched, decoded back into instructions by iced-x86.

// ANCHOR: stats
use std::cell::Cell;
use std::fmt::{self, Write as _};

use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter, Mnemonic};

use crate::language::Op;
use crate::stencils::Hole;

/// Counters, bumped where each event happens (like stitch's `--stats`).
#[derive(Default)]
pub struct Stats {
    /// Functions compiled, and the bytes and holes of their code.
    pub compiled: Cell<u64>,
    pub code_bytes: Cell<u64>,
    pub holes: Cell<u64>,
    /// Calls from Rust into compiled code.
    pub entries: Cell<u64>,
    /// Calls that went through the stub, and call sites it patched.
    pub stub_calls: Cell<u64>,
    pub patched: Cell<u64>,
    /// Slow paths taken by compiled code (`add_helper`, `sub_helper`).
    pub helper_calls: Cell<u64>,
    /// Calls the interpreter ran.
    pub interpreted: Cell<u64>,
}

pub fn bump(counter: &Cell<u64>, by: u64) {
    counter.set(counter.get() + by);
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let rows = [
            ("functions compiled", &self.compiled),
            ("code bytes", &self.code_bytes),
            ("holes filled", &self.holes),
            ("entries from Rust", &self.entries),
            ("calls through the stub", &self.stub_calls),
            ("call sites patched", &self.patched),
            ("slow paths taken", &self.helper_calls),
            ("calls interpreted", &self.interpreted),
        ];
        for (name, counter) in rows {
            writeln!(f, "{name:<24}{}", counter.get())?;
        }
        Ok(())
    }
}
// ANCHOR_END: stats

// ANCHOR: code_map
/// What the compiler knew about a function's code, kept for the listing
/// (the machine code alone does not say where a stencil starts).
pub struct CodeMap {
    /// Where the code starts in the JIT's memory, and how long it is.
    pub entry: usize,
    pub len: usize,
    /// Where each instruction's stencil starts, counted from `entry`.
    pub starts: Vec<usize>,
    /// Every hole filled: where (from `entry`), what for, the value given.
    pub holes: Vec<(usize, Hole, i64)>,
}

impl CodeMap {
    /// The instruction whose stencil holds byte `at` (from `entry`).
    pub fn pc_at(&self, at: usize) -> Option<usize> {
        self.starts.partition_point(|&start| start <= at).checked_sub(1)
    }
}
// ANCHOR_END: code_map

// ANCHOR: disassemble
/// The listing of one function: each stencil under the bytecode
/// instruction it came from, each instruction with its offset in the JIT's
/// memory, its bytes and its text, and a note on every hole inside it.
/// `bytes` is the code as it is now, so patched call sites show their
/// callee; `callee(offset)` names the function whose code starts there.
pub fn disassemble(name: &str, code: &[Op], map: &CodeMap, bytes: &[u8], callee: &dyn Fn(usize) -> String) -> String {
    let mut formatter = IntelFormatter::new();
    let options = formatter.options_mut();
    options.set_hex_prefix("0x");
    options.set_hex_suffix("");
    options.set_uppercase_hex(false);
    options.set_space_after_operand_separator(true);
    options.set_first_operand_char_index(7);
    options.set_branch_leading_zeros(false);
    options.set_show_branch_size(false);
    let mut out = format!(
        "== {name}: {} instructions, {} bytes at {:#x}, {} holes ==\n; prologue\n",
        code.len(),
        map.len,
        map.entry,
        map.holes.len()
    );
    let mut text = String::new();
    for instruction in Decoder::with_ip(64, bytes, map.entry as u64, DecoderOptions::NONE) {
        let at = instruction.ip() as usize - map.entry;
        if let Some(pc) = map.starts.iter().position(|&start| start == at) {
            let _ = writeln!(out, "; pc {pc}: {:?}", code[pc]);
        }
        text.clear();
        formatter.format(&instruction, &mut text);
        let hex: String = bytes[at..at + instruction.len()].iter().map(|b| format!("{b:02x}")).collect();
        let _ = write!(out, "  {:05x}  {hex:<22} {text}", instruction.ip());
        let inside = map.holes.iter().filter(|&&(hole_at, _, _)| (at..at + instruction.len()).contains(&hole_at));
        for &(_, hole, value) in inside {
            let note = match hole {
                Hole::Value => format!("value {value}"),
                Hole::Local => format!("local {}", value / 8),
                Hole::Frame => format!("frame of {value} bytes"),
                Hole::Func => format!("function {value}"),
                Hole::Helper => "helper".to_string(),
                Hole::Jit => "the JIT".to_string(),
                // A call's target is the stub until the stub patches it.
                Hole::Target if instruction.mnemonic() == Mnemonic::Call => match instruction.near_branch_target() {
                    0 => "call site: stub".to_string(),
                    target => format!("call site: patched -> {}", callee(target as usize)),
                },
                Hole::Target => match map.starts.iter().position(|&start| start as i64 == value) {
                    Some(pc) => format!("jump to pc {pc}"),
                    None => format!("jump to {value:#x}"),
                },
            };
            let pad = 34usize.saturating_sub(text.len());
            let _ = write!(out, "{:pad$} ; hole: {note}", "");
        }
        out.push('\n');
    }
    out
}
// ANCHOR_END: disassemble
