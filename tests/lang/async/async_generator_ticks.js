// Async generators and for await, tick by tick against node: requests
// queued before the body runs, return() while suspended at the start,
// throw() into a suspended generator, a break that awaits the generator's
// finally, a throw in a for-await body that awaits return() first.
const log = [];
Promise.resolve().then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3')).then(() => log.push('a4')).then(() => log.push('a5'));
async function* gen() { log.push('start'); yield 1; await null; yield 2; const x = yield Promise.resolve(3); log.push('x=' + x); return 'r'; }
(async () => { for await (const x of gen()) log.push('g' + x); log.push('loop done'); })();
(async () => { for await (const x of [Promise.resolve('p1'), 'p2']) log.push(x); })();
const g = gen();
g.next().then(r => log.push('n1 ' + JSON.stringify(r)));
g.next().then(r => log.push('n2 ' + JSON.stringify(r)));
g.return('early').then(r => log.push('ret ' + JSON.stringify(r)));
g.next().then(r => log.push('n3 ' + JSON.stringify(r)));
setTimeout(() => console.log(log.join('\n')), 5);
async function* gf() { try { yield 1; yield 2; } finally { log.push('cleanup'); await null; log.push('cleanup2'); } }
(async () => { for await (const v of gf()) { log.push('v' + v); break; } log.push('after break'); })();
const ai = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve({ value: i, done: i > 2 }); }, return() { log.push('ai return'); return {}; } }; } };
(async () => { for await (const v of ai) log.push('ai' + v); })();
(async () => { try { for await (const v of ai) { throw new Error('boom'); } } catch (e) { log.push('caught ' + e.message); } })();
console.log(Object.prototype.toString.call(gen()), gen, typeof gen().next, gen()[Symbol.asyncIterator] !== undefined);
const thr = gen(); thr.throw(new Error('t0')).catch(e => log.push('thrown ' + e.message));
async function* ey() { try { yield 1; } catch (e) { log.push('inner caught ' + e); yield 'recovered'; } }
const e2 = ey(); e2.next(); e2.throw('E').then(r => log.push('thr ' + JSON.stringify(r)));
// expect: [object AsyncGenerator] [AsyncGeneratorFunction: gen] function true
// expect: start
// expect: start
// expect: a1
// expect: ai1
// expect: ai return
// expect: thrown t0
// expect: inner caught E
// expect: a2
// expect: g1
// expect: p1
// expect: n1 {"value":1,"done":false}
// expect: v1
// expect: ai2
// expect: caught boom
// expect: a3
// expect: cleanup
// expect: thr {"value":"recovered","done":false}
// expect: a4
// expect: p2
// expect: n2 {"value":2,"done":false}
// expect: cleanup2
// expect: a5
// expect: g2
// expect: ret {"value":"early","done":true}
// expect: n3 {"done":true}
// expect: after break
// expect: g3
// expect: x=undefined
// expect: loop done
