//! Running a child process with no stdin and a timeout, collecting stdout
//! and stderr while it runs (so a large report cannot block it). Shared by
//! the test harnesses (`tests/common`) and the program generator's oracle
//! (`tests/gen/oracle.rs`, which `examples/fuzz.rs` also includes).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `cmd` (no stdin) for at most `timeout`. With `to_file`, stdout
/// goes to that file: node drops what it has not yet written to a pipe when
/// it exits on an uncaught error, but writes to a file synchronously.
pub fn run(
    cmd: &mut Command,
    timeout: Duration,
    to_file: Option<&Path>,
) -> Result<(Option<i32>, String, String), String> {
    let stdout = match to_file {
        Some(path) => Stdio::from(std::fs::File::create(path).map_err(|e| format!("{}: {}", path.display(), e))?),
        None => Stdio::piped(),
    };
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {}", cmd, e))?;
    let mut out: Box<dyn std::io::Read + Send> = match child.stdout.take() {
        Some(pipe) => Box::new(pipe),
        None => Box::new(std::io::empty()),
    };
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
            let _ = child.wait();
            return Err(format!("timed out after {:?}", timeout));
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let mut stdout = reader.join().unwrap_or_default();
    if let Some(path) = to_file {
        stdout = std::fs::read(path).map_err(|e| format!("{}: {}", path.display(), e))?;
        let _ = std::fs::remove_file(path);
    }
    let stdout = String::from_utf8_lossy(&stdout).into_owned();
    let stderr = String::from_utf8_lossy(&ereader.join().unwrap_or_default()).into_owned();
    Ok((status.code(), stdout, stderr))
}
