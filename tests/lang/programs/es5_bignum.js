// Crypto-style multi-precision arithmetic: numbers are little-endian arrays of
// 16-bit limbs, with carries propagated through `>>> 16` and `& 0xffff`;
// modular exponentiation of a toy RSA key, a closure module as the namespace.
var Big = (function () {
  var BITS = 16, MASK = 0xffff;
  function BigNum(limbs) { this.limbs = limbs; this.trim(); }
  BigNum.prototype.trim = function () {
    var l = this.limbs;
    while (l.length > 1 && l[l.length - 1] === 0) l.pop();
    return this;
  };
  BigNum.fromInt = function (n) {
    var l = [];
    n = n >>> 0;
    do { l.push(n & MASK); n = n >>> BITS; } while (n > 0);
    return new BigNum(l);
  };
  BigNum.fromHex = function (s) {
    var l = [], i = s.length;
    while (i > 0) {
      var start = i - 4 < 0 ? 0 : i - 4;
      l.push(parseInt(s.substring(start, i), 16));
      i = start;
    }
    return new BigNum(l);
  };
  BigNum.prototype.isZero = function () { return this.limbs.length === 1 && this.limbs[0] === 0; };
  BigNum.prototype.compare = function (o) {
    var a = this.limbs, b = o.limbs;
    if (a.length !== b.length) return a.length < b.length ? -1 : 1;
    for (var i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  };
  BigNum.prototype.add = function (o) {
    var a = this.limbs, b = o.limbs, n = Math.max(a.length, b.length), r = new Array(n + 1), c = 0;
    for (var i = 0; i < n; i++) {
      var s = (a[i] | 0) + (b[i] | 0) + c;
      r[i] = s & MASK;
      c = s >>> BITS;
    }
    r[n] = c;
    return new BigNum(r);
  };
  BigNum.prototype.sub = function (o) {
    var a = this.limbs, b = o.limbs, r = new Array(a.length), borrow = 0;
    for (var i = 0; i < a.length; i++) {
      var d = a[i] - (b[i] | 0) - borrow;
      borrow = d < 0 ? 1 : 0;
      r[i] = d & MASK;
    }
    return new BigNum(r);
  };
  BigNum.prototype.mul = function (o) {
    var a = this.limbs, b = o.limbs, r = new Array(a.length + b.length);
    for (var k = 0; k < r.length; k++) r[k] = 0;
    for (var i = 0; i < a.length; i++) {
      var c = 0, ai = a[i];
      for (var j = 0; j < b.length; j++) {
        var t = ai * b[j] + r[i + j] + c;
        r[i + j] = t & MASK;
        c = Math.floor(t / 65536);
      }
      r[i + b.length] = c;
    }
    return new BigNum(r);
  };
  BigNum.prototype.shiftLeft1 = function () {
    var a = this.limbs, r = new Array(a.length + 1), c = 0;
    for (var i = 0; i < a.length; i++) { var v = (a[i] << 1) | c; r[i] = v & MASK; c = v >>> 16; }
    r[a.length] = c;
    return new BigNum(r);
  };
  BigNum.prototype.bitLength = function () {
    var top = this.limbs[this.limbs.length - 1], n = (this.limbs.length - 1) * BITS;
    while (top > 0) { n++; top >>>= 1; }
    return n;
  };
  BigNum.prototype.testBit = function (i) { return (this.limbs[i >> 4] >>> (i & 15)) & 1; };
  // Schoolbook remainder by shift-and-subtract, bit at a time.
  BigNum.prototype.mod = function (m) {
    var r = BigNum.fromInt(0);
    for (var i = this.bitLength() - 1; i >= 0; i--) {
      r = r.shiftLeft1();
      if (this.testBit(i)) r.limbs[0] |= 1;
      if (r.compare(m) >= 0) r = r.sub(m);
    }
    return r;
  };
  BigNum.prototype.modPow = function (e, m) {
    var result = BigNum.fromInt(1), base = this.mod(m);
    for (var i = 0, n = e.bitLength(); i < n; i++) {
      if (e.testBit(i)) result = result.mul(base).mod(m);
      base = base.mul(base).mod(m);
    }
    return result;
  };
  var HEX = "0123456789abcdef";
  BigNum.prototype.toString = function () {
    var s = "";
    for (var i = this.limbs.length - 1; i >= 0; i--) {
      var v = this.limbs[i];
      for (var sh = 12; sh >= 0; sh -= 4) s += HEX.charAt((v >>> sh) & 15);
    }
    var z = 0;
    while (z < s.length - 1 && s.charCodeAt(z) === 48) z++;
    return s.substring(z);
  };
  BigNum.prototype.checksum = function () {
    var h = 0x811c9dc5;
    for (var i = 0; i < this.limbs.length; i++) { h ^= this.limbs[i]; h = Math.imul(h, 16777619) >>> 0; }
    return h;
  };
  return { BigNum: BigNum, fromInt: BigNum.fromInt, fromHex: BigNum.fromHex };
})();

var p = Big.fromHex("f1a2b3c4d5e6f7a9"), q = Big.fromHex("c3d2e1f0a9b8c7d5");
var n = p.mul(q);
console.log("n =", n.toString(), n.bitLength());
var e = Big.fromInt(65537);
var msgs = ["1234567", "deadbeef", "abcdef0123", "7"];
var sum = 0;
for (var i = 0; i < msgs.length; i++) {
  var m = Big.fromHex(msgs[i]);
  var c = m.modPow(e, n);
  console.log(msgs[i], "->", String(c));
  sum = (sum + c.checksum()) >>> 0;
}
var acc = Big.fromInt(1);
for (var k = 1; k <= 30; k++) acc = acc.mul(Big.fromInt(k));
console.log("30! =", acc.toString(), acc.add(Big.fromInt(1)).sub(acc).toString());
console.log("cmp", p.compare(q), q.compare(p), p.compare(p), Big.fromInt(0).isZero());
var fib = [Big.fromInt(0), Big.fromInt(1)];
for (var f = 2; f < 200; f++) fib.push(fib[f - 1].add(fib[f - 2]));
console.log("fib199 =", fib[199].toString(), fib[199].mod(Big.fromInt(1000003)).toString());
console.log("checksum", sum, acc.checksum());

// Node prints:
// expect: n = b8d5fba98f21c0e218a283fd16286e9d 128
// expect: 1234567 -> b71bc90c61c71faccc296c725fa67b46
// expect: deadbeef -> 2c99d199bec6f7a567ae979b1d6d487f
// expect: abcdef0123 -> b1072e87b2e01651b8f566b88632debe
// expect: 7 -> 203cbb6daf64069e8125be9e1425499c
// expect: 30! = d13f6370f96865df5dd54000000 1
// expect: cmp 1 -1 0 true
// expect: fib199 = 1fd958ecbbfa9c5f156433dab30123b728d 531fa
// expect: checksum 2835541126 4262489645
