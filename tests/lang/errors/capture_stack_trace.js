// Error.captureStackTrace gives any object a `stack` headed as the object
// prints itself; custom error classes call it.
class HttpError extends Error {
  constructor(status) {
    super("status " + status);
    this.name = "HttpError";
    Error.captureStackTrace(this, HttpError);
  }
}
var e = new HttpError(404);
console.log(e.stack.split("\n")[0], e.stack.split("\n")[1].trim().startsWith("at ")); // expect: HttpError: status 404 true
var plain = { name: "Plain", message: "object" };
Error.captureStackTrace(plain);
console.log(plain.stack.split("\n")[0], Object.keys(plain), typeof Error.captureStackTrace); // expect: Plain: object [ 'name', 'message' ] function
console.log(new Date(2020, 5, 1).getYear(), new Date(NaN).getYear()); // expect: 120 NaN
Error.captureStackTrace(1);
// expect error: TypeError: invalid_argument
