//! A differential program generator: seeded, deterministic random programs
//! in the language stitch supports, each printing many intermediate values,
//! run by node (the truth) and by stitch under every flag set (all of which
//! must agree). Used by `tests/generated.rs` (a fixed set of seeds, in
//! `cargo test`) and by `examples/fuzz.rs` (as many programs as asked, with
//! each mismatch minimised and saved).
//!
//! * `rng` — the seeded PRNG (SplitMix64), so a seed means the same program
//!   everywhere;
//! * `ast` — the program tree and how it prints as JavaScript;
//! * `generate` — the weighted grammar (what programs look like);
//! * `oracle` — running node and stitch, comparing outcomes;
//! * `shrink` — minimising a mismatching program.
#![allow(dead_code)]

pub mod ast;
pub mod generate;
pub mod oracle;
pub mod rng;
pub mod shrink;
