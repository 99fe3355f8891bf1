// A CommonJS script's top level runs inside node's module wrapper, so
// `arguments` there (and in its arrow functions) is the wrapper's:
// exports, require, module, __filename, __dirname.
console.log(typeof arguments, arguments.length, Object.prototype.toString.call(arguments));
console.log(arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(arguments[3] === __filename, arguments[4] === __dirname, typeof arguments.callee);
const f = () => arguments.length;
function g() {
  return arguments.length;
}
console.log(f(1, 2, 3), g(1, 2), Array.isArray(arguments), [...arguments].length);
// expect: object 5 [object Arguments]
// expect: true true true
// expect: true true function
// expect: 5 2 false 5
