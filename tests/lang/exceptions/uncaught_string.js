// A thrown string that nobody catches ends the program (exit 1); stitch
// prints it as node's REPL does: Uncaught 'text'.
function f() {
  throw "text";
}
console.log("before");
f();
console.log("never");
// expect: before
// expect error: text
