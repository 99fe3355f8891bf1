// `s.charCodeAt(i)` has an inline hit in the interpreter's `Call` arm (a
// string receiver, a Smi index in range, the built-in itself); everything
// else takes the native call. The hit compared with a stale built-in
// index once (chapter 21), so it never ran: these are its edges.
const s = "hello, wörld";
let sum = 0;
for (let i = 0; i < 2000; i++) sum += s.charCodeAt(i % s.length);
console.log(sum); // expect: 215697
console.log(s.charCodeAt(8), s.charCodeAt(-1), s.charCodeAt(12), s.charCodeAt(1.7), s.charCodeAt("2")); // expect: 246 NaN NaN 101 108
console.log(s.charCodeAt(), "".charCodeAt(0), "😀".charCodeAt(1)); // expect: 104 NaN 56832
const built = ["a", "b", "c"].join("") + "d";
let t = 0;
for (let i = 0; i < 1000; i++) t += built.charCodeAt(i & 3);
console.log(t); // expect: 98500
const saved = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (i) {
  return -i;
};
console.log(s.charCodeAt(3)); // expect: -3
String.prototype.charCodeAt = saved;
console.log(s.charCodeAt(3), saved.call(12345, 2)); // expect: 108 51
