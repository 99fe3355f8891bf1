// Every compound assignment operator on numbers.
let x = 10;
x += 5; console.log(x); // expect: 15
x -= 3; console.log(x); // expect: 12
x *= 2; console.log(x); // expect: 24
x /= 5; console.log(x); // expect: 4.8
x %= 2; console.log(x); // expect: 0.7999999999999998
x = 3;
x **= 3; console.log(x); // expect: 27
x &= 10; console.log(x); // expect: 10
x |= 5; console.log(x); // expect: 15
x ^= 6; console.log(x); // expect: 9
x <<= 4; console.log(x); // expect: 144
x >>= 2; console.log(x); // expect: 36
x = -36;
x >>>= 28; console.log(x); // expect: 15
x = -36;
x >>= 2; console.log(x); // expect: -9
let y = 1;
console.log(y += 2); // expect: 3
console.log(y *= y); // expect: 9
console.log(y); // expect: 9
