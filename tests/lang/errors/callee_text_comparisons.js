// V8 prints `a !== b` as `(!(a === b))` (its parser makes the negation a
// node of its own) and never merges chains of comparisons.
var a = 1, b = 2, c = 3;
for (const f of [
  () => new (a !== b, 7)(),
  () => new (a != b, 7)(),
  () => new (a !== b !== c, 7)(),
  () => new (a === b === c, 7)(),
  () => new (a < b < c, 7)(),
  () => new (a + b + c, 7)(),
  () => (a != b != c, 7)(),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: ((!(a === b)) , 7) is not a constructor
// expect: ((!(a == b)) , 7) is not a constructor
// expect: ((!((!(a === b)) === c)) , 7) is not a constructor
// expect: (((a === b) === c) , 7) is not a constructor
// expect: (((a < b) < c) , 7) is not a constructor
// expect: ((a + b + c) , 7) is not a constructor
// expect: ((!((!(a == b)) == c)) , 7) is not a function
