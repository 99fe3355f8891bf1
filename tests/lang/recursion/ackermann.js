// The Ackermann function for small arguments.
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(0, 0)); // expect: 1
console.log(ack(1, 2)); // expect: 4
console.log(ack(2, 3)); // expect: 9
console.log(ack(3, 3)); // expect: 61
console.log(ack(3, 5)); // expect: 253
