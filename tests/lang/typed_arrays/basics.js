// Construction from a length, an array, an array-like, an iterable and
// another typed array; element reads and writes with each type's conversion.
const a = new Float64Array(3);
a[1] = 2.5;
console.log(a, a.length, a[5], a.byteLength, a.BYTES_PER_ELEMENT);
console.log(new Uint8Array([1, 2, 300, -1]), new Int8Array([127, 128, -129, 1.9, -1.9]));
console.log(new Uint8ClampedArray([300, -5, 2.5, 3.5, 1.5, NaN, 254.6]));
console.log(new Int16Array([32768, -32769]), new Uint16Array([-1, 65536]));
console.log(new Int32Array([2 ** 31, -(2 ** 31) - 1, Infinity, NaN]), new Uint32Array([-1, 2 ** 32 + 5]));
console.log(new Float32Array([0.1, 1 / 3, 1e40]), new Float64Array([-0, NaN, Infinity, -Infinity, 1e300]));
console.log(new Uint16Array(new Int8Array([-1, -2])), Uint8Array.from({ length: 3, 0: 5, 2: "7" }));
console.log(new Float64Array(new Set([1, 2])), new Int8Array(0), new Uint8Array().length, new Float64Array(2.7).length);
const t = new Float64Array(2);
t[5] = 3;
t[-1] = 2;
t["1.5"] = 4;
t[0] = "12";
t[1] = { valueOf() { return 7; } };
console.log(t, t[5], t[-1], t.length, "5" in t, 1 in t, Object.keys(t), delete t[0], delete t[9]);
let sum = 0;
for (let i = 0; i < 1000; i++) t[i & 1] = i * 0.5;
for (let i = 0; i < t.length; i++) sum += t[i];
console.log(sum, typeof Float64Array, Float64Array.name, Float64Array.length, Uint8ClampedArray.BYTES_PER_ELEMENT);
console.log(Object.prototype.toString.call(t), String(new Uint8Array([1, 2])), JSON.stringify(new Int8Array([1, 2])));
// expect: Float64Array(3) [ 0, 2.5, 0 ] 3 undefined 24 8
// expect: Uint8Array(4) [ 1, 2, 44, 255 ] Int8Array(5) [ 127, -128, 127, 1, -1 ]
// expect: Uint8ClampedArray(7) [
// expect:   255, 0,   2, 4,
// expect:     2, 0, 255
// expect: ]
// expect: Int16Array(2) [ -32768, 32767 ] Uint16Array(2) [ 65535, 0 ]
// expect: Int32Array(4) [ -2147483648, 2147483647, 0, 0 ] Uint32Array(2) [ 4294967295, 5 ]
// expect: Float32Array(3) [ 0.10000000149011612, 0.3333333432674408, Infinity ] Float64Array(5) [ -0, NaN, Infinity, -Infinity, 1e+300 ]
// expect: Uint16Array(2) [ 65535, 65534 ] Uint8Array(3) [ 5, 0, 7 ]
// expect: Float64Array(2) [ 1, 2 ] Int8Array(0) [] 0 2
// expect: Float64Array(2) [ 12, 7 ] undefined undefined 2 false true [ '0', '1' ] false true
// expect: 998.5 function Float64Array 3 1
// expect: [object Float64Array] 1,2 {"0":1,"1":2}
