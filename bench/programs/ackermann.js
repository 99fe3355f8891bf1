// ackermann: deep, irregular recursion. ack(3, 10) = 8189, about 44 million
// calls, up to ~8200 frames deep.
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(3, 10));
