// Drawing shapes with nested loops and string concatenation.
function line(spaces, stars) {
  let s = "";
  for (let i = 0; i < spaces; i++) s += ".";
  for (let i = 0; i < stars; i++) s += "*";
  return s;
}
for (let r = 0; r < 4; r++) console.log(line(3 - r, 2 * r + 1));
// expect: ...*
// expect: ..***
// expect: .*****
// expect: *******
let diamond = "";
let r = 2;
do { diamond += line(r, 5 - 2 * r) + "|"; r--; } while (r >= 0);
for (r = 1; r <= 2; r++) diamond += line(r, 5 - 2 * r) + "|";
console.log(diamond); // expect: ..*|.***|*****|.***|..*|
