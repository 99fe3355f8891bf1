//! The REPL driven through a real pseudo-terminal (rexpect): what a person
//! at a terminal sees. Each test starts `stitch` with a private HOME.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};

const TIMEOUT_MS: u64 = 10_000;

struct Repl {
    pty: PtySession,
    home: PathBuf,
}

fn private_home() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "stitch-repl-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Repl {
    fn start(args: &[&str]) -> Repl {
        let home = private_home();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_stitch"));
        cmd.args(args).env("HOME", &home).env("TERM", "xterm").env_remove("NO_COLOR");
        let options = Options::new().timeout_ms(Some(TIMEOUT_MS)).strip_ansi_escape_codes(true);
        let pty = spawn_with_options(cmd, options).expect("spawn stitch in a pty");
        let mut repl = Repl { pty, home };
        repl.expect(":help lists commands");
        repl
    }

    /// Types a line and presses Enter.
    fn line(&mut self, text: &str) {
        self.pty.send(text).unwrap();
        self.pty.send("\r").unwrap();
        self.pty.flush().unwrap();
    }

    /// Waits for `needle` in the output; returns what came before it.
    fn expect(&mut self, needle: &str) -> String {
        match self.pty.exp_string(needle) {
            Ok(before) => before,
            Err(e) => panic!("expected {:?} in the REPL's output: {}", needle, e),
        }
    }

    fn expect_regex(&mut self, re: &str) -> String {
        match self.pty.exp_regex(re) {
            Ok((_, matched)) => matched,
            Err(e) => panic!("expected /{}/ in the REPL's output: {}", re, e),
        }
    }

    /// Presses Ctrl-C. Callers first wait for something the running code
    /// printed (a `[jit]` trace line, or a number the entry computed before
    /// its loop), so the entry is known to be running: the terminal is in
    /// cooked mode and Ctrl-C is a SIGINT, not a key for the line editor.
    fn interrupt(&mut self) {
        self.pty.send_control('c').unwrap();
    }

    fn quit(mut self) -> PathBuf {
        self.line(":quit");
        self.pty.exp_eof().expect("stitch exits after :quit");
        self.home
    }
}

const FIB: [&str; 4] = ["function fib(n) {", "  if (n < 2) return n", "  return fib(n - 1) + fib(n - 2)", "}"];

/// Types fib over four lines: the first three get a continuation prompt.
fn define_fib(r: &mut Repl) {
    for line in &FIB[..3] {
        r.line(line);
        r.expect("... ");
    }
    r.line(FIB[3]);
    r.expect("undefined");
}

#[test]
fn multi_line_entry_and_node_like_echo() {
    let mut r = Repl::start(&[]);
    define_fib(&mut r);
    r.line("fib(20)");
    r.expect("6765");
    r.line("\"abc\"");
    r.expect("'abc'");
    r.line("let x = 40");
    r.expect("undefined");
    r.line("x + 2");
    r.expect("42");
    r.line("fib");
    r.expect("[Function: fib]");
    r.line("y");
    r.expect("Uncaught ReferenceError: y is not defined");
    r.line("x *");
    r.expect("... ");
    r.line("3");
    r.expect("120");
    let home = r.quit();
    let history = std::fs::read_to_string(home.join(".stitch_history")).expect("history file written");
    assert!(history.contains("let x = 40"), "history: {}", history);
    assert!(history.contains("return fib(n - 1) + fib(n - 2)"), "history: {}", history);
}

#[test]
fn asm_shows_a_call_site_before_and_after_it_is_patched() {
    let mut r = Repl::start(&[]);
    r.line(":set threshold 1");
    r.expect("threshold 1,");
    define_fib(&mut r);
    r.line(":trace on");
    r.expect("JIT trace is on.");
    // fib(1) compiles fib but makes no call: its call sites stay stubs.
    r.line("fib(1)");
    r.expect("[jit] compile fib");
    r.line(":asm fib");
    r.expect("== machine code for fib");
    r.expect("; call sites:");
    r.expect_regex(r"pc \d+: stub");
    // fib(10) calls fib from compiled code: the site patches itself.
    r.line("fib(10)");
    r.expect("[jit] patch fib@pc");
    r.expect("55");
    r.line(":asm fib");
    r.expect("== machine code for fib");
    r.expect("; call sites:");
    r.expect_regex(r"pc \d+: patched -> code of fib at 0x");
    // Definitions and compiled code persist: the next call runs compiled.
    r.line(":time fib(15)");
    r.expect("610");
    r.expect("tier: compiled code (1 entry");
    r.quit();
}

#[test]
fn set_jit_off_changes_the_tier() {
    let mut r = Repl::start(&[]);
    r.line("function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s }");
    r.expect("undefined");
    r.line(":time sum(20000)");
    r.expect("199990000");
    r.expect("tier: interpreter, then compiled code by OSR");
    r.line(":set jit off");
    r.expect("jit off,");
    r.line(":time sum(20000)");
    r.expect("199990000");
    r.expect_regex(r"tier: interpreter\r?\n");
    r.line(":set jit on");
    r.expect("jit on,");
    r.line(":time sum(20000)");
    r.expect("199990000");
    r.expect("tier: compiled code (1 entry");
    r.quit();
}

#[test]
fn ctrl_c_stops_an_infinite_loop_in_both_tiers_and_keeps_state() {
    let mut r = Repl::start(&[]);
    r.line("let kept = 4321");
    r.expect("undefined");
    r.line(":trace on");
    r.expect("JIT trace is on.");

    // Compiled: the loop tiers up by OSR, then Ctrl-C.
    r.line("while (true) {}");
    r.expect("[jit] osr");
    r.interrupt();
    r.expect("Script execution was interrupted in top-level code (compiled code)");
    r.expect("at REPL2:1:1");
    r.line("kept + 1");
    r.expect("4322");

    // A compiled function's loop.
    r.line("function spin() { while (true) {} }");
    r.expect("undefined");
    r.line("spin()");
    r.expect("[jit] osr spin");
    r.interrupt();
    r.expect("Script execution was interrupted in function spin (compiled code)");

    // Interpreted.
    r.line(":set jit off");
    r.expect("jit off,");
    r.line("kept = kept + 1");
    r.expect("4322");
    // The product is printed only once the entry runs (the typed line, echoed,
    // holds `6 * 7 * 1001`, not `42042`).
    r.line("console.log(6 * 7 * 1001); while (true) {}");
    r.expect("42042");
    r.interrupt();
    r.expect("Script execution was interrupted in top-level code (interpreter)");
    r.line("kept + 1");
    r.expect("4323");

    // Ctrl-C at the prompt clears the line; the session goes on. The line
    // editor draws the prompt once it has put the terminal in raw mode, and
    // the input queue keeps order, so Ctrl-C reaches it as a key after
    // `kept +`.
    r.expect("> ");
    r.pty.send("kept +").unwrap();
    r.pty.flush().unwrap();
    r.expect("kept +");
    r.pty.send_control('c').unwrap();
    r.expect("(To exit, press Ctrl-D or type :quit)");
    r.line("kept * 2");
    r.expect("8644");
    r.quit();
}

#[test]
fn ctrl_c_stops_deep_recursion_without_loops_in_both_tiers() {
    // No loop back edge ever runs: the check on function entry stops it.
    let mut r = Repl::start(&[]);
    r.line("function grow(n) { return n < 1 ? 0 : grow(n - 1) + grow(n - 1) + 1; }");
    r.expect("undefined");
    r.line(":trace on");
    r.expect("JIT trace is on.");
    r.line("grow(60)");
    r.expect("[jit] compile grow");
    r.interrupt();
    r.expect("Script execution was interrupted in function grow (compiled code)");
    r.line(":set jit off");
    r.expect("jit off,");
    r.line("console.log(6 * 7 * 1001); grow(60)");
    r.expect("42042");
    r.interrupt();
    r.expect("(interpreter)");
    r.line("grow(3)");
    r.expect("7");
    r.quit();
}

#[test]
fn reset_forgets_definitions_and_ctrl_d_exits() {
    let mut r = Repl::start(&["--jit=eager"]);
    r.line("let a = 5");
    r.expect("undefined");
    r.line("function g() { return a * 11 }");
    r.expect("undefined");
    r.line("g()");
    r.expect("55");
    r.line(":asm");
    r.expect_regex(r"g +\d+ bytes");
    r.line(":reset");
    r.expect("Session reset");
    r.line(":asm");
    r.expect("Nothing is compiled yet.");
    r.line("a");
    r.expect("Uncaught ReferenceError: a is not defined");
    r.line("let a = 6");
    r.expect("undefined");
    r.line(":set");
    r.expect("jit eager,");
    r.pty.send_control('d').unwrap();
    r.pty.exp_eof().expect("Ctrl-D exits");
}

#[test]
fn meta_commands_answer() {
    let mut r = Repl::start(&[]);
    r.line(":help");
    r.expect(":asm NAME");
    r.line(":stencils");
    r.expect_regex(r"\d+ stencils, \d+ hot \+ \d+ cold bytes");
    r.line(":stencils add");
    r.expect("== stencil add");
    r.expect("hole: SlotA");
    r.line("function sq(x) { return x * x }");
    r.expect("undefined");
    r.line(":bytecode sq");
    r.expect("== function sq");
    r.expect("Mul");
    r.line(":asm sq");
    r.expect("sq is not compiled yet: 0 calls so far");
    r.line(":stats");
    r.expect("jit functions compiled");
    r.line(":nope");
    r.expect("Unknown command :nope");
    let dir = private_home();
    let file = dir.join("lib.js");
    std::fs::write(&file, "function triple(x) { return 3 * x }\nconsole.log('loaded', triple(3))\n").unwrap();
    r.line(&format!(":load {}", file.display()));
    r.expect("loaded 9");
    r.line("triple(111)");
    r.expect("333");
    r.quit();
}

#[test]
fn piped_stdin_runs_lines_without_prompts() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stitch"))
        .env("HOME", private_home())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"console.log(1)\nfunction f(a) {\n  return a + 1\n}\nlet x = f(1)\nnope\nconsole.log(x)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n2\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("Uncaught ReferenceError: nope is not defined"), "stderr: {}", err);
    assert!(out.status.success());
}
