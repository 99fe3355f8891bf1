// Edge cases around the smallest int32.
let min = -2147483648;
console.log(min); // expect: -2147483648
console.log(min / -1); // expect: 2147483648
console.log(min * -1); // expect: 2147483648
console.log(min % -1); // expect: -0
console.log(min - 1 + 1); // expect: -2147483648
console.log(-min); // expect: 2147483648
console.log(min | 0); // expect: -2147483648
console.log(-min | 0); // expect: -2147483648
console.log(min >>> 0); // expect: 2147483648
console.log(min / 2); // expect: -1073741824
console.log(min % 10); // expect: -8
let m2 = min;
m2--;
console.log(m2); // expect: -2147483649
let mx = 2147483647;
mx++;
console.log(mx); // expect: 2147483648
