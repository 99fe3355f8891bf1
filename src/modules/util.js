// node's `util` beyond printing: what `require('util')` adds in stitch to
// its `inspect` and `format` (Rust, src/modules.rs). `inherits` for the
// constructors of ES5 programs, `promisify`/`callbackify` between
// callbacks and promises, `isDeepStrictEqual` (assert's comparison),
// `deprecate`, `types` and the legacy `is*` tests.
'use strict';

const util = require('util');

function argType(name, expected, v) {
  const got = v === null ? 'null' : v === undefined ? 'undefined'
    : typeof v === 'function' ? `function ${v.name}`
    : typeof v === 'object' ? 'an instance of ' + (v.constructor?.name || 'Object')
    : `type ${typeof v} (${util.inspect(v)})`;
  const err = new TypeError(`The "${name}" argument must be ${expected}. Received ${got}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

util.inherits = function inherits(ctor, superCtor) {
  if (typeof ctor !== 'function') throw argType('ctor', 'of type function', ctor);
  if (typeof superCtor !== 'function') throw argType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined) throw argType('superCtor.prototype', 'of type object', undefined);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
};

util.promisify = function promisify(original) {
  if (typeof original !== 'function') throw argType('original', 'of type function', original);
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values.length > 1 ? values : values[0]);
      });
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
};

util.callbackify = function callbackify(original) {
  if (typeof original !== 'function') throw argType('original', 'of type function', original);
  function callbackified(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw argType('last argument', 'of type function', cb);
    original.apply(this, args).then(
      (v) => process.nextTick(cb, null, v),
      (e) => process.nextTick(cb, e || Object.assign(new Error('Promise was rejected with a falsy value'), { reason: e })),
    );
  }
  return callbackified;
};

util.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
  try {
    require('assert').deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
};

util.deprecate = function deprecate(fn, msg, code) {
  let warned = false;
  return function deprecated(...args) {
    if (!warned) {
      warned = true;
      const label = code ? `[${code}] ` : '';
      process.stderr.write(`(node:${process.pid}) ${label}DeprecationWarning: ${msg}\n` +
        '(Use `node --trace-deprecation ...` to show where the warning was created)\n');
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  };
};

const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
util.types = {
  isDate: (v) => v instanceof Date,
  isRegExp: (v) => v instanceof RegExp,
  isPromise: (v) => v instanceof Promise,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isWeakMap: (v) => v instanceof WeakMap,
  isWeakSet: (v) => v instanceof WeakSet,
  isNativeError: (v) => v instanceof Error,
  isGeneratorObject: (v) => tag(v) === 'Generator',
  isGeneratorFunction: (v) => typeof v === 'function' && tag(v) === 'GeneratorFunction',
  isAsyncFunction: (v) => typeof v === 'function' && tag(v) === 'AsyncFunction',
  isBoxedPrimitive: (v) => v !== null && typeof v === 'object' && ['Number', 'String', 'Boolean', 'Symbol'].includes(tag(v)) && !(Symbol.toStringTag in v),
  isArrayBuffer: (v) => v instanceof ArrayBuffer,
  isTypedArray: (v) => ArrayBuffer.isView(v) && !(typeof DataView === 'function' && v instanceof DataView),
};

util.isArray = Array.isArray;
util.isBoolean = (v) => typeof v === 'boolean';
util.isNull = (v) => v === null;
util.isNullOrUndefined = (v) => v === null || v === undefined;
util.isNumber = (v) => typeof v === 'number';
util.isString = (v) => typeof v === 'string';
util.isSymbol = (v) => typeof v === 'symbol';
util.isUndefined = (v) => v === undefined;
util.isRegExp = util.types.isRegExp;
util.isObject = (v) => v !== null && typeof v === 'object';
util.isDate = util.types.isDate;
util.isError = util.types.isNativeError;
util.isFunction = (v) => typeof v === 'function';
util.isPrimitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');
