// == and === (and != !==) on doubles, as values and as branches, in a
// loop hot enough to compile: -0 equals 0, NaN equals nothing, a double
// equals the Smi of the same value, a string is compared loosely.
function eqs(a, b) {
  let flags = "";
  flags += (a == b) ? "1" : "0";
  flags += (a === b) ? "1" : "0";
  flags += (a != b) ? "1" : "0";
  flags += (a !== b) ? "1" : "0";
  if (a == b) flags += "e"; else flags += "n";
  if (a === b) flags += "E"; else flags += "N";
  if (a != b) flags += "d"; else flags += "s";
  if (a !== b) flags += "D"; else flags += "S";
  return flags;
}
const pairs = [
  [0.5, 0.5], [0.5, 1.5], [-0, 0], [0, -0], [NaN, NaN], [NaN, 1], [1, 1.0],
  [0.1 + 0.2, 0.3], [Infinity, Infinity], [-Infinity, Infinity], [2147483648, 2147483648],
  [1.5, "1.5"], ["1.5", 1.5], [1.5, null], [undefined, 1.5], [3, 3], [3, 4],
];
let out = [];
for (let round = 0; round < 40; round++) {
  out = [];
  for (const [a, b] of pairs) out.push(eqs(a, b));
}
console.log(out.join(" "));
let hits = 0;
for (let i = 0; i < 200; i++) {
  const x = i * 0.25;
  if (x === Math.floor(x)) hits++;
  if (x == 10.5) hits += 100;
  if (x !== x) hits += 1000;
}
console.log(hits);
// expect: 1100eEsS 0011nNdD 1100eEsS 1100eEsS 0011nNdD 0011nNdD 1100eEsS 0011nNdD 1100eEsS 0011nNdD 1100eEsS 1001eNsD 1001eNsD 0011nNdD 0011nNdD 1100eEsS 0011nNdD
// expect: 150
