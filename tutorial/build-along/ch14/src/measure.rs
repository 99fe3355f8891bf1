//! A small benchmark harness, run on the JIT itself: each workload under
//! each variant of the JIT, the median of several runs, the results
//! checked against each other, and a table.

// ANCHOR: harness
use std::time::{Duration, Instant};

use crate::jit::Jit;
use crate::programs::program;

/// Calls of one function with one argument, `times` times in a row.
pub struct Workload {
    pub name: &'static str,
    pub function: usize,
    pub arg: i64,
    pub times: u32,
}

/// One way to run the JIT: when it compiles, and whether call sites patch.
pub struct Variant {
    pub name: &'static str,
    pub threshold: u32,
    pub patch_calls: bool,
}

/// A workload's result (every variant must agree on it) and its median
/// time under each variant.
pub struct Row {
    pub workload: &'static str,
    pub checksum: i64,
    pub medians: Vec<Duration>,
}

/// Runs `workload` once under `variant`, in a fresh JIT, so that the time
/// includes compiling (as a whole process's time would).
fn run_once(workload: &Workload, variant: &Variant) -> (i64, Duration) {
    let started = Instant::now();
    let mut jit = Jit::new(program(), variant.threshold).expect("the programs are valid");
    jit.patch_calls = variant.patch_calls;
    let mut checksum = 0i64;
    for _ in 0..workload.times {
        checksum = checksum.wrapping_add(jit.call(workload.function, workload.arg));
    }
    (checksum, started.elapsed())
}

/// Every workload under every variant, `runs` times each; an error if two
/// variants compute different results.
pub fn measure(workloads: &[Workload], variants: &[Variant], runs: usize) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for workload in workloads {
        let mut checksum = None;
        let mut medians = Vec::new();
        for variant in variants {
            let mut times = Vec::new();
            for _ in 0..runs.max(1) {
                let (result, time) = run_once(workload, variant);
                if *checksum.get_or_insert(result) != result {
                    return Err(format!("{} under {}: {result}, not {checksum:?}", workload.name, variant.name));
                }
                times.push(time);
            }
            times.sort();
            medians.push(times[times.len() / 2]);
        }
        rows.push(Row { workload: workload.name, checksum: checksum.unwrap_or(0), medians });
    }
    Ok(rows)
}
// ANCHOR_END: harness

// ANCHOR: table
/// The rows as a Markdown table: milliseconds per variant, then how many
/// times faster than the first variant (the interpreter) each other one is.
pub fn table(variants: &[Variant], rows: &[Row]) -> String {
    let mut out = String::from("| workload | checksum |");
    for variant in variants {
        out += &format!(" {} |", variant.name);
    }
    for variant in &variants[1..] {
        out += &format!(" speed-up, {} |", variant.name);
    }
    out += "\n|:---|---:|";
    out += &"---:|".repeat(2 * variants.len() - 1);
    for row in rows {
        out += &format!("\n| {} | {} |", row.workload, row.checksum);
        for median in &row.medians {
            out += &format!(" {:.2} ms |", median.as_secs_f64() * 1e3);
        }
        for median in &row.medians[1..] {
            out += &format!(" {:.1}× |", row.medians[0].as_secs_f64() / median.as_secs_f64().max(1e-9));
        }
    }
    out.push('\n');
    out
}
// ANCHOR_END: table
