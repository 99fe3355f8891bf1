// The inline `charCodeAt` finds a string's units at a fixed distance from
// its buffer's start, not through the buffer's pointer: every way a string
// gets a buffer (a literal, a join, an append in place into a shared
// buffer, a two-byte join, a slice) must read the same units in every tier.
function sum(s) {
  let t = 0;
  for (let i = 0; i < s.length; i++) t = (t * 31 + s.charCodeAt(i)) % 1000003;
  return t;
}
let grown = "";
const views = [];
for (let i = 0; i < 40; i++) {
  grown = grown + String.fromCharCode(97 + (i % 26));
  views.push(grown);
}
const wide = "x\u0394" + "yz";
const joined = ["ab", "cd", "ef"].join("-");
const sliced = grown.slice(5, 30);
let all = 0;
for (let r = 0; r < 300; r++) {
  all = (all + sum(grown) + sum(wide) + sum(joined) + sum(sliced) + sum(views[r % 40])) % 1000003;
}
console.log(all); // expect: 209706
console.log(views[3], views[3].charCodeAt(3), views[39].charCodeAt(39)); // expect: abcd 100 110
console.log(wide.charCodeAt(1), wide.charCodeAt(3), sliced.charCodeAt(0)); // expect: 916 122 102
