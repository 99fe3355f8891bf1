// Math and JSON carry a Symbol.toStringTag: node prints them tagged, and
// Object.prototype.toString names them.
console.log(Math, JSON); // expect: Object [Math] {} Object [JSON] {}
console.log([Math]); // expect: [ Object [Math] {} ]
console.log(Object.prototype.toString.call(Math), String(JSON)); // expect: [object Math] [object JSON]
Math.extra = 1;
console.log(Math); // expect: Object [Math] { extra: 1 }
