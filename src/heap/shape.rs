//! Hidden classes ("shapes") and property keys.
//!
//! Every object with named properties points to a `Shape`: the list of its
//! property names in the order they were added, each with its slot (its
//! index in that list) and attributes, plus the object's prototype. Shapes
//! form a transition tree rooted at one empty shape per prototype: adding
//! property `x` to an object of shape S moves it to S's child for `x`,
//! made once and shared by every object that gets the same properties in
//! the same order. So two objects built alike have the *same* shape, and
//! "this object has shape S" is a one-word comparison that tells where
//! every property lives: what inline caches check.
//!
//! Shapes are immortal (leaked, never moved): compiled code compares
//! against their addresses. A prototype is reachable from its shapes, so
//! the collector marks every shape's prototype (`Shapes::trace`).
//!
//! An object whose properties are deleted, or that gets more than
//! `MAX_FAST_PROPERTIES`, leaves the tree for *dictionary mode*: its
//! properties move into a per-object map (`object::Dict`) and its shape
//! becomes its prototype's dictionary shape, which no cache ever records.

use std::cell::RefCell;
use std::collections::HashMap;

/// The shape tables are looked up on every `new` of a function and every
/// computed key: foldhash, not SipHash (no untrusted input picks the keys'
/// distribution here; SipHash was 3% of an Octane-style raytrace).
type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;
use std::rc::Rc;

use super::object::INLINE;
use super::Tracer;
use crate::value::Value;

/// An interned property name (not an array index): its number in `Atoms`.
pub type Atom = u32;

/// A property key after ToPropertyKey: an array index (`0 ..= 2^32 - 2`)
/// or a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropKey {
    Index(u32),
    Name(Atom),
}

/// Property attributes (a bit set).
pub type Attrs = u8;
pub const ENUMERABLE: Attrs = 1;
pub const WRITABLE: Attrs = 2;
pub const CONFIGURABLE: Attrs = 4;
/// An accessor property: its slot holds a getter/setter pair
/// (`ObjClass::Accessor`), never a value; inline caches do not record it.
pub const ACCESSOR: Attrs = 8;
/// What an assignment or an object literal makes.
pub const DEFAULT_ATTRS: Attrs = ENUMERABLE | WRITABLE | CONFIGURABLE;
/// Built-in methods: writable and configurable, not enumerable.
pub const HIDDEN: Attrs = WRITABLE | CONFIGURABLE;
/// A private member (`#x`, keyed by a private atom): no key list,
/// printing, JSON or `in` with a string key ever sees it
/// (`JsObject::named_entries` leaves it out); only `o.#x` reaches it.
pub const PRIVATE: Attrs = 16;

/// Past this many named properties an object goes to dictionary mode.
pub const MAX_FAST_PROPERTIES: usize = 64;

/// The interned names. Never shrinks: an atom's number is baked into
/// bytecode (a property site's key) and into caches.
#[derive(Default)]
pub struct Atoms {
    names: Vec<Rc<str>>,
    ids: FastMap<Rc<str>, Atom>,
    /// The atoms that are symbols (property keys that are not names), with
    /// their symbol. `intern` never returns one: their text is not in `ids`.
    symbols: FastMap<Atom, Value>,
}

impl Atoms {
    pub fn intern(&mut self, name: &str) -> Atom {
        if let Some(&a) = self.ids.get(name) {
            return a;
        }
        let a = self.names.len() as Atom;
        let name: Rc<str> = name.into();
        self.names.push(name.clone());
        self.ids.insert(name, a);
        a
    }

    /// A new atom for symbol `sym` (its text, `Symbol(desc)`, is only for
    /// listings). The caller keeps `sym` alive: the VM pins it.
    pub fn symbol_atom(&mut self, text: &str, sym: Value) -> Atom {
        let a = self.names.len() as Atom;
        self.names.push(text.into());
        self.symbols.insert(a, sym);
        a
    }

    /// The symbol an atom stands for, if it is a symbol key.
    #[inline]
    pub fn symbol_of(&self, a: Atom) -> Option<Value> {
        if self.symbols.is_empty() {
            return None;
        }
        self.symbols.get(&a).copied()
    }

    pub fn is_symbol(&self, a: Atom) -> bool {
        self.symbol_of(a).is_some()
    }

    pub fn lookup(&self, name: &str) -> Option<Atom> {
        self.ids.get(name).copied()
    }

    /// A fresh atom named `name` (`#x`) that no string interns to: a
    /// class's private name (src/private.rs).
    pub fn intern_private(&mut self, name: &str) -> Atom {
        let a = self.names.len() as Atom;
        self.names.push(name.into());
        a
    }

    pub fn name(&self, a: Atom) -> &str {
        self.names.get(a as usize).map(|n| &**n).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// The canonical array index a string names, if any ("0", "17"; not "017",
/// "-1", "1.0" or "4294967295").
pub fn array_index(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 10 || (b.len() > 1 && b[0] == b'0') || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n: u64 = s.parse().ok()?;
    (n < u32::MAX as u64).then_some(n as u32)
}

pub struct Shape {
    /// A small number for listings and traces (`shape#12`).
    pub id: u32,
    /// The prototype of every object of this shape (an object, or null).
    pub proto: Value,
    /// Property names in slot order (the order they were added).
    pub props: Vec<(Atom, Attrs)>,
    pub parent: Option<&'static Shape>,
    /// The shape of objects in dictionary mode (`props` is empty; each
    /// object keeps its own map). Never cached.
    pub dictionary: bool,
    /// How many slots objects of this shape have in their cell: every
    /// shape of a transition tree has its root's (`Shapes::root_sized`),
    /// so a cache that guards on the shape knows whether a slot is there.
    pub capacity: u8,
    transitions: RefCell<Vec<(Atom, Attrs, &'static Shape)>>,
    /// V8's enum cache: the keys `for...in` visits on an object of this
    /// shape that has no elements, with their strings (permanent atom
    /// strings), made on the first loop (`property::for_in_list`).
    pub for_in: RefCell<Option<ForInKeys>>,
}

/// The keys of a `for...in` loop, each with its string when it is made
/// already (`Value::UNDEFINED`: made when visited).
pub type ForInKeys = std::rc::Rc<[(PropKey, Value)]>;

impl Shape {
    /// The slot and attributes of `name`.
    #[inline]
    pub fn lookup(&self, name: Atom) -> Option<(u32, Attrs)> {
        self.props.iter().rposition(|&(a, _)| a == name).map(|i| (i as u32, self.props[i].1))
    }

    pub fn len(&self) -> usize {
        self.props.len()
    }

    pub fn is_empty(&self) -> bool {
        self.props.is_empty()
    }

    /// The shapes from the root to this one (`:describe`'s transition path).
    pub fn path(&'static self) -> Vec<&'static Shape> {
        let mut path = vec![self];
        let mut s = self;
        while let Some(p) = s.parent {
            path.push(p);
            s = p;
        }
        path.reverse();
        path
    }
}

/// Every shape the VM made, and the roots of the transition trees.
#[derive(Default)]
pub struct Shapes {
    /// A key whose first use as a property anywhere is remembered in
    /// `watched_added` (`Symbol.hasInstance`: until some object has it,
    /// `instanceof` need not look for it on the right-hand side's chain).
    pub watched: Option<Atom>,
    pub watched_added: bool,
    all: Vec<&'static Shape>,
    roots: FastMap<(u64, u8), &'static Shape>,
    /// The last root shapes `root` gave, by prototype address: every
    /// `new F()` of a plain function and every base class instance asks
    /// for one, and the map's lookup was a seventh of a loop of `new P(i)`.
    recent: [Option<(u64, &'static Shape)>; RECENT_ROOTS],
    dicts: FastMap<u64, &'static Shape>,
    /// Every object some shape names as its prototype (kept alive by the
    /// shapes, so an address here is never reused).
    protos: std::collections::HashSet<u64>,
    /// Set when an object in `protos` gained a property that an
    /// assignment cannot simply add past (an accessor, a read-only data
    /// property), was frozen, or changed its own prototype: a cached add
    /// (`IcKind::Add`) that walked past it is stale. The VM drops those
    /// caches (`Vm::check_store_caches`) before anything runs on.
    pub protos_changed: bool,
}

/// Whether a property with `attrs` on a prototype stops an assignment
/// from adding a property of that name to an object below it: a setter
/// runs instead, a read-only property refuses.
pub fn blocks_adds(attrs: Attrs) -> bool {
    attrs & PRIVATE == 0 && (attrs & ACCESSOR != 0 || attrs & WRITABLE == 0)
}

const RECENT_ROOTS: usize = 16;

impl Shapes {
    fn make(
        &mut self,
        proto: Value,
        props: Vec<(Atom, Attrs)>,
        parent: Option<&'static Shape>,
        dictionary: bool,
        capacity: u8,
    ) -> &'static Shape {
        if proto.is_ptr() {
            self.protos.insert(proto.to_bits());
        }
        let shape = Box::leak(Box::new(Shape {
            id: self.all.len() as u32,
            proto,
            props,
            parent,
            dictionary,
            capacity,
            transitions: RefCell::new(Vec::new()),
            for_in: RefCell::new(None),
        }));
        self.all.push(shape);
        shape
    }

    /// The empty shape of objects whose prototype is `proto`, in an
    /// object's usual cell (`object::INLINE` slots).
    pub fn root(&mut self, proto: Value) -> &'static Shape {
        let bits = proto.to_bits();
        // Objects are 16-byte aligned at least: the bits above are the ones
        // that differ.
        let at = (bits >> 4) as usize % RECENT_ROOTS;
        match self.recent[at] {
            Some((b, s)) if b == bits => s,
            _ => {
                let s = self.root_sized(proto, INLINE as u8);
                self.recent[at] = Some((bits, s));
                s
            }
        }
    }

    /// The empty shape of objects whose prototype is `proto` and whose
    /// cell has `capacity` slots: a tree of its own, as V8 gives an object
    /// literal a map with as many in-object properties as it has (an
    /// object literal with more than `INLINE` properties lives in a wider
    /// cell, `object::WIDE`).
    pub fn root_sized(&mut self, proto: Value, capacity: u8) -> &'static Shape {
        if let Some(&s) = self.roots.get(&(proto.to_bits(), capacity)) {
            return s;
        }
        let s = self.make(proto, Vec::new(), None, false, capacity);
        self.roots.insert((proto.to_bits(), capacity), s);
        s
    }

    /// The shape of dictionary-mode objects whose prototype is `proto`.
    pub fn dictionary(&mut self, proto: Value) -> &'static Shape {
        if let Some(&s) = self.dicts.get(&proto.to_bits()) {
            return s;
        }
        let s = self.make(proto, Vec::new(), None, true, INLINE as u8);
        self.dicts.insert(proto.to_bits(), s);
        s
    }

    /// The shape `from` becomes when it gains `name`: found in its
    /// transitions, or made and recorded there.
    pub fn add(&mut self, from: &'static Shape, name: Atom, attrs: Attrs) -> &'static Shape {
        if let Some(&(_, _, to)) = from.transitions.borrow().iter().find(|&&(a, at, _)| a == name && at == attrs) {
            return to;
        }
        self.watched_added |= self.watched == Some(name);
        let mut props = from.props.clone();
        props.push((name, attrs));
        let to = self.make(from.proto, props, Some(from), false, from.capacity);
        from.transitions.borrow_mut().push((name, attrs, to));
        to
    }

    /// A shape of its own (outside every transition tree) for the
    /// properties of `from` in another order: for an object that is the
    /// only one of its shape, whose properties are put in order once
    /// (`JsObject::permute_named`). Adding to it starts a tree of its own;
    /// deleting its last property goes to dictionary mode, as from a root.
    pub fn permuted(&mut self, from: &'static Shape, props: Vec<(Atom, Attrs)>) -> &'static Shape {
        debug_assert_eq!(props.len(), from.props.len());
        self.make(from.proto, props, None, false, from.capacity)
    }

    /// The same properties with another prototype (`Object.setPrototypeOf`,
    /// `Object.create` never needs it: it starts from a root).
    pub fn with_proto(&mut self, from: &'static Shape, proto: Value) -> &'static Shape {
        let mut s = self.root_sized(proto, from.capacity);
        for &(name, attrs) in &from.props {
            s = self.add(s, name, attrs);
        }
        s
    }

    /// The same properties with `name`'s attributes changed to `attrs`, in
    /// the same slots: a shape of the tree (replayed from the root), where
    /// every object that changes the same property alike meets again.
    pub fn reconfigure(&mut self, from: &'static Shape, name: Atom, attrs: Attrs) -> &'static Shape {
        let mut s = self.root_sized(from.proto, from.capacity);
        for &(a, at) in &from.props {
            s = self.add(s, a, if a == name { attrs } else { at });
        }
        s
    }

    /// Notes that object `obj` changed in a way that can make cached adds
    /// below it wrong (`protos_changed`): `attrs` of a property it gained
    /// or redefined, or `None` for a freeze or a new prototype.
    pub fn note_proto_change(&mut self, obj: u64, attrs: Option<Attrs>) {
        if attrs.is_none_or(blocks_adds) && self.protos.contains(&obj) {
            self.protos_changed = true;
        }
    }

    /// Marks every prototype a shape refers to.
    pub fn trace(&self, t: &mut Tracer) {
        for s in &self.all {
            t.mark(s.proto);
        }
    }

    /// The shape whose `id` is `id`: how the interpreter's cached add
    /// (`ic::set_named_hit`) gets back the next shape it recorded, safely
    /// and without searching the transitions.
    #[inline(always)]
    pub fn get(&self, id: u32) -> Option<&'static Shape> {
        self.all.get(id as usize).copied()
    }

    pub fn count(&self) -> usize {
        self.all.len()
    }

    /// Every shape, in the order they were made.
    pub fn iter(&self) -> impl Iterator<Item = &'static Shape> + '_ {
        self.all.iter().copied()
    }
}
