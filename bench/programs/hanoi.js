// hanoi: the Towers of Hanoi with three arrays as stacks (push/pop); every
// move checks that no disk lands on a smaller one.
const DISKS = 22;
const ROUNDS = 3;

function moveDisk(game, from, to) {
  const src = game.pegs[from];
  const dst = game.pegs[to];
  const disk = src.pop();
  if (dst.length > 0 && dst[dst.length - 1] < disk) game.errors = game.errors + 1;
  dst.push(disk);
  game.moves = game.moves + 1;
}

function move(game, n, from, to, via) {
  if (n === 0) return;
  move(game, n - 1, from, via, to);
  moveDisk(game, from, to);
  move(game, n - 1, via, to, from);
}

function play(n) {
  const game = { pegs: [[], [], []], moves: 0, errors: 0 };
  for (let d = n; d > 0; d--) game.pegs[0].push(d);
  move(game, n, 0, 2, 1);
  // Every disk must end on the last peg, largest at the bottom.
  const last = game.pegs[2];
  for (let i = 0; i < last.length; i++) {
    if (last[i] !== n - i) game.errors = game.errors + 1;
  }
  return game.moves + game.errors * 1000000000;
}

let total = 0;
for (let r = 0; r < ROUNDS; r++) total = total + play(DISKS);
console.log(total);
