// DataView's BigInt accessors: 8 bytes as an i64 or u64, either byte
// order; a setter takes ToBigInt of its value and writes its low 64 bits.
const d = new DataView(new ArrayBuffer(16));
d.setBigUint64(0, -1n);
console.log(d.getBigInt64(0), d.getBigUint64(0, true), d.getUint8(7));
d.setBigInt64(0, 2n ** 64n + 5n, true);
console.log(d.getBigInt64(0, true), d.getBigInt64(0), d.getUint32(0, true));
d.setBigInt64(8, -(2n ** 63n));
console.log(d.getBigInt64(8), d.getBigUint64(8), d.getInt8(8));
d.setBigUint64(4, "0x0102030405060708", true);
console.log(d.getBigUint64(4, true).toString(16), d.getBigUint64(4).toString(16), d.getUint8(4));
d.setBigInt64(0, true);
console.log(d.getBigInt64(0), d.getBigInt64.length, d.setBigUint64.length);
console.log(Object.getOwnPropertyNames(DataView.prototype).slice(-4));
for (const f of [() => d.setBigInt64(0, 1), () => d.getBigInt64(9), () => d.setBigUint64(12, 1n), () => DataView.prototype.getBigUint64.call({}), () => d.setBigInt64(0, "z")]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.message);
  }
}
// expect: -1n 18446744073709551615n 255
// expect: 5n 360287970189639680n 5
// expect: -9223372036854775808n 9223372036854775808n -128
// expect: 102030405060708 807060504030201 8
// expect: 1n 1 2
// expect: [ 'getBigInt64', 'setBigInt64', 'getBigUint64', 'setBigUint64' ]
// expect: TypeError Cannot convert 1 to a BigInt
// expect: RangeError Offset is outside the bounds of the DataView
// expect: RangeError Offset is outside the bounds of the DataView
// expect: TypeError Method DataView.prototype.getBigUint64 called on incompatible receiver undefined
// expect: SyntaxError Cannot convert z to a BigInt
