// Long pieces of a one-byte string share its buffer (slices); every
// string operation must see only the piece: charCodeAt (inline in
// compiled code), appending to a piece, pieces of pieces, keys, equality.
// A tokenizer that consumes its input with s = s.slice(k) stays linear.
const parts = [];
for (let i = 0; i < 3000; i++) parts.push("tok" + i + (i % 7 ? " " : ", "));
let s = parts.join("");
let n = 0, sum = 0;
while (s.length) {
  const m = /^(\w+)[ ,]*/.exec(s);
  n++;
  for (let k = 0; k < m[1].length; k++) sum += m[1].charCodeAt(k);
  s = s.slice(m[0].length);
}
console.log(n, sum);
const base = "0123456789abcdefghijklmnopqrstuvwxyz";
const a = base.slice(5, 30), b = a.substring(3, 20), c = base.substr(10);
console.log(a, b, c, a.length, b.length, b.charCodeAt(0), b[16], b.at(-1));
let grown = base.slice(20);
grown += "+tail";
grown += "!";
console.log(grown, base, base.length, grown.indexOf("tail"), grown.lastIndexOf("z"));
const key = base.slice(2, 20);
const obj = { [key]: 1 };
const map = new Map([[key, 2]]);
console.log(obj["23456789abcdefghij"], map.get("23456789abcdefghij"), key === "23456789abcdefghij", key < "3", JSON.stringify(key));
console.log("café-au-lait with ümlauts".slice(1, 22), "wide 😀 string of length".slice(3, 20).length);
let codes = 0;
const piece = "abcdefghijklmnopqrstuvwxyz".slice(1, 25);
for (let r = 0; r < 300; r++) for (let i = 0; i < piece.length; i++) codes += piece.charCodeAt(i);
console.log(codes, piece.charCodeAt(24), piece.charCodeAt(-1), piece.split("m"), piece.toUpperCase(), piece.replace(/[aeiou]/g, "_"));
const words = "the quick brown fox jumps over the lazy dog again and again".slice(4);
console.log(words.split(" ").length, words.trim(), words.startsWith("quick"), words.endsWith("again"), words.padEnd(60, ".").length);
// expect: 3000 1568220
// expect: 56789abcdefghijklmnopqrst 89abcdefghijklmno abcdefghijklmnopqrstuvwxyz 25 17 56 o o
// expect: klmnopqrstuvwxyz+tail! 0123456789abcdefghijklmnopqrstuvwxyz 36 17 15
// expect: 1 2 true true "23456789abcdefghij"
// expect: afé-au-lait with ümla 17
// expect: 788400 NaN NaN [ 'bcdefghijkl', 'nopqrstuvwxy' ] BCDEFGHIJKLMNOPQRSTUVWXY bcd_fgh_jklmn_pqrst_vwxy
// expect: 11 quick brown fox jumps over the lazy dog again and again true true 60
