// === and !== as values (not fused into a jump) over every kind of operand:
// objects by identity, NaN unequal to itself, -0 equal to 0, strings by content.
var o = {}, p = {}, n = 0 / 0, d = 1.5, s1 = "ab", s2 = "a" + "b";
var vals = [o, p, null, undefined, true, false, 0, -0, 1, 1.5, d, n, s1, s2, "", [], Symbol.iterator];
var out = [];
for (var i = 0; i < vals.length; i++) {
  var row = "";
  for (var j = 0; j < vals.length; j++) {
    var a = vals[i], b = vals[j];
    var eq = a === b, ne = a !== b;
    row += (eq ? "1" : "0") + (ne ? "1" : "0");
  }
  out.push(row);
}
console.log(out.join("\n"));
function isNull(x) { return x === null; }
function notNull(x) { return x !== null; }
var c = 0;
for (var k = 0; k < 5000; k++) { if (isNull(k & 1 ? o : null)) c++; if (notNull(k & 2 ? n : p)) c += 2; }
console.log(c, n !== n, n === n, d === 1.5, s1 === s2, s1 !== s2);

// Node prints:
// expect: 1001010101010101010101010101010101
// expect: 0110010101010101010101010101010101
// expect: 0101100101010101010101010101010101
// expect: 0101011001010101010101010101010101
// expect: 0101010110010101010101010101010101
// expect: 0101010101100101010101010101010101
// expect: 0101010101011010010101010101010101
// expect: 0101010101011010010101010101010101
// expect: 0101010101010101100101010101010101
// expect: 0101010101010101011010010101010101
// expect: 0101010101010101011010010101010101
// expect: 0101010101010101010101010101010101
// expect: 0101010101010101010101011010010101
// expect: 0101010101010101010101011010010101
// expect: 0101010101010101010101010101100101
// expect: 0101010101010101010101010101011001
// expect: 0101010101010101010101010101010110
// expect: 12500 true false true true false
