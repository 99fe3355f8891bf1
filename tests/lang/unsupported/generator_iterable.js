// node: skip (valid JavaScript outside the subset)
// Iterables are supported, generators are not: a generator method that
// would make an object iterable is refused at compile time.
console.log("never printed");
const o = { *[Symbol.iterator]() { yield 1; } };
console.log([...o]);
// expect error: SyntaxError: stitch does not support generators (`*`)
