//! `--print-asm`: compiled code as Intel-syntax text, each stencil labelled
//! with its bytecode pc and instruction, each filled hole named.

use std::fmt::Write as _;

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};

use super::code::{CallSiteState, CompiledCode, HoleNote, PatchedHole, PropSiteState};
use super::stencils::{self, Hole, Stencil};
use crate::bytecode::{FuncProto, Op};

fn formatter() -> IntelFormatter {
    let mut f = IntelFormatter::new();
    let o = f.options_mut();
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_uppercase_hex(false);
    o.set_space_after_operand_separator(true);
    o.set_first_operand_char_index(7);
    o.set_branch_leading_zeros(false);
    o.set_show_branch_size(false);
    f
}

/// Decodes `bytes` (at code offset `base`) into lines; `note(offset, len)`
/// gives the comment for the instruction at that offset.
fn decode_into(out: &mut String, bytes: &[u8], base: u32, note: &mut dyn FnMut(u32, u32) -> String) {
    let mut fmt = formatter();
    let mut dec = Decoder::with_ip(64, bytes, base as u64, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    let mut text = String::new();
    while dec.can_decode() {
        dec.decode_out(&mut ins);
        text.clear();
        fmt.format(&ins, &mut text);
        let off = ins.ip() as u32;
        let start = (off - base) as usize;
        let hex: String = bytes[start..start + ins.len()].iter().map(|b| format!("{:02x}", b)).collect();
        let comment = note(off, ins.len() as u32);
        let _ = write!(out, "  {:05x}  {:<24} {}", off, hex, text);
        if !comment.is_empty() {
            let pad = 36usize.saturating_sub(text.len());
            let _ = write!(out, "{:pad$} ; {}", "", comment, pad = pad);
        }
        out.push('\n');
    }
}

impl CompiledCode {
    /// The disassembly, call sites named by address.
    #[cfg(test)]
    pub fn disassemble(&self, proto: &FuncProto) -> String {
        self.disassemble_with(proto, &|_| None)
    }

    /// The disassembly; `name_of(guard)` names the callee of a patched call
    /// site (e.g. the function's name) when the VM knows it.
    pub fn disassemble_with(&self, proto: &FuncProto, name_of: &dyn Fn(u64) -> Option<String>) -> String {
        let mut out = String::new();
        let s = &self.stats;
        let _ = writeln!(
            out,
            "== machine code for {} ({} bytes: {} hot, {} cold; {} instructions, {} holes, {} jumps elided) ==",
            if self.name.is_empty() { "(anonymous)" } else { &self.name },
            s.code_bytes,
            s.hot_bytes,
            s.cold_bytes,
            s.instructions,
            s.holes,
            s.elided_jumps
        );
        let holes = self.holes(proto);
        let code = self.code();
        let describe = |h: &PatchedHole| -> String { self.describe_hole(proto, h, name_of) };
        let mut note = |off: u32, len: u32| -> String {
            let from = holes.partition_point(|h| h.offset < off);
            holes[from..]
                .iter()
                .take_while(|h| h.offset < off + len)
                .map(|h| format!("hole: {}", describe(h)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut order: Vec<(bool, usize)> = (0..self.placed.len()).map(|i| (false, i)).collect();
        order.extend((0..self.placed.len()).filter(|&i| !self.placed[i].cold.is_empty()).map(|i| (true, i)));
        order.sort_by_key(|&(cold, i)| if cold { self.placed[i].cold.start } else { self.placed[i].hot.start });
        for (cold, i) in order {
            let p = &self.placed[i];
            let range = if cold { p.cold.clone() } else { p.hot.clone() };
            let what = match p.pc {
                Some(pc) if (pc as usize) < proto.code.len() => {
                    format!("pc {}: {}", pc, crate::listing::describe(proto, &proto.code[pc as usize]))
                }
                _ => p.stencil.name.to_string(),
            };
            let _ = writeln!(
                out,
                "; {} {} [{}]{}",
                if cold { "cold" } else { "----" },
                what,
                p.stencil.name,
                if p.elided && !cold { " (falls through)" } else { "" }
            );
            decode_into(&mut out, &code[range.start as usize..range.end as usize], range.start, &mut note);
        }
        if !self.prop_sites.is_empty() {
            let _ = writeln!(out, "; property sites:");
            for site in self.prop_sites {
                let state = match site.state.get() {
                    PropSiteState::Patched { shape_id, slot, .. } => format!("shape#{} -> slot {}", shape_id, slot),
                    PropSiteState::Generic => "generic".to_string(),
                    PropSiteState::Stub => "stub".to_string(),
                };
                let _ = writeln!(out, ";   pc {}: {}{}", site.pc, state, cases_text(site));
            }
        }
        if !self.sites.is_empty() {
            let _ = writeln!(out, "; call sites:");
            for site in self.sites {
                let _ = writeln!(out, ";   pc {}: {}", site.pc, site_state(site.state(), name_of));
            }
        }
        out
    }

    fn describe_hole(&self, proto: &FuncProto, h: &PatchedHole, name_of: &dyn Fn(u64) -> Option<String>) -> String {
        let site = |pc: u32| self.call_site(pc).map(|s| site_state(s.state(), name_of)).unwrap_or_default();
        let prop = |pc: u32, slot: bool| {
            let name = |site| proto.sites.get(site as usize).map(|s| format!(" .{}", s.name)).unwrap_or_default();
            let name = match proto.code.get(pc as usize) {
                Some(&Op::GetNamed { site, .. }) => format!("get{}", name(site)),
                Some(&Op::SetNamed { site, .. }) => format!("set{}", name(site)),
                _ => String::new(),
            };
            match self.prop_site_state(pc) {
                Some(PropSiteState::Patched { slot: n, .. }) if slot => format!("{}: slot {}", name, n),
                Some(PropSiteState::Patched { shape_id, .. }) => format!("{}: patched, shape#{}", name, shape_id),
                Some(PropSiteState::Generic) => format!("{}: generic", name),
                _ => format!("{}: stub", name),
            }
        };
        match h.note {
            HoleNote::Slot(r) => format!("slot r{}", r),
            HoleNote::FrameShift(d) => format!("frame base {:+} slots (callee frame)", d),
            HoleNote::FrameEnd(n) => format!("frame end ({} registers)", n),
            HoleNote::Const(k) => {
                format!(
                    "const k{} ({})",
                    k,
                    proto.consts.get(k as usize).map(|v| crate::format::debug(*v)).unwrap_or_default()
                )
            }
            HoleNote::GlobalConst(g, bits) => {
                format!(
                    "const global g{} ({})",
                    g,
                    crate::format::debug(crate::value::Value::from_immediate_bits(bits))
                )
            }
            HoleNote::SmiImm(i) => format!("smi {}", i),
            HoleNote::Global(g) => format!("address of global g{}", g),
            HoleNote::Proto => format!("proto {}", proto.name),
            HoleNote::Pc(pc) => format!("pc {}", pc),
            HoleNote::Helper(name) => format!("helper {}", name),
            HoleNote::MathGuard(name) => format!("the built-in {}", name),
            HoleNote::UnitStrings => "the one-unit strings".to_string(),
            HoleNote::ModMagic(m) => format!("reciprocal of {} (2^64 / d)", u64::MAX / m.max(1) + 1),
            HoleNote::CallGuard(pc) => format!("call guard ({})", site(pc)),
            HoleNote::CallTarget(pc) => format!("call target ({})", site(pc)),
            HoleNote::ShapeGuard(pc) => format!("shape guard ({})", prop(pc, false)),
            HoleNote::SlotOffset(pc) => format!("slot offset ({})", prop(pc, true)),
            HoleNote::ShapeAfter(pc) => format!("shape after ({})", prop(pc, false)),
            HoleNote::CtxDepth(n) => format!("context depth {}", n),
            HoleNote::CtxSlot(i) => format!("context slot {}", i),
            HoleNote::Holder(pc) => format!("holder object ({})", prop(pc, false)),
            HoleNote::HolderShape(pc) => format!("holder shape ({})", prop(pc, false)),
            HoleNote::IcEntries(pc) => format!("cache entries ({})", prop(pc, false)),
            HoleNote::CallCache(pc) => format!("polymorphic cache of the call site at pc {}", pc),
            HoleNote::GetterCache(pc) => format!("getter cache ({})", prop(pc, false)),
            HoleNote::PolyCases(pc) => format!("polymorphic cases ({})", prop(pc, false)),
            HoleNote::ObjectTemplate => "template cell of {} (Object.prototype's root shape)".to_string(),
            HoleNote::WideTemplate => "template cell of a wide object literal (8 in-object slots)".to_string(),
            HoleNote::ArrayTemplate => "template cell of [] (an array with no elements)".to_string(),
            HoleNote::AllocCache(pc) => format!("(new.target, shape) pairs of the alloc_this site at pc {}", pc),
            HoleNote::SuperCache => format!("super cache of {} (constructor's shape, parent)", proto.name),
            HoleNote::ToPc(t) if h.kind == stencils::HoleKind::Continue => {
                if t as usize >= proto.code.len() {
                    "next: end".to_string()
                } else {
                    format!("next pc {}", t)
                }
            }
            HoleNote::ToPc(t) => {
                if t as usize >= proto.code.len() {
                    "target end".to_string()
                } else {
                    format!("target pc {}", t)
                }
            }
            HoleNote::ToCold(_) => "slow path".to_string(),
            HoleNote::ToExcExit => "exception exit".to_string(),
        }
    }
}

fn site_state(state: CallSiteState, name_of: &dyn Fn(u64) -> Option<String>) -> String {
    match state {
        CallSiteState::Stub => "stub".to_string(),
        CallSiteState::Generic => "generic".to_string(),
        CallSiteState::Patched { guard, target } => match name_of(guard) {
            Some(name) => format!("patched -> code of {} at {:#x}", name, target),
            None => format!("patched -> {:#x} (function code {:#x})", target, guard),
        },
    }
}

fn hole_name(h: &Hole) -> String {
    format!("{:?} ({} bytes)", h.kind, h.width)
}

/// One stencil, both parts, holes named by kind (for `:stencils`).
pub fn stencil_listing(s: &Stencil) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "== stencil {} ({}; serves {}) {} hot + {} cold bytes ==",
        s.name,
        s.doc,
        if s.ops.is_empty() { "-".to_string() } else { s.ops.join(" ") },
        s.hot.len(),
        s.cold.len()
    );
    for (cold, bytes) in [(false, s.hot), (true, s.cold)] {
        if bytes.is_empty() {
            continue;
        }
        if cold {
            let _ = writeln!(out, "; cold");
        }
        let mut note = |off: u32, len: u32| -> String {
            let mut n: Vec<String> = s
                .holes
                .iter()
                .filter(|h| h.cold == cold && h.offset >= off && h.offset < off + len)
                .map(|h| format!("hole: {}", hole_name(h)))
                .collect();
            if !cold && s.continue_at == Some(off) {
                n.push("elided when the next stencil follows".to_string());
            }
            n.join("; ")
        };
        decode_into(&mut out, bytes, 0, &mut note);
    }
    out
}

/// Every stencil (the REPL's `:stencils`).
pub fn all_stencils_listing() -> String {
    stencils::ALL.iter().map(|s| stencil_listing(s)).collect::<Vec<_>>().join("\n")
}

/// A property site's patched polymorphic cases, for the listings:
/// `, cases: shape#12 -> slot 1, shape#13 -> prototype slot 3`.
pub fn cases_text(site: &super::code::PropSiteCode) -> String {
    let mut out = String::new();
    for (case, id) in site.cases.iter().zip(&site.case_ids) {
        let case = case.get();
        if case.shape == 0 {
            continue;
        }
        out.push_str(if out.is_empty() { ", cases: " } else { ", " });
        let slot = case.slot8 / 8;
        let proto = case.flags & super::abi::POLY_FLAG_PROTO != 0;
        let getter = if case.flags & super::abi::POLY_FLAG_GETTER != 0 { "getter in " } else { "" };
        let place = if proto { "prototype slot" } else { "slot" };
        out.push_str(&format!("shape#{} -> {}{} {}", id.get(), getter, place, slot));
    }
    out
}

impl CompiledCode {
    /// `:ic NAME`'s lines for the compiled code: each property site's
    /// state in it (its hot guard) and its patched polymorphic cases.
    pub fn prop_sites_report(&self) -> String {
        let mut out = String::new();
        for site in self.prop_sites {
            let state = match site.state.get() {
                PropSiteState::Patched { shape_id, slot, .. } => format!("guard shape#{} -> slot {}", shape_id, slot),
                PropSiteState::Generic => "generic".to_string(),
                PropSiteState::Stub => "stub".to_string(),
            };
            let _ = writeln!(out, "  pc{:<4} {}{}", site.pc, state, cases_text(site));
        }
        out
    }
}
