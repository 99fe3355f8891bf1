// A rejection nobody handles by the time the microtasks drain ends the
// program as an uncaught error (exit code 1), before any timer runs; one
// handled within the same drain is fine.
const late = Promise.reject(new Error("handled later in the drain"));
Promise.resolve().then(() => late.catch((e) => console.log("caught:", e.message)));
setTimeout(() => console.log("never runs"), 0);
console.log("script done");
Promise.reject(new TypeError("nobody caught this"));
// expect: script done
// expect: caught: handled later in the drain
// expect error: TypeError: nobody caught this
