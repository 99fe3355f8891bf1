// Many short-lived BigInts, large and small, with some kept in arrays,
// maps and closures across collections: the collector traces and frees
// them like strings (their digits are a buffer the cell owns).
const kept = [];
const byValue = new Map();
let x = 1n;
for (let i = 0; i < 20000; i++) {
  x = (x * 6364136223846793005n + 1442695040888963407n) % (1n << 64n);
  const wide = x << BigInt(i % 300);
  if (i % 1000 === 0) {
    kept.push(wide);
    byValue.set(x, i);
  }
}
console.log(x, kept.length, kept[3] % 1000000007n, kept[19] >> 250n);
let found = 0;
for (const [k, v] of byValue) if (byValue.get(k + 0n) === v) found++;
console.log(found, byValue.size);
const fns = [];
for (let i = 0n; i < 50n; i++) fns.push(() => i * i * 10n ** 30n);
console.log(fns[49](), fns.reduce((a, f) => a + f(), 0n));
// expect: 10579850105631593249n 20 4773797n 0n
// expect: 20 20
// expect: 2401000000000000000000000000000000n 40425000000000000000000000000000000n
