//! Build script: generates the parser (lalrpop, from grammar/) and the JIT's
//! stencil table (iced-x86, from build/stencils.rs) into $OUT_DIR.

#[path = "build/stencils.rs"]
mod stencils;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    grammar();
    let out_dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    stencils::generate(&out_dir);
}

/// Generates the parser from grammar/stitch.lalrpop into $OUT_DIR.
// ANCHOR: grammar
fn grammar() {
    println!("cargo:rerun-if-changed=grammar");
    lalrpop::Configuration::new().set_in_dir("grammar").process().expect("grammar/stitch.lalrpop");
}
// ANCHOR_END: grammar
