// Which values are truthy.
function t(v) { if (v) return "truthy"; else return "falsy"; }
console.log(t(0)); // expect: falsy
console.log(t(-0)); // expect: falsy
console.log(t(NaN)); // expect: falsy
console.log(t("")); // expect: falsy
console.log(t(null)); // expect: falsy
console.log(t(undefined)); // expect: falsy
console.log(t(false)); // expect: falsy
console.log(t(1)); // expect: truthy
console.log(t(-1)); // expect: truthy
console.log(t(0.1)); // expect: truthy
console.log(t(Infinity)); // expect: truthy
console.log(t("0")); // expect: truthy
console.log(t("false")); // expect: truthy
console.log(t(" ")); // expect: truthy
console.log(t(t)); // expect: truthy
console.log(t(1 - 1)); // expect: falsy
console.log(t("" + 0)); // expect: truthy
