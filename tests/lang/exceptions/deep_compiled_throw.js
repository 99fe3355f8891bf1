// A throw five frames deep in hot (compiled) code, caught at different
// depths: every frame between leaves at once, a finally on the way runs,
// and the `stack` string read in the handler names the same frames in
// every tier (the frames are captured when the error is made, the text
// made on first read).
function frame(line) {
  const t = line.trim();
  return t.slice(0, t.indexOf("(") + 1) + t.slice(t.lastIndexOf("/") + 1);
}
let finallies = 0;
function f5(i) {
  if (i % 7 === 3) throw new RangeError("deep " + i);
  if (i % 11 === 5) throw { code: i };
  return i;
}
function f4(i) {
  return f5(i) + 1;
}
function f3(i) {
  try {
    return f4(i) + 1;
  } finally {
    finallies++;
  }
}
function f2(i) {
  try {
    return f3(i);
  } catch (e) {
    if (e instanceof RangeError) throw e;
    return -e.code;
  }
}
function f1(i) {
  return f2(i);
}
let sum = 0;
let caught = 0;
let last;
for (let i = 0; i < 3000; i++) {
  try {
    sum += f1(i);
  } catch (e) {
    caught++;
    last = e;
  }
}
console.log(sum, caught, finallies);
console.log(last.message);
console.log(last.stack.split("\n").slice(0, 6).map(frame).join(" | "));
// expect: 3156777 429 3000
// expect: deep 2999
// expect: RangeError: deep 2999 | at f5 (deep_compiled_throw.js:12:26) | at f4 (deep_compiled_throw.js:17:10) | at f3 (deep_compiled_throw.js:21:12) | at f2 (deep_compiled_throw.js:28:12) | at f1 (deep_compiled_throw.js:35:10)
