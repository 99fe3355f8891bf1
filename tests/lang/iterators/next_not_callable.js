// An iterator whose `next` is missing or not callable: the first step
// throws (an undefined `next` is no sign of the built-in array walk), named
// as V8 names a value it quotes no source for; spread calls it not iterable.
for (const nx of [undefined, null, 5, 'str', {}, true]) {
  const it = { [Symbol.iterator]() { return { next: nx } } };
  const r = [];
  try { [...it] } catch (e) { r.push(e.message) }
  try { for (const x of it) {} } catch (e) { r.push(e.message) }
  try { const [a] = it } catch (e) { r.push(e.message) }
  try { Array.from(it) } catch (e) { r.push(e.message) }
  try { new Set(it) } catch (e) { r.push(e.message) }
  try { (function* () { yield* it })().next() } catch (e) { r.push(e.message) }
  console.log(r.join(' | '));
}
// expect: it is not iterable | undefined is not a function | undefined is not a function | undefined is not a function | undefined is not a function | undefined is not a function
// expect: it is not iterable | object null is not a function | object null is not a function | object null is not a function | object null is not a function | object null is not a function
// expect: it is not iterable | number 5 is not a function | number 5 is not a function | number 5 is not a function | number 5 is not a function | number 5 is not a function
// expect: it is not iterable | string "str" is not a function | string "str" is not a function | string "str" is not a function | string "str" is not a function | string "str" is not a function
// expect: it is not iterable | object is not a function | object is not a function | object is not a function | object is not a function | object is not a function
// expect: it is not iterable | boolean true is not a function | boolean true is not a function | boolean true is not a function | boolean true is not a function | boolean true is not a function
