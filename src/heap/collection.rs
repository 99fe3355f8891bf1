//! The storage of `Map`, `Set`, `WeakMap` and `WeakSet`: an insertion-ordered
//! hash table (ARCHITECTURE.md, "Maps, sets and symbols").
//!
//! Entries live in a vector in insertion order; a deleted entry leaves a
//! tombstone (`None`) so that the position of every later entry stays put.
//! That is what makes iteration while mutating behave as the specification
//! says with no bookkeeping in the iterators: an iterator is a position in
//! the vector, it skips tombstones (deleted entries are not visited) and
//! reads up to the current end (entries added during the loop are).
//! `clear()` turns every entry into a tombstone, so a live iterator goes on
//! with whatever is added afterwards, as in V8.
//!
//! The index maps a key, normalised for SameValueZero, to its position:
//! numbers by value (-0 is +0, every NaN is one key, a Smi and a double of
//! the same value are one key), strings by content, everything else
//! (objects, symbols, booleans, null, undefined) by identity, which is its
//! word: objects never move. So get/set/has/delete are O(1).
//!
//! Tombstones are compacted away once they outnumber the live entries, but
//! only when no iterator is in the middle of the table (`iterators`), since
//! compaction moves entries. An iterator registers when made and
//! unregisters when it runs out or when the collector frees it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::{Trace, Tracer};
use crate::value::Value;

/// Which built-in the table belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollKind {
    Map,
    Set,
    WeakMap,
    WeakSet,
}

impl CollKind {
    pub fn name(self) -> &'static str {
        match self {
            CollKind::Map => "Map",
            CollKind::Set => "Set",
            CollKind::WeakMap => "WeakMap",
            CollKind::WeakSet => "WeakSet",
        }
    }

    pub fn is_set(self) -> bool {
        matches!(self, CollKind::Set | CollKind::WeakSet)
    }
}

/// A key normalised for SameValueZero.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HashKey {
    /// A number's bits (-0 folded into +0, NaNs into one NaN).
    Num(u64),
    /// A string's UTF-16 units.
    Str(Box<[u16]>),
    /// Anything compared by identity: its word.
    Word(u64),
    /// A BigInt, by value.
    BigInt(num_bigint::BigInt),
}

impl HashKey {
    pub fn of(v: Value) -> HashKey {
        if let Some(d) = v.as_number() {
            let d = if d == 0.0 {
                0.0
            } else if d.is_nan() {
                f64::NAN
            } else {
                d
            };
            return HashKey::Num(d.to_bits());
        }
        if let Some(s) = v.as_js_str() {
            return HashKey::Str(s.units().into_owned().into_boxed_slice());
        }
        if let Some(b) = v.as_bigint() {
            return HashKey::BigInt(b.clone());
        }
        HashKey::Word(v.to_bits())
    }
}

/// The entries of one collection. A set's entries have the key as value.
#[derive(Default)]
pub struct Table {
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<HashKey, usize>,
    /// Iterators that hold a position in `entries`.
    iterators: Cell<usize>,
}

pub type SharedTable = Rc<RefCell<Table>>;

impl Table {
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn get(&self, k: Value) -> Option<Value> {
        let &i = self.index.get(&HashKey::of(k))?;
        self.entries[i].map(|(_, v)| v)
    }

    pub fn has(&self, k: Value) -> bool {
        self.index.contains_key(&HashKey::of(k))
    }

    /// Sets `k` to `v` (a new key goes last; an existing one keeps its
    /// place). A -0 key is stored as +0. Returns the bytes of table storage
    /// the insertion allocated, which the caller charges to the heap: a
    /// map's storage lives outside the cells, and a program that keeps
    /// filling short-lived maps would otherwise never make a collection due.
    #[must_use = "charge the grown bytes to the heap (Heap::charge)"]
    pub fn set(&mut self, k: Value, v: Value) -> usize {
        let k = if k.as_double().is_some_and(|d| d == 0.0) { Value::smi(0) } else { k };
        let hk = HashKey::of(k);
        match self.index.get(&hk) {
            Some(&i) => {
                self.entries[i] = Some((k, v));
                0
            }
            None => {
                let before = self.storage_bytes();
                let key_bytes = match &hk {
                    HashKey::Str(u) => u.len() * 2,
                    HashKey::BigInt(b) => b.bits().div_ceil(8) as usize,
                    _ => 0,
                };
                self.index.insert(hk, self.entries.len());
                self.entries.push(Some((k, v)));
                self.storage_bytes().saturating_sub(before) + key_bytes
            }
        }
    }

    /// The bytes the entry vector and the index hold (their capacity: what
    /// was allocated, not what is used).
    fn storage_bytes(&self) -> usize {
        // A hashbrown bucket is the pair plus one control byte.
        let bucket = std::mem::size_of::<(HashKey, usize)>() + 1;
        self.entries.capacity() * std::mem::size_of::<Option<(Value, Value)>>() + self.index.capacity() * bucket
    }

    pub fn delete(&mut self, k: Value) -> bool {
        let Some(i) = self.index.remove(&HashKey::of(k)) else { return false };
        self.entries[i] = None;
        self.compact_if_sparse();
        true
    }

    pub fn clear(&mut self) {
        self.index.clear();
        for e in &mut self.entries {
            *e = None;
        }
        self.compact_if_sparse();
    }

    fn compact_if_sparse(&mut self) {
        let n = self.entries.len();
        if self.iterators.get() != 0 || n < 16 || self.index.len() * 2 > n {
            return;
        }
        self.entries.retain(Option::is_some);
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some((k, _)) = e {
                self.index.insert(HashKey::of(*k), i);
            }
        }
    }

    /// The first live entry at or after `pos`, and the position after it.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let mut i = pos;
        while i < self.entries.len() {
            if let Some((k, v)) = self.entries[i] {
                return Some((i + 1, k, v));
            }
            i += 1;
        }
        None
    }

    /// The live entries in order.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().copied().collect()
    }

    /// The live entries from position `pos` on (an iterator's preview).
    pub fn entries_from(&self, pos: usize) -> Vec<(Value, Value)> {
        self.entries.get(pos..).unwrap_or(&[]).iter().flatten().copied().collect()
    }

    pub fn register_iterator(&self) {
        self.iterators.set(self.iterators.get() + 1);
    }

    pub fn unregister_iterator(&self) {
        self.iterators.set(self.iterators.get().saturating_sub(1));
    }
}

impl Table {
    pub fn trace(&self, t: &mut Tracer) {
        for (k, v) in self.entries.iter().flatten() {
            t.mark(*k);
            t.mark(*v);
        }
        // The table is live bytes too, which pace the major collections
        // (uncounted, a promoted map's table never made one due).
        t.external(self.storage_bytes());
    }
}

/// What a built-in iterator walks.
pub enum IterSource {
    /// An array-like object (arrays, `arguments`, anything with a length),
    /// read by index each step, as `%ArrayIteratorPrototype%.next` does.
    Array(Value),
    /// A string, by code point.
    Str(Value),
    /// A map's or set's table; `true` for a set.
    Table(SharedTable, bool),
}

/// What each step yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

/// The state of a built-in iterator object (`[].values()`,
/// `map.entries()`, `"s"[Symbol.iterator]()`).
pub struct BuiltinIter {
    pub source: IterSource,
    pub kind: IterKind,
    pub pos: usize,
    pub done: bool,
}

impl BuiltinIter {
    pub fn new(source: IterSource, kind: IterKind) -> BuiltinIter {
        if let IterSource::Table(t, _) = &source {
            t.borrow().register_iterator();
        }
        BuiltinIter { source, kind, pos: 0, done: false }
    }

    /// Ends the iteration: it never yields again, and a table may compact.
    pub fn finish(&mut self) {
        if !self.done {
            self.done = true;
            if let IterSource::Table(t, _) = &self.source {
                t.borrow().unregister_iterator();
            }
        }
    }

    pub fn trace(&self, t: &mut Tracer) {
        match &self.source {
            IterSource::Array(v) | IterSource::Str(v) => t.mark(*v),
            IterSource::Table(table, _) => table.borrow().trace(t),
        }
    }
}

impl Drop for BuiltinIter {
    fn drop(&mut self) {
        self.finish();
    }
}

/// A symbol: its description (a string, or undefined for `Symbol()`) and
/// the atom it is as a property key, made the first time it is used as one.
pub struct SymbolData {
    pub description: Value,
    pub atom: Cell<Option<super::shape::Atom>>,
    /// Registered with `Symbol.for` (then `Symbol.keyFor` finds it).
    pub registered: bool,
}

impl Trace for SymbolData {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.description);
    }
}

/// The built-in objects and names the runtime needs for symbols, maps,
/// sets and the iterator protocol (set by builtins/symbol.rs, map.rs,
/// iterator.rs; kept in `Realm::intrinsics`).
pub struct Intrinsics {
    pub symbol_proto: Value,
    /// `BigInt.prototype` (builtins/bigint.rs).
    pub bigint_proto: Value,
    /// `Map.prototype`, `Set.prototype`, `WeakMap.prototype`, `WeakSet.prototype`.
    pub coll_protos: [Value; 4],
    /// The typed arrays' prototypes and constructors, in `TypedKind::ALL`'s
    /// order, and `ArrayBuffer.prototype`.
    pub typed_protos: [Value; 9],
    pub typed_ctors: [Value; 9],
    pub buffer_proto: Value,
    /// `DataView.prototype` and `DataView`.
    pub dataview_proto: Value,
    pub dataview_ctor: Value,
    /// `%ArrayIteratorPrototype%`, `%StringIteratorPrototype%`,
    /// `%MapIteratorPrototype%`, `%SetIteratorPrototype%`.
    pub array_iter_proto: Value,
    pub string_iter_proto: Value,
    pub map_iter_proto: Value,
    pub set_iter_proto: Value,
    /// The one `next` of the built-in iterators: a `for...of` that meets it
    /// steps the iterator without making result objects.
    pub builtin_next: [Value; 4],
    /// `Array.prototype.values` (= `Array.prototype[Symbol.iterator]`) and
    /// `String.prototype[Symbol.iterator]`: while an array or a string
    /// iterates with these, `for...of` walks it directly.
    pub array_values: Value,
    pub string_iterator: Value,
    /// `Symbol.iterator` and its atom.
    pub sym_iterator: Value,
    pub iterator: super::shape::Atom,
    pub next: super::shape::Atom,
    pub done: super::shape::Atom,
    pub value: super::shape::Atom,
    pub return_: super::shape::Atom,
    /// `Symbol.toStringTag`'s atom (node prints `Object [Map Iterator] {}`).
    pub tag: super::shape::Atom,
    /// `Symbol.toPrimitive`'s and `Symbol.hasInstance`'s atoms.
    pub to_primitive: super::shape::Atom,
    /// `Symbol.isConcatSpreadable`'s atom (read by `concat`).
    pub is_concat_spreadable: super::shape::Atom,
    pub has_instance: super::shape::Atom,
    /// `Symbol.match`, `matchAll`, `replace`, `search`, `split`: the
    /// methods String.prototype's namesakes hand an object argument to.
    pub string_methods: [super::shape::Atom; 5],
    /// `Symbol.asyncIterator` (`for await`, `yield*` in an async
    /// generator), `Symbol.species`, `Symbol.unscopables`.
    pub async_iterator: super::shape::Atom,
    pub sym_async_iterator: Value,
    pub species: super::shape::Atom,
    pub unscopables: super::shape::Atom,
    /// `%AsyncGeneratorPrototype%` (src/async_gen.rs) and
    /// `%AsyncGeneratorFunction.prototype%`.
    pub async_gen_proto: Value,
    pub async_gen_fn_proto: Value,
    /// `Map.prototype.set` and `Set.prototype.add` as installed: a
    /// collection constructor that finds these stores without calling them.
    pub coll_adders: [Value; 2],
    /// `Symbol.for`'s registry.
    pub registry: HashMap<Box<[u16]>, Value>,
    /// `Date.prototype` and `Date` (a subclass's instance gets its own
    /// prototype from `new.target`).
    pub date_proto: Value,
    pub date_ctor: Value,
    /// `RegExp.prototype`, `RegExp` and `%RegExpStringIteratorPrototype%`.
    pub regexp_proto: Value,
    pub regexp_ctor: Value,
    pub regexp_iter_proto: Value,
    /// `%GeneratorPrototype%` (each generator function's `prototype`
    /// inherits from it), and the atom of `throw` (`yield*` calls it).
    pub gen_proto: Value,
    /// `%GeneratorPrototype%.next` as installed (`iteration::step` resumes
    /// a generator directly while its `next` is this one).
    pub gen_next: Value,
    pub throw_: super::shape::Atom,
    /// `%GeneratorFunction.prototype%`: what generator functions inherit
    /// from (its `prototype` is `%GeneratorPrototype%`).
    pub gen_fn_proto: Value,
    /// `%AsyncFunction.prototype%`: what async functions inherit from.
    pub async_fn_proto: Value,
    /// `AggregateError.prototype` (`AggregateError(...)` without `new`,
    /// and `Promise.any`'s rejection).
    pub aggregate_error_proto: Value,
    /// `Object.prototype.toString` and `Error.prototype.toString` as
    /// installed: how V8's messages name an object depends on which of
    /// them it inherits (`property::receiver_text`).
    pub object_to_string: Value,
    pub error_to_string: Value,
}

impl Default for Intrinsics {
    fn default() -> Self {
        Intrinsics {
            symbol_proto: Value::NULL,
            bigint_proto: Value::NULL,
            coll_protos: [Value::NULL; 4],
            typed_protos: [Value::NULL; 9],
            typed_ctors: [Value::UNDEFINED; 9],
            buffer_proto: Value::NULL,
            dataview_proto: Value::NULL,
            dataview_ctor: Value::UNDEFINED,
            date_proto: Value::NULL,
            date_ctor: Value::UNDEFINED,
            regexp_proto: Value::NULL,
            regexp_ctor: Value::UNDEFINED,
            regexp_iter_proto: Value::NULL,
            array_iter_proto: Value::NULL,
            string_iter_proto: Value::NULL,
            map_iter_proto: Value::NULL,
            set_iter_proto: Value::NULL,
            builtin_next: [Value::UNDEFINED; 4],
            array_values: Value::UNDEFINED,
            string_iterator: Value::UNDEFINED,
            sym_iterator: Value::UNDEFINED,
            iterator: u32::MAX,
            next: u32::MAX,
            done: u32::MAX,
            value: u32::MAX,
            return_: u32::MAX,
            tag: u32::MAX,
            to_primitive: u32::MAX,
            is_concat_spreadable: u32::MAX,
            has_instance: u32::MAX,
            string_methods: [u32::MAX; 5],
            async_iterator: u32::MAX,
            sym_async_iterator: Value::UNDEFINED,
            species: u32::MAX,
            unscopables: u32::MAX,
            async_gen_proto: Value::NULL,
            async_gen_fn_proto: Value::NULL,
            coll_adders: [Value::UNDEFINED; 2],
            registry: HashMap::new(),
            gen_proto: Value::NULL,
            gen_next: Value::UNDEFINED,
            gen_fn_proto: Value::NULL,
            async_fn_proto: Value::NULL,
            aggregate_error_proto: Value::NULL,
            object_to_string: Value::UNDEFINED,
            error_to_string: Value::UNDEFINED,
            throw_: u32::MAX,
        }
    }
}
