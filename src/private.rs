//! Private class members at run time: `o.#x`, `o.#x = v`, `#x in o`, and
//! how a class puts its private fields, methods and accessors on an object.
//!
//! A private name is an atom no string interns to (`Atoms::intern_private`),
//! made for each name of a class when the class is compiled, and an own
//! property keyed by it carries the `PRIVATE` attribute, which every key
//! list, printing, JSON and spread skip. So `this.#x` is a `GetNamed` of a
//! site named by that atom: shapes, inline caches and compiled code's
//! patched property sites serve it as they serve `this.x`. What differs
//! is only the slow path, here: a private name is looked up on the object
//! itself, never on its prototypes, and its absence is node's TypeError.
//! Private methods and accessors are installed on each instance (the
//! brand check is then the same own lookup); `compile/private.rs` says
//! when.
//!
//! Private names are per class *evaluation*: a class expression evaluated
//! twice (a factory, a mixin) has two `#x`, and an object of one is not
//! readable through the other's methods. A class the compiler cannot prove
//! runs once keeps its names in hidden bindings of a scope around it
//! (`NewPrivateName` fills them: the compiled atom the first time, a fresh
//! one after), and its accesses take the atom from a register
//! (`GetPrivate`, `SetPrivate` …, `with_key`). The compiled atom is also
//! the site's: the inline cache serves the first evaluation; later ones
//! find their fields through the VM's shared (shape, name) table
//! (`cached_slot`), and their methods and accessors by a lookup.

use crate::bytecode::{PrivateInfo, PrivateKind, PropSite};
use crate::error::{ErrorKind, JsResult};
use crate::heap::object::Found;
use crate::heap::shape::{PropKey, ACCESSOR, PRIVATE, WRITABLE};
use crate::heap::JsObject;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

fn info(vm: &Vm, site: &PropSite) -> PrivateInfo {
    vm.privates.get(&site.atom).cloned().unwrap_or(PrivateInfo {
        kind: PrivateKind::Field,
        is_static: false,
        class: ".".into(),
    })
}

fn type_error(vm: &mut Vm, msg: &str) -> crate::error::Thrown {
    vm.throw_error(ErrorKind::TypeError, msg)
}

/// The error for an object that lacks the private name (its class did not
/// put it there): V8's wording differs for fields and for methods.
fn missing(vm: &mut Vm, site: &PropSite, obj: Value, write: bool) -> crate::error::Thrown {
    let i = info(vm, site);
    let static_method = i.is_static && !matches!(i.kind, PrivateKind::Field | PrivateKind::Holder);
    if obj.is_nullish() && !static_method {
        // V8 names the class's brand for methods, the field otherwise.
        let key = match i.kind {
            PrivateKind::Field | PrivateKind::Holder => PropKey::Name(site.atom),
            _ => PropKey::Name(vm.atoms.intern(&i.class)),
        };
        return match (i.kind, write) {
            (PrivateKind::Field | PrivateKind::Holder, true) => property::cannot(vm, "set", "setting", obj, key),
            _ => property::cannot(vm, "read", "reading", obj, key),
        };
    }
    let msg = match (i.kind, i.is_static, write) {
        (PrivateKind::Field | PrivateKind::Holder, _, false) => {
            format!("Cannot read private member {} from an object whose class did not declare it", site.name)
        }
        (PrivateKind::Field | PrivateKind::Holder, _, true) => {
            format!("Cannot write private member {} to an object whose class did not declare it", site.name)
        }
        (_, true, _) => format!("Receiver must be class {}", i.class),
        (_, false, _) => format!("Receiver must be an instance of class {}", i.class),
    };
    type_error(vm, &msg)
}

/// `obj.#x` (the inline cache missed), and whether the inline cache may
/// learn where it was (`ic.rs` does).
pub fn get(vm: &mut Vm, site: &PropSite, obj: Value) -> JsResult<(Value, bool)> {
    get_at(vm, site, site.atom, obj)
}

/// `obj.#x` where this evaluation of the class named `#x` `atom`.
pub fn get_at(vm: &mut Vm, site: &PropSite, atom: u32, obj: Value) -> JsResult<(Value, bool)> {
    let Some(o) = obj.as_object() else { return Err(missing(vm, site, obj, false)) };
    let Some(found) = o.find(atom) else { return Err(missing(vm, site, obj, false)) };
    let (raw, attrs) = match found {
        Found::Slot(i, a) => (o.slot(i), a),
        Found::Dict(a, v) => (v, a),
    };
    if attrs & ACCESSOR == 0 {
        return Ok((raw, true));
    }
    match property::accessor_of(raw) {
        Some((g, _)) if g.as_callable().is_some() => Ok((crate::calls::call_function(vm, g, obj, &[])?, true)),
        _ => Err(type_error(vm, &format!("'{}' was defined without a getter", site.name))),
    }
}

/// `obj.#x = v` (the inline cache missed); the slot the inline cache may
/// record, if any (`ic.rs` does).
pub fn set(vm: &mut Vm, site: &PropSite, obj: Value, v: Value) -> JsResult<Option<u32>> {
    set_at(vm, site, site.atom, obj, v)
}

/// `obj.#x = v` where this evaluation of the class named `#x` `atom`.
pub fn set_at(vm: &mut Vm, site: &PropSite, atom: u32, obj: Value, v: Value) -> JsResult<Option<u32>> {
    let Some(o) = obj.as_object() else { return Err(missing(vm, site, obj, true)) };
    let Some(found) = o.find(atom) else { return Err(missing(vm, site, obj, true)) };
    let (raw, attrs) = match found {
        Found::Slot(i, a) => (o.slot(i), a),
        Found::Dict(a, v) => (v, a),
    };
    if attrs & ACCESSOR != 0 {
        return match property::accessor_of(raw) {
            Some((_, s)) if s.as_callable().is_some() => crate::calls::call_function(vm, s, obj, &[v]).map(|_| None),
            _ => Err(type_error(vm, &format!("'{}' was defined without a setter", site.name))),
        };
    }
    if attrs & WRITABLE == 0 && info(vm, site).kind == PrivateKind::Method {
        return Err(type_error(vm, &format!("Private method '{}' is not writable", site.name)));
    }
    // A field stays writable on a frozen object, as in node.
    o.put_found(found, atom, v);
    Ok(match found {
        Found::Slot(slot, _) if !o.shape().dictionary => Some(slot),
        _ => None,
    })
}

/// `#x in obj`.
pub fn has(vm: &mut Vm, site: &PropSite, atom: u32, obj: Value) -> JsResult<Value> {
    let Some(o) = obj.as_object() else {
        let text = if obj.is_string() { crate::format::lossy(obj).into_owned() } else { crate::format::debug(obj) };
        let msg = format!("Cannot use 'in' operator to search for '{}' in {}", site.name, text);
        return Err(type_error(vm, &msg));
    };
    Ok(Value::bool(o.find(atom).is_some()))
}

/// The error for a second initialisation of a class's privates on `o`.
fn twice(vm: &mut Vm, site: &PropSite, i: &PrivateInfo) -> crate::error::Thrown {
    let msg = match i.kind {
        PrivateKind::Field => format!("Cannot initialize {} twice on the same object", site.name),
        _ => format!("Cannot initialize private methods of class {} twice on the same object", i.class),
    };
    type_error(vm, &msg)
}

fn object(vm: &mut Vm, obj: Value) -> JsResult<&'static JsObject> {
    obj.as_object().ok_or_else(|| type_error(vm, "internal error: private member of a primitive"))
}

/// Puts private field, method or holder `site` on `obj` with value `v`.
pub fn define(vm: &mut Vm, site: &PropSite, atom: u32, obj: Value, v: Value) -> JsResult<()> {
    let o = object(vm, obj)?;
    let i = info(vm, site);
    if o.find(atom).is_some() && i.kind != PrivateKind::Holder {
        return Err(twice(vm, site, &i));
    }
    let attrs = match i.kind {
        PrivateKind::Field => PRIVATE | WRITABLE,
        _ => PRIVATE,
    };
    // Added even to a frozen or non-extensible object, as in node.
    o.redefine(&mut vm.shapes, atom, attrs, v);
    Ok(())
}

/// Puts private accessor `site` on `obj` (getter `g`, setter `s`; undefined
/// when absent).
pub fn define_accessor(vm: &mut Vm, site: &PropSite, atom: u32, obj: Value, g: Value, s: Value) -> JsResult<()> {
    let o = object(vm, obj)?;
    if o.find(atom).is_some() {
        let i = info(vm, site);
        return Err(twice(vm, site, &i));
    }
    let mut sc = vm.scope();
    sc.root(g);
    sc.root(s);
    let pair = property::new_accessor_pair(&mut sc, g, s);
    o.redefine(&mut sc.shapes, atom, PRIVATE | ACCESSOR, pair);
    Ok(())
}

/// The atom in a key register (`NewPrivateName` put it there).
pub fn key_atom(key: Value) -> u32 {
    if key.is_smi() {
        key.as_smi() as u32
    } else {
        u32::MAX
    }
}

/// `NewPrivateName`: the atom private name `atom` (as compiled) has in
/// this evaluation of its class: itself the first time, a fresh atom
/// after (never freed: a class evaluated in a loop costs an atom per
/// private name and evaluation).
pub fn new_name(vm: &mut Vm, atom: u32) -> Value {
    let fresh = if vm.private_evaluated.insert(atom) {
        atom
    } else {
        let name: std::rc::Rc<str> = vm.atoms.name(atom).into();
        vm.atoms.intern_private(&name)
    };
    Value::smi(fresh as i32)
}

/// Where a later evaluation's private field `atom` lives in `o`, if the
/// VM's (shape, name) cache knows: the megamorphic table every site
/// shares (`ic::probe`). A site's own entries are keyed by shape alone,
/// for the site's (compiled) atom, so they cannot hold other evaluations'
/// atoms; the shared table checks the atom too. No site is named by an
/// evaluation's fresh atom, so only `learn_slot` fills these entries, and
/// only with writable fields: a hit may be read or written.
fn cached_slot(vm: &Vm, o: &JsObject, atom: u32) -> Option<u32> {
    if !vm.opts.inline_caches {
        return None;
    }
    let shape = o.shape() as *const _ as usize;
    let e = vm.mega[crate::bytecode::mega_index(shape, atom)];
    (e.shape == shape && e.atom == atom && e.holder_shape == 0).then_some(e.slot)
}

/// Records where field `atom` is in `o` (`cached_slot`), when its shape
/// is in the transition tree and the field a writable data property.
fn learn_slot(vm: &mut Vm, o: &JsObject, atom: u32) {
    let shape = o.shape();
    if !vm.opts.inline_caches || shape.dictionary {
        return;
    }
    if let Some((slot, attrs)) = shape.lookup(atom) {
        if attrs & ACCESSOR == 0 && attrs & WRITABLE != 0 {
            let addr = shape as *const _ as usize;
            vm.mega[crate::bytecode::mega_index(addr, atom)] = crate::bytecode::MegaEntry::own(addr, atom, slot);
        }
    }
}

/// `GetPrivate`: `obj.#x` with this evaluation's atom `key` when it is
/// not the compiled one (the site's inline cache serves that one:
/// `exec` sends it to `ic::get_named`); a field the shared cache knows is
/// a shape check and a load.
pub fn get_with_key(vm: &mut Vm, site: &PropSite, key: Value, obj: Value) -> JsResult<Value> {
    let atom = key_atom(key);
    if let Some(o) = obj.as_object() {
        if let Some(slot) = cached_slot(vm, o, atom) {
            site.hits.set(site.hits.get() + 1);
            return Ok(o.slot(slot));
        }
    }
    site.misses.set(site.misses.get() + 1);
    let (v, cacheable) = get_at(vm, site, atom, obj)?;
    if let (Some(o), true) = (obj.as_object(), cacheable) {
        learn_slot(vm, o, atom);
    }
    Ok(v)
}

/// `SetPrivate`: `obj.#x = v` with this evaluation's atom `key` when it is
/// not the compiled one (which `exec` sends to `ic::set_named`); a field
/// the shared cache knows is a shape check and a store.
pub fn set_with_key(vm: &mut Vm, site: &PropSite, key: Value, obj: Value, v: Value) -> JsResult<()> {
    let atom = key_atom(key);
    if let Some(o) = obj.as_object() {
        if let Some(slot) = cached_slot(vm, o, atom) {
            site.hits.set(site.hits.get() + 1);
            o.set_slot(slot, v);
            return Ok(());
        }
    }
    site.misses.set(site.misses.get() + 1);
    if set_at(vm, site, atom, obj, v)?.is_some() {
        if let Some(o) = obj.as_object() {
            learn_slot(vm, o, atom);
        }
    }
    Ok(())
}
