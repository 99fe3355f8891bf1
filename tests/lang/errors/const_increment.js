// ++ on a const fails.
const i = 0;
console.log(i); // expect: 0
i++;
// expect error: TypeError: Assignment to constant variable.
