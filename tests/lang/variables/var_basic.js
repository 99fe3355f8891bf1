// var declarations.
var a = 1;
console.log(a); // expect: 1
var a = 2;
console.log(a); // expect: 2
var b;
console.log(b); // expect: undefined
var a;
console.log(a); // expect: 2
var c = 1, d, e = c + 10;
console.log(c, d, e); // expect: 1 undefined 11
{
  var inBlock = "visible";
}
console.log(inBlock); // expect: visible
if (true) { var fromIf = 42; }
console.log(fromIf); // expect: 42
if (false) { var never = 1; }
console.log(never); // expect: undefined
