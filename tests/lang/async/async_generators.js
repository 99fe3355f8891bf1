// Async generators: methods, static methods, for await over async and
// sync iterables (promises awaited, destructuring, labelled continue,
// break closing a sync iterator), queued next() calls, return() with a
// promise, throw() after the end, a return inside for await.
const log = [];
const out = (...a) => log.push(a.map(x => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
async function* a() { try { const v = yield Promise.reject(new Error('rej')); out('v', v); } catch (e) { out('in a caught', e.message); yield 'after'; } }
(async () => { for await (const x of a()) out('a:', x); })();
const b = (async function* () { out('b body'); yield 1; })();
b.return(Promise.resolve('rv')).then(r => out('b ret', r));
b.next().then(r => out('b next', r));
class K { async *items() { yield 'i1'; yield 'i2'; } static async *s() { yield 's'; } }
const o = { async *m() { yield this.k; }, k: 'ok' };
(async () => {
  for await (const x of new K().items()) out(x);
  for await (const x of K.s()) out(x);
  for await (const x of o.m()) out(x);
  for await (const [k, v] of new Map([[1, 2]])) out('kv', k, v);
  outer: for await (const x of [1, 2, 3]) { for (const y of [1, 2]) { if (y === 2) continue outer; out('xy', x, y); } }
  const it = { i: 0, [Symbol.iterator]() { return this; }, next() { return { value: this.i++, done: this.i > 5 }; }, return() { out('sync return'); return {}; } };
  for await (const x of it) { if (x === 2) break; out('it', x); }
  try { for await (const x of [Promise.reject(new Error('bad item'))]) out('never'); } catch (e) { out('caught', e.message); }
  const g = a(); const p1 = g.next(); const p2 = g.next(); const p3 = g.next();
  out('queued', await p1, await p2, await p3);
  async function* t() { throw new TypeError('tt'); }
  try { for await (const x of t()) {} } catch (e) { out(e.name, e.message); }
  async function* r() { const x = yield 1; return x * 2; }
  const rg = r(); out(await rg.next(), await rg.next(21), await rg.next());
  const rr = r(); out(await rr.next(), await rr.return(Promise.resolve(5)), await rr.next());
  try { await rr.throw(new Error('after done')); } catch (e) { out('rethrown', e.message); }
  out(Object.getPrototypeOf(r).constructor.name, Object.getPrototypeOf(r()) === r.prototype, typeof r.prototype, r.length, r.name);
  async function* fin() { try { yield 1; yield 2; } finally { out('fin run'); } }
  for await (const x of fin()) { out('fin', x); return finish(); }
})();
function finish() { setTimeout(() => console.log(log.join('\n')), 10); }
// expect: in a caught rej
// expect: b ret {"value":"rv","done":true}
// expect: b next {"done":true}
// expect: i1
// expect: a: after
// expect: i2
// expect: s
// expect: ok
// expect: kv 1 2
// expect: xy 1 1
// expect: xy 2 1
// expect: xy 3 1
// expect: it 0
// expect: it 1
// expect: sync return
// expect: caught bad item
// expect: in a caught rej
// expect: queued {"value":"after","done":false} {"done":true} {"done":true}
// expect: TypeError tt
// expect: {"value":1,"done":false} {"value":42,"done":true} {"done":true}
// expect: {"value":1,"done":false} {"value":5,"done":true} {"done":true}
// expect: rethrown after done
// expect: AsyncGeneratorFunction true object 0 r
// expect: fin 1
// expect: fin run
