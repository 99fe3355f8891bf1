// An Error subclass whose `name` is a getter: `stack`, console.log and the
// uncaught report run it for the first line, as V8 does.
class AppError extends Error {
  get name() {
    return this.constructor.name;
  }
}
class NotFound extends AppError {}
const e = new NotFound("missing");
console.log(String(e)); // expect: NotFound: missing
console.log(e.stack.split("\n")[0]); // expect: NotFound: missing
const f = new NotFound("again");
console.log(String(f).length, [f].length); // expect: 15 1
throw new NotFound("thrown");
// expect error: NotFound: thrown
