//! console.log and the REPL's echo of any value, exactly as node prints
//! it: `inspect.rs` is node's util.inspect, written against a `View` of
//! each value; this file gives it the views of stitch's heap.

use std::collections::HashMap;

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::ENUMERABLE;
use crate::inspect::{Inspect, Key, Options, View};
use crate::value::Value;
use crate::vm::Vm;

/// The most elements of a typed array (bytes of a buffer) a view lists:
/// node shows `maxArrayLength` (100) of them.
const MAX_SHOWN_ELEMENTS: u32 = 10_000;

/// The heap's views, with the `Symbol.toStringTag` getters' results that
/// `getter_tags` ran beforehand (a view must not run user code).
struct Heap<'a>(
    &'a Vm,
    &'a HashMap<u64, String>,
    &'a crate::heap::ScratchDoubles,
    &'a HashMap<usize, Converted>,
    &'a Hidden,
);

/// Every own property (key, value, enumerable) of the objects a
/// `showHidden` inspection (`%o`, `console.dir(v, { showHidden: true })`)
/// may print, by object: `hidden_props` reads them with the VM beforehand,
/// since a function's `name` and `prototype` are made on first read.
type Hidden = HashMap<u64, Vec<(Key, Value, bool)>>;

/// A console.log argument a `%` directive converts with user code
/// (`percent_conversions`).
enum Converted {
    /// `String(v)` for `%s` (a user `toString`), `%i` and `%f`.
    Text(String),
    /// `Number(v)` for `%d` (`valueOf`, then `toString`).
    Number(f64),
}

/// How an object's `Symbol.toStringTag` is found: the first such property
/// on its chain is a data property (with whether it is an own enumerable
/// one, which node leaves out of the prefix since the key list shows it)
/// or an accessor (its getter).
enum TagSource {
    Data(Value, bool),
    Getter(Value),
}

fn tag_source(vm: &Vm, o: &crate::heap::JsObject) -> Option<TagSource> {
    use crate::heap::object::Found;
    use crate::heap::shape::ACCESSOR;
    let a = vm.realm.intrinsics.tag;
    let mut cur = Some(o);
    let mut own = true;
    while let Some(p) = cur {
        if let Some(found) = p.find(a) {
            let (raw, attrs) = match found {
                Found::Slot(i, at) => (p.slot(i), at),
                Found::Dict(at, v) => (v, at),
            };
            if attrs & ACCESSOR != 0 {
                let g = crate::property::accessor_of(raw).map_or(Value::UNDEFINED, |(g, _)| g);
                return Some(TagSource::Getter(g));
            }
            return Some(TagSource::Data(raw, own && attrs & ENUMERABLE != 0));
        }
        own = false;
        cur = p.proto().as_object();
    }
    None
}

/// The objects console.log may print (node's default depth 2, so their
/// children at depth 3, whose prefix still names the tag) whose
/// `Symbol.toStringTag` is a getter, with what the getter returned when it
/// is a string. node runs these getters as it formats; stitch runs them
/// first, in the same order, so the formatter itself stays free of user
/// code. Bounded: a huge structure's far objects keep their plain prefix.
fn getter_tags(vm: &mut Vm, args: &[Value]) -> JsResult<HashMap<u64, String>> {
    const MAX_OBJECTS: usize = 4096;
    const MAX_DEPTH: usize = 3;
    let mut tags = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    let mut found: Vec<(Value, Value)> = Vec::new();
    let mut errors: Vec<Value> = Vec::new();
    let mut work: Vec<(Value, usize)> = args.iter().rev().map(|&v| (v, 0)).collect();
    while let Some((v, depth)) = work.pop() {
        let Some(o) = v.as_object() else { continue };
        if seen.len() >= MAX_OBJECTS || !seen.insert(v.to_bits()) {
            continue;
        }
        if let Some(TagSource::Getter(g)) = tag_source(vm, o) {
            if g.as_callable().is_some() {
                found.push((v, g));
            }
        }
        // An error whose `name` or `message` is a getter: its `stack` is
        // made here, running them (the view cannot).
        if matches!(o.class, crate::heap::ObjClass::Error(_)) && crate::stack::header_needs_getters(vm, v) {
            errors.push(v);
        }
        if depth >= MAX_DEPTH {
            continue;
        }
        let mut children: Vec<Value> = o
            .index_keys()
            .into_iter()
            .take(101)
            .filter_map(|i| match o.element(i) {
                Some(crate::heap::object::Elem::Value(v)) => Some(v),
                _ => None,
            })
            .collect();
        children.extend(
            o.named_entries()
                .into_iter()
                .filter(|(_, at, _)| at & crate::heap::shape::ACCESSOR == 0)
                .map(|(_, _, v)| v),
        );
        if let crate::heap::ObjClass::Collection(t, _) = &o.class {
            for (k, v) in t.borrow().entries().into_iter().take(101) {
                children.push(k);
                children.push(v);
            }
        }
        work.extend(children.into_iter().rev().filter(|c| c.as_object().is_some()).map(|c| (c, depth + 1)));
    }
    for e in errors {
        crate::stack::settle(vm, e);
    }
    if found.is_empty() {
        return Ok(tags);
    }
    // A getter may drop the last reference to another object on the list.
    let mut s = vm.scope();
    let rooted: Vec<_> = found.iter().map(|&(o, g)| (s.root(o), s.root(g))).collect();
    for (ro, rg) in rooted {
        let (o, g) = (s.get(ro), s.get(rg));
        let t = crate::calls::call_function(&mut s, g, o, &[])?;
        if let (Some(text), Some(obj)) = (t.as_js_str(), o.as_object()) {
            tags.insert(obj as *const crate::heap::JsObject as u64, text.to_string_lossy().into_owned());
        }
    }
    Ok(tags)
}

/// The arguments console.log's format directives consume, as
/// `inspect::console_line` walks them: (argument index, directive letter)
/// for each of `%s %d %i %f %j %o %O %c` that has an argument left.
fn directives(args: &[Value]) -> Vec<(usize, u8)> {
    let mut out = Vec::new();
    let Some(first) = args.first().and_then(|v| v.as_js_str()).map(|s| s.units().into_owned()) else {
        return out;
    };
    let (mut a, mut i) = (0, 0);
    while i + 1 < first.len() {
        if first[i] != u16::from(b'%') {
            i += 1;
            continue;
        }
        i += 1;
        if a + 1 != args.len() {
            let d = u8::try_from(first[i]).unwrap_or(0);
            if b"sdifjoOc".contains(&d) {
                a += 1;
                out.push((a, d));
            }
        }
        i += 1;
    }
    out
}

/// The console.log arguments a `%o` formats (node inspects them with
/// `showHidden`).
fn shown_hidden(args: &[Value]) -> Vec<Value> {
    directives(args).into_iter().filter(|&(_, d)| d == b'o').map(|(a, _)| args[a]).collect()
}

/// Every own property of each object reachable from `roots` within
/// `depth` levels (and one more, whose entries a `[Object]` hides but
/// whose circularity still shows), bounded in number. Reading a
/// function's `name` or `prototype` may allocate: each value read is
/// rooted until all are read, and the caller allocates nothing more
/// before printing.
fn hidden_props(vm: &mut Vm, roots: &[Value], depth: usize) -> Hidden {
    const MAX_OBJECTS: usize = 4096;
    let mut out: HashMap<u64, Vec<(Key, crate::vm::Rooted, bool)>> = HashMap::new();
    let mut s = vm.scope();
    // Breadth first: an object is read at the least depth it is printed at.
    let mut work: std::collections::VecDeque<(crate::vm::Rooted, usize)> =
        roots.iter().map(|&v| (s.root(v), 0)).collect();
    while let Some((rv, d)) = work.pop_front() {
        let v = s.get(rv);
        let Some(o) = v.as_object() else { continue };
        if out.len() >= MAX_OBJECTS || out.contains_key(&v.to_bits()) || o.accessor_pair().is_some() {
            continue;
        }
        if let crate::heap::ObjClass::Collection(t, _) = &o.class {
            for (k, e) in t.borrow().entries().into_iter().take(101) {
                for c in [k, e] {
                    if d < depth.saturating_add(1) && c.as_object().is_some() {
                        work.push_back((s.root(c), d + 1));
                    }
                }
            }
        }
        let own_keys_of = s.own_keys_of;
        let Ok(mut keys) = own_keys_of(&mut s, v, false) else { continue };
        keys.extend(crate::property::own_symbol_keys(&s, o, false));
        let attrs: HashMap<crate::heap::Atom, crate::heap::shape::Attrs> =
            o.named_entries().into_iter().map(|(a, at, _)| (a, at)).collect();
        let mut props = Vec::new();
        for k in keys {
            use crate::heap::shape::PropKey;
            let (key, enumerable) = match k {
                // An array's elements are printed as its items, not
                // among its properties.
                PropKey::Index(i) if o.is_array() => {
                    if let Some(crate::heap::object::Elem::Value(e)) = o.element(i) {
                        if d < depth.saturating_add(1) && e.as_object().is_some() {
                            work.push_back((s.root(e), d + 1));
                        }
                    }
                    continue;
                }
                PropKey::Index(i) => (Key::Str(units(&i.to_string())), true),
                PropKey::Name(a) => {
                    if o.is_array()
                        && !s.atoms.is_symbol(a)
                        && crate::heap::shape::array_index(s.atoms.name(a)).is_some()
                    {
                        continue;
                    }
                    let key = match s.atoms.symbol_of(a) {
                        Some(sym) => Key::Symbol(symbol_text(sym)),
                        None => Key::Str(crate::keytext::decode(s.atoms.name(a)).into_owned()),
                    };
                    (key, attrs.get(&a).is_some_and(|at| at & ENUMERABLE != 0))
                }
            };
            let value = match k {
                PropKey::Index(i) => match o.element(i) {
                    Some(crate::heap::object::Elem::Value(v)) => Some(v),
                    _ => crate::property::get_own(&mut s, o, k),
                },
                PropKey::Name(a) => match o.get_named(a) {
                    Some(v) => Some(v),
                    None => crate::property::get_own(&mut s, o, k),
                },
            };
            let Some(value) = value else { continue };
            let rvalue = s.root(value);
            if d < depth.saturating_add(1) && value.as_object().is_some() {
                work.push_back((s.root(value), d + 1));
            }
            props.push((key, rvalue, enumerable));
        }
        out.insert(v.to_bits(), props);
    }
    out.into_iter().map(|(id, props)| (id, props.into_iter().map(|(k, r, e)| (k, s.get(r), e)).collect())).collect()
}

/// The conversions node's formatWithOptions makes with user code, which a
/// view cannot: `String(v)` of each object a `%s` formats whose
/// `toString` is not a built-in one, `%i`'s and `%f`'s `String(v)` (they
/// are `parseInt`/`parseFloat`) and `%d`'s `Number(v)` of each object, by
/// argument position (the same object twice is converted twice), in the
/// order of the directives.
fn percent_conversions(vm: &mut Vm, args: &[Value]) -> JsResult<HashMap<usize, Converted>> {
    let mut out = HashMap::new();
    let formatted = directives(args).into_iter().filter(|&(_, d)| b"sdifj".contains(&d));
    for (a, directive) in formatted {
        let v = args[a];
        if v.as_object().is_none() {
            continue;
        }
        let converted = match directive {
            b's' if !user_to_string(vm, v)? => continue,
            b'j' => Converted::Text(json_directive(vm, v)?),
            b'd' => Converted::Number(crate::ops::to_number(vm, v)?),
            _ => {
                let text = crate::ops::to_js_string(vm, v)?;
                Converted::Text(crate::format::lossy(text).into_owned())
            }
        };
        out.insert(a, converted);
    }
    Ok(out)
}

/// `%j` of an object: node's tryStringify, JSON.stringify itself (so
/// `toJSON` methods and getters run), `[Circular]` when it throws on a
/// cycle; any other exception propagates.
fn json_directive(vm: &mut Vm, v: Value) -> JsResult<String> {
    let stringify = vm.json_stringify;
    match stringify(vm, Value::UNDEFINED, &[v]) {
        Ok(text) if text == Value::UNDEFINED => Ok("undefined".into()),
        Ok(text) => Ok(crate::format::to_string(text)),
        Err(thrown) => {
            let Some(e) = vm.exception().filter(|_| vm.exception_catchable()) else { return Err(thrown) };
            let key = crate::property::key_of_str(vm, "message");
            let message = crate::property::get(vm, e, key).map(crate::format::to_string).unwrap_or_default();
            if message.contains("circular structure") {
                let _ = vm.take_exception();
                Ok("[Circular]".into())
            } else {
                Err(thrown)
            }
        }
    }
}

/// node's `!hasBuiltInToString`: `v.toString` is a function that is its
/// own property, or that the first prototype holding it got from a script
/// (its `constructor` is not a built-in), as a class's `toString` method.
fn user_to_string(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let key = crate::property::key_of_str(vm, "toString");
    if crate::property::get(vm, v, key)?.as_callable().is_none() {
        return Ok(false);
    }
    let (Some(o), crate::heap::shape::PropKey::Name(name)) = (v.as_object(), key) else { return Ok(false) };
    if o.find(name).is_some() {
        return Ok(true);
    }
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if p.find(name).is_some() {
            let ctor = p.get_named(vm.realm.constructor).unwrap_or(Value::UNDEFINED);
            return Ok(!matches!(ctor.as_callable(), Some(crate::heap::object::Callable::Native(_))));
        }
        cur = p.proto();
    }
    Ok(false)
}

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// A symbol's description as `Symbol(…)` shows it.
fn symbol_text(sym: Value) -> String {
    sym.as_symbol().map(|s| crate::format::lossy(s.description).into_owned()).unwrap_or_default()
}

impl Heap<'_> {
    /// A `TextEncoder` or `TextDecoder` as node's custom inspectors show
    /// them: an encoder as the plain object `{ encoding: 'utf-8' }`, a
    /// decoder as its constructor's name and its three getters' values
    /// (own properties are not shown).
    fn text_coder_view(&self, v: Value, o: &crate::heap::JsObject) -> Option<View> {
        let t = &self.0.realm.text;
        if t.encoder == 0 {
            return None;
        }
        let key = |s: &str| Key::Str(units(s));
        if o.get_named(t.encoder).is_some() {
            let props = vec![(key("encoding"), t.names[0])];
            let past_depth = Some(self.ctor_name(o).unwrap_or_else(|| "TextEncoder".into()));
            return Some(View::Object { id: v.to_bits(), ctor: Some("Object".into()), props, past_depth });
        }
        let flags = o.get_named(t.decoder)?.as_smi();
        let props = vec![
            (key("encoding"), t.names[(flags & 3) as usize]),
            (key("fatal"), Value::bool(flags & 4 != 0)),
            (key("ignoreBOM"), Value::bool(flags & 8 != 0)),
        ];
        Some(View::Object { id: v.to_bits(), ctor: self.ctor_name(o), props, past_depth: None })
    }

    /// Element `i` of `o` as a value (a raw double through the scratch
    /// arena: printing must not allocate in the heap it reads).
    fn element(&self, o: &crate::heap::JsObject, i: u32) -> Option<Value> {
        o.element(i).map(|e| match e {
            crate::heap::object::Elem::Value(v) => v,
            crate::heap::object::Elem::F64(d) => self.2.number(d),
        })
    }

    fn named_props(&self, o: &crate::heap::JsObject) -> Vec<(Key, Value)> {
        // Names in insertion order, then symbols in theirs.
        let (mut names, symbols): (Vec<_>, Vec<_>) = o
            .named_entries()
            .into_iter()
            .filter(|(_, attrs, _)| attrs & ENUMERABLE != 0)
            .map(|(a, _, v)| match self.0.atoms.symbol_of(a) {
                Some(sym) => (Key::Symbol(symbol_text(sym)), v),
                None => (Key::Str(crate::keytext::decode(self.0.atoms.name(a)).into_owned()), v),
            })
            .partition(|(k, _)| matches!(k, Key::Str(_)));
        names.extend(symbols);
        names
    }

    /// The name node's getConstructorName finds: the `constructor` of the
    /// first prototype that has one (None for a null prototype).
    fn ctor_name(&self, o: &crate::heap::JsObject) -> Option<String> {
        self.ctor_name_at(o, 0)
    }

    /// getConstructorName at `recurse` prototypes up: when no prototype
    /// has a constructor but the chain is not empty (`Object.create(
    /// Object.create(null))`), node names the object by its class and
    /// its first prototype, `Object <[Object: null prototype] {}>`, that
    /// prototype named the same way when it has a prototype itself.
    fn ctor_name_at(&self, o: &crate::heap::JsObject, recurse: usize) -> Option<String> {
        if let Some(name) = self.chain_ctor(o) {
            return Some(name);
        }
        let first = o.proto().as_object()?;
        // V8's internal constructor name of the object itself.
        let res = if o.is_array() {
            "Array"
        } else if o.callable().is_some() {
            "Function"
        } else {
            "Object"
        };
        // node passes its inspection depth (2) as the limit.
        if recurse > 2 {
            return Some(format!("{res} <Complex prototype>"));
        }
        Some(match self.ctor_name_at(first, recurse + 1) {
            Some(c) => format!("{res} <{c}>"),
            // node inspects that prototype with depth -1: a null-prototype
            // object is `[Object: null prototype] {}` when it has no keys,
            // `[Object: null prototype]` (past the depth) when it has some.
            None => {
                let keys = first.index_keys().len() + self.named_props(first).len();
                let class = if first.is_array() {
                    "Array"
                } else if first.callable().is_some() {
                    "Function"
                } else {
                    "Object"
                };
                if keys == 0 && class == "Object" {
                    format!("{res} <[{class}: null prototype] {{}}>")
                } else {
                    format!("{res} <[{class}: null prototype]>")
                }
            }
        })
    }

    /// The name of the `constructor` of the first prototype of `o` that
    /// has a named one.
    fn chain_ctor(&self, o: &crate::heap::JsObject) -> Option<String> {
        let vm = self.0;
        let mut cur = o.proto();
        while let Some(p) = cur.as_object() {
            if cur == vm.realm.object_proto {
                return Some("Object".into());
            }
            if cur == vm.realm.array_proto {
                return Some("Array".into());
            }
            // node's getConstructorName passes over an empty name (an
            // anonymous class) to the next prototype's.
            if let Some(c) = p.get_named(vm.realm.constructor).and_then(|c| c.as_callable()) {
                let name = crate::property::function_name(vm, c);
                if !name.is_empty() {
                    return Some(name);
                }
            }
            cur = p.proto();
        }
        None
    }
}

/// The globals node's inspect counts as built-in (`builtInObjects`: the
/// capitalised globals V8 made before node added its own): a prototype
/// whose constructor is one of these ends `addPrototypeProperties`.
const BUILT_IN_OBJECTS: &[&str] = &[
    "Object",
    "Function",
    "Array",
    "Number",
    "Boolean",
    "String",
    "Symbol",
    "Date",
    "Promise",
    "RegExp",
    "Error",
    "AggregateError",
    "EvalError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "TypeError",
    "URIError",
    "JSON",
    "Math",
    "Intl",
    "ArrayBuffer",
    "Uint8Array",
    "Int8Array",
    "Uint16Array",
    "Int16Array",
    "Uint32Array",
    "Int32Array",
    "Float32Array",
    "Float64Array",
    "Uint8ClampedArray",
    "BigUint64Array",
    "BigInt64Array",
    "DataView",
    "Map",
    "BigInt",
    "Set",
    "WeakMap",
    "WeakSet",
    "Proxy",
    "Reflect",
    "FinalizationRegistry",
    "WeakRef",
];

impl Heap<'_> {
    /// The name of `p`'s own `constructor` when it is a function with a
    /// name (what getConstructorName stops at).
    fn own_ctor_name(&self, p: &crate::heap::JsObject) -> Option<String> {
        let c = p.get_named(self.0.realm.constructor)?.as_callable()?;
        Some(crate::property::function_name(self.0, c)).filter(|n| !n.is_empty())
    }

    /// node's getConstructorName with `protoProps` (`showHidden`): where
    /// the constructor is found decides whether and from which prototype
    /// `addPrototypeProperties` lists properties.
    fn prototype_properties(&self, v: Value) -> Option<Vec<(Key, Value, bool)>> {
        let main = v.as_object()?;
        let first = main.proto();
        let mut cur = first;
        loop {
            let p = cur.as_object()?;
            if let Some(name) = self.own_ctor_name(p) {
                if cur != first || !BUILT_IN_OBJECTS.contains(&name.as_str()) {
                    return Some(self.add_prototype_properties(main, first));
                }
                return None;
            }
            cur = p.proto();
        }
    }

    /// node's addPrototypeProperties from `start` (a prototype of `main`).
    fn add_prototype_properties(&self, main: &crate::heap::JsObject, start: Value) -> Vec<(Key, Value, bool)> {
        use crate::heap::shape::ACCESSOR;
        let vm = self.0;
        let mut out = Vec::new();
        let mut nearer: std::collections::HashSet<crate::heap::Atom> = std::collections::HashSet::new();
        let mut cur = start;
        for depth in 0..3 {
            if depth != 0 {
                let Some(p) = cur.as_object() else { return out };
                cur = p.proto();
                let Some(p) = cur.as_object() else { return out };
                if self.own_ctor_name(p).is_some_and(|n| BUILT_IN_OBJECTS.contains(&n.as_str())) {
                    return out;
                }
            }
            let Some(p) = cur.as_object() else { return out };
            // Reflect.ownKeys order: names, then symbols.
            let (names, symbols): (Vec<_>, Vec<_>) =
                p.named_entries().into_iter().partition(|&(a, _, _)| !vm.atoms.is_symbol(a));
            let entries: Vec<_> = names.into_iter().chain(symbols).collect();
            for &(a, attrs, value) in &entries {
                let data_function = attrs & ACCESSOR == 0 && value.as_callable().is_some();
                if a == vm.realm.constructor || main.find(a).is_some() || nearer.contains(&a) || data_function {
                    continue;
                }
                let key = match vm.atoms.symbol_of(a) {
                    Some(sym) => Key::Symbol(symbol_text(sym)),
                    None => Key::Str(crate::keytext::decode(vm.atoms.name(a)).into_owned()),
                };
                out.push((key, value, attrs & ENUMERABLE != 0));
            }
            nearer.extend(entries.iter().map(|&(a, _, _)| a));
        }
        out
    }

    /// An error object as node's formatError sees it: `stack` (or
    /// `Name: message` without one), an own `cause`, and the enumerable
    /// own properties.
    fn error_view(&self, v: Value, o: &'static crate::heap::JsObject) -> View {
        let vm = self.0;
        let text = |name: crate::heap::Atom| {
            o.lookup_named(name).filter(|v| *v != Value::UNDEFINED).map(crate::format::to_string)
        };
        let name = text(vm.realm.name).unwrap_or_else(|| "Error".into());
        let message = text(vm.realm.message).unwrap_or_default();
        // Without a stack string: `Name: message`, as Error.prototype.toString.
        // A stack not yet made is made here without being stored (a view
        // only reads the heap).
        let stack = match (crate::stack::text(vm, o), o.get_named(vm.realm.stack)) {
            (Some(text), _) => text,
            (None, Some(s)) if s.is_string() => crate::format::to_string(s),
            _ if message.is_empty() => name.clone(),
            _ if name.is_empty() => message.clone(),
            _ => format!("{name}: {message}"),
        };
        let cause = vm.atoms.lookup("cause").and_then(|a| o.get_named(a));
        let errors = vm
            .atoms
            .lookup("errors")
            .and_then(|a| o.get_named(a))
            .filter(|e| e.as_object().is_some_and(|e| e.is_array()));
        let mut props: Vec<(Key, Value)> = o
            .index_keys()
            .into_iter()
            .filter_map(|i| self.element(o, i).map(|v| (Key::Str(units(&i.to_string())), v)))
            .collect();
        props.extend(self.named_props(o));
        View::Error { id: v.to_bits(), ctor: self.ctor_name(o), name, message, stack, cause, errors, props }
    }
}

impl Heap<'_> {
    /// The `Symbol.toStringTag` node's getPrefix shows for `o`: a
    /// non-empty string, found as a data property (not an own enumerable
    /// one, which the key list already shows) or returned by a getter
    /// (`getter_tags` ran it).
    fn tag(&self, o: &crate::heap::JsObject) -> Option<String> {
        match tag_source(self.0, o)? {
            TagSource::Data(_, true) => None,
            TagSource::Data(t, false) => t.as_js_str().map(|s| s.to_string_lossy().into_owned()),
            TagSource::Getter(_) => self.1.get(&(o as *const crate::heap::JsObject as u64)).cloned(),
        }
        .filter(|s| !s.is_empty())
    }

    /// An own enumerable string tag of a null-prototype object: V8 names
    /// such an object by it (`[N: null prototype] { [Symbol(...)]: 'N' }`).
    fn own_tag(&self, o: &crate::heap::JsObject) -> Option<String> {
        match tag_source(self.0, o)? {
            TagSource::Data(t, true) => t.as_js_str().map(|s| s.to_string_lossy().into_owned()),
            _ => None,
        }
        .filter(|s| !s.is_empty())
    }

    /// Maps, sets, their weak kinds and their iterators.
    fn collection_view(&self, v: Value, o: &crate::heap::JsObject) -> Option<View> {
        use crate::heap::collection::{CollKind, IterKind, IterSource};
        use crate::inspect::EntryForm;
        let id = v.to_bits();
        match &o.class {
            crate::heap::ObjClass::Collection(t, kind) => {
                let name = kind.name();
                let ctor = self.ctor_name(o);
                let tag = self.tag(o).unwrap_or_default();
                let weak = matches!(kind, CollKind::WeakMap | CollKind::WeakSet);
                let size = if weak { String::new() } else { format!("({})", t.borrow().len()) };
                let prefix = |size: &str| match &ctor {
                    Some(c) if !tag.is_empty() && *c != tag => format!("{c}{size} [{tag}] "),
                    Some(c) => format!("{c}{size} "),
                    None => format!("[{name}{size}: null prototype] "),
                };
                let head = prefix(&size);
                let plain = prefix("");
                let style = match ctor {
                    Some(_) => format!("[{}]", plain.trim_end()),
                    None => plain.trim_end().to_string(),
                };
                let form = if weak {
                    EntryForm::Unknown
                } else if kind.is_set() {
                    EntryForm::Single
                } else {
                    EntryForm::Arrow
                };
                let entries = if weak { Vec::new() } else { t.borrow().entries() };
                Some(View::Collection { id, head, style, entries, form, props: self.named_props(o) })
            }
            crate::heap::ObjClass::Promise(p) => {
                let p = p.borrow();
                let (form, entries) = match p.state {
                    crate::event_loop::PState::Pending => (EntryForm::Pending, Vec::new()),
                    crate::event_loop::PState::Fulfilled => (EntryForm::Single, vec![(p.value, p.value)]),
                    crate::event_loop::PState::Rejected => (EntryForm::Rejected, vec![(p.value, p.value)]),
                };
                // node's getPrefix: a subclass names the tag too
                // (`P [Promise] { 1 }`).
                let head = match (self.ctor_name(o), self.tag(o)) {
                    (Some(c), Some(t)) if c != t => format!("{c} [{t}] "),
                    (Some(c), _) => format!("{c} "),
                    (None, _) => "[Promise: null prototype] ".to_string(),
                };
                let style = format!("[{}]", head.trim_end());
                Some(View::Collection { id, head, style, entries, form, props: self.named_props(o) })
            }
            crate::heap::ObjClass::BuiltinIter(it) => {
                let it = it.borrow();
                let IterSource::Table(t, is_set) = &it.source else { return None };
                let ty = if *is_set { "Set" } else { "Map" };
                let entries = if it.done { Vec::new() } else { t.borrow().entries_from(it.pos) };
                let (head, form, entries) = match it.kind {
                    IterKind::Entries => {
                        let e = entries.into_iter().map(|(k, v)| (k, if *is_set { k } else { v })).collect();
                        (format!("[{ty} Entries] "), EntryForm::Pair, e)
                    }
                    IterKind::Keys => (format!("[{ty} Iterator] "), EntryForm::Single, entries),
                    IterKind::Values => {
                        let e = entries.into_iter().map(|(k, v)| if *is_set { (k, k) } else { (v, v) }).collect();
                        (format!("[{ty} Iterator] "), EntryForm::Single, e)
                    }
                };
                // Past the depth limit node names it by constructor and tag,
                // whatever the kind of entries.
                let style = format!("[Object [{ty} Iterator]]");
                Some(View::Collection { id, head, style, entries, form, props: self.named_props(o) })
            }
            _ => None,
        }
    }
}

impl Inspect for Heap<'_> {
    fn view(&self, v: Value) -> View {
        let vm = self.0;
        match v.to_bits() {
            crate::value::UNDEFINED_BITS => return View::Undefined,
            crate::value::NULL_BITS => return View::Null,
            crate::value::TRUE_BITS => return View::Bool(true),
            crate::value::FALSE_BITS => return View::Bool(false),
            _ => {}
        }
        if let Some(d) = v.as_number() {
            return View::Number(d);
        }
        if let Some(s) = v.as_js_str() {
            return View::Str(s.units().into_owned());
        }
        if v.as_symbol().is_some() {
            return View::Symbol(symbol_text(v));
        }
        if let Some(b) = v.as_bigint() {
            return View::BigInt(b.to_string());
        }
        if let Some(e) = v.as_error() {
            let name = e.kind.name().to_string();
            let message = crate::format::lossy(e.message).into_owned();
            let stack = if message.is_empty() { name.clone() } else { format!("{}: {}", name, message) };
            return View::Error {
                id: v.to_bits(),
                ctor: Some(name.clone()),
                name,
                message,
                stack,
                cause: None,
                errors: None,
                props: Vec::new(),
            };
        }
        let Some(o) = v.as_object() else { return View::Undefined };
        if let Some((g, s)) = o.accessor_pair() {
            return View::Accessor { get: g != Value::UNDEFINED, set: s != Value::UNDEFINED };
        }
        let id = v.to_bits();
        if matches!(o.class, crate::heap::ObjClass::Error(_)) {
            return self.error_view(v, o);
        }
        if let Some(c) = o.callable() {
            // A class shows `extends` and its parent's name, unless its
            // parent is Function.prototype (no `extends`).
            let class = match c {
                // node's own classes written in JavaScript.
                _ if v == vm.realm.text.encoder_ctor || v == vm.realm.text.decoder_ctor => Some(None),
                crate::heap::Callable::Script(p) if p.kind.is_class_ctor() => {
                    let parent = o.proto();
                    Some(match parent.as_callable() {
                        _ if parent == vm.realm.function_proto => None,
                        Some(pc) => Some(crate::property::function_name(vm, pc)),
                        None => Some(crate::format::debug(parent)),
                    })
                }
                _ => None,
            };
            // node prints the `name` property (`bound f`, a renamed function),
            // any primitive as text (`[Function: 123]`).
            let own_name = o
                .get_named(vm.realm.name)
                .filter(|n| {
                    n.as_object().is_none() && n.as_symbol().is_none() && n.to_bits() != crate::value::HOLE_BITS
                })
                .map(crate::format::to_string);
            return View::Function {
                id,
                name: own_name.unwrap_or_else(|| crate::property::function_name(vm, c)),
                class,
                generator: matches!(c, crate::heap::Callable::Script(p) if p.info.generator),
                is_async: matches!(c, crate::heap::Callable::Script(p) if p.info.is_async),
                // None is a null prototype (`[Function (null prototype): f]`);
                // a function whose prototype is another (a subclass) is a
                // Function.
                ctor: if o.proto().as_callable().is_some() { Some("Function".into()) } else { self.ctor_name(o) },
                props: self.named_props(o),
            };
        }
        if let crate::heap::ObjClass::Boxed(p) = o.class {
            let ty = if p.is_string() {
                "String"
            } else if p.is_number() {
                "Number"
            } else if p.as_symbol().is_some() {
                "Symbol"
            } else if p.is_bigint() {
                "BigInt"
            } else {
                "Boolean"
            };
            return View::Boxed { id, ty, ctor: self.ctor_name(o), prim: p, props: self.named_props(o) };
        }
        if let crate::heap::ObjClass::Date(t) = &o.class {
            return View::Date { id, time: t.get(), ctor: self.ctor_name(o), props: self.named_props(o) };
        }
        if let crate::heap::ObjClass::RegExp(d) = &o.class {
            let text = crate::regexp::text_of(d);
            return View::RegExp { id, text, ctor: self.ctor_name(o), props: self.named_props(o) };
        }
        if let Some(view) = self.collection_view(v, o) {
            return view;
        }
        if let Some(view) = self.text_coder_view(v, o) {
            return view;
        }
        if let Some(view) = o.typed() {
            // A typed array prints as an array named by its class
            // (`Float64Array(3) [ 1, 2.5, 0 ]`); only the first elements
            // can be shown.
            let items = (0..view.length.min(MAX_SHOWN_ELEMENTS))
                .filter_map(|i| view.get(i).map(|d| (i, self.2.number(d))))
                .collect();
            // A subclass's name is followed by its tag (`V(3) [Float64Array]`).
            let ctor = match (self.ctor_name(o), self.tag(o)) {
                (Some(c), Some(t)) if c != t => Some(format!("{c} [{t}]")),
                (c, _) => c,
            };
            let (len, hidden, props) = (view.length, Vec::new(), self.named_props(o));
            return View::Array { id, len, items, hidden, props, ctor };
        }
        if let crate::heap::ObjClass::DataView(dv) = &o.class {
            // node lists a DataView's getters' values first.
            let mut props = vec![
                (Key::Str(units("byteLength")), Value::smi(dv.byte_length() as i32)),
                (Key::Str(units("byteOffset")), Value::smi(dv.offset as i32)),
                (Key::Str(units("buffer")), dv.buffer),
            ];
            props.extend(self.named_props(o));
            let ctor = match (self.ctor_name(o), self.tag(o)) {
                (Some(c), Some(t)) if c != t => Some(format!("{c} [{t}]")),
                (c, _) => c,
            };
            return View::Object { id, ctor, props, past_depth: None };
        }
        if let crate::heap::ObjClass::ArrayBuffer(b) = &o.class {
            let bytes = b.copy(0, MAX_SHOWN_ELEMENTS as usize);
            return View::Buffer { id, ctor: self.ctor_name(o), bytes, len: b.len(), props: self.named_props(o) };
        }
        if o.is_array() {
            let mut items: Vec<(u32, Value)> =
                o.index_keys().into_iter().filter_map(|i| self.element(o, i).map(|v| (i, v))).collect();
            let mut props = self.named_props(o);
            let mut hidden = Vec::new();
            if o.has_index_accessors() {
                // Elements with attributes of their own are named
                // properties (`property::index_key`): node lists them with
                // the elements, hidden ones too, and a getter as `[Getter]`.
                let index = |name: &str| crate::heap::shape::array_index(name);
                for (a, attrs, v) in o.named_entries() {
                    if let Some(i) = index(self.0.atoms.name(a)).filter(|_| !self.0.atoms.is_symbol(a)) {
                        items.push((i, v));
                        if attrs & ENUMERABLE == 0 {
                            hidden.push(i);
                        }
                    }
                }
                items.sort_by_key(|&(i, _)| i);
                props.retain(|(k, _)| !matches!(k, Key::Str(s) if index(&String::from_utf16_lossy(s)).is_some()));
            }
            return View::Array { id, len: o.length(), items, hidden, props, ctor: self.ctor_name(o) };
        }
        let mut props: Vec<(Key, Value)> = o
            .index_keys()
            .into_iter()
            .filter_map(|i| self.element(o, i).map(|v| (Key::Str(units(&i.to_string())), v)))
            .collect();
        if crate::global_object::is_global(vm, o) {
            // The visible globals a script or node made enumerable.
            for a in crate::global_object::keys(vm, true) {
                if let Some(v) = crate::global_object::get(vm, a) {
                    props.push((Key::Str(crate::keytext::decode(vm.atoms.name(a)).into_owned()), v));
                }
            }
        }
        props.extend(self.named_props(o));
        if o.has_index_accessors() {
            // Accessors with index keys print among the elements, in
            // ascending order (`property::own_keys`).
            let index = |k: &Key| match k {
                Key::Str(u) => crate::heap::shape::array_index(&String::from_utf16_lossy(u)),
                Key::Symbol(_) => None,
            };
            let (mut ix, named): (Vec<_>, Vec<_>) = props.into_iter().partition(|(k, _)| index(k).is_some());
            ix.sort_by_key(|(k, _)| index(k));
            ix.extend(named);
            props = ix;
        }
        // node prints a function's `arguments` object as `[Arguments] { '0': 1 }`.
        let ctor = if matches!(o.class, crate::heap::object::ObjClass::Arguments(_)) {
            Some("[Arguments]".to_string())
        } else {
            // node's getPrefix: a `Symbol.toStringTag` other than the
            // constructor's name follows it (`Object [Array Iterator] {}`).
            match (self.ctor_name(o), self.tag(o)) {
                (Some(c), Some(t)) if c != t => Some(format!("{c} [{t}]")),
                (None, Some(t)) if t != "Object" => Some(format!("[Object: null prototype] [{t}]")),
                (None, None) => self.own_tag(o).map(|t| format!("[{t}: null prototype]")),
                (c, _) => c,
            }
        };
        View::Object { id, ctor, props, past_depth: None }
    }

    fn to_js_string(&self, v: Value) -> String {
        crate::format::to_string(v)
    }

    fn user_string(&self, arg: usize) -> Option<String> {
        match self.3.get(&arg) {
            Some(Converted::Text(t)) => Some(t.clone()),
            _ => None,
        }
    }

    fn proto_props(&self, v: Value) -> Vec<(Key, Value, bool)> {
        self.prototype_properties(v).unwrap_or_default()
    }

    fn all_own_props(&self, v: Value) -> Option<Vec<(Key, Value, bool)>> {
        self.4.get(&v.to_bits()).cloned()
    }

    fn user_number(&self, arg: usize) -> Option<f64> {
        match self.3.get(&arg) {
            Some(Converted::Number(d)) => Some(*d),
            _ => None,
        }
    }
}

/// One console.log line (without the newline).
pub fn console_line(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    // Before the tags: a user's toString may allocate (the tags are keyed
    // by address).
    let strings = percent_conversions(vm, args)?;
    let tags = getter_tags(vm, args)?;
    // Last: what it reads must not be collected before the line is made
    // (making it allocates nothing).
    let hidden = hidden_props(vm, &shown_hidden(args), 4);
    match crate::inspect::console_line(&Heap(vm, &tags, &Default::default(), &strings, &hidden), args) {
        Ok(s) => Ok(s),
        Err(_) => Err(vm.throw_error(ErrorKind::RangeError, "Maximum call stack size exceeded")),
    }
}

/// util.inspect(v, opts) of one value, running the `Symbol.toStringTag`
/// getters first as console.log does (console.dir).
pub fn inspect_with(vm: &mut Vm, v: Value, opts: &Options) -> JsResult<String> {
    let tags = getter_tags(vm, &[v])?;
    let hidden = match opts.show_hidden {
        true => hidden_props(vm, &[v], opts.depth.unwrap_or(usize::MAX)),
        false => HashMap::new(),
    };
    Ok(crate::inspect::inspect(&Heap(vm, &tags, &Default::default(), &HashMap::new(), &hidden), v, opts))
}

/// util.inspect(v): the REPL's echo.
pub fn inspect(vm: &Vm, v: Value) -> String {
    crate::inspect::inspect(
        &Heap(vm, &HashMap::new(), &Default::default(), &HashMap::new(), &HashMap::new()),
        v,
        &Options::default(),
    )
}

/// The own-property block node prints after an uncaught error's stack
/// (`inspect::error_tail`).
pub fn error_tail(vm: &Vm, v: Value) -> Option<String> {
    crate::inspect::error_tail(
        &Heap(vm, &HashMap::new(), &Default::default(), &HashMap::new(), &HashMap::new()),
        v,
        &Options::default(),
    )
}
