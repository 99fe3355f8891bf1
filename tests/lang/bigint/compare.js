// Comparison and equality of BigInts with BigInts, numbers and strings
// (exact, whatever the magnitude), truthiness, switch, Map and Set keys.
console.log(1n < 2n, 2n <= 2n, 3n > 2n, 1n >= 2n, 1n < 2, 2n > 1.5, 2n < 2.5, -1n > -1.5, 1n < NaN, 1n > -Infinity);
console.log(2n > "1", "10" > 9n, 1n < "x", 1n > "x", "0x10" == 16n, " 12 " == 12n, "" == 0n, "1.0" == 1n);
console.log(1n == 1, 1n === 1, 1n == 1.5, 0n == false, 1n == true, 2n == true, 1n != 2, null == 0n, undefined == 0n);
console.log(2n ** 53n + 1n == 2 ** 53, 2n ** 53n + 1n > 2 ** 53, 9007199254740993n > 9007199254740992, 2n ** 1024n > Infinity);
console.log(10n ** 30n === 10n ** 30n, 1n === 1n, Object(1n) == 1n, Object(1n) === 1n, [1n] == 1n);
console.log(0n ? "yes" : "no", -0n ? "yes" : "no", 1n ? "yes" : "no", !0n, !!3n, 0n || "dflt", 2n && "and", 0n ?? "n");
for (const v of [3n, 3, "3", 4n]) {
  switch (v) {
    case 3:
      console.log("number 3");
      break;
    case 3n:
      console.log("bigint 3");
      break;
    case 2n + 2n:
      console.log("bigint 4");
      break;
    default:
      console.log("other", typeof v);
  }
}
const s = new Set([1n, 2n - 1n, 1, "1", 10n ** 20n, 10n ** 20n]);
console.log(s.size, s.has(1n), s.has(3n - 2n), [...s]);
const m = new Map([[5n, "five"]]);
m.set(2n + 3n, "FIVE");
console.log(m.size, m.get(5n), m.get(5), [1n, 2n].includes(4n / 2n), [1n, 2n].indexOf(2n), Object.is(0n, -0n));
console.log([3n, -1n, 2n, 10n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), [30n, 4n, 100n].sort());
// expect: true true true false true true true true false true
// expect: true true false false true true true false
// expect: true false false true true false true false false
// expect: false true true false
// expect: true true true false true
// expect: no no yes true true dflt and 0n
// expect: bigint 3
// expect: number 3
// expect: other string
// expect: bigint 4
// expect: 4 true true [ 1n, 1, '1', 100000000000000000000n ]
// expect: 1 FIVE undefined true 1 true
// expect: [ -1n, 2n, 3n, 10n ] [ 100n, 30n, 4n ]
