// Compound bitwise assignments.
let x = 0b1100;
x &= 0b1010; console.log(x); // expect: 8
x |= 0b0001; console.log(x); // expect: 9
x ^= 0b1111; console.log(x); // expect: 6
x <<= 29; console.log(x); // expect: -1073741824
x >>= 28; console.log(x); // expect: -4
x >>>= 30; console.log(x); // expect: 3
let flags = 0;
flags |= 1 << 3;
flags |= 1 << 5;
console.log(flags); // expect: 40
console.log((flags & (1 << 3)) !== 0); // expect: true
flags &= ~(1 << 3);
console.log(flags); // expect: 32
