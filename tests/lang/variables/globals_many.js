// Many globals of each declaration kind.
var g1 = 1; let g2 = 2; const g3 = 3;
var g4 = g1 + g2; let g5 = g3 * g4; const g6 = g5 - 1;
var g7 = "seven"; let g8 = g7 + g6; const g9 = g8.length;
console.log(g1, g2, g3, g4, g5, g6, g7, g8, g9); // expect: 1 2 3 3 9 8 seven seven8 6
function total() { return g1 + g2 + g3 + g4 + g5 + g6 + g9; }
console.log(total()); // expect: 32
g1 = 100; g2 = 200;
console.log(total()); // expect: 329
