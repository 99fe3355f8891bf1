// continue in do-while jumps to the condition check.
let i = 0;
let seen = "";
do {
  i++;
  if (i === 2) continue;
  if (i === 5) break;
  seen += i;
} while (i < 10);
console.log(seen, i); // expect: 134 5
let n = 0;
let evaluations = 0;
function check() { evaluations++; return n < 3; }
do {
  n++;
  continue;
} while (check());
console.log(n, evaluations); // expect: 3 3
