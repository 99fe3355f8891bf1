//! `globalThis`: the global object as a view of the global variables that
//! are its properties in node.
//!
//! stitch keeps globals in slots (`vm::Globals`), which compiled code reads
//! directly; the global object (`realm.global_this`, also what a sloppy
//! function called without a receiver sees as `this`) holds no copies.
//! Instead its property lookups, writes and deletes reach the slots of the
//! globals that are *visible* (`Globals::visible`): the built-ins and the
//! names made by a sloppy assignment to an undeclared variable or by a
//! write through the global object. A script's own top-level `var`, `let`
//! and function declarations are not visible: node runs a file as a
//! CommonJS module, whose top level is a function scope, so
//! `var y = 1; globalThis.y` is undefined there, while `globalThis.x = 1;
//! x` is 1. A write through the object to such a shadowed name becomes an
//! ordinary property of the object, as in node.
//!
//! Its keys are those globals in the order they became visible
//! (`Globals::visible_order`); a global a script made, and node's own
//! (`setTimeout` …), is enumerable, the language's built-ins are not
//! (`Globals::enumerable`), so `Object.keys(globalThis)` and `for...in`
//! list what node lists of them.
//!
//! The object is in dictionary mode, so no inline cache ever remembers
//! it and every access reaches these functions.

use crate::heap::shape::Atom;
use crate::heap::JsObject;
use crate::value::Value;
use crate::vm::{GlobalKind, Vm};

/// Whether `o` is the global object.
#[inline]
pub fn is_global(vm: &Vm, o: &JsObject) -> bool {
    vm.realm.global_this.as_object().is_some_and(|g| std::ptr::eq(g, o))
}

/// The slot of the visible global `a` names, if there is one.
fn visible_slot(vm: &Vm, a: Atom) -> Option<u32> {
    if vm.atoms.is_symbol(a) {
        return None;
    }
    let g = vm.globals.lookup(vm.atoms.name(a))?;
    vm.globals.visible[g as usize].then_some(g)
}

/// The value of the global property `a`, when a visible global holds one.
pub fn get(vm: &Vm, a: Atom) -> Option<Value> {
    let g = visible_slot(vm, a)?;
    let v = vm.globals.get(g);
    (v != Value::HOLE).then_some(v)
}

/// Writes the global property `a` into its variable: a visible global's
/// slot, or a new visible global when no declaration of the script has
/// the name. False: the script declared `a`, the caller stores an
/// ordinary property.
pub fn put(vm: &mut Vm, a: Atom, v: Value) -> bool {
    if vm.atoms.is_symbol(a) {
        return false;
    }
    let name: std::rc::Rc<str> = vm.atoms.name(a).into();
    let Ok(g) = vm.globals.slot(&name) else { return false };
    let i = g as usize;
    if !vm.globals.visible[i] {
        if vm.globals.kinds[i] != GlobalKind::Undeclared {
            return false;
        }
        vm.globals.kinds[i] = GlobalKind::Var;
        vm.globals.make_visible(g, true);
    }
    vm.globals.slots.set(i, v);
    true
}

/// `delete globalThis.a`: the variable is gone (reading it throws
/// ReferenceError again). False: no visible global has the name.
pub fn delete(vm: &mut Vm, a: Atom) -> bool {
    let Some(g) = visible_slot(vm, a) else { return false };
    let i = g as usize;
    vm.globals.slots.set(i, Value::HOLE);
    vm.globals.kinds[i] = GlobalKind::Undeclared;
    vm.globals.make_invisible(g);
    true
}

/// The global properties that are visible globals, in key order; only
/// the enumerable ones when `enumerable_only`.
pub fn keys(vm: &Vm, enumerable_only: bool) -> Vec<Atom> {
    vm.globals
        .visible_order
        .iter()
        .filter(|&&g| !enumerable_only || vm.globals.enumerable[g as usize])
        .filter(|&&g| vm.globals.get(g) != Value::HOLE)
        .filter_map(|&g| vm.atoms.lookup(&vm.globals.names[g as usize]))
        .collect()
}

/// The attributes of global property `a` when a visible global holds it:
/// writable and configurable, enumerable if the script made it.
pub fn attrs(vm: &Vm, a: Atom) -> Option<crate::heap::shape::Attrs> {
    use crate::heap::shape::{CONFIGURABLE, ENUMERABLE, WRITABLE};
    let g = visible_slot(vm, a)?;
    if vm.globals.get(g) == Value::HOLE {
        return None;
    }
    let enumerable = if vm.globals.enumerable[g as usize] { ENUMERABLE } else { 0 };
    Some(WRITABLE | CONFIGURABLE | enumerable)
}
