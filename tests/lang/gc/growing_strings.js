// Strings that grow and are thrown away over and over.
let kept = 0;
for (let round = 0; round < 2000; round++) {
  let s = "";
  for (let j = 0; j < 100; j++) s += "xy";
  kept += s.length;
}
console.log(kept); // expect: 400000
let big = "";
for (let k = 0; k < 20000; k++) big = big + "z";
console.log(big.length); // expect: 20000
