// undefined, NaN and Infinity can be stored and compared.
let u = undefined;
let n = NaN;
let inf = Infinity;
console.log(u, n, inf); // expect: undefined NaN Infinity
console.log(u === undefined); // expect: true
console.log(n === n); // expect: false
console.log(inf - 1 === inf); // expect: true
console.log(-inf); // expect: -Infinity
