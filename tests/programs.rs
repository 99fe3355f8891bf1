//! The data-driven suite: every annotated program under tests/lang/ and every
//! example, run by the real `stitch` binary in every tier, and (where node is
//! installed) by node too, so the annotations are JavaScript's truth.
//!
//! Annotations, in the style of Crafting Interpreters' suite:
//!   `// expect: TEXT`              one line of stdout, in order
//!   `// expect error: Name: msg`   the program ends with this uncaught error
//!   `// node: skip (reason)`       valid JavaScript outside stitch's subset
//! Examples carry no annotations: `examples/NAME.out` holds each one's
//! expected stdout (node's, checked against node where it is installed).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use libtest_mimic::{Arguments, Trial};

mod common;
use common::{annotations, check, js_files, node_available, run, Expect, STITCH};

/// Each tier configuration the whole suite runs under.
const TIERS: &[(&str, &[&str])] = &[
    ("interp", &["--jit=off"]),
    ("jit", &["--jit=on"]),
    ("eager", &["--jit=eager"]),
    ("threshold1", &["--jit=on", "--jit-threshold=1"]),
    ("gcstress", &["--jit=on", "--jit-threshold=2", "--gc-stress"]),
];

/// Programs under these directories of tests/lang also run with every
/// property access through the generic path (no inline caches, no element
/// fast paths), compiled from the first call.
const NO_IC_DIRS: &[&str] = &["objects", "classes", "accessors"];
const NO_IC: (&str, &[&str]) = ("noic", &["--jit=on", "--jit-threshold=1", "--no-inline-caches"]);

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
        let no_ic = NO_IC_DIRS.iter().any(|d| name.starts_with(&format!("{}/", d)));
        for (tier, flags) in TIERS.iter().chain(no_ic.then_some(&NO_IC)) {
            let (file, text) = (file.clone(), text.clone());
            trials.push(Trial::test(format!("{}::{}", tier, name), move || {
                let expect = annotations(&text);
                let out = run(Command::new(STITCH).args(*flags).arg(&file), Duration::from_secs(120))?;
                Ok(check(&out, &expect, "stitch", false)?)
            }));
        }
        let skip = annotations(&text).node_skip;
        let trial = Trial::test(format!("node::{}", name), move || {
            let expect = annotations(&text);
            let out = run(Command::new("node").env("TZ", "UTC").arg(&file), Duration::from_secs(120))?;
            let syntax = expect.error.as_deref().is_some_and(|e| e.starts_with("SyntaxError"));
            Ok(check(&out, &expect, "node", syntax)?)
        });
        trials.push(trial.with_ignored_flag(!node || skip));
    }

    // Examples: `examples/NAME.out` is the expected stdout, checked in every
    // tier with or without node; node, where installed, must print it too.
    let mut examples = Vec::new();
    js_files(&root.join("examples"), &mut examples);
    for file in examples {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let stored = std::fs::read_to_string(file.with_extension("out"))
            .map_err(|e| format!("{} has no expected output (examples/*.out): {}", name, e));
        for (tier, flags) in TIERS.iter().take(4) {
            let (file, stored) = (file.clone(), stored.clone());
            trials.push(Trial::test(format!("example::{}::{}", tier, name), move || {
                let out = run(Command::new(STITCH).args(*flags).arg(&file), Duration::from_secs(120))?;
                Ok(check(&out, &stored_expect(stored)?, "stitch", false)?)
            }));
        }
        let trial = Trial::test(format!("example::node::{}", name), move || {
            let out = run(Command::new("node").env("TZ", "UTC").arg(&file), Duration::from_secs(120))?;
            Ok(check(&out, &stored_expect(stored)?, "node", false)?)
        });
        trials.push(trial.with_ignored_flag(!node));
    }

    libtest_mimic::run(&args, trials).exit();
}

/// An example's stored stdout as an expectation.
fn stored_expect(stored: Result<String, String>) -> Result<Expect, String> {
    let text = stored?;
    Ok(Expect {
        stdout: text.lines().map(|l| l.trim_end().to_string()).collect(),
        error: None,
        exit: None,
        node_skip: false,
        annotations: 0,
    })
}
