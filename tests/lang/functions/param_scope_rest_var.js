// A body `var` naming the rest parameter, in a list with defaults, is a
// second binding that starts with the rest array; closures of the list
// keep seeing the parameter.
function d(a = 0, f = () => r, ...r) {
  var r = "body";
  return f();
}
console.log(d(1, undefined, 7)); // expect: [ 7 ]
function d3(f = () => r, ...r) {
  var r;
  return [f(), r];
}
console.log(d3(undefined, 1, 2)); // expect: [ [ 1, 2 ], [ 1, 2 ] ]
function d4(f = () => r, ...r) {
  var r = 5;
  r = 6;
  return [f(), r, arguments.length];
}
console.log(d4(undefined, 1)); // expect: [ [ 1 ], 6, 2 ]
function d5({ x } = {}, ...r) {
  var r = r.length;
  return r;
}
console.log(d5(undefined, 1, 2, 3)); // expect: 3
