// node's `assert`: passing checks say nothing; a failing one throws an
// AssertionError.
const assert = require('assert');
const strict = require('node:assert').strict;
assert(true);
assert.ok(1);
assert.equal('1', 1);
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(0, -0);
assert.deepEqual({ a: [1, '2'] }, { a: [1, 2] });
assert.deepStrictEqual({ a: [1, { b: new Map([[1, 2]]) }] }, { a: [1, { b: new Map([[1, 2]]) }] });
assert.notDeepStrictEqual([1, 2], [1, '2']);
assert.throws(() => JSON.parse('{'), SyntaxError);
assert.throws(() => { throw new Error('boom'); }, /boom/);
assert.throws(() => { throw new TypeError('t'); }, { name: 'TypeError', message: 't' });
assert.doesNotThrow(() => 1);
assert.match('abc', /b/);
console.log(strict === assert, strict.equal === assert.strictEqual, typeof assert.AssertionError);
// expect: false true function
try {
  assert.strictEqual(1, 2);
} catch (e) {
  console.log(e.name, e.code, e.actual, e.expected, e.operator, e instanceof assert.AssertionError);
  console.log(JSON.stringify(e.message));
}
// expect: AssertionError ERR_ASSERTION 1 2 strictEqual true
// expect: "Expected values to be strictly equal:\n\n1 !== 2\n"
try {
  assert.equal(1, 2, 'one is not two');
} catch (e) {
  console.log(e.message, e.generatedMessage);
}
// expect: one is not two false
try {
  assert.throws(() => {});
} catch (e) {
  console.log(e.message);
}
// expect: Missing expected exception.
try {
  assert(0, 'zero');
} catch (e) {
  console.log(e.message);
}
// expect: zero
