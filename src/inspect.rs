//! node's `util.inspect` and `console.log` text, ported rule for rule from
//! node's lib/internal/util/inspect.js (v20), which is the specification:
//! `formatValue`/`formatRaw`, `formatList` (arrays, sparse arrays, `... N
//! more items`), `groupArrayElements` (aligned columns for arrays of more
//! than six entries), `reduceToSingleString` (breakLength 80, compact 3),
//! string quoting and escaping, errors, functions and classes, circular
//! references, and `formatWithOptions` (the `%` directives of console.log).
//!
//! The heap is reached only through the [`Inspect`] trait, so this module
//! knows nothing about object layout. An implementation answers one
//! question, "what does this value look like?", with a [`View`]:
//!
//! - primitives: `Undefined`, `Null`, `Bool`, `Number`, `Str` (UTF-16 code
//!   units, lone surrogates allowed), `Symbol` (its description);
//! - `Array`: length, the present elements in index order (missing indexes
//!   are holes), the own enumerable non-index properties, and the
//!   constructor name (`Some("Array")` for plain arrays, `None` for a null
//!   prototype, `Some("Foo")` for a subclass);
//! - `Object`: the constructor name as node's `getConstructorName` finds it
//!   (`Some("Object")` for plain objects, `None` for a null prototype,
//!   `Some("Point")` for class instances) and the own enumerable
//!   properties in property order (integer keys first, then strings in
//!   insertion order, then symbols);
//! - `Function`: its `name`, `class: Some(extends)` for classes (the
//!   superclass name, `Some(None)` for a base class) and its own enumerable
//!   properties;
//! - `Error`: constructor name, `name`, `message`, `stack` (the whole
//!   `stack` text; without `\n    at` frames node prints `[stack]`), an own
//!   non-enumerable `cause` if any, and own enumerable properties.
//!
//! Every heap value carries an [`Id`] (its address will do) for circular
//! detection. `view` must not run user code. The other methods are
//! optional: `to_js_string`, `to_js_number` and `user_string` serve
//! only the `%s %d %i %f` directives (the defaults follow the views and are
//! right for objects that keep the built-in `toString`/`valueOf`; override
//! them to give functions their source text and to honour a user
//! `toString`); `all_own_props` serves `%o`, which also lists
//! non-enumerable properties (by default only arrays' `[length]`).
//!
//! Maps, sets and their iterators are `View::Collection`. Not ported (the
//! subset has none of them): proxies and `util.inspect.custom`.

mod console;
mod text;
pub(crate) use text::string_width;

pub use console::{console_line, StackOverflow};
pub use text::{number_text, str_escape};

use crate::value::{string_to_number, Value};
use text::{escape_all, is_identifier_key, js_len, js_round, pad};

/// Identity of a heap value, for circular detection.
pub type Id = u64;

/// A property key.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    /// A string key, as UTF-16 code units.
    Str(Vec<u16>),
    /// A symbol key, by its description (`Symbol(desc)` is printed).
    Symbol(String),
}

impl Key {
    pub fn str(s: &str) -> Key {
        Key::Str(s.encode_utf16().collect())
    }
}

/// How a collection's entries print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryForm {
    /// `k => v` (a map).
    Arrow,
    /// `v` (a set, a map's keys or values iterator).
    Single,
    /// `[ k, v ]` (an entries iterator).
    Pair,
    /// `<items unknown>` (a WeakMap or WeakSet).
    Unknown,
    /// `<pending>` (a promise not yet settled: no entries).
    Pending,
    /// `<rejected> reason` (a rejected promise: its reason).
    Rejected,
}

/// An array's length, its present elements (index, value) and the
/// indices of the hidden ones among them.
type ArrayParts = (u32, Vec<(u32, Value)>, Vec<u32>);

/// What a value looks like to the printer (see the module comment).
#[derive(Clone, Debug)]
pub enum View {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    /// UTF-16 code units (may contain lone surrogates).
    Str(Vec<u16>),
    /// A symbol, by its description.
    Symbol(String),
    /// A BigInt, in decimal (shown with its `n`).
    BigInt(String),
    /// An accessor property's value as node shows it: `[Getter]`,
    /// `[Setter]` or `[Getter/Setter]`.
    Accessor {
        get: bool,
        set: bool,
    },
    Array {
        id: Id,
        len: u32,
        /// (index, value) of the present elements in increasing index order.
        items: Vec<(u32, Value)>,
        /// The indices among `items` that are not enumerable (an element
        /// given attributes of its own): node counts them as holes once a
        /// real hole has sent it to `Object.keys`.
        hidden: Vec<u32>,
        props: Vec<(Key, Value)>,
        ctor: Option<String>,
    },
    Object {
        id: Id,
        ctor: Option<String>,
        props: Vec<(Key, Value)>,
        /// What prints past the depth limit instead of `[ctor]`: the
        /// object's own constructor name when what prints is another
        /// object (node's custom inspectors: a TextEncoder prints as a
        /// plain `{ encoding: 'utf-8' }`, and `[TextEncoder]` past it).
        past_depth: Option<String>,
    },
    /// An ArrayBuffer: its first bytes (node shows `maxArrayLength` of
    /// them in hex) and its byte length.
    Buffer {
        id: Id,
        ctor: Option<String>,
        bytes: Vec<u8>,
        len: usize,
        props: Vec<(Key, Value)>,
    },
    Function {
        id: Id,
        name: String,
        /// `Some(extends)` for classes: `Some(Some("A"))` for `class B extends A`.
        class: Option<Option<String>>,
        /// A generator function (`[GeneratorFunction: g]`).
        generator: bool,
        /// An async function (`[AsyncFunction: f]`).
        is_async: bool,
        /// The constructor name of a function whose prototype is not a
        /// function (node appends it: Function.prototype itself is
        /// `[Function (anonymous)] Object`).
        ctor: Option<String>,
        props: Vec<(Key, Value)>,
    },
    /// A primitive wrapped in an object (`new String('x')`): node prints
    /// `[String: 'x']`, `[Number (N): 1]` for a subclass `N`.
    Boxed {
        id: Id,
        /// `String`, `Number`, `Boolean` or `Symbol`.
        ty: &'static str,
        ctor: Option<String>,
        prim: Value,
        props: Vec<(Key, Value)>,
    },
    /// A Date (its time value): node prints its ISO string.
    Date {
        id: Id,
        time: f64,
        ctor: Option<String>,
        props: Vec<(Key, Value)>,
    },
    /// A RegExp: node prints `/source/flags`.
    RegExp {
        id: Id,
        text: String,
        ctor: Option<String>,
        props: Vec<(Key, Value)>,
    },
    /// A Map, Set, WeakMap, WeakSet or one of their iterators: `head` is
    /// what goes before `{` (`Map(2) `, `M(1) [Map] `, `[Map Entries] `),
    /// `style` what is printed past the depth limit (`[Map]`).
    Collection {
        id: Id,
        head: String,
        style: String,
        entries: Vec<(Value, Value)>,
        form: EntryForm,
        props: Vec<(Key, Value)>,
    },
    Error {
        id: Id,
        ctor: Option<String>,
        name: String,
        message: String,
        stack: String,
        /// An own non-enumerable `cause` (from `new Error(m, { cause })`).
        cause: Option<Value>,
        /// An own `errors` array (an AggregateError's), shown after `cause`.
        errors: Option<Value>,
        props: Vec<(Key, Value)>,
    },
}

/// The heap, as the printer sees it.
pub trait Inspect {
    fn view(&self, v: Value) -> View;

    /// `String(v)`, for `%s` (functions and objects with their own
    /// `toString`), `%i` and `%f`.
    fn to_js_string(&self, v: Value) -> String {
        console::default_to_string(self, v, 0)
    }

    /// `Number(v)`, for `%d`.
    fn to_js_number(&self, v: Value) -> f64 {
        match self.view(v) {
            View::Undefined | View::Symbol(_) => f64::NAN,
            View::Null => 0.0,
            View::Bool(b) => b as u8 as f64,
            View::Number(d) => d,
            _ => string_to_number(&self.to_js_string(v)),
        }
    }

    /// `String(v)` of console.log argument `arg` when a `%s` formats it
    /// and its `toString` is not a built-in one (node's
    /// `hasBuiltInToString`), or when it is an object a `%i` or `%f`
    /// formats: the host ran it beforehand, as a view cannot.
    fn user_string(&self, _arg: usize) -> Option<String> {
        None
    }

    /// `Number(v)` of console.log argument `arg`, an object a `%d`
    /// formats, which the host found beforehand (its `valueOf` may be the
    /// program's).
    fn user_number(&self, _arg: usize) -> Option<f64> {
        None
    }

    /// Every own property of an object (for an array, every non-index
    /// one), in property order, with its enumerability: what `%o`
    /// (`showHidden`) lists, e.g. a function's `[length]`, `[name]` and
    /// `[prototype]`, an error's `[stack]` and `[message]`. `None` (the
    /// default) shows the view's properties, plus `[length]` for arrays.
    fn all_own_props(&self, _v: Value) -> Option<Vec<(Key, Value, bool)>> {
        None
    }

    /// The prototypes' properties `%o` (`showHidden`) lists after an
    /// object's own, as node's `addPrototypeProperties` finds them: those
    /// of the prototypes below the one with the constructor (or of that
    /// one, when the constructor is not a built-in such as `Map`), at
    /// most three prototypes deep, leaving out `constructor`, methods, and
    /// keys the object or a nearer prototype has. A class's getter shows
    /// as `[g]: [Getter]`, an async function's `[Symbol(Symbol.toStringTag)]:
    /// 'AsyncFunction'`. Values are raw (an accessor views as one).
    fn proto_props(&self, _v: Value) -> Vec<(Key, Value, bool)> {
        Vec::new()
    }
}

/// The options of `util.inspect` that matter here.
#[derive(Clone, Debug)]
pub struct Options {
    /// `None` is `depth: null` (no limit: then a long enough acyclic chain
    /// overflows the Rust stack; console.log never asks for it).
    pub depth: Option<usize>,
    pub break_length: usize,
    /// node's `compact` as a number; 0 is `compact: false`.
    pub compact: usize,
    pub max_array_length: usize,
    pub max_string_length: usize,
    pub show_hidden: bool,
    /// node's `sorted: true`: an object's entries (a map's, a set's) in
    /// code-unit order of their text, an array's properties after its items.
    pub sorted: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            depth: Some(2),
            break_length: 80,
            compact: 3,
            max_array_length: 100,
            max_string_length: 10000,
            show_hidden: false,
            sorted: false,
        }
    }
}

/// `util.inspect(v, opts)`.
pub fn inspect(h: &impl Inspect, v: Value, opts: &Options) -> String {
    let mut cx = Cx { h, opts, indentation: 0, seen: Vec::new(), circular: Vec::new(), current_depth: 0, raw_depth: 0 };
    cx.format_value(v, 0)
}

/// What node prints after an uncaught error's stack: the block of its own
/// properties, `[cause]` and `[errors]` (`{\n  code: 'E1'\n}`), or `None`
/// when the error has none (or `v` is not an error). An uncaught report
/// shows the error's place its own way, so it takes only this part of
/// `inspect`: the text after the error's formatted stack.
pub fn error_tail(h: &impl Inspect, v: Value, opts: &Options) -> Option<String> {
    let View::Error { ctor, name, message, stack, cause, errors, props, .. } = h.view(v) else {
        return None;
    };
    let cx = Cx { h, opts, indentation: 0, seen: Vec::new(), circular: Vec::new(), current_depth: 0, raw_depth: 0 };
    let mut props = cx.keys(v, props, None);
    let base = cx.format_error(ctor.as_deref(), &name, &message, stack, [cause, errors], &mut props);
    if props.is_empty() {
        return None;
    }
    let full = inspect(h, v, opts);
    // After `<ref *1> ` when the error is circular (its cause is itself).
    let start = full.find(&base)?;
    let tail = full[start + base.len()..].trim_start();
    Some(match full[..start].trim_end() {
        "" => tail.to_string(),
        reference => format!("{reference} {tail}"),
    })
}

/// A property's value: a heap value, or text the printer made up (`[length]`).
#[derive(Clone, Copy)]
enum Slot {
    Value(Value),
    Length(u32),
}

/// One own property to print: its key, whether it is enumerable (a hidden
/// one prints as `[key]`), and its value.
struct Prop {
    key: Key,
    enumerable: bool,
    slot: Slot,
}

/// node's `ctx` for one inspection.
struct Cx<'a, H: ?Sized> {
    h: &'a H,
    opts: &'a Options,
    indentation: usize,
    /// The objects being formatted, outermost first.
    seen: Vec<Id>,
    /// Objects found to be circular; `[Circular *n]` is position + 1.
    circular: Vec<Id>,
    current_depth: usize,
    /// `recurseTimes` of the object `format_raw` is formatting: node lists
    /// prototype properties (`proto_props`) only down to the depth.
    raw_depth: usize,
}

/// The kinds of entry list `reduceToSingleString` distinguishes.
#[derive(PartialEq, Clone, Copy)]
enum Extras {
    Object,
    Array,
}

impl<H: Inspect + ?Sized> Cx<'_, H> {
    fn beyond_depth(&self, recurse: usize) -> bool {
        self.opts.depth.is_some_and(|d| recurse > d)
    }

    fn format_value(&mut self, v: Value, recurse: usize) -> String {
        let view = self.h.view(v);
        let id = match &view {
            View::Undefined => return "undefined".into(),
            View::Null => return "null".into(),
            View::Bool(b) => return b.to_string(),
            View::Number(d) => return number_text(*d),
            View::Str(s) => return self.format_string(s),
            View::Symbol(d) => return format!("Symbol({d})"),
            View::BigInt(d) => return format!("{d}n"),
            View::Accessor { get, set } => {
                return match (get, set) {
                    (true, true) => "[Getter/Setter]",
                    (true, false) => "[Getter]",
                    (false, true) => "[Setter]",
                    (false, false) => "undefined",
                }
                .into()
            }
            View::Array { id, .. }
            | View::Object { id, .. }
            | View::Buffer { id, .. }
            | View::Function { id, .. }
            | View::Boxed { id, .. }
            | View::Date { id, .. }
            | View::RegExp { id, .. }
            | View::Error { id, .. }
            | View::Collection { id, .. } => *id,
        };
        if self.seen.contains(&id) {
            let index = match self.circular.iter().position(|&c| c == id) {
                Some(p) => p + 1,
                None => {
                    self.circular.push(id);
                    self.circular.len()
                }
            };
            return format!("[Circular *{index}]");
        }
        self.format_raw(v, view, recurse)
    }

    /// node's `formatPrimitive` for strings: long strings split after each
    /// newline into `'...' +` lines.
    fn format_string(&self, s: &[u16]) -> String {
        let mut value = s;
        let mut trailer = String::new();
        if value.len() > self.opts.max_string_length {
            let remaining = value.len() - self.opts.max_string_length;
            value = &value[..self.opts.max_string_length];
            trailer = format!("... {remaining} more character{}", if remaining > 1 { "s" } else { "" });
        }
        let room = self.opts.break_length as i64 - self.indentation as i64 - 4;
        if value.len() > 16 && value.len() as i64 > room {
            let lines: Vec<String> = value.split_inclusive(|&c| c == u16::from(b'\n')).map(str_escape).collect();
            let sep = format!(" +\n{}", " ".repeat(self.indentation + 2));
            return lines.join(&sep) + &trailer;
        }
        str_escape(value) + &trailer
    }

    /// The properties to list: the enumerable ones, or all with `showHidden`.
    fn keys(&self, v: Value, props: Vec<(Key, Value)>, array_len: Option<u32>) -> Vec<Prop> {
        let mut props = self.own_keys(v, props, array_len);
        if self.opts.show_hidden && !self.beyond_depth(self.raw_depth) {
            let inherited = self.h.proto_props(v).into_iter();
            props.extend(inherited.map(|(key, v, enumerable)| Prop { key, enumerable, slot: Slot::Value(v) }));
        }
        props
    }

    fn own_keys(&self, v: Value, props: Vec<(Key, Value)>, array_len: Option<u32>) -> Vec<Prop> {
        if self.opts.show_hidden {
            if let Some(all) = self.h.all_own_props(v) {
                return all
                    .into_iter()
                    .map(|(key, v, enumerable)| Prop { key, enumerable, slot: Slot::Value(v) })
                    .collect();
            }
        }
        let mut props: Vec<Prop> =
            props.into_iter().map(|(key, v)| Prop { key, enumerable: true, slot: Slot::Value(v) }).collect();
        if let (true, Some(len)) = (self.opts.show_hidden, array_len) {
            props.insert(0, Prop { key: Key::str("length"), enumerable: false, slot: Slot::Length(len) });
        }
        props
    }

    fn format_raw(&mut self, v: Value, view: View, recurse: usize) -> String {
        self.raw_depth = recurse;
        let mut base = String::new();
        let mut braces = (String::from("{"), "}");
        let mut extras = Extras::Object;
        // The array elements, when `view` is an array: (length, items).
        let mut array: Option<ArrayParts> = None;
        // Entries before the properties that are not properties (an
        // ArrayBuffer's contents).
        let mut head: Vec<String> = Vec::new();
        let (id, style, bracket_ctor, mut props) = match view {
            View::Array { id, len, items, hidden, props, ctor } => {
                let prefix = match ctor.as_deref() {
                    Some("Array") => String::new(),
                    // A typed array's subclass: `V [Float64Array]`, the
                    // size after the name.
                    Some(c) if c.contains(" [") => {
                        let (name, tag) = c.split_once(" [").unwrap_or((c, ""));
                        format!("{name}({len}) [{tag} ")
                    }
                    c => prefix_of(c, "Array", &format!("({len})")),
                };
                let props = self.keys(v, props, Some(len));
                braces = (format!("{prefix}["), "]");
                if len == 0 && props.is_empty() {
                    return format!("{}]", braces.0);
                }
                extras = Extras::Array;
                array = Some((len, items, hidden));
                (id, prefix_of(ctor.as_deref(), "Array", ""), ctor.is_some(), props)
            }
            View::Object { id, ctor, props, past_depth } => {
                if let (Some(name), true) = (past_depth, self.beyond_depth(recurse)) {
                    return format!("[{name}]");
                }
                let props = self.keys(v, props, None);
                let style = prefix_of(ctor.as_deref(), "Object", "");
                if ctor.as_deref() != Some("Object") {
                    braces.0 = format!("{style}{{");
                }
                if props.is_empty() {
                    return format!("{}}}", braces.0);
                }
                (id, style, ctor.is_some(), props)
            }
            View::Buffer { id, ctor, bytes, len, props } => {
                // node's formatArrayBuffer, then `byteLength` as the
                // first key.
                let style = prefix_of(ctor.as_deref(), "ArrayBuffer", "");
                braces.0 = format!("{style}{{");
                let shown = &bytes[..bytes.len().min(self.opts.max_array_length)];
                let mut hex = shown.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(" ");
                let remaining = len.saturating_sub(self.opts.max_array_length);
                if remaining > 0 {
                    hex += &format!(" ... {remaining} more byte{}", if remaining > 1 { "s" } else { "" });
                }
                head = vec![format!("[Uint8Contents]: <{hex}>"), format!("byteLength: {}", number_text(len as f64))];
                let props = self.keys(v, props, None);
                (id, style, ctor.is_some(), props)
            }
            View::Function { id, name, class, generator, is_async, ctor, props } => {
                let kind = match (generator, is_async) {
                    (true, true) => "AsyncGeneratorFunction",
                    (true, _) => "GeneratorFunction",
                    (_, true) => "AsyncFunction",
                    _ => "Function",
                };
                let null = if ctor.is_none() { " (null prototype)" } else { "" };
                base = match class {
                    Some(_) if ctor.is_none() => {
                        let name = if name.is_empty() { "(anonymous)" } else { &name };
                        format!("[class {name} extends [null prototype]]")
                    }
                    Some(extends) => {
                        let name = if name.is_empty() { "(anonymous)" } else { &name };
                        match extends.filter(|s| !s.is_empty()) {
                            Some(sup) => format!("[class {name} extends {sup}]"),
                            None => format!("[class {name}]"),
                        }
                    }
                    None if name.is_empty() => format!("[{kind}{null} (anonymous)]"),
                    None => format!("[{kind}{null}: {name}]"),
                };
                // A generator function's prototype is not a function either,
                // but its constructor is of its own kind: no suffix.
                if let Some(c) = ctor.filter(|c| c != kind && c != "Function") {
                    base = format!("{base} {c}");
                }
                let props = self.keys(v, props, None);
                if props.is_empty() {
                    return base;
                }
                (id, format!("{kind} "), true, props)
            }
            View::Boxed { id, ty, ctor, prim, props } => {
                let text = self.format_value(prim, recurse);
                base = match ctor.as_deref() {
                    Some(c) if c == ty => format!("[{ty}: {text}]"),
                    Some(c) => format!("[{ty} ({c}): {text}]"),
                    None => format!("[{ty} (null prototype): {text}]"),
                };
                let props = self.keys(v, props, None);
                if props.is_empty() {
                    return base;
                }
                (id, format!("{ty} "), true, props)
            }
            View::Date { id, time, ctor, props } => {
                let text = crate::datetime::inspect_text(time);
                base = match ctor.as_deref() {
                    Some("Date") => text,
                    Some(c) => format!("{c} {text}"),
                    None => format!("[Date: null prototype] {text}"),
                };
                let props = self.keys(v, props, None);
                if props.is_empty() {
                    return base;
                }
                (id, "Date ".into(), true, props)
            }
            View::RegExp { id, text, ctor, props } => {
                base = match ctor.as_deref() {
                    Some("RegExp") => text,
                    Some(c) => format!("{c} {text}"),
                    None => format!("[RegExp: null prototype] {text}"),
                };
                let props = self.keys(v, props, None);
                if props.is_empty() {
                    return base;
                }
                (id, "RegExp ".into(), true, props)
            }
            View::Error { id, ctor, name, message, stack, cause, errors, props } => {
                let mut props = self.keys(v, props, None);
                base = self.format_error(ctor.as_deref(), &name, &message, stack, [cause, errors], &mut props);
                if props.is_empty() {
                    return base;
                }
                (id, prefix_of(ctor.as_deref(), "Error", ""), ctor.is_some(), props)
            }
            View::Collection { id, head, style, entries, form, props } => {
                return self.format_collection(v, id, head, style, entries, form, props, recurse);
            }
            _ => return String::new(),
        };

        if self.beyond_depth(recurse) {
            // node's `[Arguments]` is a brace, not a constructor: past the
            // depth an arguments object is an `[Object]`.
            let name = if style == "[Arguments] " { "Object" } else { &style[..style.len() - 1] };
            return if bracket_ctor { format!("[{name}]") } else { name.to_string() };
        }
        let recurse = recurse + 1;
        self.seen.push(id);
        self.current_depth = recurse;
        let mut output = match &array {
            Some((len, items, hidden)) => self.format_array(*len, items, hidden, recurse),
            None => head,
        };
        let keys = props.len();
        for prop in std::mem::take(&mut props) {
            let entry = self.format_property(&prop, recurse);
            output.push(entry);
        }
        if self.opts.sorted {
            let from = if extras == Extras::Object { 0 } else { output.len() - keys };
            output[from..].sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        }
        if let Some(index) = self.circular.iter().position(|&c| c == id) {
            let reference = format!("<ref *{}>", index + 1);
            base = if base.is_empty() { reference } else { format!("{reference} {base}") };
        }
        self.seen.pop();
        let items = array.as_ref().map(|(_, items, _)| items.as_slice());
        self.reduce_to_single_string(output, &base, (&braces.0, braces.1), extras, recurse, items)
    }

    /// node's `formatMap`, `formatSet`, `formatWeakCollection` and
    /// `formatIterator`, then the own properties.
    #[allow(clippy::too_many_arguments)]
    fn format_collection(
        &mut self,
        v: Value,
        id: Id,
        head: String,
        style: String,
        entries: Vec<(Value, Value)>,
        form: EntryForm,
        props: Vec<(Key, Value)>,
        recurse: usize,
    ) -> String {
        let props = self.keys(v, props, None);
        let open = format!("{head}{{");
        // node's iterators print an empty preview as `{  }`; only the
        // collections themselves take the `{}` shortcut.
        let iterator = head.ends_with("Entries] ") || head.ends_with("Iterator] ");
        let no_preview = matches!(form, EntryForm::Unknown | EntryForm::Pending);
        if entries.is_empty() && props.is_empty() && !no_preview && !iterator {
            return format!("{open}}}");
        }
        if self.beyond_depth(recurse) {
            return style;
        }
        let recurse = recurse + 1;
        self.seen.push(id);
        self.current_depth = recurse;
        let max = entries.len().min(self.opts.max_array_length);
        let mut output = Vec::new();
        self.indentation += 2;
        if form == EntryForm::Unknown {
            output.push("<items unknown>".to_string());
        }
        if form == EntryForm::Pending {
            output.push("<pending>".to_string());
        }
        for &(k, val) in &entries[..max] {
            let text = match form {
                EntryForm::Arrow => {
                    let k = self.format_value(k, recurse);
                    format!("{k} => {}", self.format_value(val, recurse))
                }
                EntryForm::Single | EntryForm::Unknown | EntryForm::Pending => self.format_value(k, recurse),
                EntryForm::Rejected => format!("<rejected> {}", self.format_value(k, recurse)),
                EntryForm::Pair => {
                    let pair = vec![self.format_value(k, recurse), self.format_value(val, recurse)];
                    self.reduce_to_single_string(pair, "", ("[", "]"), Extras::Array, recurse, None)
                }
            };
            output.push(text);
        }
        if entries.len() > max {
            output.push(remaining_text(entries.len() - max));
        }
        self.indentation -= 2;
        for prop in &props {
            let entry = self.format_property(prop, recurse);
            output.push(entry);
        }
        if self.opts.sorted {
            output.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        }
        let mut base = String::new();
        if let Some(index) = self.circular.iter().position(|&c| c == id) {
            base = format!("<ref *{}>", index + 1);
        }
        self.seen.pop();
        self.reduce_to_single_string(output, &base, (&open, "}"), Extras::Object, recurse, None)
    }

    /// node's `formatError`: the stack with the constructor name made
    /// visible, `[...]` around a stack without frames, and the keys the
    /// stack already shows dropped from `props`.
    fn format_error(
        &self,
        ctor: Option<&str>,
        name: &str,
        message: &str,
        stack: String,
        hidden: [Option<Value>; 2],
        props: &mut Vec<Prop>,
    ) -> String {
        if !self.opts.show_hidden {
            for key in ["name", "message", "stack"] {
                let k = Key::str(key);
                if let Some(i) = props.iter().position(|p| p.key == k) {
                    let shown = match props[i].slot {
                        Slot::Value(v) => match self.h.view(v) {
                            View::Str(s) => stack.contains(&String::from_utf16_lossy(&s)),
                            _ => stack.contains(&self.h.to_js_string(v)),
                        },
                        Slot::Length(_) => false,
                    };
                    if shown {
                        props.remove(i);
                    }
                }
            }
        }
        for (name, v) in ["cause", "errors"].into_iter().zip(hidden) {
            let Some(v) = v else { continue };
            let k = Key::str(name);
            if !props.iter().any(|p| p.key == k) {
                props.push(Prop { key: k, enumerable: false, slot: Slot::Value(v) });
            }
        }
        let mut stack = improve_stack(stack, ctor, name);
        // `(err.message && stack.indexOf(err.message)) || -1`: a message at
        // position 0 counts as not found, as in node.
        let pos = match stack.find(message) {
            Some(p) if !message.is_empty() && p != 0 => p + message.len(),
            _ => 0,
        };
        match stack.get(pos..).and_then(|rest| rest.find("\n    at")) {
            None => stack = format!("[{stack}]"),
            Some(at) => {
                if let Some(View::Error { stack: cause, .. }) = hidden[0].map(|c| self.h.view(c)) {
                    stack = elide_cause_frames(&stack, pos + at, &cause);
                }
            }
        }
        if self.indentation != 0 {
            stack = stack.replace('\n', &format!("\n{}", " ".repeat(self.indentation)));
        }
        stack
    }

    /// node's `formatArray` and `formatSpecialArray`.
    fn format_array(&mut self, len: u32, items: &[(u32, Value)], hidden: &[u32], recurse: usize) -> Vec<String> {
        let max = (len as usize).min(self.opts.max_array_length);
        let mut output = Vec::new();
        // The dense prefix.
        let mut next = 0usize;
        while output.len() < max {
            match items.get(next) {
                Some(&(i, v)) if i as usize == output.len() => {
                    output.push(self.format_item(v, recurse));
                    next += 1;
                }
                _ => break,
            }
        }
        if output.len() == max {
            let remaining = len as usize - max;
            if remaining > 0 {
                output.push(remaining_text(remaining));
            }
            return output;
        }
        // A hole was found: holes print as `<N empty items>`. node goes on
        // through `Object.keys` from position `index` of that list, so a
        // hidden element reads as a hole, and one hidden before the hole
        // shifts which keys are seen (its quirk, kept).
        let mut index = output.len();
        let enumerable: Vec<(u32, Value)> = items.iter().copied().filter(|(i, _)| !hidden.contains(i)).collect();
        for &(i, v) in enumerable.iter().skip(index) {
            if output.len() >= max {
                break;
            }
            let i = i as usize;
            // A heap that lists elements out of order or past the length
            // would make node's arithmetic underflow: skip them.
            if i < index || i >= len as usize {
                continue;
            }
            if i != index {
                let empty = i - index;
                output.push(format!("<{empty} empty item{}>", if empty > 1 { "s" } else { "" }));
                index = i;
                if output.len() == max {
                    break;
                }
            }
            output.push(self.format_item(v, recurse));
            index += 1;
        }
        let remaining = (len as usize).saturating_sub(index);
        if output.len() != max {
            if remaining > 0 {
                output.push(format!("<{remaining} empty item{}>", if remaining > 1 { "s" } else { "" }));
            }
        } else if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        output
    }

    fn format_item(&mut self, v: Value, recurse: usize) -> String {
        self.indentation += 2;
        let s = self.format_value(v, recurse);
        self.indentation -= 2;
        s
    }

    /// node's `formatProperty` for a named property.
    fn format_property(&mut self, prop: &Prop, recurse: usize) -> String {
        let value = match prop.slot {
            Slot::Value(v) => self.format_item(v, recurse),
            Slot::Length(n) => n.to_string(),
        };
        let name = match &prop.key {
            Key::Symbol(d) => format!("[{}]", escape_all(&format!("Symbol({d})").encode_utf16().collect::<Vec<_>>())),
            Key::Str(k) if *k == "__proto__".encode_utf16().collect::<Vec<_>>() => "['__proto__']".into(),
            Key::Str(k) if !prop.enumerable => format!("[{}]", escape_all(k)),
            Key::Str(k) if is_identifier_key(k) => String::from_utf16_lossy(k),
            Key::Str(k) => str_escape(k),
        };
        format!("{name}: {value}")
    }

    fn reduce_to_single_string(
        &self,
        mut output: Vec<String>,
        base: &str,
        braces: (&str, &str),
        extras: Extras,
        recurse: usize,
        items: Option<&[(u32, Value)]>,
    ) -> String {
        let base_sp = if base.is_empty() { String::new() } else { format!("{base} ") };
        if self.opts.compact >= 1 {
            let entries = output.len();
            if extras == Extras::Array && entries > 6 {
                output = self.group_array_elements(output, items);
            }
            if self.current_depth.saturating_sub(recurse) < self.opts.compact && entries == output.len() {
                let start = output.len() + self.indentation + js_len(braces.0) + js_len(base) + 10;
                if self.is_below_break_length(&output, start, base) {
                    let joined = output.join(", ");
                    if !joined.contains('\n') {
                        return format!("{base_sp}{} {joined} {}", braces.0, braces.1);
                    }
                }
            }
        }
        let indentation = format!("\n{}", " ".repeat(self.indentation));
        format!(
            "{base_sp}{}{indentation}  {}{indentation}{}",
            braces.0,
            output.join(&format!(",{indentation}  ")),
            braces.1
        )
    }

    fn is_below_break_length(&self, output: &[String], start: usize, base: &str) -> bool {
        let mut total = output.len() + start;
        if total + output.len() > self.opts.break_length {
            return false;
        }
        for s in output {
            total += js_len(s);
            if total > self.opts.break_length {
                return false;
            }
        }
        !base.contains('\n')
    }

    /// node's `groupArrayElements`: many short entries go in aligned columns.
    fn group_array_elements(&self, output: Vec<String>, items: Option<&[(u32, Value)]>) -> Vec<String> {
        let mut total_length = 0usize;
        let mut max_length = 0usize;
        let mut output_length = output.len();
        // The `... N more items` entry does not take part.
        if self.opts.max_array_length < output.len() {
            output_length -= 1;
        }
        const SEPARATOR_SPACE: usize = 2;
        let data_len: Vec<usize> = output[..output_length].iter().map(|s| string_width(s)).collect();
        for &len in &data_len {
            total_length += len + SEPARATOR_SPACE;
            max_length = max_length.max(len);
        }
        let actual_max = max_length + SEPARATOR_SPACE;
        if actual_max * 3 + self.indentation < self.opts.break_length
            && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
        {
            let approx_char_heights = 2.5;
            let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
            let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
            let columns = [
                js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max),
                ((self.opts.break_length as f64 - self.indentation as f64) / actual_max as f64).floor(),
                (self.opts.compact * 4) as f64,
                15.0,
            ]
            .into_iter()
            .fold(f64::INFINITY, f64::min);
            if columns.is_nan() || columns <= 1.0 {
                return output;
            }
            let columns = columns as usize;
            let mut max_line_length = Vec::with_capacity(columns);
            for i in 0..columns {
                let mut line_max = 0;
                let mut j = i;
                while j < output.len() {
                    // `dataLen[j]` is undefined for the `more items` entry.
                    if let Some(&len) = data_len.get(j) {
                        line_max = line_max.max(len);
                    }
                    j += columns;
                }
                max_line_length.push(line_max + SEPARATOR_SPACE);
            }
            let pad_start = items.is_some_and(|items| (0..output.len()).all(|i| self.is_number_at(items, i)));
            let mut tmp = Vec::new();
            let mut i = 0;
            while i < output_length {
                let max = (i + columns).min(output_length);
                let mut line = String::new();
                let mut j = i;
                while j < max - 1 {
                    let cell = format!("{}, ", output[j]);
                    let padding = max_line_length[j - i] + js_len(&output[j]) - data_len[j];
                    line.push_str(&pad(&cell, padding, pad_start));
                    j += 1;
                }
                if pad_start {
                    let padding = max_line_length[j - i] + js_len(&output[j]) - data_len[j] - SEPARATOR_SPACE;
                    line.push_str(&pad(&output[j], padding, true));
                } else {
                    line.push_str(&output[j]);
                }
                tmp.push(line);
                i += columns;
            }
            if output_length < output.len() {
                tmp.push(output[output_length].clone());
            }
            return tmp;
        }
        output
    }

    /// `typeof value[i] === 'number'` for the array being grouped.
    fn is_number_at(&self, items: &[(u32, Value)], i: usize) -> bool {
        match items.binary_search_by_key(&i, |&(j, _)| j as usize) {
            Ok(p) => matches!(self.h.view(items[p].1), View::Number(_)),
            Err(_) => false,
        }
    }
}

/// node's `getPrefix` without a tag: `Foo(3) `, `[Array(3): null prototype] `.
fn prefix_of(ctor: Option<&str>, fallback: &str, size: &str) -> String {
    match ctor {
        Some(c) => format!("{c}{size} "),
        None => format!("[{fallback}{size}: null prototype] "),
    }
}

/// node's `getStackFrames`: the frames of `stack` (from `start`, where
/// its first `\n    at` is) that its error's `cause` lists too, four or
/// more in a row, shown as their first and last with
/// `... N lines matching cause stack trace ...` between.
fn elide_cause_frames(stack: &str, start: usize, cause: &str) -> String {
    let Some(cause_start) = cause.find("\n    at") else { return stack.to_string() };
    let mut frames: Vec<String> = stack[start + 1..].split('\n').map(str::to_string).collect();
    let cause_frames: Vec<&str> = cause[cause_start + 1..].split('\n').collect();
    if let Some((len, offset)) = identical_sequence_range(&frames, &cause_frames) {
        let skipped = len - 2;
        let note = format!("    ... {skipped} lines matching cause stack trace ...");
        frames.splice(offset + 1..offset + 1 + skipped, [note]);
    }
    format!("{}\n{}", &stack[..start], frames.join("\n"))
}

/// node's `identicalSequenceRange`: the first run of more than three
/// lines of `a` that also stand in a row in `b` (with more than three
/// lines of `b` from there): its length and where it starts in `a`.
fn identical_sequence_range(a: &[String], b: &[&str]) -> Option<(usize, usize)> {
    for i in 0..a.len().saturating_sub(3) {
        let Some(pos) = b.iter().position(|l| *l == a[i]) else { continue };
        let rest = b.len() - pos;
        if rest > 3 {
            let max_len = (a.len() - i).min(rest);
            let mut len = 1;
            while max_len > len && a[i + len] == b[pos + len] {
                len += 1;
            }
            if len > 3 {
                return Some((len, i));
            }
        }
    }
    None
}

/// node's `improveStack`: an error whose class name the stack does not
/// show gets it in front (`MyError [TypeError]: ...`).
fn improve_stack(stack: String, ctor: Option<&str>, name: &str) -> String {
    let mut len = name.len();
    let plain = name.ends_with("Error")
        && stack.starts_with(name)
        && matches!(stack.as_bytes().get(len), None | Some(b':') | Some(b'\n'));
    if ctor.is_some() && !plain {
        return stack;
    }
    let mut fallback = String::from("Error");
    if ctor.is_none() {
        let start = null_proto_error_name(&stack);
        len = start.len();
        fallback = if start.is_empty() { "Error".into() } else { start };
    }
    let prefix = prefix_of(ctor, &fallback, "");
    let prefix = &prefix[..prefix.len() - 1];
    if name == prefix {
        return stack;
    }
    let rest = stack.get(len..).unwrap_or("");
    if prefix.contains(name) {
        if len == 0 {
            format!("{prefix}: {stack}")
        } else {
            format!("{prefix}{rest}")
        }
    } else {
        format!("{prefix} [{name}]{rest}")
    }
}

/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/` or `/^([a-z_A-Z0-9-]*Error)$/`.
fn null_proto_error_name(stack: &str) -> String {
    let b = stack.as_bytes();
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        let body = |c: &u8| c.is_ascii_alphanumeric() || b"_ []()-".contains(c);
        // The character class includes ' ', so backtrack to the longest
        // prefix that is followed by ':' or a frame line.
        let mut end = 1 + b[1..].iter().take_while(|c| body(c)).count();
        while end >= 2 {
            let rest = &stack[end..];
            if rest.starts_with(':') || rest.starts_with("\n    at") {
                return stack[..end].to_string();
            }
            end -= 1;
        }
    }
    if stack.ends_with("Error") && stack.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-') {
        return stack.to_string();
    }
    String::new()
}

fn remaining_text(n: usize) -> String {
    format!("... {n} more item{}", if n > 1 { "s" } else { "" })
}

#[cfg(test)]
mod tests;
