//! The book's check on a checkpoint, not part of the program the reader
//! writes: the output that the checkpoint's page shows (the ` ```text `
//! block after `<!-- output of main -->`) is what `main` prints.

use std::process::Command;

/// Addresses (a hex number of 7 digits or more) change from run to run,
/// and so do the bytes that encode them; spaces are not compared.
fn normalise(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let is_address =
            |w: &str| w.strip_prefix("0x").is_some_and(|h| h.len() >= 7 && h.chars().all(|c| c.is_ascii_hexdigit()));
        let has_address = words.iter().any(|w| is_address(w));
        let words: Vec<&str> = words
            .into_iter()
            .map(|w| match w {
                w if is_address(w) => "ADDR",
                w if has_address && w.len() >= 16 && w.chars().all(|c| c.is_ascii_hexdigit()) => "BYTES",
                w => w,
            })
            .collect();
        lines.push(words.join(" "));
    }
    lines
}

/// Runs this checkpoint's `main_runs` test in a child process and compares
/// what `main` printed with the block on `page` (relative to the root of
/// the repository).
pub fn check(page: &str) {
    let markdown = std::fs::read_to_string(format!("{}/{page}", env!("CARGO_MANIFEST_DIR"))).expect("the page exists");
    let after = markdown.split_once("<!-- output of main -->\n").expect("the page marks the output of main").1;
    let shown = after.strip_prefix("```text\n").and_then(|b| b.split_once("```")).expect("a text block follows").0;
    // Two test threads: with one, the harness prints the test's name on
    // the line where main's output starts.
    let run = Command::new(std::env::current_exe().expect("the test binary"))
        .args(["tests::main_runs", "--exact", "--nocapture", "--test-threads=2"])
        .output()
        .expect("the test binary runs");
    assert!(run.status.success(), "main_runs failed");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let printed: String = stdout
        .lines()
        .filter(|l| {
            !l.starts_with("running 1 test")
                && !l.starts_with("test tests::main_runs")
                && !l.starts_with("test result:")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(normalise(&printed), normalise(shown), "{page} shows other output than main prints:\n{printed}");
}
