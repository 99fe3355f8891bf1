// stack: the header and one line per frame of the program, innermost
// first, naming functions with file:line:col (node then adds its own
// internal frames, which are not compared here).
// A frame line without the directories of the file's path.
function frame(line) {
  const t = line.trim();
  return t.slice(0, t.indexOf("(") + 1) + t.slice(t.lastIndexOf("/") + 1);
}
function a() {
  return new Error("made in a");
}
function b() {
  return a();
}
const e = b();
const lines = e.stack.split("\n");
console.log(lines[0]);
console.log(frame(lines[1]));
console.log(frame(lines[2]));
console.log(frame(lines[3]));
function thrower() {
  undefined.prop;
}
try {
  thrower();
} catch (err) {
  const l = err.stack.split("\n");
  console.log(l[0]);
  console.log(frame(l[1]));
}
const o = {
  method() {
    throw new RangeError("in a method");
  },
};
try {
  o.method();
} catch (err) {
  console.log(frame(err.stack.split("\n")[1]));
}
// `new` in parentheses is placed at `new`.
const wrapped = (new Error("wrapped"));
console.log(frame(wrapped.stack.split("\n")[1]));
// expect: Error: made in a
// expect: at a (stack_traces.js:10:10)
// expect: at b (stack_traces.js:13:10)
// expect: at Object.<anonymous> (stack_traces.js:15:11)
// expect: TypeError: Cannot read properties of undefined (reading 'prop')
// expect: at thrower (stack_traces.js:22:13)
// expect: at Object.method (stack_traces.js:33:11)
// expect: at Object.<anonymous> (stack_traces.js:42:18)
