// Where yield and * may go.
function* a() { yield
  1; }
console.log([...a()]);
function* b() { yield* [1, 2], yield 3; }
console.log([...b()]);
function* c() { const x = yield yield 1; return x; }
const ci = c();
console.log(ci.next(), ci.next("p"), ci.next("q"));
function* d() { const f = function* () { yield "inner"; }; yield* f(); }
console.log([...d()]);
const e = { *"quoted key"() { yield 1; }, *42() { yield 2; } };
console.log([...e["quoted key"](), ...e[42]()]);
function* f() { yield (1, 2); yield [yield 3]; }
console.log([...f()]);
function* h() { yield a => a; }
console.log(typeof h().next().value);
const gt = { throw: 1, try: 2, catch: 3, finally: 4 };
console.log(gt.throw + gt.try + gt.catch + gt.finally);
// expect: [ undefined ]
// expect: [ 1, 2, 3 ]
// expect: { value: 1, done: false } { value: 'p', done: false } { value: 'q', done: true }
// expect: [ 'inner' ]
// expect: [ 1, 2 ]
// expect: [ 2, 3, [ undefined ] ]
// expect: function
// expect: 10
