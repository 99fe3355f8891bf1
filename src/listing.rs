//! `--print-bytecode` and the REPL's `:bytecode`: a function's instructions
//! and constants as text. Above bytecode.rs, which knows how each operand
//! prints but not how a value does (that is format.rs).

use std::fmt::Write as _;

use crate::bytecode::{FuncProto, Op, OperandKind};

/// A readable listing of one function.
pub fn listing(p: &FuncProto) -> String {
    let mut out = String::new();
    let kind = if p.is_script { "script" } else { "function" };
    let _ = writeln!(
        out,
        "== {} {} (params {}, registers {}, {} instructions) ==",
        kind,
        if p.name.is_empty() { "(anonymous)" } else { &p.name },
        p.nparams,
        p.nregs,
        p.code.len()
    );
    let mut last_line = 0;
    for (pc, op) in p.code.iter().enumerate() {
        let (line, _) = p.line_col(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{:>4}", line)
        } else {
            "   |".to_string()
        };
        let _ = writeln!(out, "{} {:>5}  {}", line_col, pc, describe(p, op));
    }
    if !p.consts.is_empty() {
        let _ = writeln!(out, "  constants:");
        for (i, k) in p.consts.iter().enumerate() {
            let _ = writeln!(out, "  {:>5}  {}", format!("k{}", i), crate::format::debug(*k));
        }
    }
    if !p.handlers.is_empty() {
        // The exception table, innermost first: a throw at a pc in the
        // range continues at the handler with the value in the register.
        let _ = writeln!(out, "  exception table:");
        for h in &p.handlers {
            let _ = writeln!(out, "    pc {}..{} -> {} (value in r{})", h.start, h.end, h.target, h.depth);
        }
    }
    out
}

/// One instruction of `p` as text: opcode name and operands.
pub fn describe(p: &FuncProto, op: &Op) -> String {
    let konst = |kind: OperandKind, i: u32| match kind {
        OperandKind::Site => {
            let name = p.sites.get(i as usize).map_or("?", |s| &*s.name);
            format!(".{} ic{}", name, i)
        }
        _ => {
            let v = p.consts.get(i as usize).map_or("?".to_string(), |v| crate::format::debug(*v));
            format!("k{} ({})", i, v)
        }
    };
    let operands = op.operand_text(&konst);
    if operands.is_empty() {
        op.name().to_string()
    } else {
        format!("{} {}", op.name(), operands)
    }
}
