// Towers of Hanoi: count moves and print the first few.
let moves = 0;
let shown = "";
function hanoi(n, from, to, via) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  if (moves <= 4) shown = shown + from + to + " ";
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
console.log(moves, shown); // expect: 7 AC AB CB AC
moves = 0;
hanoi(16, "A", "C", "B");
console.log(moves); // expect: 65535
