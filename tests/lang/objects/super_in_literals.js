// super.x in object-literal methods (and their arrows and getters): the home object is the literal.
const base = { hi() { return "base hi " + this.n; }, get g() { return "base g"; } };
const obj = { __proto__: base, n: 1, hi() { return "own, " + super.hi(); }, more() { return [1].map(() => super.hi())[0]; }, get g() { return super.g + "!"; } };
console.log(obj.hi(), obj.more(), obj.g, Object.keys(obj), obj);
const o2 = { n: 2, hi() { return super.toString === Object.prototype.toString; } };
console.log(o2.hi(), o2.hi.name);
// expect: own, base hi 1 base hi 1 base g! [ 'n', 'hi', 'more', 'g' ] { n: 1, hi: [Function: hi], more: [Function: more], g: [Getter] }
// expect: true hi
