// `delete name` of a global no declaration binds (an implicit global made
// by a sloppy assignment) deletes it; a declared name stays (false).
implicitG = 1;
console.log(delete implicitG, typeof implicitG); // expect: true undefined
var declared = 1;
let lex = 2;
function fn() {}
console.log(delete declared, delete lex, delete fn, typeof declared, typeof lex, typeof fn); // expect: false false false number number function
console.log(delete neverSeen); // expect: true
function inner(p) {
  var loc = 1;
  sloppyG = 3;
  return [delete p, delete loc, delete sloppyG, typeof sloppyG].join();
}
console.log(inner(1)); // expect: false,false,true,undefined
