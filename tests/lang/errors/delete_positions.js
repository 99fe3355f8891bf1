"use strict";
// Where a refused `delete` is reported in strict code: V8 gives the
// deletion no position of its own, so it is the last one recorded (the
// statement's, or a variable read's that came after it).
function where(f) {
  try {
    f();
  } catch (e) {
    const l = e.stack.split("\n")[1];
    const m = l.slice(l.lastIndexOf(".js:") + 4).split(":");
    console.log(e.message, m[0] + ":" + parseInt(m[1]));
  }
}
var x, o = { a: 1 };
const fz = Object.freeze({ a: 1, 0: 2 });
where(function () {
  delete fz.a;
});
where(function () {
  x = delete fz.a;
});
where(function () {
  const y = 1;
  x = y + delete fz.a;
});
where(function () {
  x = delete (o.a, fz).a;
});
where(function () {
  x = delete fz[0];
});
where(function () {
  function h() {}
  Object.freeze(h);
  console.log(delete h.name);
});
// expect: Cannot delete property 'a' of #<Object> 17:3
// expect: Cannot delete property 'a' of #<Object> 20:3
// expect: Cannot delete property 'a' of #<Object> 24:18
// expect: Cannot delete property 'a' of #<Object> 27:20
// expect: Cannot delete property '0' of #<Object> 30:3
// expect: Cannot delete property 'name' of function h() {} 35:22
