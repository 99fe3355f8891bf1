// Typed arrays in compiled loops: reads that box doubles (a collection
// may run on any allocation), integer kinds that wrap, stores past the end.
function fill(a) { for (var i = 0; i < a.length + 2; i++) a[i] = i * 1.25 - 3; return a; }
function sum(a) { var s = 0, objs = []; for (var i = 0; i < a.length + 1; i++) { var v = a[i]; if (v !== undefined) s += v; objs.push({ v: v }); } return s + ':' + objs.length + ':' + objs[1].v; }
var kinds = [Float64Array, Float32Array, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array];
for (var r = 0; r < 3; r++) {
  kinds.forEach(function (K) { console.log(K.name, sum(fill(new K(300)))); });
}
var f = new Float64Array(50);
for (var i = 0; i < 50; i++) f[i] = i / 3;
var boxed = [];
for (var r = 0; r < 200; r++) for (var i = 0; i < 50; i++) boxed.push(f[i]);
console.log(boxed.length, boxed[49], boxed[9999], boxed.reduce(function (p, x) { return p + x; }, 0).toFixed(6));
// expect: Float64Array 55162.5:301:-1.75
// expect: Float32Array 55162.5:301:-1.75
// expect: Int8Array 5132:301:-1
// expect: Uint8Array 32012:301:255
// expect: Uint8ClampedArray 49750:301:0
// expect: Int16Array 55052:301:-1
// expect: Uint16Array 186124:301:65535
// expect: Int32Array 55052:301:-1
// expect: Uint32Array 8589989644:301:4294967295
// expect: Float64Array 55162.5:301:-1.75
// expect: Float32Array 55162.5:301:-1.75
// expect: Int8Array 5132:301:-1
// expect: Uint8Array 32012:301:255
// expect: Uint8ClampedArray 49750:301:0
// expect: Int16Array 55052:301:-1
// expect: Uint16Array 186124:301:65535
// expect: Int32Array 55052:301:-1
// expect: Uint32Array 8589989644:301:4294967295
// expect: Float64Array 55162.5:301:-1.75
// expect: Float32Array 55162.5:301:-1.75
// expect: Int8Array 5132:301:-1
// expect: Uint8Array 32012:301:255
// expect: Uint8ClampedArray 49750:301:0
// expect: Int16Array 55052:301:-1
// expect: Uint16Array 186124:301:65535
// expect: Int32Array 55052:301:-1
// expect: Uint32Array 8589989644:301:4294967295
// expect: 10000 16.333333333333332 16.333333333333332 81666.666667
