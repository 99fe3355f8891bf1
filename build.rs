//! Build steps: the lalrpop grammar (grammar/*.lalrpop -> $OUT_DIR).

fn main() {
    grammar();
}

/// Generates the parser from grammar/stitch.lalrpop into $OUT_DIR.
fn grammar() {
    println!("cargo:rerun-if-changed=grammar");
    println!("cargo:rerun-if-changed=build.rs");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .process()
        .expect("grammar/stitch.lalrpop");
}
