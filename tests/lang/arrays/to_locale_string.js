// Array.prototype.toLocaleString: each element's toLocaleString, null,
// undefined and holes empty, a cycle empty.
console.log([1234.5, null, undefined, "x", [5, 6], , 7].toLocaleString()); // expect: 1,234.5,,,x,5,6,,7
var c = [1];
c.push(c);
console.log(c.toLocaleString(), [].toLocaleString() === ""); // expect: 1, true
console.log([{ toLocaleString() { return "L"; } }].toLocaleString()); // expect: L
console.log(Array.prototype.toLocaleString.call({ length: 2, 0: 1e6 })); // expect: 1,000,000,
