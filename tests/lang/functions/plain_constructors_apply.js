// Prototype.js-style classes: one shared constructor closure that forwards
// `arguments` to `initialize` through apply, called with `new` from
// compiled code (construct_plain), at a site that sees many classes (the
// megamorphic cache's prototype entries).
var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };
var names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
var classes = names.map(function (n, k) {
  var C = Class.create();
  C.prototype = { initialize: function (x, y) { this.tag = n; this.v = x * k + (y || 0); } };
  return C;
});
var sum = 0, tags = '';
for (var i = 0; i < 3000; i++) {
  var o = new classes[i % classes.length](i, i % 3);
  sum += o.v;
  if (i < 7) tags += o.tag;
}
console.log(sum, tags);
// expect: 13492504 ABCDEFG

// The result of a plain constructor: an object replaces `this`, a primitive does not.
function Box(v) { this.v = v; if (v > 2) return { replaced: v }; return 7; }
var out = [];
for (var j = 0; j < 2000; j++) { var b = new Box(j % 4); if (j < 4) out.push(JSON.stringify(b)); }
console.log(out.join(' '));
// expect: {"v":0} {"v":1} {"v":2} {"replaced":3}

// A prototype that is not an object: the new object inherits from Object.prototype.
function P() { this.k = 1; }
var protos = [null, 5, { hi: 'there' }];
var seen = [];
for (var m = 0; m < 1500; m++) { P.prototype = protos[m % 3]; var q = new P(); if (m < 3) seen.push(Object.getPrototypeOf(q) === Object.prototype, q.hi); }
console.log(seen.join(' '));
// expect: true  true  false there

// new.target and instanceof through the compiled path; arguments of any count.
function T() { this.nt = new.target === T; this.n = arguments.length; this.last = arguments[arguments.length - 1]; }
var ok = 0;
for (var z = 0; z < 2000; z++) { var t = new T(1, 2, z); if (t.nt && t instanceof T && t.n === 3 && t.last === z) ok++; }
console.log(ok);
// expect: 2000

// Loose equality of objects against objects, null and undefined in a hot loop.
var a = {}, c = {}, list = [a, c, null, undefined, a];
var eq = 0, ne = 0;
for (var r = 0; r < 5000; r++) { var x = list[r % 5]; if (x == a) eq++; if (x != c) ne++; if (x == null) eq += 10; }
console.log(eq, ne);
// expect: 22000 4000

// Truthiness of doubles: ±0 and NaN are falsy.
var ds = [0.5, -0, NaN, 2.25, -1.5], truthy = 0;
for (var w = 0; w < 5000; w++) { var dv = ds[w % 5] * 1; if (dv) truthy++; truthy += dv ? 0 : 100; }
console.log(truthy);
// expect: 203000
