// Views of one ArrayBuffer share its bytes (little-endian); byteOffset,
// buffer, subarray (a view) and slice (a copy).
const buf = new ArrayBuffer(16);
const f64 = new Float64Array(buf, 8, 1);
const u8 = new Uint8Array(buf);
f64[0] = -0;
const i32 = new Int32Array(buf, 0, 2);
i32[0] = -2;
i32[1] = 0x01020304;
console.log(u8, f64, f64.byteOffset, f64.byteLength, f64.buffer === buf, buf.byteLength);
console.log(buf.slice(8), buf.slice(-12, 6).byteLength, buf.slice(0, 2), new ArrayBuffer(0));
console.log(ArrayBuffer.isView(u8), ArrayBuffer.isView(buf), ArrayBuffer.isView([]));
const sub = u8.subarray(2, 6);
sub[0] = 255;
console.log(sub, sub.byteOffset, sub.length, u8[2], u8.subarray(-3, -1).byteOffset, u8.subarray(5, 2).length);
const copy = u8.slice(0, 4);
copy[0] = 9;
console.log(copy, u8[0], copy.buffer === buf, new Uint8Array(buf, 4, 2).subarray(1));
console.log(new Uint8Array(300).buffer);
console.log([new Int8Array(2), { a: new Uint8Array([1]), b: new ArrayBuffer(3) }]);
// expect: Uint8Array(16) [
// expect:   254, 255, 255, 255, 4, 3,
// expect:     2,   1,   0,   0, 0, 0,
// expect:     0,   0,   0, 128
// expect: ] Float64Array(1) [ -0 ] 8 8 true 16
// expect: ArrayBuffer {
// expect:   [Uint8Contents]: <00 00 00 00 00 00 00 80>,
// expect:   byteLength: 8
// expect: } 2 ArrayBuffer { [Uint8Contents]: <fe ff>, byteLength: 2 } ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }
// expect: true false false
// expect: Uint8Array(4) [ 255, 255, 4, 3 ] 2 4 255 13 0
// expect: Uint8Array(4) [ 9, 255, 255, 255 ] 254 false Uint8Array(1) [ 3 ]
// expect: ArrayBuffer {
// expect:   [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 200 more bytes>,
// expect:   byteLength: 300
// expect: }
// expect: [
// expect:   Int8Array(2) [ 0, 0 ],
// expect:   {
// expect:     a: Uint8Array(1) [ 1 ],
// expect:     b: ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }
// expect:   }
// expect: ]
