// node's util, the printing part: inspect with its options (sorted,
// compact: false, depth, maxArrayLength, maxStringLength, breakLength, the
// old (value, showHidden, depth) form) and format.
const util = require('util');
console.log(util === require('util'), typeof util.inspect, util.format('%s=%d', 'a', 1, 'extra'));
const v = { b: [3, 1], a: { d: 1, c: new Map([['z', 1], ['a', 2]]) }, s: new Set([3, 1]) };
console.log(util.inspect(v, { sorted: true }));
console.log(util.inspect(v, { compact: false, sorted: true, depth: 1000 }));
console.log(util.inspect(v, { compact: false }));
console.log(util.inspect({ a: { b: { c: { d: {} } } } }, { depth: 0 }), util.inspect({ a: { b: { c: { d: {} } } } }, { depth: null }));
console.log(util.inspect('str'), util.inspect([1, 2, 3], { maxArrayLength: 1 }), util.inspect('x'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect({ a: 1, b: 'two', c: [1, 2, 3] }, { breakLength: Infinity }), util.inspect({ x: 1 }, true, 0));
console.log(util.inspect([1, [2, [3]], { k: 1 }], { compact: false }));
const arr = [2, 1]; arr.z = 1; arr.a = 2; console.log(util.inspect(arr, { sorted: true }));
// expect: true function a=1 extra
// expect: {
// expect:   a: { c: Map(2) { 'a' => 2, 'z' => 1 }, d: 1 },
// expect:   b: [ 3, 1 ],
// expect:   s: Set(2) { 1, 3 }
// expect: }
// expect: {
// expect:   a: {
// expect:     c: Map(2) {
// expect:       'a' => 2,
// expect:       'z' => 1
// expect:     },
// expect:     d: 1
// expect:   },
// expect:   b: [
// expect:     3,
// expect:     1
// expect:   ],
// expect:   s: Set(2) {
// expect:     1,
// expect:     3
// expect:   }
// expect: }
// expect: {
// expect:   b: [
// expect:     3,
// expect:     1
// expect:   ],
// expect:   a: {
// expect:     d: 1,
// expect:     c: Map(2) {
// expect:       'z' => 1,
// expect:       'a' => 2
// expect:     }
// expect:   },
// expect:   s: Set(2) {
// expect:     3,
// expect:     1
// expect:   }
// expect: }
// expect: { a: [Object] } {
// expect:   a: { b: { c: { d: {} } } }
// expect: }
// expect: 'str' [ 1, ... 2 more items ] 'xxxxx'... 15 more characters
// expect: { a: 1, b: 'two', c: [ 1, 2, 3 ] } { x: 1 }
// expect: [
// expect:   1,
// expect:   [
// expect:     2,
// expect:     [
// expect:       3
// expect:     ]
// expect:   ],
// expect:   {
// expect:     k: 1
// expect:   }
// expect: ]
// expect: [ 2, 1, a: 2, z: 1 ]
