// console.log as node: grouping, `... more items`, nesting.
console.log(new Float64Array(200));
console.log(new Int32Array(30).map((_, i) => i * 1000));
console.log(new Uint8Array(7).map((_, i) => i * 40));
console.log(new Float64Array([0.5, 1e21, -1e-7, 123456.789]));
console.log(new Uint8Array(101).buffer);
console.log({ nested: { deeper: { deepest: new Uint8Array(2) } } });
const u = new Uint8Array(2);
u.extra = "x";
console.log(u, [u, u]);
console.log(`${new Int8Array([1, -1])}`, new Int8Array([1, -1]) + "");
// expect: Float64Array(200) [
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0,
// expect:   ... 100 more items
// expect: ]
// expect: Int32Array(30) [
// expect:       0,  1000,  2000,  3000,  4000,
// expect:    5000,  6000,  7000,  8000,  9000,
// expect:   10000, 11000, 12000, 13000, 14000,
// expect:   15000, 16000, 17000, 18000, 19000,
// expect:   20000, 21000, 22000, 23000, 24000,
// expect:   25000, 26000, 27000, 28000, 29000
// expect: ]
// expect: Uint8Array(7) [
// expect:     0,  40,  80, 120,
// expect:   160, 200, 240
// expect: ]
// expect: Float64Array(4) [ 0.5, 1e+21, -1e-7, 123456.789 ]
// expect: ArrayBuffer {
// expect:   [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 1 more byte>,
// expect:   byteLength: 101
// expect: }
// expect: { nested: { deeper: { deepest: [Uint8Array] } } }
// expect: Uint8Array(2) [ 0, 0, extra: 'x' ] [
// expect:   Uint8Array(2) [ 0, 0, extra: 'x' ],
// expect:   Uint8Array(2) [ 0, 0, extra: 'x' ]
// expect: ]
// expect: 1,-1 1,-1
