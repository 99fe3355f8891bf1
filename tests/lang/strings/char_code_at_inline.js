// String.prototype.charCodeAt compiled inline (guarded on the built-in, a
// string receiver and a Smi index inside it): one-byte and two-byte
// strings, lone surrogates, every index the guard must send to the
// generic call (negative, past the end, a fraction, a string, none), a
// receiver that is not a string, and the method replaced after warm-up.
function at(s, i) {
  return s.charCodeAt(i);
}
function scan(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000003;
  return h;
}
const latin = "h\u00e9llo \u00ff!";
const wide = "a\u2603b\ud800c\udfffd\u{1F600}";
let total = 0;
for (let k = 0; k < 3000; k++) {
  total += at(latin, k % 10) || 0;
  total += at(wide, k % 12) || 0;
  total += scan(k % 2 ? latin : wide);
}
console.log(total);
console.log(scan(latin), scan(wide), scan(""));
console.log(at(latin, -1), at(latin, 9), at(latin, 1.5), at(latin, "1"), at(latin), at(latin, 2 ** 31));
console.log(at(wide, 1), at(wide, 3), at(wide, 5), at(wide, 7), at(wide, 8), at(wide, 11));
let built = "";
for (let i = 0; i < 300; i++) built += String.fromCharCode(i * 251 % 0x10000);
console.log(scan(built), at(built, 299), built.length);
const boxed = new String("xyz");
console.log(at(boxed, 1));
const o = { charCodeAt: String.prototype.charCodeAt, toString() { return "obj"; } };
console.log(at(o, 0), at(o, 2), at(o, 3));
try {
  at({ charCodeAt: null }, 0);
} catch (e) {
  console.log(e.constructor.name);
}
const saved = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (i) {
  return "replaced " + this + " " + i;
};
console.log(at("abc", 1), scan("ab"));
String.prototype.charCodeAt = saved;
console.log(at("abc", 1));
// expect: 1122894950
// expect: 45426 663815 0
// expect: NaN NaN 233 233 104 NaN
// expect: 9731 55296 57343 55357 56832 NaN
// expect: 223513 9513 300
// expect: 121
// expect: 111 106 NaN
// expect: TypeError
// expect: replaced abc 1 NaN
// expect: 98
