class A { #x = 1; static read(o) { return o.#x; } }
console.log(A.read(new A()));
A.read({});
// expect: 1
// expect error: TypeError: Cannot read private member #x from an object whose class did not declare it
