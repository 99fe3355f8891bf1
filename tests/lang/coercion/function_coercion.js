// Functions convert to their source text, and to NaN as numbers.
function f(x) { return x; }
console.log(f + 1); // expect: function f(x) { return x; }1
console.log(1 + f); // expect: 1function f(x) { return x; }
console.log(+f); // expect: NaN
console.log(f * 2); // expect: NaN
console.log(f - f); // expect: NaN
console.log(!f); // expect: false
console.log(f == "function f(x) { return x; }"); // expect: true
console.log(f === "function f(x) { return x; }"); // expect: false
console.log(f == f); // expect: true
console.log(f | 0); // expect: 0
console.log(f < f); // expect: false
console.log(typeof (f + "")); // expect: string
