//! Bytecode: a register machine, one `FuncProto` per function.
//!
//! Registers are the slots of the function's frame on the VM's value stack:
//! parameters first (`r0..nparams`), then locals and temporaries. Both tiers
//! read and write the same slots, so execution can switch tiers at any
//! instruction boundary. A call puts the callee in `r[func]` and its arguments
//! in `r[func+1..]`, which become the callee's `r0..`: arguments are never
//! copied.

use std::cell::Cell;
use std::fmt::Write as _;
use std::rc::Rc;

use crate::ast::Span;
use crate::source::Source;
use crate::value::Value;

/// A frame register. 255 registers per function (as in Lua) keeps every
/// instruction in 8 bytes, so the interpreter fetches one word per dispatch.
pub type Reg = u8;

/// Registers a function may use.
pub const MAX_REGS: usize = 255;

/// Every operation. Jump targets are instruction indices in the same function.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Mov {
        dst: Reg,
        src: Reg,
    },
    /// Any constant: Smi, double, string, function, undefined, null, booleans.
    LoadConst {
        dst: Reg,
        k: u32,
    },
    GetGlobal {
        dst: Reg,
        g: u32,
    },
    /// Assignment to an existing global (TDZ and const checked at run time).
    SetGlobal {
        g: u32,
        src: Reg,
    },
    /// The declaration of a global: creates or initialises the binding.
    InitGlobal {
        g: u32,
        src: Reg,
    },

    Add {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `a + imm`: the compiler's form of `x + 1`, `x - 1`, `x++`.
    AddImm {
        dst: Reg,
        a: Reg,
        imm: i16,
    },
    Sub {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Mul {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Div {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Mod {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Pow {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    BitAnd {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    BitOr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    BitXor {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Shl {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Shr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    UShr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Eq {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Ne {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    StrictEq {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    StrictNe {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Lt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Le {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Gt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Ge {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    Neg {
        dst: Reg,
        src: Reg,
    },
    /// Unary `+`, and the old value of a postfix `x++`.
    ToNumber {
        dst: Reg,
        src: Reg,
    },
    Not {
        dst: Reg,
        src: Reg,
    },
    BitNot {
        dst: Reg,
        src: Reg,
    },
    Typeof {
        dst: Reg,
        src: Reg,
    },
    /// `typeof name` for a global: no ReferenceError when it was never declared.
    TypeofGlobal {
        dst: Reg,
        g: u32,
    },
    /// `x.length` (strings, functions; undefined for other primitives).
    GetLength {
        dst: Reg,
        src: Reg,
    },

    Jump {
        target: u32,
    },
    /// A loop's back edge: counts iterations for on-stack replacement and
    /// polls for an interrupt (Ctrl-C), then jumps to the loop header.
    Loop {
        target: u32,
        counter: u16,
    },
    JumpIfTrue {
        src: Reg,
        target: u32,
    },
    JumpIfFalse {
        src: Reg,
        target: u32,
    },
    /// Jumps when `src` is neither null nor undefined (for `??`).
    JumpIfNotNullish {
        src: Reg,
        target: u32,
    },
    /// Fused compare-and-branch: jumps when the comparison is false.
    JumpIfNotLt {
        a: Reg,
        b: Reg,
        target: u32,
    },
    JumpIfNotLe {
        a: Reg,
        b: Reg,
        target: u32,
    },
    JumpIfNotGt {
        a: Reg,
        b: Reg,
        target: u32,
    },
    JumpIfNotGe {
        a: Reg,
        b: Reg,
        target: u32,
    },
    JumpIfNotEq {
        a: Reg,
        b: Reg,
        target: u32,
    },
    JumpIfNotNe {
        a: Reg,
        b: Reg,
        target: u32,
    },
    JumpIfNotStrictEq {
        a: Reg,
        b: Reg,
        target: u32,
    },
    JumpIfNotStrictNe {
        a: Reg,
        b: Reg,
        target: u32,
    },

    /// `r[dst] = r[func](r[func+1], ..., r[func+argc])`.
    Call {
        dst: Reg,
        func: Reg,
        argc: u8,
    },
    Return {
        src: Reg,
    },
    /// `console.log(r[base], ..., r[base+argc-1])`.
    Print {
        base: Reg,
        argc: u8,
    },
    /// Throws a new error of `kind` whose message is string constant `k`
    /// (the compiler's static TDZ and const errors).
    Throw {
        kind: crate::error::ErrorKind,
        k: u32,
    },
}

/// Calls `$m!(Mov, LoadConst, ...)` with every opcode name, in order.
macro_rules! for_each_op {
    ($m:ident) => {
        $m!(
            Mov,
            LoadConst,
            GetGlobal,
            SetGlobal,
            InitGlobal,
            Add,
            AddImm,
            Sub,
            Mul,
            Div,
            Mod,
            Pow,
            BitAnd,
            BitOr,
            BitXor,
            Shl,
            Shr,
            UShr,
            Eq,
            Ne,
            StrictEq,
            StrictNe,
            Lt,
            Le,
            Gt,
            Ge,
            Neg,
            ToNumber,
            Not,
            BitNot,
            Typeof,
            TypeofGlobal,
            GetLength,
            Jump,
            Loop,
            JumpIfTrue,
            JumpIfFalse,
            JumpIfNotNullish,
            JumpIfNotLt,
            JumpIfNotLe,
            JumpIfNotGt,
            JumpIfNotGe,
            JumpIfNotEq,
            JumpIfNotNe,
            JumpIfNotStrictEq,
            JumpIfNotStrictNe,
            Call,
            Return,
            Print,
            Throw
        )
    };
}

macro_rules! op_names {
    ($($v:ident),* $(,)?) => { [$(stringify!($v)),*] };
}

/// Every opcode's name, indexed by `Op::index`.
pub const OP_NAMES: [&str; 50] = for_each_op!(op_names);

/// One instruction of every opcode, in `Op::index` order, using registers
/// 0..=2, constant 0 and jump target 0: valid for a function of 3 or more
/// registers and 1 or more constants. The JIT's warm-up compiles it (it
/// reaches every stencil) and tests check every opcode with it.
pub fn every_op() -> Vec<Op> {
    let (d, a, b, t) = (0, 1, 2, 0);
    vec![
        Op::Mov { dst: d, src: a },
        Op::LoadConst { dst: d, k: 0 },
        Op::GetGlobal { dst: d, g: 0 },
        Op::SetGlobal { g: 0, src: a },
        Op::InitGlobal { g: 0, src: a },
        Op::Add { dst: d, a, b },
        Op::AddImm { dst: d, a, imm: 1 },
        Op::Sub { dst: d, a, b },
        Op::Mul { dst: d, a, b },
        Op::Div { dst: d, a, b },
        Op::Mod { dst: d, a, b },
        Op::Pow { dst: d, a, b },
        Op::BitAnd { dst: d, a, b },
        Op::BitOr { dst: d, a, b },
        Op::BitXor { dst: d, a, b },
        Op::Shl { dst: d, a, b },
        Op::Shr { dst: d, a, b },
        Op::UShr { dst: d, a, b },
        Op::Eq { dst: d, a, b },
        Op::Ne { dst: d, a, b },
        Op::StrictEq { dst: d, a, b },
        Op::StrictNe { dst: d, a, b },
        Op::Lt { dst: d, a, b },
        Op::Le { dst: d, a, b },
        Op::Gt { dst: d, a, b },
        Op::Ge { dst: d, a, b },
        Op::Neg { dst: d, src: a },
        Op::ToNumber { dst: d, src: a },
        Op::Not { dst: d, src: a },
        Op::BitNot { dst: d, src: a },
        Op::Typeof { dst: d, src: a },
        Op::TypeofGlobal { dst: d, g: 0 },
        Op::GetLength { dst: d, src: a },
        Op::Jump { target: t },
        Op::Loop { target: t, counter: 0 },
        Op::JumpIfTrue { src: a, target: t },
        Op::JumpIfFalse { src: a, target: t },
        Op::JumpIfNotNullish { src: a, target: t },
        Op::JumpIfNotLt { a, b, target: t },
        Op::JumpIfNotLe { a, b, target: t },
        Op::JumpIfNotGt { a, b, target: t },
        Op::JumpIfNotGe { a, b, target: t },
        Op::JumpIfNotEq { a, b, target: t },
        Op::JumpIfNotNe { a, b, target: t },
        Op::JumpIfNotStrictEq { a, b, target: t },
        Op::JumpIfNotStrictNe { a, b, target: t },
        Op::Call { dst: d, func: a, argc: 1 },
        Op::Return { src: a },
        Op::Print { base: a, argc: 1 },
        Op::Throw { kind: crate::error::ErrorKind::TypeError, k: 0 },
    ]
}

/// One entry of a function's exception table: a throw at a pc in
/// `start..end` continues at `target` with the thrown value in register
/// `depth`. Registers are allocated like a stack, so `depth` is also how
/// many registers are live at the handler: those above it were temporaries
/// of the code that threw. Entries are innermost first; the first whose
/// range holds the pc wins. Both tiers unwind through this table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: Reg,
}

/// Where a function stands in tiering; the JIT owns what hangs off `jit`.
pub struct FuncProto {
    pub name: Rc<str>,
    pub nparams: u16,
    /// Frame size in slots: parameters, locals and temporaries.
    pub nregs: u16,
    /// Code and constants are immortal (leaked): functions are never freed
    /// (machine code elsewhere may call them), and a `'static` slice lets the
    /// interpreter keep the current function's code in a local across calls
    /// without reference counting.
    pub code: &'static [Op],
    pub consts: &'static [Value],
    /// The source span of each instruction (the line table).
    pub spans: Vec<Span>,
    /// The exception table (empty until the language has `try`).
    pub handlers: Vec<Handler>,
    pub source: Rc<Source>,
    /// The whole function text, for `String(f)`.
    pub text: Span,
    /// True for the top-level code of a script or REPL line.
    pub is_script: bool,
    /// Interpreter calls so far (tier-up counter).
    pub calls: Cell<u32>,
    /// One back-edge counter per loop (OSR).
    pub loop_counters: Vec<Cell<u32>>,
    /// Compiled code, once the JIT has produced it.
    pub jit: Cell<Option<&'static crate::jit::CompiledCode>>,
    /// The JIT refused this function (reason is traced); never retried.
    pub jit_failed: Cell<bool>,
}

impl FuncProto {
    /// A function made straight from instructions, with no source text
    /// (the JIT's warm-up, tests).
    pub fn synthetic(name: &str, nparams: u16, nregs: u16, code: Vec<Op>, consts: Vec<Value>) -> FuncProto {
        FuncProto {
            name: name.into(),
            nparams,
            nregs,
            spans: vec![Span::default(); code.len()],
            handlers: Vec::new(),
            code: Vec::leak(code),
            consts: Vec::leak(consts),
            source: Rc::new(Source::new(name, "")),
            text: Span::default(),
            is_script: false,
            calls: Cell::new(0),
            loop_counters: vec![],
            jit: Cell::new(None),
            jit_failed: Cell::new(false),
        }
    }

    /// The handler for a throw at `pc`, if one covers it (and is well
    /// formed: its target and register lie inside the function).
    #[inline]
    pub fn handler_for(&self, pc: usize) -> Option<Handler> {
        if self.handlers.is_empty() {
            return None;
        }
        let pc = pc as u32;
        self.handlers.iter().copied().find(|h| {
            (h.start..h.end).contains(&pc) && (h.target as usize) < self.code.len() && (h.depth as u16) < self.nregs
        })
    }

    pub fn line_col(&self, pc: usize) -> (usize, usize) {
        let span = self.spans.get(pc).copied().unwrap_or_default();
        self.source.line_col(span.start as usize)
    }

    /// A readable listing for `--print-bytecode` and the REPL's `:bytecode`.
    pub fn listing(&self) -> String {
        let mut out = String::new();
        let kind = if self.is_script { "script" } else { "function" };
        let _ = writeln!(
            out,
            "== {} {} (params {}, registers {}, {} instructions) ==",
            kind,
            self.name,
            self.nparams,
            self.nregs,
            self.code.len()
        );
        let mut last_line = 0;
        for (pc, op) in self.code.iter().enumerate() {
            let (line, _) = self.line_col(pc);
            let line_col = if line != last_line {
                last_line = line;
                format!("{:>4}", line)
            } else {
                "   |".to_string()
            };
            let _ = writeln!(out, "{} {:>5}  {}", line_col, pc, self.describe(op));
        }
        if !self.consts.is_empty() {
            let _ = writeln!(out, "  constants:");
            for (i, k) in self.consts.iter().enumerate() {
                let _ = writeln!(out, "  {:>5}  {}", format!("k{}", i), crate::format::debug(*k));
            }
        }
        out
    }

    /// One instruction as text: opcode name and operands.
    pub fn describe(&self, op: &Op) -> String {
        let k = |i: u32| crate::format::debug(self.consts[i as usize]);
        match *op {
            Op::LoadConst { dst, k: i } => format!("LoadConst r{} <- k{} ({})", dst, i, k(i)),
            Op::Throw { kind, k: i } => format!("Throw {} k{} ({})", kind.name(), i, k(i)),
            other => {
                let s = format!("{:?}", other);
                // `Add { dst: 1, a: 2, b: 3 }` -> `Add dst=r1 a=r2 b=r3`
                let (name, rest) = s.split_once(' ').unwrap_or((&s, ""));
                let fields: Vec<String> = rest
                    .trim_matches(|c| c == '{' || c == '}' || c == ' ')
                    .split(", ")
                    .filter(|f| !f.is_empty())
                    .map(|f| {
                        let (n, v) = f.split_once(": ").unwrap_or((f, ""));
                        match n {
                            "target" => format!("->{}", v),
                            "imm" | "argc" | "counter" | "g" => format!("{}={}", n, v),
                            _ => format!("r{}", v),
                        }
                    })
                    .collect();
                format!("{} {}", name, fields.join(" ")).trim_end().to_string()
            }
        }
    }
}

const _: () = assert!(std::mem::size_of::<Op>() == 8, "instructions are one word");

impl Op {
    /// The opcode's name, e.g. `"Add"` (used to label stencils).
    pub fn name(&self) -> &'static str {
        OP_NAMES[self.index()]
    }

    /// A dense number per opcode (for per-opcode statistics).
    pub fn index(&self) -> usize {
        macro_rules! index {
            ($($v:ident),* $(,)?) => {{
                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                enum Ix { $($v,)* }
                match self { $(Op::$v { .. } => Ix::$v as usize,)* }
            }};
        }
        for_each_op!(index)
    }

    /// The jump target, for operations that branch.
    pub fn target(&self) -> Option<u32> {
        let mut op = *self;
        op.target_mut().map(|t| *t)
    }

    pub fn set_target(&mut self, t: u32) {
        if let Some(target) = self.target_mut() {
            *target = t;
        }
    }

    fn target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Op::Jump { target }
            | Op::Loop { target, .. }
            | Op::JumpIfTrue { target, .. }
            | Op::JumpIfFalse { target, .. }
            | Op::JumpIfNotNullish { target, .. }
            | Op::JumpIfNotLt { target, .. }
            | Op::JumpIfNotLe { target, .. }
            | Op::JumpIfNotGt { target, .. }
            | Op::JumpIfNotGe { target, .. }
            | Op::JumpIfNotEq { target, .. }
            | Op::JumpIfNotNe { target, .. }
            | Op::JumpIfNotStrictEq { target, .. }
            | Op::JumpIfNotStrictNe { target, .. } => Some(target),
            _ => None,
        }
    }
}
