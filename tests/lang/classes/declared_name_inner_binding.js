// A class declaration's name is also a const inside the class: assigning
// it in a method throws, reassigning the outer binding leaves the methods
// their class, and the outer binding is in its dead zone until the static
// initialisers ran.
class Imm {
  static f() {
    Imm = 1;
  }
  static g() {
    return Imm;
  }
}
try {
  Imm.f();
} catch (e) {
  console.log(e.message); // expect: Assignment to constant variable.
}
const g = Imm.g;
Imm = 5;
console.log(Imm, typeof g()); // expect: 5 function
function t() {
  class L {
    static g() {
      return L;
    }
  }
  const g = L.g;
  L = 3;
  return typeof g();
}
console.log(t()); // expect: function
function early() {
  function peek() {
    return C;
  }
  class C {
    static x = peek();
  }
}
try {
  early();
} catch (e) {
  console.log(e.message); // expect: Cannot access 'C' before initialization
}
class D {
  static self = D;
}
console.log(D.self === D); // expect: true
