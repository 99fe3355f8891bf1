// Errors with node's wording.
const t = new Float64Array(2);
function attempt(f) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
attempt(() => {
  "use strict";
  t.length = 9;
});
attempt(() => new Float64Array(new ArrayBuffer(7)));
attempt(() => new Int32Array(new ArrayBuffer(8), 2));
attempt(() => new Int32Array(new ArrayBuffer(8), 4, 2));
attempt(() => new Int32Array(new ArrayBuffer(8), 12));
attempt(() => new Uint8Array(4).set([1, 2, 3], 2));
attempt(() => new Uint8Array(4).set([1], -1));
attempt(() => ArrayBuffer(2));
attempt(() => new ArrayBuffer(-1));
attempt(() => Uint8Array(2));
attempt(() => new Uint8Array(2).sort(3));
attempt(() => new Uint8Array(2).map());
t.length = 5;
console.log(t.length);
new Int8Array(-1);
// expect: TypeError Cannot set property length of [object Object] which has only a getter
// expect: RangeError byte length of Float64Array should be a multiple of 8
// expect: RangeError start offset of Int32Array should be a multiple of 4
// expect: RangeError Invalid typed array length: 2
// expect: RangeError Start offset 12 is outside the bounds of the buffer
// expect: RangeError offset is out of bounds
// expect: RangeError offset is out of bounds
// expect: TypeError Constructor ArrayBuffer requires 'new'
// expect: RangeError Invalid array buffer length
// expect: TypeError Constructor Uint8Array requires 'new'
// expect: TypeError The comparison function must be either a function or undefined
// expect: TypeError undefined is not a function
// expect: 2
// expect error: RangeError: Invalid typed array length: -1
