// Assigning to a parameter does not affect the caller's variable.
function change(x) { x = x + 100; return x; }
let a = 1;
console.log(change(a)); // expect: 101
console.log(a); // expect: 1
function changeStr(s) { s += "!"; return s; }
let s = "hi";
console.log(changeStr(s), s); // expect: hi! hi
