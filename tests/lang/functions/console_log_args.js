// console.log separates its arguments with single spaces.
function f() {}
console.log(1, "a", true, null, undefined, f); // expect: 1 a true null undefined [Function: f]
console.log("a", "b"); // expect: a b
console.log(1.5, -0, NaN, -Infinity); // expect: 1.5 -0 NaN -Infinity
console.log("x" + 1, 1 + 1); // expect: x1 2
console.log("", "mid", ""); // expect:  mid
console.log(console.log("inner")); // expect: inner
// expect: undefined
