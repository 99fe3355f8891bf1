// Exceptions cross the frames of built-ins that call back (map, forEach,
// sort, JSON.parse reviver) in both directions.
const r = [1, 2, 3].map(function (x) {
  try {
    if (x === 2) throw new Error("two");
    return x * 10;
  } catch (e) {
    return e.message;
  }
});
console.log(r);
try {
  [1, 2, 3].forEach(function (x) {
    if (x === 2) throw { at: x };
    console.log("visited", x);
  });
} catch (e) {
  console.log("left forEach at", e.at);
}
try {
  [3, 1, 2].sort(function () {
    throw new RangeError("no order");
  });
} catch (e) {
  console.log(e.name, e.message);
}
function outer() {
  return [1].map(function inner() {
    return [2].map(function innermost() {
      null.boom;
    });
  });
}
try {
  outer();
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split("\n")[1].trim().split(" ")[1]);
}
// expect: [ 10, 'two', 30 ]
// expect: visited 1
// expect: left forEach at 2
// expect: RangeError no order
// expect: Cannot read properties of null (reading 'boom')
// expect: innermost
