//! The differential fuzzer, for as long as asked:
//!
//! ```sh
//! cargo run --release --example fuzz -- --count 10000
//! cargo run --release --example fuzz -- --seconds 600 --jobs 2
//! cargo run --release --example fuzz -- --print 42      # show seed 42's program
//! ```
//!
//! Each program (tests/gen/) runs under node and under every stitch flag set;
//! a mismatch is minimised and saved as `fuzz-failures/seed-N/` (the
//! program, the minimised program, and what each side printed). Without
//! node, the flag sets are compared with each other. `--help` lists the
//! options.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "../tests/gen/mod.rs"]
mod gen;
use gen::generate::{program, Config, KnownBug};
use gen::oracle::{check, differ, error_message, node_available, run_node, run_stitch, FLAG_SETS};

const HELP: &str = "\
usage: cargo run --release --example fuzz -- [OPTIONS]

  --count N            run N programs (default: 1000 unless --seconds is given)
  --seconds S          stop after S seconds
  --seed S             first seed (default 1000000; program k uses seed S+k)
  --jobs J             programs run at once (default 1)
  --out DIR            where mismatches go (default fuzz-failures)
  --flags A,B          only these flag sets (default: all; names as in gen::oracle::FLAG_SETS)
  --avoid-known-bugs   do not generate the patterns of known, unfixed mismatches (gen::KNOWN_BUGS)
  --avoid A,B          avoid only these known bugs (names as in gen::generate::KnownBug)
  --no-shrink          save mismatches without minimising them
  --shrink-seconds S   time to minimise one mismatch (default 120)
  --stitch PATH        the stitch binary (default: built by cargo next to this example)
  --print SEED         print the program for SEED and exit
";

struct Opts {
    count: Option<u64>,
    seconds: Option<u64>,
    seed: u64,
    jobs: usize,
    out: PathBuf,
    flags: Vec<(&'static str, &'static [&'static str])>,
    avoid: Vec<KnownBug>,
    shrink: bool,
    shrink_seconds: u64,
    stitch: Option<PathBuf>,
    print: Option<u64>,
}

fn parse() -> Result<Opts, String> {
    let mut o = Opts {
        count: None,
        seconds: None,
        seed: 1_000_000,
        jobs: 1,
        out: PathBuf::from("fuzz-failures"),
        flags: FLAG_SETS.to_vec(),
        avoid: vec![],
        shrink: true,
        shrink_seconds: 120,
        stitch: None,
        print: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{} needs a value", a));
        let num = |v: String| v.parse::<u64>().map_err(|_| format!("{}: not a number: {}", a, v));
        match a.as_str() {
            "--count" => o.count = Some(num(value()?)?),
            "--seconds" => o.seconds = Some(num(value()?)?),
            "--seed" => o.seed = num(value()?)?,
            "--jobs" => o.jobs = num(value()?)?.max(1) as usize,
            "--out" => o.out = PathBuf::from(value()?),
            "--flags" => {
                let v = value()?;
                o.flags = FLAG_SETS.iter().filter(|(n, _)| v.split(',').any(|w| w == *n)).copied().collect();
                if o.flags.is_empty() {
                    return Err(format!("--flags: none of {} is a flag set", v));
                }
            }
            "--avoid-known-bugs" => o.avoid = gen::KNOWN_BUGS.to_vec(),
            "--avoid" => {
                let v = value()?;
                for name in v.split(',') {
                    let bug = gen::KNOWN_BUGS.iter().find(|b| format!("{:?}", b) == name);
                    o.avoid.push(*bug.ok_or(format!("--avoid: {} is not in gen::KNOWN_BUGS", name))?);
                }
            }
            "--no-shrink" => o.shrink = false,
            "--shrink-seconds" => o.shrink_seconds = num(value()?)?,
            "--stitch" => o.stitch = Some(PathBuf::from(value()?)),
            "--print" => o.print = Some(num(value()?)?),
            "--help" | "-h" => return Err(String::new()),
            _ => return Err(format!("unknown option {}", a)),
        }
    }
    if o.count.is_none() && o.seconds.is_none() {
        o.count = Some(1000);
    }
    Ok(o)
}

/// The stitch binary: built now (so it matches the source), next to this
/// example in the same target directory and profile.
fn stitch_binary() -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--quiet", "--bin", "stitch"]).current_dir(env!("CARGO_MANIFEST_DIR"));
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {}", e))?;
    if !status.success() {
        return Err("cargo build --bin stitch failed".into());
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let bin = exe.parent().and_then(Path::parent).map(|d| d.join("stitch")).ok_or("no target directory")?;
    if bin.exists() {
        Ok(bin)
    } else {
        Err(format!("{} not found (use --stitch PATH)", bin.display()))
    }
}

struct Shared {
    opts: Opts,
    cfg: Config,
    stitch: PathBuf,
    node: bool,
    next: AtomicU64,
    done: AtomicU64,
    failures: AtomicUsize,
    /// Minimised programs already saved: the same bug found again is counted, not saved.
    seen: Mutex<Vec<String>>,
    start: Instant,
    tmp: PathBuf,
}

impl Shared {
    fn more(&self) -> Option<u64> {
        if self.opts.seconds.is_some_and(|s| self.start.elapsed() >= Duration::from_secs(s)) {
            return None;
        }
        let k = self.next.fetch_add(1, Ordering::SeqCst);
        if self.opts.count.is_some_and(|c| k >= c) {
            return None;
        }
        Some(self.opts.seed + k)
    }
}

const TIMEOUT: Duration = Duration::from_secs(60);

fn worker(sh: &Shared, job: usize) {
    let file = sh.tmp.join(format!("job-{}.js", job));
    while let Some(seed) = sh.more() {
        let prog = program(seed, &sh.cfg);
        if std::fs::write(&file, prog.to_string()).is_err() {
            eprintln!("\ncannot write {}", file.display());
            return;
        }
        match check(&sh.stitch, &file, sh.node, &sh.opts.flags, TIMEOUT) {
            Err(e) => eprintln!("\nseed {}: skipped: {}", seed, e),
            Ok(found) if found.is_empty() => {}
            Ok(found) => {
                sh.failures.fetch_add(1, Ordering::SeqCst);
                if let Err(e) = save(sh, seed, &prog, &found, &file) {
                    eprintln!("\nseed {}: cannot save: {}", seed, e);
                }
            }
        }
        sh.done.fetch_add(1, Ordering::SeqCst);
    }
}

/// Minimises a mismatch (keeping the first failing flag set failing, and
/// node's own outcome unchanged so that the program stays meaningful) and
/// writes it out.
fn save(
    sh: &Shared,
    seed: u64,
    prog: &gen::ast::Program,
    found: &[gen::oracle::Mismatch],
    file: &Path,
) -> Result<(), String> {
    let first = &found[0];
    let flags: &[&str] = sh.opts.flags.iter().find(|(n, _)| *n == first.flags).map(|f| f.1).unwrap_or(&[]);
    let reference: &[&str] = sh.opts.flags.iter().find(|(n, _)| *n == first.against).map(|f| f.1).unwrap_or(&[]);
    let trial = file.with_extension("min.js");
    let outcome_of = |text: &str, stitch_flags: Option<&[&str]>| {
        let _ = std::fs::write(&trial, text);
        match stitch_flags {
            None => run_node(&trial, TIMEOUT),
            Some(f) => run_stitch(&sh.stitch, f, &trial, TIMEOUT),
        }
    };
    let truth = |text: &str| if sh.node { outcome_of(text, None) } else { outcome_of(text, Some(reference)) };
    let original_truth = truth(&prog.to_string());
    let mut still_fails = |p: &gen::ast::Program| {
        let text = p.to_string();
        let want = truth(&text);
        if want.trouble.is_some() || error_message(&want) != error_message(&original_truth) {
            return false;
        }
        differ(&want, &outcome_of(&text, Some(flags))).is_some()
    };
    let small = if sh.opts.shrink {
        let deadline = Instant::now() + Duration::from_secs(sh.opts.shrink_seconds);
        gen::shrink::shrink(prog, &mut still_fails, deadline)
    } else {
        prog.clone()
    };
    let small_text = small.to_string();
    let body: String = small_text.lines().skip(1).collect::<Vec<_>>().join("\n");
    {
        let mut seen = sh.seen.lock().map_err(|_| "lock")?;
        if seen.contains(&body) {
            eprintln!("\nseed {}: [{}] same minimised program as an earlier mismatch", seed, first.flags);
            return Ok(());
        }
        seen.push(body);
    }
    let dir = sh.opts.out.join(format!("seed-{}", seed));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("program.js"), prog.to_string()).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("min.js"), &small_text).map_err(|e| e.to_string())?;
    let want = truth(&small_text);
    let got = outcome_of(&small_text, Some(flags));
    let mut report = format!("seed {}\n\nmismatches of the whole program:\n", seed);
    for m in found {
        report.push_str(&format!("[{} vs {}] {}\n", m.flags, m.against, m.diff));
    }
    report.push_str(&format!(
        "\nminimised (min.js), {} vs {}:\n{}\n\n--- {} stdout ---\n{}--- {} error: {:?}\n\n--- stitch {} stdout ---\n{}--- error: {:?}{}\n",
        first.flags,
        first.against,
        differ(&want, &got).unwrap_or_else(|| "(no longer differs: flaky?)".into()),
        first.against,
        want.stdout,
        first.against,
        want.error,
        flags.join(" "),
        got.stdout,
        got.error,
        got.trouble.map(|t| format!("\n{}", t)).unwrap_or_default(),
    ));
    std::fs::write(dir.join("report.txt"), report).map_err(|e| e.to_string())?;
    eprintln!("\nseed {}: [{} vs {}] mismatch saved in {}", seed, first.flags, first.against, dir.display());
    Ok(())
}

fn main() {
    let opts = match parse() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("fuzz: {}\n", e);
            }
            eprint!("{}", HELP);
            std::process::exit(if e.is_empty() { 0 } else { 2 });
        }
    };
    let cfg = Config { avoid: opts.avoid.clone(), ..Config::default() };
    if let Some(seed) = opts.print {
        // A closed pipe (`| head`) is not an error here.
        let _ = std::io::Write::write_all(&mut std::io::stdout(), program(seed, &cfg).to_string().as_bytes());
        return;
    }
    let stitch = match opts.stitch.clone().map(Ok).unwrap_or_else(stitch_binary) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("fuzz: {}", e);
            std::process::exit(2);
        }
    };
    let node = node_available();
    eprintln!(
        "fuzz: {} against {}; flag sets: {}",
        stitch.display(),
        if node { "node" } else { "each other (node is not installed)" },
        opts.flags.iter().map(|f| f.0).collect::<Vec<_>>().join(", ")
    );
    let tmp = std::env::temp_dir().join(format!("stitch-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&tmp);
    let jobs = opts.jobs;
    let sh = Arc::new(Shared {
        opts,
        cfg,
        stitch,
        node,
        next: AtomicU64::new(0),
        done: AtomicU64::new(0),
        failures: AtomicUsize::new(0),
        seen: Mutex::new(vec![]),
        start: Instant::now(),
        tmp: tmp.clone(),
    });
    let workers: Vec<_> = (0..jobs)
        .map(|j| {
            let sh = Arc::clone(&sh);
            std::thread::spawn(move || worker(&sh, j))
        })
        .collect();
    while !workers.iter().all(|w| w.is_finished()) {
        std::thread::sleep(Duration::from_millis(500));
        progress(&sh);
    }
    for w in workers {
        let _ = w.join();
    }
    progress(&sh);
    eprintln!();
    let _ = std::fs::remove_dir_all(&tmp);
    let failures = sh.failures.load(Ordering::SeqCst);
    if failures > 0 {
        eprintln!("{} program(s) mismatched; see {}", failures, sh.opts.out.display());
        std::process::exit(1);
    }
}

fn progress(sh: &Shared) {
    let done = sh.done.load(Ordering::SeqCst);
    let secs = sh.start.elapsed().as_secs_f64();
    let of = sh.opts.count.map(|c| format!("/{}", c)).unwrap_or_default();
    eprint!(
        "\r{}{} programs, {} mismatching, {:.0} s, {:.1} programs/s   ",
        done,
        of,
        sh.failures.load(Ordering::SeqCst),
        secs,
        done as f64 / secs.max(0.001)
    );
}
