// Doubling a string past V8's limit (2**29 - 24 code units) throws, as in node.
let s = "ab";
let n = 0;
for (let i = 0; i < 40; i++) {
  s += s;
  n = s.length;
}
console.log(n);
// expect error: RangeError: Invalid string length
