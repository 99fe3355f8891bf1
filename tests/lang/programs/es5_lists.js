// Earley-Boyer-flavoured symbolic list code: cons cells, interned symbols,
// association lists, a term rewriter with unification and a tautology
// checker, all in ES5 style with `var` hoisting and recursive helpers.
function Pair(car, cdr) { this.car = car; this.cdr = cdr; }
Pair.prototype.toString = function () {
  var parts = [], p = this;
  while (p instanceof Pair) { parts.push(show(p.car)); p = p.cdr; }
  if (p !== null) parts.push(".", show(p));
  return "(" + parts.join(" ") + ")";
};
function Sym(name) { this.name = name; this.props = null; }
Sym.prototype.toString = function () { return this.name; };
var symtab = {};
function intern(name) {
  if (!Object.prototype.hasOwnProperty.call(symtab, name)) symtab[name] = new Sym(name);
  return symtab[name];
}
function show(x) { return x === null ? "()" : String(x); }
function cons(a, b) { return new Pair(a, b); }
function list() {
  var r = null;
  for (var i = arguments.length - 1; i >= 0; i--) r = cons(arguments[i], r);
  return r;
}
// Parse an s-expression string into pairs and symbols.
function read(src) {
  var pos = 0;
  function skip() { while (pos < src.length && src.charCodeAt(pos) === 32) pos++; }
  function item() {
    skip();
    if (src.charAt(pos) === "(") {
      pos++;
      var items = [];
      skip();
      while (src.charAt(pos) !== ")") { items.push(item()); skip(); }
      pos++;
      return list.apply(null, items);
    }
    var start = pos;
    while (pos < src.length && " ()".indexOf(src.charAt(pos)) < 0) pos++;
    var tok = src.substring(start, pos);
    return isDigits(tok) ? parseInt(tok, 10) : intern(tok);
  }
  return item();
}
function isDigits(t) {
  for (var i = 0; i < t.length; i++) { var c = t.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return t.length > 0;
}
function assq(key, alist) {
  for (; alist !== null; alist = alist.cdr) if (alist.car.car === key) return alist.car;
  return null;
}
function isVar(x) { return x instanceof Sym && x.name.charCodeAt(0) === 63; } // '?'
function unify(pat, term, env) {
  if (env === false) return false;
  if (isVar(pat)) {
    var b = assq(pat, env);
    if (b === null) return cons(cons(pat, term), env);
    return equal(b.cdr, term) ? env : false;
  }
  if (pat instanceof Pair) {
    if (!(term instanceof Pair)) return false;
    return unify(pat.cdr, term.cdr, unify(pat.car, term.car, env));
  }
  return pat === term ? env : false;
}
function equal(a, b) {
  if (a instanceof Pair && b instanceof Pair) return equal(a.car, b.car) && equal(a.cdr, b.cdr);
  return a === b;
}
function subst(t, env) {
  if (isVar(t)) { var b = assq(t, env); return b === null ? t : b.cdr; }
  if (t instanceof Pair) return cons(subst(t.car, env), subst(t.cdr, env));
  return t;
}
var rules = [];
function addRule(text) { var r = read(text); rules.push({ lhs: r.cdr.car, rhs: r.cdr.cdr.car }); }
addRule("(rule (and ?a ?b) (if ?a (if ?b t f) f))");
addRule("(rule (or ?a ?b) (if ?a t (if ?b t f)))");
addRule("(rule (not ?a) (if ?a f t))");
addRule("(rule (implies ?a ?b) (if ?a (if ?b t f) t))");
addRule("(rule (if (if ?a ?b ?c) ?d ?e) (if ?a (if ?b ?d ?e) (if ?c ?d ?e)))");
var rewrites = 0;
function rewrite(t) {
  if (!(t instanceof Pair)) return t;
  var args = null, tail = null;
  for (var p = t; p !== null; p = p.cdr) {
    var cell = cons(rewrite(p.car), null);
    if (tail === null) args = cell; else tail.cdr = cell;
    tail = cell;
  }
  for (var i = 0; i < rules.length; i++) {
    var env = unify(rules[i].lhs, args, null);
    if (env !== false) { rewrites++; return rewrite(subst(rules[i].rhs, env)); }
  }
  return args;
}
var T = intern("t"), F = intern("f"), IF = intern("if");
function tautology(x, trues, falses) {
  if (x === T) return true;
  if (x === F) return false;
  if (!(x instanceof Pair) || x.car !== IF) {
    if (member(x, trues)) return true;
    if (member(x, falses)) return false;
    return false;
  }
  var c = x.cdr.car, th = x.cdr.cdr.car, el = x.cdr.cdr.cdr.car;
  if (c === T) return tautology(th, trues, falses);
  if (c === F) return tautology(el, trues, falses);
  if (member(c, trues)) return tautology(th, trues, falses);
  if (member(c, falses)) return tautology(el, trues, falses);
  return tautology(th, cons(c, trues), falses) && tautology(el, trues, cons(c, falses));
}
function member(x, l) { for (; l !== null; l = l.cdr) if (equal(x, l.car)) return true; return false; }
function len(l) { var n = 0; while (l instanceof Pair) { n++; l = l.cdr; } return n; }
function size(t) { return t instanceof Pair ? size(t.car) + size(t.cdr) : 1; }

var tests = [
  "(implies (and p q) p)",
  "(or p (not p))",
  "(implies (and (implies x y) (implies y z)) (implies x z))",
  "(and p (not p))",
  "(implies (or a b) (or b a))",
  "(implies (and (or a b) (and (implies a c) (implies b c))) c)",
];
for (var i = 0; i < tests.length; i++) {
  rewrites = 0;
  var term = rewrite(read(tests[i]));
  console.log(tautology(term, null, null), rewrites, size(term));
}
console.log(String(read("(a (b c) 12 () d)")), len(read("(1 2 3 4)")), show(list()));
// A bigger instance: a chain of implications, built as text then read.
var chain = "p0";
for (var k = 1; k <= 3; k++) chain = "(and (implies p" + (k - 1) + " p" + k + ") " + chain + ")";
rewrites = 0;
var big = rewrite(read("(implies " + chain + " p3)"));
console.log("chain", tautology(big, null, null), rewrites, size(big));
var count = 0;
for (var key in symtab) if (symtab.hasOwnProperty(key)) count++;
console.log("symbols", count, intern("p3") === read("p3"), String(intern("zz")));

// Node prints:
// expect: true 4 33
// expect: true 3 17
// expect: true 31 585
// expect: false 3 17
// expect: true 7 81
// expect: true 160 1545
// expect: (a (b c) 12 () d) 4 ()
// expect: chain true 421 4137
// expect: symbols 26 true zz
