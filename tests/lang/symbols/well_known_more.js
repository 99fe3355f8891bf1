// The other well-known symbols: Symbol.species (a getter returning this
// on the constructors that have one), Symbol.unscopables (Array.prototype's
// list), and Symbol.match/matchAll/replace/search/split, which String.prototype's
// namesakes hand an object argument to (RegExp.prototype has them too);
// replaceAll and matchAll refuse an object that says it is a RegExp
// (a truthy Symbol.match) without the g flag.
console.log(Symbol.asyncIterator.toString(), typeof Symbol.species, String(Symbol.match), Symbol.unscopables.description);
console.log(Array[Symbol.species] === Array, Map[Symbol.species] === Map, Promise[Symbol.species] === Promise, RegExp[Symbol.species] === RegExp);
class A extends Array {} console.log(A[Symbol.species] === A);
console.log(Object.getOwnPropertyNames(Symbol).sort().join());
console.log(Array.prototype[Symbol.unscopables]);
console.log(Object.getOwnPropertyDescriptor(Array, Symbol.species).get.name, Object.getOwnPropertySymbols(Array));
const re = { [Symbol.split](s, l) { return ["custom", s, l]; }, [Symbol.replace](s, r) { return "R" + s + r; }, [Symbol.search](s) { return 42; }, [Symbol.match](s) { return ["M" + s]; }, [Symbol.matchAll](s) { return ["MA" + s]; } };
console.log("abc".split(re, 3), "abc".replace(re, "x"), "abc".search(re), "abc".match(re));
console.log(/b/[Symbol.replace]("abc", "X"), /b/g[Symbol.match]("abcb"), /b/[Symbol.search]("abc"), /,/[Symbol.split]("a,b,c"), [.../\d/g[Symbol.matchAll]("a1b2")].map(m => m[0]));
console.log(typeof RegExp.prototype[Symbol.replace], RegExp.prototype[Symbol.split].name, RegExp.prototype[Symbol.match].length);
try { RegExp.prototype[Symbol.replace].call({}, "a", "b"); } catch (e) { console.log(e.message); }
console.log("a-b".split({ [Symbol.split]: undefined, toString() { return "-"; } }));
console.log(Object.getOwnPropertySymbols(RegExp.prototype), Object.getOwnPropertySymbols(Array.prototype));
const fake = { [Symbol.match]: true, flags: "i", [Symbol.replace]() { return "never"; } };
try { "abc".replaceAll(fake, "y"); } catch (e) { console.log(e.message); }
try { "abc".matchAll(fake); } catch (e) { console.log(e.message); }
const fakeG = { [Symbol.match]: true, flags: "g", [Symbol.replace](s, r) { return "fake:" + s + r; }, [Symbol.matchAll](s) { return "fm:" + s; } };
console.log("abc".replaceAll(fakeG, "y"), "abc".matchAll(fakeG));
// expect: Symbol(Symbol.asyncIterator) symbol Symbol(Symbol.match) Symbol.unscopables
// expect: true true true true
// expect: true
// expect: asyncDispose,asyncIterator,dispose,for,hasInstance,isConcatSpreadable,iterator,keyFor,length,match,matchAll,name,prototype,replace,search,species,split,toPrimitive,toStringTag,unscopables
// expect: [Object: null prototype] {
// expect:   at: true,
// expect:   copyWithin: true,
// expect:   entries: true,
// expect:   fill: true,
// expect:   find: true,
// expect:   findIndex: true,
// expect:   findLast: true,
// expect:   findLastIndex: true,
// expect:   flat: true,
// expect:   flatMap: true,
// expect:   includes: true,
// expect:   keys: true,
// expect:   values: true,
// expect:   toReversed: true,
// expect:   toSorted: true,
// expect:   toSpliced: true
// expect: }
// expect: get [Symbol.species] [ Symbol(Symbol.species) ]
// expect: [ 'custom', 'abc', 3 ] Rabcx 42 [ 'Mabc' ]
// expect: aXc [ 'b', 'b' ] 1 [ 'a', 'b', 'c' ] [ '1', '2' ]
// expect: function [Symbol.split] 1
// expect: Method RegExp.prototype.exec called on incompatible receiver #<Object>
// expect: [ 'a', 'b' ]
// expect: [
// expect:   Symbol(Symbol.match),
// expect:   Symbol(Symbol.matchAll),
// expect:   Symbol(Symbol.replace),
// expect:   Symbol(Symbol.search),
// expect:   Symbol(Symbol.split)
// expect: ] [ Symbol(Symbol.iterator), Symbol(Symbol.unscopables) ]
// expect: String.prototype.replaceAll called with a non-global RegExp argument
// expect: String.prototype.matchAll called with a non-global RegExp argument
// expect: fake:abcy fm:abc
