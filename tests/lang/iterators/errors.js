// Protocol errors with V8's wording.
const p = { [Symbol.iterator]: 1 };
try { for (const x of p) {} } catch (e) { console.log(e.message); }
try { Array.from(p); } catch (e) { console.log(e.message); }
try { for (const x of { [Symbol.iterator]() { return 1; } }) {} } catch (e) { console.log(e.message); }
try { for (const x of { [Symbol.iterator]() { return { next() { return 1; } }; } }) {} } catch (e) { console.log(e.message); }
try { [...{}]; } catch (e) { console.log(e.message); }
try { const [a] = {}; } catch (e) { console.log(e.message); }
try { [].values().next.call({}); } catch (e) { console.log(e.message); }
for (const x of 5) {}
// expect: p is not iterable
// expect: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function
// expect: Result of the Symbol.iterator method is not an object
// expect: Iterator result 1 is not an object
// expect: {} is not iterable
// expect: {} is not iterable
// expect: Method Array Iterator.prototype.next called on incompatible receiver #<Object>
// expect error: TypeError: 5 is not iterable
