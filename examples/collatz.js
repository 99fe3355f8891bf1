// Collatz sequences: finds the starting value below 100000 with the
// longest chain (837799 is the answer for one million; below 100000 it is 77031).
function chainLength(n) {
  let steps = 1;
  while (n !== 1) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    steps++;
  }
  return steps;
}
let bestStart = 1;
let bestLength = 1;
for (let start = 1; start < 100000; start++) {
  let len = chainLength(start);
  if (len > bestLength) {
    bestLength = len;
    bestStart = start;
  }
}
console.log("longest chain below 100000 starts at " + bestStart + " (" + bestLength + " terms)");
let n = 27, path = "27";
while (n !== 1 && path.length < 60) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  path += " " + n;
}
console.log("27 begins:", path, "...");
