// BigInt(x), BigInt.asIntN/asUintN, BigInt.prototype's methods, and what
// other built-ins make of a BigInt (Number, parseInt, JSON, Object).
console.log(BigInt(5), BigInt(-0), BigInt(2 ** 60), BigInt(1e21), BigInt(true), BigInt(false));
console.log(BigInt("123"), BigInt("  -42  "), BigInt("0x1F"), BigInt("0b101"), BigInt("0o17"), BigInt(""), BigInt("+7"));
console.log(BigInt({ valueOf: () => 9 }), BigInt([12]), BigInt(Object(3n)));
console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asIntN(64, 2n ** 63n));
console.log(BigInt.asIntN(0, 5n), BigInt.asUintN(200, 5n), BigInt.asIntN(3, "7"), BigInt.asUintN(1, true));
console.log((255n).toString(16), (-255n).toString(2), (35n).toString(36), (10n ** 25n).toString(), (123n).toString(undefined));
console.log((1234567n).toLocaleString(), (-1000n).toLocaleString(), (999n).toLocaleString(), Object(7n).valueOf(), (8n).valueOf());
console.log(Number(1n), Number(-(2n ** 64n)), Number(2n ** 53n + 1n), Number(2n ** 2000n), parseInt("99n"), parseFloat(5n), +String(3n));
console.log(JSON.stringify({ a: 1 }, (k, v) => (typeof v === "bigint" ? `${v}n` : v)));
console.log(Object.prototype.toString.call(1n), Object(1n) instanceof BigInt, 1n instanceof BigInt, BigInt.name, BigInt.length);
console.log(Object.getOwnPropertyNames(BigInt.prototype), BigInt.prototype[Symbol.toStringTag]);
BigInt.prototype.toJSON = function () {
  return `${this}n`;
};
console.log(JSON.stringify([1n, { b: -2n }]));
delete BigInt.prototype.toJSON;
// expect: 5n 0n 1152921504606846976n 1000000000000000000000n 1n 0n
// expect: 123n -42n 31n 5n 15n 0n 7n
// expect: 9n 12n 3n
// expect: -1n -128n 255n 18446744073709551615n -9223372036854775808n
// expect: 0n 5n -1n 1n
// expect: ff -11111111 z 10000000000000000000000000 123
// expect: 1,234,567 -1,000 999 7n 8n
// expect: 1 -18446744073709552000 9007199254740992 Infinity 99 5 3
// expect: {"a":1}
// expect: [object BigInt] true false BigInt 1
// expect: [ 'constructor', 'toLocaleString', 'toString', 'valueOf' ] BigInt
// expect: ["1n",{"b":"-2n"}]
