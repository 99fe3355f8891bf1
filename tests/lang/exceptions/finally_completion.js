// finally runs on every way out, and a finally that returns overrides.
const log = [];
function normal() {
  try {
    log.push("try");
  } finally {
    log.push("finally");
  }
  return "after";
}
function returns() {
  try {
    return "from try";
  } finally {
    log.push("finally of return");
  }
}
function overrideReturn() {
  try {
    return "from try";
  } finally {
    return "from finally";
  }
}
function overrideThrow() {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
function catchReturns() {
  try {
    throw 1;
  } catch (e) {
    return "catch " + e;
  } finally {
    log.push("finally after catch");
  }
}
function throwInFinally() {
  try {
    return 1;
  } finally {
    throw new RangeError("from finally");
  }
}
console.log(normal(), returns(), overrideReturn(), overrideThrow(), catchReturns());
try {
  throwInFinally();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(log.join(", "));
// The value of a return is computed before finally runs.
function order() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log(order());
// expect: after from try from finally finally wins catch 1
// expect: RangeError from finally
// expect: try, finally, finally of return, finally after catch
// expect: 1
