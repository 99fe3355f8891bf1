// Every TypeError, RangeError and SyntaxError of BigInt, with V8's words.
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
};
let b = 1n;
t(() => b + 1);
t(() => 1 * b);
t(() => b - 1);
t(() => b -= 1);
t(() => b / 0n);
t(() => b % 0n);
t(() => 2n ** -1n);
t(() => +b);
t(() => b >>> 1n);
t(() => b | 1);
t(() => Math.max(1n));
t(() => Math.sqrt(4n));
t(() => isNaN(1n));
t(() => new BigInt(1));
t(() => BigInt(1.5));
t(() => BigInt(NaN));
t(() => BigInt(-Infinity));
t(() => BigInt("1.5"));
t(() => BigInt("12n"));
t(() => BigInt("1_000"));
t(() => BigInt("-0x10"));
t(() => BigInt(undefined));
t(() => BigInt(null));
t(() => BigInt(Symbol("s")));
t(() => BigInt.asIntN(-1, 1n));
t(() => BigInt.asIntN(8, 1));
t(() => BigInt.asUintN(8, "x"));
t(() => (1n).toString(1));
t(() => (1n).toString(37));
t(() => BigInt.prototype.toString.call(1));
t(() => BigInt.prototype.valueOf.call("1"));
t(() => JSON.stringify({ a: 1n }));
t(() => 1n << (2n ** 40n));
t(() => 2n ** (2n ** 40n));
t(() => 1n < Symbol());
t(() => new Uint8Array([1n]));
console.log(b + 1);
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: RangeError: Division by zero
// expect: RangeError: Division by zero
// expect: RangeError: undefined must be positive
// expect: TypeError: Cannot convert a BigInt value to a number
// expect: TypeError: BigInts have no unsigned right shift, use >> instead
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError: Cannot convert a BigInt value to a number
// expect: TypeError: Cannot convert a BigInt value to a number
// expect: TypeError: Cannot convert a BigInt value to a number
// expect: TypeError: BigInt is not a constructor
// expect: RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer
// expect: RangeError: The number NaN cannot be converted to a BigInt because it is not an integer
// expect: RangeError: The number -Infinity cannot be converted to a BigInt because it is not an integer
// expect: SyntaxError: Cannot convert 1.5 to a BigInt
// expect: SyntaxError: Cannot convert 12n to a BigInt
// expect: SyntaxError: Cannot convert 1_000 to a BigInt
// expect: SyntaxError: Cannot convert -0x10 to a BigInt
// expect: TypeError: Cannot convert undefined to a BigInt
// expect: TypeError: Cannot convert null to a BigInt
// expect: TypeError: Cannot convert Symbol(s) to a BigInt
// expect: RangeError: Invalid value: not (convertible to) a safe integer
// expect: TypeError: Cannot convert 1 to a BigInt
// expect: SyntaxError: Cannot convert x to a BigInt
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: TypeError: BigInt.prototype.toString requires that 'this' be a BigInt
// expect: TypeError: BigInt.prototype.valueOf requires that 'this' be a BigInt
// expect: TypeError: Do not know how to serialize a BigInt
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: TypeError: Cannot convert a Symbol value to a number
// expect: TypeError: Cannot convert a BigInt value to a number
// expect error: TypeError: Cannot mix BigInt and other types, use explicit conversions
