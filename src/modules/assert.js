// node's `assert`, the everyday part: what `require('assert')` returns in
// stitch. A failed check throws an AssertionError (code ERR_ASSERTION)
// carrying actual, expected and operator as node's does; the messages are
// node's for the default cases, without its diffs of large values.
'use strict';

// As node's: the properties in node's order; the stack made while `name`
// is 'AssertionError [ERR_ASSERTION]' (so it heads the stack and the
// report) and starting at the caller of the assert function that failed
// (`stackStartFn`), then `name` set back.
class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.generatedMessage = !options.userMessage;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    if (typeof options.stackStartFn === 'function') Error.captureStackTrace(this, options.stackStartFn);
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function show(v) {
  if (typeof v === 'string') return JSON.stringify(v).replace(/^"|"$/g, "'");
  if (typeof v === 'function') return `[Function${v.name ? ': ' + v.name : ' (anonymous)'}]`;
  if (Object.is(v, -0)) return '-0';
  if (v !== null && typeof v === 'object') {
    try {
      return JSON.stringify(v);
    } catch (e) {
      return String(v);
    }
  }
  return String(v);
}

function fail(actual, expected, message, operator, generated, stackStartFn) {
  if (message instanceof Error) throw message;
  throw new AssertionError({
    message: message === undefined ? generated : message,
    userMessage: message !== undefined,
    actual,
    expected,
    operator,
    stackStartFn,
  });
}

function innerOk(stackStartFn, argc, value, message) {
  if (!value) {
    const generated = argc === 0
      ? 'No value argument passed to `assert.ok()`'
      : 'The expression evaluated to a falsy value:\n\n  assert(' + show(value) + ')\n';
    fail(value, true, message, '==', generated, stackStartFn);
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

function isDeep(a, b, strict, seen) {
  if (strict ? Object.is(a, b) : a == b || (a !== a && b !== b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Error && b instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  }
  for (const [x, y] of seen) if (x === a && y === b) return true;
  seen.push([a, b]);
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !isDeep(v, b.get(k), strict, seen)) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    outer: for (const v of a) {
      if (b.has(v)) continue;
      for (const w of b) if (isDeep(v, w, strict, seen)) continue outer;
      return false;
    }
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!isDeep(a[k], b[k], strict, seen)) return false;
  }
  return true;
}

function compare(operator, test, text) {
  return function check(actual, expected, message) {
    if (!test(actual, expected)) {
      fail(actual, expected, message, operator, text(actual, expected), check);
    }
  };
}

const assert = function assert(...args) {
  innerOk(assert, args.length, ...args);
};
assert.ok = ok;
assert.AssertionError = AssertionError;
assert.fail = function fail_(message = 'Failed') {
  fail(undefined, undefined, message, 'fail', message, fail_);
};
assert.equal = compare('==', (a, b) => a == b || (a !== a && b !== b),
  (a, b) => `${show(a)} == ${show(b)}`);
assert.notEqual = compare('!=', (a, b) => !(a == b || (a !== a && b !== b)),
  (a, b) => `${show(a)} != ${show(b)}`);
assert.strictEqual = compare('strictEqual', Object.is,
  (a, b) => `Expected values to be strictly equal:\n\n${show(a)} !== ${show(b)}\n`);
assert.notStrictEqual = compare('notStrictEqual', (a, b) => !Object.is(a, b),
  (a) => `Expected "actual" to be strictly unequal to: ${show(a)}`);
assert.deepEqual = compare('deepEqual', (a, b) => isDeep(a, b, false, []),
  (a, b) => `Expected values to be loosely deep-equal:\n\n${show(a)}\n\nshould loosely deep-equal\n\n${show(b)}`);
assert.deepStrictEqual = compare('deepStrictEqual', (a, b) => isDeep(a, b, true, []),
  (a, b) => `Expected values to be strictly deep-equal:\n${show(a)} !== ${show(b)}`);
assert.notDeepStrictEqual = compare('notDeepStrictEqual', (a, b) => !isDeep(a, b, true, []),
  (a) => `Expected "actual" not to be strictly deep-equal to: ${show(a)}`);
assert.notDeepEqual = compare('notDeepEqual', (a, b) => !isDeep(a, b, false, []),
  (a) => `Expected "actual" not to be loosely deep-equal to: ${show(a)}`);

function matches(e, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && e instanceof expected) return true;
    if (Error.isPrototypeOf(expected) || expected === Error) return false;
    return expected.call({}, e) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(e));
  if (typeof expected === 'object' && expected !== null) {
    for (const k of Object.keys(expected)) {
      const want = expected[k];
      const got = e === null || e === undefined ? undefined : e[k];
      if (want instanceof RegExp && typeof got === 'string' ? !want.test(got) : !isDeep(got, want, true, [])) return false;
    }
    return true;
  }
  return true;
}

assert.throws = function throws(fn, expected, message) {
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  try {
    fn();
  } catch (e) {
    if (!matches(e, expected)) {
      if (typeof expected === 'function' && !(expected.prototype !== undefined && e instanceof expected)) throw e;
      fail(e, expected, message, 'throws', 'The error is expected to match the validation object', throws);
    }
    return;
  }
  fail(undefined, expected, message, 'throws', 'Missing expected exception' + (message ? ': ' + message : '.'), throws);
};
assert.doesNotThrow = function doesNotThrow(fn, message) {
  try {
    fn();
  } catch (e) {
    fail(e, undefined, undefined, 'doesNotThrow',
      'Got unwanted exception' + (typeof message === 'string' ? ': ' + message : '.') + '\nActual message: "' + (e && e.message) + '"',
      doesNotThrow);
  }
};
assert.match = compare('match', (s, re) => re.test(s),
  (s, re) => `The input did not match the regular expression ${re}. Input:\n\n${show(s)}\n`);
// `assert.strict`: the same checks, the loose ones made strict.
const strict = function strict(...args) {
  innerOk(strict, args.length, ...args);
};
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
