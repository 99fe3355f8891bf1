// Function.prototype is itself a function: it takes anything and returns
// undefined, and it is not a constructor.
console.log(typeof Function.prototype);
// expect: function
console.log(Function.prototype(), Function.prototype(1, 2));
// expect: undefined undefined
console.log(Function.prototype.name === "", Function.prototype.length);
// expect: true 0
console.log(Object.prototype.toString.call(Function.prototype));
// expect: [object Function]
console.log(Function.prototype instanceof Function, Function.prototype instanceof Object);
// expect: false true
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype);
// expect: true
console.log(Function.prototype.call(1), Function.prototype.apply(null, [1]));
// expect: undefined undefined
console.log(Object.keys(Function.prototype).length);
// expect: 0
try {
  new Function.prototype();
} catch (e) {
  console.log(e.message);
}
// expect: Function.prototype is not a constructor
