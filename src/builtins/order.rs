//! node's key order for the built-ins. `Object.getOwnPropertyNames(Math)`,
//! `Reflect.ownKeys(Array.prototype)`, `for...in` over a copy made with
//! `Object.assign` and the `%o` listing all follow the order the
//! properties were made in, and V8 makes them in its own order (the order
//! of its bootstrapper), which the families here do not follow: they
//! install what belongs together, and some properties come from another
//! family (`values`/`keys`/`entries` from `iterator`). So once everything
//! is installed, `reorder` rebuilds each listed object's properties in
//! node's order: names node lists that stitch has go first, in node's
//! order; any other property keeps its place after them (symbols, and the
//! names stitch has and node does not).
//!
//! The lists are node v20's `Object.getOwnPropertyNames` of each object
//! (names stitch does not implement included: they are skipped), so that
//! a list is checked by pasting node's output.

use crate::value::Value;
use crate::vm::Vm;

/// (where the object is, node's names in order). A path is a global's
/// name or an intrinsic (`%TypedArray%`, `%GeneratorPrototype%`), then
/// `.name` steps through own properties.
const NODE_ORDER: &[(&str, &[&str])] = &[
    (
        "Object",
        &[
            "length",
            "name",
            "prototype",
            "assign",
            "getOwnPropertyDescriptor",
            "getOwnPropertyDescriptors",
            "getOwnPropertyNames",
            "getOwnPropertySymbols",
            "hasOwn",
            "is",
            "preventExtensions",
            "seal",
            "create",
            "defineProperties",
            "defineProperty",
            "freeze",
            "getPrototypeOf",
            "setPrototypeOf",
            "isExtensible",
            "isFrozen",
            "isSealed",
            "keys",
            "entries",
            "fromEntries",
            "values",
        ],
    ),
    (
        "Object.prototype",
        &[
            "constructor",
            "__defineGetter__",
            "__defineSetter__",
            "hasOwnProperty",
            "__lookupGetter__",
            "__lookupSetter__",
            "isPrototypeOf",
            "propertyIsEnumerable",
            "toString",
            "valueOf",
            "__proto__",
            "toLocaleString",
        ],
    ),
    (
        "Function.prototype",
        &["length", "name", "arguments", "caller", "constructor", "apply", "bind", "call", "toString"],
    ),
    ("Array", &["length", "name", "prototype", "isArray", "from", "of"]),
    (
        "Array.prototype",
        &[
            "length",
            "constructor",
            "at",
            "concat",
            "copyWithin",
            "fill",
            "find",
            "findIndex",
            "findLast",
            "findLastIndex",
            "lastIndexOf",
            "pop",
            "push",
            "reverse",
            "shift",
            "unshift",
            "slice",
            "sort",
            "splice",
            "includes",
            "indexOf",
            "join",
            "keys",
            "entries",
            "values",
            "forEach",
            "filter",
            "flat",
            "flatMap",
            "map",
            "every",
            "some",
            "reduce",
            "reduceRight",
            "toLocaleString",
            "toString",
            "toReversed",
            "toSorted",
            "toSpliced",
            "with",
        ],
    ),
    (
        "Math",
        &[
            "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "ceil", "cbrt", "expm1", "clz32", "cos",
            "cosh", "exp", "floor", "fround", "hypot", "imul", "log", "log1p", "log2", "log10", "max", "min", "pow",
            "random", "round", "sign", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "E", "LN10", "LN2", "LOG10E",
            "LOG2E", "PI", "SQRT1_2", "SQRT2",
        ],
    ),
    (
        "Number",
        &[
            "length",
            "name",
            "prototype",
            "isFinite",
            "isInteger",
            "isNaN",
            "isSafeInteger",
            "parseFloat",
            "parseInt",
            "MAX_VALUE",
            "MIN_VALUE",
            "NaN",
            "NEGATIVE_INFINITY",
            "POSITIVE_INFINITY",
            "MAX_SAFE_INTEGER",
            "MIN_SAFE_INTEGER",
            "EPSILON",
        ],
    ),
    (
        "Number.prototype",
        &["constructor", "toExponential", "toFixed", "toPrecision", "toString", "valueOf", "toLocaleString"],
    ),
    (
        "String.prototype",
        &[
            "length",
            "constructor",
            "anchor",
            "at",
            "big",
            "blink",
            "bold",
            "charAt",
            "charCodeAt",
            "codePointAt",
            "concat",
            "endsWith",
            "fontcolor",
            "fontsize",
            "fixed",
            "includes",
            "indexOf",
            "isWellFormed",
            "italics",
            "lastIndexOf",
            "link",
            "localeCompare",
            "match",
            "matchAll",
            "normalize",
            "padEnd",
            "padStart",
            "repeat",
            "replace",
            "replaceAll",
            "search",
            "slice",
            "small",
            "split",
            "strike",
            "sub",
            "substr",
            "substring",
            "sup",
            "startsWith",
            "toString",
            "toWellFormed",
            "trim",
            "trimStart",
            "trimLeft",
            "trimEnd",
            "trimRight",
            "toLocaleLowerCase",
            "toLocaleUpperCase",
            "toLowerCase",
            "toUpperCase",
            "valueOf",
        ],
    ),
    (
        "Symbol",
        &[
            "length",
            "name",
            "prototype",
            "for",
            "keyFor",
            "asyncIterator",
            "hasInstance",
            "isConcatSpreadable",
            "iterator",
            "match",
            "matchAll",
            "replace",
            "search",
            "species",
            "split",
            "toPrimitive",
            "toStringTag",
            "unscopables",
            "dispose",
            "asyncDispose",
        ],
    ),
    ("Promise", &["length", "name", "prototype", "all", "allSettled", "any", "race", "resolve", "reject"]),
    (
        "Map.prototype",
        &["constructor", "get", "set", "has", "delete", "clear", "entries", "forEach", "keys", "size", "values"],
    ),
    (
        "Set.prototype",
        &["constructor", "has", "add", "delete", "clear", "entries", "forEach", "size", "values", "keys"],
    ),
    ("WeakMap.prototype", &["constructor", "delete", "get", "set", "has"]),
    ("WeakSet.prototype", &["constructor", "delete", "has", "add"]),
    (
        "Date.prototype",
        &[
            "constructor",
            "toString",
            "toDateString",
            "toTimeString",
            "toISOString",
            "toUTCString",
            "toGMTString",
            "getDate",
            "setDate",
            "getDay",
            "getFullYear",
            "setFullYear",
            "getHours",
            "setHours",
            "getMilliseconds",
            "setMilliseconds",
            "getMinutes",
            "setMinutes",
            "getMonth",
            "setMonth",
            "getSeconds",
            "setSeconds",
            "getTime",
            "setTime",
            "getTimezoneOffset",
            "getUTCDate",
            "setUTCDate",
            "getUTCDay",
            "getUTCFullYear",
            "setUTCFullYear",
            "getUTCHours",
            "setUTCHours",
            "getUTCMilliseconds",
            "setUTCMilliseconds",
            "getUTCMinutes",
            "setUTCMinutes",
            "getUTCMonth",
            "setUTCMonth",
            "getUTCSeconds",
            "setUTCSeconds",
            "valueOf",
            "getYear",
            "setYear",
            "toJSON",
            "toLocaleString",
            "toLocaleDateString",
            "toLocaleTimeString",
        ],
    ),
    ("%TypedArray%", &["length", "name", "prototype", "of", "from"]),
    (
        "%TypedArray%.prototype",
        &[
            "constructor",
            "buffer",
            "byteLength",
            "byteOffset",
            "length",
            "entries",
            "keys",
            "values",
            "at",
            "copyWithin",
            "every",
            "fill",
            "filter",
            "find",
            "findIndex",
            "findLast",
            "findLastIndex",
            "forEach",
            "includes",
            "indexOf",
            "join",
            "lastIndexOf",
            "map",
            "reverse",
            "reduce",
            "reduceRight",
            "set",
            "slice",
            "some",
            "sort",
            "subarray",
            "toLocaleString",
            "toString",
            "toReversed",
            "toSorted",
            "with",
        ],
    ),
    ("%GeneratorPrototype%", &["constructor", "next", "return", "throw"]),
    (
        "console",
        &[
            "log",
            "warn",
            "dir",
            "time",
            "timeEnd",
            "timeLog",
            "trace",
            "assert",
            "clear",
            "count",
            "countReset",
            "group",
            "groupEnd",
            "table",
            "debug",
            "info",
            "dirxml",
            "error",
            "groupCollapsed",
            "_stdoutErrorHandler",
            "_stderrErrorHandler",
            "_ignoreErrors",
            "_times",
            "Console",
            "profile",
            "profileEnd",
            "timeStamp",
            "context",
            "createTask",
            "_stdout",
            "_stderr",
        ],
    ),
];

/// The object at `path`, if stitch has it.
fn target(vm: &Vm, path: &str) -> Option<Value> {
    let mut parts = path.split('.');
    let mut v = match parts.next()? {
        "%TypedArray%" => {
            let g = vm.globals.lookup("Uint8Array")?;
            vm.globals.get(g).as_object()?.proto()
        }
        "%GeneratorPrototype%" => vm.realm.intrinsics.gen_proto,
        name => vm.globals.get(vm.globals.lookup(name)?),
    };
    for part in parts {
        let a = vm.atoms.lookup(part)?;
        v = v.as_object()?.get_named(a)?;
    }
    v.as_object().map(|_| v)
}

/// Puts the named properties of every object in `NODE_ORDER` in node's
/// order. Run once, at the end of `install`: nothing has cached a slot
/// number of these objects yet (inline caches fill when code runs). The
/// objects are unique, so each gets a shape of its own in the new order
/// (`JsObject::permute_named`) rather than a second walk down the
/// transition tree (which doubled the start-up work of these objects).
pub fn reorder(vm: &mut Vm) {
    for &(path, order) in NODE_ORDER {
        let Some(o) = target(vm, path).and_then(|v| v.as_object()) else { continue };
        let wanted: Vec<crate::heap::Atom> = order.iter().filter_map(|n| vm.atoms.lookup(n)).collect();
        let entries = o.named_entries();
        let rank = |a| wanted.iter().position(|&w| w == a).unwrap_or(usize::MAX);
        let mut positions: Vec<(usize, usize)> = entries.iter().enumerate().map(|(i, e)| (rank(e.0), i)).collect();
        // Stable: unlisted properties keep their order after the listed.
        positions.sort_unstable();
        if positions.iter().enumerate().all(|(j, &(_, i))| i == j) {
            continue;
        }
        let order: Vec<usize> = positions.into_iter().map(|(_, i)| i).collect();
        o.permute_named(&mut vm.shapes, &order);
    }
}
