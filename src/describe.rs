//! What the REPL's `:describe EXPR` and `:ic NAME` show: an object's hidden
//! class (its shape, the transitions that made it, where each property
//! lives, its elements kind) and the inline caches of a function's
//! property sites. Text only; the REPL prints it.

use std::fmt::Write as _;

use crate::bytecode::{FuncProto, IcKind, IcState, Op};
use crate::heap::Shape;
use crate::value::Value;
use crate::vm::Vm;

/// The name of a well-known prototype, or `shape#N`'s object.
fn proto_name(vm: &Vm, p: Value) -> String {
    let r = &vm.realm;
    let known = [
        (r.object_proto, "Object.prototype"),
        (r.array_proto, "Array.prototype"),
        (r.function_proto, "Function.prototype"),
        (r.string_proto, "String.prototype"),
        (r.number_proto, "Number.prototype"),
        (r.boolean_proto, "Boolean.prototype"),
    ];
    if p == Value::NULL {
        return "null".into();
    }
    match known.iter().find(|(v, _)| *v == p) {
        Some((_, n)) => n.to_string(),
        None => match p.as_object() {
            Some(o) => format!("an object of shape#{}", o.shape().id),
            None => crate::format::debug(p),
        },
    }
}

fn shape_step(vm: &Vm, s: &Shape) -> String {
    match s.props.last() {
        Some(&(a, _)) if s.parent.is_some() => format!("shape#{} +{}", s.id, vm.atoms.name(a)),
        // The root of a wide literal's tree (`Shapes::root_sized`).
        _ if s.capacity as usize != crate::heap::object::INLINE => {
            format!("shape#{} {{}} (wide: {} in-object slots)", s.id, s.capacity)
        }
        _ => format!("shape#{} {{}}", s.id),
    }
}

/// `:describe`: the hidden class of `v`.
pub fn describe(vm: &Vm, v: Value) -> String {
    let mut out = String::new();
    let Some(o) = v.as_object() else {
        let _ =
            writeln!(out, "{} is a primitive ({}): it has no shape", crate::format::debug(v), crate::ops::type_of(v));
        return out;
    };
    let shape = o.shape();
    let kind = if o.is_array() {
        "array"
    } else if o.callable().is_some() {
        "function"
    } else if let Some(view) = o.typed() {
        view.kind.name()
    } else {
        "object"
    };
    if shape.dictionary {
        let _ = writeln!(
            out,
            "{} in dictionary mode (shape#{}: properties in a per-object map, never cached)",
            kind, shape.id
        );
    } else {
        let _ = writeln!(out, "{} with shape#{} ({} properties)", kind, shape.id, shape.len());
        let path: Vec<String> = shape.path().iter().map(|s| shape_step(vm, s)).collect();
        let _ = writeln!(out, "  transitions: {}", path.join(" -> "));
    }
    let _ = writeln!(out, "  prototype:   {}", proto_name(vm, shape.proto));
    let entries = o.named_entries();
    if !entries.is_empty() {
        let _ = writeln!(out, "  properties:");
        let in_object = o.in_object_slots();
        for (i, (a, attrs, val)) in entries.iter().enumerate() {
            let place = if shape.dictionary {
                "dictionary".to_string()
            } else if i < in_object {
                format!("slot {} (in-object)", i)
            } else {
                format!("slot {} (out-of-object)", i)
            };
            let hidden = if attrs & crate::heap::shape::ENUMERABLE == 0 { ", not enumerable" } else { "" };
            let _ =
                writeln!(out, "    {:<12} {:<24} = {}{}", vm.atoms.name(*a), place, crate::format::debug(*val), hidden);
        }
    }
    if let Some(view) = o.typed() {
        // Not values: the buffer's bytes, read and written as the type says.
        let _ = writeln!(
            out,
            "  elements:    {} bytes each in an ArrayBuffer's bytes (from byte {}), length {}",
            view.kind.size(),
            view.offset,
            view.length
        );
        return out;
    }
    let n = o.index_keys().len();
    if o.is_array() || n > 0 {
        let _ = writeln!(
            out,
            "  elements:    {}{}, {} present{}",
            o.elements_kind().name(),
            // Double kinds keep the numbers themselves, not values.
            if o.elements_kind().is_double() { " (unboxed f64)" } else { "" },
            n,
            if o.is_array() { format!(", length {}", o.length()) } else { String::new() }
        );
    }
    out
}

fn state_name(s: IcState) -> &'static str {
    match s {
        IcState::Uninit => "uninitialized",
        IcState::Mono => "monomorphic",
        IcState::Poly => "polymorphic",
        IcState::Mega => "megamorphic",
    }
}

/// `:ic`: every property site of `p` with its state and the shapes it saw.
pub fn ic_report(p: &FuncProto) -> String {
    let mut out = String::new();
    if p.sites.is_empty() {
        let _ = writeln!(out, "{} has no property sites", p.name);
        return out;
    }
    let _ = writeln!(out, "property sites of {}:", p.name);
    for (pc, op) in p.code.iter().enumerate() {
        let (what, site) = match *op {
            Op::GetNamed { site, .. } => ("get", site),
            Op::SetNamed { site, .. } => ("set", site),
            Op::DeleteNamed { site, .. } => ("delete", site),
            _ => continue,
        };
        let Some(s) = p.sites.get(site as usize) else { continue };
        let seen: Vec<String> = s.seen.borrow().iter().map(|id| format!("shape#{}", id)).collect();
        let cases: Vec<String> = (0..s.ways())
            .map(|i| {
                let e = s.entries[i].get();
                match e.kind {
                    IcKind::Own => format!("slot {}", e.slot),
                    IcKind::Proto => format!("prototype slot {}", e.slot),
                    IcKind::Add => format!("add slot {}", e.slot),
                    IcKind::OwnGetter => format!("getter in slot {}", e.slot),
                    IcKind::ProtoGetter => format!("getter in prototype slot {}", e.slot),
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "  pc{:<4} {:<6} .{:<12} {:<14} hits {:>8}  misses {:>6}  shapes [{}]{}",
            pc,
            what,
            s.name,
            state_name(s.state.get()),
            s.hits.get(),
            s.misses.get(),
            seen.join(", "),
            if cases.is_empty() { String::new() } else { format!("  ({})", cases.join(", ")) }
        );
    }
    out
}

/// `--print-shapes`: every shape the program made, with its transitions.
pub fn shape_table(vm: &Vm) -> String {
    let mut out = String::new();
    let skip = vm.realm.builtin_shapes;
    let _ = writeln!(out, "shapes made by the program ({}; the built-ins made {}):", vm.shapes.count() - skip, skip);
    for s in vm.shapes.iter().skip(skip) {
        let names: Vec<&str> = s.props.iter().map(|&(a, _)| vm.atoms.name(a)).collect();
        let origin = match (s.dictionary, s.parent) {
            (true, _) => "dictionary".to_string(),
            (false, Some(p)) => format!("from shape#{}", p.id),
            (false, None) if s.capacity as usize != crate::heap::object::INLINE => "wide root".to_string(),
            (false, None) => "root".to_string(),
        };
        let _ = writeln!(
            out,
            "  shape#{:<5} {:<16} proto {:<20} {{ {} }}",
            s.id,
            origin,
            proto_name(vm, s.proto),
            names.join(", ")
        );
    }
    out
}
