// ++ on a name that was never declared.
console.log(typeof counter); // expect: undefined
counter++;
// expect error: ReferenceError: counter is not defined
