// An error inside a getter reaches the reader.
class A {
  get bad() { return undefined.x; }
}
const a = new A();
console.log("reading");
console.log(a.bad);
// expect: reading
// expect error: TypeError: Cannot read properties of undefined (reading 'x')
