// for await's errors: a value that is not async iterable, an iterator
// result that is not an object, an async generator method called on
// something else, and for await outside an async function is a
// SyntaxError (tests/lang/syntax has the parser's cases).
(async () => {
  try { for await (const x of 5) {} } catch (e) { console.log(e.constructor.name, e.message); }
  const bad = { [Symbol.asyncIterator]() { return { next() { return 1; } }; } };
  try { for await (const x of bad) {} } catch (e) { console.log(e.constructor.name, e.message); }
  const g = (async function* () {})();
  await g.next.call({}).catch((e) => console.log(e.message));
  console.log(Object.prototype.toString.call(g), typeof Symbol.asyncIterator, String(Symbol.asyncIterator));
  console.log(Object.getPrototypeOf(async function* () {}), g);
})();
// expect: TypeError 5 is not async iterable
// expect: TypeError Iterator result 1 is not an object
// expect: Method [AsyncGenerator].prototype.next called on incompatible receiver #<Object>
// expect: [object AsyncGenerator] symbol Symbol(Symbol.asyncIterator)
// expect: Function [AsyncGeneratorFunction] {} Object [AsyncGenerator] {}
