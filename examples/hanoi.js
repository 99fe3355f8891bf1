// Towers of Hanoi: prints the moves for 3 discs, then the move counts
// for 1..20 discs (always 2**n - 1).
let moves = 0;
let printing = true;
function move(n, from, to, via) {
  if (n === 0) return;
  move(n - 1, from, via, to);
  moves++;
  if (printing) console.log("move disc " + n + " from " + from + " to " + to);
  move(n - 1, via, to, from);
}
move(3, "A", "C", "B");
printing = false;
for (let n = 1; n <= 20; n++) {
  moves = 0;
  move(n, "A", "C", "B");
  console.log(n + " discs: " + moves + " moves" + (moves === 2 ** n - 1 ? "" : " (wrong!)"));
}
