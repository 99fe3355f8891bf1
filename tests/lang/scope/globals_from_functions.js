// Functions read and write global variables of every kind.
let total = 0;
var calls = 0;
const STEP = 5;
function add(n) {
  total = total + n * STEP;
  calls++;
  return total;
}
add(1);
add(2);
console.log(total, calls); // expect: 15 2
function readAll() { return total + calls + STEP; }
console.log(readAll()); // expect: 22
total = 100;
console.log(readAll()); // expect: 107
