// process.stdout.write prints its text as it is: no line break, no quotes.
process.stdout.write("a");
process.stdout.write("b\n"); // expect: ab
console.log(process.stdout.write("")); // expect: true
process.stdout.write("x'y\n"); // expect: x'y
console.log("mixed"); // expect: mixed
process.stdout.write("€ and \uD83D\uDE00\n"); // expect: € and 😀
try {
  process.stdout.write(42);
} catch (e) {
  console.log(e.name, e.code); // expect: TypeError ERR_INVALID_ARG_TYPE
  console.log(e.message); // expect: The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)
}
try {
  process.stdout.write({});
} catch (e) {
  console.log(e.message); // expect: The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object
}
try {
  process.stdout.write(undefined);
} catch (e) {
  console.log(e.message); // expect: The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined
}
