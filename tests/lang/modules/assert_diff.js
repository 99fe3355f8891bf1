// assert's generated messages as node v20 makes them: values inspected one
// property a line with sorted keys, strict comparisons diffed line by line.
const assert = require("assert");
const cases = [
  () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }),
  () => assert.strictEqual("hello world", "hello there"),
  () => assert.strictEqual({ a: 1 }, { a: 1 }),
  () => assert.deepStrictEqual([1, 2], [1, 2, 3]),
  () => assert.deepEqual({ a: 1 }, { a: 2 }),
  () => assert.notStrictEqual({}, {}),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log("---\n" + e.message);
  }
}
// expect: ---
// expect: Expected values to be strictly deep-equal:
// expect: + actual - expected
// expect:
// expect:   {
// expect:     a: 1,
// expect:     b: [
// expect:       1,
// expect:       2,
// expect: +     3
// expect: -     4
// expect:     ]
// expect:   }
// expect: ---
// expect: Expected values to be strictly equal:
// expect: + actual - expected
// expect:
// expect: + 'hello world'
// expect: - 'hello there'
// expect:          ^
// expect: ---
// expect: Values have same structure but are not reference-equal:
// expect:
// expect: {
// expect:   a: 1
// expect: }
// expect:
// expect: ---
// expect: Expected values to be strictly deep-equal:
// expect: + actual - expected
// expect:
// expect:   [
// expect:     1,
// expect:     2,
// expect: -   3
// expect:   ]
// expect: ---
// expect: Expected values to be loosely deep-equal:
// expect:
// expect: {
// expect:   a: 1
// expect: }
// expect:
// expect: should loosely deep-equal
// expect:
// expect: {
// expect:   a: 2
// expect: }
