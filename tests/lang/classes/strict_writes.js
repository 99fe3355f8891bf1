// Class bodies are strict code: a write the object refuses throws there
// (and in functions nested in them), while sloppy functions drop it; the
// compiled code of a hot loop throws the same errors as the interpreter.
class Point {
  constructor(x) { this.x = x; }
  freeze() { return Object.freeze(this); }
  move(dx) { this.x += dx; return this.x; }
  tag() { this.tag = 1; }
  nested() { const f = () => { this.x = 0; }; f(); }
  get only() { return 1; }
  setOnly() { this.only = 2; }
  undeclared() { notDeclaredAnywhere = 1; }
  drop() { delete this.x; }
}
function sloppyMove(p) { p.x = 99; return p.x; }
const p = new Point(1).freeze();
let errors = 0;
for (let i = 0; i < 300; i++) {
  try { p.move(1); } catch (e) { errors++; if (i === 0) console.log(e.constructor.name + ': ' + e.message); }
  if (sloppyMove(p) !== 1) console.log('sloppy write went through');
}
console.log(errors, p.x);
for (const m of ['tag', 'nested', 'setOnly', 'undeclared', 'drop']) {
  try { p[m](); console.log(m, 'no error'); } catch (e) { console.log(m, e.constructor.name + ': ' + e.message); }
}
const q = new Point(2);
try { q.setOnly(); } catch (e) { console.log(e.message); }
q.nested();
console.log(q.x, typeof notDeclaredAnywhere);
const arr = Object.freeze([1, 2, 3]);
class Writer { put(a, i, v) { a[i] = v; } }
const w = new Writer();
let n = 0;
for (let i = 0; i < 200; i++) {
  try { w.put(arr, i % 4, i); } catch (e) { n++; if (i < 4) console.log(e.message); }
}
console.log(n, arr);
// expect: TypeError: Cannot assign to read only property 'x' of object '#<Point>'
// expect: 300 1
// expect: tag TypeError: Cannot add property tag, object is not extensible
// expect: nested TypeError: Cannot assign to read only property 'x' of object '#<Point>'
// expect: setOnly TypeError: Cannot set property only of #<Point> which has only a getter
// expect: undeclared ReferenceError: notDeclaredAnywhere is not defined
// expect: drop TypeError: Cannot delete property 'x' of #<Point>
// expect: Cannot set property only of #<Point> which has only a getter
// expect: 0 undefined
// expect: Cannot assign to read only property '0' of object '[object Array]'
// expect: Cannot assign to read only property '1' of object '[object Array]'
// expect: Cannot assign to read only property '2' of object '[object Array]'
// expect: Cannot add property 3, object is not extensible
// expect: 200 [ 1, 2, 3 ]
