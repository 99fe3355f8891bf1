// base64 and hex codecs over strings built from charCodeAt/fromCharCode, a
// lookup table prefilled with Array(n), a seeded Park-Miller generator in
// place of Math.random, and round trips checked by a running checksum.
var Codec = (function () {
  var ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var decodeTable = Array(128);
  for (var i = 0; i < 128; i++) decodeTable[i] = -1;
  for (var j = 0; j < ALPHA.length; j++) decodeTable[ALPHA.charCodeAt(j)] = j;

  function encode(s) {
    var out = "", i = 0, n = s.length;
    for (; i + 2 < n; i += 3) {
      var v = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
      out += ALPHA.charAt((v >>> 18) & 63) + ALPHA.charAt((v >>> 12) & 63) +
        ALPHA.charAt((v >>> 6) & 63) + ALPHA.charAt(v & 63);
    }
    if (n - i === 1) {
      var a = s.charCodeAt(i) << 16;
      out += ALPHA.charAt(a >>> 18) + ALPHA.charAt((a >>> 12) & 63) + "==";
    } else if (n - i === 2) {
      var b = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8);
      out += ALPHA.charAt(b >>> 18) + ALPHA.charAt((b >>> 12) & 63) + ALPHA.charAt((b >>> 6) & 63) + "=";
    }
    return out;
  }

  function decode(s) {
    var parts = [], bits = 0, acc = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c === 61) break; // '='
      var d = c < 128 ? decodeTable[c] : -1;
      if (d < 0) throw new SyntaxError("bad base64 character at " + i);
      acc = ((acc << 6) | d) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        parts.push(String.fromCharCode((acc >>> bits) & 0xff));
      }
    }
    return parts.join("");
  }

  function hex(s) {
    var h = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      h.push((c < 16 ? "0" : "") + c.toString(16));
    }
    return h.join("");
  }
  return { encode: encode, decode: decode, hex: hex };
})();

function Rng(seed) { this.seed = seed; }
Rng.prototype.next = function () {
  // Park-Miller minimal standard, done in doubles so it stays exact.
  this.seed = (this.seed * 16807) % 2147483647;
  return this.seed;
};
Rng.prototype.byte = function () { return this.next() & 0xff; };

function randomBytes(rng, n) {
  var s = "";
  for (var i = 0; i < n; i++) s += String.fromCharCode(rng.byte());
  return s;
}
function adler32(s) {
  var a = 1, b = 0;
  for (var i = 0; i < s.length; i++) { a = (a + s.charCodeAt(i)) % 65521; b = (b + a) % 65521; }
  return ((b << 16) | a) >>> 0;
}

var samples = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."];
for (var k = 0; k < samples.length; k++) {
  var e = Codec.encode(samples[k]);
  console.log(JSON.stringify(samples[k]), e, Codec.decode(e) === samples[k]);
}
console.log(Codec.hex("\x00\x01\xfe\xff stitch"));

var rng = new Rng(42), total = 0, lengths = 0, ok = 0;
for (var r = 0; r < 300; r++) {
  var data = randomBytes(rng, 1 + (rng.next() % 200));
  var enc = Codec.encode(data);
  lengths += enc.length;
  if (Codec.decode(enc) === data) ok++;
  total = (total + adler32(enc)) >>> 0;
}
console.log("roundtrips", ok, "chars", lengths, "adler", total);

try {
  Codec.decode("abc$");
} catch (err) {
  console.log(err instanceof SyntaxError, err.name, err.message);
}
// A bigger text through several encode passes; only its size and hash print.
var text = "";
for (var w = 0; w < 40; w++) text += "word" + w + (w % 7 === 0 ? "\n" : " ");
var layered = text;
for (var pass = 0; pass < 4; pass++) layered = Codec.encode(layered);
var back = layered;
for (pass = 0; pass < 4; pass++) back = Codec.decode(back);
console.log(layered.length, adler32(layered), back === text, Codec.hex(back.substring(0, 6)));

// Node prints:
// expect: ""  true
// expect: "f" Zg== true
// expect: "fo" Zm8= true
// expect: "foo" Zm9v true
// expect: "foob" Zm9vYg== true
// expect: "fooba" Zm9vYmE= true
// expect: "foobar" Zm9vYmFy true
// expect: "Many hands make light work." TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu true
// expect: 0001feff20737469746368
// expect: roundtrips 300 chars 41752 adler 3732233020
// expect: true SyntaxError bad base64 character at 3
// expect: 856 713957888 true 776f7264300a
