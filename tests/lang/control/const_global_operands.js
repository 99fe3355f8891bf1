// Compiled code takes an initialized top-level `const` holding a Smi, null,
// undefined or a boolean as an immediate in `===`, `!==`, `+`, `<`: every
// tier must still compare by JavaScript's rules (a double equal to the
// Smi is ===, a string is not), and a function compiled while the const
// is still in its TDZ must throw there and see the value once it is set.
function early(x) {
  return x === LATE;
}
for (let i = 0; i < 3; i++) {
  try {
    early(i);
  } catch (e) {
    console.log(e.name); // expect: ReferenceError
    break;
  }
}
const LATE = 7;
console.log(early(7), early(7.5)); // expect: true false

const KIND = 2;
const NOTHING = null;
const NONE = undefined;
const YES = true;
const STEP = 3;
const LIMIT = 10;
function classify(v) {
  const same = v === KIND;
  const differ = v !== KIND;
  let kind = "other";
  if (v === NOTHING) kind = "null";
  else if (v === NONE) kind = "undefined";
  else if (v === YES) kind = "true";
  return [same, differ, kind].join(",");
}
const inputs = [2, 2.0, 4 / 2, "2", 2.5, null, undefined, true, false, {}, -0, 0];
let lines = [];
for (let r = 0; r < 300; r++) lines = inputs.map(classify);
console.log(lines.slice(0, 6).join(" ")); // expect: true,false,other true,false,other true,false,other false,true,other false,true,other false,true,null
console.log(lines.slice(6).join(" ")); // expect: false,true,undefined false,true,true false,true,other false,true,other false,true,other false,true,other
function steps(n) {
  let s = 0;
  for (let i = 0; i < LIMIT; i++) s = s + n * STEP + (i < LIMIT - 5 ? STEP : 0);
  return s;
}
let total = 0;
for (let r = 0; r < 300; r++) total = steps(r % 4) + steps(0.5);
console.log(total); // expect: 135
