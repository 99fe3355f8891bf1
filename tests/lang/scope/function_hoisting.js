// Function declarations can be called before they appear.
console.log(square(4)); // expect: 16
console.log(useLater(3)); // expect: 10
function square(n) { return n * n; }
function useLater(n) { return helper(n) + 1; }
function helper(n) { return square(n); }
console.log(typeof helper); // expect: function
