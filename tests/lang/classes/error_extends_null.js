// extends null: the class exists, constructing it fails.
class N extends null {}
console.log(Object.getPrototypeOf(N.prototype), typeof N);
new N();
// expect: null function
// expect error: TypeError: Super constructor null of N is not a constructor
