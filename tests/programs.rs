//! The data-driven suite: every annotated program under tests/lang/ and every
//! example, run by the real `stitch` binary in every tier, and (where node is
//! installed) by node too, so the annotations are JavaScript's truth.
//!
//! Annotations, in the style of Crafting Interpreters' suite:
//!   `// expect: TEXT`              one line of stdout, in order
//!   `// expect error: Name: msg`   the program ends with this uncaught error
//!   `// node: skip (reason)`       valid JavaScript outside stitch's subset
//! Examples carry no annotations: node's output is their expectation.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const STITCH: &str = env!("CARGO_BIN_EXE_stitch");

/// Each tier configuration the whole suite runs under.
const TIERS: &[(&str, &[&str])] = &[
    ("interp", &["--jit=off"]),
    ("jit", &["--jit=on"]),
    ("eager", &["--jit=eager"]),
    ("threshold1", &["--jit=on", "--jit-threshold=1"]),
    ("gcstress", &["--jit=on", "--jit-threshold=2", "--gc-stress"]),
];

struct Expect {
    stdout: Vec<String>,
    error: Option<String>,
    node_skip: bool,
}

fn parse_annotations(text: &str) -> Expect {
    let mut e = Expect { stdout: vec![], error: None, node_skip: false };
    for line in text.lines() {
        if let Some(i) = line.find("// expect: ") {
            e.stdout.push(line[i + "// expect: ".len()..].trim_end().to_string());
        } else if line.trim_end().ends_with("// expect:") {
            e.stdout.push(String::new());
        } else if let Some(i) = line.find("// expect error: ") {
            e.error = Some(line[i + "// expect error: ".len()..].trim_end().to_string());
        } else if line.contains("// node: skip") {
            e.node_skip = true;
        }
    }
    e
}

struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command, timeout: Duration) -> Result<Output, Failed> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {}", cmd, e))?;
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out, &mut s);
        s
    });
    let ereader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err, &mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            return Err(format!("timed out after {:?}", timeout).into());
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&ereader.join().unwrap_or_default()).into_owned();
    Ok(Output { code: status.code(), stdout, stderr })
}

fn check(out: &Output, expect: &Expect, who: &str, error_name_only: bool) -> Result<(), Failed> {
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
        None if out.code != Some(0) => {
            problems.push(format!("exit code {:?}, stderr:\n{}", out.code, out.stderr));
        }
        Some(e) => {
            let wanted = if error_name_only { e.split(':').next().unwrap_or(e) } else { e.as_str() };
            if out.code == Some(0) || !out.stderr.contains(wanted) {
                problems
                    .push(format!("expected error {:?}; exit code {:?}, stderr:\n{}", wanted, out.code, out.stderr));
            }
            if who == "stitch" && out.code != Some(1) {
                problems.push(format!("an uncaught error must exit with 1, not {:?}", out.code));
            }
        }
        None => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {}", who, problems.join("\n")).into())
    }
}

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            js_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            out.push(p);
        }
    }
}

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let node = node_available();
    let mut trials = Vec::new();

    let mut files = Vec::new();
    js_files(&root.join("tests/lang"), &mut files);
    for file in files {
        let name = file.strip_prefix(root.join("tests/lang")).unwrap_or(&file).display().to_string();
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (tier, flags) in TIERS {
            let (file, text) = (file.clone(), text.clone());
            trials.push(Trial::test(format!("{}::{}", tier, name), move || {
                let expect = parse_annotations(&text);
                let out = run(Command::new(STITCH).args(*flags).arg(&file), Duration::from_secs(120))?;
                check(&out, &expect, "stitch", false)
            }));
        }
        let skip = parse_annotations(&text).node_skip;
        let trial = Trial::test(format!("node::{}", name), move || {
            let expect = parse_annotations(&text);
            let out = run(Command::new("node").arg(&file), Duration::from_secs(120))?;
            let syntax = expect.error.as_deref().is_some_and(|e| e.starts_with("SyntaxError"));
            check(&out, &expect, "node", syntax)
        });
        trials.push(trial.with_ignored_flag(!node || skip));
    }

    // Examples: node's output is the expectation.
    let mut examples = Vec::new();
    js_files(&root.join("examples"), &mut examples);
    for file in examples {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for (tier, flags) in TIERS.iter().take(4) {
            let file = file.clone();
            let trial = Trial::test(format!("example::{}::{}", tier, name), move || {
                let want = run(Command::new("node").arg(&file), Duration::from_secs(120))?;
                let expect = Expect {
                    stdout: want.stdout.lines().map(|l| l.trim_end().to_string()).collect(),
                    error: None,
                    node_skip: false,
                };
                let out = run(Command::new(STITCH).args(*flags).arg(&file), Duration::from_secs(120))?;
                check(&out, &expect, "stitch", false)
            });
            trials.push(trial.with_ignored_flag(!node));
        }
    }

    libtest_mimic::run(&args, trials).exit();
}
