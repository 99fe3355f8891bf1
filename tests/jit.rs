//! Tests of the JIT through the real `stitch` binary: call-site patching,
//! deoptimisation of a patched site, int32 overflow in compiled loops, stack
//! overflow in compiled recursion, W^X while compiled code runs,
//! `--print-asm`, and the ablation switches.

use std::process::{Command, Output, Stdio};
use std::time::Duration;

const STITCH: &str = env!("CARGO_BIN_EXE_stitch");

/// Runs `stitch <flags> -e <code>`.
fn run(flags: &[&str], code: &str) -> Output {
    Command::new(STITCH).args(flags).arg("-e").arg(code).output().expect("run stitch")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs and checks a clean exit with exactly `want` on stdout.
fn expect_output(flags: &[&str], code: &str, want: &str) -> Output {
    let o = run(flags, code);
    assert!(o.status.success(), "{:?} failed: {}\n{}", flags, o.status, stderr(&o));
    assert_eq!(stdout(&o), want, "{:?}\nstderr:\n{}", flags, stderr(&o));
    o
}

/// The number after `label` on the `--stats` line that starts with `line`.
fn stat(stats: &str, line: &str, label: &str) -> u64 {
    let l = stats.lines().find(|l| l.starts_with(line)).unwrap_or_else(|| panic!("no {:?} in\n{}", line, stats));
    let words: Vec<&str> = l.split_whitespace().collect();
    let at = words.iter().position(|w| *w == label).unwrap_or_else(|| panic!("no {:?} in {:?}", label, l));
    words[at - 1].parse().unwrap_or_else(|_| panic!("no number before {:?} in {:?}", label, l))
}

// ------------------------------------------------------------ call sites

const ADD_LOOP: &str = "
function add(a, b) { return a + b }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s = add(s, i); }
  return s;
}
console.log(run(1000));
";

#[test]
fn hot_call_site_is_patched_to_the_callee() {
    let o = expect_output(&["--trace-jit", "--jit-threshold=2"], ADD_LOOP, "499500\n");
    let err = stderr(&o);
    assert!(err.contains("[jit] compile run ("), "{}", err);
    assert!(err.contains("[jit] compile add ("), "{}", err);
    assert!(
        err.lines().any(|l| l.starts_with("[jit] patch run@pc") && l.contains("call site -> code of add at 0x")),
        "{}",
        err
    );
}

/// `new P(..)` of a plain (pre-class) function: the `new_call` site is
/// patched to P's construct entry (which makes `this` and applies `new`'s
/// result rule around a call of P's code), for a function returning
/// nothing, a primitive (ignored) and an object (taken); replacing
/// `P.prototype` later is seen by the next construction.
const PLAIN_NEW: &str = "
function P(x) { this.x = x; }
P.prototype.get = function () { return this.x; };
function Q(x) { this.x = x; return 7; }
function O(x) { this.x = x; return { y: x }; }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s += new P(i).get() + new Q(1).x + new O(2).y; }
  return s;
}
console.log(run(1000));
P.prototype = { get() { return -1; } };
console.log(run(3), new P(5) instanceof P, Object.getPrototypeOf(new Q(1)) === Q.prototype);
";

#[test]
fn plain_new_site_is_patched_to_a_construct_entry() {
    let o = expect_output(
        &["--trace-jit", "--jit-threshold=2"],
        PLAIN_NEW,
        "502500
6 true true
",
    );
    let err = stderr(&o);
    for f in ["P", "Q", "O"] {
        assert!(err.contains(&format!("[jit] construct entry for {} at 0x", f)), "{}", err);
        let patched = format!("new site -> construct entry of {} at 0x", f);
        assert!(err.lines().any(|l| l.starts_with("[jit] patch run@pc") && l.contains(&patched)), "{}", err);
    }
}

/// A site that calls a fresh closure every time stays patched: the guard
/// is on the callee's code, and each closure brings its own context.
const FRESH_CLOSURES: &str = "
function adder(k) { return (x) => x + k; }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) { const f = adder(i); s = f(s) % 1000003; }
  return s;
}
console.log(run(2000));
";

/// A call whose callee register held a `push` a few instructions earlier
/// but was then loaded with a global function is a plain call: inlined
/// as a push it failed the stencil's guard every time and could never be
/// patched (json.js's `skipSpace(p)` after `keys.push(parseString(p))`).
#[test]
fn reused_callee_register_is_not_taken_for_an_inline_builtin() {
    let code = "
function step(o) { o.n = o.n + 1; return o.n; }
function run(o, k) {
  for (let i = 0; i < 1000; i++) {
    k.push(step(o));
    step(o);
  }
  return o.n + k.length;
}
console.log(run({ n: 0 }, []));
";
    let o = expect_output(&["--trace-jit", "--stats", "--jit=eager"], code, "3000\n");
    let err = stderr(&o);
    let inlined: Vec<&str> = err.lines().filter(|l| l.starts_with("[jit] inline run@pc")).collect();
    assert_eq!(inlined.len(), 1, "only the push is inline:\n{}", err);
    assert!(inlined[0].contains("Array.prototype.push"), "{}", err);
    let patched = err.lines().filter(|l| l.starts_with("[jit] patch run@pc") && l.contains("code of step")).count();
    assert_eq!(patched, 2, "both calls of step are patched:\n{}", err);
}

#[test]
fn fresh_closures_keep_a_call_site_patched() {
    for flags in [&["--trace-jit", "--jit-threshold=2"][..], &["--trace-jit", "--jit=eager"]] {
        let o = expect_output(flags, FRESH_CLOSURES, "998997\n");
        let err = stderr(&o);
        assert!(
            err.lines().any(|l| l.starts_with("[jit] patch run@pc") && l.contains("-> code of (anonymous) at")),
            "{:?}:\n{}",
            flags,
            err
        );
        assert!(!err.lines().any(|l| l.starts_with("[jit] generic run@")), "{:?}:\n{}", flags, err);
    }
}

const REASSIGNED: &str = "
var f = g1;
function g1(x) { return x + 1 }
function g2(x) { return x * 2 }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s = s + f(i); }
  return s;
}
console.log(run(100));
f = g2;
console.log(run(100));
f = g1;
console.log(run(100));
console.log(run(3));
";

/// sum(i + 1), sum(2i), sum(i + 1) for i < 100, then sum(i + 1) for i < 3.
const REASSIGNED_OUT: &str = "5050\n9900\n5050\n6\n";

#[test]
fn patched_site_stays_correct_when_the_callee_global_changes() {
    for flags in [
        &["--trace-jit", "--jit-threshold=2"][..],
        &["--trace-jit", "--jit=eager"],
        &["--trace-jit", "--jit-threshold=50"],
    ] {
        let o = expect_output(flags, REASSIGNED, REASSIGNED_OUT);
        let err = stderr(&o);
        let patch = err.lines().position(|l| l.starts_with("[jit] patch run@pc") && l.contains("-> code of g1 at"));
        let generic = err.lines().position(|l| l.starts_with("[jit] generic run@pc") && l.contains("(g2)"));
        assert!(patch.is_some() && generic.is_some() && patch < generic, "{:?}:\n{}", flags, err);
        // Once generic, the site is never patched again (to g1 or g2).
        let again = err.lines().skip(generic.unwrap()).any(|l| l.starts_with("[jit] patch run@"));
        assert!(!again, "{:?}:\n{}", flags, err);
    }
}

#[test]
fn reassigned_callee_matches_node() {
    // node is the oracle when it is installed.
    let Ok(o) = Command::new("node").arg("-e").arg(REASSIGNED).output() else { return };
    assert_eq!(String::from_utf8_lossy(&o.stdout), REASSIGNED_OUT);
}

// ------------------------------------------------------------ int32 overflow

const OVERFLOW: &str = "
function grow(n) { let s = 2147483640; for (let i = 0; i < n; i++) { s = s + 1; } return s; }
function inc(n) { let s = 2147483640; for (let i = 0; i < n; i++) { s++; } return s; }
function shrink(n) { let s = -2147483640; for (let i = 0; i < n; i++) { s = s - 1; } return s; }
function sumBig(n) { let s = 0; for (let i = 0; i < n; i++) { s = s + 1000000000; } return s; }
function pow2(n) { let p = 1; for (let i = 0; i < n; i++) { p = p * 2; } return p; }
function negZero(n) { let z = 1; let m = -1; for (let i = 0; i < n; i++) { z = (i - i) * m; } return z; }
function negate(n) { let x = -2147483647; let r = 0; for (let i = 0; i < n; i++) { r = -(x - 1); } return r; }
function back(n) { let s = 2147483647; for (let i = 0; i < n; i++) { s = s + 1; s = s - 1; } return s; }
console.log(grow(20), inc(20), shrink(20), sumBig(5), pow2(40), negZero(10), negate(10), back(10));
console.log(pow2(31), -pow2(31) - 1, 46341 * 46341, negZero(3) === 0, 1 / negZero(3));
let t = 0;
for (let i = 0; i < 100000; i++) { t = t + i; }
console.log(t, t * t, -t * 0);
";

const OVERFLOW_OUT: &str = "\
2147483660 2147483660 -2147483660 5000000000 1099511627776 -0 2147483648 2147483647
2147483648 -2147483649 2147488281 true -Infinity
4999950000 24999500002500000000 -0
";

#[test]
fn int32_overflow_in_compiled_loops_gives_doubles() {
    for flags in [
        &["--jit=eager"][..],
        &["--jit-threshold=1"],
        &["--jit=eager", "--no-smi-fast-paths"],
        &["--jit=eager", "--no-double-fast-paths"],
        &["--jit=off"],
    ] {
        expect_output(flags, OVERFLOW, OVERFLOW_OUT);
    }
}

#[test]
fn int32_overflow_expectations_match_node() {
    let Ok(o) = Command::new("node").arg("-e").arg(OVERFLOW).output() else { return };
    assert_eq!(String::from_utf8_lossy(&o.stdout), OVERFLOW_OUT);
}

// ------------------------------------------------------------ stack overflow

#[test]
fn compiled_recursion_overflows_to_a_range_error() {
    let code = "function r(n) { return r(n + 1) + 1; }\nconsole.log('start');\nr(0);\n";
    for flags in [&["--jit=eager"][..], &[], &["--jit-threshold=5000"], &["--jit=off"]] {
        let o = run(flags, code);
        // An exit status, not a signal.
        assert_eq!(o.status.code(), Some(1), "{:?}: {}\n{}", flags, o.status, stderr(&o));
        assert_eq!(stdout(&o), "start\n", "{:?}", flags);
        assert!(stderr(&o).contains("RangeError: Maximum call stack size exceeded"), "{:?}: {}", flags, stderr(&o));
    }
}

#[test]
fn recursion_ten_thousand_deep_works_in_every_tier() {
    let code = "function d(n) { if (n == 0) return 0; return d(n - 1) + 1; }\nconsole.log(d(10000));\n";
    for flags in [&["--jit=off"][..], &[], &["--jit=eager"], &["--jit-threshold=1"], &["--jit-threshold=5000"]] {
        expect_output(flags, code, "10000\n");
    }
}

// ------------------------------------------------------------ W^X

/// One function with 3,000 call sites of three kinds: monomorphic (patched),
/// polymorphic (generic: every call takes the `call` helper, which finds its
/// site from the pc) and short of arguments (patched to a pad entry). The helper used
/// to scan the site list on every such call, which made a function of
/// 20,000 statements run several times slower compiled than interpreted.
/// Each site must end in its own state, and the output match the
/// interpreter's.
#[test]
fn each_of_thousands_of_call_sites_keeps_its_own_state() {
    let mut body = String::new();
    for k in 0..1000 {
        body.push_str(&format!("  x = g(x, {k}); x = (i % 2 ? g : h)(x, 1); x = g(x);\n"));
    }
    let code = format!(
        "function g(a, b) {{ return (a + (b === undefined ? 7 : b)) % 10007 }}\n\
         function h(a, b) {{ return (a * 3 + b) % 10007 }}\n\
         function f(i) {{\n  let x = i;\n{body}  return x;\n}}\n\
         let s = 0;\nfor (let i = 0; i < 6; i++) {{ s = (s + f(i)) % 1000003; }}\nconsole.log(s);\n"
    );
    let interpreted = run(&["--jit=off"], &code);
    assert!(interpreted.status.success(), "{}", stderr(&interpreted));
    let o = expect_output(&["--stats", "--jit-threshold=2"], &code, &stdout(&interpreted));
    let stats = stderr(&o);
    // Patches: the 1,000 monomorphic sites, the 1,000 polymorphic ones
    // (before their second callee), the 1,000 calls short of an argument
    // (through one pad entry of `g`), and the script's call of `f`.
    assert_eq!(stat(&stats, "call sites", "patched,"), 3001, "{}", stats);
    assert_eq!(stat(&stats, "call sites", "generic"), 1000, "{}", stats);
}

#[test]
fn no_mapping_is_writable_and_executable_while_compiled_code_runs() {
    // A top-level loop that tiers up by OSR and runs for a long while.
    let code = "let s = 0; for (let i = 0; i < 2000000000; i++) { s = (s + i) | 0; } console.log(s);";
    let mut child = Command::new(STITCH)
        .args(["--jit-threshold=10", "-e", code])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn stitch");
    let path = format!("/proc/{}/maps", child.id());
    let mut checked = false;
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(100));
        let Ok(maps) = std::fs::read_to_string(&path) else { continue };
        let wx: Vec<&str> = maps
            .lines()
            .filter(|l| l.split_whitespace().nth(1).is_some_and(|p| p.contains('w') && p.contains('x')))
            .collect();
        assert!(wx.is_empty(), "writable and executable: {:?}", wx);
        // Executable memory besides the binary and the libraries: the code
        // arena (shared anonymous memory, named /dev/zero by the kernel).
        let jit = maps.lines().any(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            f.get(1).is_some_and(|p| p.contains('x'))
                && (f.len() < 6 || f[5].starts_with("/dev/zero"))
                && !f.get(5).is_some_and(|n| n.starts_with('['))
        });
        if jit {
            checked = true;
            break;
        }
    }
    let still_running = child.try_wait().expect("try_wait").is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(still_running, "the loop finished before the check");
    assert!(checked, "no executable JIT mapping found in {}", path);
}

// ------------------------------------------------------------ --print-asm

#[test]
fn print_asm_labels_stencils_holes_and_call_sites() {
    let code = "
function add(a, b) { return a + b }
function never(x) { return x }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = add(s, i);
    if (i < 0) { s = never(s); }
  }
  return s;
}
console.log(run(1000));
";
    let o = expect_output(&["--print-asm", "--jit-threshold=2"], code, "499500\n");
    let asm = stderr(&o);
    for want in [
        "== machine code for run (",
        "== machine code for add (",
        "; ---- prologue [prologue]",
        "[add] (falls through)",
        "Call r1 r3 argc=2 [call]",
        "; cold pc ",
        "hole: slot r",
        "hole: helper call",
        "hole: helper exec_cond",
        "hole: frame base +",
        "hole: call guard (patched -> code of add at 0x",
        "hole: call target (patched -> code of add at 0x",
        "hole: call guard (stub)",
        "hole: exception exit",
        "; call sites:",
        "stub",
    ] {
        assert!(asm.contains(want), "missing {:?} in\n{}", want, asm);
    }
    // The disassembly is real machine code: the hot Smi add is `add`/`jo`.
    assert!(asm.lines().any(|l| l.contains(" jo ")), "{}", asm);
}

// ------------------------------------------------------------ ablations

const ABLATION: &str = "
function add(a, b) { return a + b }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s = add(s, i * 2) - i; }
  return s;
}
console.log(run(3000), run(10));
";

#[test]
fn ablation_switches_keep_output_and_show_in_stats() {
    let out = "4498500 45\n";
    let base = expect_output(&["--stats"], ABLATION, out);
    let base = stderr(&base);
    assert!(stat(&base, "call sites", "patched,") >= 1, "{}", base);
    assert!(stat(&base, "jit entries", "OSR") >= 1, "{}", base);
    assert!(!base.lines().any(|l| l.starts_with("slow-path hits") && l.contains("Add ")), "{}", base);

    let o = expect_output(&["--stats", "--no-call-patching"], ABLATION, out);
    let s = stderr(&o);
    assert_eq!(stat(&s, "call sites", "patched,"), 0, "{}", s);

    let o = expect_output(&["--stats", "--no-fall-through"], ABLATION, out);
    let s = stderr(&o);
    let elided = s.lines().find(|l| l.starts_with("jit jumps elided")).unwrap();
    assert_eq!(elided.split_whitespace().last(), Some("0"), "{}", s);
    let with = base.lines().find(|l| l.starts_with("jit jumps elided")).unwrap();
    assert_ne!(with.split_whitespace().last(), Some("0"), "{}", base);

    let o = expect_output(&["--stats", "--no-osr"], ABLATION, out);
    let s = stderr(&o);
    assert_eq!(stat(&s, "jit entries", "OSR"), 0, "{}", s);

    let o = expect_output(&["--stats", "--no-smi-fast-paths"], ABLATION, out);
    let s = stderr(&o);
    let hits = s.lines().find(|l| l.starts_with("slow-path hits")).unwrap();
    assert!(hits.contains("Add ") && hits.contains("Sub ") && hits.contains("Mul "), "{}", s);

    // All at once, and in eager mode.
    expect_output(
        &["--jit=eager", "--no-smi-fast-paths", "--no-call-patching", "--no-fall-through", "--no-osr"],
        ABLATION,
        out,
    );
}

// ------------------------------------------------------------ property sites

/// `getX`'s one property site sees one shape 1500 times, then two more.
const IC_SITES: &str = "
function getX(o) { return o.x }
function setY(o, v) { o.y = v }
function run(objs, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const o = objs[i % objs.length];
    setY(o, i);
    s = s + getX(o) + o.y;
  }
  return s;
}
const a = { x: 1, y: 0 };
console.log(run([a], 1500), run([a, { z: 0, x: 2, y: 0 }, { x: 3, w: 0, y: 0 }], 1500));
";
const IC_OUT: &str = "1125750 1127250\n";

/// The (first) `[jit]` trace line that starts with `prefix` and contains `part`.
fn trace_line<'a>(err: &'a str, prefix: &str, part: &str) -> Option<&'a str> {
    err.lines().find(|l| l.starts_with(prefix) && l.contains(part))
}

#[test]
fn property_sites_are_patched_then_made_generic() {
    // Compiled at its first call: the site starts as a stub, the helper
    // patches it on its first miss; another shape gives the read a case in
    // its chain (the patched guard is case 1) and makes the store generic.
    let o = expect_output(&["--trace-jit", "--stats", "--jit-threshold=1"], IC_SITES, IC_OUT);
    let err = stderr(&o);
    let patch = trace_line(&err, "[jit] patch getX@pc", ": get .x shape#").unwrap_or_else(|| panic!("{}", err));
    assert!(patch.ends_with(" -> slot 0"), "{}", patch);
    assert!(trace_line(&err, "[jit] patch setY@pc", ": set .y shape#").is_some(), "{}", err);
    let case = trace_line(&err, "[jit] patch getX@pc", "(case 2)").unwrap_or_else(|| panic!("{}", err));
    assert!(case.contains("-> slot 1 (case 2)"), "{}", case);
    assert!(trace_line(&err, "[jit] patch getX@pc", "(case 3)").is_some(), "{}", err);
    assert!(trace_line(&err, "[jit] generic getX@pc", "").is_none(), "{}", err);
    assert!(trace_line(&err, "[jit] generic setY@pc", ": set .y saw shape#").is_some(), "{}", err);
    assert!(stat(&err, "property sites", "patched,") >= 2, "{}", err);
    assert!(stat(&err, "property sites", "generic") >= 1, "{}", err);
    assert!(stat(&err, "polymorphic cases", "(patched") >= 2, "{}", err);
    // (No helper hits: the read is served by its chain of cases, the store
    // by its cold part's scan of the cache, which the helper's counters do
    // not see.)
    assert!(stat(&err, "inline caches", "misses") > 0, "{}", err);
    let hits = err.lines().find(|l| l.starts_with("slow-path hits")).unwrap_or("");
    let count = |op: &str| {
        hits.split(", ")
            .find_map(|p| p.trim_start_matches("slow-path hits").trim().strip_prefix(op))
            .map_or(0, |n| n.trim().parse::<u64>().unwrap_or(u64::MAX))
    };
    assert!(count("GetNamed ") < 10 && count("SetNamed ") < 10, "{}", err);

    // Compiled after 1000 interpreted calls: the interpreter's cache is
    // monomorphic by then, so the site is compiled patched.
    let o = expect_output(&["--trace-jit"], IC_SITES, IC_OUT);
    let err = stderr(&o);
    let patch = trace_line(&err, "[jit] patch getX@pc", ": get .x shape#").unwrap_or_else(|| panic!("{}", err));
    assert!(patch.ends_with(" -> slot 0 (at compile)"), "{}", patch);
    assert!(trace_line(&err, "[jit] patch getX@pc", "(case 2)").is_some(), "{}", err);
    assert!(!err.contains("[jit] cases full"), "{}", err);

    // Without inline caches nothing is patched, and the answers stay.
    let o = expect_output(&["--trace-jit", "--stats", "--no-inline-caches"], IC_SITES, IC_OUT);
    let err = stderr(&o);
    assert!(!err.contains("get .x shape#"), "{}", err);
    assert_eq!(stat(&err, "property sites", "patched,"), 0, "{}", err);
    assert_eq!(stat(&err, "inline caches", "hits,"), 0, "{}", err);
    let hits = err.lines().find(|l| l.starts_with("slow-path hits")).unwrap();
    assert!(hits.contains("GetNamed ") && hits.contains("SetNamed ") && hits.contains("GetIndex "), "{}", err);
}

#[test]
fn print_asm_names_property_site_holes() {
    let code = "
function getX(o) { return o.x }
function run(o, n) { let s = 0; for (let i = 0; i < n; i++) { s = s + getX(o); } return s; }
console.log(run({ x: 2 }, 1500));
";
    let o = expect_output(&["--print-asm"], code, "3000\n");
    let asm = stderr(&o);
    for want in [
        "[get_named]",
        "hole: shape guard (get .x: patched, shape#",
        "hole: slot offset (get .x: slot 0)",
        "hole: helper get_named",
        // The cold parts' scans: the site's cache entries, its getter cache.
        "hole: cache entries (get .x",
        "hole: getter cache (get .x",
        "; property sites:",
    ] {
        assert!(asm.contains(want), "missing {:?} in\n{}", want, asm);
    }
}

// ------------------------------------------------------------ doubles

/// Double arithmetic and comparisons in a compiled loop: every result a
/// fresh heap double (or, for `q`, a double that is integral: a Smi).
const DOUBLES: &str = "
function f(n) {
  let x = 0.5, s = 0, q = 0;
  for (let i = 0; i < n; i++) {
    x = x * 1.25 - 0.125;
    if (x > 1e6) x = x / 1e6;
    q = q + 0.5 * 2;
    if (x < 0.25 || x >= 1e7) s++;
  }
  return [Math.floor(x * 1000), s, q];
}
console.log(f(100000).join(' '));
";

/// The number after `op` on the `slow-path hits` line (0 if absent).
fn slow_hits(stats: &str, op: &str) -> u64 {
    let l = stats.lines().find(|l| l.starts_with("slow-path hits")).unwrap_or("");
    let words: Vec<&str> = l.split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    words.iter().position(|w| *w == op).map_or(0, |at| words[at + 1].parse().unwrap_or(0))
}

#[test]
fn double_paths_run_inline_and_can_be_switched_off() {
    let Ok(node) = Command::new("node").arg("-e").arg(DOUBLES).output() else { return };
    let want = String::from_utf8_lossy(&node.stdout).into_owned();
    for flags in [&["--jit=off"][..], &["--jit=eager", "--gc-stress"]] {
        expect_output(flags, DOUBLES, &want);
    }
    // With the double paths, only a full LAB (about one allocation in a
    // thousand) sends an operation to its helper; comparisons never go.
    let o = expect_output(&["--jit=eager", "--stats"], DOUBLES, &want);
    let s = stderr(&o);
    assert!(slow_hits(&s, "Mul") < 2000, "{}", s);
    assert_eq!(slow_hits(&s, "JumpIfNotGt") + slow_hits(&s, "JumpIfNotLt") + slow_hits(&s, "JumpIfNotGe"), 0, "{}", s);
    // Without them, every double operation takes the helper.
    let o = expect_output(&["--jit=eager", "--stats", "--no-double-fast-paths"], DOUBLES, &want);
    let s = stderr(&o);
    assert!(slow_hits(&s, "Mul") >= 200_000, "{}", s);
    assert!(slow_hits(&s, "JumpIfNotGt") >= 100_000, "{}", s);
}

// ------------------------------------------------------------ --perf-map

/// The lines of `/tmp/perf-<pid>.map` as (start, size, name); the file is
/// removed once read.
fn read_perf_map(pid: u32) -> Vec<(usize, usize, String)> {
    let path = format!("/tmp/perf-{}.map", pid);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {}", path, e));
    let _ = std::fs::remove_file(&path);
    text.lines()
        .map(|l| {
            let mut f = l.splitn(3, ' ');
            let mut hex = || usize::from_str_radix(f.next().unwrap_or(""), 16).unwrap_or_else(|_| panic!("{:?}", l));
            let (start, size) = (hex(), hex());
            (start, size, f.next().unwrap_or_else(|| panic!("no name in {:?}", l)).to_string())
        })
        .collect()
}

const PERF_MAP_PROGRAM: &str = "function add(a, b) { return a + b }
const twice = (x) => add(x, x);
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s = twice(s + i) % 1000003; }
  return s;
}
console.log(run(1000));
";

#[test]
fn perf_map_names_every_compiled_function_with_its_size() {
    let child = Command::new(STITCH)
        .args(["--perf-map", "--trace-jit", "--jit-threshold=2", "-e", PERF_MAP_PROGRAM])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn stitch");
    let pid = child.id();
    let o = child.wait_with_output().expect("wait for stitch");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "19287\n");
    let map = read_perf_map(pid);
    // What --trace-jit says was compiled: `[jit] compile NAME (N bytecodes -> B bytes, ...`.
    let compiled: Vec<(String, usize)> = stderr(&o)
        .lines()
        .filter_map(|l| l.strip_prefix("[jit] compile "))
        .map(|l| {
            let (name, rest) = l.split_once(" (").expect("a compile line");
            let bytes = rest.split(" -> ").nth(1).and_then(|b| b.split(' ').next()).expect("a size");
            (name.to_string(), bytes.parse().expect("a byte count"))
        })
        .collect();
    assert_eq!(compiled.len(), 3, "{}", stderr(&o));
    for (name, line) in [("add", 1), ("twice", 2), ("run", 3)] {
        let want = format!("js:{} [eval]:{}", name, line);
        let lines: Vec<_> = map.iter().filter(|(_, _, n)| *n == want).collect();
        assert_eq!(lines.len(), 1, "{:?} in {:?}", want, map);
        let size = compiled.iter().find(|(n, _)| n == name).map(|c| c.1);
        assert_eq!(Some(lines[0].1), size, "{:?}: map says {:#x} bytes, trace says {:?}", name, lines[0].1, size);
    }
    // The trampolines are there too, and no two regions overlap.
    for t in ["stitch:enter (", "stitch:enter_osr ("] {
        assert!(map.iter().any(|(_, _, n)| n.starts_with(t)), "no {:?} in {:?}", t, map);
    }
    let mut spans: Vec<(usize, usize)> = map.iter().map(|&(s, n, _)| (s, s + n)).collect();
    spans.sort();
    assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "overlapping regions: {:?}", map);
}

#[test]
fn perf_map_regions_lie_in_the_executable_code_arena() {
    // Compiles `f`, then loops long enough to read /proc/PID/maps while
    // the arena is mapped.
    let code = "function f(x) { return x + 1 }
let s = 0;
for (let i = 0; i < 2000000000; i++) { s = f(s) | 0; }
console.log(s);";
    let mut child = Command::new(STITCH)
        .args(["--perf-map", "--jit-threshold=10", "-e", code])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn stitch");
    let pid = child.id();
    let map_path = format!("/tmp/perf-{}.map", pid);
    let mut arena = Vec::new();
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(100));
        let listed = std::fs::read_to_string(&map_path).unwrap_or_default();
        if !listed.contains("js:f [eval]:1") || !listed.contains("js:<script> [eval]:1") {
            continue;
        }
        let Ok(maps) = std::fs::read_to_string(format!("/proc/{}/maps", pid)) else { continue };
        // The execute views of the arena: shared, read+execute.
        arena = maps
            .lines()
            .filter(|l| l.split_whitespace().nth(1) == Some("r-xs"))
            .map(|l| {
                let range = l.split_whitespace().next().unwrap_or("");
                let (lo, hi) = range.split_once('-').expect("a range");
                (usize::from_str_radix(lo, 16).expect("hex"), usize::from_str_radix(hi, 16).expect("hex"))
            })
            .collect();
        break;
    }
    let _ = child.kill();
    let _ = child.wait();
    let map = read_perf_map(pid);
    assert!(!arena.is_empty(), "no r-xs mapping seen, or the map never listed f: {:?}", map);
    for name in ["js:f [eval]:1", "js:<script> [eval]:1"] {
        assert!(map.iter().any(|(_, _, n)| n == name), "no {:?} in {:?}", name, map);
    }
    for (start, size, name) in &map {
        assert!(*size > 0, "{:?} has no bytes", name);
        let inside = arena.iter().any(|&(lo, hi)| lo <= *start && start + size <= hi);
        assert!(inside, "{:?} at {:#x}+{:#x} is outside the code arena {:x?}", name, start, size, arena);
    }
}

#[test]
fn repl_perf_map_toggle_lists_code_compiled_before_it() {
    use std::io::Write as _;
    let mut child = Command::new(STITCH)
        .args(["--jit-threshold=10"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn stitch");
    let pid = child.id();
    let lines = "function f(x) { return x + 1 }\nlet s = 0; for (let i = 0; i < 100; i++) s = f(s);\n\
                 :perf-map on\nfunction g(x) { return x * 2 }\nfor (let i = 0; i < 100; i++) s = g(s) % 1000;\n\
                 :perf-map off\nconsole.log(s)\n";
    child.stdin.take().expect("stdin").write_all(lines.as_bytes()).expect("write");
    let o = child.wait_with_output().expect("wait for stitch");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(&format!("perf map is on: /tmp/perf-{}.map", pid)), "{}", stdout(&o));
    assert!(stdout(&o).contains("perf map is off."), "{}", stdout(&o));
    let names: Vec<String> = read_perf_map(pid).into_iter().map(|(_, _, n)| n).collect();
    // f was compiled before the map was on, g after: both are listed, once.
    for want in ["js:f REPL1:1", "js:g REPL3:1"] {
        assert_eq!(names.iter().filter(|n| *n == want).count(), 1, "{:?} in {:?}", want, names);
    }
    assert!(names.iter().any(|n| n.starts_with("stitch:enter (")), "{:?}", names);
}

#[test]
fn getter_sites_call_compiled_getters_directly() {
    // A getter on a prototype, read at a site that sees two shapes: once
    // the getter is compiled, the helper adds it to the site's getter
    // cache, and the cold part calls it from then on.
    let code = "
class B { constructor(v) { this.v = v; } get dbl() { return this.v * 2; } }
class C extends B { }
function sum(xs) { let s = 0; for (let i = 0; i < 3000; i++) s += xs[i % 2].dbl; return s; }
console.log(sum([new B(1), new C(2)]));
";
    let o = expect_output(&["--trace-jit", "--stats"], code, "9000\n");
    let err = stderr(&o);
    assert!(trace_line(&err, "[jit] getter sum@pc", ": get .dbl -> code of get dbl").is_some(), "{}", err);
    assert!(err.contains("getter calls            1 direct"), "{}", err);
    let hits = err.lines().find(|l| l.starts_with("slow-path hits")).unwrap_or("");
    let get = hits.split(", ").find_map(|p| p.split("GetNamed ").nth(1)).map_or(0, |n| n.parse::<u64>().unwrap_or(0));
    assert!(get < 1500, "the getter stayed in the helper: {}", err);
    // Without call patching the getter stays in the helper.
    let o = expect_output(&["--trace-jit", "--no-call-patching"], code, "9000\n");
    assert!(!stderr(&o).contains("[jit] getter"), "{}", stderr(&o));
}

// ------------------------------------------------------------ allocation

/// `{}` and class instances in a hot loop, `new` and `super(...)` of
/// class constructors.
const ALLOC: &str = "
class P { constructor(x) { this.x = x; } }
class Q extends P { constructor(x) { super(x); this.y = 1; } }
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const o = { a: i, b: 2 };
    const q = new Q(i);
    s += o.a + o.b + q.x + q.y;
  }
  return s;
}
console.log(run(5000));
";

#[test]
fn inline_allocation_and_direct_construct_calls() {
    let out = "25010000\n";
    let o = expect_output(&["--stats"], ALLOC, out);
    let s = stderr(&o);
    // Every object but the first few (interpreted, a LAB refill) is made
    // inline, and `new`/`super(...)` no longer enter compiled code from Rust.
    // (The loop runs interpreted until OSR: its class instances are made
    // by the helper then.)
    assert!(stat(&s, "inline allocation", "objects") >= 8500, "{}", s);
    assert!(stat(&s, "jit entries", "calls,") < 100, "{}", s);
    for op in ["New", "SuperCall"] {
        assert!(slow_hits(&s, op) < 10, "{}", s);
    }
    // The allocating stencils leave for the helper only when the LAB is
    // used up (one refill in ~64 objects), whichever of `{}` or `this`
    // happens to meet the end: how many built-ins came first decides.
    assert!(slow_hits(&s, "NewObject") + slow_hits(&s, "AllocThis") < 100, "{}", s);

    // The ablation: the helpers make every object, `new` goes through
    // `[[Construct]]` (and enters compiled code from Rust each time).
    let o = expect_output(&["--stats", "--no-inline-alloc"], ALLOC, out);
    let s = stderr(&o);
    assert!(stat(&s, "jit entries", "calls,") >= 7000, "{}", s);
    let hits = s.lines().find(|l| l.starts_with("slow-path hits")).unwrap();
    assert!(hits.contains("NewObject ") && hits.contains("AllocThis ") && hits.contains("New "), "{}", s);

    // --print-asm names the new stencils and their holes.
    let o = expect_output(&["--print-asm", "--jit=eager"], ALLOC, out);
    let asm = stdout_and_err(&o);
    for want in ["new_object", "alloc_this", "new_call", "super_call", "template cell of {}", "helper construct"] {
        assert!(asm.contains(want), "no {:?} in --print-asm", want);
    }
    assert!(asm.contains("(new.target, shape) pairs of the alloc_this site"), "{}", asm);

    // Every tier and the stress collector agree.
    for flags in [&["--jit=off"][..], &["--jit-threshold=1"], &["--jit-threshold=2", "--gc-stress"]] {
        expect_output(flags, ALLOC, out);
    }
}

/// Object literals of five properties (a wide cell: every property in it)
/// and `[]` in a hot loop.
const WIDE: &str = "
function token(i) {
  const items = [];
  items.push(i);
  return { type: i % 7, num: i, str: null, items: items, keys: [] };
}
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = token(i);
    t.extra = 1;
    s += t.type + t.num + t.items[0] + t.keys.length + t.extra;
  }
  return s;
}
console.log(run(5000));
";

#[test]
fn wide_literals_and_empty_arrays_inline() {
    let out = "25014995\n";
    let o = expect_output(&["--stats"], WIDE, out);
    let s = stderr(&o);
    // The fifth and sixth properties are stored in the cell (cached
    // adds), and `{...}` with five properties and `[]` are bumped inline
    // (all but a few, which refill the LAB through the helper).
    for op in ["NewObject", "NewArray", "SetNamed"] {
        assert!(slow_hits(&s, op) < 100, "{}", s);
    }
    assert!(stat(&s, "inline allocation", "objects") >= 14000, "{}", s);

    // The ablation: the helpers allocate, but literals are still sized.
    let o = expect_output(&["--stats", "--no-inline-alloc"], WIDE, out);
    let s = stderr(&o);
    assert!(slow_hits(&s, "NewObject") >= 4000 && slow_hits(&s, "NewArray") >= 8000, "{}", s);
    assert!(slow_hits(&s, "SetNamed") < 10, "{}", s);

    let o = expect_output(&["--print-asm", "--jit=eager"], WIDE, out);
    let asm = stdout_and_err(&o);
    for want in ["new_object_wide", "new_array", "template cell of a wide object literal", "template cell of []"] {
        assert!(asm.contains(want), "no {:?} in --print-asm", want);
    }
    for flags in [&["--jit=off"][..], &["--jit-threshold=1"], &["--jit-threshold=2", "--gc-stress"]] {
        expect_output(flags, WIDE, out);
    }
}

fn stdout_and_err(o: &Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

/// ES5-style code: a sloppy method reads `this` on every `this.x`, and a
/// top-level loop declares a `var` in its body. Neither may leave compiled
/// code for an object receiver or a plain global; a primitive receiver is
/// boxed by the helper.
const ES5_THIS: &str = "
function P(x) { this.x = x; }
P.prototype.get = function () { return this.x + this.x; };
String.prototype.twice = function () { return typeof this + (this + this); };
var s = 0;
for (var i = 0; i < 20000; i++) { var p = new P(i & 7); s += p.get(); }
console.log(s, 'ab'.twice());
";

#[test]
fn sloppy_this_and_top_level_vars_stay_compiled() {
    let Ok(node) = Command::new("node").arg("-e").arg(ES5_THIS).output() else { return };
    let want = String::from_utf8_lossy(&node.stdout).into_owned();
    expect_output(&["--jit=off"], ES5_THIS, &want);
    let o = expect_output(&["--jit=eager", "--stats"], ES5_THIS, &want);
    let s = stderr(&o);
    assert_eq!(slow_hits(&s, "InitGlobal"), 0, "{}", s);
    // The string receiver's three reads box it; no object receiver does.
    assert!(slow_hits(&s, "LoadThis") <= 3, "{}", s);
}
