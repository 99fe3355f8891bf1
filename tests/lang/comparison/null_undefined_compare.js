// null and undefined in comparisons.
console.log(null == null, undefined == undefined); // expect: true true
console.log(null === null, null === undefined); // expect: true false
console.log(null < 1, null > -1); // expect: true true
console.log(null == 0, null >= 0, null <= 0); // expect: false true true
console.log(undefined == 0, undefined >= 0); // expect: false false
console.log(undefined == false, null == false); // expect: false false
console.log(undefined == "undefined"); // expect: false
console.log(null == "null"); // expect: false
let x;
console.log(x == null, x === undefined, x === null); // expect: true true false
