//! The mini language: a bytecode for an accumulator machine, like stitch's
//! (chapter 4) but with ten instructions, and its interpreter.

// ANCHOR: op
/// One instruction. `acc` is the accumulator; locals are numbered from 0,
/// and local 0 holds the function's one argument.
#[derive(Clone, Copy, Debug)]
pub enum Op {
    /// acc = n
    Const(i64),
    /// acc = local
    Load(usize),
    /// local = acc
    Store(usize),
    /// acc = acc + local, stopping at i64::MIN and i64::MAX
    Add(usize),
    /// acc = acc - local, stopping at i64::MIN and i64::MAX
    Sub(usize),
    /// acc = 1 if acc < local, else 0
    Less(usize),
    /// continue at instruction `target`
    Jump(usize),
    /// continue at `target` if acc is 0
    JumpIfZero(usize),
    /// acc = function(acc)
    Call(usize),
    /// return acc
    Return,
}

pub struct Function {
    /// How many locals (at least 1, for the argument); all but the argument start at 0.
    pub locals: usize,
    pub code: Vec<Op>,
}
// ANCHOR_END: op

// ANCHOR: check
/// Compiled code trusts its bytecode, so the JIT checks it first: every
/// local, jump target and function exists, and no function runs off its end.
pub fn check(program: &[Function]) -> Result<(), String> {
    for (f, function) in program.iter().enumerate() {
        if function.locals == 0 || !matches!(function.code.last(), Some(Op::Return | Op::Jump(_))) {
            return Err(format!("function {f} needs a local and must end with Return or Jump"));
        }
        for (i, op) in function.code.iter().enumerate() {
            let ok = match *op {
                Op::Load(l) | Op::Store(l) | Op::Add(l) | Op::Sub(l) | Op::Less(l) => l < function.locals,
                Op::Jump(t) | Op::JumpIfZero(t) => t < function.code.len(),
                Op::Call(g) => g < program.len(),
                Op::Const(_) | Op::Return => true,
            };
            if !ok {
                return Err(format!("function {f}, instruction {i}: {op:?} is out of range"));
            }
        }
    }
    Ok(())
}
// ANCHOR_END: check

// ANCHOR: interpret
/// Runs function `f` of `program`; `call` runs the functions it calls.
pub fn interpret(program: &[Function], f: usize, arg: i64, call: &dyn Fn(usize, i64) -> i64) -> i64 {
    let function = &program[f];
    let mut locals = vec![0; function.locals];
    locals[0] = arg;
    let (mut acc, mut pc) = (0, 0);
    loop {
        let op = function.code[pc];
        pc += 1;
        match op {
            Op::Const(n) => acc = n,
            Op::Load(l) => acc = locals[l],
            Op::Store(l) => locals[l] = acc,
            Op::Add(l) => acc = acc.saturating_add(locals[l]),
            Op::Sub(l) => acc = acc.saturating_sub(locals[l]),
            Op::Less(l) => acc = (acc < locals[l]) as i64,
            Op::Jump(target) => pc = target,
            Op::JumpIfZero(target) if acc == 0 => pc = target,
            Op::JumpIfZero(_) => {}
            Op::Call(g) => acc = call(g, acc),
            Op::Return => return acc,
        }
    }
}

/// The interpreter on its own: what compiled code must agree with.
pub fn reference(program: &[Function], f: usize, arg: i64) -> i64 {
    interpret(program, f, arg, &|g, x| reference(program, g, x))
}
// ANCHOR_END: interpret
