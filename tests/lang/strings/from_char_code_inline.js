// String.fromCharCode compiled inline (guarded on the built-in and a Smi
// argument below 256, which loads a permanent one-unit string): every
// Latin-1 unit, the arguments the guard must send to the generic call
// (256 and up, negative, a fraction, a string, a double, none, two), a
// callee read as `fromCharCode` that is something else, and the
// built-in replaced after warm-up.
function ch(c) {
  return String.fromCharCode(c);
}
function word(codes) {
  let s = "";
  for (let i = 0; i < codes.length; i++) s = s + String.fromCharCode(codes[i]);
  return s;
}
let all = "";
for (let c = 0; c < 256; c++) all += ch(c);
let h = 0;
for (let i = 0; i < all.length; i++) h = (h * 31 + all.charCodeAt(i)) % 1000003;
console.log(all.length, h, ch(65) === "A", ch(65) === all[65]);
for (let k = 0; k < 2000; k++) word([104, 105, 233, 255]);
console.log(word([104, 105, 233, 255]), word([0x263a, 65, 0x10041]).length);
console.log(ch(256).charCodeAt(0), ch(-1).charCodeAt(0), ch(65.5), ch("66"), ch(2 ** 31 + 67), ch().length);
console.log(String.fromCharCode(72, 105), ch(1e10).charCodeAt(0), ch(-65536 + 68));
const notIt = { fromCharCode(c) { return "own " + c; } };
function viaObject(o, c) {
  return o.fromCharCode(c);
}
for (let k = 0; k < 200; k++) viaObject(String, 70);
console.log(viaObject(String, 70), viaObject(notIt, 70));
const saved = String.fromCharCode;
String.fromCharCode = function (c) {
  return "replaced " + c;
};
console.log(ch(71), word([72]));
String.fromCharCode = saved;
console.log(ch(71));
try {
  ch({ valueOf() { throw new RangeError("no number"); } });
} catch (e) {
  console.log(e.name, e.message);
}
// expect: 256 940049 true true
// expect: hiéÿ 3
// expect: 256 65535 A B C 1
// expect: Hi 58368 D
// expect: F own 70
// expect: replaced 71 replaced 72
// expect: G
// expect: RangeError no number
