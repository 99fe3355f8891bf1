// Deep-ish recursion creating garbage on every level, repeated many times.
function build(n) {
  if (n === 0) return "";
  let piece = "" + n * 1.5;
  return piece.length > 100 ? piece : build(n - 1) + ".";
}
let len = 0;
for (let r = 0; r < 2000; r++) len += build(200).length;
console.log(len); // expect: 400000
