//! Build-along checkpoint for chapter 9: functions stitched from stencils.

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
    println!("helper calls: {}", jit.helper_calls.get());
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
    fn every_add_calls_a_helper() {
        let jit = Jit::new(program()).unwrap();
        assert_eq!(jit.call(SUM, 100), 4950);
        // Two additions per turn of the loop.
        assert_eq!(jit.helper_calls.get(), 200);
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
        assert_eq!(kinds(&s.arithmetic), [Local, Jit, Helper]);
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
    page_check::check("tutorial/src/build-along/ch09.md");
}
