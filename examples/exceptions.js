// A validator that throws from deep inside and catches one frame up:
// `parse` throws, `safe` catches, the loop adds up.
function digit(c) {
  if (c < 48 || c > 57) throw new RangeError("bad digit " + c);
  return c - 48;
}
function parse(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 10 + digit(s.charCodeAt(i));
  return n;
}
function safe(s) {
  try {
    return parse(s);
  } catch (e) {
    return -1;
  } finally {
    checked++;
  }
}
let checked = 0;
let total = 0;
const inputs = ["12", "7x", "305"];
for (let i = 0; i < 3; i++) total += safe(inputs[i]);
console.log(total, checked);
// expect: 316 3
