// A destructuring run many times (its error text is made only on failure),
// then failing: the messages quote the source as V8 does.
class Node2 {
  constructor(l, r) { this.left = l; this.right = r; }
  check() { const { left, right } = this; return 1 + (left === null ? 0 : left.check() + right.check()); }
}
function tree(d) { return d === 0 ? new Node2(null, null) : new Node2(tree(d - 1), tree(d - 1)); }
let total = 0;
for (let i = 0; i < 200; i++) total += tree(6).check();
console.log(total);
function pair(p) { const [a, b] = p; return a + b; }
let s = 0;
for (let i = 0; i < 2000; i++) s += pair([i, 1]);
console.log(s);
function props(o) { const { x, y } = o; return x + y; }
for (let i = 0; i < 2000; i++) props({ x: i, y: 1 });
try { props(null); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { pair(42); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { pair({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function g(list) { const [first] = list.items; return first; }
try { g({ items: undefined }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function h(o) { const { a: { b } } = o; return b; }
try { h({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// expect: 25400
// expect: 2001000
// expect: TypeError: Cannot destructure property 'x' of 'o' as it is null.
// expect: TypeError: p is not iterable
// expect: TypeError: p is not iterable
// expect: TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: Cannot read properties of undefined (reading 'b')
