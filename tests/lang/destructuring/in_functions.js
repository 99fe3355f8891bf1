// Patterns in a function's locals, hot enough to be compiled.
function sum(pairs) {
  let total = 0;
  for (const [k, v] of pairs) total += k * v;
  for (let i = 0; i < pairs.length; i++) {
    const [a, b = 1] = pairs[i];
    const { length } = pairs[i];
    total += a + b + length;
  }
  return total;
}
let pairs = [];
for (let i = 0; i < 200; i++) pairs.push(i % 3 ? [i, i + 1] : [i]);
console.log(sum(pairs));
function swap(n) {
  let a = 1, b = 2;
  for (let i = 0; i < n; i++) [a, b] = [b, a];
  return [a, b];
}
console.log(swap(1001), swap(1000));
function pick(o) {
  const { name, tags: [first, ...more] = [], ...rest } = o;
  return name + ":" + first + ":" + more.length + ":" + Object.keys(rest).join(",");
}
console.log(pick({ name: "n", tags: ["a", "b", "c"], extra: 1, more: 2 }));
console.log(pick({ name: "m" }));
// expect: NaN
// expect: [ 2, 1 ] [ 1, 2 ]
// expect: n:a:2:extra,more
// expect: m:undefined:0:
