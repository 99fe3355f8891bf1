console.log("never printed");
function f(o) { return #x in o; }
// expect error: SyntaxError: Private field '#x' must be declared in an enclosing class
