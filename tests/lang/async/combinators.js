// Promise.all, allSettled, race and any over mixed values, promises and
// thenables; an empty iterable; a non-iterable rejects. The timers share
// one delay, so they fire in the order they were made.
const later = (v) => new Promise((r) => setTimeout(() => r(v), 1));
const thenable = { then(r) { r("thenable"); } };
Promise.all([1, Promise.resolve(2), later(3), thenable, "s"]).then((v) => console.log("all", v));
Promise.all([]).then((v) => console.log("all empty", v));
Promise.all([1, Promise.reject(new Error("no")), later(3)]).catch((e) => console.log("all rejects", e.message));
Promise.allSettled([1, Promise.reject("r"), later("l")]).then((v) => console.log("allSettled", v));
const fast = later("fast");
Promise.race([later("slow"), fast]).then((v) => console.log("race", v));
Promise.race([]).then(() => console.log("never"));
Promise.any([Promise.reject(1), later("any")]).then((v) => console.log("any", v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => console.log(e.name, e.message, e.errors));
Promise.all(5).catch((e) => console.log(e.constructor.name, e.message));
Promise.all(new Set([1, 2])).then((v) => console.log("from a set", v));
// expect: all empty []
// expect: TypeError number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: all rejects no
// expect: AggregateError All promises were rejected [ 1, 2 ]
// expect: from a set [ 1, 2 ]
// expect: all [ 1, 2, 3, 'thenable', 's' ]
// expect: allSettled [
// expect:   { status: 'fulfilled', value: 1 },
// expect:   { status: 'rejected', reason: 'r' },
// expect:   { status: 'fulfilled', value: 'l' }
// expect: ]
// expect: race fast
// expect: any any
