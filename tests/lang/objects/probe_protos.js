function Animal(name) { this.name = name; }
Animal.prototype.speak = function() { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function() { return Animal.prototype.speak.call(this) + ' (woof)'; };
var d = new Dog('Rex');
console.log(d.speak(), d instanceof Dog, d instanceof Animal, d.constructor.name, Object.getPrototypeOf(d) === Dog.prototype, d);
function Cat() {} Cat.prototype = { meow: function() { return 'meow'; } };
var c = new Cat(); console.log(c.constructor === Object, c.constructor.name, c instanceof Cat, c.meow(), c);
var o = Object.create(null); o.x = 1; console.log(o, 'toString' in o, Object.getPrototypeOf(o), String(Object.keys(o)));
var withDesc = Object.create({ base: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } }); console.log(withDesc, withDesc.hidden, withDesc.base);
var proto = { hello() { return 'hi ' + this.n; } }; var obj = { n: 'x' }; Object.setPrototypeOf(obj, proto); console.log(obj.hello(), proto.isPrototypeOf(obj), Object.prototype.isPrototypeOf.call(proto, obj));
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
try { ({}) instanceof 5; } catch (e) { console.log(e.message); }
try { ({}) instanceof {}; } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf(obj, 5); } catch (e) { console.log(e.message); }
try { var a1 = {}; var a2 = Object.create(a1); Object.setPrototypeOf(a1, a2); } catch (e) { console.log(e.message); }
try { obj.__proto__ = obj; } catch (e) { console.log(e.message); }
function F() { return { custom: true }; } console.log(new F(), new F() instanceof F);
function G() { return 5; } console.log(new G(), new G() instanceof G);
function Shape() {} Shape.prototype.area = function() { return 0; }; Shape.prototype.toString = function() { return '[Shape ' + this.area() + ']'; };
function Sq(s) { this.s = s; } Sq.prototype = new Shape(); Sq.prototype.area = function() { return this.s * this.s; };
console.log(String(new Sq(3)), '' + new Sq(2), `${new Sq(4)}`, [new Sq(1)].join());
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(Function.prototype) === Object.prototype);
console.log(Dog.prototype.isPrototypeOf(d), Animal.prototype.hasOwnProperty('speak'), d.hasOwnProperty('speak'), Object.getOwnPropertyNames(Dog.prototype));

// expect: Rex makes a sound (woof) true true Dog true Dog { name: 'Rex' }
// expect: true Object true meow {}
// expect: [Object: null prototype] { x: 1 } false null x
// expect: { own: 2 } 3 1
// expect: hi x true true
// expect: true false
// expect: Right-hand side of 'instanceof' is not an object
// expect: Right-hand side of 'instanceof' is not callable
// expect: Object prototype may only be an Object or null: 5
// expect: Cyclic __proto__ value
// expect: Cyclic __proto__ value
// expect: { custom: true } false
// expect: G {} true
// expect: [Shape 9] [Shape 4] [Shape 16] [Shape 1]
// expect: null true
// expect: true true false [ 'constructor', 'speak' ]
