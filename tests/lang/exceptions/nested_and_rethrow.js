// Nested try statements, rethrowing, and throws from catch and finally.
function level(n) {
  if (n === 0) throw new Error("bottom");
  try {
    return level(n - 1);
  } catch (e) {
    e.message += " <" + n;
    throw e;
  }
}
try {
  level(3);
} catch (e) {
  console.log(e.message);
}
try {
  try {
    throw new TypeError("first");
  } catch (e) {
    throw new RangeError("second from catch (" + e.message + ")");
  } finally {
    console.log("inner finally");
  }
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  try {
    throw 1;
  } finally {
    throw 2;
  }
} catch (e) {
  console.log("finally's throw replaces", e);
}
const order = [];
try {
  try {
    try {
      throw "x";
    } finally {
      order.push("a");
    }
  } catch (e) {
    order.push("b:" + e);
    throw "y";
  } finally {
    order.push("c");
  }
} catch (e) {
  order.push("d:" + e);
}
console.log(order.join(" "));
// A catch parameter is a block binding.
let e = "outer";
try {
  throw "inner";
} catch (e) {
  e = e + "!";
  console.log(e);
}
console.log(e);
// Caught in a loop, many times.
let caught = 0;
for (let i = 0; i < 2000; i++) {
  try {
    if (i % 3 === 0) throw i;
  } catch (v) {
    caught += v;
  }
}
console.log(caught);
// expect: bottom <1 <2 <3
// expect: inner finally
// expect: RangeError: second from catch (first)
// expect: finally's throw replaces 2
// expect: a b:x c d:y
// expect: inner!
// expect: outer
// expect: 666333
