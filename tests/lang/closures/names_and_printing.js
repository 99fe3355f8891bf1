// .name (with inference) and how console.log prints functions.
const arrow = () => {};
let anon = function () {};
var named = function inner() {};
const o = { method() {}, prop: () => 1, fn: function () {} };
function decl() {}
console.log(arrow.name, anon.name, named.name, decl.name);
console.log(o.method.name, o.prop.name, o.fn.name);
console.log(arrow, anon, named, decl, o);
console.log([() => 1, function () {}]);
console.log((() => {}).name === "", typeof arrow);
let later;
later = () => 1;
console.log(later.name);
// expect: arrow anon inner decl
// expect: method prop fn
// expect: [Function: arrow] [Function: anon] [Function: inner] [Function: decl] {
// expect:   method: [Function: method],
// expect:   prop: [Function: prop],
// expect:   fn: [Function: fn]
// expect: }
// expect: [ [Function (anonymous)], [Function (anonymous)] ]
// expect: true function
// expect: later
