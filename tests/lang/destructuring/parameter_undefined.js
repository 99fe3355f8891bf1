function h(x, { a }) {
  return a;
}
console.log(h(1, { a: 2 }));
h(1);
// expect: 2
// expect error: TypeError: Cannot destructure property 'a' of 'undefined' as it is undefined.
