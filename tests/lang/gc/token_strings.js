// A tokenizer's strings, built a unit at a time with `+`: most die young
// (every step but the last of each token), some survive in a table, and
// a surviving short view shares its buffer with a longer one that died.
// The sweep frees dead strings a few cells late (their buffers' counts
// prefetched) and marking counts live buffers a few strings late: what
// survives must read back intact, in every tier and under --gc-stress.
const kept = [];
let h = 0;
for (let round = 0; round < 40; round++) {
  for (let t = 0; t < 200; t++) {
    let s = "";
    const len = 2 + ((t * 7 + round) % 9);
    for (let i = 0; i < len; i++) {
      s = s + String.fromCharCode(97 + ((t + i * 3 + round) % 26));
      if (i === 1 && t % 50 === 0) kept.push(s);
    }
    h = (h * 33 + s.length + s.charCodeAt(len - 1)) % 1000000007;
    if (t % 40 === 0) kept.push(s);
  }
}
let k = 0;
for (const s of kept) {
  for (let i = 0; i < s.length; i++) k = (k * 31 + s.charCodeAt(i)) % 1000000007;
}
console.log(kept.length, h, k); // expect: 360 895909272 622264110
console.log(kept[0], kept[1], kept[kept.length - 1]); // expect: ad ad ruxadgjmp
