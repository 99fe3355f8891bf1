// Errors with node's wording.
try { Map(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Set(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map([1]); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map().forEach(3); } catch (e) { console.log(e.constructor.name, e.message); }
new Set(7);
// expect: TypeError Constructor Map requires 'new'
// expect: TypeError Constructor Set requires 'new'
// expect: TypeError Iterator value 1 is not an entry object
// expect: TypeError number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError Method Map.prototype.get called on incompatible receiver #<Object>
// expect: TypeError number 3 is not a function
// expect error: TypeError: number 7 is not iterable (cannot read property Symbol(Symbol.iterator))
