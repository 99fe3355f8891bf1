// A throw caught inside a finally block (or inside an iterator's `return`
// that a for...of calls on the way out) does not replace the place the
// pending exception came from: the place travels with the completion.
// (tests/robustness.rs checks the reported line:col; this checks that the
// pending value and the order of events survive, in every tier.)
function inner(k) {
  try {
    if (k > 0) null.x;
    return "no throw";
  } finally {
    try {
      throw "inner " + k;
    } catch (e) {
      if (k > 2) console.log("caught", e);
    }
  }
}
for (let k = 0; k < 4; k++) {
  try {
    console.log(inner(k));
  } catch (e) {
    console.log(k, e.message);
  }
}
// expect: no throw
// expect: 1 Cannot read properties of null (reading 'x')
// expect: 2 Cannot read properties of null (reading 'x')
// expect: caught inner 3
// expect: 3 Cannot read properties of null (reading 'x')
const it = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        return { value: i++, done: false };
      },
      return() {
        try {
          throw new Error("in return");
        } catch (e) {
          console.log("return caught", e.message);
        }
        return {};
      },
    };
  },
};
try {
  for (const v of it) {
    if (v === 2) undefined.y;
  }
} catch (e) {
  console.log(e.message);
}
// expect: return caught in return
// expect: Cannot read properties of undefined (reading 'y')
try {
  null.x;
} finally {
  try {
    throw 1;
  } catch (e) {}
}
// expect error: TypeError: Cannot read properties of null (reading 'x')
