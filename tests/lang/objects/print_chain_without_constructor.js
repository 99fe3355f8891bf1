// An object whose prototype chain has no constructor but is not empty is
// named by its class and its first prototype, as node's getConstructorName
// does; a function with a null prototype says so.
console.log(Object.create(Object.create(null))); // expect: Object <[Object: null prototype] {}> {}
var base = Object.create(null);
base.k = 1;
var q = Object.create(base);
q.y = 2;
console.log(q); // expect: Object <[Object: null prototype]> { y: 2 }
console.log([Object.create(q)]); // expect: [ Object <Object <[Object: null prototype]>> {} ]
var f = function named() {};
Object.setPrototypeOf(f, null);
console.log(f, [f]); // expect: [Function (null prototype): named] [ [Function (null prototype): named] ]
class C {}
Object.setPrototypeOf(C, null);
console.log(C); // expect: [class C extends [null prototype]]
