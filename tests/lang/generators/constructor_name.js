// A generator function's and an async function's `constructor` are the
// hidden GeneratorFunction and AsyncFunction (subclasses of Function).
function* gen() {}
async function af() {}
console.log(gen.constructor.name, af.constructor.name); // expect: GeneratorFunction AsyncFunction
const G = gen.constructor;
console.log(Object.getPrototypeOf(G) === Function, G.prototype === Object.getPrototypeOf(gen)); // expect: true true
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(gen))); // expect: [ 'prototype', 'constructor' ]
console.log(G.length, gen instanceof G, gen instanceof Function, (() => {}) instanceof G); // expect: 1 true true false
