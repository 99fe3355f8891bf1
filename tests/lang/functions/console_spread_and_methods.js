// console.log with spread arguments, and the other console methods
// (info/debug print to stdout like log; error/warn write to stderr).
const a = [1, "two", [3]];
console.log(...a); // expect: 1 two [ 3 ]
console.log("x", ...a, "y"); // expect: x 1 two [ 3 ] y
console.log(...[]); // expect:
console.info("info", 1); // expect: info 1
console.debug({ d: 2 }); // expect: { d: 2 }
console.error("to stderr");
console.warn("also stderr");
console.log(typeof console.error); // expect: function
