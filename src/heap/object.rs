//! Objects: named properties in slots described by a shape, indexed
//! properties in a separate elements store, as in V8.
//!
//! ```text
//!  payload offset  field
//!   0  shape       &'static Shape: names, slots, prototype
//!   8  slots       *mut Value: the in-object slots below, or the overflow
//!                  vector once there are more than the cell holds
//!  16  elements    *mut Value: the dense elements
//!  24  elements_len u32: how many dense elements exist (holes included)
//!  28  length      u32: an array's length (may exceed elements_len)
//!  32  flags       u8: FROZEN, NOT_EXTENSIBLE, ARRAY
//!  33  kind        u8: the ElementsKind
//!  40  code, env   (functions)
//!  56  store, class
//!  88  inline      the in-object slots: INLINE in an object's usual
//!                  128-byte cell, WIDE in the 160-byte cell of an object
//!                  literal with more than INLINE properties (the slots
//!                  run on past the struct to the end of the cell)
//! ```
//!
//! How many in-object slots an object has is its shape's `capacity`
//! (every shape of a transition tree has its root's), so a cache that
//! guards on the shape also knows the slot it adds is in the cell.
//!
//! Property `i` of the shape is `slots[i]` whichever storage holds it, so
//! a cached property access is two loads (the slots pointer, the slot)
//! after one shape comparison; compiled code uses these offsets
//! (`jit::abi`). Elements are `elements[i]` for `i < elements_len`, the
//! word `HOLE` marking a missing one; an array indexed far beyond its
//! dense part switches to a sparse map (`ElementsKind::Dictionary`).
//!
//! The payload is reached through `&'static JsObject` like every payload,
//! so its mutable parts are `Cell`s and one `UnsafeCell` (`Store`) that
//! only short methods here borrow, never across a call out of this file.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use super::shape::{Atom, Attrs, Shape, Shapes, MAX_FAST_PROPERTIES};
use super::{Trace, Tracer};
use crate::bytecode::FuncProto;
use crate::value::Value;

/// Named properties kept inside the object before the overflow vector.
pub const INLINE: usize = 4;
/// In-object slots of a wide object (an object literal's with more than
/// `INLINE` properties: `Vm::new_literal`), the most a 160-byte cell holds.
pub const WIDE: usize = 8;
/// A write this far past the dense elements makes the array sparse.
const MAX_GAP: u32 = 1024;

/// Offsets of the fields compiled code reads (from the payload start).
pub const OFFSET_SHAPE: usize = 0;
pub const OFFSET_SLOTS: usize = 8;
pub const OFFSET_ELEMENTS: usize = 16;
pub const OFFSET_ELEMENTS_LEN: usize = 24;
pub const OFFSET_LENGTH: usize = 28;
pub const OFFSET_FLAGS: usize = 32;
pub const OFFSET_KIND: usize = 33;
/// The first in-object slot (a fresh object's `slots` points here).
pub const OFFSET_INLINE: usize = 88;
/// A script function's code (`*const FuncProto`; null for every other
/// object): what a patched call site compares with its guard.
pub const OFFSET_CODE: usize = 40;
/// A closure's environment: the context it was created in (undefined when
/// it captures nothing).
pub const OFFSET_ENV: usize = 48;

/// V8's elements kinds, tracked so `:describe` can show them and fast paths
/// can rely on them; transitions only go toward the more general kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum ElementsKind {
    PackedSmi,
    PackedDouble,
    Packed,
    HoleySmi,
    HoleyDouble,
    Holey,
    /// A sparse map (indices far apart).
    Dictionary,
}

impl ElementsKind {
    pub fn name(self) -> &'static str {
        match self {
            ElementsKind::PackedSmi => "PACKED_SMI_ELEMENTS",
            ElementsKind::PackedDouble => "PACKED_DOUBLE_ELEMENTS",
            ElementsKind::Packed => "PACKED_ELEMENTS",
            ElementsKind::HoleySmi => "HOLEY_SMI_ELEMENTS",
            ElementsKind::HoleyDouble => "HOLEY_DOUBLE_ELEMENTS",
            ElementsKind::Holey => "HOLEY_ELEMENTS",
            ElementsKind::Dictionary => "DICTIONARY_ELEMENTS",
        }
    }

    /// Whether the elements are raw f64s (`Store::raw`), not values.
    #[inline(always)]
    pub fn is_double(self) -> bool {
        matches!(self, ElementsKind::PackedDouble | ElementsKind::HoleyDouble)
    }

    fn holey(self) -> ElementsKind {
        match self {
            ElementsKind::PackedSmi => ElementsKind::HoleySmi,
            ElementsKind::PackedDouble => ElementsKind::HoleyDouble,
            ElementsKind::Packed => ElementsKind::Holey,
            k => k,
        }
    }

    /// The kind after storing `v`.
    fn with(self, v: Value) -> ElementsKind {
        let holey = matches!(self, ElementsKind::HoleySmi | ElementsKind::HoleyDouble | ElementsKind::Holey);
        let smi = matches!(self, ElementsKind::PackedSmi | ElementsKind::HoleySmi);
        let double = matches!(self, ElementsKind::PackedDouble | ElementsKind::HoleyDouble);
        if self == ElementsKind::Dictionary || v.is_smi() && (smi || double) {
            return self;
        }
        let general = if v.as_double().is_some() && (smi || double) {
            ElementsKind::PackedDouble
        } else if v == Value::HOLE {
            return self.holey();
        } else {
            ElementsKind::Packed
        };
        if holey {
            general.holey()
        } else {
            general
        }
    }
}

/// What a function object calls.
#[derive(Clone)]
pub enum Callable {
    Script(Rc<FuncProto>),
    /// A built-in: its index in the VM's table of natives.
    Native(u32),
}

/// The state of a `for...in` / `for...of` loop.
pub struct Iter {
    /// For `for...in`, the keys to visit (a shape's cached list, or one
    /// made for this loop); for `for...of`, unused. The strings in it are
    /// permanent (atom strings), so the collector need not trace them.
    pub keys: Option<super::shape::ForInKeys>,
    /// For `for...in` over a cached list: the object's shape then. While
    /// it still has it, every key is still there (a delete changes the
    /// shape), so no step looks the key up again.
    pub shape: Option<&'static super::shape::Shape>,
    /// What is iterated (`for...of`), or the object whose keys are visited
    /// (`for...in`: a key deleted during the loop is skipped).
    pub target: Value,
    pub pos: u32,
    /// `for...of` over the iterator protocol: the `next` method of the
    /// iterator object in `target` (unused by the built-in walk of an
    /// array or a string).
    pub next: Value,
    /// Whether `target` is a protocol iterator stepped with `next`. Not
    /// read off `next` itself: an iterator whose `next` is undefined is a
    /// protocol iterator too, and its first step throws.
    pub protocol: bool,
    /// `for await`: 0 no, 1 an async iterator, 2 a sync iterator stepped
    /// as an async-from-sync one (src/async_gen.rs).
    pub asynchronous: u8,
}

/// Where a generator is in its life (src/generators.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenRun {
    /// Made by the call, its body not yet entered.
    Start,
    /// Stopped at a `yield`.
    Suspended,
    /// Running: its frame is on the stack, not in `frame`.
    Running,
    /// Returned or threw: every later `next()` is `{ value: undefined, done: true }`.
    Done,
}

/// A generator object's state: its function and, while it is not running,
/// its frame (callee, `this`, then the registers), which the collector
/// traces like any other values; `pc` and `dst` say where it resumes and
/// which register receives the value sent.
pub struct GenState {
    pub func: Rc<FuncProto>,
    pub frame: Vec<Value>,
    pub pc: u32,
    pub dst: crate::bytecode::Reg,
    pub run: GenRun,
    /// An async generator's requests and state (src/async_gen.rs); None
    /// for a generator or an async function.
    pub queue: Option<Box<AsyncQueue>>,
    /// An async body's two await closures (fulfilled, rejected), made at
    /// its first `await` and reused by the others: no script can reach
    /// them, so one pair serves every await (undefined until then).
    pub awaits: (Value, Value),
}

/// An async generator's state beside its frame (ECMA-262's
/// [[AsyncGeneratorState]] and [[AsyncGeneratorQueue]]).
#[derive(Default)]
pub struct AsyncQueue {
    pub state: AsyncGenState,
    /// The requests not yet answered, oldest first: how (`next` 0, `throw`
    /// 1, `return` 2), the value sent, and the promise `next()` returned.
    pub requests: std::collections::VecDeque<(u8, Value, Value)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AsyncGenState {
    #[default]
    SuspendedStart,
    SuspendedYield,
    /// Running, or waiting at an `await`.
    Executing,
    /// Waiting for the value of a `return()` to settle.
    AwaitingReturn,
    Completed,
}

/// What kind of object this is, beyond its properties.
pub enum ObjClass {
    Plain,
    Array,
    Function(Callable),
    /// The iterator of a `for...in` (true) or `for...of` (false) loop.
    Iter(Box<RefCell<Iter>>, bool),
    /// A primitive wrapped as an object (`Object("s")`): the primitive.
    Boxed(Value),
    /// A function's `arguments` object (printed `[Arguments] { … }`). In a
    /// sloppy function with simple parameters it is *mapped*: entry `i`
    /// names the slot of the object's context (`env`) that holds parameter
    /// `i`, so that writing either writes both (`closure::map_argument`).
    /// The map is made by the first link: most `arguments` objects (any
    /// in strict code, or `f.apply(this, arguments)` in a constructor)
    /// never need one, and the allocation was a fifth of making them.
    Arguments(std::cell::OnceCell<Box<std::cell::RefCell<Vec<Option<u8>>>>>),
    /// An error object (`new Error`, or an error the runtime raised): its
    /// properties are ordinary (`message`, `stack`, `cause`); the class is
    /// what console.log and `Object.prototype.toString` recognise. It holds
    /// the frames its `stack` lists until the string is first needed
    /// (`stack::Capture`; None before an error the runtime raised is
    /// located, and after the string is made).
    Error(Cell<Option<super::capture::Capture>>),
    /// A function that has a home object (a class's constructor, methods,
    /// getters and setters of classes and object literals): `super.x`
    /// looks `x` up on the home object's prototype.
    Method(Callable, Cell<Value>),
    /// The value of an accessor property's slot (attribute `ACCESSOR`):
    /// its getter and setter (undefined when absent). Internal: property
    /// access calls them, no script ever holds this object.
    Accessor(Cell<Value>, Cell<Value>),
    /// A `Map`, `Set`, `WeakMap` or `WeakSet`: its table (shared with its
    /// iterators).
    Collection(super::collection::SharedTable, super::collection::CollKind),
    /// A built-in iterator (`[].values()`, `map.entries()`, a string's).
    BuiltinIter(Box<RefCell<super::collection::BuiltinIter>>),
    /// A `Date`: milliseconds since 1970 UTC, NaN when invalid.
    Date(Cell<f64>),
    /// A `RegExp`: its pattern, flags and compiled program (its
    /// `lastIndex` is an ordinary own property).
    RegExp(Box<crate::regexp::RegExpData>),
    /// A generator object (what calling a generator function returns).
    Generator(Box<RefCell<GenState>>),
    /// A `Promise` (src/promise.rs): its state, result and the reactions
    /// waiting for it to settle.
    Promise(Box<RefCell<crate::event_loop::PromiseState>>),
    /// An `ArrayBuffer`: its bytes (src/heap/typed.rs).
    ArrayBuffer(Box<super::typed::Bytes>),
    /// A typed array: a view of a buffer's bytes (src/heap/typed.rs). Its
    /// elements are not in the elements store, which stays empty.
    Typed(Box<super::typed::View>),
    /// A `DataView`: a byte view (`TypedKind::Uint8`) of a buffer that
    /// reads and writes any element type at any offset, in either byte
    /// order (src/builtins/dataview.rs). Not a typed array: no elements.
    DataView(Box<super::typed::View>),
}

/// A dictionary-mode object's named properties, in insertion order.
#[derive(Default)]
pub struct Dict {
    entries: Vec<Option<(Atom, Attrs, Value)>>,
    index: std::collections::HashMap<Atom, usize>,
}

impl Dict {
    fn get(&self, a: Atom) -> Option<(Attrs, Value)> {
        let &i = self.index.get(&a)?;
        self.entries[i].map(|(_, at, v)| (at, v))
    }
    fn set(&mut self, a: Atom, attrs: Attrs, v: Value) {
        match self.index.get(&a) {
            Some(&i) => self.entries[i] = Some((a, attrs, v)),
            None => {
                self.index.insert(a, self.entries.len());
                self.entries.push(Some((a, attrs, v)));
            }
        }
    }
    fn remove(&mut self, a: Atom) {
        if let Some(i) = self.index.remove(&a) {
            self.entries[i] = None;
        }
        // Compact once tombstones dominate, so churn stays linear.
        if self.entries.len() > 16 && self.index.len() * 2 < self.entries.len() {
            self.entries.retain(Option::is_some);
            self.index = self.entries.iter().enumerate().filter_map(|(i, e)| e.map(|(a, _, _)| (a, i))).collect();
        }
    }
}

/// What an object keeps outside its cell besides its elements: out-of-line
/// slots and the rare parts. Boxed and made on first use, so a plain
/// object with at most `INLINE` properties (most objects: tree nodes,
/// points, closures' records) is one 128-byte cell and nothing else, and
/// an array one cell and its element buffer.
#[derive(Default)]
struct Store {
    overflow: Vec<Value>,
    extra: Option<Box<Extra>>,
}

/// What `store()` reads for an object that has no store yet.
static EMPTY_STORE: Store = Store { overflow: Vec::new(), extra: None };

/// A hole in raw double elements: V8's hole NaN, a NaN no arithmetic
/// produces. Every NaN stored is first made the canonical quiet NaN
/// (`raw_of`), so no element can be mistaken for the hole.
pub const HOLE_NAN_BITS: u64 = 0xfff7_ffff_fff7_ffff;
/// The NaN every NaN element is stored as (Rust's and x86's default).
pub const CANONICAL_NAN_BITS: u64 = 0x7ff8_0000_0000_0000;

/// The raw word for storing number `d` in double elements.
#[inline(always)]
pub fn raw_of(d: f64) -> f64 {
    if d.is_nan() {
        f64::from_bits(CANONICAL_NAN_BITS)
    } else {
        d
    }
}

/// The number a value stores as in double elements: a Smi or a heap
/// double (None for anything else, HOLE included).
#[inline(always)]
fn number_of(v: Value) -> Option<f64> {
    if v.is_smi() {
        Some(v.as_smi() as f64)
    } else {
        v.as_double()
    }
}

/// What a dense element is, read without allocating: a value, or a raw
/// number of double elements that the reader boxes (`Heap::number`) when
/// it needs a value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Elem {
    Value(Value),
    F64(f64),
}

impl Elem {
    /// The element as a value; a raw number is boxed by `heap` (which
    /// never collects, so the caller holds no unrooted value across a
    /// collection here -- but must root the result before its next
    /// allocation through the VM if nothing else holds it).
    #[inline]
    pub fn boxed(self, heap: &mut super::Heap) -> Value {
        match self {
            Elem::Value(v) => v,
            Elem::F64(d) => heap.number(d),
        }
    }

    /// The element as a number, if it is one (`indexOf` and friends).
    pub fn as_number(self) -> Option<f64> {
        match self {
            Elem::Value(v) => number_of(v),
            Elem::F64(d) => Some(d),
        }
    }
}

/// What few objects need: a dictionary, sparse elements.
#[derive(Default)]
struct Extra {
    dict: Option<Dict>,
    sparse: Option<BTreeMap<u32, Value>>,
}

impl Store {
    fn dict(&self) -> Option<&Dict> {
        self.extra.as_ref()?.dict.as_ref()
    }
    fn dict_mut(&mut self) -> Option<&mut Dict> {
        self.extra.as_mut()?.dict.as_mut()
    }
    fn sparse(&self) -> Option<&BTreeMap<u32, Value>> {
        self.extra.as_ref()?.sparse.as_ref()
    }
    fn sparse_mut(&mut self) -> Option<&mut BTreeMap<u32, Value>> {
        self.extra.as_mut()?.sparse.as_mut()
    }
    fn extra(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(Default::default)
    }
}

/// Object flags (compiled code tests FROZEN before storing an element, and
/// ARRAY, which says the class is `Array`, before reading `length`).
pub const FROZEN: u8 = 1;
pub const NOT_EXTENSIBLE: u8 = 2;
pub const ARRAY: u8 = 4;
/// A mapped `arguments` object: compiled code's element store, which
/// would skip the parameter it aliases, leaves it to the runtime. Also set
/// with INDEX_ACCESSORS, whose setters the runtime's store must call.
pub const MAPPED: u8 = 8;
/// In its cell (`placed` ran): from then on, making the store must tell
/// the sweeper the cell owns memory.
const PLACED: u8 = 16;
/// Sealed (`Object.seal`): the elements stay writable but none may be
/// deleted, so `pop`, `shift` and shrinking `length` refuse. Always with
/// NOT_EXTENSIBLE, so every fast path that adds or removes an element
/// already declines.
pub const SEALED: u8 = 32;
/// Has an accessor with an index key (`{ get 0() {} }`), which is kept as
/// a named property under the index's text (elements hold values only):
/// element lookups that miss look there (`property::index_key`).
pub const INDEX_ACCESSORS: u8 = 64;
/// An array whose `length` was made read-only (`Object.defineProperty(a,
/// 'length', {writable: false})`): it may not grow or shrink, though its
/// elements below the length stay writable. Compiled `push`/`pop` test it
/// with FROZEN and NOT_EXTENSIBLE; element stores need not, as they only
/// write inside the dense part, which never reaches past the length.
pub const LENGTH_READONLY: u8 = 128;

#[repr(C)]
pub struct JsObject {
    shape: Cell<&'static Shape>,
    slots: Cell<*mut Value>,
    /// The dense elements: the parts of a `Vec<Value>` (values, `HOLE`
    /// for a hole) or, while the kind is a double kind, of a `Vec<f64>`
    /// (the numbers themselves, `HOLE_NAN` for a hole), with length
    /// `elements_len` and capacity `elements_cap` (`take_buf`/`put_buf`).
    /// In the object rather than in its `Store`: an array costs one
    /// buffer, not a box and a buffer (json.js's `push_first` and every
    /// array's drop were a tenth of its run).
    elements: Cell<*mut Value>,
    elements_len: Cell<u32>,
    length: Cell<u32>,
    flags: Cell<u8>,
    kind: Cell<ElementsKind>,
    elements_cap: Cell<u32>,
    code: Cell<*const FuncProto>,
    env: Cell<Value>,
    store: UnsafeCell<Option<Box<Store>>>,
    pub class: ObjClass,
    /// The first `INLINE` in-object slots; a wide object's others follow
    /// the struct in its cell (`in_object`). Last, for that reason.
    inline: [Cell<Value>; INLINE],
}

const _: () = assert!(std::mem::offset_of!(JsObject, shape) == OFFSET_SHAPE);
const _: () = assert!(std::mem::offset_of!(JsObject, slots) == OFFSET_SLOTS);
const _: () = assert!(std::mem::offset_of!(JsObject, elements) == OFFSET_ELEMENTS);
const _: () = assert!(std::mem::offset_of!(JsObject, elements_len) == OFFSET_ELEMENTS_LEN);
const _: () = assert!(std::mem::offset_of!(JsObject, length) == OFFSET_LENGTH);
const _: () = assert!(std::mem::offset_of!(JsObject, flags) == OFFSET_FLAGS);
const _: () = assert!(std::mem::offset_of!(JsObject, kind) == OFFSET_KIND);
const _: () = assert!(std::mem::offset_of!(JsObject, code) == OFFSET_CODE);
const _: () = assert!(std::mem::offset_of!(JsObject, env) == OFFSET_ENV);
const _: () = assert!(std::mem::offset_of!(JsObject, inline) == OFFSET_INLINE);
const _: () = assert!(std::mem::size_of::<JsObject>() == OFFSET_INLINE + INLINE * 8);

/// Where a named property was found.
#[derive(Clone, Copy, Debug)]
pub enum Found {
    /// In slot `slot` of the shape (cacheable).
    Slot(u32, Attrs),
    /// In the dictionary (not cacheable).
    Dict(Attrs, Value),
}

impl JsObject {
    pub fn new(shape: &'static Shape, class: ObjClass) -> JsObject {
        // Only `Heap::alloc_wide_object` and the wide template make an
        // object whose cell has room for more.
        debug_assert!(shape.capacity as usize == INLINE || shape.capacity as usize == WIDE);
        let code = match &class {
            ObjClass::Function(Callable::Script(p)) | ObjClass::Method(Callable::Script(p), _) => Rc::as_ptr(p),
            _ => std::ptr::null(),
        };
        JsObject {
            code: Cell::new(code),
            env: Cell::new(Value::UNDEFINED),
            shape: Cell::new(shape),
            slots: Cell::new(std::ptr::null_mut()),
            elements: Cell::new(std::ptr::NonNull::dangling().as_ptr()),
            elements_len: Cell::new(0),
            elements_cap: Cell::new(0),
            length: Cell::new(0),
            flags: Cell::new(if matches!(class, ObjClass::Array) { ARRAY } else { 0 }),
            kind: Cell::new(ElementsKind::PackedSmi),
            inline: [const { Cell::new(Value::UNDEFINED) }; INLINE],
            store: UnsafeCell::new(None),
            class,
        }
    }

    /// An array payload holding `items` (HOLE marks a hole).
    pub fn array(shape: &'static Shape, items: Vec<Value>) -> JsObject {
        JsObject::with_elements(shape, ObjClass::Array, items)
    }

    /// A payload of class `class` whose elements are `items` (HOLE marks a
    /// hole), put in at once rather than stored one by one.
    pub fn with_elements(shape: &'static Shape, class: ObjClass, items: Vec<Value>) -> JsObject {
        let kind = kind_of(&items);
        JsObject::with_elements_of_kind(shape, class, items, kind)
    }

    /// A payload whose elements are `items`, none a hole, kept as values
    /// whatever they are (PACKED_ELEMENTS): an `arguments` object, which
    /// is read back as values (`arguments_items`, `apply`) far more often
    /// than indexed as numbers. Choosing the kind by the items, as
    /// `with_elements` does, unboxed double arguments into a raw buffer
    /// (a second vector) and every read boxed them again: raytrace.js's
    /// `this.initialize.apply(this, arguments)` allocated three doubles a
    /// call for nothing.
    pub fn with_packed_values(shape: &'static Shape, class: ObjClass, items: Vec<Value>) -> JsObject {
        debug_assert!(!items.contains(&Value::HOLE));
        let kind = if items.is_empty() { ElementsKind::PackedSmi } else { ElementsKind::Packed };
        JsObject::with_elements_of_kind(shape, class, items, kind)
    }

    fn with_elements_of_kind(
        shape: &'static Shape,
        class: ObjClass,
        items: Vec<Value>,
        kind: ElementsKind,
    ) -> JsObject {
        let o = JsObject::new(shape, class);
        o.kind.set(kind);
        if o.is_array() {
            o.length.set(items.len() as u32);
        }
        o.put_items(kind, items);
        o
    }

    /// Points `slots` and `elements` at their storage. Called by the heap
    /// once the payload is in its cell (the inline slots' address is only
    /// known then), and after any change of the vectors.
    pub(super) fn sync(&self) {
        // SAFETY: as in `store_mut`; this borrow ends before the function does.
        let slots = match unsafe { (*self.store.get()).as_deref_mut() } {
            Some(s) if !s.overflow.is_empty() => Some(s.overflow.as_mut_ptr()),
            _ => None,
        };
        self.slots.set(slots.unwrap_or(self.in_object()));
    }

    /// The element buffer as the vector it is, leaving none: the caller
    /// hands it back with `put_buf` (`with_values`, `with_raw`).
    fn take_buf(&self) -> Vec<Value> {
        let cap = self.elements_cap.get() as usize;
        let (ptr, len) = (self.elements.get(), self.elements_len.get() as usize);
        self.elements.set(std::ptr::NonNull::dangling().as_ptr());
        self.elements_len.set(0);
        self.elements_cap.set(0);
        if cap == 0 {
            return Vec::new();
        }
        // SAFETY: `elements`, `elements_len` and `elements_cap` are the
        // parts of a vector `put_buf` took apart (a `Vec<Value>`, or a
        // `Vec<f64>`, whose elements have the same size and alignment, so
        // the allocation is the one a `Vec<Value>` of that capacity makes),
        // and they were cleared above, so the buffer has one owner.
        unsafe { Vec::from_raw_parts(ptr, len, cap) }
    }

    /// Makes `v` the element buffer (the old one was taken).
    fn put_buf(&self, v: Vec<Value>) {
        let mut v = std::mem::ManuallyDrop::new(v);
        if v.capacity() > 0 && self.flags.get() & PLACED != 0 {
            // A placed object now owns memory its cell's sweep must drop;
            // one still being built is checked when it is placed.
            super::object_owns_memory(self);
        }
        // (A buffer past 2^32 elements is 32 GiB: an array's length
        // stops at 2^32 - 1, and the allocation fails long before.)
        self.elements_len.set(v.len() as u32);
        self.elements_cap.set(v.capacity() as u32);
        self.elements.set(v.as_mut_ptr());
    }

    /// Runs `f` on the elements as values (the kind is not double).
    fn with_values<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        // Every change of the elements may store a reference.
        self.barrier();
        let mut v = self.take_buf();
        let r = f(&mut v);
        self.put_buf(v);
        r
    }

    /// Runs `f` on the elements as raw numbers (a double kind).
    fn with_raw<R>(&self, f: impl FnOnce(&mut Vec<f64>) -> R) -> R {
        let mut v = values_to_raw(self.take_buf());
        let r = f(&mut v);
        self.put_buf(raw_to_values(v));
        r
    }

    /// The elements as values (empty while the kind is double).
    fn values(&self) -> &[Value] {
        if self.kind.get().is_double() {
            return &[];
        }
        // SAFETY: `elements` and `elements_len` are a vector's pointer and
        // length (`put_buf`); the slice is only read before any method that
        // changes the buffer runs (callers copy values out).
        unsafe { std::slice::from_raw_parts(self.elements.get(), self.elements_len.get() as usize) }
    }

    /// The elements as raw numbers (empty unless the kind is double).
    fn raw(&self) -> &[f64] {
        if !self.kind.get().is_double() {
            return &[];
        }
        // SAFETY: as in `values`; the words are f64s while the kind is double.
        unsafe { std::slice::from_raw_parts(self.elements.get() as *const f64, self.elements_len.get() as usize) }
    }

    /// Puts `items` (HOLE marks a hole) into an object without elements,
    /// in the representation of `kind`.
    fn put_items(&self, kind: ElementsKind, items: Vec<Value>) {
        debug_assert!(self.elements_cap.get() == 0);
        self.barrier();
        if kind.is_double() {
            let raw: Vec<f64> =
                items.iter().map(|&v| number_of(v).map_or(f64::from_bits(HOLE_NAN_BITS), raw_of)).collect();
            self.put_buf(raw_to_values(raw));
        } else {
            self.put_buf(items);
        }
    }

    /// The first in-object slot. A wide object's slots past `INLINE` are
    /// in its cell after the struct, so the pointer is made from the
    /// address (the heap exposed its chunks' provenance), not from the
    /// field, whose borrow covers only `INLINE` of them.
    #[inline(always)]
    fn in_object(&self) -> *mut Value {
        std::ptr::with_exposed_provenance_mut(self.inline.as_ptr().addr())
    }

    /// How many named properties are in the cell rather than in the
    /// overflow vector (0 once they moved out): `:describe` tells them apart.
    pub fn in_object_slots(&self) -> usize {
        let shape = self.shape.get();
        if shape.dictionary || self.slots.get() != self.in_object() {
            0
        } else {
            shape.len().min(shape.capacity as usize)
        }
    }

    /// The store, made on first use.
    fn store_mut<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        // Every change of the store may store a reference.
        self.barrier();
        // SAFETY: the VM is single-threaded and no method of this file lets a
        // reference into the store escape or calls out while holding one, so
        // this is the only live borrow of the store.
        let store = unsafe { &mut *self.store.get() };
        let s = match store {
            Some(s) => s,
            None => {
                // A placed object now owns memory its cell's sweep must
                // drop; one still being built is checked when it is placed
                // (`owns_memory`).
                if self.flags.get() & PLACED != 0 {
                    super::object_owns_memory(self);
                }
                store.insert(Box::default())
            }
        };
        f(s)
    }

    /// The write barrier (`heap::write_barrier`) for a store into this
    /// object. One still being built (not yet in its cell) is young.
    #[inline(always)]
    pub fn barrier(&self) {
        if self.flags.get() & PLACED != 0 {
            super::write_barrier_payload(self);
        }
    }

    /// Whether the object survived a collection (see `Heap::charge_growth`).
    pub fn is_old(&self) -> bool {
        self.flags.get() & PLACED != 0 && super::payload_is_old(self)
    }

    /// Records that the payload is in its cell (called by `placed`).
    pub(super) fn mark_placed(&self) {
        self.flags.set(self.flags.get() | PLACED);
    }

    /// Whether dropping this object frees anything: its store, or what its
    /// class holds (conservatively, every class but plain and array).
    pub(super) fn owns_memory(&self) -> bool {
        // SAFETY: as in `store`.
        let has_store = unsafe { (*self.store.get()).is_some() };
        has_store || self.elements_cap.get() > 0 || !matches!(self.class, ObjClass::Plain | ObjClass::Array)
    }

    /// The store, or an empty one when the object has none yet (reading
    /// never makes one).
    fn store(&self) -> &Store {
        // SAFETY: as in `store_mut`: the shared borrow ends before any
        // method that mutates the store can run (callers copy values out).
        unsafe { (*self.store.get()).as_deref().unwrap_or(&EMPTY_STORE) }
    }

    #[inline(always)]
    pub fn shape(&self) -> &'static Shape {
        self.shape.get()
    }

    /// Gives a fresh object made from the `{}` template (`Vm::new_object`)
    /// another root shape of the same size: an empty object inheriting
    /// from that shape's prototype, as compiled code's `alloc_this` makes
    /// one by storing the shape over the template's.
    pub fn set_root_shape(&self, shape: &'static Shape) {
        debug_assert!(shape.props.is_empty() && !shape.dictionary && shape.capacity == self.shape().capacity);
        debug_assert!(self.shape().props.is_empty() && self.elements_len.get() == 0);
        self.shape.set(shape);
    }

    pub fn proto(&self) -> Value {
        self.shape.get().proto
    }

    pub fn is_array(&self) -> bool {
        matches!(self.class, ObjClass::Array)
    }

    /// The function a script function object runs, read through the
    /// `code` word (what compiled code reads) rather than by matching
    /// `class`, whose niche-encoded variants cost the interpreter's call
    /// some ten instructions more (chapter 21).
    #[inline(always)]
    pub fn script_proto(&self) -> Option<&FuncProto> {
        let code = self.code.get();
        if code.is_null() {
            return None;
        }
        // SAFETY: a non-null `code` is `Rc::as_ptr` of the `Rc<FuncProto>`
        // this object's `class` holds (`JsObject::new`, the only writer),
        // so it points to a live `FuncProto` for as long as `self` lives.
        Some(unsafe { &*code })
    }

    pub fn callable(&self) -> Option<&Callable> {
        match &self.class {
            ObjClass::Function(c) | ObjClass::Method(c, _) => Some(c),
            _ => None,
        }
    }

    /// A closure's environment (undefined for other objects).
    pub fn env(&self) -> Value {
        self.env.get()
    }

    /// Sets a new closure's environment (before anyone else sees it).
    pub fn set_env(&self, env: Value) {
        self.barrier();
        self.env.set(env);
    }

    /// A method's home object (undefined for other objects).
    pub fn home(&self) -> Value {
        match &self.class {
            ObjClass::Method(_, h) => h.get(),
            _ => Value::UNDEFINED,
        }
    }

    /// The (getter, setter) of an accessor pair.
    pub fn accessor_pair(&self) -> Option<(Value, Value)> {
        match &self.class {
            ObjClass::Accessor(g, s) => Some((g.get(), s.get())),
            _ => None,
        }
    }

    /// Replaces one half of an accessor pair (`set` false: the getter).
    /// The getter goes into `env` as well: compiled code reads it there
    /// (`abi::PAIR_GETTER_DISP`), at an offset `ObjClass`'s enum layout
    /// does not fix.
    pub fn set_accessor_half(&self, set: bool, f: Value) {
        self.barrier();
        if let ObjClass::Accessor(g, s) = &self.class {
            if set {
                s.set(f)
            } else {
                g.set(f);
                self.env.set(f);
            }
        }
    }

    pub fn elements_kind(&self) -> ElementsKind {
        self.kind.get()
    }

    pub fn is_frozen(&self) -> bool {
        self.flags.get() & FROZEN != 0
    }

    /// Marks a mapped `arguments` object (see `MAPPED`).
    pub fn set_mapped(&self) {
        self.flags.set(self.flags.get() | MAPPED);
    }

    /// The context slot aliasing element `i` of a mapped `arguments`
    /// object, while the two are still linked.
    pub fn mapped_slot(&self, i: u32) -> Option<u8> {
        match &self.class {
            ObjClass::Arguments(map) => map.get()?.borrow().get(i as usize).copied().flatten(),
            _ => None,
        }
    }

    /// Ends the link of element `i` with its parameter (`delete
    /// arguments[i]`).
    pub fn unmap(&self, i: u32) {
        if let ObjClass::Arguments(map) = &self.class {
            if let Some(e) = map.get().map(|m| m.borrow_mut()).as_deref_mut().and_then(|m| m.get_mut(i as usize)) {
                *e = None;
            }
        }
    }

    pub fn is_extensible(&self) -> bool {
        self.flags.get() & NOT_EXTENSIBLE == 0
    }

    pub fn has_index_accessors(&self) -> bool {
        self.flags.get() & INDEX_ACCESSORS != 0
    }

    /// Marks an object with index-keyed accessors; MAPPED too, so that no
    /// fast path (the interpreter's `set_dense`, compiled code's element
    /// store) fills a hole where an accessor is: the runtime's store finds
    /// the setter.
    pub fn mark_index_accessors(&self) {
        self.flags.set(self.flags.get() | INDEX_ACCESSORS | MAPPED);
    }

    /// Whether an array's `length` may change (not frozen, not made
    /// read-only on its own).
    pub fn length_writable(&self) -> bool {
        self.flags.get() & (FROZEN | LENGTH_READONLY) == 0
    }

    /// Makes an array's `length` read-only (see `LENGTH_READONLY`).
    pub fn make_length_readonly(&self) {
        self.flags.set(self.flags.get() | LENGTH_READONLY);
    }

    /// Whether no element may be deleted (sealed or frozen).
    pub fn elements_sealed(&self) -> bool {
        self.flags.get() & (SEALED | FROZEN) != 0
    }

    /// The highest element index at or above `n`, the one a truncation to
    /// `n` of a sealed object would fail to delete first.
    pub fn last_index_from(&self, n: u32) -> Option<u32> {
        self.index_keys().into_iter().filter(|&i| i >= n).max()
    }

    pub fn is_dictionary(&self) -> bool {
        self.shape.get().dictionary
    }

    // ----- named properties -----

    /// The value in slot `i` of the shape.
    #[inline(always)]
    pub fn slot(&self, i: u32) -> Value {
        debug_assert!((i as usize) < self.shape.get().len());
        // SAFETY: `slots` points at the shape's `capacity` in-object slots
        // (the object is in a cell that wide) or at the overflow vector, which holds a slot for every property of the shape
        // (`add_slot` grows it before the shape grows), and `i` is a slot of
        // the current shape (callers found it there).
        unsafe { *self.slots.get().add(i as usize) }
    }

    #[inline(always)]
    pub fn set_slot(&self, i: u32, v: Value) {
        debug_assert!((i as usize) < self.shape.get().len());
        self.barrier();
        // SAFETY: as in `slot`.
        unsafe { *self.slots.get().add(i as usize) = v }
    }

    /// Looks `name` up among the own named properties.
    #[inline]
    pub fn find(&self, name: Atom) -> Option<Found> {
        let shape = self.shape.get();
        if shape.dictionary {
            let d = self.store().dict()?;
            return d.get(name).map(|(a, v)| Found::Dict(a, v));
        }
        shape.lookup(name).map(|(slot, attrs)| Found::Slot(slot, attrs))
    }

    pub fn get_named(&self, name: Atom) -> Option<Value> {
        match self.find(name)? {
            Found::Slot(i, _) => Some(self.slot(i)),
            Found::Dict(_, v) => Some(v),
        }
    }

    /// A named data property of this object or the first prototype that
    /// has it.
    pub fn lookup_named(&self, name: Atom) -> Option<Value> {
        if let Some(v) = self.get_named(name) {
            return Some(v);
        }
        let mut cur = self.proto();
        while let Some(p) = cur.as_object() {
            if let Some(v) = p.get_named(name) {
                return Some(v);
            }
            cur = p.proto();
        }
        None
    }

    /// The bits of this object's value (its cell's address, tagged): how
    /// `Shapes` knows it (`note_proto_change`).
    fn bits(&self) -> u64 {
        let cell = (self as *const JsObject as usize) - std::mem::offset_of!(super::ObjCell<JsObject>, payload);
        cell as u64 | crate::value::TAG_PTR
    }

    /// Adds a new named property (the caller checked it is absent and the
    /// object extensible): a shape transition, or a dictionary entry.
    pub fn add_named(&self, shapes: &mut Shapes, name: Atom, attrs: Attrs, v: Value) {
        shapes.note_proto_change(self.bits(), Some(attrs));
        let shape = self.shape.get();
        if !shape.dictionary && shape.len() >= MAX_FAST_PROPERTIES {
            self.to_dictionary(shapes);
        }
        let shape = self.shape.get();
        if shape.dictionary {
            shapes.watched_added |= shapes.watched == Some(name);
            self.store_mut(|s| s.extra().dict.get_or_insert_with(Default::default).set(name, attrs, v));
            return;
        }
        let to = shapes.add(shape, name, attrs);
        self.add_slot(to, v);
    }

    /// Moves to `to` (one property more than now) storing `v` in the new
    /// slot: the transition a cached store replays. Always inlined: the
    /// interpreter's `SetNamed` arm called it out of line (about fifteen
    /// instructions and a call for every property an object literal adds).
    #[inline(always)]
    pub fn add_slot(&self, to: &'static Shape, v: Value) {
        let n = self.shape.get().len();
        debug_assert_eq!(to.len(), n + 1);
        // While the slots are in the object, `slots` points at them (`sync`).
        if n < to.capacity as usize && std::ptr::eq(self.slots.get(), self.in_object()) {
            self.barrier();
            // SAFETY: the object's cell has `capacity` in-object slots
            // (the shape's, which `to` shares), and `n` is below it.
            unsafe { self.in_object().add(n).write(v) };
            self.shape.set(to);
        } else {
            self.add_slot_out_of_line(to, v);
        }
    }

    #[cold]
    #[inline(never)]
    fn add_slot_out_of_line(&self, to: &'static Shape, v: Value) {
        let n = self.shape.get().len();
        let capacity = to.capacity as usize;
        let in_object = self.store().overflow.is_empty();
        if in_object && n < capacity {
            self.barrier();
            // SAFETY: as in `add_slot`.
            unsafe { self.in_object().add(n).write(v) };
        } else {
            // Out of line (the vector may already be longer than the shape,
            // after deleting the last property: reuse its slot).
            self.store_mut(|s| {
                if s.overflow.is_empty() {
                    s.overflow.reserve(capacity * 2);
                    // SAFETY: the object is full: its `capacity` in-object
                    // slots (n of them) all hold properties.
                    s.overflow.extend((0..n.min(capacity)).map(|i| unsafe { self.in_object().add(i).read() }));
                }
                if n < s.overflow.len() {
                    s.overflow[n] = v;
                } else {
                    s.overflow.push(v);
                }
            });
            self.sync();
        }
        self.shape.set(to);
    }

    /// Overwrites an existing named property.
    pub fn put_found(&self, found: Found, name: Atom, v: Value) {
        match found {
            Found::Slot(i, _) => self.set_slot(i, v),
            Found::Dict(attrs, _) => self.store_mut(|s| {
                if let Some(d) = s.dict_mut() {
                    d.set(name, attrs, v)
                }
            }),
        }
    }

    /// Removes an own named property; the object goes to dictionary mode
    /// (unless it was the last one added: then it goes back one shape).
    pub fn delete_named(&self, shapes: &mut Shapes, name: Atom) {
        let shape = self.shape.get();
        if !shape.dictionary {
            match shape.props.last() {
                Some(&(last, _)) if last == name && shape.parent.is_some() => {
                    let n = shape.len() - 1;
                    self.set_slot(n as u32, Value::UNDEFINED);
                    if let Some(p) = shape.parent {
                        self.shape.set(p);
                    }
                    return;
                }
                _ => self.to_dictionary(shapes),
            }
        }
        self.store_mut(|s| {
            if let Some(d) = s.dict_mut() {
                d.remove(name)
            }
        });
    }

    /// Gives own named property `name` the attributes `attrs` and the value
    /// `v` (adding it if absent), keeping its place in the key order
    /// (`Object.defineProperty`). Changing the attributes of a property
    /// moves the object to dictionary mode: a shape's attributes are shared
    /// by every object of that shape.
    pub fn redefine(&self, shapes: &mut Shapes, name: Atom, attrs: Attrs, v: Value) {
        shapes.note_proto_change(self.bits(), Some(attrs));
        match self.find(name) {
            None => self.add_named(shapes, name, attrs, v),
            Some(Found::Slot(i, a)) if a == attrs => self.set_slot(i, v),
            Some(_) => {
                self.to_dictionary(shapes);
                self.store_mut(|s| {
                    if let Some(d) = s.dict_mut() {
                        d.set(name, attrs, v)
                    }
                });
            }
        }
    }

    /// Gives own property `name` the attributes `attrs` and the value `v`,
    /// staying in the transition tree (`Shapes::reconfigure`) rather than
    /// going to dictionary mode as `redefine` does: for the runtime's own
    /// change of one property of many objects alike (an error's lazy
    /// `stack` becoming a string), which must not slow the objects down.
    pub fn reconfigure(&self, shapes: &mut Shapes, name: Atom, attrs: Attrs, v: Value) {
        shapes.note_proto_change(self.bits(), Some(attrs));
        let shape = self.shape.get();
        match shape.lookup(name) {
            Some((i, _)) if !shape.dictionary => {
                self.shape.set(shapes.reconfigure(shape, name, attrs));
                self.set_slot(i, v);
            }
            _ => self.redefine(shapes, name, attrs, v),
        }
    }

    /// Puts the own named properties in a new order: `order` lists the
    /// current positions (slots, or entries of a dictionary) in the order
    /// wanted, each once. The values move to their new slots under a shape
    /// made for the new order (`Shapes::permuted`): for an object that is
    /// the only one of its shape (a built-in prototype), once, before any
    /// code ran and cached a slot.
    pub fn permute_named(&self, shapes: &mut Shapes, order: &[usize]) {
        let shape = self.shape.get();
        if shape.dictionary {
            let entries = self.named_entries();
            self.store_mut(|s| {
                if let Some(d) = s.dict_mut() {
                    *d = Dict::default();
                    for &i in order {
                        let (name, attrs, v) = entries[i];
                        d.set(name, attrs, v);
                    }
                }
            });
            return;
        }
        let values: Vec<Value> = order.iter().map(|&i| self.slot(i as u32)).collect();
        let props = order.iter().map(|&i| shape.props[i]).collect();
        self.shape.set(shapes.permuted(shape, props));
        for (i, v) in values.into_iter().enumerate() {
            self.set_slot(i as u32, v);
        }
    }

    /// Leaves the transition tree: every named property moves to a map.
    pub fn to_dictionary(&self, shapes: &mut Shapes) {
        let shape = self.shape.get();
        if shape.dictionary {
            return;
        }
        let mut d = Dict::default();
        for (i, &(name, attrs)) in shape.props.iter().enumerate() {
            d.set(name, attrs, self.slot(i as u32));
        }
        self.store_mut(|s| {
            s.extra().dict = Some(d);
            s.overflow = Vec::new();
        });
        for i in 0..shape.capacity as usize {
            // SAFETY: the cell has the shape's `capacity` in-object slots.
            unsafe { self.in_object().add(i).write(Value::UNDEFINED) };
        }
        self.shape.set(shapes.dictionary(shape.proto));
        self.sync();
    }

    /// Changes the prototype.
    pub fn set_proto(&self, shapes: &mut Shapes, proto: Value) {
        shapes.note_proto_change(self.bits(), None);
        let shape = self.shape.get();
        if shape.dictionary {
            self.shape.set(shapes.dictionary(proto));
        } else {
            self.shape.set(shapes.with_proto(shape, proto));
        }
    }

    /// Whether the object may have an index key: an element (a hole
    /// counts, conservatively), a typed array's or a String object's
    /// index, or an accessor whose name is an index.
    pub fn may_have_index_keys(&self) -> bool {
        self.elements_len.get() != 0
            || matches!(self.class, ObjClass::Typed(_) | ObjClass::Boxed(_))
            || self.store().sparse().is_some()
            || self.has_index_accessors()
    }

    /// Whether `for...in` may find an own key here: an element (a hole
    /// counts, conservatively), a typed array's or a String object's
    /// index, or a named property with `ENUMERABLE` that `skip` (symbols)
    /// does not exclude. No allocation: `for...in` asks it of every
    /// prototype on each loop.
    pub fn may_have_enumerable_keys(&self, skip: impl Fn(Atom) -> bool) -> bool {
        if self.may_have_index_keys() {
            return true;
        }
        let shape = self.shape.get();
        let visible =
            |a: Atom, at: Attrs| at & super::shape::ENUMERABLE != 0 && at & super::shape::PRIVATE == 0 && !skip(a);
        if shape.dictionary {
            return match self.store().dict() {
                Some(d) => d.entries.iter().flatten().any(|&(a, at, _)| visible(a, at)),
                None => false,
            };
        }
        shape.props.iter().any(|&(a, at)| visible(a, at))
    }

    /// The own named properties in order: (name, attributes, value).
    pub fn named_entries(&self) -> Vec<(Atom, Attrs, Value)> {
        let shape = self.shape.get();
        if shape.dictionary {
            return match self.store().dict() {
                Some(d) => d.entries.iter().flatten().copied().filter(|e| e.1 & super::shape::PRIVATE == 0).collect(),
                None => Vec::new(),
            };
        }
        shape
            .props
            .iter()
            .enumerate()
            .filter(|(_, &(_, at))| at & super::shape::PRIVATE == 0)
            .map(|(i, &(a, at))| (a, at, self.slot(i as u32)))
            .collect()
    }

    /// Freezes: no property may change, none be added or removed.
    pub fn freeze(&self, shapes: &mut Shapes) {
        shapes.note_proto_change(self.bits(), None);
        self.to_dictionary(shapes);
        self.store_mut(|s| {
            if let Some(d) = s.dict_mut() {
                for (_, attrs, _) in d.entries.iter_mut().flatten() {
                    *attrs &= !(super::shape::WRITABLE | super::shape::CONFIGURABLE);
                }
            }
        });
        self.flags.set(self.flags.get() | FROZEN | NOT_EXTENSIBLE);
    }

    /// No property may be added from now on. The object leaves the
    /// transition tree, so no cached store can add one (a cache that adds
    /// a property trusts the shape to say the object is extensible).
    pub fn prevent_extensions(&self, shapes: &mut Shapes) {
        self.to_dictionary(shapes);
        self.flags.set(self.flags.get() | NOT_EXTENSIBLE);
    }

    /// Seals the elements (the named properties' attributes are the
    /// caller's): see `SEALED`.
    pub fn seal_elements(&self, shapes: &mut Shapes) {
        self.prevent_extensions(shapes);
        self.flags.set(self.flags.get() | SEALED);
    }

    // ----- elements -----

    /// An array's length (0 for other objects, whose indexed properties
    /// have no length).
    #[inline(always)]
    pub fn length(&self) -> u32 {
        self.length.get()
    }

    /// The element at `i` without allocating, or None for a hole or an
    /// absent index.
    #[inline]
    pub fn element(&self, i: u32) -> Option<Elem> {
        if i < self.elements_len.get() {
            if self.kind.get().is_double() {
                // SAFETY: while the kind is a double kind `elements` points at
                // the raw vector (`sync`), whose length is `elements_len`.
                let d = unsafe { *(self.elements.get() as *const f64).add(i as usize) };
                return (d.to_bits() != HOLE_NAN_BITS).then_some(Elem::F64(d));
            }
            // SAFETY: `elements` points at the elements vector, whose length
            // is `elements_len` (`sync` and the writers below keep them equal).
            let v = unsafe { *self.elements.get().add(i as usize) };
            return (v != Value::HOLE).then_some(Elem::Value(v));
        }
        if self.kind.get() == ElementsKind::Dictionary {
            return self.store().sparse().and_then(|m| m.get(&i).copied()).map(Elem::Value);
        }
        if let ObjClass::Typed(view) = &self.class {
            return view.get(i).map(Elem::F64);
        }
        None
    }

    /// The typed array's view, when this object is one.
    #[inline(always)]
    pub fn typed(&self) -> Option<&super::typed::View> {
        match &self.class {
            ObjClass::Typed(view) => Some(view),
            _ => None,
        }
    }

    /// The element at `i` of the dense part, or None for a hole or an
    /// index past it (which `get_index` would look up further).
    #[inline(always)]
    pub fn get_dense(&self, i: u32) -> Option<Elem> {
        if i < self.elements_len.get() {
            if self.kind.get().is_double() {
                // SAFETY: as in `element`.
                let d = unsafe { *(self.elements.get() as *const f64).add(i as usize) };
                return (d.to_bits() != HOLE_NAN_BITS).then_some(Elem::F64(d));
            }
            // SAFETY: as in `element`.
            let v = unsafe { *self.elements.get().add(i as usize) };
            return (v != Value::HOLE).then_some(Elem::Value(v));
        }
        None
    }

    /// Stores `v` as element `i` of the dense part (a hole there is
    /// filled) when that is all a store does: the object is extensible,
    /// not frozen, and no parameter aliases the element (a mapped
    /// `arguments`), and the elements are values before and after (a
    /// double kind, or a store that makes one, converts in `set_index`).
    /// False: nothing was done, the caller takes `property::put`.
    #[inline(always)]
    pub fn set_dense(&self, i: u32, v: Value) -> bool {
        if i >= self.elements_len.get()
            || self.flags.get() & (FROZEN | NOT_EXTENSIBLE | MAPPED) != 0
            || v == Value::HOLE
        {
            return false;
        }
        let kind = self.kind.get();
        let next = kind.with(v);
        if kind.is_double() || next.is_double() {
            return false;
        }
        self.barrier();
        // SAFETY: as in `element`.
        unsafe { *self.elements.get().add(i as usize) = v };
        if next != kind {
            self.kind.set(next);
        }
        true
    }

    /// The element at `i` as a value (a raw number boxed by `heap`, which
    /// does not collect: see `Elem::boxed` for what the caller must root),
    /// or None for a hole or absent index.
    #[inline]
    pub fn get_index(&self, heap: &mut super::Heap, i: u32) -> Option<Value> {
        self.element(i).map(|e| e.boxed(heap))
    }

    /// The first `n` elements as values when the dense store holds exactly
    /// them, none a hole and none a raw number: a copy made without a
    /// lookup per index (`arguments_items`).
    pub fn packed_values(&self, n: u32) -> Option<Vec<Value>> {
        let kind = self.kind.get();
        if kind.is_double() || kind == ElementsKind::Dictionary || self.elements_len.get() != n {
            return None;
        }
        let items = self.values();
        (!items.contains(&Value::HOLE)).then(|| items.to_vec())
    }

    /// How many elements the dense store holds (holes included).
    #[inline]
    pub fn dense_len(&self) -> u32 {
        self.elements_len.get()
    }

    pub fn has_index(&self, i: u32) -> bool {
        self.element(i).is_some()
    }

    /// Moves the dense elements to the representation of `kind` (the
    /// object's kind is about to become it): Smis to raw numbers, or raw
    /// numbers to values boxed by `heap` (which does not collect; the boxes
    /// go straight into the elements, and the barrier in `store_mut`
    /// covers an old array getting young boxes).
    #[cold]
    #[inline(never)]
    fn convert(&self, heap: &mut super::Heap, kind: ElementsKind) {
        let was = self.kind.get().is_double();
        if was == kind.is_double() || kind == ElementsKind::Dictionary && !was {
            return;
        }
        self.barrier();
        let old = self.take_buf();
        let new: Vec<Value> = if was {
            old.iter()
                .map(|&w| {
                    let d = f64::from_bits(w.to_bits());
                    if d.to_bits() == HOLE_NAN_BITS {
                        Value::HOLE
                    } else {
                        heap.number(d)
                    }
                })
                .collect()
        } else {
            let raw: Vec<f64> = old
                .iter()
                .map(|&v| match number_of(v) {
                    Some(d) => raw_of(d),
                    None => f64::from_bits(HOLE_NAN_BITS),
                })
                .collect();
            raw_to_values(raw)
        };
        self.put_buf(new);
        self.kind.set(kind);
    }

    /// Sets the kind, converting the elements first when it changes their
    /// representation.
    #[inline]
    fn set_kind(&self, heap: &mut super::Heap, kind: ElementsKind) {
        if kind != self.kind.get() {
            self.convert(heap, kind);
            self.kind.set(kind);
        }
    }

    /// Writes dense element `i < elements_len` (kind already set for `v`).
    #[inline]
    fn write_dense(&self, i: u32, v: Value) {
        self.barrier();
        if self.kind.get().is_double() {
            let d = match number_of(v) {
                Some(d) => raw_of(d),
                None => f64::from_bits(HOLE_NAN_BITS),
            };
            // SAFETY: as in `element`.
            unsafe { *(self.elements.get() as *mut f64).add(i as usize) = d };
        } else {
            // SAFETY: as in `element`.
            unsafe { *self.elements.get().add(i as usize) = v };
        }
    }

    /// Grows the dense elements to `room` with `v` at `i` and holes around,
    /// in the current representation.
    fn grow_dense(&self, i: u32, v: Value, room: u32) -> usize {
        if self.kind.get().is_double() {
            self.with_raw(|raw| {
                let before = raw.capacity();
                let hole = f64::from_bits(HOLE_NAN_BITS);
                raw.resize(i as usize, hole);
                raw.push(number_of(v).map_or(hole, raw_of));
                raw.resize(room as usize, hole);
                (raw.capacity() - before) * 8
            })
        } else {
            self.with_values(|elements| {
                let before = elements.capacity();
                elements.resize(i as usize, Value::HOLE);
                elements.push(v);
                elements.resize(room as usize, Value::HOLE);
                (elements.capacity() - before) * 8
            })
        }
    }

    /// Stores element `i` (the caller checked the object may change):
    /// extends the dense part, or goes sparse for a far index. Moving out of
    /// a double kind boxes the raw numbers through `heap` (no collection).
    #[inline]
    pub fn set_index(&self, heap: &mut super::Heap, i: u32, v: Value) {
        if i < self.elements_len.get() {
            self.set_kind(heap, self.kind.get().with(v));
            self.write_dense(i, v);
        } else {
            self.set_index_beyond(heap, i, v);
        }
    }

    /// `set_index` past the dense elements.
    #[inline(never)]
    fn set_index_beyond(&self, heap: &mut super::Heap, i: u32, v: Value) {
        if let ObjClass::Typed(view) = &self.class {
            // `property::put` converted the value to a number first (it
            // may call valueOf); past the end, a store does nothing.
            view.set(i, number_of(v).unwrap_or(f64::NAN));
            return;
        }
        let len = self.elements_len.get();
        if self.kind.get() != ElementsKind::Dictionary && i - len <= MAX_GAP.max(len) {
            // Inside an array's length (`new Array(n)` too long to be
            // preallocated, filled in order), the holes up to twice what is
            // dense (at most the length) come too: the next stores land on
            // holes, which compiled code fills inline (`set_index` stencil)
            // instead of calling out once per element.
            let room = if self.is_array() && i < self.length.get() {
                (len.saturating_mul(2).max(16)).min(self.length.get()).max(i + 1)
            } else {
                i + 1
            };
            let mut kind = self.kind.get();
            if room > i + 1 || i > len {
                kind = kind.holey();
            }
            self.set_kind(heap, kind.with(v));
            let grown = self.grow_dense(i, v, room);
            heap.charge_growth(self.is_old(), grown);
        } else {
            self.make_sparse(heap);
            self.store_mut(|s| {
                s.extra().sparse.get_or_insert_with(Default::default).insert(i, v);
            });
        }
        if self.is_array() && i >= self.length.get() {
            self.length.set(i + 1);
        }
    }

    fn make_sparse(&self, heap: &mut super::Heap) {
        if self.kind.get() == ElementsKind::Dictionary {
            return;
        }
        self.set_kind(heap, ElementsKind::Holey);
        let mut m = BTreeMap::new();
        for (i, &v) in self.take_buf().iter().enumerate() {
            if v != Value::HOLE {
                m.insert(i as u32, v);
            }
        }
        self.store_mut(|s| s.extra().sparse = Some(m));
        self.kind.set(ElementsKind::Dictionary);
    }

    /// Removes element `i` (leaves a hole).
    pub fn delete_index(&self, i: u32) {
        if i < self.elements_len.get() {
            self.kind.set(self.kind.get().holey());
            self.write_dense(i, Value::HOLE);
            if i + 1 == self.elements_len.get() && !self.is_array() {
                self.trim_holes();
            }
        } else if let Some(m) = self.store_mut(|s| s.sparse_mut().map(|m| m.remove(&i))) {
            let _ = m;
        }
    }

    fn trim_holes(&self) {
        if self.kind.get().is_double() {
            self.with_raw(|raw| {
                while raw.last().is_some_and(|d| d.to_bits() == HOLE_NAN_BITS) {
                    raw.pop();
                }
            });
        } else {
            self.with_values(|elements| {
                while elements.last() == Some(&Value::HOLE) {
                    elements.pop();
                }
            });
        }
    }

    /// Sets an array's length: truncates (removing elements) or extends
    /// (with holes, which cost nothing).
    pub fn set_length(&self, n: u32) {
        if n < self.elements_len.get() {
            // The same for raw numbers: a truncation drops no references.
            self.with_values(|elements| elements.truncate(n as usize));
        }
        if self.kind.get() == ElementsKind::Dictionary {
            self.store_mut(|s| {
                if let Some(m) = s.sparse_mut() {
                    m.split_off(&n);
                }
            });
        }
        if n > self.length.get() {
            self.kind.set(self.kind.get().holey());
        }
        self.length.set(n);
    }

    /// Removes and returns an array's last element when the dense part
    /// ends it and holds it (array `pop`'s common case: no hole to look up
    /// on the prototypes, no sparse map); None: nothing was done.
    pub fn pop_dense(&self) -> Option<Value> {
        let n = self.length.get();
        if n == 0
            || n != self.elements_len.get()
            || self.flags.get() & (FROZEN | NOT_EXTENSIBLE | LENGTH_READONLY) != 0
            || self.kind.get().is_double()
        {
            return None;
        }
        // SAFETY: as in `element`.(n - 1 < elements_len).
        let v = unsafe { *self.elements.get().add(n as usize - 1) };
        if v == Value::HOLE || !self.is_array() {
            return None;
        }
        // Truncating keeps the vector's buffer: `elements` stays put.
        self.elements_len.set(n - 1);
        self.length.set(n - 1);
        Some(v)
    }

    /// Removes and returns the first element of a dense array in place
    /// (array `shift`): one move of the rest, no copy of the elements and
    /// no new buffer, so a queue drained with `shift` costs what it does in
    /// V8. None where the generic algorithm must run: holes, a double
    /// kind (its raw numbers would need boxing), attributes, a sparse part.
    pub fn shift_dense(&self) -> Option<Value> {
        let n = self.length.get();
        if n == 0
            || n != self.elements_len.get()
            || self.flags.get() & (FROZEN | NOT_EXTENSIBLE | LENGTH_READONLY | INDEX_ACCESSORS) != 0
            || self.kind.get().is_double()
            || self.kind.get() == ElementsKind::Dictionary
            || !self.is_array()
        {
            return None;
        }
        let first = *self.values().first()?;
        if first == Value::HOLE {
            return None;
        }
        self.with_values(|v| v.remove(0));
        self.length.set(n - 1);
        Some(first)
    }

    /// Puts `items` before the elements of a dense array in place (array
    /// `unshift`) when they fit its elements kind; false where the
    /// generic algorithm must run (as for `shift_dense`, or a kind change).
    pub fn unshift_dense(&self, items: &[Value]) -> bool {
        let n = self.length.get();
        let kind = self.kind.get();
        if n != self.elements_len.get()
            || self.flags.get() & (FROZEN | NOT_EXTENSIBLE | LENGTH_READONLY | INDEX_ACCESSORS) != 0
            || kind.is_double()
            || kind == ElementsKind::Dictionary
            || !self.is_array()
            || items.iter().any(|&v| kind.with(v) != kind)
        {
            return false;
        }
        self.with_values(|v| {
            v.splice(0..0, items.iter().copied());
        });
        self.length.set(n + items.len() as u32);
        true
    }

    /// Array `splice` of a dense array in place: removes elements
    /// `start..end` (which the caller clamped to the length), puts `items`
    /// there and returns the removed ones; None where the generic
    /// algorithm must run (as for `unshift_dense`).
    pub fn splice_dense(&self, start: u32, end: u32, items: &[Value]) -> Option<Vec<Value>> {
        let n = self.length.get();
        let kind = self.kind.get();
        if n != self.elements_len.get()
            || start > end
            || end > n
            || self.flags.get() & (FROZEN | NOT_EXTENSIBLE | LENGTH_READONLY | INDEX_ACCESSORS) != 0
            || kind.is_double()
            || kind == ElementsKind::Dictionary
            || !self.is_array()
            || items.iter().any(|&v| kind.with(v) != kind)
        {
            return None;
        }
        let removed = self.with_values(|v| v.splice(start as usize..end as usize, items.iter().copied()).collect());
        self.length.set(n - (end - start) + items.len() as u32);
        Some(removed)
    }

    /// Appends (array `push`): the common case of `set_index(length, v)`.
    pub fn push(&self, heap: &mut super::Heap, v: Value) {
        let i = self.length.get();
        if i == self.elements_len.get() && self.kind.get() != ElementsKind::Dictionary {
            if self.push_in_place(i, v) {
                return;
            }
            if i == 0 && self.push_first(heap, v) {
                return;
            }
            self.set_kind(heap, self.kind.get().with(v));
            let grown = self.grow_dense(i, v, i + 1);
            heap.charge_growth(self.is_old(), grown);
            self.length.set(i + 1);
        } else {
            self.set_index(heap, i, v);
        }
    }

    /// The first `push` into an array without an element buffer (`const
    /// items = []; items.push(x)`, once per small array a parser builds):
    /// the buffer made with the value in one go, not `grow_dense`'s
    /// resizes and the vector's growth path. Same state and the same
    /// charge as the general path (a vector's first growth takes room for
    /// four); false, nothing done, when the kind would become double or a
    /// buffer exists.
    #[inline(never)]
    fn push_first(&self, heap: &mut super::Heap, v: Value) -> bool {
        let kind = self.kind.get().with(v);
        if kind.is_double() || self.elements_cap.get() > 0 {
            return false;
        }
        self.barrier();
        let mut elements = Vec::with_capacity(4);
        elements.push(v);
        let grown = elements.capacity() * 8;
        self.put_buf(elements);
        self.kind.set(kind);
        heap.charge_growth(self.is_old(), grown);
        self.length.set(1);
        true
    }

    /// `push`'s common case (a stack that was this long before, like
    /// hanoi's pegs): the value leaves the kind as it is, the kind is not
    /// double, and the vector has room, so the buffer stays where
    /// `elements` points (no `sync`), and nothing grows (no charge). Else
    /// false, nothing done. Saves `grow_dense`'s resizes, its closure and
    /// the `sync` (a fifth of hanoi's JIT profile was `push`).
    #[inline]
    fn push_in_place(&self, i: u32, v: Value) -> bool {
        let kind = self.kind.get();
        if kind.is_double() || kind.with(v) != kind {
            return false;
        }
        if self.elements_len.get() != i || i >= self.elements_cap.get() {
            return false;
        }
        self.barrier();
        // SAFETY: `i` is the buffer's length and below its capacity
        // (checked above), so the word is inside its allocation; the kind
        // is not double, so it holds values.
        unsafe { self.elements.get().add(i as usize).write(v) };
        self.elements_len.set(i + 1);
        self.length.set(i + 1);
        true
    }

    /// The dense elements (holes as HOLE), copied: callers may run code
    /// that changes the array while they use them. Raw numbers are boxed
    /// by `heap` (no collection); the caller roots the vector (or puts it
    /// into a new payload) before it next allocates through the VM.
    pub fn dense(&self, heap: &mut super::Heap) -> Vec<Value> {
        if self.kind.get().is_double() {
            return self
                .raw()
                .iter()
                .map(|&d| if d.to_bits() == HOLE_NAN_BITS { Value::HOLE } else { heap.number(d) })
                .collect();
        }
        self.values().to_vec()
    }

    /// Replaces all elements with `items` (HOLE marks a hole) and sets the
    /// length to their count: what `sort`, `reverse`, `splice`, `shift`
    /// and `unshift` do after computing the new contents.
    pub fn replace_elements(&self, items: Vec<Value>) {
        let kind = kind_of(&items);
        let n = items.len() as u32;
        drop(self.take_buf());
        self.put_items(kind, items);
        // SAFETY: as in `store`; only whether there is one is read.
        if unsafe { (*self.store.get()).is_some() } {
            self.store_mut(|s| {
                if let Some(e) = s.extra.as_mut() {
                    e.sparse = None;
                }
            });
        }
        self.kind.set(kind);
        if self.is_array() {
            self.length.set(n);
        }
        self.sync();
    }

    /// The indices of present elements, ascending.
    pub fn index_keys(&self) -> Vec<u32> {
        if let ObjClass::Typed(view) = &self.class {
            return (0..view.length).collect();
        }
        let mut keys: Vec<u32> =
            self.values().iter().enumerate().filter(|(_, &v)| v != Value::HOLE).map(|(i, _)| i as u32).collect();
        keys.extend(self.raw().iter().enumerate().filter(|(_, d)| d.to_bits() != HOLE_NAN_BITS).map(|(i, _)| i as u32));
        let s = self.store();
        if let Some(m) = s.sparse() {
            keys.extend(m.keys().copied());
        }
        keys
    }

    /// Bytes the elements hold outside the cell (what a collection counts
    /// as live, so the next one is paced by them).
    pub(super) fn element_bytes(&self) -> usize {
        self.elements_cap.get() as usize * 8
    }
}

/// The kind of elements `items` (HOLE marks a hole).
fn kind_of(items: &[Value]) -> ElementsKind {
    // `new Array(n)`: a scan that compares words (vectorised) instead of
    // `with`'s per-value decisions, which were 9% of havlak.js's time
    // (every `Vector` starts as 50 holes).
    if !items.is_empty() && items.iter().all(|&v| v == Value::HOLE) {
        return ElementsKind::HoleySmi;
    }
    let mut kind = ElementsKind::PackedSmi;
    for &v in items {
        kind = kind.with(v);
    }
    kind
}

/// A vector of raw numbers as the vector of words it is stored as.
fn raw_to_values(v: Vec<f64>) -> Vec<Value> {
    let mut v = std::mem::ManuallyDrop::new(v);
    // SAFETY: Value is a transparent u64, of f64's size and alignment, so
    // the allocation is the one a Vec<Value> of this capacity makes, and
    // any bits are a valid u64 (the words are read as f64s again, never
    // as values, while the kind is double).
    unsafe { Vec::from_raw_parts(v.as_mut_ptr() as *mut Value, v.len(), v.capacity()) }
}

/// The inverse of `raw_to_values`.
fn values_to_raw(v: Vec<Value>) -> Vec<f64> {
    let mut v = std::mem::ManuallyDrop::new(v);
    // SAFETY: as in `raw_to_values`; any u64 is a valid f64.
    unsafe { Vec::from_raw_parts(v.as_mut_ptr() as *mut f64, v.len(), v.capacity()) }
}

impl Drop for JsObject {
    fn drop(&mut self) {
        drop(self.take_buf());
    }
}

impl Trace for JsObject {
    fn trace(&self, t: &mut Tracer) {
        let shape = self.shape.get();
        let s = self.store();
        if !shape.dictionary {
            let n = shape.len();
            if s.overflow.is_empty() {
                for i in 0..n.min(shape.capacity as usize) {
                    // SAFETY: in-object slot `i` of the shape's capacity,
                    // below its length: a property's value.
                    t.mark(unsafe { self.in_object().add(i).read() });
                }
            } else {
                for &v in &s.overflow {
                    t.mark(v);
                }
            }
        }
        // Raw double elements hold no references (`values` is empty then).
        for &v in self.values() {
            t.mark(v);
        }
        t.external(self.element_bytes());
        if let Some(d) = s.dict() {
            for (_, _, v) in d.entries.iter().flatten() {
                t.mark(*v);
            }
        }
        if let Some(m) = s.sparse() {
            for &v in m.values() {
                t.mark(v);
            }
        }
        t.mark(self.env.get());
        match &self.class {
            ObjClass::Iter(it, _) => {
                let it = it.borrow();
                t.mark(it.target);
                t.mark(it.next);
            }
            ObjClass::Collection(table, _) => table.borrow().trace(t),
            ObjClass::BuiltinIter(it) => it.borrow().trace(t),
            ObjClass::Generator(g) => {
                let g = g.borrow();
                for &v in &g.frame {
                    t.mark(v);
                }
                t.mark(g.awaits.0);
                t.mark(g.awaits.1);
                if let Some(q) = &g.queue {
                    for &(_, v, p) in &q.requests {
                        t.mark(v);
                        t.mark(p);
                    }
                }
            }
            ObjClass::Promise(p) => {
                for v in p.borrow().values() {
                    t.mark(v);
                }
            }
            ObjClass::Boxed(v) => t.mark(*v),
            ObjClass::ArrayBuffer(b) => b.trace(t),
            ObjClass::Typed(view) | ObjClass::DataView(view) => view.trace(t),
            ObjClass::Method(_, home) => t.mark(home.get()),
            ObjClass::Accessor(g, s) => {
                t.mark(g.get());
                t.mark(s.get());
            }
            _ => {}
        }
    }
}
