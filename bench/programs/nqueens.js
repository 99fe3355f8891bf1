// nqueens: count the placements of N non-attacking queens by backtracking,
// with three arrays of booleans for the columns and the two diagonals.
const N = 10;
const ROUNDS = 70;

function place(board, row) {
  const n = board.n;
  if (row === n) return 1;
  let count = 0;
  for (let col = 0; col < n; col++) {
    const d1 = row + col;
    const d2 = row - col + n - 1;
    if (!board.cols[col] && !board.diag1[d1] && !board.diag2[d2]) {
      board.cols[col] = true;
      board.diag1[d1] = true;
      board.diag2[d2] = true;
      board.queens[row] = col;
      count = count + place(board, row + 1);
      board.cols[col] = false;
      board.diag1[d1] = false;
      board.diag2[d2] = false;
    }
  }
  return count;
}

function falses(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(false);
  return a;
}

function solve(n) {
  const board = {
    n: n,
    cols: falses(n),
    diag1: falses(2 * n - 1),
    diag2: falses(2 * n - 1),
    queens: falses(n)
  };
  return place(board, 0);
}

let total = 0;
for (let r = 0; r < ROUNDS; r++) {
  total = total + solve(N);
}
console.log(total);
