// Class expressions: anonymous ones take the name they are assigned to; a named one's name is const inside.
const A = class {
  m() { return 1; }
};
const B = class Named {
  static who() { return "named"; }
};
console.log(A, A.name, new A(), new A().m());
console.log(B, B.name, B.who());
let C = class {};
console.log(C.name, [class {}][0].name === "");
// Evaluating a class twice makes two classes.
function make() {
  return class {
    get v() { return 1; }
  };
}
const K1 = make(), K2 = make();
console.log(K1 === K2, K1.prototype === K2.prototype);
// Classes are values.
const list = [class X {}, class Y {}];
console.log(list, list.map(function (k) { return k.name; }));
console.log(typeof class {}, (class Z {}).name);
// expect: [class A] A A {} 1
// expect: [class Named] Named named
// expect: C true
// expect: false false
// expect: [ [class X], [class Y] ] [ 'X', 'Y' ]
// expect: function Z
