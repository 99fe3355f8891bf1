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

// The generated messages, node v20's lib/internal/assert/assertion_error.js
// transcribed: both values inspected as node's `inspectValue` does (one
// property a line, keys sorted), and for the strict comparisons the lines
// diffed (`createErrDiff`: `+ actual - expected`, runs of equal lines cut).
const { inspect } = require('util');
const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kMaxShortLength = 12;

function inspectValue(val) {
  return inspect(val, { compact: false, depth: 1000, maxArrayLength: Infinity, showHidden: false, sorted: true });
}

function createErrDiff(actual, expected, operator) {
  let other = '';
  let res = '';
  let end = '';
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const actualRaw = actualLines[0];
    const expectedRaw = expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${kReadableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // node measures against the terminal's width, 80 off a terminal.
      const maxLength = 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      while (lines.length > 47) lines.pop();
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  if (i >= 5) {
    end = `\n...${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }
  let printedLines = 0;
  let identical = 0;
  const msg = kReadableOperator[operator] + '\n+ actual - expected';
  const skippedMsg = ' ... Lines skipped';
  let lines = actualLines;
  let plusMinus = '+';
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    maxLength = actualLines.length;
  }
  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      if (identical > 2) {
        if (identical > 3) {
          if (identical > 4) {
            if (identical === 5) {
              res += `\n  ${lines[i - 3]}`;
              printedLines++;
            } else {
              res += '\n...';
              skipped = true;
            }
          }
          res += `\n  ${lines[i - 2]}`;
          printedLines++;
        }
        res += `\n  ${lines[i - 1]}`;
        printedLines++;
      }
      identical = 0;
      if (lines === actualLines) {
        res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let divergingLines = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        if (identical > 2) {
          if (identical > 3) {
            if (identical > 4) {
              if (identical === 5) {
                res += `\n  ${actualLines[i - 3]}`;
                printedLines++;
              } else {
                res += '\n...';
                skipped = true;
              }
            }
            res += `\n  ${actualLines[i - 2]}`;
            printedLines++;
          }
          res += `\n  ${actualLines[i - 1]}`;
          printedLines++;
        }
        identical = 0;
        res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n...${other}\n...`;
    }
  }
  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = '...';
      while (res.length > 47) res.pop();
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const newOp = kReadableOperator[`${operator}Unequal`];
    if (newOp) {
      res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
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
const message = (operator) => (a, b) => generatedMessage(a, b, operator);
assert.equal = compare('==', (a, b) => a == b || (a !== a && b !== b), message('=='));
assert.notEqual = compare('!=', (a, b) => !(a == b || (a !== a && b !== b)), message('!='));
assert.strictEqual = compare('strictEqual', Object.is, message('strictEqual'));
assert.notStrictEqual = compare('notStrictEqual', (a, b) => !Object.is(a, b), message('notStrictEqual'));
assert.deepEqual = compare('deepEqual', (a, b) => isDeep(a, b, false, []), message('deepEqual'));
assert.deepStrictEqual = compare('deepStrictEqual', (a, b) => isDeep(a, b, true, []), message('deepStrictEqual'));
assert.notDeepStrictEqual = compare('notDeepStrictEqual', (a, b) => !isDeep(a, b, true, []),
  message('notDeepStrictEqual'));
assert.notDeepEqual = compare('notDeepEqual', (a, b) => !isDeep(a, b, false, []), message('notDeepEqual'));

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
