// Thousands of short-lived maps and sets: their tables count toward the
// next collection, and what survives it is intact.
const keep = [];
let total = 0;
for (let r = 0; r < 300; r++) {
  const m = new Map();
  const s = new Set();
  for (let i = 0; i < 300; i++) {
    m.set(i, { i });
    s.add('k' + i);
  }
  total += m.size + s.size;
  if (r % 100 === 0) keep.push(m);
}
console.log(total); // expect: 180000
console.log(keep.length, keep[2].get(299).i, keep[0].get(7).i); // expect: 3 299 7
