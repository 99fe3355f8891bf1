// `structuredClone(value)`: the HTML structured clone algorithm as node
// runs it, for the values stitch has. Shared and circular references stay
// shared; plain objects and class instances become plain objects of their
// own enumerable string-keyed properties (getters read); Date, RegExp,
// Map, Set, Error, typed arrays and boxed primitives keep their kind;
// functions and symbols cannot be cloned (DataCloneError).
'use strict';

function cannot(v) {
  const e = new Error(`${typeof v === 'symbol' ? v.toString() : String(v)} could not be cloned.`);
  e.name = 'DataCloneError';
  return e;
}

const typedKinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array].filter((k) => typeof k === 'function');
const errorKinds = { Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError };

function clone(v, seen) {
  if (typeof v === 'function' || typeof v === 'symbol') throw cannot(v);
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  let out;
  if (Array.isArray(v)) {
    out = new Array(v.length);
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k], seen);
    return out;
  }
  if (v instanceof Date) out = new Date(v.getTime());
  else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
  else if (v instanceof Number) out = new Number(v.valueOf());
  else if (v instanceof String) out = new String(v.valueOf());
  else if (v instanceof Boolean) out = new Boolean(v.valueOf());
  if (out !== undefined) {
    seen.set(v, out);
    return out;
  }
  if (v instanceof Map) {
    out = new Map();
    seen.set(v, out);
    for (const [k, x] of v) out.set(clone(k, seen), clone(x, seen));
    return out;
  }
  if (v instanceof Set) {
    out = new Set();
    seen.set(v, out);
    for (const x of v) out.add(clone(x, seen));
    return out;
  }
  if (typeof ArrayBuffer === 'function' && v instanceof ArrayBuffer) {
    out = v.slice(0);
    seen.set(v, out);
    return out;
  }
  for (const Kind of typedKinds) {
    if (v instanceof Kind) {
      out = new Kind(v);
      seen.set(v, out);
      return out;
    }
  }
  if (v instanceof Error) {
    const Kind = Object.prototype.hasOwnProperty.call(errorKinds, v.name) ? errorKinds[v.name] : Error;
    out = new Kind(v.message);
    seen.set(v, out);
    if (v.stack !== undefined) out.stack = v.stack;
    if ('cause' in v) out.cause = clone(v.cause, seen);
    return out;
  }
  out = {};
  seen.set(v, out);
  for (const k of Object.keys(v)) out[k] = clone(v[k], seen);
  return out;
}

module.exports = function structuredClone(value) {
  if (arguments.length === 0) {
    throw new TypeError("The \"value\" argument must be specified");
  }
  return clone(value, new Map());
};
