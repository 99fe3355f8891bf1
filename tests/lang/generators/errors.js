// The errors generators raise, with node's wording.
function* g() { yield 1; }
function show(f) { try { f(); } catch (e) { console.log(`${e.name}: ${e.message}`); } }
show(() => new g());
show(() => g().next.call({}));
show(() => g().next.call(5));
show(() => g().return.call([]));
show(() => g().throw.call(undefined));
function* self() { it.next(); yield 1; }
const it = self();
show(() => it.next());
console.log(it.next());
show(() => { function* d() { yield* 5; } d().next(); });
show(() => { function* d() { yield* undefined; } d().next(); });
show(() => { function* d() { yield* { [Symbol.iterator]() { return { next() { return 1; } }; } }; } d().next(); });
show(() => {
  const inner = { [Symbol.iterator]() { return { next() { return { done: false }; }, return() { console.log("closed"); return {}; } }; } };
  function* d() { yield* inner; }
  const x = d();
  x.next();
  x.throw(new Error("no throw method"));
});
// expect: TypeError: g is not a constructor
// expect: TypeError: Method [Generator].prototype.next called on incompatible receiver #<Object>
// expect: TypeError: Method [Generator].prototype.next called on incompatible receiver 5
// expect: TypeError: Method [Generator].prototype.return called on incompatible receiver [object Array]
// expect: TypeError: Method [Generator].prototype.throw called on incompatible receiver undefined
// expect: TypeError: Generator is already running
// expect: { value: undefined, done: true }
// expect: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: Iterator result 1 is not an object
// expect: closed
// expect: TypeError: The iterator does not provide a 'throw' method.
