// The other primitive literals.
console.log(true); // expect: true
console.log(false); // expect: false
console.log(null); // expect: null
console.log(undefined); // expect: undefined
console.log(true, false, null, undefined); // expect: true false null undefined
console.log(typeof true); // expect: boolean
console.log(typeof null); // expect: object
console.log(typeof undefined); // expect: undefined
console.log(!true); // expect: false
