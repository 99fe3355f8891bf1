// != and !== on a variety of pairs.
console.log(1 != 2); // expect: true
console.log(1 != 1); // expect: false
console.log("a" != "b"); // expect: true
console.log("1" != 1); // expect: false
console.log("1" !== 1); // expect: true
console.log(null !== undefined); // expect: true
console.log(undefined != null); // expect: false
console.log(0 != false); // expect: false
console.log(0 !== false); // expect: true
console.log(NaN != 1); // expect: true
