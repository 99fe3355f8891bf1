//! Build script: generates code the library includes from `$OUT_DIR`.

#[path = "build/stencils.rs"]
mod stencils;

fn main() {
    let out_dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    // The JIT's stencils (see build/stencils.rs).
    stencils::generate(&out_dir);
}
