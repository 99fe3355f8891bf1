//! Build-along checkpoint for chapter 13: watching the JIT (a trace, counters, a listing).

// ANCHOR: main
mod jit;
mod jit_memory;
mod language;
mod programs;
mod stencils;
mod watch;

use jit::Jit;
use programs::*;

/// Calls before a function is compiled.
const HOT: u32 = 10;

fn main() -> std::io::Result<()> {
    let jit = Jit::new(program(), HOT)?;
    println!("sum(100) = {}", jit.call(SUM, 100));
    println!("fib(20) = {}", jit.call(FIB, 20));
    println!("round_trip(10^18) = {}", jit.call(ROUND_TRIP, 1_000_000_000_000_000_000));
    for n in 1..=HOT as i64 {
        jit.call(FIB_PLUS_SUM, n);
    }
    println!("== trace ==");
    for line in jit.trace() {
        println!("{line}");
    }
    println!("== stats ==\n{}", jit.stats);
    print!("{}", jit.listing(FIB_PLUS_SUM).expect("fib_plus_sum is hot"));
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
        let jit = Jit::new(program(), 1).unwrap();
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
        let jit = Jit::new(program(), 1).unwrap();
        assert_eq!(jit.call(SUM, 100), 4950);
        assert_eq!(jit.call(ROUND_TRIP, 5), 5);
        assert_eq!(jit.stats.helper_calls.get(), 0);
        // x + BIG overflows (the slow path stops it at i64::MAX); the
        // subtraction after it does not.
        assert_eq!(jit.call(ROUND_TRIP, 1_000_000_000_000_000_000), i64::MAX - 9_000_000_000_000_000_000);
        assert_eq!(jit.stats.helper_calls.get(), 1);
        assert_eq!(jit.call(ROUND_TRIP, i64::MAX), i64::MAX - 9_000_000_000_000_000_000);
        assert_eq!(jit.stats.helper_calls.get(), 2);
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
        let jit = Jit::new(minus_big(), 1).unwrap();
        for x in [0, 7, -1_000_000_000_000_000_000, i64::MIN] {
            assert_eq!(jit.call(0, x), reference(&minus_big(), 0, x), "{x}");
        }
        assert_eq!(jit.call(0, i64::MIN), i64::MIN);
        assert_eq!(jit.stats.helper_calls.get(), 3);
    }

    #[test]
    fn call_sites_patch_themselves() {
        let jit = Jit::new(program(), 1).unwrap();
        assert!(!jit.is_compiled(FIB));
        assert_eq!(jit.call(FIB, 15), 610);
        // fib has two call sites; each went through the stub once.
        assert_eq!(jit.stats.stub_calls.get(), 2);
        assert_eq!(jit.call(FIB, 20), 6765);
        assert_eq!(jit.stats.stub_calls.get(), 2);
        assert!(!jit.is_compiled(SUM));
        // fib_plus_sum's two sites: one to fib (compiled), one to sum (not yet).
        assert_eq!(jit.call(FIB_PLUS_SUM, 10), 55 + 45);
        assert_eq!(jit.stats.stub_calls.get(), 4);
        assert!(jit.is_compiled(SUM) && !jit.is_compiled(ROUND_TRIP));
        assert_eq!(jit.call(FIB_PLUS_SUM, 12), 144 + 66);
        assert_eq!(jit.stats.stub_calls.get(), 4);
    }

    #[test]
    fn every_threshold_computes_the_same() {
        for threshold in [0, 2, 10, 100, u32::MAX] {
            let jit = Jit::new(program(), threshold).unwrap();
            for f in [SUM, FIB, FIB_PLUS_SUM, ROUND_TRIP] {
                for x in INPUTS.into_iter().filter(|&x| f == ROUND_TRIP || x <= 15) {
                    assert_eq!(jit.call(f, x), reference(&program(), f, x), "threshold {threshold}: function {f}({x})");
                }
            }
            assert_eq!(jit.is_compiled(FIB), threshold <= 100);
        }
    }

    #[test]
    fn hot_functions_switch_to_compiled_code() {
        let jit = Jit::new(program(), 10).unwrap();
        for _ in 0..9 {
            assert_eq!(jit.call(SUM, 100), 4950);
        }
        assert!(!jit.is_compiled(SUM));
        assert_eq!(jit.stats.interpreted.get(), 9);
        assert_eq!(jit.call(SUM, 100), 4950);
        assert!(jit.is_compiled(SUM));
        assert_eq!(jit.stats.interpreted.get(), 9);
        // fib's own recursive calls make it hot part way through fib(15);
        // the interpreted calls already under way finish in the interpreter.
        assert_eq!(jit.call(FIB, 15), 610);
        assert!(jit.is_compiled(FIB));
        assert_eq!(jit.stats.interpreted.get(), 9 + 9);
    }

    #[test]
    fn a_function_too_big_for_the_memory_runs_in_the_interpreter() {
        // 120 000 stencils of 10 bytes do not fit in the JIT's 1 MiB.
        let huge = || {
            let mut code = vec![Op::Const(7); 120_000];
            code.push(Op::Return);
            Function { locals: 1, code }
        };
        let jit = Jit::new(vec![huge()], 1).unwrap();
        assert_eq!(jit.call(0, 0), 7);
        assert!(!jit.is_compiled(0));
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
        assert_eq!(kinds(&s.call), [Func, Target]);
        assert_eq!(kinds(&s.stub), [Jit, Helper]);
    }

    // ANCHOR: watch_tests
    #[test]
    fn the_trace_tells_each_compile_and_patch_in_order() {
        let jit = Jit::new(program(), 1).unwrap();
        assert_eq!(jit.call(FIB, 3), 2);
        let trace = jit.trace();
        assert_eq!(trace.len(), 3, "{trace:?}");
        // The stub is the first 26 bytes of the JIT's memory; fib comes next.
        assert!(trace[0].starts_with("compile function 1: 20 instructions -> "), "{}", trace[0]);
        assert!(trace[0].contains(" bytes at 0x1a, "), "{}", trace[0]);
        // fib(3) calls fib(2) from pc 11, which calls fib(1) (pc 11, patched
        // by then) and fib(0) from pc 17.
        assert!(trace[1].starts_with("patch function 1 pc 11: call site at 0x"), "{}", trace[1]);
        assert!(trace[2].starts_with("patch function 1 pc 17: call site at 0x"), "{}", trace[2]);
        assert!(trace[1..].iter().all(|line| line.ends_with(" -> function 1 at 0x1a")), "{trace:?}");
    }

    #[test]
    fn the_counters_add_up() {
        let jit = Jit::new(program(), 1).unwrap();
        assert_eq!(jit.call(FIB, 3), 2);
        let stats = &jit.stats;
        assert_eq!(stats.compiled.get(), 1);
        // The call from main, and the first call through each of the two sites.
        assert_eq!(stats.entries.get(), 3);
        assert_eq!((stats.stub_calls.get(), stats.patched.get()), (2, 2));
        assert_eq!((stats.helper_calls.get(), stats.interpreted.get()), (0, 0));
        let listing = jit.listing(FIB).unwrap();
        assert!(
            listing.starts_with(&format!("== function 1: 20 instructions, {} bytes at 0x1a, ", stats.code_bytes.get()))
        );
        // The listing names every hole the compiler filled, once.
        assert_eq!(listing.matches("; hole: ").count() as u64, stats.holes.get());
        let report = stats.to_string();
        assert!(
            report.contains("functions compiled      1\n") && report.contains("call sites patched      2\n"),
            "{report}"
        );
    }

    #[test]
    fn the_listing_shows_call_sites_before_and_after_their_patch() {
        let jit = Jit::new(program(), 1).unwrap();
        assert!(jit.listing(FIB).is_none());
        // fib(1) returns at once: fib is compiled, but no call site has run.
        assert_eq!(jit.call(FIB, 1), 1);
        let before = jit.listing(FIB).unwrap();
        for pc in 0..20 {
            assert!(before.contains(&format!("\n; pc {pc}: ")), "pc {pc} in\n{before}");
        }
        assert!(before.contains("; pc 11: Call(1)\n"), "{before}");
        assert_eq!(before.matches("call   0 ").count(), 2, "{before}");
        assert_eq!(before.matches("; hole: call site: stub").count(), 2, "{before}");
        assert!(before.contains("; hole: jump to pc 7"), "{before}");
        assert_eq!(jit.call(FIB, 5), 5);
        let after = jit.listing(FIB).unwrap();
        assert_eq!(after.matches("call   0x1a ").count(), 2, "{after}");
        assert_eq!(after.matches("; hole: call site: patched -> function 1").count(), 2, "{after}");
        // Only the two call sites changed.
        let differ = before.lines().zip(after.lines()).filter(|(b, a)| b != a).count();
        assert_eq!(differ, 2, "{before}\n{after}");
    }
    // ANCHOR_END: watch_tests

    #[test]
    fn bad_bytecode_is_refused() {
        let bad = Function { locals: 1, code: vec![Op::Load(1), Op::Return] };
        assert!(Jit::new(vec![bad], 1).is_err());
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
    page_check::check("tutorial/src/build-along/ch13.md");
}
