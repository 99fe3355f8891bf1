// strcat: a string built by `+=` one character at a time, then hashed.
function build(n) {
  let s = "";
  for (let i = 0; i < n; i++) {
    s += String.fromCharCode(97 + (i % 26));
  }
  return s;
}
let s = build(20000);
let h = 0;
for (let i = 0; i < s.length; i++) {
  h = (h * 31 + s.charCodeAt(i)) | 0;
}
console.log(s.length, h); // expect: 20000 -1080774832
