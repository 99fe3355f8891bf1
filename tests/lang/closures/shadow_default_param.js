// Parameter defaults cannot see the body's declarations: a default that
// names `x` reads the enclosing `x` even when the body declares its own.
function make() {
  let x = 'outer';
  function f(a = x) { var x = 'body'; return a + '/' + x; }
  const g = (a = x, b = () => x) => { let x = 'arrow body'; return [a, b(), x].join('/'); };
  function p(a, b = a) { var a; return a + b; }
  x = 'outer2';
  return [f(), f('given'), g(), p(2)];
}
console.log(make().join(' '));
var k = 'global k';
function h(a = k) { function k() { return 'fn'; } return typeof a + '/' + typeof k; }
console.log(h());
function q(a = () => y) { var y = 'in'; return a(); }
var y = 'global y';
console.log(q());
function params() {
  let y = 5;
  const h = function (y, z = y + 1) { return z; };
  return [h(1), y];
}
console.log(params().join(' '));
// expect: outer2/body given/body outer2/outer2/arrow body 4
// expect: string/function
// expect: global y
// expect: 2 5
