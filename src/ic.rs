//! Inline caches: what a property site remembers about the shapes it met.
//!
//! A site (`bytecode::PropSite`) starts uninitialised. The first lookup
//! records (shape → where the property is): the site is monomorphic; up
//! to `IC_WAYS` different shapes make it polymorphic; more make it
//! megamorphic, and it then asks the VM's global (shape, name) cache. A
//! hit costs a shape comparison and a slot load, instead of a search of
//! the shape and the prototype chain. Both tiers run this code (the
//! interpreter directly, compiled code through its helpers), so the
//! feedback the interpreter gathers is what the JIT later reads, as in a
//! specializing interpreter (CPython's PEP 659).
//!
//! Only shapes in the transition tree are cached: a dictionary-mode
//! object's shape says nothing about where its properties are.

use crate::bytecode::{mega_index, IcEntry, IcKind, IcState, MegaEntry, PropSite, IC_WAYS};
use crate::error::JsResult;
use crate::heap::shape::{PropKey, Shape, ACCESSOR, DEFAULT_ATTRS, WRITABLE};
use crate::heap::JsObject;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

fn addr(s: &'static Shape) -> usize {
    s as *const Shape as usize
}

/// `obj.name` at `site`.
#[inline]
pub fn get_named(vm: &mut Vm, site: &PropSite, obj: Value) -> JsResult<Value> {
    let o = match obj.as_object() {
        Some(o) => o,
        // A string's only own named property is `length`: any other name
        // reads from String.prototype, so the site caches that object's
        // lookup (`s.charCodeAt` in a loop).
        None if obj.is_string() && site.atom != vm.realm.length => match vm.realm.string_proto.as_object() {
            Some(p) => p,
            None => return property::get(vm, obj, PropKey::Name(site.atom)),
        },
        None if site.private => return crate::private::get(vm, site, obj).map(|(v, _)| v),
        None => return property::get(vm, obj, PropKey::Name(site.atom)),
    };
    if site.atom == vm.realm.length && o.is_array() {
        return Ok(vm.number(o.length() as f64));
    }
    if vm.opts.inline_caches {
        if let Some((v, getter)) = probe(vm, site, o) {
            site.hits.set(site.hits.get() + 1);
            return if getter { property::resolve(vm, v, obj) } else { Ok(v) };
        }
    }
    site.misses.set(site.misses.get() + 1);
    if site.private {
        let (v, cacheable) = crate::private::get(vm, site, obj)?;
        if cacheable && vm.opts.inline_caches {
            learn_get(vm, site, o);
        }
        return Ok(v);
    }
    // The receiver stays `obj`: a getter on String.prototype sees the string.
    let v = property::get_with_receiver(vm, o, PropKey::Name(site.atom), obj)?;
    if vm.opts.inline_caches {
        learn_get(vm, site, o);
    }
    Ok(v)
}

/// The getter a getter case of `site`'s cache calls for `obj` (none for a
/// data case, a miss, a megamorphic site): what compiled code's getter
/// cache records (`jit::runtime::add_getter_case`).
pub fn cached_getter(vm: &Vm, site: &PropSite, obj: Value) -> Option<Value> {
    let o = obj.as_object()?;
    match probe(vm, site, o)? {
        (pair, true) => pair.as_object()?.accessor_pair().map(|(g, _)| g),
        _ => None,
    }
}

/// The cached slot value for `o`, and whether it is a getter/setter pair
/// (whose getter the caller runs).
#[inline(always)]
fn probe(vm: &Vm, site: &PropSite, o: &JsObject) -> Option<(Value, bool)> {
    let shape = addr(o.shape());
    match site.state.get() {
        IcState::Uninit => None,
        IcState::Mega => {
            let e = &vm.mega[mega_index(shape, site.atom)];
            if e.shape != shape || e.atom != site.atom {
                return None;
            }
            if e.holder_shape == 0 {
                return Some((o.slot(e.slot), false));
            }
            if e.mids[0] != 0 && !mids_hold(o, &e.mids) {
                return None;
            }
            let holder = e.holder.as_object()?;
            (addr(holder.shape()) == e.holder_shape).then(|| (holder.slot(e.slot), false))
        }
        IcState::Mono | IcState::Poly => {
            for cell in &site.entries {
                let e = cell.get();
                if e.shape == 0 {
                    break;
                }
                if e.shape == shape {
                    return match e.kind {
                        IcKind::Own => Some((o.slot(e.slot), false)),
                        IcKind::OwnGetter => Some((o.slot(e.slot), true)),
                        IcKind::Proto | IcKind::ProtoGetter => {
                            if e.mids[0] != 0 && !mids_hold(o, &e.mids) {
                                return None;
                            }
                            let holder = e.holder.as_object()?;
                            let getter = e.kind == IcKind::ProtoGetter;
                            (addr(holder.shape()) == e.holder_shape).then(|| (holder.slot(e.slot), getter))
                        }
                        IcKind::Add => None,
                    };
                }
            }
            None
        }
    }
}

/// The value of the site's first case when it is an own data property of
/// `o`'s shape: the monomorphic hit, the commonest, tested before anything
/// else. Exact whatever the site's state: an uninitialised or megamorphic
/// site's entries are empty (shape 0, no object's), and nothing is recorded
/// with inline caches off; an array's virtual `length` is in no shape.
#[inline(always)]
fn first_own(site: &PropSite, o: &JsObject) -> Option<Value> {
    let first = site.entries[0].get();
    // Two branches, not one on the conjunction: written as one
    // expression, LLVM computed both compares and combined them with
    // `sete`/`and`/`cmp` (five instructions more on every hit).
    if first.shape != addr(o.shape()) {
        return None;
    }
    if first.kind != IcKind::Own {
        return None;
    }
    Some(o.slot(first.slot))
}

/// Whether the prototypes between `o` and a cached holder still have the
/// shapes `mids` recorded (0 ends the list).
#[inline(always)]
fn mids_hold(o: &JsObject, mids: &[usize; 2]) -> bool {
    let mut cur = o.proto();
    for &m in mids.iter().take_while(|&&m| m != 0) {
        let Some(p) = cur.as_object() else { return false };
        if addr(p.shape()) != m {
            return false;
        }
        cur = p.proto();
    }
    true
}

/// Records where `o`'s shape keeps the site's property, if cacheable.
fn learn_get(vm: &mut Vm, site: &PropSite, o: &'static JsObject) {
    let shape = o.shape();
    if shape.dictionary {
        return;
    }
    // An accessor's slot holds its getter/setter pair, not the value: it is
    // cached as "call the getter in this slot" (OwnGetter, ProtoGetter),
    // which only this cache serves: compiled code patches only Own and
    // Proto cases into its sites, and the megamorphic table only Own and Proto.
    let entry = match shape.lookup(site.atom) {
        Some((slot, attrs)) => {
            let kind = if attrs & ACCESSOR != 0 { IcKind::OwnGetter } else { IcKind::Own };
            IcEntry { slot, kind, ..IcEntry::EMPTY.with_shape(addr(shape)) }
        }
        None => {
            // Found on a prototype? The receiver's shape fixes its
            // prototype; each prototype passed on the way (at most two)
            // must keep its shape, which fixes the next one and proves it
            // has not gained the property.
            let mut holder = shape.proto;
            let mut mids = [0usize; 2];
            let mut mid_objs = [Value::UNDEFINED; 2];
            let mut depth = 0;
            loop {
                let Some(h) = holder.as_object() else { return };
                let hs = h.shape();
                if hs.dictionary {
                    return;
                }
                if let Some((slot, attrs)) = hs.lookup(site.atom) {
                    let kind = if attrs & ACCESSOR != 0 { IcKind::ProtoGetter } else { IcKind::Proto };
                    break IcEntry { shape: addr(shape), slot, kind, holder, holder_shape: addr(hs), mids, mid_objs };
                }
                if depth == mids.len() {
                    return;
                }
                mids[depth] = addr(hs);
                mid_objs[depth] = holder;
                depth += 1;
                holder = hs.proto;
            }
        }
    };
    record(vm, site, entry, shape.id);
}

fn record(vm: &mut Vm, site: &PropSite, entry: IcEntry, shape_id: u32) {
    {
        let mut seen = site.seen.borrow_mut();
        if seen.len() < 8 && !seen.contains(&shape_id) {
            seen.push(shape_id);
        }
    }
    let trace = vm.opts.trace_jit;
    let before = site.state.get();
    match before {
        IcState::Uninit => {
            site.entries[0].set(entry);
            site.state.set(IcState::Mono);
        }
        IcState::Mono | IcState::Poly => {
            let n = site.ways();
            if let Some(i) = (0..n).find(|&i| site.entries[i].get().shape == entry.shape) {
                site.entries[i].set(entry); // a stale case (a prototype changed)
            } else if n < IC_WAYS {
                site.entries[n].set(entry);
                site.state.set(IcState::Poly);
            } else {
                site.state.set(IcState::Mega);
                for e in &site.entries {
                    e.set(IcEntry::EMPTY);
                }
            }
        }
        IcState::Mega => {}
    }
    if site.state.get() == IcState::Mega {
        let e = MegaEntry::own(entry.shape, site.atom, entry.slot);
        match entry.kind {
            IcKind::Own => vm.mega[mega_index(entry.shape, site.atom)] = e,
            // The holder is a prototype of the receiver's shape, which
            // lives as long as the VM (shapes are immortal): the entry
            // cannot outlive it.
            IcKind::Proto => {
                vm.mega[mega_index(entry.shape, site.atom)] =
                    MegaEntry { holder_shape: entry.holder_shape, holder: entry.holder, mids: entry.mids, ..e }
            }
            _ => {}
        }
    }
    if trace && site.state.get() != before {
        eprintln!("[ic] .{}: {:?} -> {:?} (shape#{})", site.name, before, site.state.get(), shape_id);
    }
}

/// `obj.name = v` at `site`.
#[inline]
pub fn set_named(vm: &mut Vm, site: &PropSite, obj: Value, v: Value, strict: bool) -> JsResult<()> {
    let Some(o) = obj.as_object() else {
        if site.private {
            return crate::private::set(vm, site, obj, v).map(|_| ());
        }
        return property::set_in(vm, obj, PropKey::Name(site.atom), v, strict);
    };
    let shape = o.shape();
    if vm.opts.inline_caches && matches!(site.state.get(), IcState::Mono | IcState::Poly) {
        for cell in &site.entries {
            let e = cell.get();
            if e.shape == 0 {
                break;
            }
            if e.shape == addr(shape) {
                match e.kind {
                    IcKind::Own => {
                        site.hits.set(site.hits.get() + 1);
                        o.set_slot(e.slot, v);
                        return Ok(());
                    }
                    IcKind::Add if o.is_extensible() => {
                        site.hits.set(site.hits.get() + 1);
                        let to = match next_shape(vm, &e) {
                            Some(to) => to,
                            None => vm.shapes.add(shape, site.atom, DEFAULT_ATTRS),
                        };
                        o.add_slot(to, v);
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
    }
    site.misses.set(site.misses.get() + 1);
    if site.private {
        if let (Some(slot), true) = (crate::private::set(vm, site, obj, v)?, vm.opts.inline_caches) {
            let shape = o.shape();
            record(vm, site, IcEntry { slot, ..IcEntry::EMPTY.with_shape(addr(shape)) }, shape.id);
        }
        return Ok(());
    }
    if site.define {
        property::define_field(vm, o, PropKey::Name(site.atom), v)?;
    } else {
        property::put(vm, o, PropKey::Name(site.atom), v, strict)?;
    }
    if vm.opts.inline_caches && !shape.dictionary && !o.is_frozen() {
        let entry = match shape.lookup(site.atom) {
            // A definition over other attributes changed the shape.
            Some((slot, attrs)) if attrs & WRITABLE != 0 && (!site.define || attrs == DEFAULT_ATTRS) => {
                Some(IcEntry { slot, ..IcEntry::EMPTY.with_shape(addr(shape)) })
            }
            Some(_) => None,
            None => {
                let now = o.shape();
                // (A setter that ran instead may have added another
                // property: only an add of this one is a case.)
                let added = !now.dictionary
                    && now.parent.is_some_and(|p| std::ptr::eq(p, shape))
                    && now.props.last().is_some_and(|&(a, _)| a == site.atom);
                // The next shape rides in `holder_shape`: compiled code's
                // cold scan replays the add with it (`set_named` stencil);
                // its id in `holder` is how the interpreter gets it back
                // (`next_shape`).
                added.then(|| IcEntry {
                    slot: shape.len() as u32,
                    kind: IcKind::Add,
                    holder: Value::smi(now.id as i32),
                    holder_shape: addr(now),
                    ..IcEntry::EMPTY.with_shape(addr(shape))
                })
            }
        };
        if let Some(e) = entry {
            record(vm, site, e, shape.id);
        }
    }
    Ok(())
}

/// The interpreter's inline part of `get_named`: a cached data property
/// (own or on a prototype) of an object, or None for everything else
/// (primitives, an array's `length`, getters, misses), which the caller
/// sends to `get_named`. Inlined into the dispatch loop so a hit costs no
/// call.
///
/// The entries are scanned whatever the site's state: an uninitialised or
/// megamorphic site's entries are empty (shape 0, no object's), nothing is
/// recorded with inline caches off, and no entry has an array's shape for
/// `length` (`get_named` answers it before learning). So a polymorphic hit
/// (`s.area()` on four classes) pays the shape compares and the case, not
/// the state, the `length` test and the flag first (about a third of its
/// machine instructions: chapter 21).
#[inline(always)]
pub fn get_named_hit(vm: &Vm, site: &PropSite, obj: Value) -> Option<Value> {
    match lookup::<false>(vm, site, obj)? {
        (v, false) => Some(v),
        (_, true) => None,
    }
}

/// `get_named_hit`, and for a getter case the accessor pair the getter is
/// in (`(pair, true)`): the interpreter's plain `GetNamed` enters a script
/// getter as a callee, with the one scan of the entries (a second scan
/// after the data hit missed cost a getter read some sixty machine
/// instructions: chapter 21). The hit is counted by the caller that
/// enters it (`getter_callee`).
#[inline(always)]
pub fn get_named_hit_or_getter(vm: &Vm, site: &PropSite, obj: Value) -> Option<(Value, bool)> {
    lookup::<true>(vm, site, obj)
}

/// The script function of getter pair `pair` when a call may enter it
/// (not a class constructor); counts the site's hit. None for a native or
/// missing getter, which `get_named` runs.
#[inline(always)]
pub fn getter_callee(
    site: &PropSite,
    pair: Value,
) -> Option<(Value, &'static std::rc::Rc<crate::bytecode::FuncProto>)> {
    let (g, _) = pair.as_object()?.accessor_pair()?;
    let p = match g.as_called_script() {
        Some(p) => p,
        None => match g.as_callable()? {
            crate::heap::Callable::Script(p) => crate::bytecode::FuncProto::immortal(p),
            _ => return None,
        },
    };
    if p.kind.is_class_ctor() {
        return None;
    }
    site.hits.set(site.hits.get() + 1);
    Some((g, p))
}

/// The scan behind `get_named_hit` (`GETTERS` false: a getter case is a
/// miss) and `get_named_hit_or_getter`.
#[inline(always)]
fn lookup<const GETTERS: bool>(vm: &Vm, site: &PropSite, obj: Value) -> Option<(Value, bool)> {
    let o = match obj.as_object() {
        Some(o) => o,
        None => return string_hit(vm, site, obj).map(|v| (v, false)),
    };
    if let Some(v) = first_own(site, o) {
        site.hits.set(site.hits.get() + 1);
        return Some((v, false));
    }
    let shape = addr(o.shape());
    // The first entry again only for a prototype case (its own case was
    // `first_own`'s); then the others.
    let first = site.entries[0].get();
    if first.shape == shape {
        return cached::<GETTERS>(site, o, &first);
    }
    for cell in &site.entries[1..] {
        let e = cell.get();
        if e.shape == 0 {
            break;
        }
        if e.shape == shape {
            return cached::<GETTERS>(site, o, &e);
        }
    }
    if site.atom == vm.realm.length && o.is_array() {
        // An array's `length` is virtual: the length field, a Smi unless it
        // is past 2^31 - 1.
        return i32::try_from(o.length()).ok().map(|n| (Value::smi(n), false));
    }
    if site.state.get() != IcState::Mega || !vm.opts.inline_caches {
        return None;
    }
    match probe(vm, site, o)? {
        (v, false) => {
            site.hits.set(site.hits.get() + 1);
            Some((v, false))
        }
        (_, true) => None,
    }
}

/// What entry `e` (whose shape is `o`'s) caches: an own or a prototype's
/// data property (`(value, false)`, the hit counted), with `GETTERS` an
/// own or a prototype's accessor pair (`(pair, true)`, not counted);
/// None for anything else, or a prototype chain that changed.
#[inline(always)]
fn cached<const GETTERS: bool>(site: &PropSite, o: &JsObject, e: &IcEntry) -> Option<(Value, bool)> {
    let v = match e.kind {
        IcKind::Own => o.slot(e.slot),
        IcKind::Proto => proto_slot(o, e)?,
        IcKind::OwnGetter if GETTERS => return Some((o.slot(e.slot), true)),
        IcKind::ProtoGetter if GETTERS => return Some((proto_slot(o, e)?, true)),
        _ => return None,
    };
    site.hits.set(site.hits.get() + 1);
    Some((v, false))
}

/// The holder's slot of prototype case `e`, if the prototypes between
/// still have the shapes recorded.
#[inline(always)]
fn proto_slot(o: &JsObject, e: &IcEntry) -> Option<Value> {
    if e.mids[0] != 0 && !mids_hold(o, &e.mids) {
        return None;
    }
    let holder = e.holder.as_object()?;
    if addr(holder.shape()) != e.holder_shape {
        return None;
    }
    Some(holder.slot(e.slot))
}

/// `get_named_hit` for a string receiver: its `length`, or a method
/// `String.prototype` holds where the site has cached it (`s.length` and
/// `s.charCodeAt` in a scanning loop, which otherwise took `get_named` and,
/// for `length`, the generic `property::get`).
#[inline(always)]
fn string_hit(vm: &Vm, site: &PropSite, obj: Value) -> Option<Value> {
    let s = obj.as_js_str()?;
    if site.private {
        return None;
    }
    if site.atom == vm.realm.length {
        // At most 2^29 - 24 units: always a Smi.
        return Some(Value::smi(s.len() as i32));
    }
    if !vm.opts.inline_caches {
        return None;
    }
    match probe(vm, site, vm.realm.string_proto.as_object()?)? {
        (v, false) => {
            site.hits.set(site.hits.get() + 1);
            Some(v)
        }
        (_, true) => None,
    }
}

/// The shape an "adds slot n" case moves the object to: its id rides in
/// the entry's `holder` (`set_named`), so getting it back is an index
/// into the shape table, not a search of the transitions.
#[inline(always)]
fn next_shape(vm: &Vm, e: &IcEntry) -> Option<&'static Shape> {
    let to = vm.shapes.get(e.holder.as_smi() as u32)?;
    (e.holder.is_smi() && addr(to) == e.holder_shape).then_some(to)
}

/// The interpreter's inline part of `set_named`: a store to an own
/// writable slot the site has cached, or a cached add of a property (an
/// object literal's `{x: 1}`, a constructor's `this.x = x`): the value
/// goes into the next slot and the object takes the recorded next shape,
/// with no search of the shape's transitions (`Shapes::add`). False
/// sends the caller to `set_named`.
#[inline(always)]
pub fn set_named_hit(vm: &Vm, site: &PropSite, obj: Value, v: Value) -> bool {
    let Some(o) = obj.as_object() else { return false };
    let shape = addr(o.shape());
    let first = site.entries[0].get();
    if first.shape == shape {
        if first.kind == IcKind::Own {
            o.set_slot(first.slot, v);
            site.hits.set(site.hits.get() + 1);
            return true;
        }
        return cached_store(vm, site, o, &first, v);
    }
    // The other entries, whatever the state (as in `get_named_hit`): a
    // megamorphic or uninitialised site's are empty, and none is recorded
    // with inline caches off.
    for cell in &site.entries[1..] {
        let e = cell.get();
        if e.shape == 0 {
            return false;
        }
        if e.shape == shape {
            return cached_store(vm, site, o, &e, v);
        }
    }
    false
}

/// The store entry `e` (whose shape is `o`'s) caches: to an own slot, or
/// an add that moves `o` to the recorded next shape.
#[inline(always)]
fn cached_store(vm: &Vm, site: &PropSite, o: &JsObject, e: &IcEntry, v: Value) -> bool {
    match e.kind {
        IcKind::Own => o.set_slot(e.slot, v),
        // A dictionary-mode object is never cached, and freezing or
        // preventing extensions moves it there, so the flag test is a
        // second guard, as compiled code's.
        IcKind::Add if o.is_extensible() => match next_shape(vm, e) {
            Some(to) => o.add_slot(to, v),
            None => return false,
        },
        _ => return false,
    }
    site.hits.set(site.hits.get() + 1);
    true
}
