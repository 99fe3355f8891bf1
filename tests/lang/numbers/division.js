// Division always produces a double result.
console.log(6 / 3); // expect: 2
console.log(7 / 2); // expect: 3.5
console.log(-7 / 2); // expect: -3.5
console.log(1 / 3); // expect: 0.3333333333333333
console.log(2 / 3); // expect: 0.6666666666666666
console.log(100 / 3); // expect: 33.333333333333336
console.log(10 / 4); // expect: 2.5
console.log(1 / 8); // expect: 0.125
console.log(5 / 0); // expect: Infinity
console.log(-5 / 0); // expect: -Infinity
console.log(0 / 0); // expect: NaN
console.log(-2147483648 / -1); // expect: 2147483648
console.log(1 / 1024 / 1024); // expect: 9.5367431640625e-7
console.log(22 / 7); // expect: 3.142857142857143
console.log((7 / 2) * 2); // expect: 7
