// console.log prints a function's own name property whatever primitive it holds.
for (const v of [123, true, null, undefined, 1.5, -0, 'str', '']) {
  const f = function () {}; Object.defineProperty(f, 'name', { value: v }); console.log(f, [f]);
}
class K {} Object.defineProperty(K, 'name', { value: 42 }); console.log(K);
// expect: [Function: 123] [ [Function: 123] ]
// expect: [Function: true] [ [Function: true] ]
// expect: [Function: null] [ [Function: null] ]
// expect: [Function: undefined] [ [Function: undefined] ]
// expect: [Function: 1.5] [ [Function: 1.5] ]
// expect: [Function: 0] [ [Function: 0] ]
// expect: [Function: str] [ [Function: str] ]
// expect: [Function (anonymous)] [ [Function (anonymous)] ]
// expect: [class 42]
