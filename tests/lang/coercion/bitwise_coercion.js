// Bitwise operators convert operands with ToInt32.
console.log("12" | 0); // expect: 12
console.log("abc" | 0); // expect: 0
console.log(null | 0); // expect: 0
console.log(undefined | 0); // expect: 0
console.log(true | 0); // expect: 1
console.log(NaN | 0); // expect: 0
console.log(Infinity | 0); // expect: 0
console.log(-Infinity | 0); // expect: 0
console.log("0x10" | 0); // expect: 16
console.log(" 7 " & 3); // expect: 3
console.log("3.9" | 0); // expect: 3
console.log("-3.9" | 0); // expect: -3
console.log(1e21 | 0); // expect: -559939584
console.log(1e10 | 0); // expect: 1410065408
console.log(~"5"); // expect: -6
console.log("8" >> "1"); // expect: 4
