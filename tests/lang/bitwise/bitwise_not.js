// ~ flips all 32 bits.
console.log(~5); // expect: -6
console.log(~-1); // expect: 0
console.log(~0); // expect: -1
console.log(~~3.7); // expect: 3
console.log(~~-3.7); // expect: -3
console.log(~NaN); // expect: -1
console.log(~2147483647); // expect: -2147483648
console.log(~~2147483648); // expect: -2147483648
console.log(~(2 ** 32)); // expect: -1
console.log(~~4294967295); // expect: -1
console.log(~~1e21); // expect: -559939584
console.log(~undefined); // expect: -1
console.log(~true); // expect: -2
