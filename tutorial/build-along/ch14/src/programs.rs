//! Programs to run, written in the mini language's bytecode.

// ANCHOR: program
use crate::language::{Function, Op::*};

pub const SUM: usize = 0;
pub const FIB: usize = 1;
pub const FIB_PLUS_SUM: usize = 2;
pub const ROUND_TRIP: usize = 3;

/// Adding this to a large number leaves the 64-bit range.
const BIG: i64 = 9_000_000_000_000_000_000;

/// Laid out by hand, a line per statement, so `cargo fmt` leaves it alone.
#[rustfmt::skip]
pub fn program() -> Vec<Function> {
    vec![
        // sum(n) = 0 + 1 + ... + (n - 1); locals: n, i, total, one
        Function {
            locals: 4,
            code: vec![
                Const(1), Store(3),
                Load(1), Less(0), JumpIfZero(12),        // 2: while i < n
                Load(2), Add(1), Store(2),               //      total = total + i
                Load(1), Add(3), Store(1),               //      i = i + 1
                Jump(2),
                Load(2), Return,                         // 12: return total
            ],
        },
        // fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2); locals: n, k, a
        Function {
            locals: 3,
            code: vec![
                Const(2), Store(1), Load(0), Less(1), JumpIfZero(7),
                Load(0), Return,
                Const(1), Store(1), Load(0), Sub(1), Call(FIB), Store(2), // 7: a = fib(n - 1)
                Const(2), Store(1), Load(0), Sub(1), Call(FIB), Add(2),   //    fib(n - 2) + a
                Return,
            ],
        },
        // fib_plus_sum(n) = fib(n) + sum(n); locals: n, f
        Function { locals: 2, code: vec![Load(0), Call(FIB), Store(1), Load(0), Call(SUM), Add(1), Return] },
        // round_trip(x) = (x + BIG) - BIG, which is x unless x + BIG stopped at i64::MAX
        Function { locals: 2, code: vec![Const(BIG), Store(1), Load(0), Add(1), Sub(1), Return] },
    ]
}
// ANCHOR_END: program
