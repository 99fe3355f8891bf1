// Object.create, getPrototypeOf, setPrototypeOf, isPrototypeOf.
var animal = { speak: function () { return this.name + " makes a sound"; } };
var dog = Object.create(animal);
dog.name = "Rex";
console.log(dog.speak()); // expect: Rex makes a sound
console.log(Object.getPrototypeOf(dog) === animal); // expect: true
console.log(animal.isPrototypeOf(dog), dog.isPrototypeOf(animal), Object.prototype.isPrototypeOf(dog)); // expect: true false true
console.log(JSON.stringify(Object.keys(dog)), "speak" in dog, dog.hasOwnProperty("speak")); // expect: ["name"] true false
var bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), JSON.stringify(bare), "toString" in bare); // expect: null {"x":1} false
var withProps = Object.create(animal, { name: { value: "Tom", enumerable: true }, hidden: { value: 1 } });
console.log(withProps.speak(), JSON.stringify(Object.keys(withProps)), withProps.hidden); // expect: Tom makes a sound ["name"] 1
var cat = { name: "Kitty" };
console.log(Object.setPrototypeOf(cat, animal) === cat, cat.speak()); // expect: true Kitty makes a sound
Object.setPrototypeOf(cat, null);
console.log(Object.getPrototypeOf(cat), typeof cat.speak); // expect: null undefined
console.log(Object.getPrototypeOf([]) === Object.getPrototypeOf([1]), Object.getPrototypeOf({}) === Object.prototype); // expect: true true
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(1) === Object.getPrototypeOf(2)); // expect: null true
function Shape() {}
var s = new Shape();
console.log(Object.getPrototypeOf(s) === Shape.prototype, Shape.prototype.isPrototypeOf(s), s instanceof Shape); // expect: true true true
console.log(Object.setPrototypeOf(1, null)); // expect: 1
