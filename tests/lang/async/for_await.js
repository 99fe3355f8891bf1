// for await: an object's Symbol.asyncIterator iterator (each next() awaited),
// or its sync iterator with each value awaited; break, return, a throw
// and continue to an outer label close the iterator with an awaited
// return(); the ticks interleave with other promise jobs as in node.
const log = [];
const ai = { [Symbol.asyncIterator]() { let i = 0; return { next() { log.push("next" + i); return Promise.resolve({ value: i, done: i++ > 2 }); }, return() { log.push("return"); return Promise.resolve({ done: true }); } }; } };
const main = (async () => {
  for await (const x of ai) console.log("b", x);
  for await (const x of [Promise.resolve(5), 6, new Promise(r => setTimeout(() => r(7), 1))]) console.log("c", x);
  for await (const x of ai) { if (x === 1) break; console.log("d", x); }
  outer: for await (const [a, b] of [[1, 2], [3, 4]]) { console.log("e", a, b); }
  let y; for await (y of "ab") console.log("f", y);
  const o = {}; for await (o.k of [1]) console.log("g", o.k);
  try { for await (const x of ai) { throw new Error("boom " + x); } } catch (e) { console.log(e.message); }
  async function early() { for await (const x of ai) { return x; } }
  console.log("early", await early());
  console.log(log.join());
  for await (const { v = 9 } of [{}, { v: 1 }]) console.log("h", v);
  let n = 0; for await (const x of ai) { n++; if (x < 2) continue; console.log("i", x); }
  console.log(n);
})();
Promise.resolve().then(() => console.log("tick1")).then(() => console.log("tick2")).then(() => console.log("tick3"));
const mk = (tag) => ({ [Symbol.asyncIterator]() { let i = 0; return { next() { return Promise.resolve({ value: i, done: i++ > 3 }); }, return() { console.log("return", tag); return Promise.resolve({ done: true }); } }; } });
main.then(async () => {
  outer: for await (const x of mk("o")) {
    for await (const y of mk("i")) {
      if (y === 1) continue outer;
      if (x === 2) break outer;
      console.log(x, y);
    }
  }
  async function t(f) { try { await f(); } catch (e) { console.log(e.constructor.name, e.message); } }
  await t(async () => { for await (const x of 5) {} });
  await t(async () => { for await (const x of {}) {} });
  await t(async () => { for await (const x of null) {} });
  await t(async () => { for await (const x of { [Symbol.asyncIterator]() { return 1; } }) {} });
  await t(async () => { for await (const x of { [Symbol.asyncIterator]() { return { next() { return 5; } }; } }) {} });
  await t(async () => { for await (const x of { [Symbol.asyncIterator]: 5 }) {} });
});
// expect: b 0
// expect: tick1
// expect: b 1
// expect: tick2
// expect: b 2
// expect: tick3
// expect: c 5
// expect: c 6
// expect: c 7
// expect: d 0
// expect: e 1 2
// expect: e 3 4
// expect: f a
// expect: f b
// expect: g 1
// expect: boom 0
// expect: early 0
// expect: next0,next1,next2,next3,next0,next1,return,next0,return,next0,return
// expect: h 9
// expect: h 1
// expect: i 2
// expect: 3
// expect: 0 0
// expect: return i
// expect: 1 0
// expect: return i
// expect: return i
// expect: return o
// expect: TypeError 5 is not async iterable
// expect: TypeError {} is not async iterable
// expect: TypeError Cannot read properties of null (reading 'Symbol(Symbol.asyncIterator)')
// expect: TypeError Result of the Symbol.asyncIterator method is not an object
// expect: TypeError Iterator result 5 is not an object
// expect: TypeError number 5 is not a function
