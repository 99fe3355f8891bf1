// Everyday corner cases of sloppy scripts: ASI, hoisting, TDZ, arguments aliasing, this in calls, key order, holes, coercions, parseInt, formatting.
console.log(typeof undeclared, typeof null, typeof function () {}, typeof class {}, typeof Symbol());
var a = 1
var b = a
++b
console.log(a, b)
function hoisted() { return inner(); function inner() { return 'inner'; } }
console.log(hoisted(), typeof later, later2);
var later2 = 5; function later() {}
try { tdz; let tdz = 1; } catch (e) { console.log(e.constructor.name, e.message); }
{ var inBlock = 'visible'; } console.log(inBlock);
function args(x, y) { arguments[0] = 'changed'; y = 'y2'; return [x, arguments[1], arguments.length]; }
console.log(args(1, 2), args(1));
function strictArgs(x) { 'use strict'; arguments[0] = 9; return x; } console.log(strictArgs(3));
const base = { get twice() { return this.v * 2; }, v: 1 };
const child = Object.create(base); child.v = 21; console.log(child.twice, Object.keys(child), 'twice' in child);
const obj = { name: 'obj', who() { return this === undefined ? 'undef' : typeof this === 'object' && this.name === undefined ? 'global' : this.name; } };
const detached = obj.who;
console.log(obj.who(), detached(), detached.call({ name: 'called' }), detached.apply(obj), detached.bind({ name: 'bound' })());
function sloppyThis() { return typeof this; } function strictThis() { 'use strict'; return typeof this; }
console.log(sloppyThis(), strictThis(), sloppyThis.call(5), strictThis.call(5), sloppyThis.call(null) );
const order = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, '-1': 'neg', '01': 'lead', 1.5: 'frac' };
console.log(Object.keys(order), JSON.stringify(order));
for (const k in order) process_key(k);
function process_key(k) { order.seen = (order.seen || '') + k + ';'; }
console.log(order.seen);
const arr = [1, 2, 3, 4]; delete arr[1]; console.log(arr, arr.length, 1 in arr, arr.indexOf(undefined), arr.includes(undefined));
const sparse = [1, , 3]; sparse[10] = 'x'; console.log(sparse, sparse.length);
const big = []; big.length = 5; console.log(big, big.map(x => 1), [...big].map(x => 1));
const t = [1, 2, 3]; t.length = 1; console.log(t, t[2]); t[5] = 6; console.log(t);
try { [].length = -1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(null == undefined, null == 0, '' == 0, '0' == false, [] == false, [0] == false, [1, 2] == '1,2', NaN == NaN, ({}) == '[object Object]');
console.log('a' < 'b', 'B' < 'a', '10' < '9', 10 < '9', 'abc' < 'abd', '' < 'a', null >= 0, undefined >= 0, '\u00e9' > 'z');
console.log(parseInt('  42px'), parseInt('0x1F'), parseInt('1e3'), parseInt(''), parseInt('-0'), parseInt('12', 3), parseInt(0.0000005), parseInt('123', 1), parseInt('z', 36), parseFloat('.5e1x'), parseFloat('-.0'), Number(''), Number(' 12 '), Number('0b101'), Number('1_000'));
console.log([10, 9, 1, 100].sort(), [10, 9, 1, 100].sort((x, y) => x - y), ['b', 'a', 'C'].sort(), [3, 1, 2].reverse());
console.log([1, 2, 3].reduce((s, x) => s + x), [[1, [2]], [3]].flat(), Array.from({ length: 3 }, (_, i) => i * i), [1, 2, 3].findLast(x => x < 3));
label: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue label; if (i === 2) break label; console.log('ij', i, j); } }
const fns = []; for (var v = 0; v < 3; v++) fns.push(() => v); const fns2 = []; for (let w = 0; w < 3; w++) fns2.push(() => w);
console.log(fns.map(f => f()), fns2.map(f => f()));
function fin() { try { return 'try'; } finally { console.log('finally runs'); } } console.log(fin());
function fin2() { for (;;) { try { break; } finally { console.log('fin2'); } } return 'after'; } console.log(fin2());
const { p = 'dp', q: { r } = { r: 'dr' }, ...rest } = { s: 1, t: 2 }; console.log(p, r, rest);
const [m, , n = 'dn', ...others] = 'abcdef'; console.log(m, n, others);
console.log(obj?.missing?.deep, obj.who?.(), obj.nope?.(), null ?? 'nn', 0 || 'or', 0 ?? 'zero');
console.log(`${1 + 1}${'x'.repeat(3)}${[1, 2]}${{}}${null}${undefined}`, String.raw`a\nb${1}`);
console.log((0.1 + 0.2).toFixed(20), (1.005).toFixed(2), (123.456).toPrecision(4), (0.000001234).toPrecision(2), (1e21).toFixed(2), (255).toString(16), (-255).toString(2), (0.5).toString(3));
console.log(1e21, 1e-7, 123456789012345680000, 0.000001, -0, [-0], Object.is(-0, 0), 1 / -0, (-0).toString(), JSON.stringify(-0), `${-0}`, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON, 2 ** -1074, 5e-324);
console.log(NaN, [NaN], { n: NaN }, Math.max(), Math.min(), Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.sign(-3), Math.trunc(-4.7), Math.hypot(3, 4), Math.cbrt(27));
console.log((1234.5678).toExponential(2), (0).toExponential(), (12345).toExponential(), Number('1e1000'), -Number.MAX_VALUE * 2);
console.log('héllo wörld'.toUpperCase(), 'ß'.toUpperCase(), 'İ'.toLowerCase().length, 'abc'.at(-1), '\u{1F600}'.length, [...'\u{1F600}a'].length, 'a-b-c'.split('-', 2), 'abc'.padStart(6, '12'), ' x '.trim() + '|', 'abcabc'.lastIndexOf('c'), 'abc'.codePointAt(1), String.fromCodePoint(0x1F600).codePointAt(0), 'x'.localeCompare('y'));
console.log(JSON.stringify({ a: [1, { b: undefined, c: () => 1, d: null }], e: 'q"\n' }, null, 2));
console.log(JSON.parse('{"x":[1,2,{"y":"z"}],"n":-0.5e2}', (k, v) => (typeof v === 'number' ? v * 2 : v)));
console.log(JSON.stringify([new Map([[1, 2]]), new Set([1]), Symbol('x'), undefined, NaN, Infinity]), JSON.stringify('\ud800'));

// expect: undefined object function function symbol
// expect: 1 2
// expect: inner function undefined
// expect: ReferenceError Cannot access 'tdz' before initialization
// expect: visible
// expect: [ 'changed', 'y2', 2 ] [ 'changed', undefined, 1 ]
// expect: 3
// expect: 42 [ 'v' ] true
// expect: obj global called obj bound
// expect: object undefined object number object
// expect: [
// expect:   '1',   '2',
// expect:   'b',   'a',
// expect:   '-1',  '01',
// expect:   '1.5'
// expect: ] {"1":"one","2":"two","b":1,"a":2,"-1":"neg","01":"lead","1.5":"frac"}
// expect: 1;2;b;a;-1;01;1.5;
// expect: [ 1, <1 empty item>, 3, 4 ] 4 false -1 true
// expect: [ 1, <1 empty item>, 3, <7 empty items>, 'x' ] 11
// expect: [ <5 empty items> ] [ <5 empty items> ] [ 1, 1, 1, 1, 1 ]
// expect: [ 1 ] undefined
// expect: [ 1, <4 empty items>, 6 ]
// expect: RangeError Invalid array length
// expect: true false true true true true true false true
// expect: true true true false true true true false true
// expect: 42 31 1 NaN -0 5 5 NaN 35 5 -0 0 12 5 NaN
// expect: [ 1, 10, 100, 9 ] [ 1, 9, 10, 100 ] [ 'C', 'a', 'b' ] [ 2, 1, 3 ]
// expect: 6 [ 1, [ 2 ], 3 ] [ 0, 1, 4 ] 2
// expect: ij 0 0
// expect: ij 1 0
// expect: [ 3, 3, 3 ] [ 0, 1, 2 ]
// expect: finally runs
// expect: try
// expect: fin2
// expect: after
// expect: dp dr { s: 1, t: 2 }
// expect: a c [ 'd', 'e', 'f' ]
// expect: undefined obj undefined nn or 0
// expect: 2xxx1,2[object Object]nullundefined a\nb1
// expect: 0.30000000000000004441 1.00 123.5 0.0000012 1e+21 ff -11111111 0.1111111111111111111111111111111112
// expect: 1e+21 1e-7 123456789012345680000 0.000001 -0 [ -0 ] false -Infinity 0 0 0 9007199254740991 5e-324 2.220446049250313e-16 5e-324 5e-324
// expect: NaN [ NaN ] { n: NaN } -Infinity Infinity -0 3 -2 -1 -4 5 3
// expect: 1.23e+3 0e+0 1.2345e+4 Infinity -Infinity
// expect: HÉLLO WÖRLD SS 2 c 2 2 [ 'a', 'b' ] 121abc x| 5 98 128512 -1
// expect: {
// expect:   "a": [
// expect:     1,
// expect:     {
// expect:       "d": null
// expect:     }
// expect:   ],
// expect:   "e": "q\"\n"
// expect: }
// expect: { x: [ 2, 4, { y: 'z' } ], n: -100 }
// expect: [{},{},null,null,null,null] "\ud800"
