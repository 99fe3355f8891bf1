// Bit twiddling: a toy hash, rotations, 32-bit overflow into doubles.
function rotl(x, n) { return (x << n) | (x >>> (32 - n)); }
function mix(h, k) { k = Math.imul(k, 0xcc9e2d51); k = rotl(k, 15); k = Math.imul(k, 0x1b873593); h ^= k; h = rotl(h, 13); return (Math.imul(h, 5) + 0xe6546b64) | 0; }
function murmur(str, seed) {
  let h = seed | 0;
  for (let i = 0; i < str.length; i++) h = mix(h, str.charCodeAt(i));
  h ^= str.length; h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}
const words = ['', 'a', 'hello', 'The quick brown fox', 'ünïcödé', '日本語', '\u{1F600}x'];
for (const w of words) console.log(JSON.stringify(w), murmur(w, 0), murmur(w, 0x9747b28c).toString(16), (murmur(w, 1) | 0));
function add32(a, b) { const lsw = (a & 0xffff) + (b & 0xffff); const msw = (a >> 16) + (b >> 16) + (lsw >> 16); return (msw << 16) | (lsw & 0xffff); }
let acc = 0x67452301, big = 0;
for (let i = 0; i < 1000; i++) { acc = add32(acc, i * 0x10325476); big = big + acc; acc = acc ^ (acc << 7); }
console.log(acc, big, acc >>> 0, ~acc, -acc | 0, acc >> 31, acc >>> 31);
console.log(0x7fffffff + 1, (0x7fffffff + 1) | 0, 2147483647 * 2, -2147483648 - 1, (-2147483648 - 1) | 0, 4294967296 | 0, 4294967297 >>> 0);
console.log(1 << 32, 1 << 33, 1 >>> 32, -1 >> 40, 5 & -0, -0 | 0, NaN | 0, Infinity >>> 0, 1.9 | 0, -1.9 | 0, 2 ** 53 | 0, (2 ** 53 + 2) >>> 0);
console.log(Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.clz32(1), Math.clz32(0), Math.clz32(-1));
let crc = -1; const table = [];
for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; table.push(c >>> 0); }
for (const ch of 'stitch') crc = table[(crc ^ ch.charCodeAt(0)) & 0xff] ^ (crc >>> 8);
console.log((crc ^ -1) >>> 0, table[1], table[255], table.length);
let x = 1; for (let i = 0; i < 40; i++) x = x * 3 + 1; console.log(x, x % 1000, x | 0, x >>> 0);

// expect: "" 0 ebb6c228 1364076727
// expect: "a" 721651713 11caa9f5 -631233257
// expect: "hello" 449616461 70e9cdc1 1641515738
// expect: "The quick brown fox" 4222021877 e40dfabd 863920236
// expect: "ünïcödé" 3876971089 e9503eff 303285061
// expect: "日本語" 3046730174 ef16b406 98973362
// expect: "😀x" 1462441410 2830cdb0 2099060082
// expect: 783649865 -9377107776 783649865 -783649866 -783649865 0 0
// expect: 2147483648 -2147483648 4294967294 -2147483649 2147483647 0 1
// expect: 1 2 1 -1 0 0 0 0 1 -1 0 2
// expect: -8 -5 31 32 0
// expect: 675885512 1996959894 755167117 256
// expect: 18236498188585394000 176 1034936320 1034936320
