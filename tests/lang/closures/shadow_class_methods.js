// Class methods: their own parameters and locals shadow, the names they
// do not bind are captured; a class sees its own name in its body.
function build() {
  let scale = 3, v = 'outer v';
  class P {
    constructor(v) { this.v = v; }
    scaled() { const scale = 10; return this.v * scale; }
    outer() { return scale + ':' + v; }
    static make(x) { return new P(x); }
  }
  scale = 4;
  const Q = class { static who() { const P = 'shadow'; return P; } };
  return [P.make(2).scaled(), P.make(1).outer(), Q.who(), P.make(5).v];
}
console.log(build().join(' '));
// expect: 20 4:outer v shadow 5
