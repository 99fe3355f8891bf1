// A site that sees data properties and accessors of the same name (inline caches must not
// treat an accessor's slot as the value), hot enough to be compiled.
function read(o) { return o.v; }
function write(o, x) { o.v = x; }
const data = { v: 1 };
let calls = 0;
const acc = { get v() { calls++; return 100; }, set v(x) { calls += x; } };
const inherited = Object.create(acc);
let sum = 0;
for (let i = 0; i < 300; i++) {
  const o = i % 3 === 0 ? data : i % 3 === 1 ? acc : inherited;
  sum += read(o);
  write(o, 1);
}
console.log(sum, calls, data, acc, Object.keys(inherited));
// A monomorphic accessor site.
class T { constructor() { this._n = 0; } get n() { return this._n; } set n(v) { this._n = v; } }
const t = new T();
for (let i = 0; i < 500; i++) t.n = t.n + 1;
console.log(t.n, t);
// expect: 20100 400 { v: 1 } { v: [Getter/Setter] } []
// expect: 500 T { _n: 500 }
