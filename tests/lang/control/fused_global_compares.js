// A global loaded for a strict comparison: the interpreter fuses the two
// (`GetGlobal` + `===`/`!==`, a branch or a value, the global on either
// side: `GlobalStrictEq`, `GlobalJumpIfNotStrictEq`); a global in its dead
// zone or unbound must throw from the load, on its line.
const KIND_A = 1;
const KIND_B = "b";
const NOTHING = null;
function classify(x) {
  if (x === KIND_A) return "a";
  if (KIND_B === x) return "b";
  if (x !== NOTHING) return "other";
  return "null";
}
function flags(x) {
  return [x === KIND_A, KIND_B !== x, x !== NOTHING, NOTHING === x];
}
const seen = [];
const inputs = [1, "b", null, 2, 1.0, "a"];
for (let i = 0; i < 3000; i++) {
  const x = inputs[i % inputs.length];
  const c = classify(x);
  if (i < inputs.length) seen.push(c, flags(x).join(""));
}
console.log(seen.join(" "));
function late(x) {
  return x === notYet;
}
try {
  late(1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let notYet = 3;
console.log(late(3), late(4));
function missing(x) {
  if (x === undeclaredGlobal) return 1;
  return 0;
}
missing(1);
// expect: a truetruetruefalse b falsefalsetruefalse null falsetruefalsetrue other falsetruetruefalse a truetruetruefalse other falsetruetruefalse
// expect: ReferenceError: Cannot access 'notYet' before initialization
// expect: true false
// expect error: ReferenceError: undeclaredGlobal is not defined
