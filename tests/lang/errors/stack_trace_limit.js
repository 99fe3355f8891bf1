// Error.stackTraceLimit is there (10) and a smaller value cuts the frames.
function r(n) {
  if (n === 0) throw new Error("deep");
  return r(n - 1);
}
console.log(Error.stackTraceLimit, Object.keys(Error)); // expect: 10 [ 'stackTraceLimit' ]
try {
  r(20);
} catch (e) {
  console.log(e.stack.split("\n").length); // expect: 11
}
Error.stackTraceLimit = 2;
try {
  r(20);
} catch (e) {
  console.log(e.stack.split("\n").length); // expect: 3
}
Error.stackTraceLimit = 0;
try {
  r(20);
} catch (e) {
  console.log(e.stack); // expect: Error: deep
}
try {
  null.x;
} catch (e) {
  console.log(e.stack); // expect: TypeError: Cannot read properties of null (reading 'x')
}
