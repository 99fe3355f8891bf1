// Array.prototype is itself an (empty) array.
console.log(Array.isArray(Array.prototype), Array.prototype.length, Array.prototype); // expect: true 0 Object(0) []
console.log(Object.prototype.toString.call(Array.prototype), Object.getPrototypeOf(Array.prototype) === Object.prototype); // expect: [object Array] true
console.log(Object.create(Array.prototype).length, Array.isArray(Object.create(Array.prototype))); // expect: 0 false
console.log([].concat(Array.prototype), Array.prototype.concat([1]), Array.from(Array.prototype)); // expect: [] [ 1 ] []
console.log(Object.keys(Array.prototype), JSON.stringify(Array.prototype), String(Array.prototype)); // expect: [] [] 
