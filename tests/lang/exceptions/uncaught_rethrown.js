// A runtime error caught, inspected and rethrown keeps its class.
try {
  null.x;
} catch (e) {
  console.log(e.name);
  throw e;
}
// expect: TypeError
// expect error: TypeError: Cannot read properties of null (reading 'x')
