// Values that stay reachable must survive while garbage is collected around them.
let keepS = "keep" + "me";
let keepD = 0.5 + 0.25;
let junk = "";
for (let i = 0; i < 2000000; i++) {
  junk = "j" + (i * 0.5);
  if (i % 500000 === 0) keepS = keepS + i;
}
console.log(keepS, keepD, junk); // expect: keepme050000010000001500000 0.75 j999999.5
