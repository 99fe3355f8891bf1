// Annex B (a function declared in a block is also a function-level var)
// is sloppy code's only, and leaves a parameter of the same name alone.
function param(a) {
  {
    function a() {}
  }
  return typeof a;
}
function withDefault(a = 1) {
  {
    function a() {}
  }
  return typeof a;
}
function strict() {
  "use strict";
  const before = typeof h;
  {
    function h() {}
  }
  return before + " " + typeof h;
}
class C {
  m() {
    {
      function k() {}
    }
    return typeof k;
  }
}
function sloppy() {
  const before = typeof s;
  {
    function s() {}
  }
  return before + " " + typeof s;
}
console.log(param(1), withDefault(), strict(), new C().m(), sloppy()); // expect: number number undefined undefined undefined undefined function
