// Reading a double array's element in the interpreter boxes the raw f64
// inline (chapter 21): an integral double reads back as an int, -0 stays
// -0, NaN and the infinities survive, a hole reads as undefined (through
// the prototype chain) and an index past the end as undefined.
const v = [0.5, 1.5, -0, 3, NaN, Infinity, -2.25];
let sum = 0;
for (let k = 0; k < 100; k++) for (let j = 0; j < 4; j++) sum = sum + v[j] * 2;
console.log(sum); // expect: 1000
console.log(v[3], Object.is(v[2], -0), v[4], v[5], v[6], v[7]); // expect: 3 true NaN Infinity -2.25 undefined
const holey = [1.5, , 2.5];
console.log(holey[1], holey.length); // expect: undefined 3
Array.prototype[1] = "from the prototype";
console.log(holey[1]); // expect: from the prototype
delete Array.prototype[1];
const m = [];
for (let i = 0; i < 50; i++) m.push(i / 4);
let t = 0;
for (let i = 0; i < 50; i++) t += m[i];
console.log(t, m[4] === 1, typeof m[5]); // expect: 306.25 true number
