// A tiny stack-language interpreter the ES5 way: Error subclasses made with
// Object.create(Error.prototype), a tokenizer over charCodeAt, a parser to
// closures-in-objects, dispatch through a table of functions called with
// .call/.apply, and builtins bound with Function.prototype.bind.
function ParseError(message, pos) {
  this.message = message;
  this.pos = pos;
}
ParseError.prototype = Object.create(Error.prototype);
ParseError.prototype.constructor = ParseError;
ParseError.prototype.name = "ParseError";

function RunError(message) { this.message = message; }
RunError.prototype = Object.create(Error.prototype, {
  constructor: { value: RunError, writable: true, configurable: true },
  name: { value: "RunError", writable: true, configurable: true },
});

function tokenize(src) {
  var toks = [], i = 0;
  while (i < src.length) {
    var c = src.charCodeAt(i);
    if (c === 32 || c === 10) { i++; continue; }
    var start = i;
    if (c >= 48 && c <= 57) {
      var v = 0;
      while (i < src.length && (c = src.charCodeAt(i)) >= 48 && c <= 57) { v = v * 10 + (c - 48); i++; }
      toks.push({ kind: "num", value: v, pos: start });
    } else if (c === 91 || c === 93) {
      toks.push({ kind: c === 91 ? "open" : "close", pos: i++ });
    } else {
      while (i < src.length && src.charCodeAt(i) > 32 && src.charCodeAt(i) !== 93) i++;
      toks.push({ kind: "word", value: src.substring(start, i), pos: start });
    }
  }
  return toks;
}

// A block is a list of ops; a quotation `[ ... ]` is a nested block value.
function parse(toks) {
  var pos = 0;
  function block(nested) {
    var ops = [];
    while (pos < toks.length) {
      var t = toks[pos++];
      if (t.kind === "close") {
        if (!nested) throw new ParseError("unexpected ]", t.pos);
        return ops;
      }
      if (t.kind === "open") ops.push({ quote: block(true) });
      else ops.push(t);
    }
    if (nested) throw new ParseError("missing ]", toks.length ? toks[toks.length - 1].pos : 0);
    return ops;
  }
  return block(false);
}

function Machine() {
  this.stack = [];
  this.words = Object.create(null);
  this.steps = 0;
  var self = this;
  function binary(f) { return function () { var b = self.pop(), a = self.pop(); self.push(f(a, b)); }; }
  this.prim = {
    "+": binary(function (a, b) { return (a + b) | 0; }),
    "-": binary(function (a, b) { return (a - b) | 0; }),
    "*": binary(Math.imul),
    "/": binary(function (a, b) { if (b === 0) throw new RunError("division by zero"); return (a / b) | 0; }),
    "%": binary(function (a, b) { return a % b; }),
    "<": binary(function (a, b) { return a < b ? 1 : 0; }),
    "=": binary(function (a, b) { return a === b ? 1 : 0; }),
    max: binary(Math.max.bind(Math)),
    dup: function () { var a = this.pop(); this.push(a); this.push(a); },
    drop: function () { this.pop(); },
    swap: function () { var b = this.pop(), a = this.pop(); this.push(b); this.push(a); },
    over: function () { var b = this.pop(), a = this.pop(); this.push(a, b, a); },
    rot: function () { var c = this.pop(), b = this.pop(), a = this.pop(); this.push(b, c, a); },
    call: function () { this.exec(this.pop()); },
    "if": function () { var f = this.pop(), t = this.pop(), c = this.pop(); this.exec(c !== 0 ? t : f); },
    times: function () { var q = this.pop(), n = this.pop(); for (var i = 0; i < n; i++) this.exec(q); },
    def: function () { var body = this.pop(), name = this.pop(); this.words[name] = body; },
  };
}
Machine.prototype.push = function () { Array.prototype.push.apply(this.stack, arguments); };
Machine.prototype.pop = function () {
  if (this.stack.length === 0) throw new RunError("stack underflow");
  return this.stack.pop();
};
Machine.prototype.exec = function (ops) {
  for (var i = 0; i < ops.length; i++) {
    var op = ops[i];
    this.steps++;
    if (op.quote !== undefined) { this.push(op.quote); continue; }
    if (op.kind === "num") { this.push(op.value); continue; }
    var w = op.value;
    if (w.charCodeAt(0) === 39) { this.push(w.substring(1)); continue; } // 'name
    if (w in this.words) { this.exec(this.words[w]); continue; }
    var p = this.prim[w];
    if (p === undefined) throw new RunError("unknown word " + w);
    p.call(this);
  }
};
Machine.prototype.run = function (src) {
  this.exec(parse(tokenize(src)));
  return this.stack.slice();
};

var programs = [
  "1 2 + 3 *",
  "'sq [ dup * ] def 7 sq 5 sq +",
  "'fact [ dup 1 < [ drop 1 ] [ dup 1 - fact * ] if ] def 10 fact",
  "'fib [ dup 2 < [ ] [ dup 1 - fib swap 2 - fib + ] if ] def 20 fib",
  "0 100 [ 3 + ] times 5 9 max 1 2 3 rot",
  "'gcd [ dup 0 = [ drop ] [ swap over % gcd ] if ] def 1071 462 gcd 48 180 gcd",
  "1 0 /",
  "1 2 [ 3",
  "4 ] 5",
  "frob",
  "drop",
];
for (var k = 0; k < programs.length; k++) {
  var m = new Machine();
  try {
    var out = m.run(programs[k]);
    console.log(k, "[" + out.join(" ") + "]", m.steps);
  } catch (e) {
    var where = e instanceof ParseError ? " at " + e.pos : "";
    console.log(k, e.name + ": " + e.message + where, e instanceof Error, e instanceof RunError, String(e));
  }
}
// Load: a counting loop run many times through the dispatch path.
var m2 = new Machine(), total = 0;
m2.run("'collatz [ dup 2 % 0 = [ 2 / ] [ 3 * 1 + ] if ] def");
for (var n = 1; n <= 60; n++) {
  m2.stack = [n];
  var steps = 0;
  while (m2.stack[0] !== 1) { m2.run("collatz"); steps++; }
  total += steps;
}
console.log("collatz", total, m2.steps, Object.keys(m2.words).join(","));
console.log(Object.prototype.toString.call(new RunError("x")), new ParseError("p", 3).toString());

// Node prints:
// expect: 0 [9] 5
// expect: 1 [74] 12
// expect: 2 [3628800] 123
// expect: 3 [6765] 229856
// expect: 4 [300 9 2 3 1] 211
// expect: 5 [21 12] 93
// expect: 6 RunError: division by zero true true RunError: division by zero
// expect: 7 ParseError: missing ] at 6 true false ParseError: missing ]
// expect: 8 ParseError: unexpected ] at 2 true false ParseError: unexpected ]
// expect: 9 RunError: unknown word frob true true RunError: unknown word frob
// expect: 10 RunError: stack underflow true true RunError: stack underflow
// expect: collatz 1457 16938 collatz
// expect: [object Object] ParseError: p
