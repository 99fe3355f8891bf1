// An uncaught error thrown by the program: the stack's first line.
function fail() {
  throw new RangeError("out of range");
}
[1].forEach(fail);
// expect error: RangeError: out of range
