// Comparisons chain left to right through booleans.
console.log(1 < 2 < 3); // expect: true
console.log(3 > 2 > 1); // expect: false
console.log(3 > 2 >= 1); // expect: true
console.log(1 == 1 == 1); // expect: true
console.log(2 == 2 == 2); // expect: false
console.log(1 === 1 === true); // expect: true
console.log(5 < 4 < 3); // expect: true
