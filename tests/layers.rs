//! The layers of ARCHITECTURE.md stay layers: no import circle among the
//! modules of `src/`. Each top-level module's `crate::name` paths (outside
//! comments) are its imports; the test fails with the modules of any cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Module name → the modules it names through `crate::`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).expect("under src");
        let top = rel
            .components()
            .next()
            .expect("a component")
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        // The crate root and the binary are above every layer; the unwinding
        // tests drive both tiers on purpose.
        if matches!(top.as_str(), "lib" | "main" | "unwind_tests") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read a source file");
        let deps = graph.entry(top.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code.match_indices("crate::") {
                let name: String =
                    code[i + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !name.is_empty() && name != top {
                    deps.insert(name);
                }
            }
        }
    }
    graph
}

/// The modules on a cycle through `start`, if there is one.
fn cycle_through(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_string(), vec![start.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((m, path)) = stack.pop() {
        for d in graph.get(&m).into_iter().flatten() {
            if d == start {
                return Some(path.clone());
            }
            if graph.contains_key(d) && seen.insert(d.clone()) {
                let mut p = path.clone();
                p.push(d.clone());
                stack.push((d.clone(), p));
            }
        }
    }
    None
}

#[test]
fn no_import_circle_among_the_core_modules() {
    let graph = imports();
    assert!(graph.contains_key("vm") && graph.contains_key("jit"), "found the modules: {:?}", graph.keys());
    for m in graph.keys() {
        if let Some(cycle) = cycle_through(&graph, m) {
            panic!("import circle: {} -> {}", cycle.join(" -> "), m);
        }
    }
}

#[test]
fn the_tiers_compiler_and_bytecode_are_layered() {
    let graph = imports();
    let uses = |a: &str, b: &str| graph.get(a).is_some_and(|d| d.contains(b));
    assert!(!uses("interpreter", "jit") && !uses("jit", "interpreter"), "the tiers meet only through vm::Tiers");
    assert!(!uses("compiler", "vm"), "the compiler links through bytecode::Linker");
    for above in ["format", "jit", "vm", "heap", "interpreter", "compiler", "listing"] {
        assert!(!uses("bytecode", above), "bytecode imports {}", above);
    }
    for above in ["heap", "format", "vm"] {
        assert!(!uses("value", above), "value imports {}", above);
    }
}
