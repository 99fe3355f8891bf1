// Conditions of various types.
function test(v) { if (v) return "T"; return "F"; }
let r = "";
r += test(1) + test(0) + test("a") + test("") + test(null) + test(undefined);
r += test(NaN) + test(-1) + test(0.5) + test(test) + test(true) + test(false);
console.log(r); // expect: TFTFFFFTTTTF
let n = 3;
if (n = 0) console.log("assigned zero is truthy?");
console.log(n); // expect: 0
if ((n = 2)) console.log("assigned two"); // expect: assigned two
