console.log("never printed");
class A { #x; get #x() { return 1; } }
// expect error: SyntaxError: Identifier '#x' has already been declared
