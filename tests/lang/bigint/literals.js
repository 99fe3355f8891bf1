// BigInt literals in every radix, with separators; typeof; how they print
// (console.log, inside arrays and objects, String, templates, + with strings).
const values = [0n, 1n, -1n, 0x1fn, 0XFFn, 0o17n, 0b1011n, 1_000_000n, 123456789012345678901234567890n];
console.log(...values);
console.log(values);
console.log({ a: 1n, b: [2n, { c: -3n }] });
console.log(typeof 1n, typeof Object(1n), typeof BigInt);
console.log(String(42n), `${-7n} and ${0x10n}`, "x" + 5n, 5n + "x", [1n, 2n] + "", String([1n, [2n]]));
console.log(Object(5n), [Object(-2n)], { w: Object(0n) });
console.log("%d %i %s", 10n, 11n, 12n);
console.log(1n.toString(), 0x10n.constructor === BigInt, { 1n: "key" });
const big = 2n ** 200n;
console.log(big, -big);
// expect: 0n 1n -1n 31n 255n 15n 11n 1000000n 123456789012345678901234567890n
// expect: [
// expect:   0n,
// expect:   1n,
// expect:   -1n,
// expect:   31n,
// expect:   255n,
// expect:   15n,
// expect:   11n,
// expect:   1000000n,
// expect:   123456789012345678901234567890n
// expect: ]
// expect: { a: 1n, b: [ 2n, { c: -3n } ] }
// expect: bigint object function
// expect: 42 -7 and 16 x5 5x 1,2 1,2
// expect: [BigInt: 5n] [ [BigInt: -2n] ] { w: [BigInt: 0n] }
// expect: 10n 11n 12n
// expect: 1 true { '1': 'key' }
// expect: 1606938044258990275541962092341162602522202993782792835301376n -1606938044258990275541962092341162602522202993782792835301376n
