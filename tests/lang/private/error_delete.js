console.log("never printed");
class A { #x = 1; m() { delete this.#x; } }
// expect error: SyntaxError: Private fields can not be deleted
