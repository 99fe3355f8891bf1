// An error a generator throws and nobody catches is reported like any other.
function* g() {
  yield 1;
  throw new TypeError("from the generator");
}
for (const x of g()) console.log(x);
// expect: 1
// expect error: TypeError: from the generator
