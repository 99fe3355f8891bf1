// Functions without a return value produce undefined.
function nothing() {}
function bare() { return; }
function maybe(x) { if (x) return "yes"; }
console.log(nothing()); // expect: undefined
console.log(bare()); // expect: undefined
console.log(maybe(true)); // expect: yes
console.log(maybe(false)); // expect: undefined
function sideEffect() { let x = 1; x++; }
console.log(sideEffect()); // expect: undefined
console.log(typeof nothing()); // expect: undefined
