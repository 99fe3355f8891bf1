// Chains of else if.
function describe(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else if (n < 100) {
    return "medium";
  } else {
    return "large";
  }
}
console.log(describe(-5)); // expect: negative
console.log(describe(0)); // expect: zero
console.log(describe(7)); // expect: small
console.log(describe(42)); // expect: medium
console.log(describe(1000)); // expect: large
console.log(describe(NaN)); // expect: large
