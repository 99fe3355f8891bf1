// The ** operator.
console.log(2 ** 10); // expect: 1024
console.log(2 ** -1); // expect: 0.5
console.log(2 ** 0.5); // expect: 1.4142135623730951
console.log(3 ** 0); // expect: 1
console.log(0 ** 0); // expect: 1
console.log((-2) ** 3); // expect: -8
console.log((-2) ** 2); // expect: 4
console.log((-8) ** (1 / 3)); // expect: NaN
console.log(2 ** 53 + 1); // expect: 9007199254740992
console.log(2 ** 53); // expect: 9007199254740992
console.log(1 ** Infinity); // expect: NaN
console.log(NaN ** 0); // expect: 1
console.log(2 ** 3 ** 2); // expect: 512
console.log((2 ** 3) ** 2); // expect: 64
console.log(0 ** -1); // expect: Infinity
console.log((-0) ** -1); // expect: -Infinity
console.log(10 ** 21); // expect: 1e+21
console.log(2 ** 1024); // expect: Infinity
console.log(4 ** 0.5); // expect: 2
console.log(2 ** 31); // expect: 2147483648
console.log(-(2 ** 2)); // expect: -4
