// Strings that look almost like numbers.
console.log(+"-0x10"); // expect: NaN
console.log(+"1_000"); // expect: NaN
console.log(+"infinity"); // expect: NaN
console.log(+"12px"); // expect: NaN
console.log(+"1e"); // expect: NaN
console.log(+"0x"); // expect: NaN
console.log(+"1 2"); // expect: NaN
console.log(+" \n\t 42 \n"); // expect: 42
console.log(+"0xffffffff"); // expect: 4294967295
console.log(+"1e1000"); // expect: Infinity
console.log(+"NaN"); // expect: NaN
console.log(+"-"); // expect: NaN
console.log(+"."); // expect: NaN
console.log(+"3.14abc"); // expect: NaN
console.log(+"0.1e-2"); // expect: 0.001
console.log(+"9007199254740993"); // expect: 9007199254740992
