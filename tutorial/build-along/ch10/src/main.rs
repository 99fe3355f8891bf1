//! Build-along checkpoint for chapter 10: fast paths with overflow guards.

// ANCHOR: main
mod jit;
mod jit_memory;
mod language;
mod programs;
mod stencils;

use jit::Jit;
use programs::*;

fn main() -> std::io::Result<()> {
    let jit = Jit::new(program())?;
    println!("sum(100) = {}", jit.call(SUM, 100));
    println!("fib(20) = {}", jit.call(FIB, 20));
    println!("round_trip(10^18) = {}", jit.call(ROUND_TRIP, 1_000_000_000_000_000_000));
    println!("slow paths taken: {}", jit.helper_calls.get());
    Ok(())
}
// ANCHOR_END: main

// ANCHOR: tests
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_runs() {
        main().unwrap();
    }
    use language::{reference, Function, Op};

    const INPUTS: [i64; 7] = [0, 1, 2, 10, 20, -5, 1_000_000_000_000_000_000];

    #[test]
    fn compiled_code_agrees_with_the_interpreter() {
        let jit = Jit::new(program()).unwrap();
        for f in [SUM, FIB, FIB_PLUS_SUM, ROUND_TRIP] {
            for x in INPUTS.into_iter().filter(|&x| f == ROUND_TRIP || x <= 20) {
                assert_eq!(jit.call(f, x), reference(&program(), f, x), "function {f}({x})");
            }
        }
        assert_eq!(jit.call(FIB, 20), 6765);
        assert_eq!(jit.call(ROUND_TRIP, 1_000_000_000_000_000_000), i64::MAX - 9_000_000_000_000_000_000);
    }

    #[test]
    fn only_overflow_takes_the_slow_path() {
        let jit = Jit::new(program()).unwrap();
        assert_eq!(jit.call(SUM, 100), 4950);
        assert_eq!(jit.call(ROUND_TRIP, 5), 5);
        assert_eq!(jit.helper_calls.get(), 0);
        // x + BIG overflows (the slow path stops it at i64::MAX); the
        // subtraction after it does not.
        assert_eq!(jit.call(ROUND_TRIP, 1_000_000_000_000_000_000), i64::MAX - 9_000_000_000_000_000_000);
        assert_eq!(jit.helper_calls.get(), 1);
        assert_eq!(jit.call(ROUND_TRIP, i64::MAX), i64::MAX - 9_000_000_000_000_000_000);
        assert_eq!(jit.helper_calls.get(), 2);
    }

    #[test]
    fn subtraction_stops_at_the_bottom() {
        // x - 9 * 10^18, which leaves the range below x = -223372036854775809.
        let minus_big = || {
            vec![Function {
                locals: 2,
                code: vec![Op::Const(9_000_000_000_000_000_000), Op::Store(1), Op::Load(0), Op::Sub(1), Op::Return],
            }]
        };
        let jit = Jit::new(minus_big()).unwrap();
        for x in [0, 7, -1_000_000_000_000_000_000, i64::MIN] {
            assert_eq!(jit.call(0, x), reference(&minus_big(), 0, x), "{x}");
        }
        assert_eq!(jit.call(0, i64::MIN), i64::MIN);
        assert_eq!(jit.helper_calls.get(), 3);
    }

    #[test]
    fn every_stencil_has_its_holes() {
        use stencils::{Hole::*, Stencil, Stencils};
        let kinds = |s: &Stencil| s.holes.iter().map(|&(kind, _)| kind).collect::<Vec<_>>();
        let s = Stencils::assemble();
        assert_eq!(kinds(&s.enter), [Frame]);
        assert_eq!(kinds(&s.exit), []);
        assert_eq!(kinds(&s.constant), [Value]);
        assert_eq!(kinds(&s.load), [Local]);
        assert_eq!(kinds(&s.store), [Local]);
        assert_eq!(kinds(&s.less), [Local]);
        assert_eq!(kinds(&s.jump), [Target]);
        assert_eq!(kinds(&s.jump_if_zero), [Target]);
        assert_eq!(kinds(&s.add), [Local, Local, Jit, Helper]);
        assert_eq!(kinds(&s.sub), [Local, Local, Jit, Helper]);
        assert_eq!(kinds(&s.call), [Func, Jit, Helper]);
    }

    #[test]
    fn bad_bytecode_is_refused() {
        let bad = Function { locals: 1, code: vec![Op::Load(1), Op::Return] };
        assert!(Jit::new(vec![bad]).is_err());
    }
}
// ANCHOR_END: tests

// The book's check that the page shows what main prints (not part of the
// step: the reader's crate does not need it).
#[cfg(test)]
#[path = "../../page_check.rs"]
mod page_check;

#[test]
fn the_page_shows_what_main_prints() {
    page_check::check("tutorial/src/build-along/ch10.md");
}
