//! What the test harnesses share: running a process with a timeout, and the
//! `// expect:` annotation conventions for stitch programs (used by the
//! program suite and by the tutorial's ```js blocks).
#![allow(dead_code)]

mod process;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

pub const STITCH: &str = env!("CARGO_BIN_EXE_stitch");

pub struct Output {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` with no stdin, collecting stdout and stderr while it runs (so
/// a large report cannot block it), and kills it after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Output, String> {
    let (code, stdout, stderr) = process::run(cmd, timeout, None)?;
    Ok(Output { code, stdout, stderr })
}

/// What a program's annotations promise.
pub struct Expect {
    pub stdout: Vec<String>,
    pub error: Option<String>,
    /// `// expect exit: N`: the program ends normally with status N
    /// (`process.exitCode`, `process.exit(N)`).
    pub exit: Option<i32>,
    pub node_skip: bool,
    /// How many `// expect` annotations there were.
    pub annotations: usize,
}

/// `// expect: LINE`, `// expect error: Name: message`, `// expect exit: N`,
/// `// node: skip`.
pub fn annotations(text: &str) -> Expect {
    let mut e = Expect { stdout: vec![], error: None, exit: None, node_skip: false, annotations: 0 };
    for line in text.lines() {
        if let Some(i) = line.find("// expect: ") {
            e.stdout.push(line[i + "// expect: ".len()..].trim_end().to_string());
            e.annotations += 1;
        } else if line.trim_end().ends_with("// expect:") {
            e.stdout.push(String::new());
            e.annotations += 1;
        } else if let Some(i) = line.find("// expect error: ") {
            e.error = Some(line[i + "// expect error: ".len()..].trim_end().to_string());
            e.annotations += 1;
        } else if let Some(i) = line.find("// expect exit: ") {
            e.exit = line[i + "// expect exit: ".len()..].trim().parse().ok();
            e.annotations += 1;
        } else if line.contains("// node: skip") {
            e.node_skip = true;
        }
    }
    e
}

/// Compares a run with its annotations. `who` names the engine; stitch must
/// exit with 1 on an uncaught error. With `error_name_only`, only the
/// error's name must match (node words syntax errors its own way).
pub fn check(out: &Output, expect: &Expect, who: &str, error_name_only: bool) -> Result<(), String> {
    let got: Vec<&str> = out.stdout.lines().map(str::trim_end).collect();
    let mut problems = Vec::new();
    if got != expect.stdout {
        let mut diff = String::new();
        for i in 0..got.len().max(expect.stdout.len()) {
            let g = got.get(i).copied();
            let w = expect.stdout.get(i).map(String::as_str);
            if g != w {
                diff.push_str(&format!("  line {}: expected {:?}, got {:?}\n", i + 1, w, g));
            }
        }
        problems.push(format!("stdout differs:\n{}", diff));
    }
    match &expect.error {
        None if expect.exit.is_some() && out.code != expect.exit => {
            problems.push(format!("exit code {:?}, expected {:?}; stderr:\n{}", out.code, expect.exit, out.stderr))
        }
        None if expect.exit.is_some() => {}
        None if out.code != Some(0) => problems.push(format!("exit code {:?}, stderr:\n{}", out.code, out.stderr)),
        Some(e) => {
            let wanted = if error_name_only { e.split(':').next().unwrap_or(e) } else { e.as_str() };
            if out.code == Some(0) || !out.stderr.contains(wanted) {
                problems
                    .push(format!("expected error {:?}; exit code {:?}, stderr:\n{}", wanted, out.code, out.stderr));
            }
            // 1 unless the program says otherwise (an 'exit' listener
            // may set process.exitCode).
            let status = expect.exit.or(Some(1));
            if who != "node" && out.code != status {
                problems.push(format!("an uncaught error must exit with {:?}, not {:?}", status, out.code));
            }
        }
        None => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {}", who, problems.join("\n")))
    }
}

/// Every `.js` file under `dir`, sorted.
pub fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        // `required/` holds the modules tests/lang/modules' programs
        // `require`: they are not programs of their own.
        if p.is_dir() && p.file_name().is_some_and(|n| n != "required") {
            js_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            out.push(p);
        }
    }
}

pub fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
