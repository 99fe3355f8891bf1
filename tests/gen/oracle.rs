//! Running a program under node and under stitch's flag sets, and saying
//! how two runs differ. A run's outcome is its stdout, its exit status and
//! the message and position of its uncaught error (`TypeError: x is not a
//! function at 12:5`): node prints them after the source line, stitch after
//! `Uncaught `.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

#[path = "../common/process.rs"]
mod process;
use process::run;

/// The stitch flag sets every program runs under. The ablations use a low
/// threshold so that most of the program runs compiled with the technique
/// switched off.
pub const FLAG_SETS: &[(&str, &[&str])] = &[
    ("default", &[]),
    ("jit-off", &["--jit=off"]),
    ("jit-eager", &["--jit=eager"]),
    ("threshold-1", &["--jit-threshold=1"]),
    ("gc-stress", &["--gc-stress", "--jit-threshold=2"]),
    ("no-smi-fast-paths", &["--no-smi-fast-paths", "--jit-threshold=5"]),
    ("no-call-patching", &["--no-call-patching", "--jit-threshold=5"]),
    ("no-fall-through", &["--no-fall-through", "--jit-threshold=5"]),
    ("no-osr", &["--no-osr"]),
    ("no-inline-caches", &["--no-inline-caches", "--jit-threshold=5"]),
    ("no-double-fast-paths", &["--no-double-fast-paths", "--jit-threshold=5"]),
    ("no-generational", &["--no-generational", "--jit-threshold=5"]),
    ("no-inline-alloc", &["--no-inline-alloc", "--jit-threshold=5"]),
    ("no-reuse-doubles", &["--no-reuse-doubles", "--jit-threshold=5"]),
    ("no-const-operands", &["--no-const-operands", "--jit-threshold=5"]),
];

/// Programs printing more than this are skipped.
pub const MAX_OUTPUT: usize = 4 << 20;

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub stdout: String,
    pub code: Option<i32>,
    /// `Name: message at LINE:COL` of the uncaught error, if the run ended with one.
    pub error: Option<String>,
    /// Anything else wrong: a timeout, a crash, a stray stderr line.
    pub trouble: Option<String>,
}

/// `Name: message at LINE:COL`: the first stderr line that holds an error,
/// and the position in the first `at` line after it (node: `at f
/// (file:3:9)`, stitch: `at file:3:9`). A stack overflow has no position
/// (node's innermost frame may be inside its console).
fn error_line(stderr: &str) -> Option<String> {
    let lines: Vec<&str> = stderr.lines().map(|l| l.trim().trim_start_matches("Uncaught ")).collect();
    let at = lines.iter().position(|l| {
        l.split_once(": ")
            .is_some_and(|(name, _)| name.ends_with("Error") && name.chars().all(|c| c.is_ascii_alphabetic()))
    })?;
    let message = lines[at];
    if message.contains("Maximum call stack size exceeded") {
        return Some(message.to_string());
    }
    // The first frame with a source position: an error raised inside a
    // built-in (node: `at Array.join (<anonymous>)`) is placed where the
    // program called it, which is where stitch reports it.
    let position = lines[at + 1..].iter().filter(|l| l.starts_with("at ")).find_map(|l| {
        let mut parts = l.trim_end_matches(')').rsplit(':');
        let (col, line) = (parts.next()?, parts.next()?);
        (col.parse::<u32>().is_ok() && line.parse::<u32>().is_ok()).then(|| format!("{}:{}", line, col))
    });
    Some(format!("{} at {}", message, position.unwrap_or_else(|| "?".into())))
}

fn outcome(result: Result<(Option<i32>, String, String), String>, who: &str) -> Outcome {
    match result {
        Err(e) => Outcome { stdout: String::new(), code: None, error: None, trouble: Some(e) },
        Ok((code, stdout, stderr)) => {
            let error = error_line(&stderr);
            let trouble = match (code, &error) {
                (Some(0), None) if stderr.is_empty() => None,
                (Some(1), Some(_)) => None,
                _ => Some(format!("{} exited with {:?}; stderr:\n{}", who, code, tail(&stderr))),
            };
            Outcome { stdout, code, error, trouble }
        }
    }
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(12)..].join("\n")
}

pub fn run_node(file: &Path, timeout: Duration) -> Outcome {
    let out = file.with_extension("node-stdout");
    outcome(run(Command::new("node").arg(file), timeout, Some(&out)), "node")
}

/// Address space for one stitch run: a program that builds a string past
/// V8's length limit (node throws `RangeError: Invalid string length`) must
/// not take the machine's memory with it.
const STITCH_MEMORY_KB: u64 = 4 << 20;

pub fn run_stitch(stitch: &Path, flags: &[&str], file: &Path, timeout: Duration) -> Outcome {
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(format!("ulimit -v {} && exec \"$0\" \"$@\"", STITCH_MEMORY_KB));
    cmd.arg(stitch).args(flags).arg(file);
    outcome(run(&mut cmd, timeout, None), "stitch")
}

pub fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The error's name and message without its position (which moves as the
/// minimiser deletes lines).
pub fn error_message(o: &Outcome) -> Option<&str> {
    o.error.as_deref().map(|e| e.rsplit_once(" at ").map_or(e, |(m, _)| m))
}

/// How `got` differs from `want`, or None if it does not.
pub fn differ(want: &Outcome, got: &Outcome) -> Option<String> {
    let mut out = Vec::new();
    if let Some(t) = &got.trouble {
        out.push(t.clone());
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.stdout.lines().collect(), got.stdout.lines().collect());
    if let Some(i) = (0..w.len().max(g.len())).find(|&i| w.get(i) != g.get(i)) {
        out.push(format!(
            "stdout line {} (of {} / {}): expected {:?}, got {:?}",
            i + 1,
            w.len(),
            g.len(),
            w.get(i).copied().unwrap_or("<end>"),
            g.get(i).copied().unwrap_or("<end>")
        ));
    }
    if want.error != got.error {
        out.push(format!("uncaught error: expected {:?}, got {:?}", want.error, got.error));
    }
    if out.is_empty() {
        None
    } else {
        Some(out.join("\n"))
    }
}

/// One flag set disagreeing with the reference.
#[derive(Clone, Debug)]
pub struct Mismatch {
    pub flags: &'static str,
    /// "node", or the first flag set when node is absent.
    pub against: &'static str,
    pub diff: String,
}

/// Runs `file` under node (when `node`) and every flag set; every flag set
/// must agree with node, or else with the first flag set. Err: the
/// reference run itself failed (a generator bug if it is node's).
pub fn check(
    stitch: &Path,
    file: &Path,
    node: bool,
    sets: &[(&'static str, &'static [&'static str])],
    timeout: Duration,
) -> Result<Vec<Mismatch>, String> {
    let mut reference = None;
    if node {
        let n = run_node(file, timeout);
        if let Some(t) = &n.trouble {
            return Err(format!("node cannot run the program: {}", t));
        }
        // Quadratic output (a growing string printed in a loop) is the
        // generator's doing and slows every run: skip such a program.
        if n.stdout.len() > MAX_OUTPUT {
            return Err(format!("node printed {} bytes (more than {})", n.stdout.len(), MAX_OUTPUT));
        }
        reference = Some(("node", n));
    }
    let mut mismatches = Vec::new();
    for &(name, flags) in sets {
        let out = run_stitch(stitch, flags, file, timeout);
        match &reference {
            None => {
                if let Some(t) = &out.trouble {
                    mismatches.push(Mismatch { flags: name, against: "itself", diff: t.clone() });
                }
                reference = Some((name, out));
            }
            Some((against, want)) => {
                if let Some(diff) = differ(want, &out) {
                    mismatches.push(Mismatch { flags: name, against, diff });
                }
            }
        }
    }
    Ok(mismatches)
}
