// Symbol.toPrimitive, Symbol.hasInstance and Symbol.toStringTag, as
// conversions, instanceof and Object.prototype.toString honour them.
const o = { [Symbol.toPrimitive](hint) { return hint === "number" ? 42 : "str:" + hint; } };
console.log(+o, `${o}`, o + "", o * 2, o == "str:default", String(o), [o].join());
class Money {
  constructor(n) { this.n = n; }
  [Symbol.toPrimitive](hint) { return hint === "string" ? `$${this.n}` : this.n; }
}
const m = new Money(5);
console.log(m + 1, `${m}`, m > 4, Math.max(m, 3), [m, m].join("|"));
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { ({ [Symbol.toPrimitive]: 1 }) + 1; } catch (e) { console.log(e.message); }
try { ({ [Symbol.toPrimitive]: "x" }) + 1; } catch (e) { console.log(e.message); }
console.log(({ [Symbol.toPrimitive]: undefined, valueOf() { return 7; } }) + 1);
const withGetter = { get [Symbol.toPrimitive]() { return () => "via getter"; } };
console.log(`${withGetter}`);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const likeArray = { [Symbol.hasInstance]: (x) => Array.isArray(x) };
console.log([] instanceof likeArray, {} instanceof likeArray);
try { 1 instanceof 2; } catch (e) { console.log(e.message); }
try { 1 instanceof {}; } catch (e) { console.log(e.message); }
try { ({}) instanceof { [Symbol.hasInstance]: 3 }; } catch (e) { console.log(e.message); }
class Tagged { get [Symbol.toStringTag]() { return "Tee"; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
console.log(typeof Symbol.toPrimitive, Symbol.toPrimitive, Symbol.hasInstance.description);
console.log(Symbol("abc").description, Symbol().description, Symbol.for("k") === Symbol.for("k"));
// expect: 42 str:string str:default 84 true str:string str:string
// expect: 6 $5 true 5 $5|$5
// expect: TypeError Cannot convert object to primitive value
// expect: number 1 is not a function
// expect: string "x" is not a function
// expect: 8
// expect: via getter
// expect: true false
// expect: true false
// expect: Right-hand side of 'instanceof' is not an object
// expect: Right-hand side of 'instanceof' is not callable
// expect: number 3 is not a function
// expect: [object Tee] [object Tee]
// expect: symbol Symbol(Symbol.toPrimitive) Symbol.hasInstance
// expect: abc undefined true
