// Conversions that throw with node's wording.
const s = Symbol("q");
try { s + ""; } catch (e) { console.log(e.constructor.name, e.message); }
try { "" + s; } catch (e) { console.log(e.message); }
try { s + 1; } catch (e) { console.log(e.message); }
try { +s; } catch (e) { console.log(e.message); }
try { s < 1; } catch (e) { console.log(e.message); }
try { `${s}`; } catch (e) { console.log(e.message); }
try { new Symbol(); } catch (e) { console.log(e.message); }
try { Symbol.keyFor("x"); } catch (e) { console.log(e.message); }
console.log([s].length, String(s), s.toString(), Object.prototype.toString.call(s));
console.log(JSON.stringify([s, 1]), JSON.stringify({ a: s }), JSON.stringify(s));
`${s}`;
// expect: TypeError Cannot convert a Symbol value to a string
// expect: Cannot convert a Symbol value to a string
// expect: Cannot convert a Symbol value to a number
// expect: Cannot convert a Symbol value to a number
// expect: Cannot convert a Symbol value to a number
// expect: Cannot convert a Symbol value to a string
// expect: Symbol is not a constructor
// expect: x is not a symbol
// expect: 1 Symbol(q) Symbol(q) [object Symbol]
// expect: [null,1] {} undefined
// expect error: TypeError: Cannot convert a Symbol value to a string
