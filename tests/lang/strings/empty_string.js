// The empty string.
let e = "";
console.log(e.length); // expect: 0
console.log("[" + e + "]"); // expect: []
console.log(e === ""); // expect: true
console.log(e == 0); // expect: true
console.log(e == false); // expect: true
console.log(!e); // expect: true
console.log(e < "a"); // expect: true
console.log(typeof e); // expect: string
console.log(e + e + e === ""); // expect: true
