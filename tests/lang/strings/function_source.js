// Converting a function to a string gives its exact source text.
function add(a, b) { return a + b; }
function   spaced ( x ,y )   {
  // a comment inside
  return x   *   y; /* another */
}
function empty() {}
console.log("" + add); // expect: function add(a, b) { return a + b; }
console.log("" + empty); // expect: function empty() {}
console.log("src: " + spaced);
// expect: src: function   spaced ( x ,y )   {
// expect:   // a comment inside
// expect:   return x   *   y; /* another */
// expect: }
console.log(("" + empty).length); // expect: 19
console.log(add + 1); // expect: function add(a, b) { return a + b; }1
console.log(typeof ("" + add)); // expect: string
