// DataView: every element type at any offset, in both byte orders, over a
// buffer it shares with typed arrays; V8's errors; how node prints one.
console.log(Object.getOwnPropertyNames(DataView).join(" "), DataView.length, DataView.prototype.getInt8.length, DataView.prototype.setInt8.length, DataView.prototype.getFloat64.length, DataView.prototype.setFloat64.length);
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => DataView(new ArrayBuffer(2)));
t(() => new DataView({}));
t(() => new DataView(new ArrayBuffer(2), -1));
t(() => new DataView(new ArrayBuffer(2), 3));
t(() => new DataView(new ArrayBuffer(2), 1, 2));
t(() => new DataView(new ArrayBuffer(2), 1, -1));
t(() => new DataView(new ArrayBuffer(4)).getInt8(-1));
t(() => new DataView(new ArrayBuffer(4)).getInt32(1));
t(() => new DataView(new ArrayBuffer(4)).setInt32(1, 5));
t(() => new DataView(new ArrayBuffer(4)).getUint8(4));
t(() => DataView.prototype.getInt8.call({}, 0));
t(() => DataView.prototype.getInt8.call(new Uint8Array(2), 0));
t(() => Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get.call({}));
t(() => Object.getOwnPropertyDescriptor(DataView.prototype, "buffer").get.call(1));
t(() => new DataView(new ArrayBuffer(4)).getInt8());
t(() => new DataView(new ArrayBuffer(4)).getInt8("1"));
t(() => new DataView(new ArrayBuffer(4)).getInt8(1.7));
t(() => new DataView(new ArrayBuffer(4)).getInt8(Infinity));
const b = new ArrayBuffer(16);
const v = new DataView(b, 2, 12);
console.log(v, v.byteLength, v.byteOffset, v.buffer === b, Object.prototype.toString.call(v), ArrayBuffer.isView(v), String(v));
v.setUint16(0, 0x1234); v.setUint16(2, 0x1234, true); v.setInt8(4, -1); v.setFloat32(5, 1.5); v.setFloat64(0, Math.PI, true);
console.log(new Uint8Array(b).join(","));
console.log(v.getUint16(0), v.getUint16(0, true), v.getInt16(0), v.getInt32(0), v.getUint32(0, true), v.getFloat32(4), v.getFloat64(0, true), v.getInt8(7), v.getUint8(7));
v.setUint32(8, -1); console.log(v.getUint32(8), v.getInt32(8), v.getInt16(8), v.getFloat32(8));
v.setInt16(0, 70000); console.log(v.getInt16(0), v.setInt8(0, "7"), v.getInt8(0), v.getInt8(0, "yes"));
v.setFloat32(0, 0.1); console.log(v.getFloat32(0), v.getFloat64(0));
v.setFloat64(4, NaN); console.log(v.getFloat64(4));
console.log(new DataView(new ArrayBuffer(0)), new DataView(b, 16).byteLength);
class D extends DataView { x() { return this.getUint8(0); } }
const d = new D(new ArrayBuffer(3)); d.setUint8(0, 250); console.log(d.x(), d instanceof DataView, d);
console.log({dv: new DataView(new ArrayBuffer(2))});
console.log(Object.keys(v), JSON.stringify(v));
// expect: length name prototype 1 1 2 1 2
// expect: TypeError: Constructor DataView requires 'new'
// expect: TypeError: First argument to DataView constructor must be an ArrayBuffer
// expect: RangeError: Start offset -1 is outside the bounds of the buffer
// expect: RangeError: Start offset 3 is outside the bounds of the buffer
// expect: RangeError: Invalid DataView length 2
// expect: RangeError: Invalid DataView length -1
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: TypeError: Method DataView.prototype.getInt8 called on incompatible receiver undefined
// expect: TypeError: Method DataView.prototype.getInt8 called on incompatible receiver undefined
// expect: TypeError: Method get DataView.prototype.byte_length called on incompatible receiver undefined
// expect: TypeError: Method get DataView.prototype.buffer called on incompatible receiver undefined
// expect: 0
// expect: 0
// expect: 0
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: DataView {
// expect:   byteLength: 12,
// expect:   byteOffset: 2,
// expect:   buffer: ArrayBuffer {
// expect:     [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00>,
// expect:     byteLength: 16
// expect:   }
// expect: } 12 2 true [object DataView] true [object DataView]
// expect: 0,0,24,45,68,84,251,33,9,64,0,0,0,0,0,0
// expect: 6189 11544 6189 405619796 1413754136 -8.36147406512941e+35 3.141592653589793 64 64
// expect: 4294967295 -1 -1 NaN
// expect: 4464 undefined 7 7
// expect: 0.10000000149011612 5.2386927600701665e-11
// expect: NaN
// expect: DataView {
// expect:   byteLength: 0,
// expect:   byteOffset: 0,
// expect:   buffer: ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }
// expect: } 0
// expect: 250 true D [DataView] {
// expect:   byteLength: 3,
// expect:   byteOffset: 0,
// expect:   buffer: ArrayBuffer { [Uint8Contents]: <fa 00 00>, byteLength: 3 }
// expect: }
// expect: {
// expect:   dv: DataView {
// expect:     byteLength: 2,
// expect:     byteOffset: 0,
// expect:     buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }
// expect:   }
// expect: }
// expect: [] {}
