// How console.log formats numbers.
console.log(0.1 + 0.2); // expect: 0.30000000000000004
console.log(1e21); // expect: 1e+21
console.log(1e-7); // expect: 1e-7
console.log(123e-20); // expect: 1.23e-18
console.log(2 ** 53); // expect: 9007199254740992
console.log(-1e-7); // expect: -1e-7
console.log(100); // expect: 100
console.log(1.5e300 * 1e10); // expect: Infinity
console.log(1e20); // expect: 100000000000000000000
console.log(123456789012345680000); // expect: 123456789012345680000
console.log(1.5e-7); // expect: 1.5e-7
console.log(0.000001); // expect: 0.000001
console.log(0.0000015); // expect: 0.0000015
console.log(1e100); // expect: 1e+100
console.log(1.25e-10); // expect: 1.25e-10
console.log(4.35 * 100); // expect: 434.99999999999994
console.log(1.1 * 1.1); // expect: 1.2100000000000002
console.log(0.1 * 3); // expect: 0.30000000000000004
console.log(3.14159); // expect: 3.14159
console.log(-123.5); // expect: -123.5
console.log(2 ** 63); // expect: 9223372036854776000
console.log(2 ** 64); // expect: 18446744073709552000
console.log(2 ** 70); // expect: 1.1805916207174113e+21
console.log(1 / 3 * 3); // expect: 1
