// Long chains and many pending promises survive collections: the job
// queue, the reactions and the resolving functions are all traced.
let chain = Promise.resolve(0);
for (let i = 0; i < 2000; i++) chain = chain.then((v) => ({ v: v.v === undefined ? 1 : v.v + 1, pad: new Array(8).fill(i) }));
chain.then((o) => console.log("chain", o.v));
const resolvers = [];
const all = [];
for (let i = 0; i < 500; i++) all.push(new Promise((r) => resolvers.push(r)));
Promise.all(all).then((v) => console.log("all", v.length, v[499].s));
setTimeout(() => resolvers.forEach((r, i) => r({ s: "x" + i, junk: [i, i, i] })), 1);
// expect: chain 2000
// expect: all 500 x499
