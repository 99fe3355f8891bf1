// A class constructor's frame is `new C` (its `this` slot is not the object
// being made), and a static method's receiver is named by its class.
function second(s) { return s.split('\n')[1].replace(/\(.*\//, '(') }
class C { constructor() { this.s = new Error('ctor').stack } }
console.log(second(new C().s)); // expect:     at new C (stack_class_frames.js:4:36)
class D { x = 1; constructor() { this.s = new Error('ctor').stack } }
console.log(second(new D().s)); // expect:     at new D (stack_class_frames.js:6:43)
class E extends C { constructor() { super(); this.t = new Error('derived').stack } }
console.log(second(new E().t)); // expect:     at new E (stack_class_frames.js:8:55)
class G { static st() { return new Error().stack } }
console.log(second(G.st())); // expect:     at G.st (stack_class_frames.js:10:32)
class H extends G {}
console.log(second(H.st())); // expect:     at H.st (stack_class_frames.js:10:32)
