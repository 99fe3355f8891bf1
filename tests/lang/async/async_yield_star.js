// yield* in an async generator: over async generators, arrays of
// promises and sync generators; next/return/throw forwarded, a missing
// throw method, a return(promise) awaited before the generator returns.
const log = [];
const out = (...a) => log.push(a.map(x => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
async function* inner() { try { const x = yield 'i1'; out('inner got', x); yield 'i2'; return 'inner-ret'; } finally { out('inner finally'); } }
async function* outer() { const r = yield* inner(); out('r', r); yield* [Promise.resolve('s1'), 's2']; yield* (function* () { yield 'sync-gen'; })(); return 'done'; }
(async () => {
  for await (const x of outer()) out('o', x);
  const g = outer(); out(await g.next(), await g.next('sent'), await g.return('stop'), await g.next());
  const h = outer(); await h.next();
  try { await h.throw(new Error('into')); } catch (e) { out('throw out', e.message); }
  async function* t() { try { yield* inner(); } catch (e) { out('t caught', e.message); yield 'tc'; } }
  const tt = t(); out(await tt.next(), await tt.throw(new Error('E2')), await tt.next());
  const noThrow = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 'n', done: false }); }, return() { out('noThrow return'); return Promise.resolve({ done: true }); } }; } };
  async function* nt() { yield* noThrow; }
  const n = nt(); await n.next();
  try { await n.throw(new Error('x')); } catch (e) { out(e.constructor.name, e.message); }
  const rv = outer(); await rv.next(); out(await rv.return(Promise.resolve('promised')));
  setTimeout(() => console.log(log.join('\n')), 5);
})();
// expect: o i1
// expect: inner got
// expect: o i2
// expect: inner finally
// expect: r inner-ret
// expect: o s1
// expect: o s2
// expect: o sync-gen
// expect: inner got sent
// expect: inner finally
// expect: {"value":"i1","done":false} {"value":"i2","done":false} {"value":"stop","done":true} {"done":true}
// expect: inner finally
// expect: throw out into
// expect: inner finally
// expect: t caught E2
// expect: {"value":"i1","done":false} {"value":"tc","done":false} {"done":true}
// expect: noThrow return
// expect: TypeError The iterator does not provide a 'throw' method.
// expect: inner finally
// expect: {"value":"promised","done":true}
